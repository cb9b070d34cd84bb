/**
 * Applying one add-on step: recover the release if a cancelled run left it
 * pending, then `helm upgrade --install` with wait and roll back on failure,
 * bounded by the step timeout. Helm does the readiness wait (`--wait`),
 * except on helm 3 for a chart without hooks, whose release is waited for
 * here (addon-wait.ts).
 */
import { trimOutput } from '../errors.js'
import { saysRefused } from '../cluster/helm-logins.js'
import { redactUrlCredentials } from '../redact.js'
import type { AddonStep } from '../plan/plan-types.js'
import type { ChangeSetEntry } from '../sync/sync-result.js'
import { decryptAddonValues } from './decrypt-step.js'
import { handOverToRelease, refusedObject } from './addon-adopt.js'
import { undoFailedInstall, waitForRelease, waitsHere } from './addon-wait.js'
import { subjectOf } from '../cluster/kube-objects.js'
import {
  StepFailure,
  type ApplyContext,
  type StepApplied
} from './step-types.js'

/**
 * Installs or upgrades the add-on's release; throws StepFailure on failure.
 * `forceConflicts`: helm v4's server-side apply takes back the fields other
 * managers set, for an upgrade that puts drift back (addon-drift-step.ts).
 */
export async function applyAddonStep(
  step: AddonStep,
  ctx: ApplyContext,
  forceConflicts = false
): Promise<StepApplied> {
  const { addon, namespace } = step
  const subject = `helm:${namespace}/${addon.name}`
  const values = await decryptAddonValues(step, ctx)
  // The login comes first: a registry that refuses it leaves the release
  // untouched (nothing applied for this step).
  const access = await ctx.helm.chartAccess(addon.chart)
  if (access && 'failure' in access) {
    const where = `${step.source.file}:${step.source.line}`
    throw new StepFailure(
      `add-on ${addon.name} (${where}): ${access.failure}`,
      'ApplyFailed',
      [{ subject, action: 'failed', step: step.id, message: access.failure }]
    )
  }
  const request = {
    chart: addon.chart,
    chartName: addon.chartName,
    chartVersion: addon.chartVersion,
    root: ctx.root,
    ...(access ? { access } : {})
  }
  ctx.helm.prepare(request, ctx.stepTimeoutMs)
  const recovered = await ctx.helm.recoverPending(
    addon.name,
    namespace,
    ctx.stepTimeoutMs
  )
  if (recovered) ctx.logger.warning(`${step.id}: ${recovered}`)
  // Read after any recovery: an uninstalled pending-install is created anew.
  const before = await ctx.helm.release(addon.name, namespace)
  const waitHere = await waitsHere(step, ctx, request, values)
  // After a hand-over the object's fields are the release's to take
  // (helm v4 applies server-side: the manifest's values would conflict),
  // and a failure must not roll back: helm would delete the object.
  const install = (handedOver = false) =>
    ctx.helm.upgradeInstall({
      ...request,
      release: addon.name,
      namespace,
      values,
      timeoutMs: ctx.stepTimeoutMs,
      ...(forceConflicts || handedOver ? { forceConflicts: true } : {}),
      // A hand-over's run keeps helm's wait: nothing may be rolled back.
      ...(handedOver
        ? { keepOnFailure: true }
        : waitHere
          ? { waitedHere: true }
          : {})
    })
  let result = await install()
  const handedOver: ChangeSetEntry[] = []
  for (;;) {
    const refused = result.exitCode !== 0 && refusedObject(result.stderr)
    if (!refused || !ctx.leaving) break
    const ref = await handOverToRelease(
      ctx.kubectl,
      refused,
      ctx.leaving(),
      ctx.applySetId,
      { name: addon.name, namespace }
    )
    if (!ref) break
    const message = `handed to release ${namespace}/${addon.name}: a manifest of this definition declared it until now`
    ctx.logger.info(`${step.id}: ${subjectOf(ref)} ${message}`)
    handedOver.push({
      subject: subjectOf(ref),
      action: 'configured',
      step: step.id,
      message
    })
    result = await install(true)
  }
  const chart = `${addon.chartName}@${addon.chartVersion}`
  if (result.exitCode !== 0) {
    const failed: ChangeSetEntry = {
      subject,
      action: 'failed',
      step: step.id,
      message: trimOutput(result.stderr, 3)
    }
    // Without --atomic (the release waited for here) helm left what it
    // wrote; it is undone as --atomic would have.
    const undone =
      waitHere && handedOver.length === 0
        ? await undoFailedInstall(step, ctx, before?.revision)
        : undefined
    // The chart URL and helm's output may carry the repository's
    // credentials; the result goes to every report channel.
    throw new StepFailure(
      redactUrlCredentials(
        failureMessage(step, result.stderr) + (undone ? `; ${undone}` : '')
      ),
      'ApplyFailed',
      [...handedOver, failed]
    )
  }
  const ready =
    waitHere && handedOver.length === 0
      ? await waitForRelease(step, ctx, result.stdout, before?.revision)
      : undefined
  return {
    changes: [
      ...handedOver,
      {
        subject,
        action: before ? 'configured' : 'created',
        step: step.id,
        message: chart
      }
    ],
    objects: [],
    release: {
      name: addon.name,
      namespace,
      ...(ready !== undefined ? { ready } : {})
    }
  }
}

/**
 * One line for people: what failed and what helm did about it. Helm says
 * "rolled back" or "uninstalled" itself when --atomic/--rollback-on-failure
 * acted; an unreachable repository is called out because it is common and
 * fixable (point the add-on at a reachable mirror).
 */
function failureMessage(step: AddonStep, stderr: string): string {
  const where = `${step.source.file}:${step.source.line}`
  const detail = trimOutput(stderr, 4).replace(/\n/g, ' | ')
  const credential = step.addon.chart.credentialName
  if (saysRefused(stderr)) {
    const used =
      credential === undefined
        ? 'without a credential (give the add-on a registry_credential_name)'
        : `with credential "${credential}"`
    return `chart registry ${redactUrlCredentials(step.addon.chart.location)} refused add-on ${step.addon.name} (${where}) ${used}: ${detail}`
  }
  const unreachable =
    /(dial tcp|no such host|connection refused|looks like ".*" is not a valid chart repository|i\/o timeout|failed to fetch)/i.test(
      stderr
    )
  const lead = unreachable
    ? `chart repository unreachable for add-on ${step.addon.name} (${where}): ${redactUrlCredentials(step.addon.chart.location)}`
    : `helm upgrade --install ${step.addon.name} failed (${where})`
  return `${lead}: ${detail}`
}
