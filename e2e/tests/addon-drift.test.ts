/**
 * Drift of an add-on's rendered objects against the local control plane,
 * for a release installed by helm v3 and by helm v4: a fresh install shows
 * none; a scale by another field manager (what an HPA does) is not drift;
 * an image changed by hand with `kubectl patch` is, in `status` (text and
 * JSON) and in `plan --detailed-exitcode`; and a plan of a values change
 * shows the objects the upgrade would change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, kubectl, uniqueNamespace } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, sync } from './sync-support.js'
import type { ClusterStatus } from '../../src/preview/cluster-status.js'
import type { PlanPreview } from '../../src/plan/preview.js'

function definition(cluster: string, ns: string, message?: string): string {
  return [
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
    '          chart_version: 1.1.0',
    `          repository_url: ${clusterEnv().chartRepo}`,
    `          namespace: ${ns}`,
    ...(message
      ? [
          '          configuration_type: standalone',
          '          configuration:',
          `            values: "message: ${message}"`
        ]
      : []),
    ''
  ].join('\n')
}

describe.each([
  ['helm', 3],
  ['helm4', 4]
])('an add-on installed by %s', (helmBinary, major) => {
  let repo: string
  let ns: string
  let cluster: string

  beforeAll(async () => {
    ns = (await uniqueNamespace(`drift${major}`)).name
    cluster = `e2e-${ns}`
    repo = mkdtempSync(join(tmpdir(), 'clustersync-addon-drift-'))
  })
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(repo, { recursive: true, force: true })
  })

  const status = async (format: 'json' | 'text') =>
    clustersync([
      'status',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--helm',
      helmBinary,
      '--format',
      format
    ])
  const plan = async (...extra: string[]) =>
    clustersync(['plan', join(repo, 'cluster.yaml'), '--root', repo, ...extra])

  it('reports a field changed by hand, not a fresh install nor another manager’s field', async () => {
    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns))
    expect((await sync(repo, helmBinary)).code).toBe(0)

    const fresh = JSON.parse((await status('json')).stdout) as ClusterStatus
    expect(fresh.status).toBe('Synced')
    expect(fresh.drift).toEqual({ pending: [], drifted: [] })
    expect((await plan('--detailed-exitcode')).code).toBe(0)

    // What an HorizontalPodAutoscaler does: the scale subresource, under
    // the controller manager's name.
    await kubectl([
      'patch',
      'deployment',
      'app',
      '-n',
      ns,
      '--subresource=scale',
      '--field-manager=kube-controller-manager',
      '--type=merge',
      '-p',
      '{"spec":{"replicas":3}}'
    ])
    const scaled = JSON.parse((await status('json')).stdout) as ClusterStatus
    expect(scaled.drift).toEqual({ pending: [], drifted: [] })
    expect((await plan('--detailed-exitcode')).code).toBe(0)

    await kubectl([
      'patch',
      'deployment',
      'app',
      '-n',
      ns,
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"by-hand:1"}]}}}}'
    ])
    const edited = JSON.parse((await status('json')).stdout) as ClusterStatus
    expect(edited.drift?.releases).toEqual([
      {
        release: `helm:${ns}/app`,
        objects: [
          {
            subject: `Deployment/${ns}/app`,
            action: 'configured',
            fields: [
              '~ spec.template.spec.containers[name=app].image: "registry.example/clustersync/app:1.1.0" → "by-hand:1"'
            ]
          }
        ]
      }
    ])
    const text = (await status('text')).stdout
    expect(text).toContain(`helm:${ns}/app: changed outside Helm:`)
    expect(text).toContain(`Deployment/${ns}/app (changed)`)
    expect(text).not.toContain('no drift')
    expect(text).toContain(
      '`clustersync sync --full` puts drifted objects back'
    )

    const planned = await plan('--detailed-exitcode')
    expect(planned.code).toBe(4)
    expect(planned.stdout).toContain(
      `~ Deployment/${ns}/app  configured  (rendered by release app, changed outside Helm (by kubectl-patch))`
    )
  }, 240_000)

  it('shows the rendered objects a values change would change in the plan', async () => {
    writeFileSync(
      join(repo, 'cluster.yaml'),
      definition(cluster, ns, 'changed')
    )
    const run = await plan('--format', 'json')
    expect(run.code).toBe(0)
    const { preview } = JSON.parse(run.stdout) as { preview: PlanPreview }
    const addon = preview.steps.find((s) => s.step === 'addon:app')
    const bySubject = Object.fromEntries(
      (addon?.changes ?? []).map((c) => [c.subject, c])
    )
    expect(bySubject[`helm:${ns}/app`]?.action).toBe('configured')
    expect(bySubject[`ConfigMap/${ns}/app`]).toEqual({
      subject: `ConfigMap/${ns}/app`,
      action: 'configured',
      message: 'rendered by release app',
      diff: ['~ data.message: "hello from app 1.1.0" → "changed"']
    })
    // The pods roll: the chart's checksum of its ConfigMap changes.
    expect(bySubject[`Deployment/${ns}/app`]?.diff).toEqual([
      expect.stringMatching(
        /^~ spec\.template\.metadata\.annotations\.checksum\/config: "\w+" → "\w+"$/
      )
    ])
    expect(bySubject[`Service/${ns}/app`]).toBeUndefined()
  }, 240_000)
})
