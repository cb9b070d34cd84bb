// Jest global teardown for the e2e project: stop the control plane only if
// global-setup.js started it (a plane that was already running stays up), and
// remove this run's Helm home.
import { rmSync } from 'node:fs'
import { down } from '../scripts/lib/down.js'
import { isOurs } from '../scripts/lib/processes.js'
import { handoffKey } from './global-setup.js'

export default async function globalTeardown() {
  const handoff = globalThis[handoffKey]
  if (!handoff) return
  if (handoff.helmHome) {
    rmSync(handoff.helmHome, { recursive: true, force: true })
  }
  if (handoff.startedId && !handoff.stopped) {
    handoff.stopped = true
    await down(handoff.paths, handoff.startedId)
  }
  // The watchdog would notice within a second; stop it now so Jest exits
  // with nothing of ours left running.
  // Its command line carries the plane's random id, which guards against a
  // reused PID.
  const { watchdogPid, startedId } = handoff
  if (watchdogPid && startedId && isOurs(watchdogPid, startedId)) {
    process.kill(watchdogPid, 'SIGTERM')
  }
}
