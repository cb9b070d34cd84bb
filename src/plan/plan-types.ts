/**
 * The plan: the validated definition turned into an ordered dependency graph
 * of steps. It is a pure function of the definition (same commit → byte-
 * identical plan), so it can be previewed on pull requests and hashed.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics.js'
import type {
  Addon,
  KubeObject,
  Manifest,
  SourceRef
} from '../definition/definition-types.js'

/** Why one step must wait for another. */
export type EdgeReason =
  /** Written by the user in `parents`. */
  | 'parents'
  /**
   * The dependency's stack has the next lower `deploy_wave`: an edge from
   * each step of the lower wave into the wave's barrier, and one from the
   * barrier to each step of the upper wave.
   */
  | 'deploy-wave'
  /** Implicit: the dependency creates a Namespace this step puts objects or a release into. */
  | 'namespace'
  /** Implicit: the dependency defines the CRD of a custom resource this step creates. */
  | 'crd'

export interface PlanEdge {
  /** The step (or wave barrier) that must finish first. */
  from: string
  /** The step (or wave barrier) that waits. */
  to: string
  reason: EdgeReason
  /**
   * Where the edge was written (the parent entry, the waiting stack) or what
   * implies it (the object or add-on that needs the namespace or CRD).
   * Objects have no JSON pointer of their own, hence the optional pointer.
   */
  source?: SourceLocation & { pointer?: string }
  /**
   * For implicit edges: the object that implies it, e.g. `Namespace/shop`;
   * for wave edges: the two waves, e.g. `1 → 5`.
   */
  detail?: string
}

/** An object a manifest step applies, in apply order (kind order, then namespace, then name). */
export interface PlannedObject {
  /** `Kind/namespace/name` or `Kind/name`; the ChangeSet subject. */
  subject: string
  /** API group ('' for the core group). */
  group: string
  /** Where it lands: its own or the manifest's namespace; absent for cluster-scoped kinds. */
  namespace?: string
  object: KubeObject
}

interface StepBase {
  /** `manifest:<name>` or `addon:<name>`. */
  id: string
  name: string
  /** Index into `Plan.stages`: the step may start once earlier stages finished. */
  stage: number
  stack: string
  deployWave?: number
  /**
   * Ids of the steps this one waits for (direct edges only), in plan order;
   * `wave:<n>` when it waits for the whole wave before its own (a
   * {@link WaveBarrier}).
   */
  dependsOn: string[]
  /** sha256 of everything that decides what the step does; unchanged digest → nothing to apply. */
  digest: string
  source: SourceRef
}

export interface ManifestStep extends StepBase {
  kind: 'manifest'
  /**
   * The id the step had when raw-object files were named by their
   * repository-relative path (Manifest.legacyName), when it differs: an
   * inventory written then records the step under it (inventory-ids.ts).
   */
  legacyId?: string
  manifest: Manifest
  objects: PlannedObject[]
  /** Namespaces named by `namespace:` or by objects that the step must create if missing. */
  namespaces: string[]
}

export interface AddonStep extends StepBase {
  kind: 'addon'
  addon: Addon
  /** Release namespace (the add-on's, else `default`). */
  namespace: string
}

export type PlanStep = ManifestStep | AddonStep

/**
 * What stands between two deploy waves: the steps of wave `upper` wait for
 * it, and it waits for every step of wave `lower` (the nearest lower wave
 * that has steps). One barrier instead of an edge between every pair keeps
 * the plan linear in the number of steps.
 */
export interface WaveBarrier {
  /** `wave:<upper>`, the id the waiting steps list in `dependsOn`. */
  id: string
  lower: number
  upper: number
  /** Every step of the lower wave, in plan order. */
  dependsOn: string[]
}

export interface Plan {
  cluster: string
  /** Steps in a topological order; ties broken by the order written. */
  steps: PlanStep[]
  /** One per deploy wave that waits for a lower one, lowest first. */
  barriers: WaveBarrier[]
  edges: PlanEdge[]
  /**
   * Steps grouped into stages: every step of stage N depends only on steps of
   * earlier stages, so a stage's steps may run concurrently.
   */
  stages: string[][]
  /** Warnings found while planning (implicit edges contradicting parents, …). */
  diagnostics: Diagnostic[]
}
