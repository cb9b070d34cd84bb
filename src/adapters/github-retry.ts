/**
 * When to retry a GitHub request, following GitHub's guidance for REST
 * clients: 5xx → retry with backoff; 429 or a secondary rate limit →
 * wait `retry-after`; a primary rate limit (403 with x-ratelimit-remaining 0)
 * → wait until `x-ratelimit-reset`. Waits are bounded so a job never sits
 * out a full hour's rate-limit window; past the bound the error surfaces.
 */

/** What a failed request looked like. */
export interface FailedResponse {
  status: number
  headers: Readonly<Record<string, string | number | undefined>>
  message: string
}

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number
  /** First backoff for 5xx; doubled each time. */
  baseDelayMs: number
  /** No single wait is longer than this; a longer one is not attempted. */
  maxDelayMs: number
}

/** The defaults: 4 retries, 1 s doubling, at most 60 s per wait. */
export function defaultRetryPolicy(): RetryPolicy {
  return { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 }
}

/**
 * How long to wait before retrying attempt `attempt` (0-based), or undefined
 * when the failure is not transient or the wait would exceed the policy.
 */
export function retryDelay(
  failure: FailedResponse,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number
): number | undefined {
  if (attempt >= policy.retries) return undefined
  const header = (name: string): number | undefined => {
    const v = failure.headers[name]
    const n = typeof v === 'number' ? v : v === undefined ? NaN : Number(v)
    return Number.isFinite(n) ? n : undefined
  }
  const backoff = policy.baseDelayMs * 2 ** attempt
  let delay: number | undefined
  const retryAfter = header('retry-after')
  if (
    failure.status === 429 ||
    (failure.status === 403 && retryAfter !== undefined)
  ) {
    delay = retryAfter !== undefined ? retryAfter * 1000 : backoff
  } else if (failure.status === 403 && header('x-ratelimit-remaining') === 0) {
    const reset = header('x-ratelimit-reset')
    delay = reset !== undefined ? Math.max(0, reset * 1000 - nowMs) : backoff
  } else if (
    failure.status === 403 &&
    /secondary rate limit/i.test(failure.message)
  ) {
    delay = backoff
  } else if (failure.status >= 500) {
    delay = backoff
  }
  if (delay === undefined || delay > policy.maxDelayMs) return undefined
  return delay
}

/**
 * True for a 403 that is about permissions, not rate limits: the token may
 * not make this write (read-only GITHUB_TOKEN on a fork's pull request).
 */
export function isPermissionRefusal(failure: FailedResponse): boolean {
  return (
    failure.status === 403 &&
    failure.headers['x-ratelimit-remaining'] !== '0' &&
    failure.headers['x-ratelimit-remaining'] !== 0 &&
    failure.headers['retry-after'] === undefined &&
    !/rate limit/i.test(failure.message)
  )
}
