/** The Clock port over the real time. */
import type { Clock } from '../ports/clock.js'

/** Creates the wall clock. */
export function createSystemClock(): Clock {
  return {
    now: () => new Date(),
    random: () => Math.random(),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        if (signal?.aborted) {
          resolve()
          return
        }
        // Whichever comes first ends the other: a sleep that ran out must
        // not leave its listener on a signal that outlives it (a lock wait
        // polls many times on one signal; Node warned of a leak at eleven).
        const done = (): void => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', done)
          resolve()
        }
        const timer = setTimeout(done, ms)
        signal?.addEventListener('abort', done, { once: true })
      })
  }
}
