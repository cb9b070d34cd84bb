/**
 * Live preview of add-on steps: the release as Helm has it (`helm list`,
 * `helm get values`) against the add-on's chart, version and values, then
 * its rendered objects: for a release the add-on would change, what the
 * upgrade would render against what is deployed (release-proposed.ts);
 * for one it would not, the deployed objects against the live ones
 * (drift, release-drift.ts). Both commands and their JSON output are the
 * same in Helm 3 and 4 (`helm list` given every status by name, as v4 has
 * no `--all`), so no version detection is needed here.
 */
import { saysRefused } from '../cluster/helm-logins.js'
import { trimOutput } from '../errors.js'
import type { ExecResult } from '../ports/exec.js'
import { canonicalJson } from '../plan/digest.js'
import { diffObjects } from '../plan/object-diff.js'
import type { ChangePreview, StepPreview } from '../plan/preview.js'
import type { AddonStep } from '../plan/plan-types.js'
import { runTool, type PreviewOptions } from './diff-exec.js'
import { isEncryptedValues } from '../sops/sops-metadata.js'
import { decryptedAddonValues } from '../engine/decrypt-step.js'
import { previewDecrypted } from './preview-decrypt.js'
import { releaseDrift } from './release-drift.js'
import { proposedChanges } from './release-proposed.js'
import { helmBinary, helmFlags, ReleaseReadError } from './release-objects.js'
import {
  listEveryReleaseArgs,
  parseReleaseList,
  type ReleaseState
} from '../cluster/helm-releases.js'
import { chartDiffers, isVersionRange, wantedChart } from './release-chart.js'
import { valuesHoldSecrets } from '../plan/step-secrets.js'
import { heldSecretsOf } from './diff-exec.js'

/**
 * Compares one release with the add-on: chart, version, values, status.
 * SOPS-encrypted values are compared decrypted when the run has age
 * identities (preview-decrypt.ts). A helm failure becomes a `failed`
 * entry; only an unreachable cluster throws.
 */
export async function previewAddonStep(
  step: AddonStep,
  options: PreviewOptions
): Promise<StepPreview> {
  const subject = `helm:${step.namespace}/${step.addon.name}`
  const changes = isEncryptedValues(step.addon.values)
    ? await previewDecrypted(
        [subject],
        options,
        (keys) => decryptedAddonValues(step, keys),
        (values) => compareAddon(step, values, options)
      )
    : await compareAddon(step, step.addon.values, options)
  return { step: step.id, changes }
}

/** The release's entry and its rendered objects', for the add-on with `values`. */
async function compareAddon(
  step: AddonStep,
  values: Record<string, unknown>,
  options: PreviewOptions
): Promise<ChangePreview[]> {
  const subject = `helm:${step.namespace}/${step.addon.name}`
  try {
    const release = await compareRelease(step, values, options)
    return [release, ...(await renderedObjects(step, release, values, options))]
  } catch (error) {
    if (!(error instanceof ReleaseReadError)) throw error
    return [{ subject, action: 'failed', message: error.message }]
  }
}

/**
 * The rendered objects' entries after the release's own: drift of an
 * unchanged release, the upgrade's effect on a changed one, none for a
 * release to install. A failure to read them is said on the release's
 * entry, which becomes `failed`: the drift is unknown, or the upgrade
 * would fail too (a login refused to the plan, which may hold fewer
 * credentials than the sync, leaves a change `configured`).
 */
async function renderedObjects(
  step: AddonStep,
  release: ChangePreview,
  values: Record<string, unknown>,
  options: PreviewOptions
): Promise<ChangePreview[]> {
  if (release.action !== 'unchanged' && release.action !== 'configured')
    return []
  const held = await heldSecretsOf(options)
  const hideValues =
    valuesHoldSecrets(step.addon) ||
    held.release(step.namespace, step.addon.name)
  try {
    if (
      release.action === 'unchanged' &&
      step.addon.chart.type === 'path' &&
      options.root !== undefined
    ) {
      // A chart folder's release names no version that would differ: what
      // its files render now is what an upgrade would change.
      const changes = await proposedChanges(step, options, values, hideValues)
      if (changes.length > 0) {
        release.action = 'configured'
        release.message = "the chart folder's files render differently"
        return changes
      }
    }
    return release.action === 'unchanged'
      ? await releaseDrift(step, options, hideValues, held)
      : await proposedChanges(step, options, values, hideValues)
  } catch (error) {
    if (!(error instanceof ReleaseReadError)) throw error
    // An upgrade the plan cannot render (a chart version the repository
    // does not have, a template that fails) fails at the sync too; one
    // refused for want of a login may not (the plan's run may hold fewer
    // credentials than the sync's).
    const note = `rendered objects not compared: ${error.message}`
    release.message =
      release.action === 'configured' && release.message
        ? `${release.message}; ${note}`
        : note
    if (release.action === 'unchanged' || !saysRefused(error.message))
      release.action = 'failed'
    return []
  }
}

/**
 * Chart, version, status and `values` against the release as helm has it:
 * `unchanged`, `configured` (its diff names chart and value paths, values
 * masked; its message a status other than deployed) or `created` (no
 * release). Shared with `sync --full` (engine/addon-drift-step.ts), so the
 * drift check and the reconcile that corrects it judge a release alike.
 * Throws when helm fails.
 */
export async function compareRelease(
  step: AddonStep,
  values: Record<string, unknown>,
  options: PreviewOptions
): Promise<ChangePreview> {
  const subject = `helm:${step.namespace}/${step.addon.name}`
  const flags = helmFlags(options, step.namespace)
  const entry = (await releasesIn(step.namespace, options)).get(step.addon.name)
  const wanted = wantedChart(step.addon)
  if (!entry) return { subject, action: 'created', message: `chart ${wanted}` }
  const got = await runTool(options, helmBinary(options), [
    'get',
    'values',
    step.addon.name,
    ...flags,
    '-o',
    'json'
  ])
  const deployed = parseJson(got, 'helm get values') ?? {}
  const diff: string[] = []
  const chart = entry.chart ?? ''
  if (chartDiffers(chart, step.addon))
    diff.push(
      `~ chart: ${chart} → ${wanted}${isVersionRange(step.addon.chartVersion) ? ' (outside the range)' : ''}`
    )
  if (canonicalJson(deployed) !== canonicalJson(values)) {
    // Values often hold passwords: say which paths change, never the values.
    const paths = diffObjects(
      { values: deployed },
      { values },
      { mask: ['values'] }
    )
    diff.push(...paths)
  }
  const { status } = entry
  const message = status === 'deployed' ? undefined : `release is ${status}`
  const action = diff.length === 0 && !message ? 'unchanged' : 'configured'
  return {
    subject,
    action,
    ...(diff.length ? { diff } : {}),
    ...(message ? { message } : {})
  }
}

/**
 * Each run's release listings (one per options object, which a preview or
 * a sync's drift reader keeps for its whole run), by namespace.
 */
const listings = new WeakMap<
  PreviewOptions,
  Map<string, Promise<Map<string, ReleaseState>>>
>()

/**
 * The releases of `namespace`, listed once per run and shared by every
 * add-on in it: one `helm list` per add-on was a helm process each. Every
 * status, as `helm list` without a filter shows only deployed and failed
 * ones (and v4 has no `--all`).
 */
function releasesIn(
  namespace: string,
  options: PreviewOptions
): Promise<Map<string, ReleaseState>> {
  let byNamespace = listings.get(options)
  if (!byNamespace) {
    byNamespace = new Map()
    listings.set(options, byNamespace)
  }
  let listing = byNamespace.get(namespace)
  if (!listing) {
    listing = runTool(options, helmBinary(options), [
      'list',
      ...helmFlags(options, namespace),
      ...listEveryReleaseArgs
    ]).then((result) => {
      parseJson(result, 'helm list')
      const releases = parseReleaseList(result.stdout.trim() || '[]')
      if (!releases)
        throw new ReleaseReadError('helm list printed an unexpected shape')
      return releases
    })
    byNamespace.set(namespace, listing)
    // A failure is this add-on's to report; the next one lists again
    // (in sync --full an unread release is upgraded).
    const listings = byNamespace
    listing.catch(() => listings.delete(namespace))
  }
  return listing
}

function parseJson(result: ExecResult, what: string): unknown {
  const text = result.stdout.trim()
  if (result.exitCode !== 0) {
    throw new ReleaseReadError(
      `${what} failed (exit ${result.exitCode}): ${trimOutput(result.stderr, 3)}`
    )
  }
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown)
  } catch {
    throw new ReleaseReadError(`${what} printed something that is not JSON`)
  }
}
