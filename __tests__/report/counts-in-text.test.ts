import { renderSyncText } from '../../src/cli/commands/sync-output.js'
import { renderHistoryText } from '../../src/report/history-table.js'
import { stepsTable } from '../../src/report/sections.js'
import type { StepOutcome } from '../../src/sync/sync-result.js'
import { links, result } from './fixtures.js'

// Counts people read: exactly one of something is singular, 0 and 2 plural.
function step(retries: number): StepOutcome {
  return {
    step: 'manifest:web',
    status: 'applied',
    retries,
    durationMs: 1000,
    changes: []
  }
}

describe('counts in text agree with their noun', () => {
  it.each([
    [1, '1 retry'],
    [2, '2 retries']
  ])('a step retried %d time(s) says "%s"', (n, words) => {
    const text = renderSyncText(result({ steps: [step(n)] }))
    expect(text).toContain(`[1.0s, ${words}]`)
    expect(stepsTable([step(n)])).toContain(`(${words})`)
  })

  it.each([
    [1, '(1 sync)'],
    [2, '(2 syncs)']
  ])('a history of %d sync(s) ends "%s"', (total, footer) => {
    const page = { rows: [], page: 1, pages: 1, total }
    expect(
      renderHistoryText(page, links, new Date('2025-01-01T00:00:00Z'))
    ).toContain(`page 1 of 1 ${footer}`)
  })
})
