/**
 * Only what changed: which plan steps a sync must apply. A step is applied
 * when its digest differs from the one the inventory recorded as applied
 * (or it was never applied, or its last apply failed), and so is every step
 * that depends on one that is, because a parent's change can change what
 * its children find. A deploy wave does not count: waves order stacks, they
 * pass nothing on, so a push that edits one file of wave 0 does not re-apply
 * every later wave (a wave barrier, `wave:<n>` in `dependsOn`, is never
 * selected). `--full` applies everything.
 */
import type { AddonStep, Plan, PlanStep } from '../plan/plan-types.js'
import type { Inventory, InventoryStep } from '../state/inventory.js'
import { refKey } from '../cluster/kube-objects.js'

/** Ids of the steps to apply (see the file comment). */
export function selectSteps(
  plan: Plan,
  inventory: Inventory | undefined,
  full: boolean
): Set<string> {
  if (full || !inventory) return new Set(plan.steps.map((s) => s.id))
  const recorded = new Map(inventory.steps.map((s) => [s.id, s]))
  const selected = new Set<string>()
  // plan.steps is topologically sorted, so parents are decided first.
  for (const step of plan.steps) {
    const previous = recorded.get(step.id)
    if (
      previous === undefined ||
      previous.digest !== step.digest ||
      step.dependsOn.some((d) => selected.has(d))
    ) {
      selected.add(step.id)
    }
  }
  return selected
}

/** The inventory record of a plan step: what it owns once applied. */
export function recordOf(
  step: PlanStep,
  order: number,
  digest: string,
  objects: InventoryStep['objects'],
  release?: InventoryStep['release']
): InventoryStep {
  return {
    id: step.id,
    kind: step.kind,
    digest,
    order,
    dependsOn: [...step.dependsOn],
    objects,
    ...(release ? { release } : {})
  }
}

/** The objects a manifest step declares, as inventory references. */
export function plannedRefs(step: PlanStep): InventoryStep['objects'] {
  if (step.kind !== 'manifest') return []
  return step.objects.map((o) => ({
    apiVersion: o.object.apiVersion,
    kind: o.object.kind,
    name: o.object.name,
    ...(o.namespace ? { namespace: o.namespace } : {})
  }))
}

/**
 * The inventory to write before applying: the previous records, plus the
 * objects and releases of the selected steps, recorded as not applied
 * (digest ''). If the run dies half-way, whatever landed is still known (so
 * it can be pruned) and every step it started is applied again next time,
 * whatever that run's inputs: also when they are the ones recorded before
 * (a revert to the commit synced last), since the cluster may hold part of
 * the killed run's version of the step (or a release left pending).
 */
export function registerPlanned(
  plan: Plan,
  previous: Inventory | undefined,
  selected: ReadonlySet<string>
): InventoryStep[] {
  const records = new Map((previous?.steps ?? []).map((s) => [s.id, s]))
  plan.steps.forEach((step, order) => {
    const old = records.get(step.id)
    if (!selected.has(step.id)) {
      // Positions follow the current plan, so prune order stays right.
      if (old)
        records.set(step.id, { ...old, order, dependsOn: [...step.dependsOn] })
      return
    }
    const release = step.kind === 'addon' ? releaseRecord(step, old) : undefined
    records.set(step.id, {
      ...recordOf(
        step,
        order,
        '',
        mergeRefs(old?.objects ?? [], plannedRefs(step)),
        release
      )
    })
    // An add-on moved to another namespace: its old release stays on
    // record until the prune removes it, also when this run dies.
    if (old?.release && !sameRelease(old.release, release))
      setFormerRelease(records, old, old.release)
  })
  return [...records.values()].sort((a, b) => a.order - b.order)
}

type Release = NonNullable<InventoryStep['release']>

/**
 * An add-on step's release record: its name and namespace, and the
 * revision the last sync saw ready while the record names the same
 * release (kept through a run that dies or fails, so the next failed
 * upgrade still rolls back to it).
 */
export function releaseRecord(
  step: AddonStep,
  old: InventoryStep | undefined
): Release {
  const release = { name: step.name, namespace: step.namespace }
  const ready = old?.release?.ready
  return ready !== undefined && sameRelease(old?.release as Release, release)
    ? { ...release, ready }
    : release
}

function sameRelease(a: Release, b: Release | undefined): boolean {
  return b !== undefined && a.name === b.name && a.namespace === b.namespace
}

/**
 * Records `release`, which step `of` installed and no longer names (an
 * add-on moved to another namespace), under a step of its own,
 * `<step id>@<namespace>`: a step record holds one release, the add-on's
 * current one, and the old one must stay known until the prune removes it.
 * The plan has no such step, so the prune treats it as a removed one.
 */
export function setFormerRelease(
  records: Map<string, InventoryStep>,
  of: InventoryStep,
  release: Release
): void {
  const id = `${of.id.replace(/@[^@]*$/, '')}@${release.namespace}`
  records.set(id, {
    id,
    kind: 'addon',
    digest: '',
    order: of.order,
    dependsOn: [],
    objects: [],
    release
  })
}

/** Whether `current` names another release than `release` (the add-on moved). */
export function releaseMoved(
  current: InventoryStep | undefined,
  release: Release | undefined
): boolean {
  return (
    current?.release !== undefined &&
    release !== undefined &&
    !sameRelease(current.release, release)
  )
}

/** `a` followed by the members of `b` not already in it. */
export function mergeRefs(
  a: InventoryStep['objects'],
  b: InventoryStep['objects']
): InventoryStep['objects'] {
  const seen = new Set(a.map(refKey))
  return [...a, ...b.filter((r) => !seen.has(refKey(r)))]
}
