/**
 * Step ids recorded under old manifest names. Until raw-object files were
 * named from the definition's folder (raw-manifest-name.ts), a definition
 * below the repository root gave them repository-relative names, and its
 * inventory records their steps as `manifest:<repository path>`. Read with
 * today's plan, those records would look like removed steps and the steps
 * like new ones: the first sync after upgrading would re-apply them. So an
 * inventory read for a plan first has such ids moved to the plan's ids; the
 * next write records them under the new ids, and the move is done.
 */
import type { Plan } from '../plan/types.js'
import type { Inventory } from './inventory.js'

/**
 * `inventory` with every step recorded under a plan step's legacy id moved
 * to that step's id (and `dependsOn` lists following), unless the inventory
 * already records the new id or the plan still has a step with the old one.
 * Returns the inventory itself when nothing moves; undefined stays undefined.
 */
export function moveLegacyStepIds<T extends Inventory | undefined>(
  inventory: T,
  plan: Plan
): T {
  if (inventory === undefined) return inventory
  const moves = legacyMoves(inventory, plan)
  if (moves.size === 0) return inventory
  const rename = (id: string): string => moves.get(id) ?? id
  return {
    ...inventory,
    steps: inventory.steps.map((step) => ({
      ...step,
      id: rename(step.id),
      dependsOn: step.dependsOn.map(rename)
    }))
  }
}

/** Old id → new id, for the ids that move (see moveLegacyStepIds). */
function legacyMoves(inventory: Inventory, plan: Plan): Map<string, string> {
  const recorded = new Set(inventory.steps.map((s) => s.id))
  const planned = new Set(plan.steps.map((s) => s.id))
  const moves = new Map<string, string>()
  for (const step of plan.steps) {
    if (step.kind !== 'manifest' || step.legacyId === undefined) continue
    if (
      recorded.has(step.legacyId) &&
      !recorded.has(step.id) &&
      !planned.has(step.legacyId)
    ) {
      moves.set(step.legacyId, step.id)
    }
  }
  return moves
}

/** How many of `inventory`'s steps moveLegacyStepIds would move. */
export function countLegacyStepIds(
  inventory: Inventory | undefined,
  plan: Plan
): number {
  return inventory === undefined ? 0 : legacyMoves(inventory, plan).size
}
