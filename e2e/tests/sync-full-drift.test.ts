/**
 * `sync --full` reads the live objects in bulk and sends only those whose
 * ClusterSync-owned fields differ, each handled as the per-object apply
 * handles it: a deleted object is recreated, a field another manager
 * changed is a resource conflict naming that manager (or taken back with
 * `force: true`), a field another manager added is not drift, and an
 * object as applied — server defaults and all — is not sent at all.
 * `status` reports drift with the same comparison. The API server's
 * requests are recorded by a proxy in front of the test plane.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  proxiedKubeconfig,
  startHttpFaultProxy,
  type FaultProxy
} from '../support/fault-proxy.js'
import { clusterEnv, kubectl } from '../support/cluster.js'
import {
  clustersync,
  removeSyncedCluster,
  statuses,
  sync
} from './sync-support.js'
import type { ClusterStatus } from '../../src/preview/cluster-status.js'

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `fulldrift-${id}`
const cluster = `fulldrift-${id}`
let repo: string
let proxy: FaultProxy
let proxied: string
/** `METHOD path` of every request the proxy forwarded. */
const requests: string[] = []

function configMap(name: string, value: string): string {
  return `apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ${name}
              namespace: ${ns}
            data:
              a: "${value}"`
}

function writeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-fulldrift-'))
  writeFileSync(
    join(dir, 'cluster.yaml'),
    `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: base
      manifests:
        - name: namespace
          manifest: |
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ${ns}
        - name: app
          parents: [{ manifest: namespace }]
          manifest: |
            ${configMap('kept', '1')}
            ---
            ${configMap('edited', '1')}
            ---
            ${configMap('gone', '1')}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: ${ns}
            spec:
              selector: { app: web }
              ports:
                - port: 80
        - name: forced
          force: true
          parents: [{ manifest: namespace }]
          manifest: |
            ${configMap('taken', '1')}
`
  )
  return dir
}

beforeAll(async () => {
  repo = writeRepo()
  const stateDir = process.env.CLUSTERSYNC_STATE_DIR
  if (!stateDir) throw new Error('the e2e global setup did not run')
  const server = /server: https:\/\/127\.0\.0\.1:(\d+)/.exec(
    readFileSync(clusterEnv().kubeconfig, 'utf8')
  )
  proxy = await startHttpFaultProxy(
    { stateDir, apiPort: Number(server?.[1]) },
    (_n, method, path) => {
      requests.push(`${method} ${path.split('?')[0] ?? ''}`)
      return undefined
    }
  )
  proxied = proxiedKubeconfig(clusterEnv().kubeconfig, proxy.port, repo)
})

afterAll(async () => {
  await proxy.close()
  await removeSyncedCluster(ns, cluster)
  rmSync(repo, { recursive: true, force: true })
})

const patches = (): string[] =>
  requests
    .filter((r) => r.startsWith('PATCH ') && r.includes(`/namespaces/${ns}/`))
    .map((r) => r.slice(r.lastIndexOf('/', r.lastIndexOf('/') - 1) + 1))
    .sort()

describe('sync --full on a cluster edited by hand', () => {
  it('sends only what differs and handles each object as an apply does', async () => {
    const first = await sync(repo, 'helm')
    expect(first.code).toBe(0)

    await kubectl(['delete', 'configmap', 'gone', '-n', ns])
    for (const name of ['edited', 'taken'])
      await kubectl([
        'patch',
        'configmap',
        name,
        '-n',
        ns,
        '--type=merge',
        '-p',
        '{"data":{"a":"2"}}'
      ])
    await kubectl(['label', 'configmap', 'kept', '-n', ns, 'team=x'])

    // `status` judges with the same comparison: drift, with only the
    // objects not as applied dry-run.
    requests.length = 0
    const status = await clustersync([
      'status',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--kubeconfig',
      proxied,
      '--format',
      'json'
    ])
    const report = JSON.parse(status.stdout) as ClusterStatus
    expect(report.drift?.drifted).toEqual([
      `v1.ConfigMap.${ns}.edited`,
      `v1.ConfigMap.${ns}.gone`,
      `v1.ConfigMap.${ns}.taken`
    ])
    expect(patches()).toEqual([
      'configmaps/edited',
      'configmaps/gone',
      'configmaps/taken'
    ])

    requests.length = 0
    const full = await sync(repo, 'helm', ['--full', '--kubeconfig', proxied])

    // Not sent: as applied (a label only another manager set; the Service
    // with the port protocol and cluster IP the server defaulted), nor the
    // namespace. Sent: the deleted, the edited and the forced.
    expect(patches()).toEqual([
      'configmaps/edited',
      'configmaps/gone',
      'configmaps/taken'
    ])
    expect(requests.filter((r) => /\/configmaps\/kept$/.test(r))).toEqual([])

    expect(full.code).not.toBe(0)
    expect(statuses(full.result)).toMatchObject({
      'manifest:namespace': 'unchanged',
      'manifest:app': 'failed',
      'manifest:forced': 'applied'
    })
    const app = full.result.steps.find((s) => s.step === 'manifest:app')
    expect(app?.message).toMatch(
      /Resource conflict: ConfigMap\/\S+\/edited .*field manager "kubectl-patch" owns .*data\.a/
    )
    expect(
      Object.fromEntries((app?.changes ?? []).map((c) => [c.subject, c.action]))
    ).toEqual({
      [`ConfigMap/${ns}/kept`]: 'unchanged',
      [`ConfigMap/${ns}/edited`]: 'failed',
      [`ConfigMap/${ns}/gone`]: 'created',
      [`Service/${ns}/web`]: 'unchanged'
    })

    const value = async (name: string) =>
      (
        await kubectl([
          'get',
          'configmap',
          name,
          '-n',
          ns,
          '-o',
          'jsonpath={.data.a}'
        ])
      ).stdout
    // `status` after it: the failed step was not applied (its files did
    // not change), and its objects were not compared.
    const after = await clustersync([
      'status',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--kubeconfig',
      proxied
    ])
    expect(after.stdout).toContain('last sync failed (ApplyFailed)')
    expect(after.stdout).toMatch(
      /not applied by the last sync that ran them .*: manifest:app$/m
    )
    expect(after.stdout).not.toContain('changed since the last sync')
    expect(after.stdout).not.toContain('no drift in live objects')

    expect(await value('taken')).toBe('1')
    expect(await value('edited')).toBe('2')
    expect(await value('gone')).toBe('1')
    const kept = await kubectl([
      'get',
      'configmap',
      'kept',
      '-n',
      ns,
      '-o',
      'jsonpath={.metadata.labels.team}'
    ])
    expect(kept.stdout).toBe('x')
  })
})
