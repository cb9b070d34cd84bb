/**
 * The sync: Fetching → Validating → Applying → Completed, as Ankra shows it.
 * `runSync` loads and validates the definition, plans it, takes the cluster
 * lock, applies what changed, prunes what was dropped, records the run in
 * the inventory and returns the SyncResult. User errors and failed steps are
 * results, not throws (STYLE.md §5.3).
 */
import { plural } from '../plural.js'
import type { Diagnostic } from '../diagnostics.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { ChartMirror } from '../definition/chart-mirrors.js'
import { InputJournal } from '../definition/input-journal.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiUnavailable
} from '../ports/kube-api.js'
import type { FileSystem } from '../ports/fs.js'
import type { Logger } from '../ports/logger.js'
import type {
  Phase,
  SyncMetadata,
  SyncReason,
  SyncResult,
  SyncSource
} from './sync-result.js'
import type { RegistrySource } from '../validate/check-definition.js'
import type { ClusterOptions, ClusterRun } from './apply-to-cluster.js'
import {
  checkHeadStartMs,
  inputsKey,
  inputsRecord,
  startUnchangedCheck,
  stoppable
} from './unchanged-check.js'
import { validateAndPlan, type Validated } from './validate-and-plan.js'
import {
  countOutcomes,
  summarize,
  unchangedOutcome
} from '../engine/outcome-summary.js'
import {
  maxInputsBytes,
  type UnchangedCheck
} from '../state/unchanged-inputs.js'

/** Everything a sync is told; the CLI and the Action build it. */
export interface SyncOptions extends ClusterOptions {
  fs: FileSystem
  exec: Exec
  clock: Clock
  logger: Logger
  /** Repository root and the definition's path relative to it. */
  root: string
  file: string
  /** The branch synced (wrong-branch check) and the commit (history). */
  ref?: string
  commit?: string
  /** The registry catalog, or a loader called only when an add-on uses `registry_name`. */
  registries?: RegistrySource
  source: SyncSource
  triggeredBy?: string
  filesUrl?: string
  /** Fetch charts from these mirrors instead of the URLs written (see chart-mirrors.ts). */
  chartMirrors?: readonly ChartMirror[]
  /** Opens the API channel the sync applies over (see ports/kube-api.ts). */
  kubeApi?: KubeApiOpener
  /**
   * Identifies the code that validates and plans (a digest of the running
   * bundle and its schema). With it, a Synced run records what it read and
   * a later run of the same bytes skips validating (state/unchanged-inputs.ts).
   */
  build?: string
}

/** Runs one sync and resolves with its result; never rejects. */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  // kubectl starts its API channel while the definition is validated (the
  // two share nothing); a sync that stops before applying closes it unused.
  const channel = options.kubeApi
    ? openEarly(options.kubeApi, options.kubectl)
    : undefined
  try {
    return await phases(
      channel ? { ...options, kubeApi: channel.opener } : options,
      channel?.refusal
    )
  } finally {
    await channel?.close()
  }
}

/**
 * A channel being opened now, handed out once, closed once. The CLI opens
 * it before asking git for the commit; runSync opens it (again: the same
 * channel) before validating.
 */
export function openEarly(
  opener: KubeApiOpener,
  kubectl: SyncOptions['kubectl']
): {
  opener: KubeApiOpener
  close: () => Promise<void>
  /** The kubeconfig's refusal (a context it lacks), once the open has settled. */
  refusal: Promise<ConfigurationError | undefined>
} {
  const opening = opener
    .open({
      kubectl: kubectl.binary,
      ...(kubectl.kubeconfig ? { kubeconfig: kubectl.kubeconfig } : {}),
      ...(kubectl.context ? { context: kubectl.context } : {})
    })
    .catch((error: unknown): KubeApiUnavailable | ConfigurationError =>
      // A kubeconfig kubectl would refuse too is the user's to fix: kept,
      // and thrown to whoever asks for the channel.
      error instanceof ConfigurationError
        ? error
        : { unavailable: getErrorMessage(error) }
    )
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    const opened = await opening
    if (!(opened instanceof ConfigurationError) && isOpen(opened))
      await opened.close()
  }
  return {
    opener: {
      open: async () => {
        const opened = await opening
        if (opened instanceof ConfigurationError) throw opened
        return isOpen(opened)
          ? { request: (r) => opened.request(r), close }
          : opened
      }
    },
    close,
    refusal: opening.then((opened) =>
      opened instanceof ConfigurationError ? opened : undefined
    )
  }
}

async function phases(
  options: SyncOptions,
  refusal?: Promise<ConfigurationError | undefined>
): Promise<SyncResult> {
  const { logger, clock } = options
  const started = clock.now()
  const metadata: SyncMetadata = {
    cluster: '',
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.ref ? { ref: options.ref } : {}),
    source: options.source,
    ...(options.triggeredBy ? { triggeredBy: options.triggeredBy } : {}),
    retryCount: 0,
    startedAt: started.toISOString(),
    ...(options.filesUrl ? { filesUrl: options.filesUrl } : {})
  }
  // Retries the cluster side made outside its steps (its first read).
  let clusterRetries = 0
  const finish = (
    phase: Phase,
    reason: SyncReason,
    diagnostics: Diagnostic[],
    steps: SyncResult['steps'] = [],
    message?: string
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

  logger.info(
    `Fetching: ${options.file}${options.commit ? ` at ${options.commit.slice(0, 12)}` : ''}`
  )
  logger.info('Validating')
  // First the lock and inventory are read; if they show the files are what
  // the last synced run read, nothing is loaded at all. The check is given
  // a moment alone (it is I/O, and loading competes for the one thread),
  // then loading starts anyway and the check may still stop it.
  const key = inputsKey(options)
  const stopLoading = new AbortController()
  let check: UnchangedCheck = {}
  let checked = false
  const unchanged = startUnchangedCheck(options, key)
    .catch((): UnchangedCheck => ({}))
    .then((answer) => {
      check = answer
      checked = true
      if (answer.unchanged) stopLoading.abort()
      return answer
    })
  const waited = new AbortController()
  await Promise.race([unchanged, clock.sleep(checkHeadStartMs, waited.signal)])
  waited.abort()
  const unchangedResult = ({
    cluster,
    inputs
  }: NonNullable<UnchangedCheck['unchanged']>): SyncResult => {
    metadata.cluster = cluster
    const paths = Object.keys(inputs.reads).length
    const are =
      paths === 1
        ? 'is as the last synced run read it'
        : 'are as the last synced run read them'
    logger.info(
      `Nothing to apply: the ${plural(paths, 'path')} this definition reads ${are}, at the same commit and branch, and no sync is running; validation skipped, no lock taken, nothing written`
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
  if (check.unchanged) return unchangedResult(check.unchanged)

  const journal = key ? new InputJournal(options.root) : undefined
  const validated = validateAndPlan(
    journal
      ? journal.wrap(stoppable(options.fs, stopLoading.signal, () => !checked))
      : options.fs,
    options
  )
  // A late check still ends the load when it finds nothing changed;
  // otherwise the validated plan decides, and a failed one is reported at
  // once, without waiting for the cluster.
  const outcome = await Promise.race([
    validated,
    unchanged.then(async (answer): Promise<Validated | 'unchanged'> =>
      answer.unchanged ? 'unchanged' : await validated
    )
  ])
  if (outcome === 'unchanged' && check.unchanged) {
    await validated // stopped at its next read
    return unchangedResult(check.unchanged)
  }
  const validPlan = await validated
  if ('failed' in validPlan) {
    return finish('Validating', validPlan.failed, validPlan.diagnostics)
  }
  // The check's read serves as the cluster side's first read.
  await unchanged
  const { plan, diagnostics } = validPlan
  metadata.cluster = plan.cluster
  const run: ClusterRun = {
    ...(check.first ? { first: check.first } : {}),
    ...(journal && key && !validPlan.catalogUsed
      ? { inputs: await inputsRecord(journal, key, plan, diagnostics) }
      : {})
  }
  if (run.inputs && JSON.stringify(run.inputs).length > maxInputsBytes)
    delete run.inputs

  // A kubeconfig that cannot name the cluster (a --context it lacks) is
  // configuration to fix, as an invalid definition is: it fails here,
  // before anything is applied, and is never retried or read as a failed apply.
  const refused = await refusal
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
  const { applyToCluster } = await import('./apply-to-cluster.js')
  const applied = await applyToCluster(plan, options, options, metadata, run)
  clusterRetries = applied.retries
  if (applied.reason !== 'Succeeded') {
    return finish(
      'Applying',
      applied.reason,
      diagnostics,
      applied.steps,
      applied.message
    )
  }
  const result = finish('Completed', 'Succeeded', diagnostics, applied.steps)
  logger.info(`Completed: ${result.summary}`)
  return result
}
