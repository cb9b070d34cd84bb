/**
 * The sync: Fetching → Validating → Applying → Completed, as Ankra shows it.
 * `runSync` loads and validates the definition, plans it, takes the cluster
 * lock, applies what changed, prunes what was dropped, records the run in
 * the inventory and returns the SyncResult. User errors and failed steps are
 * results, not throws (STYLE.md §5.3).
 */
import { hasErrors, type Diagnostic } from './diagnostics.js'
import { getErrorMessage } from './errors.js'
import { buildPlan } from './plan/build-plan.js'
import {
  applyChartMirrors,
  type ChartMirror
} from './definition/chart-mirrors.js'
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
import { checkDefinition, type RegistrySource } from './validate/validate.js'
import { applyToCluster, type ClusterOptions } from './apply/sync-cluster.js'
import { countOutcomes, summarize } from './apply/outcome-summary.js'

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
  let plan: Plan
  let diagnostics: Diagnostic[]
  try {
    const checked = await checkDefinition({
      fs: options.fs,
      root: options.root,
      file: options.file,
      ...(options.ref ? { ref: options.ref } : {}),
      mode: 'sync',
      ...(options.registries ? { registries: options.registries } : {})
    })
    diagnostics = checked.diagnostics
    if (!checked.definition) {
      return finish('Validating', 'ValidationFailed', diagnostics)
    }
    metadata.cluster = checked.definition.name
    plan = buildPlan(
      applyChartMirrors(checked.definition, options.chartMirrors ?? [])
    )
    diagnostics = [...diagnostics, ...plan.diagnostics]
    if (hasErrors(plan.diagnostics)) {
      return finish('Validating', 'PlanFailed', diagnostics)
    }
  } catch (error) {
    return finish('Validating', 'PlanFailed', [
      {
        severity: 'error',
        code: 'plan-failed',
        message: getErrorMessage(error)
      }
    ])
  }

  logger.info(`Applying: ${plan.steps.length} steps to cluster ${plan.cluster}`)
  const applied = await applyToCluster(plan, options, options, metadata)
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
