/**
 * An octokit that retries as GitHub asks. plugin-retry retries failed
 * requests, answered (5xx) or not (a refused connection), except the
 * statuses a retry cannot change; a hook around each attempt waits out
 * primary and secondary rate limits as GitHub's headers say (`retry-after`;
 * `x-ratelimit-reset` plus a second; a minute when a secondary limit names
 * no wait), 403 or 429 alike. Every wait is slept on the Clock port, so
 * tests wait no real time: plugin-retry's own timer is set to zero.
 *
 * Why not plugin-throttling: its Bottleneck queues delay every request of
 * a run, measured at the Action's first phase line (README, "Decisions,
 * made once"); the three header rules above are all it would add.
 */
import type { Octokit } from '@octokit/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { jitteredDelay, type Backoff } from '../backoff.js'
import type { Clock } from '../ports/clock.js'

/** How hard to try; see `defaultGitHubRetryPolicy`. */
export interface GitHubRetryPolicy extends Backoff {
  /** Retries of one request after its first attempt, per kind of failure. */
  retries: number
  /** An attempt with no answer by then is abandoned (and retried). */
  attemptTimeoutMs: number
}

/**
 * 4 retries; a failed request's waits drawn up to 1 s doubling (full
 * jitter); no wait longer than 60 s: a rate limit asking more surfaces
 * instead, so a job never sits out an hour's rate-limit window. An attempt
 * gets 30 s: GitHub ends a request it cannot serve in 10 s itself, so
 * silence past that is the network, not GitHub thinking.
 */
export function defaultGitHubRetryPolicy(): GitHubRetryPolicy {
  return {
    retries: 4,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    attemptTimeoutMs: 30_000
  }
}

/** Thrown (as the cause of octokit's error) when an attempt got no answer in time. */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError'
}

/** One wait before a retry, as it is about to be slept. */
export interface GitHubRetryWait {
  /** `POST /repos/{owner}/{repo}/statuses/{sha}` */
  operation: string
  /** 1 for the first retry of this request (of this kind of failure). */
  retry: number
  delayMs: number
  /** The failed attempt: a RequestError, whose cause says why no answer came. */
  error: unknown
  /** `failure`: an error answer or none; `rate-limit`: GitHub's limits. */
  kind: 'failure' | 'rate-limit'
}

export interface RetryingOctokitOptions {
  token: string
  apiUrl: string
  clock: Clock
  policy: GitHubRetryPolicy
  /** Hears each wait before it is slept (to say it and count it). */
  onWait: (wait: GitHubRetryWait) => void
}

/** What @actions/github's getOctokit returns: the REST methods and paginate. */
export type RetryingOctokit = ReturnType<typeof getOctokit>

// plugin-retry's default list plus 429: rate limits (403 or 429) are
// waited out as GitHub says in waitBeforeRetry, never with a backoff.
const doNotRetry = [400, 401, 403, 404, 410, 422, 429, 451]

/** Creates the octokit; never throws. Requests reject with the last failure. */
export function createRetryingOctokit(
  options: RetryingOctokitOptions
): RetryingOctokit {
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      retry: {
        retries: options.policy.retries,
        doNotRetry,
        // The wait was slept in waitBeforeRetry; the plugin retries at once.
        retryAfterBaseValue: 0
      }
    },
    // Innermost, so it runs around every attempt plugin-retry makes.
    waitBeforeRetry(options),
    retry
  )
}

/**
 * A plugin whose hook bounds each attempt by `attemptTimeoutMs`, waits out
 * and repeats a rate-limited attempt itself (plugin-retry leaves 403 and
 * 429 alone), and, when an attempt fails in a way plugin-retry retries,
 * sleeps the jittered backoff before the failure reaches plugin-retry.
 * Both counts are per request across plugin-retry's rounds, so a request's
 * retries of each kind are spent once.
 */
function waitBeforeRetry({
  clock,
  policy,
  onWait
}: RetryingOctokitOptions): (octokit: Octokit) => void {
  const failures = new WeakMap<object, number>()
  const limits = new WeakMap<object, number>()
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const operation = `${options.method} ${options.url}`
      for (;;) {
        try {
          return await attempt(() => request(options), options, policy)
        } catch (error: unknown) {
          const limitMs = rateLimitWaitMs(error, clock.now().getTime())
          if (limitMs !== undefined) {
            const n = (limits.get(options) ?? 0) + 1
            if (n > policy.retries || limitMs > policy.maxDelayMs) throw error
            limits.set(options, n)
            onWait({
              operation,
              retry: n,
              delayMs: limitMs,
              error,
              kind: 'rate-limit'
            })
            await clock.sleep(limitMs)
            continue
          }
          const status = statusOf(error)
          if (
            status === undefined ||
            status < 400 ||
            doNotRetry.includes(status)
          )
            throw error
          const n = (failures.get(options) ?? 0) + 1
          failures.set(options, n)
          if (n > policy.retries) {
            // plugin-retry's per-request setting: no more attempts.
            options.request.retries = 0
            throw error
          }
          const delayMs = jitteredDelay(n, policy, clock.random?.() ?? 0)
          onWait({ operation, retry: n, delayMs, error, kind: 'failure' })
          await clock.sleep(delayMs)
          throw error
        }
      }
    })
  }
}

/** One attempt, abandoned when no answer came within `attemptTimeoutMs`. */
async function attempt<T>(
  send: () => Promise<T> | T,
  options: { request: { signal?: AbortSignal } },
  policy: GitHubRetryPolicy
): Promise<T> {
  const timeout = AbortSignal.timeout(policy.attemptTimeoutMs)
  options.request.signal = timeout
  try {
    return await send()
  } catch (error: unknown) {
    if (timeout.aborted && error instanceof Error) {
      // octokit's error stays (plugin-retry reads it); the cause says
      // what happened instead of "The operation was aborted".
      error.cause = new NoAnswerError(
        `no answer within ${policy.attemptTimeoutMs / 1000}s`
      )
    }
    throw error
  }
}

/**
 * How long GitHub asks to wait before repeating a rate-limited request, or
 * undefined when `error` is no rate limit. GitHub's rules ("Rate limits for
 * the REST API"): a 403 or 429 with `retry-after` waits that many seconds;
 * one whose `x-ratelimit-remaining` is 0 waits until `x-ratelimit-reset`
 * (a second after, as clocks differ); a secondary limit naming neither
 * waits at least a minute.
 */
export function rateLimitWaitMs(
  error: unknown,
  nowMs: number
): number | undefined {
  const status = statusOf(error)
  if (status !== 403 && status !== 429) return undefined
  const headers = headersOf(error)
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
    return Math.max(0, retryAfter) * 1000
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - nowMs) + 1000
  const message = error instanceof Error ? error.message : ''
  if (status === 429 || /secondary rate limit/i.test(message)) return 60_000
  return undefined
}

function headersOf(error: unknown): Record<string, string | undefined> {
  if (typeof error !== 'object' || error === null || !('response' in error))
    return {}
  const response = error.response
  if (typeof response !== 'object' || response === null) return {}
  const headers = (response as { headers?: unknown }).headers
  if (typeof headers !== 'object' || headers === null) return {}
  const out: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(headers))
    out[name.toLowerCase()] = value === undefined ? undefined : String(value)
  return out
}

/** The HTTP status of an octokit RequestError (500 when no answer came). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error))
    return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
