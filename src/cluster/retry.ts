/**
 * Retrying transient failures of kubectl and helm. A failure is transient
 * when its stderr says the connection or the server hiccupped (refused or
 * reset connections, timeouts, 429/5xx, etcd leader changes, optimistic
 * concurrency conflicts); everything else is permanent and fails at once, so
 * a typo never costs a minute of backoff.
 */
import { jitteredDelay, type Backoff } from '../backoff.js'
import {
  saysNoCredential,
  saysUnreachable,
  saysUntrustedServer,
  trimOutput
} from '../errors.js'
import type { Clock } from '../ports/clock.js'
import type { ExecResult } from '../ports/exec.js'

/**
 * How hard to try; see `defaultRetryOptions`. Each wait is drawn up to its
 * ceiling (base doubled per retry, capped; full jitter, backoff.ts).
 */
export interface RetryOptions extends Backoff {
  /** Attempts in total, the first one included. */
  attempts: number
}

/**
 * 6 attempts, waits drawn up to 1 s doubling to 10 s: up to 25 s of waits
 * (half that on average) plus the attempts themselves.
 */
export function defaultRetryOptions(): RetryOptions {
  return { attempts: 6, baseDelayMs: 1_000, maxDelayMs: 10_000 }
}

// Matched case-insensitively against stderr. Each names a failure that a
// second attempt a moment later can fix without anyone changing anything.
const transientPatterns: readonly RegExp[] = [
  /connection refused/,
  // kubectl's own wording when the API server is down (seen when it was
  // killed mid-sync): "The connection to the server host:port was refused".
  /the connection to the server \S+ was refused/,
  /connection reset by peer/,
  /broken pipe/,
  /i\/o timeout/,
  /tls handshake timeout/,
  /\beof\b/,
  /http2: (server sent goaway|client connection lost)/,
  /the server is currently unable to handle the request/,
  /the server was unable to return a response in the time allotted/,
  /too many requests|\b429\b/,
  /\b(500|502|503|504)\b.*(internal server error|bad gateway|service unavailable|gateway timeout)/,
  /internal error occurred/,
  // client-go's words for a 5xx that carried no Status body (helm says it
  // after "Kubernetes cluster unreachable:" when discovery meets one).
  /an error on the server \(.*\) has prevented the request from succeeding/,
  /etcdserver: (leader changed|request timed out|too many requests)/,
  /the object has been modified; please apply your changes to the latest version/,
  /unable to connect to the server/,
  // A request that timed out (Go names its URL: `Get "https://…": context
  // deadline exceeded`). Not helm's own wait running out (`release web
  // failed: context deadline exceeded`): a retry only waits the whole
  // timeout again, and writes one more failed revision.
  /": context deadline exceeded/,
  /another operation \(install\/upgrade\/rollback\) is in progress/
]

/** True when a failed command's output says a retry may succeed. */
export function isTransient(result: Pick<ExecResult, 'stderr'>): boolean {
  const text = result.stderr.toLowerCase()
  // A credential that could not be had (kubectl says "Unable to connect to
  // the server: getting credentials: …") stays so until someone logs in.
  if (saysNoCredential(text)) return false
  // A certificate is not trusted after a moment's wait either.
  if (saysUntrustedServer(text)) return false
  return transientPatterns.some((p) => p.test(text))
}

/** True when the output says the API server could not be reached at all. */
export function isUnreachable(result: Pick<ExecResult, 'stderr'>): boolean {
  return saysUnreachable(result.stderr)
}

/** One retry, as it is scheduled. */
export interface RetryEvent {
  /** 1 for the first retry. */
  retry: number
  /** Retries allowed in all (the attempts after the first). */
  of: number
  delayMs: number
  /** What the failed attempt said (stderr, or the channel's words). */
  failure: string
}

/** Receives each retry as it is scheduled (for progress and the result). */
export type RetryListener = (event: RetryEvent) => void

/**
 * Runs `attempt` until it succeeds, fails permanently or attempts run out;
 * resolves with the last result either way (the caller interprets it).
 */
export async function withRetry(
  attempt: () => Promise<ExecResult>,
  clock: Clock,
  options: RetryOptions = defaultRetryOptions(),
  onRetry?: RetryListener,
  signal?: AbortSignal
): Promise<ExecResult> {
  let result = await attempt()
  for (let n = 1; n < options.attempts; n++) {
    if (result.exitCode === 0 || !isTransient(result) || signal?.aborted) break
    // Drawn once: the wait announced is the wait slept.
    const delay = jitteredDelay(n, options, clock.random?.() ?? 0)
    onRetry?.({
      retry: n,
      of: options.attempts - 1,
      delayMs: delay,
      failure: result.stderr
    })
    await clock.sleep(delay, signal)
    result = await attempt()
  }
  return result
}

// The few words that say why a server was not reached, as kubectl and Go
// put them; the first that matches names the cause in a retry's line.
const unreachableCauses: readonly [RegExp, string][] = [
  [
    /connection refused|the connection to the server \S+ was refused/i,
    'connection refused'
  ],
  [/no such host/i, 'no such host'],
  [/tls handshake timeout/i, 'TLS handshake timeout'],
  [/i\/o timeout/i, 'i/o timeout'],
  [/no route to host/i, 'no route to host'],
  [/network is unreachable/i, 'network is unreachable']
]

/**
 * The line a retry is announced with: what failed, which retry of how many,
 * and the wait (`cannot reach the cluster (connection refused); retry 2 of
 * 5 in 2s`). Silence for the half-minute of backoff looks like a hang.
 */
export function describeRetry(event: RetryEvent): string {
  return `${whatFailed(event.failure)}; retry ${event.retry} of ${event.of} in ${event.delayMs / 1000}s`
}

/**
 * A listener that says each retry through `say` (describeRetry's line,
 * after `prefix`) and counts it, once per wait the user sat through:
 * requests sent at once to a server that is away fail at once, and their
 * retries are one wait for the user, not one line per request. Within one
 * failure episode (the same failure, each retry scheduled while the last
 * one's wait and attempt could still be running), each retry number counts
 * once, whichever request reaches it first; so an unreachable cluster
 * always reports the same count, however its requests interleave. The wait
 * said is the one that first request drew; the others drew their own.
 */
export function retryAnnouncer(
  say: (line: string) => void,
  clock: Clock,
  prefix = ''
): { listener: RetryListener; count: () => number } {
  let count = 0
  const episodes = new Map<string, Episode>()
  const listener: RetryListener = (event) => {
    const failed = whatFailed(event.failure)
    const at = clock.now().getTime()
    let episode = episodes.get(failed)
    if (!episode || at > episode.lastAt + episode.lastDelayMs + attemptMs) {
      episode = { retries: new Set(), lastAt: at, lastDelayMs: 0 }
      episodes.set(failed, episode)
    }
    episode.lastAt = at
    episode.lastDelayMs = event.delayMs
    if (episode.retries.has(event.retry)) return
    episode.retries.add(event.retry)
    count++
    say(`${prefix}${describeRetry(event)}`)
  }
  return { listener, count: () => count }
}

/** One failure's retries, as announced so far. */
interface Episode {
  /** The retry numbers said (and counted) in this episode. */
  retries: Set<number>
  lastAt: number
  lastDelayMs: number
}

// How long an attempt after a wait may take before its next retry is
// scheduled (a kubectl call that times out); a retry later than the last
// wait plus this belongs to another outage and is said again.
const attemptMs = 30_000

/**
 * Which server a helm process could not reach: a chart repository (helm
 * fetches its `index.yaml`), an OCI registry (its `/v2/` API), else the
 * cluster. A typo in a repository's port is not an outage of the cluster.
 */
function unreachableServer(failure: string): string {
  if (
    /is not a valid chart repository or cannot be reached|\/index\.yaml"/i.test(
      failure
    )
  )
    return 'the chart repository'
  if (/"https?:\/\/[^"\s]*\/v2\//i.test(failure)) return 'the chart registry'
  return 'the cluster'
}

function whatFailed(failure: string): string {
  // A server that answered was reached, whatever its answer quotes (a 503
  // from an aggregated API that could not reach its own backend).
  if (saysUnreachable(failure) && !/^error from server/im.test(failure)) {
    const cause = unreachableCauses.find(([words]) => words.test(failure))
    return `cannot reach ${unreachableServer(failure)} (${cause?.[1] ?? 'unable to connect'})`
  }
  // Any other transient failure in its own last words, kept to one line.
  const last = trimOutput(failure, 1)
  // Cut with `…`, the mark the loggers' scrubbing looks for.
  return last.length > 160 ? `${last.slice(0, 159)}…` : last || 'failed'
}
