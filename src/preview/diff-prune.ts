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
import type { Inventory } from '../state/inventory.js'
import { subjectOf } from '../cluster/kube-objects.js'
import { computePrune, pruneGuardViolations } from '../engine/prune.js'
import { defaultPruneOptions } from '../engine/engine-options.js'

/**
 * Turns the prune a sync would run into preview entries: one `pruned` entry
 * per object or release, grouped by the step that applied it (releases
 * first, as the prune removes them first). Pure.
 */
export function previewPrune(
  plan: Plan,
  inventory: Inventory | undefined
): PrunePreview {
  if (!inventory) return { steps: [], blocked: [] }
  const groups = computePrune(plan, inventory)
  const steps = groups.map((group): StepPreview => {
    const note = `was applied by ${group.step}`
    const changes: ChangePreview[] = []
    if (group.release) {
      const { name, namespace } = group.release
      changes.push({
        subject: `helm:${namespace}/${name}`,
        action: 'pruned',
        message: note
      })
    }
    for (const o of group.objects) {
      changes.push({ subject: subjectOf(o), action: 'pruned', message: note })
    }
    return {
      step: group.step,
      ...(group.stepRemoved ? { removed: true } : {}),
      changes
    }
  })
  return {
    steps,
    blocked: pruneGuardViolations(groups, inventory, defaultPruneOptions())
  }
}
