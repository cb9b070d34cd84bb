/**
 * An add-on pinned by a version range: a release helm moved out of the
 * range by hand (`helm upgrade --version 1.0.0`) is drift that `status`
 * and `plan` name and `sync --full` undoes; inside the range it is not.
 * Before, any deployed version counted as the range's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, helm, uniqueNamespace } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, sync } from './sync-support.js'
import type { ClusterStatus } from '../../src/preview/cluster-status.js'

const slow = 180_000
let repo: string
let ns: string
let cluster: string

beforeAll(async () => {
  ns = (await uniqueNamespace('range')).name
  cluster = `e2e-${ns}`
  repo = mkdtempSync(join(tmpdir(), 'clustersync-version-range-'))
  writeFileSync(
    join(repo, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: addons',
      '      addons:',
      '        - name: app',
      '          chart_name: app',
      '          chart_version: "~1.1.0"',
      `          repository_url: ${clusterEnv().chartRepo}`,
      `          namespace: ${ns}`,
      ''
    ].join('\n')
  )
})
afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(repo, { recursive: true, force: true })
})

const at = () => [join(repo, 'cluster.yaml'), '--root', repo]
const deployedChart = async () =>
  (
    JSON.parse((await helm(3, ['list', '-n', ns, '-o', 'json'])).stdout) as {
      chart: string
    }[]
  )[0]?.chart

test(
  'a release moved out of its version range by hand is drift, and sync --full moves it back',
  async () => {
    expect((await sync(repo, 'helm')).code).toBe(0)
    expect(await deployedChart()).toBe('app-1.1.0')
    const clean = await clustersync(['plan', ...at(), '--detailed-exitcode'])
    expect(clean.code).toBe(0)

    await helm(3, [
      'upgrade',
      'app',
      'app',
      '--repo',
      clusterEnv().chartRepo,
      '--version',
      '1.0.0',
      '--reuse-values',
      '-n',
      ns
    ])
    const status = JSON.parse(
      (await clustersync(['status', ...at(), '--format', 'json'])).stdout
    ) as ClusterStatus
    expect(JSON.stringify(status.drift)).toContain(`helm:${ns}/app`)
    const plan = await clustersync(['plan', ...at(), '--detailed-exitcode'])
    // 4: the cluster would change.
    expect(plan.code).toBe(4)
    expect(plan.stdout).toContain(
      '~ chart: app-1.0.0 → app ~1.1.0 (outside the range)'
    )

    expect((await sync(repo, 'helm', ['--full'])).code).toBe(0)
    expect(await deployedChart()).toBe('app-1.1.0')
  },
  slow
)
