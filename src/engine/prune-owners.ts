/**
 * Which objects the inventory would prune are no longer this cluster
 * definition's. Two definitions may declare the same object; each apply sets
 * its ApplySet label (`applyset.kubernetes.io/part-of`), so the live label
 * names the definition that applied it last. The inventory of the first
 * still lists it, and pruning from the inventory alone would delete an
 * object another definition now owns — what kubectl's ApplySet prune
 * refuses too (docs/sync.md, "The inventory, and why it is an ApplySet").
 * Likewise an object without the label: every object this definition
 * applies carries it, so one without was made (or relabelled) by someone
 * else since — a chart's release that now renders it, a person, another
 * tool — and kubectl's ApplySet prune deletes only labelled members.
 */
import type { ClusterClient } from '../cluster/cluster-client.js'
import {
  applySetOf,
  helmReleaseOf,
  refKey,
  refOf,
  requestedKeys,
  subjectOf,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'
import type { ChangeSetEntry } from '../sync/sync-result.js'
import type { PruneGroup } from './prune.js'
import { releasesOfOtherRecords } from '../state/other-records.js'

/** The groups split into what to prune and what to leave in place. */
export interface PruneOwners {
  /** The groups without the objects another ApplySet owns; empty ones dropped. */
  ours: PruneGroup[]
  /** One `unchanged` change per object left in place, saying whose it is. */
  leftInPlace: ChangeSetEntry[]
  /** The ApplySet id that owns each object left in place, by refKey. */
  owners: ReadonlyMap<string, string>
  /** The definition whose record now lists each release left in place, by `namespace/name`. */
  releaseOwners: ReadonlyMap<string, string>
  /**
   * The declared objects each pruned release still claims (its
   * `meta.helm.sh/release-*` annotations), by `namespace/name`: they stay
   * (PruneGroup.keep, release-dismantle.ts).
   */
  releaseKeeps: ReadonlyMap<string, ObjectRef[]>
}

/**
 * Reads the live label of every object the groups would delete (one bulk
 * read: over the API channel one LIST per kind and namespace, over kubectl
 * one `get`) and takes out those whose label names another ApplySet, or
 * that carry none (`owners` maps them to ''). An object that is gone or
 * labelled with `applySetId` stays in the prune. Rejects when the cluster
 * cannot be read: deciding without the labels is what this guards against.
 * When a release is to go, the objects the definition declares (`declared`)
 * are read too: those the release still claims are kept (PruneGroup.keep).
 */
export async function splitByOwner(
  groups: readonly PruneGroup[],
  kubectl: ClusterClient,
  applySetId: string,
  declared: readonly ObjectRef[] = []
): Promise<PruneOwners> {
  const refs = groups.flatMap((g) => g.objects)
  const keyOf = requestedKeys(refs)
  const owners = new Map<string, string>()
  const pruned = new Set(
    groups.flatMap((g) => (g.release ? [releaseKey(g.release)] : []))
  )
  const releaseKeeps = new Map<string, ObjectRef[]>()
  const [releaseOwners] = await Promise.all([
    pruned.size > 0
      ? releasesOfOtherRecords(kubectl, applySetId)
      : new Map<string, string>(),
    refs.length > 0
      ? kubectl.readLive(refs, (live) => {
          const key = keyOf(refOf(live))
          const owner = helmOwnerOf(live) ?? applySetOf(live) ?? ''
          if (key !== undefined && owner !== applySetId) owners.set(key, owner)
        })
      : undefined,
    pruned.size > 0 && declared.length > 0
      ? kubectl.readLive(declared, (live) => {
          const claim = helmReleaseOf(live)
          const key = claim && releaseKey(claim)
          if (key === undefined || !pruned.has(key)) return
          releaseKeeps.set(key, [...(releaseKeeps.get(key) ?? []), refOf(live)])
        })
      : undefined
  ])
  const releaseOf = (g: PruneGroup) =>
    g.release && releaseOwners.get(releaseKey(g.release))
  const keepOf = (g: PruneGroup) =>
    g.release && releaseKeeps.get(releaseKey(g.release))
  if (owners.size === 0 && !groups.some(releaseOf) && !groups.some(keepOf))
    return {
      ours: [...groups],
      leftInPlace: [],
      owners,
      releaseOwners,
      releaseKeeps
    }
  const leftInPlace: ChangeSetEntry[] = []
  const ours = groups.flatMap((given): PruneGroup[] => {
    const elsewhere = releaseOf(given)
    const keep = keepOf(given)
    const group = elsewhere
      ? withoutRelease(given)
      : keep
        ? { ...given, keep }
        : given
    if (given.release && elsewhere) {
      leftInPlace.push({
        subject: `helm:${given.release.namespace}/${given.release.name}`,
        action: 'unchanged',
        step: 'prune',
        message: `${releaseLeftNote(elsewhere)} (was applied by ${given.step})`
      })
    }
    const objects: ObjectRef[] = []
    for (const o of group.objects) {
      const owner = owners.get(refKey(o))
      if (owner === undefined) objects.push(o)
      else
        leftInPlace.push({
          subject: subjectOf(o),
          action: 'unchanged',
          step: 'prune',
          message: `${leftInPlaceNote(owner)} (was applied by ${group.step})`
        })
    }
    if (objects.length === 0 && !group.release) return []
    return [{ ...group, objects }]
  })
  return { ours, leftInPlace, owners, releaseOwners, releaseKeeps }
}

/** How the maps above name a release. */
export function releaseKey(release: {
  name: string
  namespace: string
}): string {
  return `${release.namespace}/${release.name}`
}

function withoutRelease(group: PruneGroup): PruneGroup {
  const copy = { ...group }
  delete copy.release
  return copy
}

/** Why a release the inventory lists is not uninstalled. */
export function releaseLeftNote(definition: string): string {
  return `left in place: ${ownedElsewhere}, on the record of definition "${definition}"`
}

/** What a left-in-place entry's message says when another ApplySet owns it. */
export const ownedElsewhere = "now part of another definition's ApplySet"

/** What it says when the object carries no ApplySet label. */
export const unlabelled =
  "it no longer carries this definition's ApplySet label"

/** Why an object the inventory lists is not pruned ('' for no label). */
export function leftInPlaceNote(owner: string): string {
  if (owner.startsWith(helmOwner))
    return `left in place: ${managedByHelm} ${owner.slice(helmOwner.length)}, which deleting it would break`
  return owner === ''
    ? `left in place: ${unlabelled} (made or relabelled outside it since it was applied)`
    : `left in place: ${ownedElsewhere} ${owner}`
}

/** What it says when a Helm release manages the object. */
export const managedByHelm = 'managed by Helm release'

/** How `owners` names a Helm release (`helm:<namespace>/<name>`). */
const helmOwner = 'helm:'

/**
 * The Helm release that manages `live`, as `helm:<namespace>/<name>`: a
 * manifest that re-declared one of a chart's objects (a tweak) applied it
 * too, yet the object is the release's.
 */
function helmOwnerOf(live: KubeJson): string | undefined {
  const release = helmReleaseOf(live)
  return release && `${helmOwner}${release.namespace}/${release.name}`
}
