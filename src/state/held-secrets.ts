/**
 * What the cluster's inventory says may hold secrets: the objects of the
 * manifest steps and the releases of the add-on steps whose inputs held
 * secrets when last synced (plan/step-secrets.ts). Recorded by every sync
 * (markSecretSteps), so a preview judges the live side by what was applied,
 * not by the definition under review, which a pull request writes.
 */
import {
  applySetOf,
  helmReleaseOf,
  isHelmHook,
  refKey,
  refOf,
  type KubeJson
} from '../cluster/kube-objects.js'
import type { Plan } from '../plan/plan-types.js'
import { stepHoldsSecrets } from '../plan/step-secrets.js'
import { applySetId, type Inventory, type InventoryStep } from './inventory.js'

/** Whether an object (by refKey) or a release may hold secrets. */
export interface HeldSecrets {
  object(key: string): boolean
  release(namespace: string, name: string): boolean
  /**
   * Whether an object labelled part of ApplySet `id` is on this record:
   * one another definition applied is judged by that definition's record,
   * which this one cannot vouch for.
   */
  ownsApplySet(id: string): boolean
  /** Whether the record lists the object (by refKey) at all. */
  recorded(key: string): boolean
}

/** Nothing recorded as holding secrets (no inventory to ask). */
export const noneHeld: HeldSecrets = {
  object: () => false,
  release: () => false,
  ownsApplySet: () => true,
  recorded: () => true
}

/** Everything may hold secrets: there is no inventory to ask. */
export const allHeld: HeldSecrets = {
  object: () => true,
  release: () => true,
  ownsApplySet: () => false,
  recorded: () => false
}

/**
 * The inventory's secret-holding objects and releases. An inventory written
 * before steps were marked says nothing either way, so all of its steps
 * count until a sync marks them. Without an inventory (a cluster this
 * definition never synced, or a pull request that renames the definition,
 * which names the inventory) nothing is known about what the cluster
 * holds, so everything counts. The record vouches only for what it lists:
 * a release it does not name (another definition's, or one installed by
 * hand, which a pull request can declare as an add-on) counts as holding.
 */
export function heldSecrets(inventory: Inventory | undefined): HeldSecrets {
  if (inventory === undefined) return allHeld
  const holding = inventory.steps.filter(
    (s) => s.secrets === true || inventory.secretsRecorded !== true
  )
  const objects = new Set(holding.flatMap((s) => s.objects.map(refKey)))
  const releaseKey = (r: { namespace: string; name: string }) =>
    `${r.namespace}/${r.name}`
  const releases = new Set(
    holding.flatMap((s) => (s.release ? [releaseKey(s.release)] : []))
  )
  const recorded = new Set(
    inventory.steps.flatMap((s) => (s.release ? [releaseKey(s.release)] : []))
  )
  const own = applySetId(inventory.cluster)
  const listed = new Set(inventory.steps.flatMap((s) => s.objects.map(refKey)))
  return {
    recorded: (key) => listed.has(key),
    object: (key) => objects.has(key),
    release: (namespace, name) => {
      const key = releaseKey({ namespace, name })
      return releases.has(key) || !recorded.has(key)
    },
    ownsApplySet: (id) => id === own
  }
}

/**
 * Whether the live `object` may hold secrets, by what it is on the cluster
 * (its own identity and labels), not only by how the definition under
 * review names it, which a pull request writes:
 * - recorded as a held object, under the declared key or its live one (a
 *   cluster-scoped object declared with a namespace has another key);
 * - not on the record at all (made by hand or by another tool: the record
 *   vouches only for what it lists);
 * - applied by another definition (its ApplySet label names another
 *   record, whose marks this one does not have);
 * - a Helm hook (hooks carry no release annotation, so no record names
 *   them);
 * - rendered by a held release, or one this record does not name (Helm's
 *   ownership annotations name it). The add-on's record lists no objects,
 *   and a pull request may declare one of them in a manifest of its own.
 */
export function holdsSecretsLive(
  held: HeldSecrets,
  key: string,
  live: KubeJson
): boolean {
  const liveKey = refKey(refOf(live))
  if (held.object(key) || held.object(liveKey)) return true
  // Not on the record at all: made by hand or by another tool, and a pull
  // request may declare it to see what it holds.
  if (!held.recorded(key) && !held.recorded(liveKey)) return true
  const partOf = applySetOf(live)
  if (partOf !== undefined && !held.ownsApplySet(partOf)) return true
  if (isHelmHook(live)) return true
  const release = helmReleaseOf(live)
  return release !== undefined && held.release(release.namespace, release.name)
}

/**
 * The records to write, each marked `secrets` when its live objects or
 * release may hold a secret: its step's inputs hold one now, or, unless the
 * record was applied with the plan's current inputs (same digest), it held
 * one before (an unmarked previous inventory counts as holding).
 */
export function markSecretSteps(
  steps: readonly InventoryStep[],
  plan: Plan,
  previous: Inventory | undefined
): InventoryStep[] {
  const planned = new Map(plan.steps.map((s) => [s.id, s]))
  const before = new Map((previous?.steps ?? []).map((s) => [s.id, s]))
  return steps.map((record) => {
    const step = planned.get(record.id)
    const old = before.get(record.id)
    const heldBefore =
      old !== undefined &&
      (old.secrets === true || previous?.secretsRecorded !== true)
    const current = step !== undefined && record.digest === step.digest
    const secrets =
      (step !== undefined && stepHoldsSecrets(step)) || (!current && heldBefore)
    const marked: InventoryStep = { ...record }
    delete marked.secrets
    return secrets ? { ...marked, secrets: true } : marked
  })
}
