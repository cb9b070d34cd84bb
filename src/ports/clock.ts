/** Time, injected so that durations and timestamps are testable. */
export interface Clock {
  now(): Date
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /**
   * A uniform draw from [0, 1) that spreads retries out (jitter; see
   * backoff.ts). The system clock's is Math.random. Without one (tests'
   * fakes) every backoff waits its whole ceiling, so delays stay exact.
   */
  random?(): number
}
