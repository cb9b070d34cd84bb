import { backoffCeiling, jitteredDelay } from '../src/backoff.js'

const backoff = { baseDelayMs: 1000, maxDelayMs: 10_000 }

describe('jittered backoff', () => {
  it('doubles the ceiling for each retry, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffCeiling(n, backoff))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000
    ])
  })

  it('draws every wait from a tenth of a second up to its ceiling, in tenths', () => {
    for (let n = 1; n <= 6; n++) {
      for (let i = 0; i < 1000; i++) {
        const delay = jitteredDelay(n, backoff, i / 1000)
        expect(delay).toBeGreaterThanOrEqual(100)
        expect(delay).toBeLessThanOrEqual(backoffCeiling(n, backoff))
        expect(delay % 100).toBe(0)
      }
    }
  })

  it('waits the whole ceiling for a draw of 0 and a tenth of a second for a draw near 1', () => {
    expect(jitteredDelay(3, backoff, 0)).toBe(4000)
    expect(jitteredDelay(3, backoff, 0.5)).toBe(2000)
    expect(jitteredDelay(3, backoff, 0.99999)).toBe(100)
  })

  it('never waits more than a ceiling below a tenth of a second', () => {
    expect(jitteredDelay(1, { baseDelayMs: 1, maxDelayMs: 1 }, 0.5)).toBe(1)
  })
})
