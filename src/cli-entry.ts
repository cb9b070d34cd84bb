/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */
import { createKubeApiOpener } from './adapters/kube-direct.js'
import { createCheckoutReader } from './adapters/git-files.js'
import { createNodeExec } from './adapters/node-exec.js'
import { createNodeFs } from './adapters/node-fs.js'
import { createSystemClock } from './adapters/system-clock.js'
import { openEarlySyncChannel } from './cli/early-channel.js'

const argv = process.argv.slice(2)
// A sync's API channel starts opening (and its first reads leave) before
// the rest of the CLI loads, so they overlap the loading (early-channel.ts).
const early = openEarlySyncChannel(argv, process.env, process.cwd())
try {
  const { runCli } = await import('./cli.js')
  process.exitCode = await runCli(argv, {
    stdout: {
      write: (t) => void process.stdout.write(t),
      isTTY: process.stdout.isTTY === true
    },
    stderr: {
      write: (t) => void process.stderr.write(t),
      isTTY: process.stderr.isTTY === true
    },
    cwd: process.cwd(),
    env: process.env,
    fs: createNodeFs(),
    exec: createNodeExec(),
    checkout: createCheckoutReader(process.env),
    kubeApi: createKubeApiOpener(undefined, process.env, early),
    clock: createSystemClock()
  })
} finally {
  await early?.discard()
}
