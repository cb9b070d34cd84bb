/**
 * A key dropped from a Secret's `stringData` (a revoked token) is removed
 * from the live Secret. `stringData` is write-only: applied as is, the
 * server-side apply owned `stringData.<key>`, and the dropped key stayed in
 * `data` for good while plan, status and `sync --full` said nothing
 * changed (found by an Ankra-user tester). It is now sent as `data`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectlGet } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 120_000
const id = Date.now().toString(36)
const ns = `cs-strdata-${id}`
const cluster = `e2e-strdata-${id}`
const root = mkdtempSync(join(tmpdir(), 'clustersync-string-data-'))

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

function definition(keys: Record<string, string>): string {
  const secret = [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: creds',
    `  namespace: ${ns}`,
    'stringData:',
    ...Object.entries(keys).map(([k, v]) => `  ${k}: ${v}`),
    ''
  ].join('\n')
  const namespace = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: app',
    '      manifests:',
    '        - name: secret',
    `          manifest_base64: ${Buffer.from(`${namespace}---\n${secret}`).toString('base64')}`,
    ''
  ].join('\n')
}

test(
  "a key dropped from a Secret's stringData is removed from the cluster",
  async () => {
    const run = (...argv: string[]) =>
      clustersync([
        argv[0] as string,
        join(root, 'cluster.yaml'),
        '--root',
        root,
        ...argv.slice(1)
      ])
    writeFileSync(
      join(root, 'cluster.yaml'),
      definition({ USER: 'admin', OLD_TOKEN: 'revoked-Zq4' })
    )
    expect((await run('sync')).code).toBe(0)
    const keys = async () =>
      Object.keys(
        JSON.parse(
          await kubectlGet(['secret', 'creds', '-n', ns], '{.data}')
        ) as Record<string, string>
      ).sort()
    expect(await keys()).toEqual(['OLD_TOKEN', 'USER'])

    writeFileSync(join(root, 'cluster.yaml'), definition({ USER: 'admin' }))
    expect((await run('sync')).code).toBe(0)
    expect(await keys()).toEqual(['USER'])
    const status = await run('status', '--format', 'json')
    expect(JSON.parse(status.stdout)).toMatchObject({
      drift: { drifted: [] }
    })
  },
  slow
)
