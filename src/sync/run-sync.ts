/**
 * The sync: Fetching → Validating → Applying → Completed, as Ankra shows it.
 * `prepareSync` (prepare.ts) loads, validates and plans once; `applyPrepared`
 * takes that same value to the cluster: the lock, what changed, what was
 * dropped, the inventory. User errors and failed steps are results, not
 * throws (STYLE.md §5.3).
 */
import { plural } from '../plural.js'
import type { Diagnostic } from '../diagnostics.js'
import type {
  Phase,
  SyncReason,
  SyncResult,
  StepOutcome
} from './sync-result.js'
import {
  countOutcomes,
  summarize,
  unchangedOutcome
} from '../engine/outcome-summary.js'
import { prepareSync, type PreparedSync } from './prepare.js'
import type { SyncOptions } from './sync-options.js'

/** Runs one sync and resolves with its result; never rejects. */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  return applyPrepared(await prepareSync(options), options)
}

/** Applying and Completed, for a prepared sync; never rejects. */
export async function applyPrepared(
  prepared: PreparedSync,
  options: SyncOptions
): Promise<SyncResult> {
  const { logger, clock } = options
  const { found, started } = prepared
  const metadata = { ...prepared.metadata }
  const finish = (
    phase: Phase,
    reason: SyncReason,
    diagnostics: Diagnostic[],
    steps: StepOutcome[] = [],
    message?: string,
    // Retries the cluster side made outside its steps (its first read).
    clusterRetries = 0
  ): SyncResult => {
    const finished = clock.now()
    metadata.finishedAt = finished.toISOString()
    metadata.durationMs = finished.getTime() - started.getTime()
    metadata.retryCount =
      clusterRetries + steps.reduce((n, s) => n + s.retries, 0)
    const result: SyncResult = {
      status: reason === 'Succeeded' ? 'synced' : 'error',
      reason,
      phase,
      metadata,
      diagnostics,
      steps,
      counts: countOutcomes(steps),
      summary: ''
    }
    result.summary = summarize(result, message)
    return result
  }

  if (found.kind === 'invalid') {
    return finish('Validating', found.reason, found.diagnostics)
  }
  if (found.kind === 'unchanged') {
    const { inputs } = found
    const paths = Object.keys(inputs.reads).length
    const are =
      paths === 1
        ? 'is as the last synced run read it'
        : 'are as the last synced run read them'
    logger.info(
      `Nothing to apply: the ${plural(paths, 'path')} this definition reads ${are}, at the same commit and branch, and no sync is running; validation skipped, no lock taken, nothing written; live objects and add-on releases not compared (sync --full corrects drift)`
    )
    const result = finish(
      'Completed',
      'Succeeded',
      inputs.diagnostics,
      inputs.steps.map(({ id, file, line }) =>
        unchangedOutcome({ id, source: { file, line } })
      )
    )
    logger.info(`Completed: ${result.summary}`)
    return result
  }

  const { plan, diagnostics, run } = found
  // A kubeconfig that cannot name the cluster (a --context it lacks) is
  // configuration to fix, as an invalid definition is: it fails here,
  // before anything is applied, and is never retried or read as a failed apply.
  const refused = await options.connection?.refusal
  if (refused) {
    return finish(
      'Validating',
      'ValidationFailed',
      diagnostics,
      [],
      refused.message
    )
  }
  logger.info(
    `Applying: ${plural(plan.steps.length, 'step')} to cluster ${plan.cluster}`
  )
  // Loaded on first use: a sync with nothing to do never compiles the engine.
  const { applyToCluster } = await import('./apply-to-cluster.js')
  const applied = await applyToCluster(
    plan,
    {
      ...options,
      ...(options.connection ? { kubeApi: options.connection.opener } : {})
    },
    metadata,
    run
  )
  if (applied.reason !== 'Succeeded') {
    return finish(
      'Applying',
      applied.reason,
      diagnostics,
      applied.steps,
      applied.message,
      applied.retries
    )
  }
  const result = finish(
    'Completed',
    'Succeeded',
    diagnostics,
    applied.steps,
    undefined,
    applied.retries
  )
  logger.info(`Completed: ${result.summary}`)
  return result
}
