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
