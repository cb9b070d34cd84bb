// `cluster up`: reuse a healthy plane, or clean up a stale one, build what is
// missing and start a fresh one. Interrupting `up` (Ctrl-C, SIGTERM) stops the
// build and whatever it had started.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBinaries, cancelBuild } from './build.js'
import { stopPlane } from './down.js'
import { answersOk } from './net.js'
import { isOurs } from './processes.js'
import { log } from './settings.js'
import { startPlane } from './start.js'
import { acquireLock, newPlaneId, readState } from './state.js'

/**
 * The state of the running plane if it is complete and healthy: every
 * recorded process alive and ours, /readyz answering, the chart repository
 * and the OCI registry serving. Undefined otherwise.
 */
export async function healthyPlane(paths) {
  const state = readState(paths)
  if (!state?.ready) return undefined
  const marker = `${paths.dir}/`
  if (!state.components.every((c) => isOurs(c.pid, marker))) return undefined
  const caFile = join(paths.pki, 'apiserver.crt')
  if (!existsSync(caFile)) return undefined
  const ready = await answersOk(
    `https://127.0.0.1:${state.ports.apiserver}/readyz`,
    { ca: readFileSync(caFile) }
  )
  const registry = `http://127.0.0.1:${state.ports.registry}/v2/`
  if (
    !ready ||
    !(await answersOk(`${state.chartRepo}/index.yaml`)) ||
    !(await answersOk(registry))
  ) {
    return undefined
  }
  return state
}

/** Thrown when `up` is interrupted; cluster.js exits 130 (SIGINT) or 143. */
export class InterruptedError extends Error {
  constructor(signal) {
    super(`interrupted by ${signal}`)
    this.name = 'InterruptedError'
    this.signal = signal
  }
}

/**
 * Runs `up` under the lock and returns `{ state, reused }`. On failure or
 * interruption, everything this call started is stopped before it returns.
 */
export async function up(paths) {
  const release = await acquireLock(paths)
  // A signal only raises this flag (and stops a build); the main flow notices
  // at its next wait and cleans up itself, so cleanup runs exactly once and
  // always before the lock is released.
  const interrupted = { signal: undefined }
  const interrupt = (signal) => {
    if (interrupted.signal) return
    log(`${signal}: stopping what this run started`)
    interrupted.signal = signal
    cancelBuild()
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  const checkInterrupted = () => {
    if (interrupted.signal) throw new InterruptedError(interrupted.signal)
  }
  try {
    const running = await healthyPlane(paths)
    if (running) {
      log(`reusing the running control plane (${paths.dir})`)
      return { state: running, reused: true }
    }
    if (readState(paths) || existsSync(paths.pids)) {
      log(`cleaning up a stopped or broken control plane in ${paths.dir}`)
      await stopPlane(paths)
    }
    const t0 = Date.now()
    const bin = await buildBinaries().catch((error) => {
      checkInterrupted()
      throw error
    })
    checkInterrupted()
    log(`binaries ready in ${bin}`)
    try {
      const state = await startPlane(paths, bin, newPlaneId(), checkInterrupted)
      const seconds = ((Date.now() - t0) / 1000).toFixed(1)
      log(`control plane ready in ${seconds}s (state: ${paths.dir})`)
      return { state, reused: false }
    } catch (error) {
      if (!interrupted.signal)
        log('start failed; stopping what this run started')
      await stopPlane(paths)
      if (interrupted.signal) throw new InterruptedError(interrupted.signal)
      throw error
    }
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
    release()
  }
}
