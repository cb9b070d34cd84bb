/**
 * The prune deletes only objects that still carry this definition's
 * ApplySet label, as kubectl's ApplySet prune does. Every object a sync
 * applies carries it; one without was made by someone else since the
 * definition applied it: here a person recreated a ConfigMap the
 * definition had applied (as a release that now renders it would). It was
 * deleted when its manifest was dropped, and the sync said Synced.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectl, kubectlGet } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 120_000
const id = Date.now().toString(36)
const ns = `cs-unlabelled-${id}`
const cluster = `e2e-unlabelled-${id}`
const root = mkdtempSync(join(tmpdir(), 'clustersync-unlabelled-'))

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

function definition(names: string[]): string {
  const objects = [
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`,
    ...names.map(
      (name) =>
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ndata:\n  by: clustersync\n`
    )
  ].join('---\n')
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: app',
    '      manifests:',
    '        - name: objects',
    `          manifest_base64: ${Buffer.from(objects).toString('base64')}`,
    ''
  ].join('\n')
}

test(
  'a dropped object someone else has made since is left in place, ours is pruned',
  async () => {
    const run = (command: string) =>
      clustersync([command, join(root, 'cluster.yaml'), '--root', root])
    writeFileSync(join(root, 'cluster.yaml'), definition(['theirs', 'ours']))
    expect((await run('sync')).code).toBe(0)
    // Deleted and made again by hand: the same name, no ApplySet label.
    await kubectl(['delete', 'configmap', 'theirs', '-n', ns])
    await kubectl([
      'create',
      'configmap',
      'theirs',
      '-n',
      ns,
      '--from-literal=by=someone-else'
    ])

    writeFileSync(join(root, 'cluster.yaml'), definition([]))
    const plan = await run('plan')
    expect(plan.stdout).toMatch(
      /ConfigMap\/\S+\/theirs +unchanged +\(left in place: it no longer carries this definition's ApplySet label/
    )
    expect(plan.stdout).toMatch(/- ConfigMap\/\S+\/ours +pruned/)
    const synced = await run('sync')
    expect(synced.code).toBe(0)
    expect(synced.stdout).toContain('1 left in place (no ApplySet label)')
    expect(
      await kubectlGet(['configmap', 'theirs', '-n', ns], '{.data.by}')
    ).toBe('someone-else')
    const gone = await kubectl(
      [
        'get',
        'configmap',
        'ours',
        '-n',
        ns,
        '--ignore-not-found',
        '-o',
        'name'
      ],
      { allowFailure: true }
    )
    expect(gone.stdout.trim()).toBe('')
  },
  slow
)
