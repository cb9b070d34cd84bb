/**
 * A Deployment whose Pods no node can take fails its step at the timeout,
 * and the message says why in the scheduler's words, read from the Pods'
 * events: the Deployment's own events only say it scaled up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 120_000
const id = Date.now().toString(36)
const ns = `cs-podwarn-${id}`
const cluster = `e2e-podwarn-${id}`

afterAll(() => removeSyncedCluster(ns, cluster))

test(
  "a rollout no node can take fails naming the scheduler's reason",
  async () => {
    const root = mkdtempSync(join(tmpdir(), 'clustersync-pod-warnings-'))
    writeFileSync(
      join(root, 'cluster.yaml'),
      [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata:',
        `  name: ${cluster}`,
        'spec:',
        '  stacks:',
        '    - name: apps',
        '      manifests:',
        '        - name: namespace',
        '          manifest_base64: ' +
          Buffer.from(
            `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
          ).toString('base64'),
        '        - name: web',
        '          from_file: web.yaml',
        '          parents:',
        '            - manifest: namespace',
        ''
      ].join('\n')
    )
    writeFileSync(
      join(root, 'web.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        `  namespace: ${ns}`,
        'spec:',
        '  replicas: 1',
        '  selector:',
        '    matchLabels: { app: web }',
        '  template:',
        '    metadata:',
        '      labels: { app: web }',
        '    spec:',
        '      nodeSelector:',
        '        clustersync.test/pool: nowhere',
        '      containers:',
        '        - name: web',
        '          image: registry.example/web:1',
        ''
      ].join('\n')
    )
    const run = await clustersync([
      'sync',
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--timeout',
      '15s',
      '--format',
      'json'
    ])
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout) as {
      steps: { step: string; status: string; message?: string }[]
    }
    const web = result.steps.find((s) => s.step === 'manifest:web')
    expect(web?.status).toBe('failed')
    expect(web?.message).toMatch(/not ready after 15s: Deployment\/\S+\/web/)
    expect(web?.message).toMatch(/its pods: FailedScheduling: .*node/)
  },
  slow
)
