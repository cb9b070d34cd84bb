/**
 * The types shared by the step engines (manifest-step.ts, addon-step.ts)
 * and the executor: what a step gets, what it returns, how it fails.
 */
import type { StepSlot } from './executor.js'
import type { Logger } from '../ports/logger.js'
import type { Clock } from '../ports/clock.js'
import type { ChangeSetEntry, SyncReason } from '../sync/sync-result.js'
import type { HelmClient } from '../cluster/helm.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import type { ObjectRef } from '../cluster/kube-objects.js'
import type { LiveState } from '../cluster/live-state.js'
import type { KeySourceProblem } from '../sops/key-source-problem.js'
import type { ChartHookScans } from '../cluster/chart-hooks.js'
import type { InventoryStep } from '../state/inventory.js'

/** What a step needs from the outside world. */
export interface ApplyContext {
  kubectl: ClusterClient
  helm: HelmClient
  clock: Clock
  logger: Logger
  /** Repository root, for add-ons whose chart is a folder in it. */
  root: string
  /**
   * Whether a chart may declare hooks, read before it is installed
   * (addon-wait.ts asks); without it helm does every release's wait.
   */
  chartHooks?: ChartHookScans
  /** The ApplySet id members are labelled with (see inventory.ts). */
  applySetId: string
  /** Bound of one step: helm's --timeout and the health wait. */
  stepTimeoutMs: number
  /** Pause between health polls. */
  healthIntervalMs: number
  /** Ends the step's waits early (a cancelled run out of grace). */
  interrupt?: AbortSignal
  /**
   * The revision of this add-on's release the last sync saw ready (its
   * inventory record): what a failed upgrade is rolled back to.
   */
  readyRevision?: number
  /**
   * The run was asked to stop (no step starts after it): a release
   * ClusterSync waits for itself is undone at once (addon-wait.ts).
   */
  stop?: AbortSignal
  /**
   * The step's place in the run's bound on steps at once: an add-on lends
   * it while it only waits for its release (addon-wait.ts).
   */
  slot?: StepSlot
  /**
   * Namespaces this sync created (shared by all its steps). Nothing else
   * can be in them yet that a step's objects would collide with, so a step
   * skips reading those objects before applying: they are new.
   */
  createdNamespaces?: Set<string>
  /** Age identities that decrypt SOPS-encrypted files (decrypt-step.ts). */
  sopsIdentities?: readonly string[]
  /** Key sources that gave no key, named where a file cannot be opened. */
  sopsKeyProblems?: readonly KeySourceProblem[]
  /**
   * The live state read in bulk before a full reconcile: objects it judged
   * unchanged are not sent, and the objects it covered are not read again.
   */
  live?: LiveState
  /**
   * The objects this definition applied before and no longer declares
   * (the prune's, computed when first asked): an add-on whose chart now
   * renders one is given it (addon-adopt.ts).
   */
  leaving?: () => readonly ObjectRef[]
}

/** What a step applied. */
export interface StepApplied {
  changes: ChangeSetEntry[]
  /** The objects the step owns now (the inventory records them). */
  objects: ObjectRef[]
  /** The release the step owns (add-ons), and the revision seen ready. */
  release?: InventoryStep['release']
}

/** A step that failed; `changes` says what landed before it did. */
export class StepFailure extends Error {
  override readonly name = 'StepFailure'
  constructor(
    message: string,
    readonly reason: Extract<SyncReason, 'ApplyFailed' | 'HealthCheckFailed'>,
    readonly changes: ChangeSetEntry[] = []
  ) {
    super(message)
  }
}
