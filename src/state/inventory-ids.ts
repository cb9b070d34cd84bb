/**
 * Step ids recorded under old manifest names. Until raw-object files were
 * named from the definition's folder (raw-manifest-name.ts), a definition
 * below the repository root gave them repository-relative names, and its
 * inventory records their steps as `manifest:<repository path>`. Read with
 * today's plan, those records would look like removed steps and the steps
 * like new ones: the first sync after upgrading would re-apply them. So an
 * inventory read for a plan first has such ids moved to the plan's ids; the
 * next write records them under the new ids and marks the inventory as
 * using them (Inventory.manifestNames), and the move is done.
 */
import type { Plan } from '../plan/plan-types.js'
import { folderManifestNames, type Inventory } from './inventory.js'

/**
 * `inventory` with every step recorded under a plan step's legacy id moved
 * to that step's id (and `dependsOn` lists following), marked as using the
 * new names. The moves are one mapping applied at once: an old id can be
 * another step's new id (clusters/prod/shared/defaults.yaml is now named
 * `shared/defaults`, the old name of the root's shared/defaults.yaml), and
 * the two records then swap. An inventory already marked is returned
 * itself; undefined stays undefined.
 */
export function moveLegacyStepIds<T extends Inventory | undefined>(
  inventory: T,
  plan: Plan
): T {
  if (inventory === undefined || inventory.manifestNames !== undefined)
    return inventory
  const moves = legacyMoves(inventory, plan)
  const rename = (id: string): string => moves.get(id) ?? id
  return {
    ...inventory,
    manifestNames: folderManifestNames,
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
  const moves = new Map<string, string>()
  for (const step of plan.steps) {
    if (step.kind !== 'manifest' || step.legacyId === undefined) continue
    if (recorded.has(step.legacyId)) moves.set(step.legacyId, step.id)
  }
  // A new id that the inventory already records for a step that does not
  // move away (one removed from the definition, whose name this step now
  // has) would be recorded twice; such a move is not made, as before whole
  // moves, and leaving one id in place can make another clash: repeat.
  let clash = true
  while (clash) {
    clash = false
    for (const [from, to] of moves) {
      if (recorded.has(to) && !moves.has(to)) {
        moves.delete(from)
        clash = true
      }
    }
  }
  return moves
}
