/**
 * A sync with nothing to do. Most pushes change nothing in the cluster
 * definition (a re-run of the same commit, a manual "Sync Now"), so a sync
 * first reads the lock and the inventory together and, when the inventory
 * already records this exact plan as synced and nobody holds the lock, ends
 * there: no lock taken, nothing written, one read instead of five calls
 * (probe, lock, read, record, unlock). Anything else (a changed digest, something to prune, a sync running
 * or killed half-way, another commit or branch to record, `--full`) goes
 * the whole way, under the lock, where the inventory is read again.
 *
 * Why skipping the lock is safe: the read saw no sync running and a cluster
 * that already holds this plan, which is what a locked sync would have
 * found had it run at that moment; a sync that starts later is ordered
 * after this one, as the lock would have ordered it.
 */
import type { Plan } from '../plan/plan-types.js'
import type { SyncMetadata } from '../sync/sync-result.js'
import { inventoryOf, inventoryRef, type Inventory } from './inventory.js'
import { refKey, refOf, type KubeJson } from '../cluster/kube-objects.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { leaseRef } from './lock.js'
import { computePrune } from '../engine/prune.js'
import { registerPlanned, selectSteps } from '../engine/select-steps.js'

/** The lease and the inventory, as one read found them. */
export interface ClusterRecord {
  inventory?: Inventory
  lease?: KubeJson
}

/** Reads the lease and the inventory with one `kubectl get` (two requests over the API channel). */
export async function readClusterRecord(
  kubectl: ClusterClient,
  cluster: string
): Promise<ClusterRecord> {
  const lease = leaseRef(cluster)
  const parent = inventoryRef(cluster)
  const found = await kubectl.get([lease, parent])
  const byKey = new Map(found.map((o) => [refKey(refOf(o)), o]))
  const leaseObject = byKey.get(refKey(lease))
  const parentObject = byKey.get(refKey(parent))
  const inventory = parentObject
    ? inventoryOf(parentObject, cluster)
    : undefined
  return {
    ...(leaseObject ? { lease: leaseObject } : {}),
    ...(inventory ? { inventory } : {})
  }
}

/**
 * True when applying `plan` would change nothing, record nothing and find
 * no sync in the way (see the file comment for each condition's reason).
 */
export function isSettled(
  plan: Plan,
  record: ClusterRecord,
  metadata: Pick<SyncMetadata, 'commit' | 'ref'>,
  full: boolean,
  /** This run's inputs digest (unchanged-inputs.ts), when it records one. */
  inputsDigest?: string
): boolean {
  const previous = record.inventory
  if (full || previous === undefined) return false
  // A live holder is syncing now; an expired one died and left work behind.
  if (record.lease !== undefined) return false
  // A sync that started and never recorded its end left work to redo.
  if (previous.lastStarted !== undefined) return false
  if (previous.lastSync?.status !== 'synced') return false
  // Another commit or branch is news the record must hold (status shows it).
  if (previous.lastSynced?.commit !== metadata.commit) return false
  if (previous.lastSync.ref !== metadata.ref) return false
  // Same plan from other bytes (a comment edited, the first run of a build
  // that records inputs): record them, so the next run can skip loading.
  if (inputsDigest !== undefined && previous.inputs?.digest !== inputsDigest)
    return false
  const selected = selectSteps(plan, previous, false)
  if (selected.size > 0) return false
  if (computePrune(plan, previous).length > 0) return false
  // Same digests, but moved in the order or given other parents: the
  // record (prune order) must follow.
  const planned = registerPlanned(plan, previous, selected)
  return JSON.stringify(planned) === JSON.stringify(previous.steps)
}
