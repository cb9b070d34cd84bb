/**
 * Objects that name no namespace go to the kubeconfig context's namespace,
 * as with kubectl. Against the real control plane: a Deployment written so
 * is found ready (its readiness wait looked for it without a namespace and
 * failed the step at the timeout), and adding or dropping `namespace:
 * default` later neither prunes it nor fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { kubectl } from '../support/cluster.js'
import { clustersync } from './sync-support.js'

const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const cluster = `e2e-ctxns-${stamp}`
const name = `ctxns-${stamp}`

function definition(namespace: string): string {
  return `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: app
      manifests:
        - name: web
          manifest: |
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ${name}
${namespace ? `              namespace: ${namespace}\n` : ''}            spec:
              replicas: 1
              selector: {matchLabels: {app: ${name}}}
              template:
                metadata: {labels: {app: ${name}}}
                spec:
                  containers: [{name: c, image: registry.example/web:1}]
`
}

describe('objects that name no namespace', () => {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-ctxns-'))
  afterAll(async () => {
    await kubectl([
      'delete',
      'deployment',
      name,
      '-n',
      'default',
      '--ignore-not-found'
    ])
    await kubectl([
      'delete',
      'configmap,lease',
      `clustersync-${cluster}`,
      '-n',
      'clustersync-system',
      '--ignore-not-found'
    ])
    rmSync(root, { recursive: true, force: true })
  })

  const sync = async (namespace: string): Promise<SyncResult> => {
    writeFileSync(join(root, 'cluster.yaml'), definition(namespace))
    const run = await clustersync([
      'sync',
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--timeout',
      '30s',
      '--format',
      'json'
    ])
    return JSON.parse(run.stdout) as SyncResult
  }
  const exists = async (): Promise<boolean> =>
    (
      await kubectl([
        'get',
        'deployment',
        name,
        '-n',
        'default',
        '--ignore-not-found',
        '-o',
        'name'
      ])
    ).stdout.trim() !== ''

  it('are waited for in the context namespace, and not pruned when `namespace: default` is added or dropped', async () => {
    const first = await sync('')
    expect(first.reason).toBe('Succeeded')
    expect(await exists()).toBe(true)

    const pinned = await sync('default')
    expect(pinned.reason).toBe('Succeeded')
    expect(pinned.counts.pruned).toBe(0)
    expect(await exists()).toBe(true)

    const unpinned = await sync('')
    expect(unpinned.reason).toBe('Succeeded')
    expect(unpinned.counts.pruned).toBe(0)
    expect(await exists()).toBe(true)
  }, 150_000)
})
