/**
 * What a scheduled drift check that found drift says on the commit: its
 * check run concludes `failure` when `fail-on-drift` is set, else
 * `neutral`, titled "Drift: N objects in M steps" — never "Not
 * Configured", whose neutral run has its own title, so the two never read
 * alike. The commit status follows (failure, or success naming the drift).
 * A check with no drift, and every other run, keeps its usual report.
 */
import type { PlanPreview } from '../plan/preview.js'
import { plural } from '../plural.js'
import type { CheckRunPayload, CommitStatusPayload } from '../ports/github.js'

/** How much differs: objects to create, change or prune, and the steps they are in. */
export interface DriftCount {
  objects: number
  steps: number
  /**
   * Objects the sync would fail on or that could not be compared: not
   * drift, but the check cannot vouch for them (it fails).
   */
  failed?: number
}

/** Counts what a comparison found (objects that could not be compared are failures, not drift). */
export function countDrift(preview: PlanPreview): DriftCount {
  const drifted = (action: string): boolean =>
    action === 'created' || action === 'configured' || action === 'pruned'
  let objects = 0
  let steps = 0
  let failed = 0
  for (const step of preview.steps) {
    const n = step.changes.filter((c) => drifted(c.action)).length
    failed += step.changes.filter((c) => c.action === 'failed').length
    objects += n
    if (n > 0) steps++
  }
  return { objects, steps, ...(failed > 0 ? { failed } : {}) }
}

/** "Drift: 3 objects in 2 steps", and what could not be compared. */
export function driftTitle(drift: DriftCount): string {
  const failed = drift.failed
    ? `; ${plural(drift.failed, 'object')} would fail to apply or could not be compared`
    : ''
  return `Drift: ${plural(drift.objects, 'object')} in ${plural(drift.steps, 'step')}${failed}`
}

/** The check run's completing requests with the drift verdict in place. */
export function driftCheckRun(
  requests: CheckRunPayload[],
  drift: DriftCount,
  failOnDrift: boolean
): CheckRunPayload[] {
  const fails = failOnDrift || (drift.failed ?? 0) > 0
  return requests.map((request) => ({
    ...request,
    ...(request.conclusion
      ? { conclusion: fails ? 'failure' : 'neutral' }
      : {}),
    ...(request.output
      ? { output: { ...request.output, title: driftTitle(drift) } }
      : {})
  }))
}

/** The commit status with the drift verdict in place. */
export function driftStatus(
  status: CommitStatusPayload,
  drift: DriftCount,
  failOnDrift: boolean
): CommitStatusPayload {
  return {
    ...status,
    state: failOnDrift || (drift.failed ?? 0) > 0 ? 'failure' : status.state,
    description: driftTitle(drift)
  }
}
