// Runs the CLI in-process, as `clustersync <argv>` would run, and keeps what
// it printed: the real file system, no terminal, an empty environment, and
// fake processes and clock (nothing is started, nothing waits).
import { createNodeFs } from '../src/adapters/node-fs.js'
import { runCli } from '../src/cli.js'
import type { CliContext } from '../src/cli/context.js'
import { FakeClock } from './fakes/fake-clock.js'
import { FakeExec } from './fakes/fake-exec.js'

/** The exit code and everything written to stdout and stderr. */
export interface CliRun {
  code: number
  out: string
  err: string
}

export async function runCliCaptured(
  argv: readonly string[]
): Promise<CliRun> {
  let out = ''
  let err = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    cwd: process.cwd(),
    env: {},
    fs: createNodeFs(),
    exec: new FakeExec(),
    clock: new FakeClock()
  }
  return { code: await runCli([...argv], ctx), out, err }
}
