// The README's test command (`npm test`): runs every Jest project (unit and
// the e2e suites against the real local control plane) and ends with the line
// CI reads, `N passed, N failed`. Extra arguments go to Jest, e.g.
// `npm test -- --selectProjects unit` or `npm test -- __tests__/cli`.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureChromium } from './ensure-chromium.js'

// The browser project needs chromium; a run that selects only other
// projects does not install it.
const args = process.argv.slice(2)
const projects = args.includes('--selectProjects')
  ? args
      .slice(args.indexOf('--selectProjects') + 1)
      .filter((a) => !a.startsWith('-'))
  : undefined
if (!projects || projects.includes('browser')) {
  const problem = ensureChromium()
  if (problem) console.error(`run-tests: ${problem}`)
}

const dir = mkdtempSync(join(tmpdir(), 'clustersync-jest-'))
const resultFile = join(dir, 'result.json')
const jest = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${resultFile}`,
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit' }
)
// Pass Ctrl-C and CI's SIGTERM on to Jest, so its global teardown stops the
// control plane it started; this wrapper then reports what Jest recorded.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => jest.kill(signal))
}
// A bound on the whole run, so a hung test can never use up CI's 90 minutes:
// Jest gets SIGTERM (its teardown stops the control plane), then SIGKILL
// (the setup's watchdog then stops the plane). CLUSTERSYNC_TEST_TIMEOUT_MIN
// overrides the default of 60 minutes (cold control-plane build included).
const limitMs = Number(process.env.CLUSTERSYNC_TEST_TIMEOUT_MIN ?? 60) * 60_000
const overtime = setTimeout(() => {
  console.error(
    `run-tests: Jest ran longer than ${limitMs / 60_000} minutes; stopping it`
  )
  jest.kill('SIGTERM')
  setTimeout(() => jest.kill('SIGKILL'), 30_000).unref()
}, limitMs)
overtime.unref()
const code = await new Promise((resolve) => {
  jest.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)))
})

let passed = 0
let failed = 0
let skipped = 0
try {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'))
  passed = result.numPassedTests
  failed = result.numFailedTests + result.numRuntimeErrorTestSuites
  skipped = result.numPendingTests + result.numTodoTests
} catch {
  // Jest died before writing its result (a crash in global setup): count it
  // as one failure so the closing line never claims success.
  failed = 1
}
rmSync(dir, { recursive: true, force: true })
if (code !== 0 && failed === 0) failed = 1
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
)
process.exitCode = code
