/**
 * The result of a sync, plan or validation: the one structure statuses, check
 * runs, the job summary, the CLI's output and the history record derive from
 * (STYLE.md §5.8). User errors are results, not throws.
 */
import type { Diagnostic } from '../diagnostics.js'

/** Ankra's four progress phases. */
export type Phase = 'Fetching' | 'Validating' | 'Applying' | 'Completed'

/** What the whole run ended as; `not-configured` = no definition or no credentials. */
export type SyncStatus = 'synced' | 'error' | 'not-configured'

/** Why the run ended where it did (Flux-style reasons). */
export type SyncReason =
  | 'Succeeded'
  | 'ValidationFailed'
  | 'PlanFailed'
  | 'ApplyFailed'
  | 'HealthCheckFailed'
  | 'LockTimeout'
  | 'ClusterUnreachable'
  | 'NotConfigured'

/** How the sync was started, in Ankra's words. */
export type SyncSource =
  'webhook' | 'manual' | 'schedule' | 'pull_request' | 'cli'

/** What happened to one object or release. */
export type ChangeAction =
  'created' | 'configured' | 'unchanged' | 'pruned' | 'failed' | 'skipped'

export interface ChangeSetEntry {
  /** `Kind/namespace/name`, `Kind/name` (cluster-scoped) or `helm:<namespace>/<release>`. */
  subject: string
  action: ChangeAction
  /** The plan step it belongs to (`manifest:<name>`, `addon:<name>`, `prune`). */
  step: string
  message?: string
}

export type StepStatus = 'applied' | 'unchanged' | 'failed' | 'skipped'

export interface StepOutcome {
  /** `manifest:<name>` or `addon:<name>`. */
  step: string
  status: StepStatus
  /** Why it failed or was skipped, in one line. */
  message?: string
  /** For skipped steps: the failed step that caused it. */
  skippedBecause?: string
  /** Transient failures retried inside this run. */
  retries: number
  durationMs: number
  changes: ChangeSetEntry[]
  /** Where the step is declared, so a failure can point at file:line. */
  file?: string
  line?: number
}

export interface SyncCounts {
  applied: number
  unchanged: number
  pruned: number
  failed: number
  skipped: number
}

/** Who and what a sync is about; recorded with every sync (history, summary, check run). */
export interface SyncMetadata {
  cluster: string
  commit?: string
  ref?: string
  source: SyncSource
  triggeredBy?: string
  /** Workflow re-run attempts plus transient retries inside the run. */
  retryCount: number
  startedAt: string
  finishedAt?: string
  durationMs?: number
  /** Link to the definition's files at that commit. */
  filesUrl?: string
}

export interface SyncResult {
  status: SyncStatus
  reason: SyncReason
  /** The last phase reached. */
  phase: Phase
  metadata: SyncMetadata
  diagnostics: Diagnostic[]
  steps: StepOutcome[]
  counts: SyncCounts
  /** One-line explanation for people (banner, status description). */
  summary: string
}
