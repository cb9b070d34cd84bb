/**
 * An add-on whose chart is a folder of the repository changes with the
 * folder's files, not only with the chart's version: a template edited
 * without a version bump is applied by the next sync (it was skipped as
 * unchanged by `sync`, `sync --full`, `status` and `plan`). Against the
 * real control plane.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { kubectlGet } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, statuses } from './sync-support.js'

const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `cs-chartdir-${stamp}`
const cluster = `e2e-chartdir-${stamp}`

describe('an add-on from a chart folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-chartdir-'))
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(root, { recursive: true, force: true })
  })
  const template = (value: string): void =>
    writeFileSync(
      join(root, 'charts/local/templates/cm.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local-settings\ndata:\n  a: "${value}"\n`
    )
  const sync = async (): Promise<SyncResult> => {
    const run = await clustersync([
      'sync',
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--timeout',
      '90s',
      '--format',
      'json'
    ])
    return JSON.parse(run.stdout) as SyncResult
  }

  it('applies a template edited without a version bump', async () => {
    mkdirSync(join(root, 'charts/local/templates'), { recursive: true })
    writeFileSync(
      join(root, 'charts/local/Chart.yaml'),
      'apiVersion: v2\nname: local\nversion: 1.0.0\n'
    )
    template('1')
    writeFileSync(
      join(root, 'cluster.yaml'),
      `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: app
      manifests:
        - name: namespace
          manifest: |
            apiVersion: v1
            kind: Namespace
            metadata: {name: ${ns}}
      addons:
        - name: local
          chart_name: ./charts/local
          chart_version: 1.0.0
          namespace: ${ns}
          parents:
            - manifest: namespace
`
    )
    const first = await sync()
    expect(first.reason).toBe('Succeeded')
    const value = () =>
      kubectlGet(['configmap', 'local-settings', '-n', ns], '{.data.a}')
    expect(await value()).toBe('1')

    template('2')
    // The live plan says what the sync will do.
    const plan = await clustersync([
      'plan',
      join(root, 'cluster.yaml'),
      '--root',
      root
    ])
    expect(plan.stdout).toMatch(
      new RegExp(
        `~ helm:${ns}/local +configured +\\(the chart folder's files render differently\\)`
      )
    )
    expect(plan.stdout).toContain(`~ ConfigMap/${ns}/local-settings`)
    expect(plan.stdout).toContain('~ data.a: "1" → "2"')
    const second = await sync()
    expect(statuses(second)).toEqual({
      'manifest:namespace': 'unchanged',
      'addon:local': 'applied'
    })
    expect(await value()).toBe('2')
  }, 150_000)
})
