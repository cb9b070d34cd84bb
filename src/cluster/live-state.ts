/**
 * The live state of a plan's objects, read in bulk (ClusterClient.readLive:
 * a LIST per kind and namespace) and judged against the documents a sync
 * would send (owned-fields.ts), keeping only a verdict and a
 * resourceVersion per object. One comparison for every caller: `sync
 * --full` sends only the objects that differ, the live preview (the drift
 * check) dry-runs only those, and `status` reports drift from it.
 */
import type { ClusterClient } from './cluster-client.js'
import {
  refKey,
  refOf,
  requestedKeys,
  resourceVersionOf,
  type KubeJson,
  type ObjectRef
} from './kube-objects.js'
import { compareOwned, type OwnedVerdict } from './owned-fields.js'

/** What the read found for one object; `missing`: not in the cluster. */
export type LiveVerdict = OwnedVerdict | 'missing'

interface Found {
  resourceVersion?: string
  verdict: OwnedVerdict
}

/** See the file comment. */
export class LiveState {
  constructor(
    /** Keys of every object the read covered (found or not). */
    private readonly covered: ReadonlySet<string>,
    private readonly found: ReadonlyMap<string, Found>,
    /** Keys of objects missing by design (removesItself): judged as applied. */
    private readonly goneByDesign: ReadonlySet<string> = new Set()
  ) {}

  /** Whether `ref` is missing by design (a Job its TTL removed): nothing to wait for. */
  gone(ref: ObjectRef): boolean {
    return this.goneByDesign.has(refKey(ref))
  }

  /** Whether the read covered `ref` (otherwise nothing is known about it). */
  covers(ref: ObjectRef): boolean {
    return this.covered.has(refKey(ref))
  }

  /** The verdict for `ref`; undefined when the read did not cover it. */
  verdict(ref: ObjectRef): LiveVerdict | undefined {
    const key = refKey(ref)
    if (!this.covered.has(key)) return undefined
    return this.found.get(key)?.verdict ?? 'missing'
  }

  /** True only when applying `ref`'s document is known to change nothing. */
  unchanged(ref: ObjectRef): boolean {
    return this.verdict(ref) === 'same'
  }

  /** Its resourceVersion when read; undefined when missing or not covered. */
  resourceVersion(ref: ObjectRef): string | undefined {
    return this.found.get(refKey(ref))?.resourceVersion
  }

  /** How many of `refs` have each verdict (uncovered ones are left out). */
  counts(refs: readonly ObjectRef[]): Record<LiveVerdict, number> {
    const counts = { same: 0, differs: 0, unsure: 0, missing: 0 }
    for (const ref of refs) {
      const verdict = this.verdict(ref)
      if (verdict !== undefined) counts[verdict]++
    }
    return counts
  }
}

/**
 * Reads `documents` (judged) and `others` (only whether they exist and
 * their resourceVersion: namespaces a step creates) from the cluster.
 */
export async function readLiveState(
  client: ClusterClient,
  documents: readonly KubeJson[],
  others: readonly ObjectRef[] = [],
  /**
   * Keys of documents applied as they are now whose absence is by design
   * (removesItself): missing, they are judged as applied.
   */
  goneByDesign: ReadonlySet<string> = new Set()
): Promise<LiveState> {
  const desired = new Map<string, KubeJson | undefined>()
  for (const ref of others) desired.set(refKey(ref), undefined)
  for (const document of documents)
    desired.set(refKey(refOf(document)), document)
  const refs = [...others, ...documents.map(refOf)]
  // The plan may name a namespace for an object the server keeps in none
  // (a cluster-scoped custom resource), or none for one it keeps in the
  // context's (requestedKeys).
  const standsFor = requestedKeys(refs)
  const found = new Map<string, Found>()
  await client.readLive(refs, (live) => {
    const key = standsFor(refOf(live))
    if (key === undefined || !desired.has(key)) return
    const document = desired.get(key)
    const resourceVersion = resourceVersionOf(live)
    found.set(key, {
      ...(resourceVersion !== undefined ? { resourceVersion } : {}),
      verdict: document ? compareOwned(document, live) : 'unsure'
    })
  })
  const gone = new Set<string>()
  for (const key of goneByDesign) {
    if (desired.get(key) !== undefined && !found.has(key)) {
      found.set(key, { verdict: 'same' })
      gone.add(key)
    }
  }
  return new LiveState(new Set(desired.keys()), found, gone)
}

/**
 * Whether an object deletes itself once done: a Job with
 * `ttlSecondsAfterFinished` (the usual migration Job) is removed by the TTL
 * controller after it finishes. Missing, when its step was applied as it
 * is now, it is not drift: re-creating it would run it again.
 */
export function removesItself(document: KubeJson): boolean {
  if (document.kind !== 'Job') return false
  if (!String(document.apiVersion).startsWith('batch/')) return false
  const spec = document.spec
  return (
    typeof spec === 'object' &&
    spec !== null &&
    typeof (spec as Record<string, unknown>).ttlSecondsAfterFinished ===
      'number'
  )
}
