// Removing a pruned release without `helm uninstall` (its chart renders an
// object the definition now declares) deletes what helm would: the
// release's other objects, but neither the declared ones nor those the
// chart marks `helm.sh/resource-policy: keep` (found by a reviewer: a kept
// object was deleted).
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import type { HelmClient } from '../../src/cluster/helm.js'
import type { ObjectRef } from '../../src/cluster/kube-objects.js'
import { dismantleRelease } from '../../src/engine/release-dismantle.js'

const manifest = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: web, namespace: shop}',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: precious',
  '  namespace: shop',
  '  annotations: {helm.sh/resource-policy: keep}',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web, namespace: shop}',
  ''
].join('\n')

test("deletes the release's other objects, keeping the declared ones and those its chart keeps", async () => {
  const deleted: ObjectRef[][] = []
  let listed = false
  const kubectl = {
    delete: (refs: ObjectRef[]) => (deleted.push(refs), Promise.resolve()),
    listSelected: () => Promise.resolve([]),
    get: () => Promise.resolve([])
  } as unknown as ClusterClient
  const helm = {
    manifest: () => Promise.resolve(manifest),
    forget: () => undefined,
    history: () => ((listed = true), Promise.resolve(undefined))
  } as unknown as HelmClient
  await dismantleRelease(
    {
      release: { name: 'web', namespace: 'shop' },
      keep: [
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'web', namespace: 'shop' }
      ]
    },
    kubectl,
    helm,
    60_000
  )
  expect(deleted[0]).toEqual([
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop'
    }
  ])
  expect(listed).toBe(true)
})
