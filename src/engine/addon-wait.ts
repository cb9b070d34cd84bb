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
 * good revision, or uninstalled when it is new, as `--atomic` does.
 *
 * Only where the order cannot matter: helm runs post-install and
 * post-upgrade hooks after its wait, so a chart that may declare such
 * hooks (chart-hooks.ts), or whose values name a hook, keeps helm's wait,
 * and so does an OCI chart (not read before helm pulls it).
 */
import { refOf, type ObjectRef } from '../cluster/kube-objects.js'
import type { ChartRequest } from '../cluster/helm.js'
import { manifestObjects } from '../preview/release-objects.js'
import { getErrorMessage as errorMessage } from '../errors.js'
import type { AddonStep } from '../plan/plan-types.js'
import { waitForHealth } from './health.js'
import { eitherSignal } from '../run-signals.js'
import { helmWaitRules } from './helm-readiness.js'
import { StepFailure, type ApplyContext } from './step-types.js'

/** Whether the step's release is waited for here (see the file comment). */
export async function waitsHere(
  step: AddonStep,
  ctx: ApplyContext,
  request: ChartRequest,
  values: Record<string, unknown>
): Promise<boolean> {
  if (!ctx.chartHooks || step.addon.chart.type === 'oci') return false
  if ((await ctx.helm.major()) !== 3) return false
  if (JSON.stringify(values).includes('helm.sh/hook')) return false
  const located = await ctx.helm.locateChart(request, ctx.stepTimeoutMs)
  // A chart helm could not pull: helm's own run reports it.
  if ('failure' in located || located.chart[0] === undefined) return false
  return !(await ctx.chartHooks.mayDeclareHooks(located.chart[0]))
}

/**
 * The revision a failed install or upgrade goes back to: the one the last
 * sync saw ready when it is still among the earlier ones, else the latest
 * earlier good one (`before`); undefined for a new release.
 */
export function undoTarget(
  ctx: ApplyContext,
  before: number | undefined
): number | undefined {
  const ready = ctx.readyRevision
  return before !== undefined && ready !== undefined && ready <= before
    ? ready
    : before
}

/**
 * Waits for the release's objects and resolves with the revision now ready;
 * when they fail or the step's time runs out (or the run is cancelled),
 * undoes the release as `--atomic` would and throws a StepFailure naming
 * the objects and what was undone. The wait has the step's whole time, as
 * helm's `--timeout` gives its wait.
 */
export async function waitForRelease(
  step: AddonStep,
  ctx: ApplyContext,
  /** `helm upgrade --install --output json`'s answer. */
  installed: string,
  /** The release's revision before this install; undefined for a new one. */
  before: number | undefined
): Promise<number | undefined> {
  const { addon, namespace } = step
  // A run asked to stop ends this wait at once and undoes the release, as
  // helm undid its own when interrupted (a terminal's Ctrl-C reached it).
  const cancelled = eitherSignal(ctx.stop, ctx.interrupt)
  try {
    const release = releaseOf(installed)
    // Polling loads neither the machine nor the API server as a helm
    // process does: the next add-on's helm starts meanwhile.
    ctx.slot?.lend()
    await waitForHealth(
      ctx.kubectl,
      releaseObjects(release, namespace),
      ctx.clock,
      {
        timeoutMs: ctx.stepTimeoutMs,
        intervalMs: ctx.healthIntervalMs,
        ...(cancelled ? { signal: cancelled } : {})
      },
      helmWaitRules
    )
    return release.version
  } catch (error) {
    const where = `${step.source.file}:${step.source.line}`
    // Undoing runs helm again: within the bound, as every helm process.
    await ctx.slot?.reclaim()
    // Stopping, the old objects are put back without waiting for them:
    // the run has seconds left, not the step's timeout.
    const undone = await ctx.helm
      .undoFailed(
        addon.name,
        namespace,
        undoTarget(ctx, before),
        ctx.stepTimeoutMs,
        {
          wait: cancelled?.aborted !== true
        }
      )
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
      undoTarget(ctx, before),
      ctx.stepTimeoutMs
    )
  } catch (undo) {
    return `could not undo it: ${errorMessage(undo)}`
  }
}

/** What helm's JSON answer says of the release it installed. */
interface InstalledRelease {
  manifest: string
  version: number | undefined
}

/**
 * helm's JSON answer; throws when it is not a release (the waiter then
 * undoes it: nothing can tell it is ready). A release that rendered
 * nothing has no manifest in it.
 */
function releaseOf(stdout: string): InstalledRelease {
  const release = JSON.parse(stdout) as Record<string, unknown>
  if (typeof release.name !== 'string')
    throw new Error('helm printed no release to wait for')
  return {
    manifest: typeof release.manifest === 'string' ? release.manifest : '',
    version: typeof release.version === 'number' ? release.version : undefined
  }
}

/**
 * The release's objects; the objects that name no namespace are in the
 * release's. A release that rendered nothing (its templates all turned off
 * by values, or hooks only) has none, and nothing to wait for.
 */
function releaseObjects(
  release: InstalledRelease,
  namespace: string
): ObjectRef[] {
  return manifestObjects(release.manifest, namespace).map((o) => {
    const ref = refOf(o)
    // A CRD is cluster-scoped: read it back by name alone.
    return ref.kind === 'CustomResourceDefinition'
      ? { apiVersion: ref.apiVersion, kind: ref.kind, name: ref.name }
      : ref
  })
}
