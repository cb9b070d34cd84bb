#!/usr/bin/env node
// Backstop for test runs: stops a control plane once the process that started
// it is gone without stopping it. The Jest setup's signal and exit handlers
// cover Ctrl-C and SIGTERM, but they cannot run when Jest is SIGKILLed, or
// when a test blocks Jest's event loop (a synchronous spawn) and Jest is then
// killed from outside. Usage: `node watchdog.js <owner pid> <state dir> <id>`.
// Exits on its own as soon as the plane with that id is stopped or replaced.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { repoRoot, statePaths } from './lib/settings.js'
import { readState } from './lib/state.js'

const [ownerText, stateDir, id] = process.argv.slice(2)
const owner = Number.parseInt(ownerText ?? '', 10)
if (!Number.isInteger(owner) || !stateDir || !id) {
  process.stderr.write('usage: watchdog.js <owner pid> <state dir> <id>\n')
  process.exit(2)
}

/**
 * The owner's start time (field 22 of /proc/<pid>/stat), or undefined when it
 * is gone or a zombie. Comparing start times makes PID reuse harmless.
 */
function startTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return fields[0] === 'Z' ? undefined : fields[19]
  } catch {
    return undefined
  }
}

const paths = statePaths(stateDir)
const ownerStart = startTime(owner)
for (;;) {
  if (readState(paths)?.id !== id) process.exit(0)
  if (ownerStart === undefined || startTime(owner) !== ownerStart) break
  await sleep(1000)
}
process.stderr.write(`owner ${owner} is gone; stopping plane ${id}\n`)
spawnSync(
  process.execPath,
  [join(repoRoot, 'e2e', 'scripts', 'cluster.js'), 'down', '--id', id],
  { env: { ...process.env, CLUSTERSYNC_STATE_DIR: stateDir }, stdio: 'inherit' }
)
