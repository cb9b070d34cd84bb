/**
 * Kubernetes objects as the apply layer moves them around: references
 * (group, kind, namespace, name), the List documents kubectl reads on stdin,
 * and the JSON kubectl writes back.
 */
import type { PlannedObject } from '../plan/plan-types.js'

/** Enough to find an object again (inventory entries, prune, health). */
export interface ObjectRef {
  apiVersion: string
  kind: string
  name: string
  namespace?: string
}

/** A live or desired object as plain JSON. */
export type KubeJson = Record<string, unknown>

/** A DNS-1123 label, as a regular expression's source. */
export const dnsLabel = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?'
/** `version` or `group/version`: the group a DNS subdomain, the version a DNS label. */
const apiVersionShape = new RegExp(
  `^(?:${dnsLabel}(?:\\.${dnsLabel})*/)?${dnsLabel}$`
)

/**
 * True for an apiVersion of the shape the API server serves (`v1`,
 * `apps/v1`): it goes into request paths (`/apis/<group>/<version>`), so
 * anything else (`apps/v1/deployments?watch=true`) is never sent.
 */
export function isApiVersion(text: string): boolean {
  return text.length <= 316 && apiVersionShape.test(text)
}

/** The API group of an apiVersion (`''` for the core group). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}

/** `Kind/namespace/name` or `Kind/name`: the change-set subject. */
export function subjectOf(ref: ObjectRef): string {
  return ref.namespace
    ? `${ref.kind}/${ref.namespace}/${ref.name}`
    : `${ref.kind}/${ref.name}`
}

/**
 * A key that identifies an object across API versions (`apps/v1` and
 * `apps/v1beta1` name the same Deployment): group, kind, namespace, name.
 */
export function refKey(ref: ObjectRef): string {
  return `${groupOf(ref.apiVersion)}|${ref.kind}|${ref.namespace ?? ''}|${ref.name}`
}

/** {@link refKey} without the namespace. */
export function unscopedKey(ref: ObjectRef): string {
  return refKey({ ...ref, namespace: undefined })
}

/**
 * Which of `requested` a live object stands for (its refKey), or undefined.
 * Its own key first. Else an object the server keeps in a namespace stands
 * for one requested without a namespace (applied to the kubeconfig
 * context's), and one it keeps in none for one requested with a namespace
 * (a cluster-scoped kind whose scope the plan did not know).
 */
export function requestedKeys(
  requested: readonly ObjectRef[]
): (live: ObjectRef) => string | undefined {
  const exact = new Set(requested.map(refKey))
  const unnamed = new Map<string, string>()
  const named = new Map<string, string>()
  for (const ref of requested) {
    const by = ref.namespace === undefined ? unnamed : named
    if (!by.has(unscopedKey(ref))) by.set(unscopedKey(ref), refKey(ref))
  }
  return (live) => {
    const key = refKey(live)
    if (exact.has(key)) return key
    return (live.namespace === undefined ? named : unnamed).get(
      unscopedKey(live)
    )
  }
}

/** The reference of a JSON object as kubectl returns it. */
export function refOf(object: KubeJson): ObjectRef {
  const metadata = (object.metadata ?? {}) as Record<string, unknown>
  const namespace = metadata.namespace
  return {
    apiVersion: String(object.apiVersion),
    kind: String(object.kind),
    name: String(metadata.name),
    ...(typeof namespace === 'string' && namespace !== '' ? { namespace } : {})
  }
}

/** A minimal object (no spec) that `kubectl get/delete -f -` accepts. */
export function stubOf(ref: ObjectRef): KubeJson {
  return {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: {
      name: ref.name,
      ...(ref.namespace ? { namespace: ref.namespace } : {})
    }
  }
}

/** One JSON `List` document: how many objects go to one kubectl process. */
export function listDocument(items: readonly KubeJson[]): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items })
}

/**
 * The objects in kubectl's JSON output. `get` prints one List; `apply -o
 * json` prints one object, a List, or (older versions) several documents
 * back to back, so the text is split at top-level value boundaries.
 */
export function parseKubectlJson(text: string): KubeJson[] {
  const items: KubeJson[] = []
  for (const doc of splitJsonDocuments(text)) {
    const value = JSON.parse(doc) as KubeJson
    if (value.kind === 'List' || Array.isArray(value.items)) {
      const list = Array.isArray(value.items) ? value.items : []
      for (const item of list as KubeJson[]) items.push(item)
    } else {
      items.push(value)
    }
  }
  return items
}

function splitJsonDocuments(text: string): string[] {
  const docs: string[] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' || c === ']') {
      depth--
      if (depth === 0 && start >= 0) {
        docs.push(text.slice(start, i + 1))
        start = -1
      }
    }
  }
  return docs
}

/** `metadata.resourceVersion`, or undefined for objects not yet created. */
export function resourceVersionOf(object: KubeJson): string | undefined {
  const metadata = object.metadata as Record<string, unknown> | undefined
  const rv = metadata?.resourceVersion
  return typeof rv === 'string' ? rv : undefined
}

/** The label that makes an object a member of the cluster's ApplySet (KEP-3659). */
export const partOfLabel = 'applyset.kubernetes.io/part-of'

/** The live object's `applyset.kubernetes.io/part-of` label, if set. */
export function applySetOf(live: KubeJson): string | undefined {
  const value = metadataMap(live, 'labels')[partOfLabel]
  return typeof value === 'string' && value !== '' ? value : undefined
}

const releaseNameAnnotation = 'meta.helm.sh/release-name'
const releaseNamespaceAnnotation = 'meta.helm.sh/release-namespace'

/** The Helm release that manages the live object (Helm's ownership annotations), if any. */
export function helmReleaseOf(
  live: KubeJson
): { namespace: string; name: string } | undefined {
  const annotations = metadataMap(live, 'annotations')
  const name = annotations[releaseNameAnnotation]
  const namespace = annotations[releaseNamespaceAnnotation]
  return typeof name === 'string' && typeof namespace === 'string'
    ? { namespace, name }
    : undefined
}

/**
 * A copy of the live object, to write back whole, with Helm's ownership
 * annotations naming `release`, or without them when it is undefined; its
 * `managedFields` are left out (the server keeps them).
 */
export function withHelmRelease(
  live: KubeJson,
  release: { namespace: string; name: string } | undefined
): KubeJson {
  const metadata = { ...(live.metadata as Record<string, unknown>) }
  const annotations = { ...metadataMap(live, 'annotations') }
  delete annotations[releaseNameAnnotation]
  delete annotations[releaseNamespaceAnnotation]
  if (release) {
    annotations[releaseNameAnnotation] = release.name
    annotations[releaseNamespaceAnnotation] = release.namespace
  }
  metadata.annotations = annotations
  delete metadata.managedFields
  return { ...live, metadata }
}

/** The live object's `metadata.annotations` (empty when it has none). */
export function annotationsOf(live: KubeJson): Record<string, unknown> {
  return metadataMap(live, 'annotations')
}

/** Whether the live object is a Helm hook (`helm.sh/hook`). */
export function isHelmHook(live: KubeJson): boolean {
  return metadataMap(live, 'annotations')['helm.sh/hook'] !== undefined
}

/** `metadata.labels` or `metadata.annotations` as read, or an empty map. */
function metadataMap(
  live: KubeJson,
  which: 'labels' | 'annotations'
): Record<string, unknown> {
  const metadata = live.metadata
  const map =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>)[which]
      : undefined
  return typeof map === 'object' && map !== null
    ? (map as Record<string, unknown>)
    : {}
}

/**
 * The object exactly as a sync sends it: the planned namespace filled in and
 * the ApplySet membership label set. Previews and drift checks must send the
 * same document, or a server-side dry run reports the label's removal as a
 * change on a cluster that was synced a moment ago.
 */
export function appliedDocument(
  planned: PlannedObject,
  applySetId: string
): KubeJson {
  const { body } = planned.object
  const metadata = { ...((body.metadata ?? {}) as Record<string, unknown>) }
  if (planned.namespace !== undefined) metadata.namespace = planned.namespace
  return withLabels(secretAsData({ ...body, metadata }), {
    [partOfLabel]: applySetId
  })
}

/**
 * A core Secret's `stringData` as base64 `data` (a key in both: the
 * `stringData` value, as the API server merges them), as Flux sends it.
 * `stringData` is write-only: a server-side apply of it owns
 * `stringData.<key>`, so a key later dropped from the manifest stays in
 * `data` for good (kubernetes/kubernetes#108008). Owning `data.<key>`, the
 * server removes it. A `stringData` holding a value that is not text is
 * sent as written, for the server to refuse.
 */
function secretAsData(body: KubeJson): KubeJson {
  if (body.kind !== 'Secret' || groupOf(String(body.apiVersion)) !== '')
    return body
  const stringData = body.stringData
  if (typeof stringData !== 'object' || stringData === null) return body
  const entries = Object.entries(stringData as Record<string, unknown>)
  if (entries.some(([, value]) => typeof value !== 'string')) return body
  const data = { ...((body.data ?? {}) as Record<string, unknown>) }
  for (const [key, value] of entries)
    data[key] = Buffer.from(value as string, 'utf8').toString('base64')
  const sent: KubeJson = { ...body, data }
  delete sent.stringData
  return sent
}

/** A copy of `body` with the given labels merged into `metadata.labels`. */
export function withLabels(
  body: KubeJson,
  labels: Record<string, string>
): KubeJson {
  const metadata = { ...((body.metadata ?? {}) as Record<string, unknown>) }
  const existing = (metadata.labels ?? {}) as Record<string, string>
  metadata.labels = { ...existing, ...labels }
  return { ...body, metadata }
}

/** `<group.>version.Kind.namespace.name`, kubectl diff's name for an object. */
export function diffName(object: KubeJson): string {
  const ref = refOf(object)
  const group = groupOf(ref.apiVersion)
  const version = ref.apiVersion.slice(ref.apiVersion.indexOf('/') + 1)
  return `${group ? `${group}.` : ''}${version}.${ref.kind}.${ref.namespace ?? ''}.${ref.name}`
}
