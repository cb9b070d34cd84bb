/**
 * What the cluster's inventory says may hold secrets: the objects of the
 * manifest steps and the releases of the add-on steps whose inputs held
 * secrets when last synced (plan/step-secrets.ts). Recorded by every sync
 * (markSecretSteps), so a preview judges the live side by what was applied,
 * not by the definition under review, which a pull request writes.
 */
import { refKey } from '../cluster/kube-objects.js'
import type { Plan } from '../plan/plan-types.js'
import { stepHoldsSecrets } from '../plan/step-secrets.js'
import type { Inventory, InventoryStep } from './inventory.js'

/** Whether an object (by refKey) or a release may hold secrets. */
export interface HeldSecrets {
  object(key: string): boolean
  release(namespace: string, name: string): boolean
}

/** Nothing recorded as holding secrets (no inventory to ask). */
export const noneHeld: HeldSecrets = {
  object: () => false,
  release: () => false
}

/** Everything may hold secrets: there is no inventory to ask. */
export const allHeld: HeldSecrets = {
  object: () => true,
  release: () => true
}

/**
 * The inventory's secret-holding objects and releases. An inventory written
 * before steps were marked says nothing either way, so all of its steps
 * count until a sync marks them. Without an inventory (a cluster this
 * definition never synced, or a pull request that renames the definition,
 * which names the inventory) nothing is known about what the cluster
 * holds, so everything counts.
 */
export function heldSecrets(inventory: Inventory | undefined): HeldSecrets {
  if (inventory === undefined) return allHeld
  const holding = inventory.steps.filter(
    (s) => s.secrets === true || inventory.secretsRecorded !== true
  )
  const objects = new Set(holding.flatMap((s) => s.objects.map(refKey)))
  const releases = new Set(
    holding.flatMap((s) =>
      s.release ? [`${s.release.namespace}/${s.release.name}`] : []
    )
  )
  return {
    object: (key) => objects.has(key),
    release: (namespace, name) => releases.has(`${namespace}/${name}`)
  }
}

/**
 * Whether the live `object` may hold secrets: recorded as a held object, or
 * rendered by a held release (Helm's ownership annotations name it). The
 * add-on's record lists no objects, and a pull request may declare one of
 * them in a manifest of its own.
 */
export function holdsSecretsLive(
  held: HeldSecrets,
  key: string,
  live: Record<string, unknown>
): boolean {
  if (held.object(key)) return true
  const metadata = live.metadata
  const annotations =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>).annotations
      : undefined
  if (typeof annotations !== 'object' || annotations === null) return false
  const a = annotations as Record<string, unknown>
  const name = a['meta.helm.sh/release-name']
  const namespace = a['meta.helm.sh/release-namespace']
  return (
    typeof name === 'string' &&
    typeof namespace === 'string' &&
    held.release(namespace, name)
  )
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
