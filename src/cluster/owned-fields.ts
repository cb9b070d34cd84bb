/**
 * Whether a server-side apply of a manifest would change a live object,
 * judged without sending it: the fields ClusterSync's field manager owns
 * (its `Apply` entry in managedFields, fieldsV1 as server-side apply
 * records it) against the fields the manifest sets, and the live values of
 * those fields against the manifest's.
 *
 * - A field the manifest sets that ClusterSync does not own (never applied,
 *   or another manager took it by changing it) differs: applying takes it
 *   back, or reports the conflict naming that manager.
 * - A field ClusterSync owns that the manifest no longer sets differs:
 *   applying removes it.
 * - A field only another manager set (a label, a defaulted field) is not
 *   ClusterSync's and is not compared.
 *
 * Values are compared as the server stores them: list items are found by
 * the keys fieldsV1 names (a Service port's defaulted protocol included),
 * a Secret's `stringData` against its `data`, a number against the string
 * a quantity becomes. Anything else this cannot judge is `unsure`, and the
 * caller sends (or dry-runs) the object: correctness over speed.
 */
import { fieldManager } from './cluster-client.js'
import { groupOf, type KubeJson } from './kube-objects.js'

/** What a server-side apply of the manifest would do to the live object. */
export type OwnedVerdict = 'same' | 'differs' | 'unsure'

type Fields = Record<string, unknown>

/** Compares `desired` (the document a sync sends) with `live` (with managedFields). */
export function compareOwned(desired: KubeJson, live: KubeJson): OwnedVerdict {
  const metadata = record(live.metadata)
  if (!metadata || metadata.deletionTimestamp !== undefined) return 'differs'
  const owned = ownedFields(metadata.managedFields, String(desired.apiVersion))
  if (owned === 'unsure') return 'unsure'
  if (owned === undefined) return 'differs'
  const secret = secretView(desired, live)
  if (secret === undefined) return 'unsure'
  return compareMap(topLevel(desired), secret, owned)
}

/** ClusterSync's Apply entry's fieldsV1; unsure when recorded under another version. */
function ownedFields(
  entries: unknown,
  apiVersion: string
): Fields | 'unsure' | undefined {
  if (!Array.isArray(entries)) return undefined
  const ours = entries
    .map(record)
    .filter(
      (e): e is Fields =>
        e !== undefined &&
        e.manager === fieldManager &&
        e.operation === 'Apply' &&
        (e.subresource === undefined || e.subresource === '')
    )
  if (ours.length === 0) return undefined
  if (ours.length > 1 || ours[0]?.apiVersion !== apiVersion) return 'unsure'
  return record(ours[0]?.fieldsV1) ?? {}
}

/**
 * The manifest without what server-side apply never records as owned: the
 * object's identity (apiVersion, kind, name, namespace).
 */
function topLevel(desired: KubeJson): Fields {
  const rest: Fields = { ...desired }
  delete rest.apiVersion
  delete rest.kind
  const metadata = { ...(record(desired.metadata) ?? {}) }
  delete metadata.name
  delete metadata.namespace
  if (Object.keys(metadata).length > 0) rest.metadata = metadata
  else delete rest.metadata
  return rest
}

/**
 * The live object as the manifest names its fields: a Secret's
 * `stringData` is stored in `data` (base64), so its values are read back
 * from there. Undefined when a key is set both ways (which one wins is the
 * server's business).
 */
function secretView(desired: KubeJson, live: KubeJson): Fields | undefined {
  const stringData = record(desired.stringData)
  if (
    stringData === undefined ||
    desired.kind !== 'Secret' ||
    groupOf(String(desired.apiVersion)) !== ''
  )
    return live
  const data = record(live.data) ?? {}
  const desiredData = record(desired.data) ?? {}
  const decoded: Fields = {}
  for (const key of Object.keys(stringData)) {
    if (key in desiredData) return undefined
    const stored = data[key]
    if (typeof stored === 'string')
      decoded[key] = Buffer.from(stored, 'base64').toString('utf8')
  }
  return { ...live, stringData: decoded }
}

function compareNode(
  desired: unknown,
  live: unknown,
  owned: unknown
): OwnedVerdict {
  const fields = record(owned)
  if (fields === undefined) return 'differs'
  if (desired === null || desired === undefined) return 'unsure'
  const isLeaf = Object.keys(fields).length === 0
  if (Array.isArray(desired)) {
    if (isLeaf) return atomicEqual(desired, live) // an atomic list
    return compareList(desired, live, fields)
  }
  const map = record(desired)
  if (map !== undefined) {
    // A leaf for a map with entries: an atomic map (a selector), compared whole.
    if (isLeaf && Object.keys(map).length > 0) return atomicEqual(map, live)
    const liveMap = record(live)
    if (liveMap === undefined) return isLeaf ? 'same' : 'differs'
    return compareMap(map, liveMap, fields)
  }
  if (!isLeaf) return 'differs'
  return scalarEqual(desired, live) ? 'same' : 'differs'
}

/** Every field set is owned, every owned field is set, and their values agree. */
function compareMap(
  desired: Fields,
  live: Fields,
  owned: Fields,
  keyFields: ReadonlySet<string> = new Set()
): OwnedVerdict {
  for (const key of Object.keys(owned)) {
    if (key === '.') continue
    if (!key.startsWith('f:')) return 'unsure'
    const name = key.slice(2)
    // A list item's key field the server defaulted (a port's protocol): the
    // item was found by it, so its value already agrees.
    if (!(name in desired) && !keyFields.has(name)) return 'differs'
  }
  return worst(
    Object.keys(desired).map(
      (name) => () => compareNode(desired[name], live[name], owned[`f:${name}`])
    )
  )
}

/**
 * A list merged by key (containers by name, ports by port and protocol) or
 * as a set of scalars; each item the manifest sets must be owned, in the
 * live list, and in the manifest's order.
 */
function compareList(
  desired: unknown[],
  live: unknown,
  owned: Fields
): OwnedVerdict {
  const keys = Object.keys(owned).filter((k) => k !== '.')
  if (!Array.isArray(live) || keys.length !== desired.length) return 'differs'
  if (keys.every((k) => k.startsWith('v:'))) {
    const want = new Set(desired.map((d) => JSON.stringify(d)))
    const have = new Set(live.map((d) => JSON.stringify(d)))
    return keys.every((k) => want.has(k.slice(2)) && have.has(k.slice(2)))
      ? 'same'
      : 'differs'
  }
  if (!keys.every((k) => k.startsWith('k:'))) return 'unsure'
  const checks: (() => OwnedVerdict)[] = []
  const used = new Set<number>()
  let lastLive = -1
  for (const key of keys) {
    const id = parseKey(key.slice(2))
    if (id === undefined) return 'unsure'
    const matches = desired.flatMap((item, i) =>
      matchesKey(item, id, false) ? [i] : []
    )
    const at = matches[0]
    if (matches.length !== 1 || at === undefined || used.has(at))
      return 'unsure'
    used.add(at)
    const liveAt = live.findIndex((item) => matchesKey(item, id, true))
    if (liveAt < 0 || liveAt < lastLive) return 'differs'
    lastLive = liveAt
    const item = record(desired[at]) ?? {}
    const liveItem = record(live[liveAt]) ?? {}
    const fields = record(owned[key]) ?? {}
    checks.push(() =>
      compareMap(item, liveItem, fields, new Set(Object.keys(id)))
    )
  }
  // Items in the manifest's order, so their live order agrees too.
  const order = [...used]
  if (order.some((v, i) => i > 0 && v < (order[i - 1] ?? 0))) return 'differs'
  return worst(checks)
}

/** An item matches a key when its key fields agree; `strict`: all must be present. */
function matchesKey(item: unknown, id: Fields, strict: boolean): boolean {
  const fields = record(item)
  if (fields === undefined) return false
  return Object.entries(id).every(([name, value]) =>
    name in fields
      ? scalarEqual(fields[name], value) || scalarEqual(value, fields[name])
      : !strict
  )
}

function parseKey(text: string): Fields | undefined {
  try {
    return record(JSON.parse(text))
  } catch {
    return undefined
  }
}

/** `differs` over `unsure` over `same`; stops at the first `differs`. */
function worst(checks: readonly (() => OwnedVerdict)[]): OwnedVerdict {
  let verdict: OwnedVerdict = 'same'
  for (const check of checks) {
    const v = check()
    if (v === 'differs') return v
    if (v === 'unsure') verdict = v
  }
  return verdict
}

/**
 * An atomic value (list or map replaced whole): equal as JSON, or unsure
 * when the server may have defaulted fields inside its items.
 */
function atomicEqual(desired: unknown, live: unknown): OwnedVerdict {
  if (deepEqual(desired, live)) return 'same'
  if (live === undefined || live === null) return 'differs'
  return containsAll(desired, live) ? 'unsure' : 'differs'
}

/** Equal as JSON values, whatever order a map's keys come in. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => deepEqual(v, b[i]))
    )
  }
  const map = record(a)
  if (map === undefined) return scalarEqual(a, b)
  const other = record(b)
  if (other === undefined) return false
  const keys = Object.keys(map)
  return (
    keys.length === Object.keys(other).length &&
    keys.every((k) => k in other && deepEqual(map[k], other[k]))
  )
}

/** Whether every value the manifest sets is in the live value (defaults aside). */
function containsAll(desired: unknown, live: unknown): boolean {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(live) &&
      live.length === desired.length &&
      desired.every((d, i) => containsAll(d, live[i]))
    )
  }
  const map = record(desired)
  if (map !== undefined) {
    const liveMap = record(live)
    return (
      liveMap !== undefined &&
      Object.entries(map).every(([k, v]) => containsAll(v, liveMap[k]))
    )
  }
  return scalarEqual(desired, live)
}

/** Equal, or a number the server stores as a string (a quantity: `cpu: 1` is `"1"`). */
function scalarEqual(desired: unknown, live: unknown): boolean {
  if (desired === live) return true
  return typeof desired === 'number' && live === String(desired)
}

function record(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : undefined
}
