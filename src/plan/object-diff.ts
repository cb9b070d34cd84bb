/**
 * Comparing a live object with what a server-side dry-run says it would
 * become, and describing the difference without leaking Secret values.
 * Pure, so the live preview's classification is tested without a cluster.
 */
import { canonicalJson, plainText } from './digest.js'
import { maxNameLength, shownPart } from '../redact.js'

/**
 * Metadata the API server owns: it changes on every write (or differs
 * between a dry-run and the stored object) without the user changing
 * anything, so comparing it would call every object "configured".
 */
const serverMetadata: readonly string[] = [
  'managedFields',
  'resourceVersion',
  'generation',
  'uid',
  'creationTimestamp',
  'selfLink'
]

/** Client-side apply's copy of the whole object; not part of the desired state. */
const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration'

/** What the preview shows in place of a Secret's `data`/`stringData` values. */
export const maskedValue = '(sensitive value)'

/** A copy without `status` and server-owned metadata, for comparison. */
export function normalizeObject(
  object: Record<string, unknown>
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object }
  delete copy.status
  if (!isRecord(object.metadata)) return copy
  const meta: Record<string, unknown> = { ...object.metadata }
  for (const key of serverMetadata) delete meta[key]
  if (isRecord(meta.annotations) && lastApplied in meta.annotations) {
    const annotations = { ...meta.annotations }
    delete annotations[lastApplied]
    if (Object.keys(annotations).length > 0) meta.annotations = annotations
    else delete meta.annotations
  }
  copy.metadata = meta
  return copy
}

/** True when both objects are the same after normalization. */
export function sameObject(
  live: Record<string, unknown>,
  desired: Record<string, unknown>
): boolean {
  return (
    canonicalJson(normalizeObject(live)) ===
    canonicalJson(normalizeObject(desired))
  )
}

/**
 * Change lines between two normalized objects: `+ path: value` (added),
 * `- path` (removed), `~ path: old → new` (changed), sorted by path. Lists
 * of named items are compared item by item (`containers[name=app].image`,
 * a name that is not plain JSON-quoted and cut), with a line
 * `~ path: order changed: [old] → [new]` when their order changes; other
 * arrays are compared whole. Values under a top-level key named in `mask` (a
 * Secret's `data` and `stringData`, an add-on's values) are replaced by
 * `(sensitive value)`, so the diff says what changed but never what it is.
 */
export function diffObjects(
  live: Record<string, unknown>,
  desired: Record<string, unknown>,
  options: { mask?: readonly string[]; maxValueLength?: number } = {}
): string[] {
  const lines: string[] = []
  const masked = (path: string[]): boolean =>
    path[0] !== undefined && (options.mask?.includes(path[0]) ?? false)
  const show = (path: string[], value: unknown): string => {
    if (masked(path)) return maskedValue
    const text = canonicalJson(value)
    const max = options.maxValueLength ?? 80
    return text.length > max ? `${text.slice(0, max - 1)}…` : text
  }
  // `path` holds the keys (its first is what `mask` names); `at` is the
  // path as shown, with named list items as `[name=…]`.
  const walk = (a: unknown, b: unknown, path: string[], at: string): void => {
    const key = (k: string): string => {
      // Keys come from YAML too (a ConfigMap's data, an add-on's values).
      const shown = plainText.test(k) ? k : pathName(k)
      return at === '' ? shown : `${at}.${shown}`
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
      for (const k of keys) walk(a[k], b[k], [...path, k], key(k))
      return
    }
    const before = namedItems(a)
    const after = namedItems(b)
    if (before && after) {
      // Containers, env, ports, volumes: by name, as Kubernetes merges
      // them, so a reviewer sees the one field that changed rather than
      // two copies of the list cut at the same place.
      if (orderChanged([...before.keys()], [...after.keys()])) {
        // Order matters to Kubernetes (an env var's `$(VAR)` sees only
        // those before it), and no item line would show it.
        lines.push(
          masked(path)
            ? `~ ${at}: order changed`
            : `~ ${at}: order changed: ${show(path, [...before.keys()])} → ${show(path, [...after.keys()])}`
        )
      }
      const names = [...new Set([...before.keys(), ...after.keys()])].sort()
      for (const name of names) {
        const item = `${at}[name=${pathName(name)}]`
        walk(before.get(name), after.get(name), path, item)
      }
      return
    }
    if (canonicalJson(a) === canonicalJson(b)) return
    if (a === undefined) lines.push(`+ ${at}: ${show(path, b)}`)
    else if (b === undefined) lines.push(`- ${at}`)
    else lines.push(`~ ${at}: ${show(path, a)} → ${show(path, b)}`)
  }
  walk(normalizeObject(live), normalizeObject(desired), [], '')
  return lines
}

/**
 * Whether `after` orders its items otherwise than `before` would with its
 * removed items dropped and the new ones appended: appending keeps every
 * item where it was, inserting or reordering does not.
 */
function orderChanged(before: string[], after: string[]): boolean {
  const kept = new Set(after)
  const expected = before.filter((name) => kept.has(name))
  const known = new Set(before)
  expected.push(...after.filter((name) => !known.has(name)))
  return expected.some((name, i) => after[i] !== name)
}

/**
 * An item's name as a path shows it: as it is when plain, else as a JSON
 * string cut to `maxNameLength` (redact.ts's shownPart), so that a newline, a backtick or a `]`
 * in a name can neither split the line nor end the path early.
 */
export function pathName(name: string): string {
  if (plainText.test(name) && name.length <= maxNameLength) return name
  const part = shownPart(name)
  return JSON.stringify(part === name ? name : `${part}…`)
}

/**
 * The items of a list by `name` when every item is an object with a
 * distinct string name; undefined for any other value.
 */
function namedItems(value: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(value)) return undefined
  const items = new Map<string, unknown>()
  for (const item of value) {
    if (!isRecord(item) || typeof item.name !== 'string') return undefined
    if (items.has(item.name)) return undefined
    items.set(item.name, item)
  }
  return items
}

/** True for plain JSON objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
