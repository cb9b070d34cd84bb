/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */
import { runCli } from './cli.js'
import { createKubeApiOpener } from './adapters/kube-direct.js'
import { readCheckout } from './adapters/git-files.js'
import { createNodeExec } from './adapters/node-exec.js'
import { createNodeFs } from './adapters/node-fs.js'
import { createSystemClock } from './adapters/system-clock.js'

process.exitCode = await runCli(process.argv.slice(2), {
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
  checkout: (folder) => readCheckout(folder, process.env),
  kubeApi: createKubeApiOpener(),
  clock: createSystemClock()
})
