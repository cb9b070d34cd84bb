/** Time, injected so that durations and timestamps are testable. */
export interface Clock {
  now(): Date
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}
