// The README's test command (`npm test`): runs every Jest project (unit and
// the e2e suites against the real local control plane) and ends with the line
// CI reads, `N passed, N failed`. Extra arguments go to Jest, e.g.
// `npm test -- --selectProjects unit` or `npm test -- __tests__/cli`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'clustersync-jest-'))
const resultFile = join(dir, 'result.json')
const jest = spawnSync(
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
const code = jest.status ?? 1
if (code !== 0 && failed === 0) failed = 1
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
)
process.exitCode = code
