/**
 * A process asked for after the run was stopped is not started: it could
 * never hear the stop (an abort listener added to a signal that has fired
 * never runs), so it would run its whole timeout after the run ended. A
 * rollback after a timed-out add-on wait was such a process.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeExec } from '../../src/adapters/node-exec.js'

it('does not start a process whose signal has fired, and says why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-exec-stopped-'))
  const marker = join(dir, 'ran')
  const stopped = new AbortController()
  stopped.abort(new DOMException('timed out', 'TimeoutError'))
  try {
    const result = await createNodeExec().run(
      process.execPath,
      ['-e', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '')`],
      { signal: stopped.signal }
    )
    expect(result).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'node was not started: the run ran out of time',
      timedOut: false
    })
    expect(existsSync(marker)).toBe(false)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('still stops a process whose signal fires while it runs', async () => {
  const stop = new AbortController()
  const running = createNodeExec().run(
    process.execPath,
    ['-e', 'setTimeout(() => {}, 60_000)'],
    { signal: stop.signal }
  )
  setTimeout(() => stop.abort(), 200)
  const result = await running
  expect(result.exitCode).not.toBe(0)
})
