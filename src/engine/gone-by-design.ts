/**
 * Objects whose absence is by design: a Job that removes itself once done
 * (removesItself, live-state.ts), in a manifest step applied as it is now.
 * `sync --full` does not create it again (that would run a migration
 * again) and the live plan (the drift check) does not list it; both take
 * the list from here, from the plan and the record's step digests.
 * `status` asks removesItself of the decrypted bodies it compares, which
 * are only those of steps applied as they are now.
 */
import { removesItself } from '../cluster/live-state.js'
import { appliedDocument, refKey, refOf } from '../cluster/kube-objects.js'
import type { ManifestStep, Plan } from '../plan/plan-types.js'
import type { Inventory } from '../state/inventory.js'

/** The refKeys of such objects in the plan's steps the record has as applied. */
export function goneByDesign(
  plan: Plan,
  record: Inventory | undefined,
  applySetId: string
): Set<string> {
  const applied = new Map((record?.steps ?? []).map((s) => [s.id, s.digest]))
  return new Set(
    plan.steps
      .filter(
        (s): s is ManifestStep =>
          s.kind === 'manifest' && applied.get(s.id) === s.digest
      )
      .flatMap((s) => s.objects.map((o) => appliedDocument(o, applySetId)))
      .filter(removesItself)
      .map((d) => refKey(refOf(d)))
  )
}
