/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied (read in
 * bulk and judged by the fields ClusterSync owns, live-state.ts; those not
 * as applied are confirmed by the client's `diffServerSide`: dry-runs over
 * the API channel, one `kubectl diff --server-side` over processes). Both
 * name objects as kubectl diff does. Only names are reported, never the
 * diff itself (Secret values stay out of the output).
 */
import type { Plan } from '../plan/plan-types.js'
import type { Inventory } from '../state/inventory.js'
import { moveLegacyStepIds } from '../state/inventory-ids.js'
import type { ClusterClient, LiveDiff } from '../cluster/cluster-client.js'
import {
  appliedDocument,
  refOf,
  type KubeJson
} from '../cluster/kube-objects.js'
import { readLiveState } from '../cluster/live-state.js'
import { getErrorMessage, trimOutput } from '../errors.js'

/** What `status` says about drift. */
export interface DriftReport {
  /** Steps whose definition changed since they were last applied. */
  pending: string[]
  /** Live objects that differ from the definition (`Kind.group ns/name` as kubectl names them). */
  drifted: string[]
  /** Set when the diff could not be computed. */
  error?: string
}

/** Compares the live cluster with `plan` for the steps `inventory` says are applied. */
export async function detectDrift(
  plan: Plan,
  read: Inventory,
  kubectl: ClusterClient,
  applySetId: string
): Promise<DriftReport> {
  // Steps recorded under old manifest names are not pending work.
  const inventory = moveLegacyStepIds(read, plan)
  const recorded = new Map(inventory.steps.map((s) => [s.id, s]))
  const pending: string[] = []
  const bodies: KubeJson[] = []
  for (const step of plan.steps) {
    if (recorded.get(step.id)?.digest !== step.digest) {
      pending.push(step.id)
      continue
    }
    if (step.kind !== 'manifest') continue
    for (const o of step.objects) bodies.push(appliedDocument(o, applySetId))
  }
  const removed = inventory.steps
    .filter((s) => !plan.steps.some((p) => p.id === s.id))
    .map((s) => s.id)
  for (const r of removed) pending.push(r)
  if (bodies.length === 0) return { pending, drifted: [] }
  return { pending, ...(await liveDrift(kubectl, bodies)) }
}

/**
 * The objects read in bulk and judged (live-state.ts); only those that are
 * not as ClusterSync applied them are dry-run, so a value the server
 * normalises differently is not reported as drift.
 */
async function liveDrift(
  kubectl: ClusterClient,
  bodies: readonly KubeJson[]
): Promise<LiveDiff> {
  let live
  try {
    live = await readLiveState(kubectl, bodies)
  } catch (error) {
    return { drifted: [], error: trimOutput(getErrorMessage(error), 3) }
  }
  const doubtful = bodies.filter((b) => !live.unchanged(refOf(b)))
  if (doubtful.length === 0) return { drifted: [] }
  return kubectl.diffServerSide(doubtful)
}
