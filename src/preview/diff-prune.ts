/**
 * Prune preview: what a sync would delete, from the inventory the apply
 * layer keeps in the cluster (`inventory.ts`) and the same `computePrune`
 * the sync runs, so the plan and the sync can never disagree about it.
 */
import type { Plan } from '../plan/plan-types.js'
import type {
  ChangePreview,
  PrunePreview,
  StepPreview
} from '../plan/preview.js'
import { applySetId, type Inventory } from '../state/inventory.js'
import { refKey, subjectOf, type ObjectRef } from '../cluster/kube-objects.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import {
  leftInPlaceNote,
  releaseKey,
  releaseLeftNote,
  splitByOwner
} from '../engine/prune-owners.js'
import { plannedRefs } from '../engine/select-steps.js'
import {
  computePrune,
  keptNote,
  pruneGuardViolations,
  pruneNeedsContextNamespace,
  type PruneGroup
} from '../engine/prune.js'
import {
  keepStillNeeded,
  stillNeededNeedsContextNamespace
} from '../engine/prune-needed.js'
import {
  defaultPruneOptions,
  type PruneOptions
} from '../engine/engine-options.js'

/**
 * Turns the prune a sync would run into preview entries: one `pruned` entry
 * per object or release, grouped by the step that applied it (releases
 * first, as the prune removes them first). Pure: from the inventory alone;
 * `previewPruneLive` adds what the live ApplySet labels change. `prune` is
 * the sync's settings (`--no-prune`, `--allow-destructive-prune`), so the
 * plan shows what that sync would do.
 */
export function previewPrune(
  plan: Plan,
  inventory: Inventory | undefined,
  prune: PruneOptions = defaultPruneOptions()
): PrunePreview {
  if (!inventory) return { steps: [], blocked: [] }
  return pruneEntries(plan, inventory, computePrune(plan, inventory), prune)
}

/**
 * What a plan says of an object or release a sync with pruning off leaves
 * in place (its prune step is skipped, prune-step.ts).
 */
export const pruningOffNote =
  'left in place: pruning is off (the prune input, or --no-prune); a sync with pruning on would consider it for deletion'

/** `previewPrune` of the groups computePrune gave. */
function pruneEntries(
  plan: Plan,
  inventory: Inventory,
  computed: readonly PruneGroup[],
  prune: PruneOptions,
  live: {
    owners?: ReadonlyMap<string, string>
    contextNamespace?: string
    releaseOwners?: ReadonlyMap<string, string>
    releaseKeeps?: ReadonlyMap<string, ObjectRef[]>
  } = {}
): PrunePreview {
  const {
    owners = new Map<string, string>(),
    contextNamespace,
    releaseOwners = new Map<string, string>(),
    releaseKeeps = new Map<string, ObjectRef[]>()
  } = live
  // As the sync: what declared objects still need is left in place.
  const { groups, reasons } = keepStillNeeded(plan, computed, contextNamespace)
  const releaseOwner = (g: PruneGroup) =>
    g.release && releaseOwners.get(releaseKey(g.release))
  const steps = computed.map((group): StepPreview => {
    const note = `was applied by ${group.step}`
    const changes: ChangePreview[] = []
    if (group.release) {
      const { name, namespace } = group.release
      const owner = releaseOwner(group)
      const keep = releaseKeeps.get(releaseKey(group.release))
      changes.push(
        owner
          ? {
              subject: `helm:${namespace}/${name}`,
              action: 'unchanged',
              message: `${releaseLeftNote(owner)} (${note})`
            }
          : {
              subject: `helm:${namespace}/${name}`,
              action: 'pruned',
              message: keep ? `${note}; ${keptNote(keep)}` : note
            }
      )
    }
    for (const o of group.objects) {
      const owner = owners.get(refKey(o))
      const needed = reasons.get(refKey(o))
      const why =
        needed ?? (owner === undefined ? undefined : leftInPlaceNote(owner))
      changes.push(
        why === undefined
          ? { subject: subjectOf(o), action: 'pruned', message: note }
          : {
              subject: subjectOf(o),
              action: 'unchanged',
              message: `${why} (${note})`
            }
      )
    }
    return {
      step: group.step,
      ...(group.stepRemoved ? { removed: true } : {}),
      changes
    }
  })
  // The guard judges only what the sync would delete, as the sync does.
  const deleting = groups
    .map((g) => {
      const kept = {
        ...g,
        objects: g.objects.filter((o) => !owners.has(refKey(o)))
      }
      if (releaseOwner(g)) delete kept.release
      return kept
    })
    .filter((g) => g.objects.length > 0 || g.release)
  if (!prune.enabled) {
    return { steps: steps.map(leftByPruningOff), blocked: [] }
  }
  return {
    steps,
    blocked: pruneGuardViolations(deleting, inventory, prune)
  }
}

/** A step's entries as a sync with pruning off leaves them: in place. */
function leftByPruningOff(step: StepPreview): StepPreview {
  return {
    ...step,
    changes: step.changes.map((c) =>
      c.action === 'pruned'
        ? {
            ...c,
            action: 'unchanged',
            message: `${pruningOffNote} (${c.message})`
          }
        : c
    )
  }
}

/**
 * `previewPrune` with the live ApplySet labels read as the sync's prune
 * reads them (prune-owners.ts): an object another definition's ApplySet
 * owns shows as left in place, not pruned. When the labels cannot be read,
 * the preview is the inventory's alone, as before.
 */
export async function previewPruneLive(
  plan: Plan,
  inventory: Inventory | undefined,
  kubectl: ClusterClient,
  prune: PruneOptions = defaultPruneOptions()
): Promise<PrunePreview> {
  // Pruning off: the sync reads no labels either (prune-step.ts).
  if (!inventory || !prune.enabled) return previewPrune(plan, inventory, prune)
  let computed = computePrune(plan, inventory)
  let context: string | undefined
  try {
    // As the sync's prune step asks for it (prune-step.ts).
    if (pruneNeedsContextNamespace(plan, inventory)) {
      context = await kubectl.contextNamespace()
      computed = computePrune(plan, inventory, context)
    }
    if (
      context === undefined &&
      stillNeededNeedsContextNamespace(plan, computed)
    )
      context = await kubectl.contextNamespace()
    const { owners, releaseOwners, releaseKeeps } = await splitByOwner(
      keepStillNeeded(plan, computed, context).groups,
      kubectl,
      applySetId(plan.cluster),
      plan.steps.flatMap(plannedRefs)
    )
    return pruneEntries(plan, inventory, computed, prune, {
      owners,
      ...(context !== undefined ? { contextNamespace: context } : {}),
      releaseOwners,
      releaseKeeps
    })
  } catch {
    return pruneEntries(plan, inventory, computed, prune, {
      ...(context !== undefined ? { contextNamespace: context } : {})
    })
  }
}
