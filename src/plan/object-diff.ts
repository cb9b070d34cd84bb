/**
 * Comparing a live object with what a server-side dry-run says it would
 * become, and describing the difference without leaking Secret values.
 * Pure, so the live preview's classification is tested without a cluster.
 */
import { canonicalJson } from './digest.js'

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
 * `- path` (removed), `~ path: old → new` (changed), sorted by path. Arrays
 * are compared whole. Values under a top-level key named in `mask` (a
 * Secret's `data` and `stringData`, an add-on's values) are replaced by
 * `(sensitive value)`, so the diff says what changed but never what it is.
 */
export function diffObjects(
  live: Record<string, unknown>,
  desired: Record<string, unknown>,
  options: { mask?: readonly string[]; maxValueLength?: number } = {}
): string[] {
  const lines: string[] = []
  const show = (path: string[], value: unknown): string => {
    if (path[0] !== undefined && options.mask?.includes(path[0])) {
      return maskedValue
    }
    const text = canonicalJson(value)
    const max = options.maxValueLength ?? 80
    return text.length > max ? `${text.slice(0, max - 1)}…` : text
  }
  const walk = (a: unknown, b: unknown, path: string[]): void => {
    if (isRecord(a) && isRecord(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
      for (const key of keys) walk(a[key], b[key], [...path, key])
      return
    }
    if (canonicalJson(a) === canonicalJson(b)) return
    const at = path.join('.')
    if (a === undefined) lines.push(`+ ${at}: ${show(path, b)}`)
    else if (b === undefined) lines.push(`- ${at}`)
    else lines.push(`~ ${at}: ${show(path, a)} → ${show(path, b)}`)
  }
  walk(normalizeObject(live), normalizeObject(desired), [])
  return lines
}

/** True for plain JSON objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
