// A sync whose add-on needs a helm that cannot be started (not installed,
// or a wrong --helm) fails before anything is applied, naming the program
// and how to point at it; the manifest ahead of the add-on is not applied.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, kubectl, uniqueNamespace } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, sync } from './sync-support.js'

describe('an add-on without helm', () => {
  let repo: string
  let ns: string
  let cluster: string

  beforeAll(async () => {
    ns = (await uniqueNamespace('no-helm')).name
    cluster = `e2e-${ns}`
    repo = mkdtempSync(join(tmpdir(), 'clustersync-no-helm-'))
    writeFileSync(
      join(repo, 'cluster.yaml'),
      [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata:',
        `  name: ${cluster}`,
        'spec:',
        '  stacks:',
        '    - name: app',
        '      manifests:',
        '        - name: settings',
        '          manifest: |',
        '            apiVersion: v1',
        '            kind: ConfigMap',
        '            metadata:',
        '              name: settings',
        `              namespace: ${ns}`,
        '      addons:',
        '        - name: web',
        '          chart_name: app',
        '          chart_version: 1.1.0',
        `          repository_url: ${clusterEnv().chartRepo}`,
        `          namespace: ${ns}`,
        '          parents:',
        '            - manifest: settings',
        ''
      ].join('\n')
    )
  })
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(repo, { recursive: true, force: true })
  })

  it('fails before applying anything, saying helm was not found', async () => {
    const run = await sync(repo, join(repo, 'missing', 'helm'))
    expect(run.code).toBe(1)
    expect(run.result.reason).toBe('ApplyFailed')
    expect(run.result.steps).toEqual([])
    expect(run.stdout + run.stderr).toContain(
      `${join(repo, 'missing', 'helm')} was not found: install helm v3 or v4, or give its path with --helm`
    )
    const listed = await kubectl(['get', 'configmap', '-n', ns, '-o', 'name'])
    expect(listed.stdout).not.toContain('settings')
    // The failed run is recorded: `status` says so, not an earlier result.
    const status = await clustersync([
      'status',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--format',
      'json'
    ])
    const answer = JSON.parse(status.stdout) as {
      status: string
      lastSync?: { reason: string; message?: string }
    }
    expect(answer.status).toBe('Error')
    expect(answer.lastSync?.reason).toBe('ApplyFailed')
    expect(answer.lastSync?.message).toContain('was not found')
  }, 120_000)
})
