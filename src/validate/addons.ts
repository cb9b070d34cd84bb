/**
 * Builds an Addon from a composed `addons[]` entry: where its chart comes
 * from (a URL, a named registry, or a chart folder in the repository) and
 * its Helm values (from_file, inline or base64), with stack variables
 * substituted.
 */
import { hasSopsMetadata } from '../sops/sops-metadata.js'
import { childPointer } from '../definition/pointer.js'
import {
  isRecord,
  listField,
  recordField,
  stringField
} from '../definition/plain-data.js'
import { isLocalChart } from '../definition/references.js'
import type { RegistryLookup } from '../definition/registry-lookup.js'
import type { Addon, ChartSource } from '../definition/definition-types.js'
import {
  keyLocation,
  report,
  sourceRef,
  type ValidationContext
} from './validation-context.js'
import { namedEntry } from './describe.js'
import { decodeBase64, parseEmbeddedYaml } from './embedded-yaml.js'
import { fileDocuments } from './manifests.js'
import { readParents } from './parents.js'
import { didYouMean } from './did-you-mean.js'
import { reportUnknownVariables, substituteBounded } from './variables.js'
import {
  secretDigest,
  secretUse,
  type SecretScope
} from './secret-substitution.js'
import { quoteValue } from '../redact.js'

/** The Addon for the entry at `pointer`. */
export function buildAddon(
  ctx: ValidationContext,
  entry: Record<string, unknown>,
  pointer: string,
  index: number,
  stack: string,
  variables: Record<string, string>,
  registries: RegistryLookup,
  secrets: SecretScope = { names: new Set(), variables }
): Addon {
  const subject = `${namedEntry('add-on', entry, index)} in stack "${stack}"`
  const chartName = stringField(entry, 'chart_name') ?? ''
  const unknown = new Set<string>()
  const { values, origin } = readValues(ctx, entry, pointer, subject)
  // A SOPS-encrypted file is applied as written, decrypted: replacing a
  // reference in it would break its MAC.
  const sealed = hasSopsMetadata(values)
  const substituted = sealed
    ? values
    : substituteBounded(ctx, values, variables, unknown, { pointer, subject })
  const use = sealed ? undefined : secretUse(values, secrets)
  reportUnknownVariables(ctx, unknown, pointer, subject, variables)
  if (entry.configuration_type !== undefined) {
    report(
      ctx,
      'warning',
      childPointer(pointer, 'configuration_type'),
      'deprecated-field',
      `"configuration_type" is deprecated and ignored; "configuration" is always read`,
      'Remove the line (Ankra dropped it in 2026).',
      keyLocation(ctx, childPointer(pointer, 'configuration_type'))
    )
  }
  return {
    kind: 'addon',
    name: stringField(entry, 'name') ?? '',
    stack,
    chartName,
    chartVersion: stringField(entry, 'chart_version') ?? '',
    chart: chartSource(ctx, entry, pointer, subject, registries),
    namespace: stringField(entry, 'namespace'),
    values: isRecord(substituted) ? substituted : {},
    ...(use && isRecord(use.marked)
      ? {
          digestValues: use.marked,
          secretDigest: secretDigest(ctx, use.names, secrets)
        }
      : {}),
    valuesOrigin: origin,
    encryptedPaths: listField(
      recordField(entry, 'configuration') ?? {},
      'encrypted_paths'
    ).filter((p) => typeof p === 'string'),
    parents: readParents(ctx, entry.parents, childPointer(pointer, 'parents')),
    source: sourceRef(ctx, pointer)
  }
}

function readValues(
  ctx: ValidationContext,
  entry: Record<string, unknown>,
  pointer: string,
  subject: string
): { values: unknown; origin?: Addon['valuesOrigin'] } {
  const configuration = recordField(entry, 'configuration')
  if (!configuration) return { values: {} }
  const base = childPointer(pointer, 'configuration')
  const given = (['from_file', 'values', 'values_base64'] as const).filter(
    (key) => typeof configuration[key] === 'string' && configuration[key] !== ''
  )
  const [chosen, ...ignored] = given
  if (chosen === undefined) return { values: {} }
  if (ignored.length > 0) {
    report(
      ctx,
      'warning',
      base,
      'values-multiple-sources',
      `the configuration of ${subject} sets ${given.map((g) => `"${g}"`).join(' and ')}; only "${chosen}" is used`,
      'Keep one, as Ankra uses the first of from_file, values, values_base64.'
    )
  }
  const at = childPointer(base, chosen)
  let documents: unknown[] | undefined
  if (chosen === 'from_file') {
    const ref = ctx.loaded.references.get(at)
    if (!ref?.parsed) return { values: {}, origin: { type: chosen } }
    documents = fileDocuments(ref.parsed).map((d) => d.value)
    return checkMapping(ctx, documents, at, subject, {
      type: chosen,
      file: ref.path
    })
  }
  let text = stringField(configuration, chosen) ?? ''
  if (chosen === 'values_base64') {
    const decoded = decodeBase64(ctx, text, at, `"values_base64" of ${subject}`)
    if (decoded === undefined) return { values: {}, origin: { type: chosen } }
    text = decoded
  }
  documents = parseEmbeddedYaml(ctx, text, at, `the values of ${subject}`)
  return checkMapping(ctx, documents ?? [], at, subject, { type: chosen })
}

function checkMapping(
  ctx: ValidationContext,
  documents: unknown[],
  at: string,
  subject: string,
  origin: NonNullable<Addon['valuesOrigin']>
): { values: unknown; origin: Addon['valuesOrigin'] } {
  const [first] = documents.filter((d) => d !== null)
  if (first === undefined) return { values: {}, origin }
  if (!isRecord(first)) {
    report(
      ctx,
      'error',
      at,
      'values-not-mapping',
      `the Helm values of ${subject} are not a mapping`,
      'Helm values are a YAML mapping, e.g. `replicaCount: 2`.'
    )
    return { values: {}, origin }
  }
  return { values: first, origin }
}

function chartSource(
  ctx: ValidationContext,
  entry: Record<string, unknown>,
  pointer: string,
  subject: string,
  registries: RegistryLookup
): ChartSource {
  const chartName = stringField(entry, 'chart_name') ?? ''
  const credentialName = stringField(entry, 'registry_credential_name')
  const registryName = stringField(entry, 'registry_name')
  if (isLocalChart(chartName)) {
    const ref = ctx.loaded.references.get(childPointer(pointer, 'chart_name'))
    return {
      type: 'path',
      location: ref?.path ?? chartName,
      resolvedBy: 'path',
      ...(ref?.digest ? { folderDigest: ref.digest } : {})
    }
  }
  for (const key of ['repository_url', 'registry_url'] as const) {
    const url = stringField(entry, key)
    if (url === undefined) continue
    const other =
      key === 'repository_url' ? stringField(entry, 'registry_url') : undefined
    if (other !== undefined && other !== url) {
      report(
        ctx,
        'error',
        childPointer(pointer, 'registry_url'),
        'chart-source-conflict',
        `${subject} names two different chart repositories (repository_url and registry_url)`,
        'Keep one of them.'
      )
    }
    return urlSource(
      ctx,
      url,
      childPointer(pointer, key),
      subject,
      key,
      registryName,
      credentialName
    )
  }
  if (registryName !== undefined) {
    return namedSource(
      ctx,
      entry,
      pointer,
      subject,
      registryName,
      credentialName,
      registries
    )
  }
  report(
    ctx,
    'error',
    pointer,
    'missing-chart-source',
    `${subject} does not say where its chart comes from`,
    'Add `repository_url: https://charts.example.com` (or oci://…), `registry_name: <registry>`, or write chart_name as a folder: `chart_name: ./charts/app`.'
  )
  return { type: 'http', location: '', resolvedBy: 'repository_url' }
}

function urlSource(
  ctx: ValidationContext,
  url: string,
  at: string,
  subject: string,
  key: 'repository_url' | 'registry_url',
  registryName: string | undefined,
  credentialName: string | undefined
): ChartSource {
  const type = /^oci:\/\//.test(url)
    ? 'oci'
    : /^https?:\/\//.test(url)
      ? 'http'
      : undefined
  if (type === undefined) {
    report(
      ctx,
      'error',
      at,
      'invalid-chart-url',
      `${key} of ${subject} is ${quoteValue(url)}; expected an http://, https:// or oci:// URL`,
      'Example: `repository_url: https://charts.jetstack.io`'
    )
  } else if (hasSpaceOrControl(url)) {
    // helm would fail on it at sync time; a line break in it would also
    // print as a second line wherever the plan names the chart.
    report(
      ctx,
      'error',
      at,
      'invalid-chart-url',
      `${key} of ${subject} holds a space, a line break or another control character; a URL cannot`,
      'Write the URL on one line with no spaces; encode a space in a path as %20.'
    )
  }
  return {
    type: type ?? 'http',
    location: url,
    resolvedBy: key,
    registryName,
    credentialName
  }
}

/** Whitespace or a C0 control (a line break, an escape), which no URL holds. */
function hasSpaceOrControl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\s\u0000-\u001f\u007f]/.test(url)
}

function namedSource(
  ctx: ValidationContext,
  entry: Record<string, unknown>,
  pointer: string,
  subject: string,
  registryName: string,
  credentialName: string | undefined,
  registries: RegistryLookup
): ChartSource {
  const at = childPointer(pointer, 'registry_name')
  const registry = registries.find(registryName)
  if (!registry) {
    report(
      ctx,
      'error',
      at,
      'unknown-registry',
      `${subject} names the Helm registry "${registryName}", which is neither in spec.helm_registries nor in the bundled catalog`,
      didYouMean(registryName, registries.names()) ??
        'Declare it under spec.helm_registries, or give `registry_url` / `repository_url` instead.'
    )
    return {
      type: 'http',
      location: '',
      resolvedBy: 'registry_name',
      registryName,
      credentialName
    }
  }
  const chartName = stringField(entry, 'chart_name') ?? ''
  if (registry.excludeCharts.includes(chartName)) {
    report(
      ctx,
      'error',
      childPointer(pointer, 'chart_name'),
      'chart-excluded',
      `the registry "${registry.name}" excludes the chart "${chartName}" (exclude_charts, ${registry.origin})`,
      'Use another registry for this chart.'
    )
  }
  const scheme = registry.url.startsWith('oci://')
    ? 'OCIRegistry'
    : 'HTTPRegistry'
  if (scheme !== registry.kind) {
    report(
      ctx,
      'error',
      at,
      'registry-kind-mismatch',
      `the registry "${registry.name}" is declared as ${registry.kind} but its URL ${registry.url} is ${scheme === 'OCIRegistry' ? 'an oci://' : 'an http(s)://'} URL (${registry.origin})`
    )
  }
  return {
    type: scheme === 'OCIRegistry' ? 'oci' : 'http',
    location: registry.url,
    resolvedBy: 'registry_name',
    registryName: registry.name,
    // The add-on's own credential wins over its registry's, as in Ankra.
    credentialName: credentialName ?? registry.credentialName
  }
}
