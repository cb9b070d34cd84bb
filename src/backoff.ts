/**
 * Exponential backoff with full jitter, as the AWS Architecture Blog's
 * "Exponential Backoff and Jitter" recommends: retry n waits a time drawn
 * uniformly up to base·2^(n-1) (capped). Calls that failed together (the
 * parallel calls of one sync, or many runs against one API server that is
 * coming back) then return spread out instead of in step. Shared by the
 * kubectl/API retries and the GitHub adapter's retries of 5xx answers.
 */

/** The two figures a backoff is made of. */
export interface Backoff {
  /** The ceiling of the first retry's wait; doubled for each next one. */
  baseDelayMs: number
  /** No ceiling is higher than this. */
  maxDelayMs: number
}

// Waits are whole tenths of a second, so the announced wait ("in 1.3s") is
// exactly the wait.
const stepMs = 100

/** The longest wait before retry `n` (1-based): base·2^(n-1), capped. */
export function backoffCeiling(n: number, backoff: Backoff): number {
  return Math.min(backoff.baseDelayMs * 2 ** (n - 1), backoff.maxDelayMs)
}

/**
 * The wait before retry `n` (1-based) for a `draw` in [0, 1) (Math.random's
 * range): the ceiling times (1 − draw), rounded up to a tenth of a second
 * and never above the ceiling. A draw of 0 waits the whole ceiling, so a
 * clock without a random source (a test's) waits exact doubling delays.
 */
export function jitteredDelay(
  n: number,
  backoff: Backoff,
  draw: number
): number {
  const ceiling = backoffCeiling(n, backoff)
  const drawn = Math.ceil(((1 - draw) * ceiling) / stepMs) * stepMs
  return Math.min(ceiling, Math.max(drawn, stepMs))
}
