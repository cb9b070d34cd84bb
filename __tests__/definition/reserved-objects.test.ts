/**
 * A definition may not declare ClusterSync's own records (an inventory
 * ConfigMap or a lock Lease named `clustersync-…` in `clustersync-system`):
 * one that did could rewrite another definition's inventory, whose next
 * sync would prune whatever the forged record lists.
 */
import {
  oneManifest,
  validateFiles
} from '../../__fixtures__/validate-files.js'

async function reserved(object: string[]): Promise<string[]> {
  const diagnostics = await validateFiles(
    oneManifest('forger', 'innocent-looking', object)
  )
  return diagnostics
    .filter((d) => d.code === 'reserved-object')
    .map((d) => `${d.file}:${d.line} ${d.message}`)
}

describe('reserved-object', () => {
  it('refuses an inventory ConfigMap, at its name', async () => {
    expect(
      await reserved([
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: clustersync-victim',
        '  namespace: clustersync-system',
        'data: {inventory.json: "{}"}'
      ])
    ).toEqual([
      'cluster.yaml:14 ConfigMap "clustersync-victim" in namespace "clustersync-system" (manifest "innocent-looking") is where ClusterSync keeps a cluster definition\'s inventory or lock; a definition may not declare it'
    ])
  })

  it('refuses a lock Lease', async () => {
    expect(
      await reserved([
        'apiVersion: coordination.k8s.io/v1',
        'kind: Lease',
        'metadata: {name: clustersync-victim, namespace: clustersync-system}'
      ])
    ).toHaveLength(1)
  })

  it.each([
    ['another name', 'ConfigMap', 'v1', 'settings', 'clustersync-system'],
    ['another namespace', 'ConfigMap', 'v1', 'clustersync-x', 'default'],
    ['another kind', 'Secret', 'v1', 'clustersync-x', 'clustersync-system'],
    [
      'another group',
      'Lease',
      'example.com/v1',
      'clustersync-x',
      'clustersync-system'
    ]
  ])('lets %s through', async (_, kind, apiVersion, name, namespace) => {
    expect(
      await reserved([
        `apiVersion: ${apiVersion}`,
        `kind: ${kind}`,
        `metadata: {name: ${name}, namespace: ${namespace}}`
      ])
    ).toEqual([])
  })
})
