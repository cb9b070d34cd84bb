/**
 * The `prune` step of a sync: decides whether the prune may run (enabled,
 * nothing failed, guard rails satisfied), runs it, and keeps on record
 * whatever was not removed so a later sync can finish the job.
 */
import type { Clock } from '../ports/clock.js'
import type { Logger } from '../ports/logger.js'
import type { Plan } from '../plan/plan-types.js'
import type { StepOutcome } from '../sync/sync-result.js'
import type { HelmClient } from '../cluster/helm.js'
import type { Inventory, InventoryStep } from '../state/inventory.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { subjectOf } from '../cluster/kube-objects.js'
import {
  computePrune,
  pruneGuardViolations,
  pruneNeedsContextNamespace,
  runPrune,
  type PruneGroup
} from './prune.js'
import {
  mergeRefs,
  plannedRefs,
  releaseMoved,
  setFormerRelease
} from './select-steps.js'
import type { PruneOptions } from './engine-options.js'
import { splitByOwner } from './prune-owners.js'
import {
  keepStillNeeded,
  stillNeededNeedsContextNamespace
} from './prune-needed.js'
import { getErrorMessage } from '../errors.js'
import { plural } from '../plural.js'

/**
 * Prunes what `plan` no longer declares, updating `records` in place.
 * Resolves with the prune's outcome, or undefined when nothing is to prune.
 */
export async function pruneStep(
  plan: Plan,
  previous: Inventory | undefined,
  records: Map<string, InventoryStep>,
  anyFailed: boolean,
  clients: { kubectl: ClusterClient; helm: HelmClient },
  clock: Clock,
  logger: Logger,
  options: { prune: PruneOptions; stepTimeoutMs: number; applySetId: string }
): Promise<StepOutcome | undefined> {
  // The context's namespace, asked only when an object is recorded with
  // a namespace and declared without one, or the other way round.
  let context = pruneNeedsContextNamespace(plan, previous)
    ? await clients.kubectl.contextNamespace()
    : undefined
  const computed = computePrune(plan, previous, context)
  if (!previous || computed.length === 0) return undefined
  // Or when a Namespace would go that objects naming none may live in.
  if (context === undefined && stillNeededNeedsContextNamespace(plan, computed))
    context = await clients.kubectl.contextNamespace()
  const started = clock.now().getTime()
  const outcome = (
    status: StepOutcome['status'],
    message: string,
    changes: StepOutcome['changes'] = []
  ): StepOutcome => ({
    step: 'prune',
    status,
    message,
    retries: 0,
    durationMs: clock.now().getTime() - started,
    changes
  })
  // A Namespace or CRD declared objects still need is never deleted, and
  // leaves the record with the step that applied it (prune-needed.ts).
  const { groups: planned, kept } = keepStillNeeded(plan, computed, context)
  const keptNote =
    kept.length > 0
      ? `left in place ${plural(kept.length, 'object')} that declared objects still need: ${kept.map((c) => c.subject).join(', ')}`
      : ''
  if (keptNote) logger.info(`- prune: ${keptNote}`)
  if (planned.length === 0) return outcome('unchanged', keptNote, kept)
  const planWhat = describe(planned)
  if (!options.prune.enabled) {
    keep(records, planned, previous)
    return outcome('skipped', `prune disabled; would remove ${planWhat}`, kept)
  }
  if (anyFailed) {
    keep(records, planned, previous)
    return outcome(
      'skipped',
      `not pruned because steps failed; would remove ${planWhat}`,
      kept
    )
  }
  // An object another definition applied since carries its ApplySet label,
  // one made by someone else carries none: it is no longer ours to delete,
  // nor to keep on record (prune-owners.ts).
  let split
  try {
    split = await splitByOwner(
      planned,
      clients.kubectl,
      options.applySetId,
      plan.steps.flatMap(plannedRefs)
    )
  } catch (error) {
    keep(records, planned, previous)
    const message = `reading the objects to prune failed: ${getErrorMessage(error)}`
    logger.error(`✗ prune: ${message}`)
    return outcome('failed', message, kept)
  }
  const { ours: groups } = split
  const leftInPlace = [...kept, ...split.leftInPlace]
  const owned =
    split.leftInPlace.length > 0
      ? `left in place ${plural(split.leftInPlace.length, 'object')} no longer this definition's (another definition's ApplySet, a Helm release's, or no ApplySet label): ${split.leftInPlace.map((c) => c.subject).join(', ')}`
      : ''
  const left = [keptNote, owned].filter((n) => n !== '').join('; ')
  if (owned) logger.info(`- prune: ${owned}`)
  if (groups.length === 0) return outcome('unchanged', left, leftInPlace)
  const what = describe(groups)
  const violations = pruneGuardViolations(groups, previous, options.prune)
  if (violations.length > 0) {
    keep(records, groups, previous)
    const message = `prune needs --allow-destructive-prune: ${violations.join('; ')}`
    logger.error(`✗ prune: ${message}`)
    return outcome('failed', message, leftInPlace)
  }
  logger.info(`→ prune: ${what}`)
  const run = await runPrune(
    groups,
    clients.kubectl,
    clients.helm,
    options.stepTimeoutMs
  )
  keep(records, run.remaining, previous)
  const changes = [...leftInPlace, ...run.changes]
  if (run.error !== undefined) {
    logger.error(`✗ prune: ${run.error}`)
    return outcome('failed', run.error, changes)
  }
  logger.info(`✓ prune: removed ${run.changes.length}`)
  return outcome(
    'applied',
    `removed ${what}${left ? `; ${left}` : ''}`,
    changes
  )
}

/** Puts groups that were not pruned back on record. */
function keep(
  records: Map<string, InventoryStep>,
  groups: readonly PruneGroup[],
  previous: Inventory
): void {
  for (const group of groups) {
    const objects = [...group.objects].reverse()
    const current = records.get(group.step)
    const old = previous.steps.find((s) => s.id === group.step)
    const base = current ?? old
    if (!base) continue
    // The add-on moved to another namespace: its step records the new
    // release, the old one waits on a record of its own.
    const moved = releaseMoved(current, group.release)
    records.set(group.step, {
      ...base,
      // A removed step has no digest left to compare with.
      digest: current ? current.digest : '',
      objects: mergeRefs(current?.objects ?? [], objects),
      ...(group.release && !moved ? { release: group.release } : {})
    })
    if (moved && group.release) setFormerRelease(records, base, group.release)
  }
}

function describe(groups: readonly PruneGroup[]): string {
  const items = groups.flatMap((g) => [
    ...(g.release ? [`helm:${g.release.namespace}/${g.release.name}`] : []),
    ...g.objects.map(subjectOf)
  ])
  const shown = items.slice(0, 10).join(', ')
  return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown
}
