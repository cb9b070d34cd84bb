/**
 * Fields that become arguments of helm and kubectl, checked by the tools'
 * own rules before anything runs: a release name such as
 * `--kubeconfig=/tmp/x`, a namespace `-n` or a version `--devel` would
 * otherwise pass validation and be read as a flag, or fail only at apply
 * time. The rules are Helm's and Kubernetes' (see the links below), so a
 * definition they accept is never refused here.
 */
import { childPointer } from '../definition/pointer.js'
import { isLocalChart } from '../definition/references.js'
import type { Stack } from '../definition/definition-types.js'
import { quoteValue } from '../redact.js'
import { report, type ValidationContext } from './validation-context.js'

// Kubernetes' DNS-1123 label (k8s.io/apimachinery validation.IsDNS1123Label).
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const maxLabelLength = 63

// Helm's release name rule (helm pkg/chartutil ValidateReleaseName): a
// DNS-1123 subdomain of at most 53 characters, leaving room for suffixes
// charts add to the names of what they create.
const helmReleaseName =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const maxReleaseNameLength = 53

// One term of a version constraint as Helm reads it (Masterminds semver):
// an optional operator, then a version whose parts may be wildcards, with
// optional pre-release and build metadata. Terms are joined by `,`, spaces
// or `||`, and `a - b` is a range.
const versionTerm =
  /^(?:!=|>=|=>|<=|=<|~>|[=<>~^])?\s*v?(?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2}(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

/** Reports every release name, namespace, chart name and version helm or kubectl would refuse or misread. */
export function checkToolArguments(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  for (const stack of stacks) {
    for (const manifest of stack.manifests) {
      checkNamespace(ctx, manifest.namespace, manifest.source.pointer)
    }
    for (const addon of stack.addons) {
      const pointer = addon.source.pointer
      checkReleaseName(ctx, addon.name, childPointer(pointer, 'name'))
      checkNamespace(ctx, addon.namespace, pointer)
      if (!isLocalChart(addon.chartName)) {
        checkChartName(
          ctx,
          addon.chartName,
          childPointer(pointer, 'chart_name')
        )
      }
      checkVersion(
        ctx,
        addon.chartVersion,
        childPointer(pointer, 'chart_version')
      )
    }
  }
}

function checkReleaseName(
  ctx: ValidationContext,
  name: string,
  at: string
): void {
  if (name === '') return // the schema reports it
  const problem =
    name.length > maxReleaseNameLength
      ? `is ${name.length} characters long; Helm allows at most ${maxReleaseNameLength}`
      : helmReleaseName.test(name)
        ? undefined
        : 'is not a name Helm accepts for a release'
  if (problem === undefined) return
  report(
    ctx,
    'error',
    at,
    'invalid-release-name',
    `the add-on name ${quoteValue(name)} ${problem}`,
    'The add-on name is the Helm release name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, e.g. `name: ingress-nginx`.'
  )
}

function checkNamespace(
  ctx: ValidationContext,
  namespace: string | undefined,
  entry: string
): void {
  if (namespace === undefined) return
  if (namespace.length <= maxLabelLength && dns1123Label.test(namespace)) return
  report(
    ctx,
    'error',
    childPointer(entry, 'namespace'),
    'invalid-namespace',
    `the namespace ${quoteValue(namespace)} is not a Kubernetes namespace name`,
    `A namespace name is a DNS-1123 label: at most ${maxLabelLength} lower-case letters, digits and "-", starting and ending with a letter or digit, e.g. \`namespace: monitoring\`.`
  )
}

function checkChartName(
  ctx: ValidationContext,
  chartName: string,
  at: string
): void {
  if (chartName === '') return // the schema reports it
  if (!chartName.startsWith('-') && !/[\s\p{Cc}]/u.test(chartName)) return
  report(
    ctx,
    'error',
    at,
    'invalid-chart-name',
    `the chart name ${quoteValue(chartName)} ${chartName.startsWith('-') ? 'starts with "-", so helm would read it as a flag' : 'contains whitespace or control characters'}`,
    'Write the name of the chart in its repository, e.g. `chart_name: ingress-nginx`, or a chart folder: `chart_name: ./charts/app`.'
  )
}

function checkVersion(
  ctx: ValidationContext,
  version: string,
  at: string
): void {
  if (version === '' || isVersionConstraint(version)) return
  report(
    ctx,
    'error',
    at,
    'invalid-chart-version',
    `the chart version ${quoteValue(version)} is neither a version nor a version range Helm accepts`,
    'Give a version, e.g. `chart_version: "1.2.3"`, or a range such as `">=1.2.0 <2.0.0"` or `"~1.2"`.'
  )
}

/** True for a semantic version or a range of them as `helm --version` reads it. */
export function isVersionConstraint(text: string): boolean {
  const alternatives = text.split('||')
  return alternatives.every((alternative) => {
    // `1.2 - 1.4`: a hyphen range, spaces around the dash.
    const terms = alternative
      .trim()
      .replace(/\s+-\s+/g, ' ')
      // An operator may be followed by spaces: `>= 1.2`.
      .replace(/(!=|>=|=>|<=|=<|~>|[=<>~^])\s+/g, '$1')
      .split(/[\s,]+/)
      .filter((t) => t !== '')
    return terms.length > 0 && terms.every((t) => versionTerm.test(t))
  })
}
