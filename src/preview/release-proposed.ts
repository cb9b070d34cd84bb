/**
 * What an add-on change does to the cluster, object by object: the objects
 * the deployed revision rendered (`helm get manifest`) against those the
 * proposed chart and values render (`helm upgrade --dry-run=client -o
 * json`: the same chart arguments and values a sync sends, nothing
 * persisted). Objects that stay the same are left out; Secret values are
 * masked.
 *
 * A pull request writes the chart a plan renders, and the plan's output is
 * public: so the render never reads the cluster for the chart (`client`,
 * where helm's `lookup` finds nothing; `server` let a template read any
 * Secret and print it in a `fail` message), and when the values hold
 * secrets a failed render's message is not quoted (a template can print a
 * value in any form, which no masking recognises).
 */
import { chartArgs } from '../cluster/helm.js'
import { diffObjects, isRecord } from '../plan/object-diff.js'
import type { ChangePreview } from '../plan/preview.js'
import type { AddonStep } from '../plan/plan-types.js'
import {
  groupOf,
  refKey,
  refOf,
  subjectOf,
  type KubeJson
} from '../cluster/kube-objects.js'
import { trimOutput } from '../errors.js'
import { runTool, type PreviewOptions } from './diff-exec.js'
import { capLines } from './release-drift.js'
import {
  deployedObjects,
  helmBinary,
  helmFlags,
  manifestObjects,
  ReleaseReadError
} from './release-objects.js'

/**
 * The rendered objects that the add-on's upgrade with `values` (its own,
 * or what its encrypted values decrypt to) would create, change or
 * delete; without any value when `hideValues` (the add-on's values hold
 * secrets, or the release held some at its last sync: heldSecrets). Throws ReleaseReadError when helm fails or the
 * chart cannot be rendered here (a chart folder without the repository
 * root, a chart that needs a registry login).
 */
export async function proposedChanges(
  step: AddonStep,
  options: PreviewOptions,
  values: Record<string, unknown>,
  hideValues: boolean
): Promise<ChangePreview[]> {
  const release = step.addon.name
  const [deployed, proposed] = await Promise.all([
    deployedObjects(release, step.namespace, options),
    proposedObjects(step, values, options, hideValues)
  ])
  return renderedChanges(deployed, proposed, release, hideValues)
}

/** The entries for deployed against proposed objects (pure). */
export function renderedChanges(
  deployed: readonly KubeJson[],
  proposed: readonly KubeJson[],
  release: string,
  hideValues = false
): ChangePreview[] {
  const before = new Map(deployed.map((o) => [refKey(refOf(o)), o]))
  const changes: ChangePreview[] = []
  for (const object of proposed) {
    const ref = refOf(object)
    const old = before.get(refKey(ref))
    before.delete(refKey(ref))
    if (!old) {
      changes.push({
        subject: subjectOf(ref),
        action: 'created',
        message: `rendered by release ${release}`
      })
      continue
    }
    const secret = ref.kind === 'Secret' && groupOf(ref.apiVersion) === ''
    const diff = diffObjects(old, object, {
      mask: hideValues
        ? [...new Set([...Object.keys(old), ...Object.keys(object)])]
        : secret
          ? ['data', 'stringData']
          : []
    })
    if (diff.length === 0) continue
    changes.push({
      subject: subjectOf(ref),
      action: 'configured',
      message: `rendered by release ${release}`,
      diff: capLines(diff)
    })
  }
  for (const gone of before.values()) {
    changes.push({
      subject: subjectOf(refOf(gone)),
      action: 'pruned',
      message: `no longer rendered by release ${release}; Helm deletes it`
    })
  }
  return changes
}

/** What `helm upgrade --dry-run=client` renders for the add-on. */
async function proposedObjects(
  step: AddonStep,
  values: Record<string, unknown>,
  options: PreviewOptions,
  valuesHoldSecrets: boolean
): Promise<KubeJson[]> {
  const { addon } = step
  const access = await registryAccess(step, options)
  if (addon.chart.type === 'path' && options.root === undefined) {
    throw new ReleaseReadError(
      'a chart folder is rendered only with the repository at hand'
    )
  }
  const request = {
    chart: addon.chart,
    chartName: addon.chartName,
    chartVersion: addon.chartVersion,
    root: options.root ?? '',
    ...(access ? { access } : {})
  }
  const located = options.locateChart
    ? await options.locateChart(request)
    : { chart: chartArgs(request) }
  if ('failure' in located) {
    throw new ReleaseReadError(
      `helm pull failed (exit ${located.failure.exitCode}): ${trimOutput(located.failure.stderr, 3)}`
    )
  }
  const [chart, ...chartFlags] = located.chart
  const result = await runTool(
    options,
    helmBinary(options),
    [
      'upgrade',
      ...chartFlags,
      ...(access?.flags ?? []),
      ...helmFlags(options, step.namespace),
      '--values',
      '-',
      '--dry-run=client',
      '-o',
      'json',
      '--',
      addon.name,
      chart ?? ''
    ],
    JSON.stringify(values)
  )
  if (result.exitCode !== 0) {
    throw new ReleaseReadError(
      `helm upgrade --dry-run=client failed (exit ${result.exitCode}): ${
        valuesHoldSecrets
          ? "helm's message is not shown: the add-on's values hold secrets, which a template can print in any form; render the chart with them where the output stays private (helm template)"
          : trimOutput(result.stderr, 3)
      }`
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(result.stdout)
  } catch {
    throw new ReleaseReadError(
      'helm upgrade --dry-run=client printed something that is not JSON'
    )
  }
  const manifest = isRecord(parsed) ? parsed.manifest : undefined
  if (typeof manifest !== 'string') {
    throw new ReleaseReadError(
      'helm upgrade --dry-run=client printed no manifest'
    )
  }
  return manifestObjects(manifest, step.namespace)
}

/**
 * The registry login of a chart that names a credential, made as a sync
 * makes it; undefined for a chart that needs none. Throws ReleaseReadError
 * when the run has no credentials or the login failed.
 */
async function registryAccess(
  step: AddonStep,
  options: PreviewOptions
): Promise<{ flags: string[]; repository?: string } | undefined> {
  const { chart } = step.addon
  if (chart.credentialName === undefined || chart.type === 'path') return
  if (!options.chartAccess) {
    throw new ReleaseReadError(
      `the chart needs the registry credential "${chart.credentialName}", which this plan was not given`
    )
  }
  const access = await options.chartAccess(chart)
  if (access && 'failure' in access) throw new ReleaseReadError(access.failure)
  return access
}
