/**
 * Server-side apply field-manager conflicts. kubectl reports them per object
 * but without naming the object ("Apply failed with 1 conflict: conflict with
 * "helm" using apps/v1: .spec.replicas"), so after a batched apply the
 * conflicts are matched to objects through the live `managedFields`: the
 * object whose other manager owns exactly those fields is the one.
 */
import type { KubeJson } from '../cluster/kube-objects.js'

/** One "Apply failed with N conflict(s)" block of kubectl's stderr. */
export interface ApplyConflict {
  /** The field manager that owns the fields (`kubectl-edit`, `helm`, …). */
  manager: string
  /** The subresource it wrote them through (`scale` for `kubectl scale`). */
  subresource?: string
  apiVersion: string
  /** Field paths as kubectl prints them, e.g. `.spec.replicas`. */
  fields: string[]
}

const blockStart = /Apply failed with \d+ conflicts?:/g
const managerLine =
  /conflicts? with "([^"]+)"(?: with subresource "([^"]+)")?(?: using ([^\s:]+))?:\s*(\S.*)?$/

/** Every conflict block in kubectl's stderr, in the order printed. */
export function parseConflicts(stderr: string): ApplyConflict[] {
  const conflicts: ApplyConflict[] = []
  const starts = [...stderr.matchAll(blockStart)].map((m) => m.index)
  starts.forEach((start, i) => {
    const block = stderr.slice(start, starts[i + 1] ?? stderr.length)
    let current: ApplyConflict | undefined
    for (const raw of block.split('\n')) {
      const line = raw.replace(/^.*?Apply failed with \d+ conflicts?:\s*/, '')
      const m = managerLine.exec(line)
      if (m) {
        current = {
          manager: m[1] ?? '',
          ...(m[2] ? { subresource: m[2] } : {}),
          apiVersion: m[3] ?? '',
          fields: []
        }
        conflicts.push(current)
        if (m[4]) current.fields.push(m[4].trim())
      } else if (current && /^\s*- \./.test(line)) {
        current.fields.push(line.trim().slice(2))
      } else if (current && line.startsWith('Please review')) {
        break
      }
    }
  })
  return conflicts
}

/**
 * The index in `live` of the object a conflict is about: the first one not
 * already taken whose `managedFields` give `conflict.manager` every
 * conflicting field. -1 when none fits (the message then names no object).
 */
export function matchConflict(
  conflict: ApplyConflict,
  live: readonly KubeJson[],
  taken: ReadonlySet<number>
): number {
  return live.findIndex(
    (object, i) =>
      !taken.has(i) &&
      managedBy(object, conflict).some((fieldsV1) =>
        conflict.fields.every((f) => ownsPath(fieldsV1, fieldSegments(f)))
      )
  )
}

function managedBy(object: KubeJson, conflict: ApplyConflict): unknown[] {
  const metadata = object.metadata as Record<string, unknown> | undefined
  const entries = Array.isArray(metadata?.managedFields)
    ? (metadata.managedFields as Record<string, unknown>[])
    : []
  return entries
    .filter(
      (e) =>
        e.manager === conflict.manager &&
        (e.subresource ?? '') === (conflict.subresource ?? '')
    )
    .map((e) => e.fieldsV1)
}

/**
 * `.spec.template.spec.containers[name="app"].image` → the plain segments
 * up to the first list key (`spec`, `template`, `spec`, `containers`): enough
 * to tell objects apart without re-implementing fieldsV1 list keys.
 */
function fieldSegments(path: string): string[] {
  const plain = path.split('[')[0] ?? ''
  return plain.split('.').filter((s) => s !== '')
}

function ownsPath(fieldsV1: unknown, segments: readonly string[]): boolean {
  let node = fieldsV1
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[`f:${segment}`]
    if (node === undefined) return false
  }
  return true
}

/** The conflict in one line: who owns which fields. */
export function describeConflict(conflict: ApplyConflict): string {
  const through = conflict.subresource
    ? ` (through the ${conflict.subresource} subresource)`
    : ''
  return `field manager "${conflict.manager}"${through} owns ${conflict.fields.join(', ')}`
}
