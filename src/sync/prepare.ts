/**
 * The first half of a sync, Fetching and Validating, as one value: what the
 * repository holds and what it means for the cluster, before anything in
 * the cluster is locked or written. The Action renders that value in its
 * check run and the sync applies the same value (run-sync.ts), so the plan
 * shown is the plan applied.
 *
 * First the lock and inventory are read; if they show the files are what
 * the last synced run read, nothing is loaded at all (the unchanged-files
 * check, state/unchanged-inputs.ts). The check is given a moment alone (it
 * is I/O, and loading competes for the one thread), then loading starts
 * anyway and the check may still stop it.
 */
import type { Diagnostic } from '../diagnostics.js'
import { InputJournal } from '../definition/input-journal.js'
import type { Plan } from '../plan/plan-types.js'
import type { InputsRecord } from '../state/inventory.js'
import { maxInputsBytes } from '../state/unchanged-inputs.js'
import type { ClusterRun } from './apply-to-cluster.js'
import type { SyncOptions } from './sync-options.js'
import type { SyncMetadata, SyncReason } from './sync-result.js'
import { inputsKey, inputsRecord, RunningCheck } from './unchanged-check.js'
import { validateAndPlan, type Validated } from './validate-and-plan.js'

/** What preparing found; see the file comment. */
export type Preparation =
  /** The files are as the last synced run read them: its steps stand. */
  | { kind: 'unchanged'; cluster: string; inputs: InputsRecord }
  /** The definition or its plan has errors; nothing may be applied. */
  | {
      kind: 'invalid'
      reason: Extract<SyncReason, 'ValidationFailed' | 'PlanFailed'>
      diagnostics: Diagnostic[]
    }
  /** The plan to apply, and what the cluster side may reuse. */
  | { kind: 'planned'; plan: Plan; diagnostics: Diagnostic[]; run: ClusterRun }

/** A prepared sync: when it started, what it records, what it found. */
export interface PreparedSync {
  started: Date
  metadata: SyncMetadata
  found: Preparation
}

/** Fetching and Validating; never rejects. */
export async function prepareSync(options: SyncOptions): Promise<PreparedSync> {
  const { logger, clock } = options
  const started = clock.now()
  const metadata = syncMetadata(options, started)
  const prepared = (found: Preparation): PreparedSync => {
    if (found.kind === 'unchanged') metadata.cluster = found.cluster
    if (found.kind === 'planned') metadata.cluster = found.plan.cluster
    return { started, metadata, found }
  }
  logger.info(
    `Fetching: ${options.file}${options.commit ? ` at ${options.commit.slice(0, 12)}` : ''}`
  )
  logger.info('Validating')
  const key = inputsKey(options)
  const check = new RunningCheck(options, key)
  await check.headStart(clock)
  const early = check.current.unchanged
  if (early) return prepared({ kind: 'unchanged', ...early })

  const journal = key ? new InputJournal(options.root) : undefined
  const validated = validateAndPlan(
    journal ? journal.wrap(check.loadingFs(options.fs)) : options.fs,
    options
  )
  // A late check still ends the load when it finds nothing changed;
  // otherwise the validated plan decides, and a failed one is reported at
  // once, without waiting for the cluster.
  const outcome = await Promise.race([
    validated,
    check.answer.then(async (answer): Promise<Validated | 'unchanged'> =>
      answer.unchanged ? 'unchanged' : await validated
    )
  ])
  const late = check.current.unchanged
  if (outcome === 'unchanged' && late) {
    await validated // stopped at its next read
    return prepared({ kind: 'unchanged', ...late })
  }
  const validPlan = await validated
  if ('failed' in validPlan) {
    return prepared({
      kind: 'invalid',
      reason: validPlan.failed,
      diagnostics: validPlan.diagnostics
    })
  }
  // The check's read serves as the cluster side's first read.
  await check.answer
  const { plan, diagnostics } = validPlan
  const { first } = check.current
  const run: ClusterRun = {
    ...(first ? { first } : {}),
    ...(journal && key && !validPlan.catalogUsed
      ? { inputs: await inputsRecord(journal, key, plan, diagnostics) }
      : {})
  }
  if (run.inputs && JSON.stringify(run.inputs).length > maxInputsBytes)
    delete run.inputs
  return prepared({ kind: 'planned', plan, diagnostics, run })
}

/** What the run records about itself; the cluster is filled in once known. */
function syncMetadata(options: SyncOptions, started: Date): SyncMetadata {
  return {
    cluster: '',
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.ref ? { ref: options.ref } : {}),
    source: options.source,
    ...(options.triggeredBy ? { triggeredBy: options.triggeredBy } : {}),
    retryCount: 0,
    startedAt: started.toISOString(),
    ...(options.filesUrl ? { filesUrl: options.filesUrl } : {})
  }
}
