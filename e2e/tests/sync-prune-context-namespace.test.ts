/**
 * A definition whose objects name no namespace goes to the kubeconfig
 * context's namespace; when it also declared that Namespace and then drops
 * the Namespace's manifest, the prune must not delete the Namespace (and
 * with it every object the definition still declares there). It is left in
 * place and dropped from the record, as a Namespace that declared objects
 * name is. And a change to such an object is reported as `configured`:
 * read back in the context's namespace, it was taken for a new one.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, kubectl, kubectlGet } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 180_000
const id = Date.now().toString(36)
const ns = `cs-ctxns-${id}`
const cluster = `e2e-ctxns-${id}`
const root = mkdtempSync(join(tmpdir(), 'clustersync-context-namespace-'))

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

function definition(withNamespace: boolean, value = '1'): string {
  const manifest = (text: string) =>
    `          manifest_base64: ${Buffer.from(text).toString('base64')}`
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: app',
    '      manifests:',
    ...(withNamespace
      ? [
          '        - name: namespace',
          manifest(
            `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
          )
        ]
      : []),
    '        - name: settings',
    manifest(
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "${value}"\n`
    ),
    ...(withNamespace
      ? ['          parents:', '            - manifest: namespace']
      : []),
    ''
  ].join('\n')
}

test(
  "dropping the manifest of the context's Namespace leaves it and the objects in it",
  async () => {
    const kubeconfig = join(root, 'kubeconfig')
    copyFileSync(clusterEnv().kubeconfig, kubeconfig)
    await kubectl([
      'config',
      'set-context',
      '--current',
      `--namespace=${ns}`,
      '--kubeconfig',
      kubeconfig
    ])
    const run = (command: string, ...extra: string[]) =>
      clustersync([
        command,
        join(root, 'cluster.yaml'),
        '--root',
        root,
        '--kubeconfig',
        kubeconfig,
        ...extra
      ])
    writeFileSync(join(root, 'cluster.yaml'), definition(true))
    expect((await run('sync')).code).toBe(0)
    expect(
      await kubectlGet(['configmap', 'settings', '-n', ns], '{.data.a}')
    ).toBe('1')

    // A change to it is reported as one, not as a new object.
    writeFileSync(join(root, 'cluster.yaml'), definition(true, '2'))
    const changed = await run('sync')
    expect(changed.code).toBe(0)
    expect(changed.stdout).toMatch(/configured ConfigMap\/settings/)
    expect(changed.stdout).not.toMatch(/created ConfigMap\/settings/)

    writeFileSync(join(root, 'cluster.yaml'), definition(false, '2'))
    const plan = await run('plan')
    expect(plan.stdout).toMatch(
      /left in place: the definition still declares ConfigMap\/settings/
    )
    expect(plan.stdout).not.toMatch(/- Namespace\/\S+ +pruned/)
    const synced = await run('sync')
    expect(synced.code).toBe(0)
    expect(await kubectlGet(['namespace', ns], '{.status.phase}')).toBe(
      'Active'
    )
    expect(
      await kubectlGet(['configmap', 'settings', '-n', ns], '{.data.a}')
    ).toBe('2')
  },
  slow
)
