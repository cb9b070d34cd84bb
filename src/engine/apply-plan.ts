/**
 * The Applying phase: walk the plan with the executor, apply the steps
 * whose inputs changed (all of them with `full`), then prune what the
 * definition dropped. Resolves with one outcome per step (plus `prune`) and
 * the inventory records to write; never throws for a failed step.
 */
import { plural } from '../plural.js'
import { getErrorMessage } from '../errors.js'
import type { Logger } from '../ports/logger.js'
import type { Clock } from '../ports/clock.js'
import type { ManifestStep, Plan, PlanStep } from '../plan/plan-types.js'
import type { StepOutcome, SyncReason } from '../sync/sync-result.js'
import { applyStep } from './apply-step.js'
import { unchangedOutcome } from './outcome-summary.js'
import { executeSteps, type StepSlot } from './executor.js'
import { ChartHookScans } from '../cluster/chart-hooks.js'
import { retryAnnouncer } from '../cluster/retry.js'
import type { HelmClient } from '../cluster/helm.js'
import type { Inventory, InventoryStep } from '../state/inventory.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { pruneStep } from './prune-step.js'
import {
  mergeRefs,
  plannedRefs,
  recordOf,
  releaseRecord,
  selectSteps
} from './select-steps.js'
import {
  correctAddonDrift,
  type ReleaseDriftReader
} from './addon-drift-step.js'
import { StepFailure, type ApplyContext } from './step-types.js'
import type { PruneOptions } from './engine-options.js'
import {
  AddonPace,
  fixedAddonPace,
  type AddonPaceOptions
} from './addon-pace.js'
import { readLiveState, type LiveState } from '../cluster/live-state.js'
import { goneByDesign } from './gone-by-design.js'
import {
  appliedDocument,
  refOf,
  type ObjectRef
} from '../cluster/kube-objects.js'
import { computePrune } from './prune.js'
import type { KeySourceProblem } from '../sops/key-source-problem.js'
import type { FileSystem } from '../ports/fs.js'

/** Everything the Applying phase is told. */
export interface ApplyPlanOptions {
  /** The steps to apply (select-steps.ts); the sync chose them once, before recording them. */
  selected: ReadonlySet<string>
  full: boolean
  concurrency: number
  /** How many add-on steps run at once (addon-pace.ts); default: `concurrency`, fixed. */
  addonPace?: AddonPaceOptions
  prune: PruneOptions
  stepTimeoutMs: number
  healthIntervalMs: number
  /** Repository root (add-ons with a chart folder). */
  root: string
  /** Reads charts before they are installed (ApplyContext's). */
  chartFiles?: FileSystem
  applySetId: string
  /** Starts no more steps once aborted. */
  signal?: AbortSignal
  /** Ends the waits of the steps in flight (see ApplyContext). */
  interrupt?: AbortSignal
  /** Age identities for SOPS-encrypted files (decrypt-step.ts). */
  sopsIdentities?: readonly string[]
  /** Key sources that gave no key, named where no key opens a file. */
  sopsKeyProblems?: readonly KeySourceProblem[]
  /**
   * A full reconcile's drift reader: an add-on a normal sync would skip is
   * upgraded only when its release's objects drifted (addon-drift-step.ts).
   */
  releaseDrift?: ReleaseDriftReader
}

/** What the Applying phase did. */
export interface ApplyPlanResult {
  outcomes: StepOutcome[]
  /** The inventory's step records after this run. */
  steps: InventoryStep[]
  reason: Extract<SyncReason, 'Succeeded' | 'ApplyFailed' | 'HealthCheckFailed'>
  /** Set when the run was cancelled: how many steps it never started. */
  cancelled?: number
}

/** Applies the plan against the previous inventory; see the file comment. */
export async function applyPlan(
  plan: Plan,
  previous: Inventory | undefined,
  clients: { kubectl: ClusterClient; helm: HelmClient },
  clock: Clock,
  logger: Logger,
  options: ApplyPlanOptions
): Promise<ApplyPlanResult> {
  const { selected } = options
  const old = new Map((previous?.steps ?? []).map((s) => [s.id, s]))
  const records = new Map<string, InventoryStep>()
  const order = new Map(plan.steps.map((s, i) => [s.id, i]))
  const unhealthy = new Set<string>()
  const createdNamespaces = new Set<string>()
  const chartHooks = options.chartFiles
    ? new ChartHookScans(options.chartFiles)
    : undefined
  const pace = new AddonPace(
    options.addonPace ?? fixedAddonPace(options.concurrency)
  )
  // A normal sync does not look at the steps it skips: say what does.
  const skipped = options.full ? 0 : plan.steps.length - selected.size
  logger.info(
    `${selected.size} of ${plural(plan.steps.length, 'step')} to apply${options.full ? ' (full reconcile)' : ''}${skipped > 0 ? '; the unchanged ones not compared with the cluster (sync --full corrects drift)' : ''}`
  )

  const live = options.full
    ? await readPlanLiveState(
        plan,
        previous,
        selected,
        clients.kubectl,
        logger,
        options
      )
    : undefined
  // The steps a normal sync would apply; the other add-ons are checked for drift.
  const changed = options.releaseDrift
    ? selectSteps(plan, previous, false)
    : undefined

  let left: ObjectRef[] | undefined
  const leaving = (): readonly ObjectRef[] =>
    (left ??= computePrune(plan, previous).flatMap((g) => g.objects))

  const run = async (step: PlanStep, slot: StepSlot): Promise<StepOutcome> => {
    const index = order.get(step.id) ?? 0
    const was = old.get(step.id)
    const where = { file: step.source.file, line: step.source.line }
    if (!selected.has(step.id)) {
      if (was)
        records.set(step.id, {
          ...was,
          order: index,
          dependsOn: [...step.dependsOn]
        })
      return unchangedOutcome(step)
    }
    const announcer = retryAnnouncer(
      (line) => logger.warning(line),
      clock,
      `${step.id}: `
    )
    const onRetry = announcer.listener
    const ctx: ApplyContext = {
      kubectl: clients.kubectl.withRetryListener(onRetry),
      helm: clients.helm.withRetryListener(onRetry),
      clock,
      logger,
      root: options.root,
      ...(chartHooks ? { chartHooks } : {}),
      applySetId: options.applySetId,
      stepTimeoutMs: options.stepTimeoutMs,
      healthIntervalMs: options.healthIntervalMs,
      ...(options.interrupt ? { interrupt: options.interrupt } : {}),
      ...(options.signal ? { stop: options.signal } : {}),
      slot,
      ...readyRevisionOf(step, was),
      createdNamespaces,
      ...(options.sopsIdentities
        ? { sopsIdentities: options.sopsIdentities }
        : {}),
      ...(options.sopsKeyProblems
        ? { sopsKeyProblems: options.sopsKeyProblems }
        : {}),
      ...(live ? { live } : {}),
      leaving
    }
    const started = clock.now().getTime()
    logger.info(`→ ${step.id}`)
    try {
      const applied =
        step.kind === 'addon' && options.releaseDrift && !changed?.has(step.id)
          ? await correctAddonDrift(step, ctx, options.releaseDrift)
          : await applyStep(step, ctx)
      const durationMs = clock.now().getTime() - started
      records.set(
        step.id,
        recordOf(step, index, step.digest, applied.objects, applied.release)
      )
      const touched = applied.changes.filter((c) => c.action !== 'unchanged')
      // A step whose digest did not change but whose objects did: someone
      // edited the cluster by hand and this (full) run put it back.
      const drift = was?.digest === step.digest && touched.length > 0
      const message = drift
        ? `drift corrected: ${touched.map((c) => c.subject).join(', ')}`
        : `${touched.length} of ${applied.changes.length} changed`
      logger.info(
        `✓ ${step.id}: ${message} (${(durationMs / 1000).toFixed(1)}s)`
      )
      return {
        step: step.id,
        status: touched.length > 0 ? 'applied' : 'unchanged',
        message,
        retries: announcer.count(),
        durationMs,
        changes: applied.changes,
        ...where
      }
    } catch (error) {
      const durationMs = clock.now().getTime() - started
      // Keep what may have landed on record (so it can be pruned) with no
      // digest (so the next sync applies the step again).
      records.set(
        step.id,
        recordOf(
          step,
          index,
          '',
          mergeRefs(was?.objects ?? [], plannedRefs(step)),
          step.kind === 'addon' ? releaseRecord(step, was) : was?.release
        )
      )
      const message = getErrorMessage(error)
      if (error instanceof StepFailure && error.reason === 'HealthCheckFailed')
        unhealthy.add(step.id)
      logger.error(`✗ ${step.id}: ${message}`)
      return {
        step: step.id,
        status: 'failed',
        message,
        retries: announcer.count(),
        durationMs,
        changes: error instanceof StepFailure ? error.changes : [],
        ...where
      }
    }
  }

  // An add-on that ran tells the pace how much retrying it needed.
  const paced = async (
    step: PlanStep,
    slot: StepSlot
  ): Promise<StepOutcome> => {
    const outcome = await run(step, slot)
    if (step.kind === 'addon' && selected.has(step.id))
      pace.settled(outcome.retries)
    return outcome
  }
  const outcomes = await executeSteps(plan.steps, paced, {
    concurrency: () => pace.limit(),
    barriers: plan.barriers,
    // Manifest steps share the kubectl call pool (bounded there); add-ons
    // run their own helm processes and keep the plain bound.
    isPooled: (step) => step.kind === 'manifest',
    ...(options.signal ? { signal: options.signal } : {})
  })
  for (const o of outcomes) {
    if (o.status === 'skipped') {
      const was = old.get(o.step)
      if (was) records.set(o.step, was)
      logger.warning(`- ${o.step}: ${o.message ?? 'skipped'}`)
    }
  }
  const failed = outcomes.filter((o) => o.status === 'failed')
  // Steps the cancel kept from starting (a skip naming no failed step).
  const notStarted = outcomes.filter(
    (o) => o.status === 'skipped' && o.skippedBecause === undefined
  ).length
  // Asked to stop even when every step had started: the prune is the
  // step the stop keeps from starting (what the commit removed stays).
  const cancelled = options.signal?.aborted === true
  const pruned = await pruneStep(
    plan,
    previous,
    records,
    // A cancelled run prunes nothing, as a failed one: it did not apply all.
    failed.length > 0 || cancelled,
    clients,
    clock,
    logger,
    options
  )
  if (pruned) outcomes.push(pruned)
  const allFailed = outcomes.filter((o) => o.status === 'failed')
  return {
    outcomes,
    steps: [...records.values()].sort((a, b) => a.order - b.order),
    ...(cancelled ? { cancelled: notStarted } : {}),
    reason:
      allFailed.length === 0
        ? cancelled
          ? 'ApplyFailed'
          : 'Succeeded'
        : allFailed.every((o) => unhealthy.has(o.step))
          ? 'HealthCheckFailed'
          : 'ApplyFailed'
  }
}

/**
 * A full reconcile reads the selected manifest steps' objects in bulk
 * first, so only those that differ from what ClusterSync applied are sent
 * (live-state.ts). When the read fails, every object is sent, as before.
 */
async function readPlanLiveState(
  plan: Plan,
  previous: Inventory | undefined,
  selected: ReadonlySet<string>,
  client: ClusterClient,
  logger: Logger,
  options: ApplyPlanOptions
): Promise<LiveState | undefined> {
  const steps = plan.steps.filter(
    (s): s is ManifestStep => s.kind === 'manifest' && selected.has(s.id)
  )
  const documents = steps.flatMap((s) =>
    s.objects.map((o) => appliedDocument(o, options.applySetId))
  )
  if (documents.length === 0) return undefined
  const namespaces = [...new Set(steps.flatMap((s) => s.namespaces))].map(
    (name) => ({ apiVersion: 'v1', kind: 'Namespace', name })
  )
  try {
    const live = await readLiveState(
      client,
      documents,
      namespaces,
      goneByDesign(plan, previous, options.applySetId)
    )
    const c = live.counts(documents.map(refOf))
    logger.info(
      `live state read: ${c.same} of ${plural(documents.length, 'object')} as applied, ${c.differs + c.unsure} differ, ${c.missing} missing`
    )
    return live
  } catch (error) {
    logger.warning(
      `live state not read in bulk (${getErrorMessage(error)}); every object is sent`
    )
    return undefined
  }
}

/**
 * The revision of the add-on's release the last sync saw ready, when the
 * step's record names the same release (ApplyContext.readyRevision).
 */
function readyRevisionOf(
  step: PlanStep,
  was: InventoryStep | undefined
): { readyRevision?: number } {
  const ready =
    step.kind === 'addon' ? releaseRecord(step, was).ready : undefined
  return ready === undefined ? {} : { readyRevision: ready }
}
