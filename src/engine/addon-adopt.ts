/**
 * An add-on whose chart renders an object that a manifest of this
 * definition declared until this commit (a hand-written ConfigMap replaced
 * by a chart that renders it). helm refuses to install over an object it
 * does not own ("… exists and cannot be imported into the current release:
 * invalid ownership metadata"), and the prune that would remove the old
 * object runs only after every step succeeded: every sync failed the same
 * way, and only deleting the object by hand got past it.
 *
 * When the object helm names is one this definition applied (the record
 * lists it, it still carries this definition's ApplySet label) and no
 * longer declares, it is handed to the release the way helm documents
 * adopting an object: the label `app.kubernetes.io/managed-by: Helm` and
 * the annotations `meta.helm.sh/release-name` and `-namespace`, with the
 * ApplySet label taken off (the prune then leaves it to the release and
 * drops it from the record). helm is then run again. Any other object helm
 * names (someone else's, or one the definition still declares) stays the
 * failure it was.
 */
import type { ClusterClient } from '../cluster/cluster-client.js'
import {
  applySetOf,
  helmReleaseOf,
  partOfLabel,
  subjectOf,
  withHelmRelease,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'

/** The object helm's ownership check refused, as helm names it (no group). */
export interface RefusedObject {
  kind: string
  name: string
  /** '' for a cluster-scoped object. */
  namespace: string
}

const refusal =
  /\b([A-Za-z0-9]+) "([^"]+)" in namespace "([^"]*)" exists and cannot be imported into the current release/

/** The object of helm's "cannot be imported" refusal in `stderr`, if any. */
export function refusedObject(stderr: string): RefusedObject | undefined {
  const match = refusal.exec(stderr)
  if (!match) return undefined
  return {
    kind: match[1] as string,
    name: match[2] as string,
    namespace: match[3] as string
  }
}

/**
 * Hands `refused` to the release when it is one of `leaving` (objects this
 * definition applied and no longer declares) and still carries the
 * ApplySet label `applySetId`; resolves with the object handed over, or
 * undefined when it is not this definition's to give.
 */
export async function handOverToRelease(
  kubectl: ClusterClient,
  refused: RefusedObject,
  leaving: readonly ObjectRef[],
  applySetId: string,
  release: { name: string; namespace: string }
): Promise<ObjectRef | undefined> {
  // One declared without a namespace went to the context's, which helm
  // names: read it there.
  const candidates = leaving
    .filter(
      (ref) =>
        ref.kind === refused.kind &&
        ref.name === refused.name &&
        (ref.namespace === undefined || ref.namespace === refused.namespace)
    )
    .map((ref) =>
      ref.namespace === undefined && refused.namespace !== ''
        ? { ...ref, namespace: refused.namespace }
        : ref
    )
  for (const ref of candidates) {
    const [live] = await kubectl.get([ref])
    if (!live || applySetOf(live) !== applySetId || helmReleaseOf(live))
      continue
    const result = await kubectl.writeOnce('replace', adopted(live, release))
    if (result.exitCode !== 0)
      throw kubectl.toolError(
        ['replace', subjectOf(ref), '(handing it to the release)'],
        result
      )
    return ref
  }
  return undefined
}

function adopted(
  live: KubeJson,
  release: { name: string; namespace: string }
): KubeJson {
  const claimed = withHelmRelease(live, release)
  const metadata = { ...(claimed.metadata as Record<string, unknown>) }
  const labels = { ...(metadata.labels as Record<string, unknown>) }
  delete labels[partOfLabel]
  labels['app.kubernetes.io/managed-by'] = 'Helm'
  metadata.labels = labels
  return { ...claimed, metadata }
}
