/**
 * The GitOps page's data: every sync read so far, per cluster, newest
 * first. It is kept beside the site (`DIR/clustersync-page.json`) so the
 * next build fetches only what is newer, and it is the only input of the
 * pure page renderer.
 */
import type { HistoryStatus } from '../report/history.js'
import { parseRecord } from '../report/history.js'
import type { RecordError, RecordPhase } from '../report/record-details.js'

/** The data file's name inside the site folder. */
export const dataFileName = 'clustersync-page.json'

/** One sync as the page shows it. */
export interface PageSync {
  /** The Deployment's id: unique, and what incremental builds compare. */
  id: number
  status: HistoryStatus
  /** False while its outcome has not been read (a budget cut it short). */
  resolved: boolean
  source: string
  commit: string
  startedAt: string
  triggeredBy: string
  retryCount: number
  durationMs?: number
  reason?: string
  runUrl?: string
  filesUrl?: string
  phases?: RecordPhase[]
  errors?: RecordError[]
  errorsTotal?: number
  /** No check run held its record: outcome from the Deployment status. */
  noCheckRun?: boolean
  /** GitHub no longer knows the commit (force-pushed away). */
  commitMissing?: boolean
}

/** The newest scheduled drift check of a cluster, if one was found. */
export interface PageDrift {
  checkedAt: string
  /** The check run's title, e.g. "drift: 2 to create, 1 to change". */
  summary: string
  url?: string
}

export interface PageCluster {
  name: string
  /** Newest first. */
  syncs: PageSync[]
  /** True when every older sync was read too (nothing left behind). */
  complete: boolean
  drift?: PageDrift
}

export interface PageData {
  v: 1
  repository: string
  /** e.g. https://github.com, for commit and file links. */
  serverUrl: string
  builtAt: string
  clusters: PageCluster[]
}

/**
 * Reads a data file back; undefined when it is missing, of another
 * version or repository, or malformed (the next build then starts afresh).
 */
export function parsePageData(
  text: string | undefined,
  repository: string
): PageData | undefined {
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const d = value as Record<string, unknown>
  if (d.v !== 1 || d.repository !== repository || !Array.isArray(d.clusters))
    return undefined
  const clusters = (d.clusters as unknown[]).flatMap(parseCluster)
  return {
    v: 1,
    repository,
    serverUrl: typeof d.serverUrl === 'string' ? d.serverUrl : '',
    builtAt: typeof d.builtAt === 'string' ? d.builtAt : '',
    clusters
  }
}

function parseCluster(value: unknown): PageCluster[] {
  if (typeof value !== 'object' || value === null) return []
  const c = value as Record<string, unknown>
  if (typeof c.name !== 'string' || !Array.isArray(c.syncs)) return []
  const syncs = (c.syncs as unknown[]).flatMap((s) => parseSync(s, c.name))
  const drift = c.drift as PageDrift | undefined
  return [
    {
      name: c.name,
      syncs,
      complete: c.complete === true,
      ...(drift &&
      typeof drift.checkedAt === 'string' &&
      typeof drift.summary === 'string'
        ? { drift }
        : {})
    }
  ]
}

// A stored sync is a v1 record plus the page's own fields; the record's
// validator checks the shared part, so both read the same way.
function parseSync(value: unknown, cluster: unknown): PageSync[] {
  if (typeof value !== 'object' || value === null) return []
  const s = value as Record<string, unknown>
  const record = parseRecord({ ...s, v: 1, cluster })
  if (
    !record ||
    typeof s.id !== 'number' ||
    typeof s.commit !== 'string' ||
    typeof s.triggeredBy !== 'string'
  )
    return []
  return [
    {
      ...record,
      id: s.id,
      commit: s.commit,
      triggeredBy: s.triggeredBy,
      resolved: s.resolved === true,
      ...(s.noCheckRun === true ? { noCheckRun: true } : {}),
      ...(s.commitMissing === true ? { commitMissing: true } : {})
    }
  ].map(({ v: _v, cluster: _c, ref: _r, finishedAt: _f, ...rest }) => rest)
}
