// `cluster down`: stops the processes recorded in the state directory's PID
// files, newest first, then removes their data. Logs are kept in
// `<state dir>/logs` for post-mortems; the next `up` clears them.
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { stopProcess } from './processes.js'
import { componentOrder, log } from './settings.js'
import { acquireLock, readState } from './state.js'

/**
 * Stops every component named by a PID file (in reverse start order) and
 * deletes everything in the state directory except `logs/`. PIDs are only
 * signalled when their command line names this state directory. Returns how
 * many processes were stopped.
 */
export async function stopPlane(paths) {
  const marker = `${paths.dir}/`
  let stopped = 0
  for (const name of [...componentOrder].reverse()) {
    if (await stopProcess(paths.pids, name, marker)) {
      log(`stopped ${name}`)
      stopped += 1
    }
  }
  let entries = []
  try {
    entries = readdirSync(paths.dir)
  } catch {
    return stopped
  }
  for (const entry of entries) {
    if (entry !== 'logs') {
      rmSync(join(paths.dir, entry), { recursive: true, force: true })
    }
  }
  return stopped
}

/**
 * The `down` command. With `onlyId`, stops the plane only if its state file
 * carries that id, so a test run never stops a plane someone else started.
 */
export async function down(paths, onlyId) {
  const release = await acquireLock(paths)
  try {
    const state = readState(paths)
    if (onlyId && state?.id !== onlyId) {
      log(`the running plane is not ${onlyId}; leaving it alone`)
      return
    }
    if ((await stopPlane(paths)) === 0) {
      log(`no control plane was running in ${paths.dir}`)
    } else {
      log(`control plane stopped; logs kept in ${paths.logs}`)
    }
  } finally {
    release()
  }
}
