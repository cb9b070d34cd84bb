/**
 * A Clock on virtual time for scheduling tests: sleeps wait for `run` to
 * move time, and `run` moves it to the earliest sleep's end only when
 * nothing else can run, so concurrent sleeps overlap as real ones do (a
 * FakeClock adds them up instead).
 */
import type { Clock } from '../../src/ports/clock.js'

interface Timer {
  at: number
  wake: () => void
}

export class VirtualClock implements Clock {
  private current = 0
  private readonly timers: Timer[] = []

  now(): Date {
    return new Date(this.current)
  }

  /** Milliseconds since the start. */
  elapsed(): number {
    return this.current
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) =>
      this.timers.push({ at: this.current + ms, wake })
    )
  }

  /** Settles `work`, moving time forward whenever it waits only on sleeps. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false
    void work.then(
      () => (settled = true),
      () => (settled = true)
    )
    for (;;) {
      // Every promise chain that needs no time settles before this.
      await new Promise((r) => setImmediate(r))
      if (settled) return work
      this.timers.sort((a, b) => a.at - b.at)
      const next = this.timers.shift()
      if (!next) throw new Error('VirtualClock: work waits on nothing')
      this.current = next.at
      next.wake()
    }
  }
}
