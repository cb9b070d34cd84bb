/**
 * The Action's log is masked by the runner, which hides registered strings
 * only whole. A line that quotes a secret cut short (a tool's error, a
 * retry's last words) is scrubbed by the logger itself before it is written,
 * as texts bound for GitHub's API are (masked-values.ts).
 */
import { jest } from '@jest/globals'
import { createActionsLogger } from '../../src/adapters/actions-logger.js'

test('a log line keeps no start of a secret that a cut left in it', () => {
  const written: string[] = []
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
  try {
    const log = createActionsLogger()
    const secret = 'act-cut-Qw3Er5Ty7Ui9-Op1As2'
    log.mask(secret)
    log.info(`helm: value "${secret.slice(0, 15)}…`)
    log.warning(`retrying: "${secret.slice(0, 12)}…`)
  } finally {
    spy.mockRestore()
  }
  // The runner reads (and hides) `::add-mask::` lines; the rest is the log.
  const lines = written
    .join('')
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  expect(lines).toContain('helm: value "***…')
  expect(lines).toContain('retrying: "***…')
  expect(lines).not.toContain('act-cut-Qw3')
})
