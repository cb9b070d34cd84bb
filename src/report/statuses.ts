/**
 * The commit status per cluster (context `clustersync/<cluster>`): pending
 * while syncing, then success / failure / error, linking to the run. One
 * context per cluster, so several clusters synced from one commit never
 * overwrite each other's status (the Flux notification-controller #194
 * problem).
 */
import type { Phase, SyncResult } from '../sync/sync-result.js'
import type { CommitState, CommitStatusPayload } from '../ports/github.js'
import { headline } from './status-words.js'
import { cutTo } from './sections.js'

/** GitHub answers 422 to longer descriptions. */
const descriptionLimit = 140

/** The status context of a cluster. */
export function statusContext(cluster: string): string {
  return `clustersync/${cluster}`
}

/** The pending status posted when a phase starts. */
export function pendingStatus(
  cluster: string,
  sha: string,
  phase: Phase,
  targetUrl?: string
): CommitStatusPayload {
  return payload(cluster, sha, 'pending', `Syncing: ${phase}`, targetUrl)
}

/**
 * The final status: success for Synced (and for Not Configured, which like a
 * neutral check run must not block merges), failure when the definition or
 * the apply failed, error when the cluster could not be reached or locked.
 */
export function finalStatus(
  result: SyncResult,
  sha: string,
  targetUrl?: string
): CommitStatusPayload {
  const state: CommitState =
    result.status !== 'error'
      ? 'success'
      : result.reason === 'ClusterUnreachable' ||
          result.reason === 'LockTimeout'
        ? 'error'
        : 'failure'
  const word =
    result.status === 'synced'
      ? 'Synced'
      : result.status === 'error'
        ? 'Error'
        : 'Not Configured'
  return payload(
    result.metadata.cluster,
    sha,
    state,
    `${word}: ${headline(result)}`,
    targetUrl
  )
}

function payload(
  cluster: string,
  sha: string,
  state: CommitState,
  description: string,
  targetUrl?: string
): CommitStatusPayload {
  const short = cutTo(description, descriptionLimit)
  return {
    sha,
    state,
    context: statusContext(cluster),
    description: short,
    ...(targetUrl ? { target_url: targetUrl } : {})
  }
}
