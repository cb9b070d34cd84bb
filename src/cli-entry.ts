/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */
import { createKubeApiOpener } from './adapters/kube-direct.js'
import { createNodeExec } from './adapters/node-exec.js'
import { createNodeFs } from './adapters/node-fs.js'
import { createSystemClock } from './adapters/system-clock.js'

const argv = process.argv.slice(2)
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
  kubeApi: createKubeApiOpener(undefined, process.env),
  clock: createSystemClock()
})
