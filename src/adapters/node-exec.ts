/**
 * The Exec port over node:child_process.spawn, argv only (never a shell).
 * Output is collected as UTF-8; a timeout sends SIGTERM, then SIGKILL.
 */
import { stopReason } from '../run-signals.js'
import type { spawn as Spawn } from 'node:child_process'
import { basename } from 'node:path'
import type { Exec, ExecOptions, ExecResult } from '../ports/exec.js'

const killGraceMs = 5_000

/**
 * The most a tool may print (stdout and stderr together) before it is
 * stopped: a chart a pull request writes can make helm print gigabytes
 * (a template repeating a string), which would exhaust memory, and past
 * 512 MiB Node cannot even hold it as one string.
 */
export const maxToolOutputBytes = 256 * 1024 * 1024

/** Creates the process-spawning Exec used by the CLI and the Action. */
export function createNodeExec(): Exec {
  return { run }
}

/**
 * node:child_process, loaded on the first run: a CLI command that spawns
 * nothing (a no-op sync, validate) does not pay for it (~2 ms measured in
 * the bundle at start).
 */
let spawnLoading: Promise<typeof Spawn> | undefined
const loadSpawn = (): Promise<typeof Spawn> =>
  (spawnLoading ??= import('node:child_process').then((m) => m.spawn))

async function run(
  command: string,
  args: readonly string[],
  options: ExecOptions = {}
): Promise<ExecResult> {
  const spawn = await loadSpawn()
  // Stopped already: a process started now would never hear the stop (an
  // abort listener added late never fires), and could run for its whole
  // timeout after the run has ended. It is not started.
  if (options.signal?.aborted) {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${basename(command)} was not started: ${stopReason(options.signal)}`,
      timedOut: false
    }
  }
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    let killTimer: NodeJS.Timeout | undefined
    const terminate = (): void => {
      child.kill('SIGTERM')
      killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs)
      killTimer.unref()
    }
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            terminate()
          }, options.timeoutMs)
        : undefined
    const onAbort = (): void => terminate()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    let printed = 0
    let overflowed = false
    const collect =
      (into: Buffer[]) =>
      (chunk: Buffer): void => {
        if (overflowed) return
        printed += chunk.length
        if (printed > maxToolOutputBytes) {
          overflowed = true
          stdout.length = 0
          stderr.length = 0
          terminate()
          return
        }
        into.push(chunk)
      }
    child.stdout.on('data', collect(stdout))
    child.stderr.on('data', collect(stderr))
    // A tool that exits before reading all of stdin makes the write fail with
    // EPIPE; its exit code says what went wrong, so the pipe error is noise.
    child.stdin.on('error', () => undefined)
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer)
      reject(notStarted(command, error))
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      if (killTimer) clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      const exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1)
      if (overflowed) {
        resolvePromise({
          exitCode: exitCode === 0 ? 1 : exitCode,
          stdout: '',
          stderr: `${basename(command)} printed more than ${maxToolOutputBytes / 1024 / 1024} MiB and was stopped; what it printed is not used`,
          timedOut
        })
        return
      }
      resolvePromise({
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut
      })
    })
    child.stdin.end(options.input ?? '')
  })
}

/**
 * A program that could not be started, said for people: Node's own words
 * (`spawn helm ENOENT`) name neither PATH nor the way to point at the
 * program. The error keeps Node's `code` and is its `cause`.
 */
function notStarted(command: string, error: NodeJS.ErrnoException): Error {
  if (error.code !== 'ENOENT' && error.code !== 'EACCES') return error
  const where = command.includes('/') ? '' : ' on PATH'
  const what =
    error.code === 'ENOENT'
      ? `was not found${where}`
      : 'cannot be run (permission denied)'
  // helm4 and the like: the flag and input are named after the tool.
  const tool = /^(helm|kubectl|git)/.exec(basename(command))?.[1]
  const how =
    tool === 'helm' || tool === 'kubectl'
      ? `install ${tool === 'helm' ? 'helm v3 or v4' : 'kubectl'}, or give its path with --${tool} (the Action's \`${tool}\` input)`
      : 'install it, or put it on PATH'
  return Object.assign(
    new Error(`${command} ${what}: ${how}`, { cause: error }),
    {
      code: error.code
    }
  )
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGKILL'
    ? 9
    : signal === 'SIGTERM'
      ? 15
      : signal === 'SIGINT'
        ? 2
        : 1
}
