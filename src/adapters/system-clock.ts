/** The Clock port over the real time. */
import type { Clock } from '../ports/clock.js'

/** Creates the wall clock. */
export function createSystemClock(): Clock {
  return {
    now: () => new Date(),
    random: () => Math.random(),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, ms)
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer)
            resolve()
          },
          { once: true }
        )
      })
  }
}
