// Waiting for a component to become ready while watching that it is still
// alive, so a crash is reported at once (with its log) instead of as a
// timeout minutes later.
import { setTimeout as sleep } from 'node:timers/promises'
import { tailLog } from './processes.js'

/** A component failed to start; carries its name and the tail of its log. */
export class ComponentError extends Error {
  constructor(component, message) {
    super(`${component.name} ${message}`)
    this.name = 'ComponentError'
    this.component = component.name
    this.logFile = component.log
    this.logTail = tailLog(component.log, 20)
  }
}

function describeExit(exited) {
  if (exited.error) return `could not start: ${exited.error}`
  return exited.signal
    ? `was killed by ${exited.signal}`
    : `exited with code ${exited.code}`
}

/**
 * Polls `probe` (an async function returning true when ready) every
 * `intervalMs` until it succeeds. Throws a ComponentError when `component`
 * exits first or `timeoutMs` passes, and whatever `checkInterrupted` throws.
 */
export async function waitUntilReady(
  checkInterrupted,
  component,
  what,
  probe,
  options = {}
) {
  const { timeoutMs = 60000, intervalMs = 250 } = options
  const deadline = Date.now() + timeoutMs
  for (;;) {
    checkInterrupted()
    if (component.exited) {
      throw new ComponentError(
        component,
        `${describeExit(component.exited)} before ${what}`
      )
    }
    if (await probe().catch(() => false)) return
    if (Date.now() > deadline) {
      throw new ComponentError(
        component,
        `did not reach "${what}" within ${timeoutMs / 1000}s`
      )
    }
    await sleep(intervalMs)
  }
}
