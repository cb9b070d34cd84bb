/**
 * The scheduled drift check: the plan compared with the live cluster (the
 * planner's server-side preview, the same as `clustersync plan --live`),
 * including what a sync would prune according to the inventory in the
 * cluster. Nothing is applied.
 */
import {
  previewOnCluster,
  type PreviewedSync
} from '../preview/preview-live.js'
import type { Plan } from '../plan/plan-types.js'
import type { PlanPreview } from '../plan/preview.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import type { ClusterConnection } from '../cluster/connection.js'
import type { ConfigurationError } from '../errors.js'
import { defaultKubectlConfig } from '../engine/engine-options.js'

/** Compares a plan with the cluster; rejects when the cluster cannot be read. */
export interface DriftCheck {
  (plan: Plan): Promise<PlanPreview>
  /**
   * The kubeconfig's refusal (a context it lacks), asked before the
   * comparison is announced: the user's mistake, found while validating.
   */
  refusal?: () => Promise<ConfigurationError | undefined>
}

/** The drift check with the job's kubeconfig, over the run's connection. */
export function createDriftCheck(options: {
  exec: Exec
  clock: Clock
  kubeconfig?: string
  context?: string
  kubectl: string
  connection: ClusterConnection
  /**
   * The helm binary and repository root the add-ons are rendered with, and
   * the sync's prune settings.
   */
  rendering?: PreviewedSync
}): DriftCheck {
  const check: DriftCheck = (plan) =>
    previewOnCluster(
      plan,
      {
        exec: options.exec,
        clock: options.clock,
        kubeApi: options.connection.opener
      },
      {
        ...defaultKubectlConfig(),
        binary: options.kubectl,
        ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
        ...(options.context ? { context: options.context } : {})
      },
      undefined,
      options.rendering
    )
  check.refusal = () => options.connection.refusal
  return check
}

/**
 * "drift: 2 to create, 1 to change" on a schedule, "would change the
 * cluster: …" for a pull request, or that nothing differs.
 */
export function describeDrift(
  preview: PlanPreview,
  scheduled: boolean
): string {
  const c = preview.counts
  const parts = [
    c.created ? `${c.created} to create` : '',
    c.configured ? `${c.configured} to change` : '',
    c.pruned ? `${c.pruned} to prune` : '',
    c.failed ? `${c.failed} could not be compared` : ''
  ].filter((p) => p !== '')
  // SOPS-encrypted objects are named, never counted as drift: the preview
  // holds no key, so it cannot tell.
  const encrypted = c.encrypted
    ? `; ${c.encrypted} encrypted, not compared`
    : ''
  if (parts.length === 0) {
    return `${
      scheduled
        ? 'no drift: the cluster matches the definition'
        : 'no changes to the cluster'
    }${encrypted}`
  }
  // What puts it back: a full reconcile also corrects the steps a normal
  // sync skips as unchanged (their objects, and add-ons' releases).
  const fix =
    scheduled && c.created + c.configured + c.pruned > 0
      ? '; Sync Now with full-reconcile (sync --full) puts it back'
      : ''
  return `${scheduled ? 'drift' : 'would change the cluster'}: ${parts.join(', ')}${encrypted}${fix}`
}
