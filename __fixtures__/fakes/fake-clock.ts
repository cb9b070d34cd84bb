/**
 * A Clock whose sleeps return at once and advance its time, so backoff and
 * timeouts are tested without waiting; `sleeps` records every delay asked.
 */
import type { Clock } from '../../src/ports/clock.js'

export class FakeClock implements Clock {
  readonly sleeps: number[] = []
  private current: number

  constructor(start = '2025-01-01T00:00:00.000Z') {
    this.current = Date.parse(start)
  }

  now(): Date {
    return new Date(this.current)
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.current += ms
    return Promise.resolve()
  }

  /** Moves time forward without a sleep (work that takes time). */
  advance(ms: number): void {
    this.current += ms
  }
}

/**
 * A clock whose sleeps last until aborted: a held lock's renewal loop waits
 * there, so no renewal runs during a test, and releasing the lock ends it.
 */
export class StillClock implements Clock {
  private readonly inner = new FakeClock()
  now(): Date {
    return this.inner.now()
  }
  sleep(_ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) resolve()
      signal?.addEventListener('abort', () => resolve())
    })
  }
}
