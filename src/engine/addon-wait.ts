/**
 * Waiting for an add-on's release here instead of in helm, on helm 3.
 *
 * Why: helm 3's `--wait` looks at the release's objects once right after
 * creating them (too soon: the Deployment controller has not acted yet) and
 * then every 2 s, so even a release whose pods are ready a moment later
 * takes 2 s more; a deploy wave waits for its slowest release. Here the
 * release is installed without `--wait` and its objects are polled as a
 * manifest step's are (health.ts: after 100 ms, then growing by half).
 * Helm 4 waits by watching, and keeps its own wait.
 *
 * What helm's wait guaranteed is kept: the objects helm 3 waits for are
 * waited for here, judged by helm 3's rules (helm-readiness.ts), and a
 * release that is not ready in the step's time is rolled back to its last
 * good revision, or uninstalled when it has none, as `--atomic` does. Only where the order cannot matter: helm runs
 * post-install and post-upgrade hooks after its wait, so a chart that may
 * declare hooks (chart-hooks.ts), or whose values name one, keeps helm's
 * wait, and so does an OCI chart (not read before helm pulls it).
 */
import { chartMayDeclareHooks } from '../cluster/chart-hooks.js'
import { refOf, type ObjectRef } from '../cluster/kube-objects.js'
import type { ChartRequest } from '../cluster/helm.js'
import { manifestObjects } from '../preview/release-objects.js'
import { getErrorMessage as errorMessage } from '../errors.js'
import type { AddonStep } from '../plan/plan-types.js'
import { waitForHealth } from './health.js'
import { helmWaitRules } from './helm-readiness.js'
import { StepFailure, type ApplyContext } from './step-types.js'

/** Whether the step's release is waited for here (see the file comment). */
export async function waitsHere(
  step: AddonStep,
  ctx: ApplyContext,
  request: ChartRequest,
  values: Record<string, unknown>
): Promise<boolean> {
  if (!ctx.chartFiles || step.addon.chart.type === 'oci') return false
  if ((await ctx.helm.major()) !== 3) return false
  if (JSON.stringify(values).includes('helm.sh/hook')) return false
  const located = await ctx.helm.locateChart(request, ctx.stepTimeoutMs)
  // A chart helm could not pull: helm's own run reports it.
  if ('failure' in located || located.chart[0] === undefined) return false
  return !(await chartMayDeclareHooks(ctx.chartFiles, located.chart[0]))
}

/**
 * Waits for the release's objects; when they fail or the step's time runs
 * out (or the run is cancelled), undoes the release as `--atomic` would
 * and throws a StepFailure naming the objects and what was undone. The
 * wait has the step's whole time, as helm's `--timeout` gives its wait.
 */
export async function waitForRelease(
  step: AddonStep,
  ctx: ApplyContext,
  /** `helm upgrade --install --output json`'s answer. */
  installed: string,
  /** The release's revision before this install; undefined for a new one. */
  before: number | undefined
): Promise<void> {
  const { addon, namespace } = step
  try {
    await waitForHealth(
      ctx.kubectl,
      releaseObjects(installed, namespace),
      ctx.clock,
      {
        timeoutMs: ctx.stepTimeoutMs,
        intervalMs: ctx.healthIntervalMs,
        ...(ctx.interrupt ? { signal: ctx.interrupt } : {})
      },
      helmWaitRules
    )
  } catch (error) {
    const where = `${step.source.file}:${step.source.line}`
    const undone = await ctx.helm
      .undoFailed(addon.name, namespace, before, ctx.stepTimeoutMs)
      .then(
        (what) => `; ${what}`,
        (undo: unknown) => `; could not undo it: ${errorMessage(undo)}`
      )
    const message = `add-on ${addon.name} (${where}): release ${namespace}/${addon.name} ${errorMessage(error)}${undone}`
    throw new StepFailure(message, 'HealthCheckFailed', [
      {
        subject: `helm:${namespace}/${addon.name}`,
        action: 'failed',
        step: step.id,
        message
      }
    ])
  }
}

/**
 * After helm itself failed an install or upgrade run without `--atomic`
 * (an object the API server refused, say): undoes the revision helm left
 * behind, as `--atomic` would have. Resolves with what it did, for people;
 * undefined when helm left no revision (it failed before writing one).
 */
export async function undoFailedInstall(
  step: AddonStep,
  ctx: ApplyContext,
  before: number | undefined
): Promise<string | undefined> {
  const { addon, namespace } = step
  try {
    const latest = (await ctx.helm.history(addon.name, namespace))?.at(-1)
    if (!latest || (before !== undefined && latest.revision <= before)) return
    return await ctx.helm.undoFailed(
      addon.name,
      namespace,
      before,
      ctx.stepTimeoutMs
    )
  } catch (undo) {
    return `could not undo it: ${errorMessage(undo)}`
  }
}

/**
 * The release's objects, from helm's JSON answer; the objects that name
 * no namespace are in the release's. A release that rendered nothing (its
 * templates all turned off by values, or hooks only) has no manifest, and
 * nothing to wait for. Throws when the answer is not a release (the waiter
 * then undoes it: nothing can tell it is ready).
 */
function releaseObjects(stdout: string, namespace: string): ObjectRef[] {
  const release = JSON.parse(stdout) as { name?: unknown; manifest?: unknown }
  if (typeof release.name !== 'string')
    throw new Error('helm printed no release to wait for')
  const manifest = typeof release.manifest === 'string' ? release.manifest : ''
  return manifestObjects(manifest, namespace).map((o) => {
    const ref = refOf(o)
    // A CRD is cluster-scoped: read it back by name alone.
    return ref.kind === 'CustomResourceDefinition'
      ? { apiVersion: ref.apiVersion, kind: ref.kind, name: ref.name }
      : ref
  })
}
