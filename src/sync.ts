/**
 * The sync: Fetching → Validating → Applying → Completed, as Ankra shows it.
 * `runSync` loads and validates the definition, plans it, takes the cluster
 * lock, applies what changed, prunes what was dropped, records the run in
 * the inventory and returns the SyncResult. User errors and failed steps are
 * results, not throws (STYLE.md §5.3).
 */
import { createHash } from 'node:crypto'
import { hasErrors, type Diagnostic } from './diagnostics.js'
import { getErrorMessage } from './errors.js'
import type { ChartMirror } from './definition/chart-mirrors.js'
import { InputJournal } from './definition/input-journal.js'
import { readDefinitionName } from './definition/definition-name.js'
import type { Plan } from './plan/types.js'
import type { Clock } from './ports/clock.js'
import type { Exec } from './ports/exec.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiUnavailable
} from './ports/kube-api.js'
import type { FileSystem } from './ports/fs.js'
import type { Logger } from './ports/logger.js'
import type {
  Phase,
  SyncMetadata,
  SyncReason,
  SyncResult,
  SyncSource
} from './sync-result.js'
import type { RegistrySource } from './validate/validate.js'
import type { ClusterOptions, ClusterRun } from './apply/sync-cluster.js'
import { countOutcomes, summarize } from './apply/outcome-summary.js'
import type { InputsRecord } from './apply/inventory.js'
import {
  checkUnchanged,
  maxInputsBytes,
  type UnchangedCheck
} from './apply/unchanged-inputs.js'

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
   * a later run of the same bytes skips validating (unchanged-inputs.ts).
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
      channel ? { ...options, kubeApi: channel.opener } : options
    )
  } finally {
    await channel?.close()
  }
}

/** A channel being opened now, handed out once, closed once. */
function openEarly(
  opener: KubeApiOpener,
  kubectl: SyncOptions['kubectl']
): { opener: KubeApiOpener; close: () => Promise<void> } {
  const opening = opener
    .open({
      kubectl: kubectl.binary,
      ...(kubectl.kubeconfig ? { kubeconfig: kubectl.kubeconfig } : {}),
      ...(kubectl.context ? { context: kubectl.context } : {})
    })
    .catch((error: unknown): KubeApiUnavailable => ({
      unavailable: getErrorMessage(error)
    }))
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    const opened = await opening
    if (isOpen(opened)) await opened.close()
  }
  return {
    opener: {
      open: async () => {
        const opened = await opening
        return isOpen(opened)
          ? { request: (r) => opened.request(r), close }
          : opened
      }
    },
    close
  }
}

async function phases(options: SyncOptions): Promise<SyncResult> {
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
    metadata.retryCount = steps.reduce((n, s) => n + s.retries, 0)
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
  const unchanged = startUnchangedCheck(options, key)
    .catch((): UnchangedCheck => ({}))
    .then((answer) => {
      check = answer
      if (answer.unchanged) stopLoading.abort()
      return answer
    })
  const waited = new AbortController()
  await Promise.race([unchanged, clock.sleep(checkHeadStartMs, waited.signal)])
  waited.abort()
  const unchangedResult = (inputs: InputsRecord): SyncResult => {
    metadata.cluster = check.first?.cluster ?? ''
    logger.info(
      `Nothing to apply: the ${Object.keys(inputs.reads).length} paths this definition reads are as the last synced run read them, at the same commit and branch, and no sync is running; validation skipped, no lock taken, nothing written`
    )
    const result = finish(
      'Completed',
      'Succeeded',
      inputs.diagnostics,
      inputs.steps.map((s) => ({
        step: s.id,
        status: 'unchanged',
        retries: 0,
        durationMs: 0,
        changes: [],
        file: s.file,
        line: s.line
      }))
    )
    logger.info(`Completed: ${result.summary}`)
    return result
  }
  if (check.unchanged) return unchangedResult(check.unchanged)

  const journal = key ? new InputJournal(options.root) : undefined
  const catalogUsed = { value: false }
  const validated = validateAndPlan(
    journal
      ? journal.wrap(stoppable(options.fs, stopLoading.signal))
      : options.fs,
    options,
    catalogUsed
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
    ...(journal && key && !catalogUsed.value
      ? { inputs: await inputsRecord(journal, key, plan, diagnostics) }
      : {})
  }
  if (run.inputs && JSON.stringify(run.inputs).length > maxInputsBytes)
    delete run.inputs

  logger.info(`Applying: ${plan.steps.length} steps to cluster ${plan.cluster}`)
  const { applyToCluster } = await import('./apply/sync-cluster.js')
  const applied = await applyToCluster(plan, options, options, metadata, run)
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

/**
 * How long loading waits for the unchanged check before it starts anyway:
 * over a direct connection the check ends within ~0.05 s, through kubectl
 * proxy ~0.1 s; a slow cluster must not hold validation up for long.
 */
const checkHeadStartMs = 150

/** The validated plan and its diagnostics, or why there is none. */
type Validated =
  | { plan: Plan; diagnostics: Diagnostic[] }
  | {
      failed: Extract<SyncReason, 'ValidationFailed' | 'PlanFailed'>
      diagnostics: Diagnostic[]
    }

/** Loads, validates and plans; never rejects. */
async function validateAndPlan(
  fs: SyncOptions['fs'],
  options: SyncOptions,
  catalogUsed: { value: boolean }
): Promise<Validated> {
  const registries = options.registries
  try {
    // Loaded on first use: a sync of unchanged files never needs them, and
    // they are most of ClusterSync's code (see unchanged-inputs.ts).
    // One after the other: Jest's ESM loader fails on concurrent imports
    // that share a module (the bundle does not care).
    const { checkDefinition } = await import('./validate/validate.js')
    const { buildPlan } = await import('./plan/build-plan.js')
    const { applyChartMirrors } = await import('./definition/chart-mirrors.js')
    const checked = await checkDefinition({
      fs,
      root: options.root,
      file: options.file,
      ...(options.ref ? { ref: options.ref } : {}),
      mode: 'sync',
      // The bundled catalog is not among the recorded inputs: a run that
      // consults it records none (it is then validated every time).
      ...(typeof registries === 'function'
        ? {
            registries: () => {
              catalogUsed.value = true
              return registries()
            }
          }
        : registries
          ? { registries: noteUse(registries, catalogUsed) }
          : {})
    })
    if (!checked.definition) {
      return { failed: 'ValidationFailed', diagnostics: checked.diagnostics }
    }
    const plan = buildPlan(
      applyChartMirrors(checked.definition, options.chartMirrors ?? [])
    )
    const diagnostics = [...checked.diagnostics, ...plan.diagnostics]
    if (hasErrors(plan.diagnostics))
      return { failed: 'PlanFailed', diagnostics }
    return { plan, diagnostics }
  } catch (error) {
    return {
      failed: 'PlanFailed',
      diagnostics: [
        {
          severity: 'error',
          code: 'plan-failed',
          message: getErrorMessage(error)
        }
      ]
    }
  }
}

/** A lookup given as data: whether the run used it is unknown, so count it as used. */
function noteUse<T>(lookup: T, catalogUsed: { value: boolean }): T {
  catalogUsed.value = true
  return lookup
}

/**
 * What decides the plan besides the repository's bytes: the code, the
 * definition's path, the branch (wrong-branch check) and chart mirrors.
 * Undefined when the caller gave no code identity (nothing is recorded).
 */
function inputsKey(options: SyncOptions): string | undefined {
  if (!options.build) return undefined
  return createHash('sha256')
    .update(
      JSON.stringify([
        'clustersync-inputs/1',
        options.build,
        options.file,
        options.ref ?? null,
        options.chartMirrors ?? []
      ])
    )
    .digest('hex')
}

/**
 * Reads the lock and inventory over the API channel while validation runs
 * (unchanged-inputs.ts); resolves `{}` when there is no channel, no key,
 * `--full`, or no cluster name to look under.
 */
async function startUnchangedCheck(
  options: SyncOptions,
  key: string | undefined
): Promise<UnchangedCheck> {
  if (!options.kubeApi || key === undefined || options.full) return {}
  const cluster = await readDefinitionName(
    options.fs,
    options.root,
    options.file
  )
  if (cluster === undefined) return {}
  const opened = await options.kubeApi.open({
    kubectl: options.kubectl.binary,
    ...(options.kubectl.kubeconfig
      ? { kubeconfig: options.kubectl.kubeconfig }
      : {}),
    ...(options.kubectl.context ? { context: options.kubectl.context } : {})
  })
  if (!isOpen(opened)) return {}
  return checkUnchanged({
    transport: opened,
    fs: options.fs,
    root: options.root,
    cluster,
    key,
    metadata: {
      ...(options.commit ? { commit: options.commit } : {}),
      ...(options.ref ? { ref: options.ref } : {})
    }
  })
}

/** This run's record of what it read (see apply/inventory.ts InputsRecord). */
async function inputsRecord(
  journal: InputJournal,
  key: string,
  plan: Plan,
  diagnostics: Diagnostic[]
): Promise<InputsRecord> {
  return {
    digest: await journal.digest(key),
    reads: journal.reads(),
    diagnostics,
    steps: plan.steps.map((step) => ({
      id: step.id,
      file: step.source.file,
      line: step.source.line
    }))
  }
}

/**
 * `fs` until `signal` fires; after it, every call (and every answer still
 * on its way) is refused, so a load no longer needed ends at its next read.
 */
function stoppable(
  fs: SyncOptions['fs'],
  signal: AbortSignal
): SyncOptions['fs'] {
  const guard = <T>(call: () => Promise<T>): Promise<T> => {
    if (signal.aborted) return Promise.reject(stopped())
    return call().then((value) => {
      if (signal.aborted) throw stopped()
      return value
    })
  }
  return {
    readFile: (path) => guard(() => fs.readFile(path)),
    stat: (path) => guard(() => fs.stat(path)),
    readdir: (path) => guard(() => fs.readdir(path)),
    realpath: (path) => guard(() => fs.realpath(path))
  }
}

function stopped(): Error {
  return Object.assign(new Error('loading stopped: nothing changed'), {
    code: 'ABORT_ERR'
  })
}
