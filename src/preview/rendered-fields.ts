/**
 * Which fields of a live object drifted from what a Helm release rendered
 * for it (`helm get manifest`), judged by who last set each field
 * (managedFields). Helm v3 writes as the manager `helm` with Update
 * operations (client-side three-way merge), helm v4 as `helm` with Apply
 * (server-side apply); both are read the same way here.
 *
 * A rendered field whose live value differs is drift when nobody owns it
 * any more (removed by hand) or a kubectl manager took it (`kubectl-edit`,
 * `kubectl-patch`, `kubectl-set`, `kubectl`, …: a person's change). It is
 * not drift when:
 * - helm still owns it: helm wrote it last, so the difference is the API
 *   server's normal form (`cpu: 0.5` stored as `500m`);
 * - another manager took it (an HPA's `replicas` through the scale
 *   subresource, an operator): a deliberate co-owner, as with Flux's and
 *   Argo CD's "managed fields managers".
 * Fields the chart never rendered (a controller's annotations, status,
 * defaults) are not looked at. Pure: tested without a cluster.
 */
import { isRecord, pathName } from '../plan/object-diff.js'
import { groupOf, type KubeJson } from '../cluster/kube-objects.js'

/** One rendered field whose live value changed. */
export interface FieldDrift {
  /** `spec.template.spec.containers[name=app].image`. */
  path: string
  rendered: unknown
  /** Undefined when the field is gone from the live object. */
  live: unknown
  /** The kubectl manager that set it, when one did. */
  manager?: string
}

type Fields = Record<string, unknown>

interface ManagerEntry {
  manager: string
  fields: Fields
}

/** Helm's field manager in v3 and v4. */
export const helmManager = 'helm'

/** The rendered fields of `live` that drifted; see the file comment. */
export function renderedDrift(
  rendered: KubeJson,
  live: KubeJson
): FieldDrift[] {
  const entries = managerEntries(live)
  const found: FieldDrift[] = []
  const leaf = (
    path: string,
    fpath: readonly string[],
    want: unknown,
    have: unknown
  ): void => {
    const owners = entries.filter((e) => owns(e.fields, fpath))
    const kubectl = owners.find((e) => isKubectl(e.manager))
    if (owners.length > 0 && !kubectl) return // helm or a co-owner
    found.push({
      path,
      rendered: want,
      live: have,
      ...(kubectl ? { manager: kubectl.manager } : {})
    })
  }
  const walk = (
    want: unknown,
    have: unknown,
    path: string,
    fpath: string[]
  ): void => {
    if (want === null || want === undefined) return
    if (Array.isArray(want)) {
      if (want.length === 0 && isEmpty(have)) return
      walkList(want, have, path, fpath)
      return
    }
    if (isRecord(want)) {
      const keys = Object.keys(want)
      if (keys.length === 0 && isEmpty(have)) return
      if (!isRecord(have)) return leaf(path, fpath, want, have)
      for (const key of keys)
        walk(want[key], have[key], join(path, key), [...fpath, `f:${key}`])
      return
    }
    if (!scalarEqual(want, have)) leaf(path, fpath, want, have)
  }
  const walkList = (
    want: unknown[],
    have: unknown,
    path: string,
    fpath: string[]
  ): void => {
    const keys = listKeys(entries, fpath)
    if (keys.length === 0 || !Array.isArray(have)) {
      // An atomic list (or one nobody tracks by key): compared whole.
      if (!containsAll(want, have)) leaf(path, fpath, want, have)
      return
    }
    for (const item of want) {
      const key = keys.find((k) => matchesKey(item, k.id, false))
      const liveItem: unknown = key
        ? (have as unknown[]).find((h) => matchesKey(h, key.id, true))
        : undefined
      if (!key || liveItem === undefined) {
        if (!(have as unknown[]).some((h) => containsAll(item, h))) {
          const itemPath = `${path}[${itemName(item, key?.id)}]`
          // Judged by who owns the item, not the list: helm keeps owning
          // the list through its other items after one is deleted by hand.
          // An item no manager lists is owned by nobody any more.
          if (key) leaf(itemPath, [...fpath, key.raw], item, undefined)
          else found.push({ path: itemPath, rendered: item, live: undefined })
        }
        continue
      }
      if (key.raw.startsWith('v:')) continue // a set item: present is enough
      walk(item, liveItem, `${path}[${itemName(item, key.id)}]`, [
        ...fpath,
        key.raw
      ])
    }
  }
  const { want, have } = comparable(rendered, live)
  for (const key of Object.keys(want))
    walk(want[key], have[key], key, [`f:${key}`])
  return found
}

/**
 * The rendered object without its identity and status, and the live one;
 * a core Secret's rendered `stringData` compared as the `data` it becomes.
 */
function comparable(
  rendered: KubeJson,
  live: KubeJson
): { want: Fields; have: Fields } {
  const want: Fields = { ...rendered }
  for (const key of ['apiVersion', 'kind', 'status']) delete want[key]
  const metadata = isRecord(rendered.metadata) ? { ...rendered.metadata } : {}
  delete metadata.name
  delete metadata.namespace
  if (Object.keys(metadata).length > 0) want.metadata = metadata
  else delete want.metadata
  if (
    rendered.kind === 'Secret' &&
    groupOf(String(rendered.apiVersion)) === '' &&
    isRecord(rendered.stringData)
  ) {
    const data: Fields = isRecord(rendered.data) ? { ...rendered.data } : {}
    for (const [k, v] of Object.entries(rendered.stringData))
      data[k] = Buffer.from(String(v), 'utf8').toString('base64')
    want.data = data
    delete want.stringData
  }
  return { want, have: live }
}

function managerEntries(live: KubeJson): ManagerEntry[] {
  const metadata = isRecord(live.metadata) ? live.metadata : {}
  const list = Array.isArray(metadata.managedFields)
    ? metadata.managedFields
    : []
  return list.flatMap((e): ManagerEntry[] =>
    isRecord(e) && typeof e.manager === 'string' && isRecord(e.fieldsV1)
      ? [{ manager: e.manager, fields: e.fieldsV1 }]
      : []
  )
}

/** kubectl's managers: `kubectl`, `kubectl-edit`, `kubectl-patch`, … */
function isKubectl(manager: string): boolean {
  return manager === 'kubectl' || manager.startsWith('kubectl-')
}

/** Whether `fields` owns the field at `fpath` (or an atomic value holding it). */
function owns(fields: Fields, fpath: readonly string[]): boolean {
  let node: Fields = fields
  for (const key of fpath) {
    const next = node[key]
    if (!isRecord(next)) return false
    // A leaf on the way: the whole value is owned as one (atomic).
    if (Object.keys(next).length === 0) return true
    node = next
  }
  return true
}

interface ListKey {
  raw: string
  id: Fields
}

/** The item keys (`k:{…}`, `v:…`) any manager records for the list at `fpath`. */
function listKeys(
  entries: readonly ManagerEntry[],
  fpath: string[]
): ListKey[] {
  const keys = new Map<string, ListKey>()
  for (const entry of entries) {
    let node: unknown = entry.fields
    for (const key of fpath) node = isRecord(node) ? node[key] : undefined
    if (!isRecord(node)) continue
    for (const raw of Object.keys(node)) {
      const id = parseKey(raw)
      if (id) keys.set(raw, { raw, id })
    }
  }
  return [...keys.values()]
}

function parseKey(raw: string): Fields | undefined {
  if (!raw.startsWith('k:') && !raw.startsWith('v:')) return undefined
  try {
    const value = JSON.parse(raw.slice(2)) as unknown
    return raw.startsWith('k:')
      ? isRecord(value)
        ? value
        : undefined
      : { '': value }
  } catch {
    return undefined
  }
}

/** An item matches a key when its key fields agree; `strict`: all present. */
function matchesKey(item: unknown, id: Fields, strict: boolean): boolean {
  if ('' in id) return scalarEqual(id[''], item) // a set's value
  if (!isRecord(item)) return false
  return Object.entries(id).every(([name, value]) =>
    name in item ? scalarEqual(value, item[name]) : !strict
  )
}

/** `name=app`, or the item's position-free JSON when it has no key. */
function itemName(item: unknown, id: Fields | undefined): string {
  if (id && !('' in id) && isRecord(item)) {
    return Object.keys(id)
      .map((k) => `${k}=${pathName(String(item[k] ?? id[k]))}`)
      .join(',')
  }
  // No manager lists the item (deleted by hand): its name, as Kubernetes
  // keys most lists, rather than its content, which may hold a value.
  if (isRecord(item) && typeof item.name === 'string')
    return `name=${pathName(item.name)}`
  // A set's value (a finalizer) is its own name: quoted and cut as a name
  // is, a form the masking of a secret value knows (printed-forms.ts).
  if (typeof item === 'string') return quotedKey(item)
  const text = JSON.stringify(item) ?? ''
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

function join(path: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key)
    ? `${path}.${key}`
    : `${path}[${quotedKey(key)}]`
}

/** A key in double quotes, JSON-escaped and cut when it is not plain. */
function quotedKey(key: string): string {
  const name = pathName(key)
  return name.startsWith('"') ? name : `"${name}"`
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (Array.isArray(value)) return value.length === 0
  return isRecord(value) && Object.keys(value).length === 0
}

/** Every value the rendered one sets is in the live value (defaults aside). */
function containsAll(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    return (
      Array.isArray(have) &&
      have.length === want.length &&
      want.every((w, i) => containsAll(w, have[i]))
    )
  }
  if (isRecord(want)) {
    return (
      isRecord(have) &&
      Object.entries(want).every(
        ([k, v]) => v === null || containsAll(v, have[k])
      )
    )
  }
  return scalarEqual(want, have)
}

/** Equal, or a number the server stores as a string (a quantity). */
function scalarEqual(want: unknown, have: unknown): boolean {
  if (want === have) return true
  return (
    (typeof want === 'number' && have === String(want)) ||
    (typeof have === 'number' && want === String(have))
  )
}
