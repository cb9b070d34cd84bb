/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */
import { createKubeApiOpener } from './adapters/kube-direct.js'
import { createNodeExec } from './adapters/node-exec.js'
import { createNodeFs } from './adapters/node-fs.js'
import { createSystemClock } from './adapters/system-clock.js'

const argv = process.argv.slice(2)

/**
 * A sync asked to stop (a cancelled CI job sends SIGTERM, a terminal Ctrl-C
 * SIGINT) stops gracefully: no more steps start, the ones in flight finish,
 * the result is printed and recorded, the lock released. A second signal
 * stops it at once, as any other command stops at the first.
 */
function stopGracefully(): AbortSignal {
  const stop = new AbortController()
  const numbers = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const
  for (const [name, number] of Object.entries(numbers)) {
    process.on(name, () => {
      if (stop.signal.aborted) process.exit(128 + number)
      process.stderr.write(
        `clustersync: ${name}: starting no more steps; the ones in flight finish, then the result is recorded (send ${name} again to stop at once)\n`
      )
      stop.abort(new Error(`stopped by ${name}`))
    })
  }
  return stop.signal
}

/**
 * A reader that stops reading (`clustersync validate … | head`) closes the
 * pipe, and the next write fails with EPIPE: Node throws that as an
 * unhandled 'error' event, a stack trace in the middle of the run (of an
 * apply, for a sync). The rest of that output is dropped instead; the run
 * goes on and ends with its own exit code.
 */
function dropOutputOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED')
        return
      throw error
    })
  }
}

dropOutputOnClosedPipe()
const { runCli } = await import('./cli.js')
process.exitCode = await runCli(argv, {
  ...(argv[0] === 'sync' ? { signal: stopGracefully() } : {}),
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
