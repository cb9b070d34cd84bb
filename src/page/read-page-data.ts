/**
 * Reads the sync history the Action records into PageData, incrementally:
 * a cluster's Deployments are listed newest first (100 per request) until
 * one already in the stored data appears, and only new or unfinished syncs
 * have their outcome read. The outcome, phases and errors come from the
 * sync's check run (one request per commit covers every cluster synced at
 * that commit); a sync without a check run falls back to its Deployment's
 * status. Every request is counted against a budget well inside
 * GITHUB_TOKEN's 1,000 requests per hour; what the budget leaves unread is
 * marked unresolved and read by the next build.
 */
import type { CheckRunRecord, GitHubApi } from '../ports/github.js'
import { checkRunName } from '../report/checks.js'
import {
  historyStatusOf,
  parseRecord,
  readEmbeddedRecord,
  type SyncRecord
} from '../report/history.js'
import type { PageCluster, PageData, PageDrift, PageSync } from './page-data.js'

export interface ReadOptions {
  repository: string
  serverUrl: string
  /** The stored data of the previous build, if any. */
  previous?: PageData
  /** Syncs per cluster a first build reads; ignored when `all`. */
  firstBuildLimit: number
  all: boolean
  /** The most requests this build may make. */
  maxRequests: number
  now: Date
}

export interface ReadResult {
  data: PageData
  /** Requests made (each page of a list is one). */
  requests: number
  /** Syncs whose outcome is left for the next build (budget reached). */
  unresolved: number
}

/** Counts requests and refuses the optional ones once the budget is spent. */
class Budget {
  used = 0
  constructor(private readonly max: number) {}
  /** Makes a request the build cannot do without (lists). */
  need<T>(call: () => Promise<T>): Promise<T> {
    this.used++
    return call()
  }
  /** Makes a request if the budget allows; undefined when it does not. */
  async spare<T>(call: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.used >= this.max) return undefined
    this.used++
    return { value: await call() }
  }
}

/** Reads every cluster's history; rejects with what the GitHub port throws. */
export async function readPageData(
  api: GitHubApi,
  options: ReadOptions
): Promise<ReadResult> {
  const budget = new Budget(options.maxRequests)
  const names = await budget.need(() => api.listEnvironments())
  const stored = new Map(
    (options.previous?.clusters ?? []).map((c) => [c.name, c])
  )
  const checkRuns = new Map<string, CheckRunRecord[] | undefined>()
  const clusters: PageCluster[] = []
  for (const name of [...new Set([...names, ...stored.keys()])].sort()) {
    const cluster = await readCluster(name, stored.get(name))
    if (cluster.syncs.length === 0 && !names.includes(name)) continue
    clusters.push(cluster)
  }
  // Newest syncs first across clusters, so a tight budget resolves what
  // the banners show before older rows.
  const pending = clusters
    .flatMap((c) => c.syncs.filter((s) => !s.resolved).map((s) => ({ c, s })))
    .sort((a, b) => (a.s.startedAt < b.s.startedAt ? 1 : -1))
  for (const { c, s } of pending)
    await resolveSync(api, budget, checkRuns, c.name, s)
  for (const c of clusters) c.drift = findDrift(c, checkRuns) ?? c.drift
  return {
    data: {
      v: 1,
      repository: options.repository,
      serverUrl: options.serverUrl,
      builtAt: options.now.toISOString(),
      clusters
    },
    requests: budget.used,
    unresolved: pending.filter(({ s }) => !s.resolved).length
  }

  async function readCluster(
    name: string,
    previous: PageCluster | undefined
  ): Promise<PageCluster> {
    const known = new Set(previous?.syncs.map((s) => s.id))
    // A first build stops at the limit; later builds read everything newer.
    const limit =
      options.all || previous
        ? Number.POSITIVE_INFINITY
        : options.firstBuildLimit
    const fresh: PageSync[] = []
    let reachedKnown = false
    let exhausted = false
    for (let page = 1; fresh.length < limit && !reachedKnown; page++) {
      const batch = await budget.need(() =>
        api.listDeployments(name, page, 100)
      )
      for (const d of batch) {
        if (known.has(d.id)) {
          reachedKnown = true
          break
        }
        const record = parseRecord(d.payload)
        if (!record) continue // someone else's deployment to this environment
        fresh.push(syncFrom(d.id, d.sha, d.creator, record))
        if (fresh.length >= limit) break
      }
      if (batch.length < 100 && !reachedKnown) exhausted = true
      if (exhausted) break
    }
    return {
      name,
      syncs: [...fresh, ...(previous?.syncs ?? [])],
      // Whether anything older than the stored syncs is left unread.
      complete: exhausted || (reachedKnown && (previous?.complete ?? false)),
      ...(previous?.drift ? { drift: previous.drift } : {})
    }
  }
}

function syncFrom(
  id: number,
  sha: string,
  creator: string | undefined,
  record: SyncRecord
): PageSync {
  return {
    id,
    status: record.status,
    resolved: false,
    source: record.source,
    commit: sha,
    startedAt: record.startedAt,
    triggeredBy: record.triggeredBy ?? creator ?? '',
    retryCount: record.retryCount,
    ...(record.runUrl ? { runUrl: record.runUrl } : {}),
    ...(record.filesUrl ? { filesUrl: record.filesUrl } : {})
  }
}

/** Fills in a sync's outcome from its check run, else its Deployment. */
async function resolveSync(
  api: GitHubApi,
  budget: Budget,
  cache: Map<string, CheckRunRecord[] | undefined>,
  cluster: string,
  sync: PageSync
): Promise<void> {
  if (!cache.has(sync.commit)) {
    const got = await budget.spare(() =>
      api.listCheckRunsForCommit(sync.commit)
    )
    if (!got) return
    cache.set(sync.commit, got.value)
  }
  const runs = cache.get(sync.commit)
  if (runs === undefined) sync.commitMissing = true
  const record = (runs ?? [])
    .filter((r) => r.name === checkRunName(cluster))
    .map((r) => readEmbeddedRecord(r.text ?? ''))
    .find((r) => r?.startedAt === sync.startedAt && r.cluster === cluster)
  if (record) {
    Object.assign(sync, outcomeOf(record))
    sync.resolved = sync.status !== 'Running'
    delete sync.noCheckRun
    return
  }
  const got = await budget.spare(() => api.latestDeploymentStatus(sync.id))
  if (!got) return
  sync.noCheckRun = true
  sync.status = historyStatusOf(got.value)
  if (got.value?.log_url) sync.runUrl ??= got.value.log_url
  sync.resolved = sync.status !== 'Running'
}

function outcomeOf(record: SyncRecord): Partial<PageSync> {
  return JSON.parse(
    JSON.stringify({
      status: record.status,
      durationMs: record.durationMs,
      reason: record.reason,
      runUrl: record.runUrl,
      filesUrl: record.filesUrl,
      phases: record.phases,
      errors: record.errors,
      errorsTotal: record.errorsTotal,
      retryCount: record.retryCount
    })
  ) as Partial<PageSync>
}

/**
 * The newest scheduled drift check among the check runs read: a check run
 * of the cluster whose record came from the schedule and is no sync of the
 * history (a drift check applies nothing, so it records no Deployment).
 */
function findDrift(
  cluster: PageCluster,
  cache: Map<string, CheckRunRecord[] | undefined>
): PageDrift | undefined {
  const synced = new Set(cluster.syncs.map((s) => s.startedAt))
  let best: PageDrift | undefined
  for (const runs of cache.values()) {
    for (const run of runs ?? []) {
      if (run.name !== checkRunName(cluster.name)) continue
      const record = readEmbeddedRecord(run.text ?? '')
      if (record?.source !== 'schedule' || synced.has(record.startedAt))
        continue
      if (best && best.checkedAt >= record.startedAt) continue
      best = {
        checkedAt: record.startedAt,
        summary: (run.title ?? record.status).replace(/^\S+\s/, ''),
        ...(run.html_url ? { url: run.html_url } : {})
      }
    }
  }
  return best
}
