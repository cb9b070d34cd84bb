/**
 * Content digests of plan steps. The inventory records one per step, and a
 * sync re-applies only steps whose digest changed, so the digest must cover
 * everything that decides what a step does and nothing else: not its position
 * in the plan, not the file it was written in, not the key order of its YAML.
 */
import { createHash } from 'node:crypto'
import type { Addon, Manifest } from '../definition/definition-types.js'
import type { PlannedObject } from './plan-types.js'

/**
 * JSON with object keys sorted at every level and `undefined` members left
 * out, so equal values give equal text on every machine and Node version.
 * Array order is kept: it is meaningful (containers, args, rules).
 * Built by appending to one string, with no per-level arrays: every step's
 * digest walks every object of the definition, and those short-lived
 * arrays were most of a large plan's garbage.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return quoted(value)
  if (value === null || typeof value !== 'object') {
    // JSON.stringify(undefined) is undefined; inside arrays it means null.
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    let text = '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ','
      text += canonicalJson(value[i])
    }
    return `${text}]`
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  if (keys.length > 1) keys.sort()
  let text = '{'
  for (const key of keys) {
    const member = record[key]
    if (member === undefined) continue
    if (text.length > 1) text += ','
    text += quoted(key) + ':' + canonicalJson(member)
  }
  return `${text}}`
}

/**
 * Characters JSON.stringify never escapes. Most keys and values of a
 * manifest (names, labels, kinds, image references) hold only these, and
 * quoting them directly is cheaper than a JSON.stringify call per string,
 * which every plan makes for every key and string of every object.
 */
export const plainText = /^[\w .:/-]*$/

/** `text` as a JSON string literal, exactly as JSON.stringify writes it. */
function quoted(text: string): string {
  return plainText.test(text) ? `"${text}"` : JSON.stringify(text)
}

/** `sha256:<hex>` of the canonical JSON of a value. */
export function digestOf(value: unknown): string {
  const hash = createHash('sha256').update(canonicalJson(value), 'utf8')
  return `sha256:${hash.digest('hex')}`
}

/**
 * The digest of a manifest step: its objects in apply order (bodies after
 * variable substitution, plus the namespace each lands in), the default
 * namespace, `force` and the encrypted paths. The manifest's name and file
 * are left out: renaming or moving a file does not change the cluster.
 * Secret variables enter only through their scrypt digest, with their
 * references left as written in the bodies (validate/secret-substitution.ts);
 * `undefined` members drop out, so other steps keep their digests.
 */
export function manifestDigest(
  manifest: Manifest,
  objects: readonly PlannedObject[]
): string {
  return digestOf({
    kind: 'manifest',
    namespace: manifest.namespace,
    force: manifest.force,
    encryptedPaths: manifest.encryptedPaths,
    objects: objects.map((o) => ({
      namespace: o.namespace,
      body: o.object.digestBody ?? o.object.body
    })),
    secretVariables: manifest.secretDigest
  })
}

/**
 * The digest of an add-on step: release name and namespace, chart source,
 * name and version (and a chart folder's files), and the values. Credentials are left out on purpose:
 * rotating a pull secret does not change what gets installed. Secret
 * variables in the values enter as for manifests.
 */
export function addonDigest(addon: Addon, namespace: string): string {
  return digestOf({
    kind: 'addon',
    release: addon.name,
    namespace,
    chart: {
      type: addon.chart.type,
      location: addon.chart.location,
      name: addon.chartName,
      version: addon.chartVersion,
      // A chart folder's files: absent (and so left out) for other charts.
      files: addon.chart.folderDigest
    },
    values: addon.digestValues ?? addon.values,
    secretVariables: addon.secretDigest
  })
}
