// The state file (`<state dir>/state.json`) and the lock that serialises
// `up` and `down`. The state file is how `down`, `status` and the Jest setup
// find the running plane: kubeconfig, bin folder, ports, chart repository.
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { log } from './settings.js'

/** A fresh id for a plane; `down --id` only stops the plane with that id. */
export function newPlaneId() {
  return randomBytes(6).toString('hex')
}

/** The parsed state file, or undefined when there is none (or it is torn). */
export function readState(paths) {
  try {
    const state = JSON.parse(readFileSync(paths.state, 'utf8'))
    return typeof state === 'object' && state !== null && state.version === 1
      ? state
      : undefined
  } catch {
    return undefined
  }
}

/** Writes the state file atomically (temp file + rename). */
export function writeState(paths, state) {
  mkdirSync(paths.dir, { recursive: true })
  const tmp = `${paths.state}.tmp`
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`)
  renameSync(tmp, paths.state)
}

function holderAlive(lock) {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10)
    if (!Number.isInteger(pid)) return false
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the PID exists but belongs to someone else, so it is alive.
    return error?.code === 'EPERM'
  }
}

/**
 * Takes the lock beside the state directory (an O_EXCL file holding our PID),
 * waiting while another live `up`/`down` holds it; a lock left by a dead
 * process is taken over. Returns a function that releases it.
 */
export async function acquireLock(paths) {
  mkdirSync(dirname(paths.lock), { recursive: true })
  let announced = false
  for (;;) {
    try {
      const fd = openSync(paths.lock, 'wx')
      writeSync(fd, `${process.pid}\n`)
      closeSync(fd)
      return () => rmSync(paths.lock, { force: true })
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error
    }
    if (!holderAlive(paths.lock)) {
      rmSync(paths.lock, { force: true })
      continue
    }
    if (!announced) {
      log(`waiting for another up/down to finish (lock ${paths.lock})`)
      announced = true
    }
    await sleep(500)
  }
}
