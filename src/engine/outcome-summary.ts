/**
 * Counting step outcomes and saying in one line how a sync ended: the
 * banner text of the CLI, the commit status description, the history entry.
 */
import { plural } from '../plural.js'
import { managedByHelm, ownedElsewhere, unlabelled } from './prune-owners.js'
import type { PlanStep } from '../plan/plan-types.js'
import type {
  StepOutcome,
  SyncCounts,
  SyncResult
} from '../sync/sync-result.js'

/** The outcome of a step this sync left as it was (a plan step, or one a record kept). */
export function unchangedOutcome(
  step: Pick<PlanStep, 'id'> & { source: { file: string; line: number } }
): StepOutcome {
  return {
    step: step.id,
    status: 'unchanged',
    retries: 0,
    durationMs: 0,
    changes: [],
    file: step.source.file,
    line: step.source.line
  }
}

/**
 * Counts steps by status; `pruned` counts pruned objects and releases. The
 * `prune` pseudo-step counts only when it failed.
 */
export function countOutcomes(steps: readonly StepOutcome[]): SyncCounts {
  const counts: SyncCounts = {
    applied: 0,
    unchanged: 0,
    pruned: 0,
    failed: 0,
    skipped: 0
  }
  for (const step of steps) {
    counts.pruned += step.changes.filter((c) => c.action === 'pruned').length
    if (step.step === 'prune' && step.status !== 'failed') continue
    counts[step.status === 'applied' ? 'applied' : step.status]++
  }
  return counts
}

/** One line for people: counts when synced, the first failure otherwise. */
export function summarize(result: SyncResult, message?: string): string {
  const c = result.counts
  const counts = [
    `${c.applied} applied`,
    `${c.unchanged} unchanged`,
    ...(c.pruned > 0 ? [`${c.pruned} pruned`] : []),
    ...(c.failed > 0 ? [`${c.failed} failed`] : []),
    ...(c.skipped > 0 ? [`${c.skipped} skipped`] : []),
    // Not a count of its own (SyncCounts keeps its shape): prune entries
    // the prune left alone, and why.
    ...leftInPlace(result)
  ].join(', ')
  switch (result.reason) {
    case 'Succeeded':
      return `Synced: ${counts}`
    case 'ValidationFailed': {
      // Configuration outside the definition (the kubeconfig) says why itself.
      if (message) return `Error: ${message}`
      const errors = result.diagnostics.filter((d) => d.severity === 'error')
      return `Error: the definition is invalid (${plural(errors.length, 'error')})`
    }
    case 'PlanFailed':
      return `Error: the definition could not be planned${message ? `: ${message}` : ''}`
    default: {
      const failed = result.steps.find((s) => s.status === 'failed')
      const why =
        message ??
        (failed
          ? `${failed.step}: ${failed.message ?? 'failed'}`
          : result.reason)
      return `Error (${result.reason}): ${why}${result.steps.length > 0 ? ` [${counts}]` : ''}`
    }
  }
}

/**
 * Objects the prune did not delete, counted by why: another definition's
 * ApplySet owns them or they carry no ApplySet label (prune-owners.ts), or
 * declared objects still need them (prune-needed.ts).
 */
function leftInPlace(result: SyncResult): string[] {
  const left = result.steps
    .filter((s) => s.step === 'prune')
    .flatMap((s) => s.changes)
    .filter((c) => c.action === 'unchanged')
  const owned = left.filter((c) => c.message?.includes(ownedElsewhere)).length
  const bare = left.filter((c) => c.message?.includes(unlabelled)).length
  const helm = left.filter((c) => c.message?.includes(managedByHelm)).length
  const needed = left.length - owned - bare - helm
  return [
    ...(owned > 0
      ? [`${owned} left in place (another definition's ApplySet)`]
      : []),
    ...(bare > 0 ? [`${bare} left in place (no ApplySet label)`] : []),
    ...(helm > 0 ? [`${helm} left in place (a Helm release's)`] : []),
    ...(needed > 0
      ? [`${needed} left in place (still needed by declared objects)`]
      : [])
  ]
}
