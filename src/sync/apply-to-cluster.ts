/**
 * The cluster side of a sync: read the lock and the inventory (which also
 * checks the cluster answers) and stop there when nothing is to do
 * (state/settled.ts); otherwise take the lock, read the inventory again, record
 * what is about to be applied, apply the plan, record the outcome, release
 * the lock. Always resolves; failures become a
 * reason and a message.
 */
import { markSecretSteps } from '../state/held-secrets.js'
import {
  ConfigurationError,
  getErrorMessage,
  ToolError,
  trimOutput
} from '../errors.js'
import type { Plan } from '../plan/plan-types.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import type { KubeApiOpener } from '../ports/kube-api.js'
import type { Logger } from '../ports/logger.js'
import type { FileSystem } from '../ports/fs.js'
import type { StepOutcome, SyncMetadata, SyncReason } from './sync-result.js'
import { applyPlan } from '../engine/apply-plan.js'
import { releaseDriftReader } from '../engine/addon-drift-step.js'
import {
  openClusterClient,
  type ClusterSession
} from '../cluster/open-client.js'
import { HelmClient } from '../cluster/helm.js'
import {
  applySetId,
  emptyInventory,
  readInventory,
  writeInventory,
  type InputsRecord,
  type Inventory
} from '../state/inventory.js'
import { moveLegacyStepIds } from '../state/inventory-ids.js'
import { InventoryTooLargeError } from '../state/inventory-encoding.js'
import { plural } from '../plural.js'
import { eitherSignal, stopReason } from '../run-signals.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { acquireLock, LockTimeoutError, type HeldLock } from '../state/lock.js'
import { isUnreachable, retryAnnouncer } from '../cluster/retry.js'
import { registerPlanned, selectSteps } from '../engine/select-steps.js'
import { unchangedOutcome } from '../engine/outcome-summary.js'
import {
  isSettled,
  readClusterRecord,
  type ClusterRecord
} from '../state/settled.js'
import type {
  HelmConfig,
  KubectlConfig,
  LockOptions,
  PruneOptions
} from '../engine/engine-options.js'
import type { AddonPaceOptions } from '../engine/addon-pace.js'
import type { KeySourceProblem } from '../sops/key-source-problem.js'

/** How to reach the cluster and how to apply; the CLI and Action fill it. */
export interface ClusterOptions {
  kubectl: KubectlConfig
  helm: HelmConfig
  full: boolean
  concurrency: number
  /** How many add-on steps run at once (engine/addon-pace.ts); default: `concurrency`. */
  addonPace?: AddonPaceOptions
  prune: PruneOptions
  stepTimeoutMs: number
  healthIntervalMs: number
  lock: LockOptions
  /** Aborts the run outright: steps not started are skipped, calls in flight stopped. */
  signal?: AbortSignal
  /**
   * Stops the run gracefully (the CLI's SIGTERM): steps not started are
   * skipped, the ones in flight finish, the end is recorded, the lock released.
   */
  stop?: AbortSignal
  /**
   * Ends the steps in flight (the Action's cancelled job, once their grace
   * is over): helm processes are stopped and health waits end, each such
   * step fails saying so; the end is still recorded and the lock released.
   */
  interrupt?: AbortSignal
  /** Age identities that decrypt SOPS-encrypted files at apply time. */
  sopsIdentities?: readonly string[]
  /**
   * Key sources that gave no key (the CLI's cli/sops-keys.ts): validation
   * names them at an encrypted file, a step no key opens says them too.
   */
  sopsKeyProblems?: readonly KeySourceProblem[]
}

/** The ports and the repository root. */
export interface ClusterPorts {
  exec: Exec
  clock: Clock
  logger: Logger
  root: string
  /** Reads charts before they are installed (addon-wait.ts). */
  fs?: FileSystem
  /**
   * Opens the API channel reads and applies go over (ports/kube-api.ts); without
   * one, or when it cannot open, every call is its own kubectl process.
   */
  kubeApi?: KubeApiOpener
}

/** What the sync knows before the cluster side starts (state/unchanged-inputs.ts). */
export interface ClusterRun {
  /** The lock and inventory as read while validating, used as the first read. */
  first?: { cluster: string; record: ClusterRecord }
  /** What this run read from the repository, recorded when it ends Synced. */
  inputs?: InputsRecord
}

/** What the cluster side ended with. */
export interface ClusterOutcome {
  reason: SyncReason
  steps: StepOutcome[]
  message?: string
  /** Retries outside any step (the first read, the lock, the inventory). */
  retries: number
}

/** The ports and the settings, in one value (SyncOptions is one). */
export type ClusterSettings = ClusterPorts & ClusterOptions

/** Applies `plan` to the cluster; see the file comment. */
export async function applyToCluster(
  plan: Plan,
  settings: ClusterSettings,
  metadata: SyncMetadata,
  run: ClusterRun = {}
): Promise<ClusterOutcome> {
  const ports: ClusterPorts = settings
  const options: ClusterOptions = settings
  // Steps count their own retries; this counts the rest, and says each one
  // as it is scheduled (a cluster that is away costs half a minute).
  const announcer = retryAnnouncer(
    (line) => ports.logger.warning(line),
    ports.clock
  )
  const onRetry = announcer.listener
  let session: ClusterSession
  try {
    session = await openClusterClient(ports, options.kubectl, {
      concurrency: options.concurrency,
      onRetry,
      ...(options.signal ? { signal: options.signal } : {})
    })
  } catch (error) {
    // The kubeconfig names a context it does not have, or a file that is
    // not there: nothing was tried, and nothing to retry. runSync finds
    // this before applying (run-sync.ts); a caller without a connection, here.
    if (!(error instanceof ConfigurationError)) throw error
    return {
      reason: 'ValidationFailed',
      steps: [],
      message: error.message,
      retries: announcer.count()
    }
  }
  if (session.unavailable !== undefined) {
    ports.logger.warning(
      `kubectl proxy could not start (${session.unavailable}); running one kubectl process per call instead (slower, same result)`
    )
  }
  const kubectl = session.client
  const helmSignal = eitherSignal(options.signal, options.interrupt)
  const helm = new HelmClient(ports.exec, ports.clock, {
    ...options.helm,
    ...(helmSignal ? { signal: helmSignal } : {})
  })
  try {
    const outcome = await syncWith(
      plan,
      ports,
      options,
      metadata,
      { kubectl, helm },
      run
    )
    return { ...outcome, retries: announcer.count() }
  } finally {
    // The run's registry logins (helm-logins.ts) end with it.
    helm.close()
    await session.close()
  }
}

/**
 * The inventory at a run's end: its steps, and its end (`lastSync`) in
 * place of its start marker (and a killed run's). A Synced end records
 * `lastSynced` and what the run read (`inputs`); any other keeps the
 * previous `lastSynced`.
 */
function endRecord(
  base: Inventory,
  steps: Inventory['steps'],
  metadata: SyncMetadata,
  finishedAt: string,
  end: {
    reason: SyncReason
    message?: string
    inputs?: InputsRecord
    /** The run's masking (Logger.redact), for the message. */
    redact?: (text: string) => string
  }
): Inventory {
  const record: Inventory = { ...base }
  // The record is read by whoever can read ConfigMaps in the cluster (and
  // printed by `status`): a server's refusal may quote a decrypted value or
  // a secret variable, hidden here as in the run's output.
  const message =
    end.message && end.redact ? end.redact(end.message) : end.message
  delete record.lastStarted
  const synced = end.reason === 'Succeeded'
  return {
    ...record,
    steps,
    lastSync: {
      status: synced ? 'synced' : 'error',
      reason: end.reason,
      ...(message ? { message } : {}),
      ...(metadata.commit ? { commit: metadata.commit } : {}),
      ...(metadata.ref ? { ref: metadata.ref } : {}),
      source: metadata.source,
      ...(metadata.triggeredBy ? { triggeredBy: metadata.triggeredBy } : {}),
      startedAt: metadata.startedAt,
      finishedAt
    },
    ...(synced
      ? {
          lastSynced: {
            ...(metadata.commit ? { commit: metadata.commit } : {}),
            finishedAt
          }
        }
      : base.lastSynced
        ? { lastSynced: base.lastSynced }
        : {}),
    ...(synced && end.inputs ? { inputs: end.inputs } : {})
  }
}

function withoutInputs(inventory: Inventory): Inventory {
  const rest = { ...inventory }
  delete rest.inputs
  return rest
}

async function syncWith(
  plan: Plan,
  ports: ClusterPorts,
  options: ClusterOptions,
  metadata: SyncMetadata,
  { kubectl, helm }: { kubectl: ClusterClient; helm: HelmClient },
  run: ClusterRun
): Promise<Omit<ClusterOutcome, 'retries'>> {
  const { clock, logger } = ports
  // The first read doubles as the reachability check (kubectl retries it
  // while the cluster is away) and may show there is nothing to do; one
  // made while validating serves (its retries come here).
  let record: ClusterRecord
  try {
    record =
      run.first?.cluster === plan.cluster
        ? run.first.record
        : await readClusterRecord(kubectl, plan.cluster)
  } catch (error) {
    const message = getErrorMessage(error)
    if (!isUnreachable({ stderr: message }))
      return { reason: 'ApplyFailed', steps: [], message }
    const why = error instanceof ToolError ? error.stderr : message
    return {
      reason: 'ClusterUnreachable',
      steps: [],
      message: `cannot reach the cluster: ${trimOutput(why, 3)}`
    }
  }
  record = { ...record, inventory: moveLegacyStepIds(record.inventory, plan) }
  if (isSettled(plan, record, metadata, options.full, run.inputs?.digest)) {
    logger.info(
      'Nothing to apply: the inventory records this plan as synced; no lock taken, nothing written; live objects and add-on releases not compared (sync --full corrects drift)'
    )
    return { reason: 'Succeeded', steps: plan.steps.map(unchangedOutcome) }
  }
  let lock: HeldLock
  try {
    lock = await acquireLock(
      kubectl,
      plan.cluster,
      clock,
      logger,
      options.lock,
      eitherSignal(options.signal, options.stop)
    )
  } catch (error) {
    return {
      reason: error instanceof LockTimeoutError ? 'LockTimeout' : 'ApplyFailed',
      steps: [],
      message: getErrorMessage(error)
    }
  }
  let steps: StepOutcome[] = []
  try {
    // Read again under the lock: a sync may have ended since the first read.
    const read = await readInventory(kubectl, plan.cluster)
    const previous = moveLegacyStepIds(read, plan)
    // The move keeps each step in its place, so the moved ones are found by index.
    const moved =
      read?.steps.filter((step, i) => step.id !== previous?.steps[i]?.id)
        .length ?? 0
    if (moved > 0) {
      logger.info(
        `Inventory: ${plural(moved, 'step')} recorded under old, repository-relative manifest names, read under the new names (docs/format.md, "Names of raw-object manifests")`
      )
    }
    // The recorded inputs describe the recorded steps: every write that
    // changes the steps drops them, and only a Synced end writes new ones.
    const base: Inventory = withoutInputs(
      previous ?? emptyInventory(plan.cluster)
    )
    const selected = selectSteps(plan, previous, options.full)
    // An add-on to apply needs helm: one that cannot be started (not
    // installed, a wrong --helm) fails the sync here, before anything is
    // applied, not after the manifests ahead of the add-on.
    if (plan.steps.some((s) => s.kind === 'addon' && selected.has(s.id))) {
      try {
        await helm.major()
      } catch (error) {
        // Recorded as this run's end, so `status` says it failed instead
        // of showing the run before it.
        await writeInventory(
          kubectl,
          endRecord(base, base.steps, metadata, clock.now().toISOString(), {
            reason: 'ApplyFailed',
            message: getErrorMessage(error),
            redact: logger.redact
          })
        )
        throw error
      }
    }
    // Recorded before anything is applied, so a run that dies half-way
    // leaves every object it may have created on record, and the steps it
    // started recorded as not applied (select-steps.ts). When that record
    // is what the cluster already holds (a no-op sync), the write is skipped:
    // there is nothing new to record, and it is a tenth of a no-op's time.
    const planned = markSecretSteps(
      registerPlanned(plan, previous, selected),
      plan,
      previous
    )
    if (
      previous === undefined ||
      JSON.stringify(planned) !== JSON.stringify(previous.steps)
    ) {
      await writeInventory(kubectl, {
        ...base,
        secretsRecorded: true,
        steps: planned,
        lastStarted: {
          startedAt: metadata.startedAt,
          ...(metadata.commit ? { commit: metadata.commit } : {}),
          source: metadata.source,
          ...(metadata.triggeredBy ? { triggeredBy: metadata.triggeredBy } : {})
        }
      })
    }
    const stepSignal = eitherSignal(options.signal, options.stop)
    const result = await applyPlan(
      plan,
      previous,
      { kubectl, helm },
      clock,
      logger,
      {
        selected,
        full: options.full,
        concurrency: options.concurrency,
        ...(options.addonPace ? { addonPace: options.addonPace } : {}),
        prune: options.prune,
        stepTimeoutMs: options.stepTimeoutMs,
        healthIntervalMs: options.healthIntervalMs,
        root: ports.root,
        ...(ports.fs ? { chartFiles: ports.fs } : {}),
        applySetId: applySetId(plan.cluster),
        ...(stepSignal ? { signal: stepSignal } : {}),
        ...(options.interrupt ? { interrupt: options.interrupt } : {}),
        ...(options.sopsIdentities
          ? { sopsIdentities: options.sopsIdentities }
          : {}),
        ...(options.sopsKeyProblems
          ? { sopsKeyProblems: options.sopsKeyProblems }
          : {}),
        ...(options.full
          ? {
              releaseDrift: releaseDriftReader(
                ports.exec,
                options.helm,
                kubectl,
                options.stepTimeoutMs
              )
            }
          : {})
      }
    )
    steps = result.outcomes
    const finishedAt = clock.now().toISOString()
    const failure = steps.find((s) => s.status === 'failed')
    const cancelled =
      result.cancelled === undefined
        ? undefined
        : `${stopReason(stepSignal)}: the steps in flight finished, ${result.cancelled === 0 ? 'none was left to start' : `${plural(result.cancelled, 'step')} never started`}; nothing was pruned`
    const message = failure?.message
      ? `${failure.step}: ${failure.message}`
      : cancelled
    // A prune skipped (--no-prune) leaves work on record for the next sync
    // with pruning on: recording the inputs would let the unchanged-files
    // check end that sync before its prune.
    const pruneLeft = steps.some(
      (s) => s.step === 'prune' && s.status === 'skipped'
    )
    await writeInventory(
      kubectl,
      endRecord(
        { ...base, secretsRecorded: true },
        markSecretSteps(result.steps, plan, previous),
        metadata,
        finishedAt,
        {
          reason: result.reason,
          ...(message ? { message } : {}),
          redact: logger.redact,
          ...(run.inputs && !pruneLeft ? { inputs: run.inputs } : {})
        }
      )
    )
    return {
      reason: result.reason,
      steps,
      ...(cancelled && !failure ? { message: cancelled } : {})
    }
  } catch (error) {
    const message = getErrorMessage(error)
    logger.error(message)
    // Too big to record: nothing applied yet, or (at the end) a failed apply.
    if (error instanceof InventoryTooLargeError) {
      return steps.length === 0
        ? {
            reason: 'ValidationFailed',
            steps,
            message: `nothing was applied: ${message}`
          }
        : { reason: 'ApplyFailed', steps, message }
    }
    const unreachable = isUnreachable({ stderr: message })
    return {
      reason: unreachable ? 'ClusterUnreachable' : 'ApplyFailed',
      steps,
      // Lost mid-sync, the first thing users read should say so, not the
      // inventory write that happened to fail last; the steps tell the rest.
      message:
        unreachable && steps.length > 0
          ? `the cluster became unreachable during the sync; the steps below say what was and was not applied, and the next sync completes the work (${trimOutput(message, 1)})`
          : message
    }
  } finally {
    await lock.release()
  }
}
