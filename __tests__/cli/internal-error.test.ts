// The CLI's failure funnel: a failure nobody classified is a bug of ours
// and says so, asking for a report, as the Action's does (main.ts); the
// user's mistakes and failures outside ClusterSync (a tool, a system call)
// are said as they are, never called a bug.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import { ToolError } from '../../src/errors.js'

function definitionFile(): string {
  const root = mkdtempSync(join(tmpdir(), 'cs-internal-'))
  const file = join(root, 'cluster.yaml')
  writeFileSync(
    file,
    'apiVersion: v1\nkind: ImportCluster\nmetadata: { name: bug-test }\nspec: {}\n'
  )
  return file
}

/** A CLI context whose stdout throws `thrown` on the first write. */
function context(
  thrown: unknown,
  env: Record<string, string> = {}
): { ctx: CliContext; err: () => string } {
  let err = ''
  const ctx: CliContext = {
    stdout: {
      write: () => {
        throw thrown
      },
      isTTY: false
    },
    stderr: { write: (t) => void (err += t), isTTY: false },
    cwd: process.cwd(),
    env,
    fs: createNodeFs(),
    exec: new FakeExec(),
    clock: new FakeClock()
  }
  return { ctx, err: () => err }
}

describe('the CLI failure funnel', () => {
  it('calls an unclassified error a bug and asks for a report, without a stack', async () => {
    const bug = new TypeError(
      "Cannot read properties of undefined (reading 'kind')"
    )
    const { ctx, err } = context(bug)
    const code = await runCli(['validate', definitionFile()], ctx)
    expect(code).toBe(1)
    expect(err()).toMatch(
      /^error: internal error: Cannot read properties of undefined \(reading 'kind'\)\. This is a bug in ClusterSync/
    )
    expect(err()).toMatch(/please report it/)
    expect(err()).toMatch(/CLUSTERSYNC_DEBUG=1/)
    expect(err()).not.toMatch(/\n\s+at /)
  })

  it('shows the stack of a bug when CLUSTERSYNC_DEBUG is set', async () => {
    const bug = new TypeError('x is not a function')
    const { ctx, err } = context(bug, { CLUSTERSYNC_DEBUG: '1' })
    await runCli(['validate', definitionFile()], ctx)
    expect(err()).toMatch(/This is a bug in ClusterSync/)
    expect(err()).toMatch(/\n\s+at /)
  })

  it('says a failed tool as it is, not as a bug', async () => {
    const failed = new ToolError(
      'kubectl get failed (exit code 1): forbidden',
      'kubectl get',
      1,
      'forbidden'
    )
    const { ctx, err } = context(failed)
    const code = await runCli(['validate', definitionFile()], ctx)
    expect(code).toBe(1)
    expect(err()).toBe('error: kubectl get failed (exit code 1): forbidden\n')
  })

  it('says a system error (a file that cannot be written) as it is, not as a bug', async () => {
    const denied = Object.assign(
      new Error("EACCES: permission denied, open '/out/plan.txt'"),
      { code: 'EACCES' }
    )
    const { ctx, err } = context(denied)
    await runCli(['validate', definitionFile()], ctx)
    expect(err()).toBe(
      "error: EACCES: permission denied, open '/out/plan.txt'\n"
    )
  })
})
