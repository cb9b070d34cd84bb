/**
 * An add-on moved from one cluster definition to another on the same
 * cluster: once the new definition has synced it, its record lists the
 * release, and the old definition's prune leaves the release in place
 * instead of uninstalling it (found by an Ankra-user tester and a hostile
 * tester: it was uninstalled, and the new definition said Synced over a
 * missing release until a sync --full).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, helm, uniqueNamespace } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 240_000
let ns: string
let root: string
const names = { a: '', b: '' }

beforeAll(async () => {
  ns = (await uniqueNamespace('moved')).name
  names.a = `e2e-${ns}-a`
  names.b = `e2e-${ns}-b`
  root = mkdtempSync(join(tmpdir(), 'clustersync-release-moved-'))
})
afterAll(async () => {
  await removeSyncedCluster(ns, names.a)
  await removeSyncedCluster(ns, names.b)
  rmSync(root, { recursive: true, force: true })
})

function definition(which: 'a' | 'b', withAddon: boolean): void {
  mkdirSync(join(root, which), { recursive: true })
  const configMap = Buffer.from(
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keep-${which}\n  namespace: ${ns}\n`
  ).toString('base64')
  writeFileSync(
    join(root, which, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${names[which]}`,
      'spec:',
      '  stacks:',
      '    - name: s',
      '      manifests:',
      '        - name: keep',
      `          manifest_base64: ${configMap}`,
      ...(withAddon
        ? [
            '      addons:',
            '        - name: web',
            '          chart_name: app',
            '          chart_version: 1.1.0',
            `          repository_url: ${clusterEnv().chartRepo}`,
            `          namespace: ${ns}`
          ]
        : []),
      ''
    ].join('\n')
  )
}

const run = (command: string, which: 'a' | 'b') =>
  clustersync([
    command,
    join(root, which, 'cluster.yaml'),
    '--root',
    join(root, which),
    ...(command === 'sync' ? ['--timeout', '90s'] : [])
  ])

test(
  "the old definition's prune leaves a release the new one now lists",
  async () => {
    definition('a', true)
    definition('b', false)
    expect((await run('sync', 'a')).code).toBe(0)
    expect((await run('sync', 'b')).code).toBe(0)
    // The commit that moves the add-on from a to b; b syncs first.
    definition('a', false)
    definition('b', true)
    expect((await run('sync', 'b')).code).toBe(0)

    const plan = await run('plan', 'a')
    expect(plan.stdout).toMatch(
      new RegExp(
        `helm:${ns}/web +unchanged +\\(left in place: now part of another definition's ApplySet, on the record of definition "${names.b}"`
      )
    )
    const synced = await run('sync', 'a')
    expect(synced.code).toBe(0)
    const releases = JSON.parse(
      (await helm(3, ['list', '-n', ns, '-o', 'json'])).stdout
    ) as { name: string }[]
    expect(releases.map((r) => r.name)).toEqual(['web'])
    // Not on a's record any more: a later sync of a does not try again.
    const again = await run('sync', 'a')
    expect(again.stdout).not.toContain('helm:')
  },
  slow
)
