/**
 * ClusterSync's own records: each cluster definition's inventory (a
 * ConfigMap) and lock (a Lease) live in `clustersync-system` under
 * `clustersync-<cluster>` (state/cluster-names.ts). A definition that
 * declared one could rewrite another definition's record, and that
 * definition's next sync would prune whatever the forged record lists.
 */
import type { Stack } from '../definition/definition-types.js'
import { recordPrefix, systemNamespace } from '../state/cluster-names.js'
import { apiGroup } from '../plan/kind-order.js'
import { report, type ValidationContext } from './validation-context.js'
import { objectNamePlaces } from './object-names.js'

const recordKinds = new Map([
  ['ConfigMap', ''],
  ['Lease', 'coordination.k8s.io']
])

/** Reports each declared object that is, or could be, such a record. */
export function checkReservedObjects(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  for (const stack of stacks) {
    for (const manifest of stack.manifests) {
      manifest.objects.forEach((object, index) => {
        if (
          object.namespace !== systemNamespace ||
          recordKinds.get(object.kind) !== apiGroup(object.apiVersion) ||
          !object.name.startsWith(recordPrefix)
        )
          return
        report(
          ctx,
          'error',
          manifest.source.pointer,
          'reserved-object',
          `${object.kind} "${object.name}" in namespace "${systemNamespace}" (manifest "${manifest.name}") is where ClusterSync keeps a cluster definition's inventory or lock; a definition may not declare it`,
          `Name it without the "${recordPrefix}" prefix, or put it in another namespace.`,
          objectNamePlaces(ctx, manifest, stack.variables)[index] ??
            object.source
        )
      })
    }
  }
}
