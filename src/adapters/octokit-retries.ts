/**
 * An octokit that retries as GitHub asks, through octokit's own plugins:
 * plugin-throttling waits out primary and secondary rate limits as GitHub's
 * headers say (`retry-after`; `x-ratelimit-reset` plus a second; a minute
 * when a secondary limit names no wait), and plugin-retry retries the other
 * failed requests, answered (5xx) or not (a refused connection), except the
 * statuses a retry cannot change. Every wait is slept on the Clock port, so
 * tests wait no real time: the plugins' own timers are set to zero and the
 * waits happen in the throttling handlers and in a hook around each attempt.
 */
import type { Octokit } from '@octokit/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
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

// plugin-retry's default list plus 429, which is a rate limit: plugin-
// throttling waits the `retry-after` GitHub sends instead of a backoff.
const doNotRetry = [400, 401, 403, 404, 410, 422, 429, 451]

/** Creates the octokit; never throws. Requests reject with the last failure. */
export function createRetryingOctokit(
  options: RetryingOctokitOptions
): RetryingOctokit {
  const { clock, policy, onWait } = options
  const rateLimited = async (
    retryAfterSeconds: number,
    request: { method: string; url: string },
    retryCount: number
  ): Promise<boolean> => {
    const delayMs = retryAfterSeconds * 1000
    if (retryCount >= policy.retries || delayMs > policy.maxDelayMs)
      return false
    onWait({
      operation: `${request.method} ${request.url}`,
      retry: retryCount + 1,
      delayMs,
      error: undefined,
      kind: 'rate-limit'
    })
    await clock.sleep(delayMs)
    return true
  }
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      retry: {
        retries: policy.retries,
        doNotRetry,
        // The wait was slept in sleepBeforeRetry; the plugin retries at once.
        retryAfterBaseValue: 0
      },
      throttle: {
        retryAfterBaseValue: 0,
        // The plugin awaits its handlers and retries when one resolves to
        // true (its README); the declared type says void.
        /* eslint-disable @typescript-eslint/no-misused-promises */
        onRateLimit: (after, request, _octokit, count) =>
          rateLimited(after, request, count),
        onSecondaryRateLimit: (after, request, _octokit, count) =>
          rateLimited(after, request, count),
        /* eslint-enable @typescript-eslint/no-misused-promises */
        // GitHub asks for a second between writes only of clients that make
        // "a large number" of them; a run makes a few, one after another,
        // and the plugin's spacing would add a second to each.
        write: new Bottleneck.Group(),
        notifications: new Bottleneck.Group()
      }
    },
    // Innermost, so it runs around every attempt plugin-retry makes.
    sleepBeforeRetry(clock, policy, onWait),
    retry,
    throttling
  )
}

/**
 * A plugin whose hook bounds each attempt by `attemptTimeoutMs` and, when an
 * attempt fails in a way plugin-retry retries, sleeps the jittered backoff
 * before the failure reaches plugin-retry. Counted per request across
 * plugin-retry's rounds: after a rate-limit wait plugin-retry counts
 * afresh, and a request's retries are spent once.
 */
function sleepBeforeRetry(
  clock: Clock,
  policy: GitHubRetryPolicy,
  onWait: (wait: GitHubRetryWait) => void
): (octokit: Octokit) => void {
  const failures = new WeakMap<object, number>()
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const timeout = AbortSignal.timeout(policy.attemptTimeoutMs)
      options.request.signal = timeout
      try {
        return await request(options)
      } catch (error: unknown) {
        if (timeout.aborted && error instanceof Error) {
          // octokit's error stays (plugin-retry reads it); the cause says
          // what happened instead of "The operation was aborted".
          error.cause = new NoAnswerError(
            `no answer within ${policy.attemptTimeoutMs / 1000}s`
          )
        }
        const status = statusOf(error)
        if (status === undefined || status < 400 || doNotRetry.includes(status))
          throw error
        const n = (failures.get(options) ?? 0) + 1
        failures.set(options, n)
        if (n > policy.retries) {
          // plugin-retry's per-request setting: no more attempts.
          options.request.retries = 0
          throw error
        }
        const delayMs = jitteredDelay(n, policy, clock.random?.() ?? 0)
        onWait({
          operation: `${options.method} ${options.url}`,
          retry: n,
          delayMs,
          error,
          kind: 'failure'
        })
        await clock.sleep(delayMs)
        throw error
      }
    })
  }
}

/** The HTTP status of an octokit RequestError (500 when no answer came). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error))
    return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
