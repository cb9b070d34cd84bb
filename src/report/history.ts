/**
 * Sync records and the history read back from GitHub.
 *
 * Each sync is recorded twice, machine-readably: as a GitHub Deployment
 * (environment = the cluster name, `payload` = the record, deployment
 * statuses = the outcome) and as a hidden JSON block in its check run's
 * text. History is read from Deployments because one list call returns up to
 * 100 syncs of one cluster with their metadata, newest first; check runs can
 * only be listed per commit, which costs a call per commit on every page.
 * Only the rows shown need a status call each (10 per page), unless the
 * table is sorted by status. docs/action.md explains the choice.
 */
import type { SyncMetadata, SyncResult } from '../sync/sync-result.js'
import type { DeploymentState, GitHubApi } from '../ports/github.js'
import { historyColumns, type HistoryColumn } from './history-columns.js'
import { cutTo } from './sections.js'
import {
  parseErrors,
  parsePhases,
  recordErrors,
  type RecordError,
  type RecordPhase
} from './record-details.js'

/**
 * Ankra's history badge, and Not Configured for a run that had no
 * definition or no credentials (it synced nothing, so it is no Success).
 */
export type HistoryStatus = 'Success' | 'Failed' | 'Running' | 'Not Configured'

const finishedStatuses: readonly string[] = [
  'Success',
  'Failed',
  'Not Configured'
]

/** What is stored with every sync (deployment payload, check-run text). */
export interface SyncRecord {
  /** Record format version; readers skip versions they do not know. */
  v: 1
  cluster: string
  commit?: string
  ref?: string
  source: string
  triggeredBy?: string
  retryCount: number
  startedAt: string
  finishedAt?: string
  durationMs?: number
  status: HistoryStatus
  reason?: string
  runUrl?: string
  filesUrl?: string
  /** Optional (older records lack it): each phase and how long it took. */
  phases?: RecordPhase[]
  /** Optional: the first errors of a finished sync (record-details.ts). */
  errors?: RecordError[]
  /** How many errors there were in all, when `errors` is cut short. */
  errorsTotal?: number
}

/**
 * The record of a sync that has started (Running) or ended (with its
 * result, and the phases it went through when they were timed).
 */
export function syncRecord(
  metadata: SyncMetadata,
  result?: SyncResult,
  runUrl?: string,
  phases?: RecordPhase[]
): SyncRecord {
  const failed = result ? recordErrors(result.diagnostics) : undefined
  const record: SyncRecord = {
    v: 1,
    cluster: metadata.cluster,
    commit: metadata.commit,
    ref: metadata.ref,
    source: metadata.source,
    triggeredBy: metadata.triggeredBy,
    retryCount: metadata.retryCount,
    startedAt: metadata.startedAt,
    finishedAt: metadata.finishedAt,
    durationMs: metadata.durationMs,
    status: result ? historyStatus(result) : 'Running',
    reason: result?.reason,
    runUrl,
    filesUrl: metadata.filesUrl,
    phases,
    ...(failed && failed.total > 0
      ? { errors: failed.errors, errorsTotal: failed.total }
      : {})
  }
  // Drop undefined fields so the JSON (and the payload GitHub stores) is stable.
  return JSON.parse(JSON.stringify(record)) as SyncRecord
}

/** Success for synced runs, Failed for errors, Not Configured as it is. */
export function historyStatus(result: SyncResult): HistoryStatus {
  switch (result.status) {
    case 'synced':
      return 'Success'
    case 'error':
      return 'Failed'
    case 'not-configured':
      return 'Not Configured'
  }
}

/**
 * Deployment statuses have no state for Not Configured (a run with no
 * definition or no credentials posts `inactive`: it deployed nothing, and
 * did not fail), so its description says it, and readers of the history
 * tell it apart by that (older runs posted `success`).
 */
const notConfiguredPrefix = 'Not Configured: '

/** The deployment status description of a result (140 characters at most). */
export function deploymentDescription(result: SyncResult): string {
  const prefix = result.status === 'not-configured' ? notConfiguredPrefix : ''
  return cutTo(`${prefix}${result.summary}`, 140)
}

/** The history badge of a deployment's latest status. */
export function historyStatusOf(
  status: { state: string; description?: string } | undefined
): HistoryStatus {
  const state = status?.state
  if (state === 'success' || state === 'inactive') {
    return status?.description?.startsWith(notConfiguredPrefix)
      ? 'Not Configured'
      : 'Success'
  }
  if (state === 'failure' || state === 'error') return 'Failed'
  return 'Running'
}

/** The deployment status state matching a result. */
export function deploymentState(result: SyncResult): DeploymentState {
  // Nothing was deployed: the environment must not read as deployed at
  // this commit (historyStatusOf reads it back as Not Configured).
  if (result.status === 'not-configured') return 'inactive'
  if (result.status !== 'error') return 'success'
  // An unreachable cluster or a lock timeout is infrastructure, not the change.
  return result.reason === 'ClusterUnreachable' ||
    result.reason === 'LockTimeout'
    ? 'error'
    : 'failure'
}

const marker = 'clustersync:sync-record'

/** The record as a hidden block for a check run's text. */
export function embedRecord(record: SyncRecord): string {
  return `<!-- ${marker} ${JSON.stringify(record).replace(/--/g, '\\u002d\\u002d')} -->`
}

/** Reads an embedded record back; undefined when absent or malformed. */
export function readEmbeddedRecord(text: string): SyncRecord | undefined {
  const m = new RegExp(`<!-- ${marker} (\\{.*?\\}) -->`).exec(text)
  if (!m) return undefined
  return parseRecord(JSON.parse(m[1] as string) as unknown)
}

/** Validates an unknown value (deployment payload) as a v1 record. */
export function parseRecord(value: unknown): SyncRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const r = value as Record<string, unknown>
  if (
    r.v !== 1 ||
    typeof r.cluster !== 'string' ||
    typeof r.source !== 'string' ||
    typeof r.startedAt !== 'string' ||
    typeof r.retryCount !== 'number'
  ) {
    return undefined
  }
  const text = (k: string): string | undefined =>
    typeof r[k] === 'string' ? r[k] : undefined
  return JSON.parse(
    JSON.stringify({
      v: 1,
      cluster: r.cluster,
      commit: text('commit'),
      ref: text('ref'),
      source: r.source,
      triggeredBy: text('triggeredBy'),
      retryCount: r.retryCount,
      startedAt: r.startedAt,
      finishedAt: text('finishedAt'),
      durationMs: typeof r.durationMs === 'number' ? r.durationMs : undefined,
      // A deployment's payload is written at the start (Running); a check
      // run's record at the end carries the outcome.
      status: finishedStatuses.includes(r.status as string)
        ? r.status
        : 'Running',
      reason: text('reason'),
      runUrl: text('runUrl'),
      filesUrl: text('filesUrl'),
      phases: parsePhases(r.phases),
      errors: parseErrors(r.errors),
      errorsTotal: typeof r.errorsTotal === 'number' ? r.errorsTotal : undefined
    })
  ) as SyncRecord
}

/** One row of the history table. */
export interface HistoryRow {
  id: number
  status: HistoryStatus
  source: string
  commit: string
  startedAt: string
  triggeredBy: string
  retryCount: number
  runUrl?: string
}

export interface HistorySort {
  column: HistoryColumn
  direction: 'asc' | 'desc'
}

export interface HistoryPage {
  rows: HistoryRow[]
  page: number
  pages: number
  total: number
}

export interface HistoryQuery {
  cluster: string
  page: number
  perPage: number
  sort: HistorySort
  /** Stop after this many syncs (newest first); bounds the list calls. */
  limit?: number
}

/**
 * Reads one page of a cluster's sync history: lists its deployments (100 per
 * call), sorts, and asks for the outcome of the rows shown only (of all rows
 * when sorting by status). Throws what the GitHub port throws.
 */
export async function readHistory(
  api: GitHubApi,
  query: HistoryQuery
): Promise<HistoryPage> {
  const limit = query.limit ?? 1000
  const rows: HistoryRow[] = []
  for (let page = 1; rows.length < limit; page++) {
    const batch = await api.listDeployments(query.cluster, page, 100)
    for (const d of batch) {
      const record = parseRecord(d.payload)
      if (!record) continue // someone else's deployment to this environment
      rows.push({
        id: d.id,
        status: 'Running',
        source: record.source,
        commit: d.sha,
        startedAt: record.startedAt,
        triggeredBy: record.triggeredBy ?? d.creator ?? '',
        retryCount: record.retryCount,
        runUrl: record.runUrl
      })
    }
    if (batch.length < 100) break
  }
  const resolve = async (list: HistoryRow[]): Promise<void> => {
    await Promise.all(
      list.map(async (row) => {
        const s = await api.latestDeploymentStatus(row.id)
        row.status = historyStatusOf(s)
        row.runUrl ??= s?.log_url
      })
    )
  }
  if (query.sort.column === 'status') await resolve(rows)
  rows.sort(compareRows(query.sort))
  const pages = Math.max(1, Math.ceil(rows.length / query.perPage))
  const page = Math.min(Math.max(1, query.page), pages)
  const shown = rows.slice((page - 1) * query.perPage, page * query.perPage)
  if (query.sort.column !== 'status') await resolve(shown)
  return { rows: shown, page, pages, total: rows.length }
}

/** Compares by the column, then newest first, then id, so order is total. */
export function compareRows(
  sort: HistorySort
): (a: HistoryRow, b: HistoryRow) => number {
  const key = (r: HistoryRow): string => {
    switch (sort.column) {
      case 'status':
        return r.status
      case 'source':
        return r.source
      case 'commit':
        return r.commit
      case 'started':
        return r.startedAt
      case 'triggered-by':
        return r.triggeredBy.toLowerCase()
    }
  }
  const sign = sort.direction === 'asc' ? 1 : -1
  return (a, b) => {
    const ka = key(a)
    const kb = key(b)
    const primary = ka < kb ? -1 : ka > kb ? 1 : 0
    if (primary !== 0) return primary * sign
    if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? 1 : -1
    return b.id - a.id
  }
}

/** Parses `column[:asc|:desc]`; default direction: desc for started, else asc. */
export function parseSort(text: string | undefined): HistorySort | undefined {
  const [column = 'started', direction] = (text ?? 'started').split(':')
  if (!(historyColumns as readonly string[]).includes(column)) return undefined
  if (direction !== undefined && direction !== 'asc' && direction !== 'desc') {
    return undefined
  }
  return {
    column: column as HistoryColumn,
    direction: direction ?? (column === 'started' ? 'desc' : 'asc')
  }
}
