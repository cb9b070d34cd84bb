/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied (the
 * client's `diffServerSide`: dry-runs and reads over the API channel, one
 * `kubectl diff --server-side` over processes). Both name objects as
 * kubectl diff does. Only names are reported, never the diff itself (Secret
 * values stay out of the output).
 */
import type { Plan } from '../plan/plan-types.js'
import type { Inventory } from '../state/inventory.js'
import { moveLegacyStepIds } from '../state/inventory-ids.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { appliedDocument, type KubeJson } from '../cluster/kube-objects.js'

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
  return { pending, ...(await kubectl.diffServerSide(bodies)) }
}
