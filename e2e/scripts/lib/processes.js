// Starting and stopping the control plane's processes. Each one runs detached
// in its own process group, so a Ctrl-C in the terminal that ran `up` does not
// reach it and `down` can signal the whole group. PID files are the record of
// what we started; a PID is only ever signalled after /proc confirms that the
// process's command line still names our state directory (PIDs get reused).
import { spawn } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Spawns `argv` (never through a shell) with stdout and stderr appended to
 * `<logs>/<name>.log`, writes `<pids>/<name>.pid` and returns
 * `{ name, pid, log, exited }`, where `exited` is set once the process ends.
 */
export function startProcess(name, argv, { logs, pids, env, cwd }) {
  mkdirSync(logs, { recursive: true })
  mkdirSync(pids, { recursive: true })
  const log = join(logs, `${name}.log`)
  const fd = openSync(log, 'a')
  const [command, ...args] = argv
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', fd, fd],
    env: env ?? process.env,
    cwd
  })
  closeSync(fd)
  const started = { name, pid: child.pid, log, exited: undefined }
  child.on('error', (error) => {
    started.exited = { error: error.message }
  })
  child.on('exit', (code, signal) => {
    started.exited = { code, signal }
  })
  // `up` exits while the component keeps running.
  child.unref()
  if (child.pid !== undefined) {
    writeFileSync(join(pids, `${name}.pid`), `${child.pid}\n`)
  }
  return started
}

/** Reads `<pids>/<name>.pid`; undefined when absent or unreadable. */
export function readPid(pids, name) {
  try {
    const pid = Number.parseInt(readFileSync(join(pids, `${name}.pid`), 'utf8'))
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/**
 * True when `pid` is a live (non-zombie) process whose command line mentions
 * `marker` (the state directory), i.e. one we started.
 */
export function isOurs(pid, marker) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The state letter follows the parenthesised command name.
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return cmdline.includes(marker)
  } catch {
    return false
  }
}

function signalGroup(pid, signal) {
  try {
    // Negative PID: the whole process group that `detached` created.
    process.kill(-pid, signal)
  } catch {
    try {
      process.kill(pid, signal)
    } catch {
      // Already gone.
    }
  }
}

/**
 * Stops the process in `<pids>/<name>.pid` if it is ours: SIGTERM to its
 * group, SIGKILL after `graceMs`. Removes the PID file. Returns true when a
 * process was stopped.
 */
export async function stopProcess(pids, name, marker, graceMs = 10000) {
  const pidFile = join(pids, `${name}.pid`)
  const pid = readPid(pids, name)
  let stopped = false
  if (pid !== undefined && isOurs(pid, marker)) {
    signalGroup(pid, 'SIGTERM')
    const deadline = Date.now() + graceMs
    while (isOurs(pid, marker) && Date.now() < deadline) await sleep(100)
    if (isOurs(pid, marker)) {
      signalGroup(pid, 'SIGKILL')
      const killDeadline = Date.now() + 5000
      while (isOurs(pid, marker) && Date.now() < killDeadline) await sleep(50)
    }
    stopped = true
  }
  rmSync(pidFile, { force: true })
  return stopped
}

/** The last `count` lines of a log file, for crash reports. */
export function tailLog(file, count = 20) {
  try {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
    return lines.slice(-count).join('\n')
  } catch {
    return '(no log written)'
  }
}
