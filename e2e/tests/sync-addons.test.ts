// Add-ons against the local control plane: a sync of several releases of
// the app chart from empty, run at the pace ClusterSync chooses
// (engine/addon-pace.ts), then a change to one add-on's values, which must
// stay one `helm upgrade`: every other release keeps revision 1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, helm, uniqueNamespace } from '../support/cluster.js'
import { removeSyncedCluster, statuses, sync } from './sync-support.js'

const releases = ['app-0', 'app-1', 'app-2', 'app-3', 'app-4', 'app-5']

function definition(cluster: string, ns: string, changed?: string): string {
  const addons = releases.map((name) =>
    [
      `        - name: ${name}`,
      '          chart_name: app',
      '          chart_version: 1.1.0',
      `          repository_url: ${clusterEnv().chartRepo}`,
      `          namespace: ${ns}`,
      ...(name === changed
        ? [
            '          configuration_type: standalone',
            '          configuration:',
            '            values: "message: changed"'
          ]
        : [])
    ].join('\n')
  )
  return `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${cluster}\nspec:\n  stacks:\n    - name: addons\n      addons:\n${addons.join('\n')}\n`
}

describe('add-ons', () => {
  let repo: string
  let ns: string
  let cluster: string

  beforeAll(async () => {
    const namespace = await uniqueNamespace('addons')
    ns = namespace.name
    cluster = `e2e-${ns}`
    repo = mkdtempSync(join(tmpdir(), 'clustersync-addons-'))
  })
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(repo, { recursive: true, force: true })
  })

  const revisions = async (): Promise<Record<string, number>> => {
    const { stdout } = await helm(3, ['list', '-n', ns, '-o', 'json'])
    const list = JSON.parse(stdout) as { name: string; revision: string }[]
    return Object.fromEntries(list.map((r) => [r.name, Number(r.revision)]))
  }

  it('installs every release from empty, then upgrades only the one whose values changed', async () => {
    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns))
    const first = await sync(repo, 'helm')
    expect(first.code).toBe(0)
    expect(Object.values(statuses(first.result))).toEqual(
      releases.map(() => 'applied')
    )
    expect(await revisions()).toEqual(
      Object.fromEntries(releases.map((r) => [r, 1]))
    )

    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns, 'app-3'))
    const second = await sync(repo, 'helm')
    expect(second.code).toBe(0)
    expect(statuses(second.result)).toEqual(
      Object.fromEntries(
        releases.map((r) => [
          `addon:${r}`,
          r === 'app-3' ? 'applied' : 'unchanged'
        ])
      )
    )
    expect(await revisions()).toEqual(
      Object.fromEntries(releases.map((r) => [r, r === 'app-3' ? 2 : 1]))
    )
  }, 240_000)
})
