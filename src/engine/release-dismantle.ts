/**
 * Removing a pruned release that renders objects this definition now
 * declares as manifests (an object "ejected" from a chart in the same
 * commit that drops the add-on). `helm uninstall` deletes every object of
 * the release's manifest, the declared ones too, and helm reads the
 * keep-policy only from the manifest it stored, so nothing on the live
 * object can spare it. Instead, as Argo CD prunes an application's objects
 * one by one, skipping those another application now tracks:
 * 1. delete the release's other objects, dependents first, except those the
 *    chart marks `helm.sh/resource-policy: keep` (as helm would);
 * 2. delete helm's record of the release (the Secrets, or ConfigMaps with
 *    HELM_DRIVER=configmap, labelled `owner=helm,name=<release>`), and
 *    check helm no longer lists it (another storage driver keeps it where
 *    this cannot reach: the prune then fails saying so);
 * 3. take the release's claim off the kept objects (its
 *    `meta.helm.sh/release-*` annotations), so a later prune of them does
 *    not leave them in place as a release's.
 * Each step can run again after a failure: the next sync finds what is
 * left (the claim stays until the end, so the kept objects are found again).
 * The chart's delete hooks do not run.
 */
import type { ClusterClient } from '../cluster/cluster-client.js'
import type { HelmClient } from '../cluster/helm.js'
import {
  annotationsOf,
  helmReleaseOf,
  refOf,
  requestedKeys,
  type KubeJson,
  withHelmRelease,
  type ObjectRef
} from '../cluster/kube-objects.js'
import { manifestObjects } from '../preview/release-objects.js'

/** The release to remove and the objects of it to keep. */
export interface DismantledRelease {
  release: { name: string; namespace: string }
  keep: readonly ObjectRef[]
}

/** See the file comment; throws when a step fails. */
export async function dismantleRelease(
  { release, keep }: DismantledRelease,
  kubectl: ClusterClient,
  helm: HelmClient,
  timeoutMs: number
): Promise<void> {
  const { name, namespace } = release
  const manifest = await helm.manifest(name, namespace)
  if (manifest !== undefined) {
    const kept = requestedKeys(keep)
    // helm stores the manifest in install order and uninstalls in reverse.
    // What `helm uninstall` would delete: not what the chart marks
    // `helm.sh/resource-policy: keep`, and here not the declared objects.
    const others = manifestObjects(manifest, namespace)
      .filter((o) => !keptByPolicy(o))
      .map(refOf)
      .filter((ref) => kept(ref) === undefined)
      .reverse()
    await kubectl.delete(others, timeoutMs)
    await removeReleaseRecords(kubectl, release, timeoutMs)
    helm.forget(name, namespace)
    if ((await helm.history(name, namespace)) !== undefined) {
      throw new Error(
        `helm still lists release ${namespace}/${name} after its Secrets and ConfigMaps were removed: its storage driver (HELM_DRIVER) keeps it elsewhere. Its objects other than the declared ones are deleted; remove its record with that driver's tools, not \`helm uninstall\`, which would delete the declared objects too`
      )
    }
  }
  await dropReleaseClaim(kubectl, release, keep)
}

/** Deletes helm's stored revisions of the release. */
async function removeReleaseRecords(
  kubectl: ClusterClient,
  release: { name: string; namespace: string },
  timeoutMs: number
): Promise<void> {
  const selector = `owner=helm,name=${release.name}`
  const where = { apiVersion: 'v1', name: '', namespace: release.namespace }
  const [secrets, configMaps] = await Promise.all([
    kubectl.listSelected({ ...where, kind: 'Secret' }, selector),
    kubectl.listSelected({ ...where, kind: 'ConfigMap' }, selector)
  ])
  const records = [
    ...secrets.filter((s) => s.type === 'helm.sh/release.v1'),
    ...configMaps.filter((c) => typeof dataOf(c).release === 'string')
  ]
  await kubectl.delete(records.map(refOf), timeoutMs)
}

/** Removes the release's annotations from the kept objects that carry them. */
async function dropReleaseClaim(
  kubectl: ClusterClient,
  release: { name: string; namespace: string },
  keep: readonly ObjectRef[]
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const claimed = (await kubectl.get(keep)).filter((live) => {
      const claim = helmReleaseOf(live)
      return (
        claim?.name === release.name && claim.namespace === release.namespace
      )
    })
    if (claimed.length === 0) return
    const results = await Promise.all(
      claimed.map((live) =>
        kubectl.writeOnce('replace', withHelmRelease(live, undefined))
      )
    )
    const failed = results.find((r) => r.exitCode !== 0)
    // A conflict: the object changed since it was read; read it again.
    if (!failed) return
    if (attempt === 3)
      throw kubectl.toolError(['replace', '(release annotations)'], failed)
  }
}

function keptByPolicy(object: KubeJson): boolean {
  return annotationsOf(object)['helm.sh/resource-policy'] === 'keep'
}

function dataOf(object: KubeJson): Record<string, unknown> {
  const data = object.data
  return data !== null && typeof data === 'object'
    ? (data as Record<string, unknown>)
    : {}
}
