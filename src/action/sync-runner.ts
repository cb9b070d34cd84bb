/**
 * The Action's bridge to the sync (prepareSync and applyPrepared in
 * src/sync/, the same the CLI's `sync` runs): builds its options from the
 * inputs, applies the plan it prepared and hands that plan back for the
 * check run, and turns the sync's progress lines into phase updates for the
 * check run and the commit status.
 */
import { bundledRegistryLookup } from '../catalog/bundled-lookup.js'
import type { Inputs } from '../inputs.js'
import { addonPaceFor, type MachineCapacity } from '../engine/addon-pace.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import type { ClusterConnection } from '../cluster/connection.js'
import type { FileSystem } from '../ports/fs.js'
import type { Logger } from '../ports/logger.js'
import type { Phase } from '../sync/sync-result.js'
import { prepareSync } from '../sync/prepare.js'
import { applyPrepared } from '../sync/run-sync.js'
import type { SyncOptions } from '../sync/sync-options.js'
import { eitherSignal } from '../run-signals.js'
import { notConfigured, type SyncRunner } from './modes.js'
import {
  defaultHealthOptions,
  defaultHelmConfig,
  defaultKubectlConfig,
  defaultLockOptions,
  pruneOptionsWith,
  type PruneOptions
} from '../engine/engine-options.js'

export interface SyncRunnerOptions {
  inputs: Readonly<Inputs>
  fullReconcile: boolean
  kubeconfigPath?: string
  /** Who holds the cluster lock: repository and run, shown to a waiting run. */
  lockIdentity: string
  fs: FileSystem
  exec: Exec
  /** The run's connection to the cluster (main.ts opens it once). */
  connection?: ClusterConnection
  /** Identifies the running code (sync/run-sync.ts `build`); main.ts gives the bundle's digest. */
  build?: string
  clock: Clock
  logger: Logger
  /** The runner's cores and free memory (main.ts reads them): the add-on pace. */
  machine?: MachineCapacity
  /** The runner's cancellation of the job (action/cancellation.ts). */
  cancellation?: { stop: AbortSignal; interrupt: AbortSignal }
}

/**
 * The sync's prune settings from the inputs; the pull-request plan and the
 * drift check preview with the same (main.ts), so they list what it deletes.
 */
export function pruneOptionsOf(inputs: Readonly<Inputs>): PruneOptions {
  return pruneOptionsWith(inputs.prune, inputs.allowDestructivePrune)
}

/**
 * What the steps in flight at the timeout get to finish before they are
 * interrupted, as a cancelled job's steps get their grace (cancellation.ts).
 */
export const timeoutGraceMs = 3_000

/**
 * When calls still unanswered after the timeout are abandoned: after the
 * grace, room for the end to be recorded in the cluster, the lock released
 * and the check run completed (a few calls).
 */
export const timeoutAbandonMs = 8_000

/**
 * How the `timeout` input ends a sync, as the runner's cancellation does:
 * at the timeout no more steps start and a wait for the lock ends (`say`
 * tells the log); `timeoutGraceMs` later the steps in flight are
 * interrupted (helm stopped, health waits ended saying what they waited
 * for), so the end is recorded and the lock released. Only a run still
 * going `timeoutAbandonMs` after the timeout is aborted outright.
 */
export function runBounds(
  timeoutMs: number,
  cancellation?: { stop: AbortSignal; interrupt: AbortSignal },
  say?: (line: string) => void
): Pick<SyncOptions, 'signal' | 'stop' | 'interrupt'> {
  const timedOut = AbortSignal.timeout(timeoutMs)
  timedOut.addEventListener(
    'abort',
    () =>
      say?.(
        `ClusterSync: the run reached its timeout (the timeout input: ${timeoutMs / 1000} s): starting no more steps; the steps in flight get ${timeoutGraceMs / 1000}s to finish`
      ),
    { once: true }
  )
  const stop = eitherSignal(cancellation?.stop, timedOut)
  const interrupt = eitherSignal(
    cancellation?.interrupt,
    AbortSignal.timeout(timeoutMs + timeoutGraceMs)
  )
  return {
    signal: AbortSignal.timeout(timeoutMs + timeoutAbandonMs),
    ...(stop ? { stop } : {}),
    ...(interrupt ? { interrupt } : {})
  }
}

/** The sync runner used by main.ts. */
export function syncRunner(options: SyncRunnerOptions): SyncRunner {
  return async (request) => {
    const { metadata } = request
    const { inputs } = options
    const cluster = {
      ...(options.kubeconfigPath ? { kubeconfig: options.kubeconfigPath } : {}),
      ...(inputs.context ? { context: inputs.context } : {})
    }
    // Whole milliseconds: a timer refuses a fraction (1001ms read as seconds).
    const timeoutMs = Math.round(inputs.timeoutSeconds * 1000)
    const pending: Promise<void>[] = []
    const logger = phaseLogger(options.logger, (phase, detail) => {
      pending.push(request.onPhase(phase, detail))
    })
    const sync: SyncOptions = {
      fs: options.fs,
      exec: options.exec,
      ...(options.connection ? { connection: options.connection } : {}),
      ...(options.build ? { build: options.build } : {}),
      clock: options.clock,
      logger,
      root: request.root,
      file: request.definition,
      ...(request.trigger.branch ? { ref: request.trigger.branch } : {}),
      commit: request.trigger.sha,
      registries: bundledRegistryLookup,
      source: metadata.source,
      ...(metadata.triggeredBy ? { triggeredBy: metadata.triggeredBy } : {}),
      ...(metadata.filesUrl ? { filesUrl: metadata.filesUrl } : {}),
      kubectl: {
        ...defaultKubectlConfig(),
        binary: inputs.kubectl,
        ...cluster
      },
      helm: {
        ...defaultHelmConfig(),
        binary: inputs.helm,
        ...cluster,
        credentials: inputs.registryCredentials
      },
      variables: inputs.variables,
      chartMirrors: inputs.chartMirrors,
      sopsIdentities: inputs.sopsAgeKeys,
      full: options.fullReconcile,
      concurrency: inputs.concurrency,
      ...(options.machine
        ? { addonPace: addonPaceFor(options.machine, inputs.concurrencyCap) }
        : {}),
      prune: pruneOptionsOf(inputs),
      stepTimeoutMs: timeoutMs,
      healthIntervalMs: defaultHealthOptions().intervalMs,
      lock: defaultLockOptions(options.lockIdentity),
      ...runBounds(timeoutMs, options.cancellation, (line) =>
        options.logger.warning(line)
      )
    }
    const prepared = await prepareSync(sync)
    const { found } = prepared
    const plan = found.kind === 'planned' ? found.plan : undefined
    // Without credentials the definition is still validated and planned (its
    // errors are worth reporting), but nothing can be applied. A kubeconfig
    // that did not decode comes as a refused connection, reported as such.
    const credentials =
      options.kubeconfigPath !== undefined || options.connection !== undefined
    const result =
      !credentials && found.kind !== 'invalid'
        ? notConfigured(
            { ...metadata, cluster: prepared.metadata.cluster },
            'no credentials: set the kubeconfig input from a secret'
          )
        : await applyPrepared(prepared, sync)
    await Promise.all(pending)
    return { result, ...(plan ? { plan } : {}) }
  }
}

const phases: readonly Phase[] = [
  'Fetching',
  'Validating',
  'Applying',
  'Completed'
]

/**
 * A logger that also reports phases: the engine announces each phase with
 * a line starting with its name (`Applying: 4 steps…`). Phases only move
 * forward, since the Action has already reported Validating.
 */
export function phaseLogger(
  logger: Logger,
  onPhase: (phase: Phase, detail?: string) => void,
  reportedAlready: Phase = 'Validating'
): Logger {
  let reached = phases.indexOf(reportedAlready)
  // Each method delegated by name, not spread: a Logger may be a class
  // instance, whose methods live on its prototype and would be left behind.
  return {
    debug: (message) => logger.debug(message),
    warning: (message) => logger.warning(message),
    error: (message) => logger.error(message),
    group: (title, fn) => logger.group(title, fn),
    mask: (secret) => logger.mask(secret),
    info: (message) => {
      const at = phases.findIndex(
        (p) => message === p || message.startsWith(`${p}:`)
      )
      if (at > reached) {
        reached = at
        const phase = phases[at] as Phase
        onPhase(phase, message.slice(phase.length + 1).trim() || undefined)
      }
      logger.info(message)
    }
  }
}
