/**
 * What the other cluster definitions' records on this cluster hold. A
 * release moves between definitions (an add-on moved to another file of
 * the fleet, a definition split in two): once another record lists it, it
 * is that definition's, and this one's prune must not uninstall it.
 * Helm's objects carry no ApplySet label, so the records are the only
 * place that says whose a release is.
 */
import type { ClusterClient } from '../cluster/cluster-client.js'
import type { KubeJson } from '../cluster/kube-objects.js'
import { systemNamespace } from './cluster-names.js'
import { inventoryText } from './inventory-encoding.js'
import { idLabel, parseInventory } from './inventory.js'

/**
 * The releases (`namespace/name`) other definitions' records list, each
 * with the name of a definition that lists it. A record that cannot be
 * read names nothing; when the records cannot be listed (a role without
 * `list` on ConfigMaps in clustersync-system), none is known and the prune
 * goes on as it did before this check.
 */
export async function releasesOfOtherRecords(
  kubectl: ClusterClient,
  ownApplySetId: string
): Promise<Map<string, string>> {
  const parents = await kubectl
    .listSelected(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: '',
        namespace: systemNamespace
      },
      idLabel
    )
    .catch((): KubeJson[] => [])
  const releases = new Map<string, string>()
  for (const parent of parents) {
    if (labelOf(parent) === ownApplySetId) continue
    const name = String((parent.metadata as { name?: unknown }).name)
    const where = `${systemNamespace}/${name}`
    try {
      const text = inventoryText(parent, where)
      if (text === undefined) continue
      const record = parseInventory(text, where)
      for (const step of record.steps) {
        if (step.release)
          releases.set(
            `${step.release.namespace}/${step.release.name}`,
            record.cluster
          )
      }
    } catch {
      // Not a record this build can read: it names nothing.
    }
  }
  return releases
}

function labelOf(parent: KubeJson): string | undefined {
  const metadata = (parent.metadata ?? {}) as { labels?: unknown }
  const labels = (metadata.labels ?? {}) as Record<string, unknown>
  const id = labels[idLabel]
  return typeof id === 'string' ? id : undefined
}
