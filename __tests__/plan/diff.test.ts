import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import {
  FakeKubeApi,
  kubectlOver,
  statusBody
} from '../../__fixtures__/fakes/fake-kube-api.js'
import { defaultPreviewOptions, previewPlan } from '../../src/preview/diff.js'
import { UnreachableError } from '../../src/errors.js'
import { applySetId } from '../../src/state/inventory.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { renderPreviewJson, renderPreviewText } from '../../src/plan/preview.js'
import { buildDefinition, obj } from './builders.js'

const server = (
  o: Record<string, unknown>,
  extra: Record<string, unknown> = {}
) => ({
  ...o,
  metadata: {
    ...(o.metadata as Record<string, unknown>),
    uid: 'u-1',
    resourceVersion: '42',
    managedFields: [{ manager: 'clustersync' }],
    ...extra
  },
  status: { observed: true }
})

const config = obj('v1', 'ConfigMap', 'settings', undefined, {
  data: { a: '1' }
})
const secret = obj('v1', 'Secret', 'token', undefined, {
  data: { key: 'bmV3' }
})
const deployment = obj('apps/v1', 'Deployment', 'web', undefined, {
  spec: { replicas: 3 }
})
const service = obj('v1', 'Service', 'web', undefined, { spec: { ports: [] } })
const widget = obj('example.com/v1', 'Widget', 'w', 'elsewhere')

function definition() {
  return buildDefinition('shop', {
    apps: {
      manifests: {
        web: {
          namespace: 'shop',
          objects: [config, secret, deployment, service, widget]
        }
      },
      addons: {
        redis: {
          namespace: 'data',
          version: '2.0.0',
          values: { password: 'hunter2' }
        },
        fresh: {}
      }
    }
  })
}

const inShop = (o: Record<string, unknown>) => ({
  ...o,
  metadata: { ...(o.metadata as Record<string, unknown>), namespace: 'shop' }
})
const list = (...items: unknown[]) => JSON.stringify({ kind: 'List', items })

/** What the redis chart renders: a Secret and a ConfigMap. */
const redisManifest = (password: string, memory: string): string =>
  `---
# Source: redis/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: redis
data:
  password: ${password}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: redis
data:
  maxmemory: ${memory}
`
const headless =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: redis-headless\n'

function cluster(): FakeExec {
  const liveSecret = { ...inShop(secret), data: { key: 'b2xk' } }
  const liveDeployment = { ...inShop(deployment), spec: { replicas: 2 } }
  return new FakeExec()
    .on(['kubectl', 'apply'], {
      exitCode: 1,
      stdout: list(
        server(inShop(config)),
        server(inShop(secret)),
        server(inShop(deployment), { generation: 3 }),
        server(inShop(service))
      ),
      stderr: 'Error from server (NotFound): namespaces "elsewhere" not found'
    })
    .on(['kubectl', 'get'], {
      stdout: list(
        server(inShop(config)),
        server(liveSecret),
        server(liveDeployment)
      )
    })
    .on(['helm', 'list', 'data'], {
      stdout: JSON.stringify([
        {
          name: 'redis',
          revision: '1',
          chart: 'redis-1.0.0',
          status: 'deployed'
        }
      ])
    })
    .on(['helm', 'get', 'values', 'redis'], {
      stdout: JSON.stringify({ password: 'swordfish' })
    })
    .on(['helm', 'get', 'manifest', 'redis'], {
      stdout: redisManifest('b2xk', '1gb')
    })
    .on(['helm', 'upgrade', 'redis'], {
      stdout: JSON.stringify({
        manifest: `${redisManifest('aHVudGVyMg==', '2gb')}---\n${headless}`
      })
    })
    .on(['helm', 'list', 'default'], { stdout: '[]' })
}

describe('previewPlan', () => {
  it('classifies objects and releases with one kubectl call of each kind per step', async () => {
    const exec = cluster()
    const options = {
      ...defaultPreviewOptions(exec),
      kubeconfig: '/k',
      context: 'ci'
    }
    const preview = await previewPlan(buildPlan(definition()), options)

    expect(exec.callsWith('apply')).toHaveLength(1)
    expect(exec.callsWith('apply')[0]?.args).toEqual([
      '--kubeconfig=/k',
      '--context=ci',
      'apply',
      '--server-side',
      '--field-manager=clustersync',
      '--dry-run=server',
      '-o',
      'json',
      '-f',
      '-'
    ])
    expect(exec.callsWith('get')[0]?.args).toEqual([
      '--kubeconfig=/k',
      '--context=ci',
      'get',
      '--ignore-not-found',
      '-o',
      'json',
      '-f',
      '-'
    ])
    const sent = JSON.parse(exec.callsWith('apply')[0]?.input ?? '') as {
      items: { metadata: { namespace?: string } }[]
    }
    expect(sent.items.map((i) => i.metadata.namespace)).toEqual([
      'shop',
      'shop',
      'shop',
      'shop',
      'elsewhere'
    ])
    expect(exec.calls.find((c) => c.args[0] === 'list')?.args).toEqual([
      'list',
      '--kubeconfig=/k',
      '--kube-context=ci',
      '--namespace',
      'data',
      // Every status, in helm v3 and v4 alike: v4 has no `--all`.
      '--deployed',
      '--failed',
      '--pending',
      '--superseded',
      '--uninstalled',
      '--uninstalling',
      '--max',
      '0',
      '-o',
      'json'
    ])

    expect(preview.counts).toEqual({
      created: 4,
      configured: 5,
      unchanged: 1,
      pruned: 0,
      failed: 0
    })
    const text = renderPreviewText(preview)
    expect(text).not.toContain('b2xk')
    expect(text).not.toContain('bmV3')
    expect(text).not.toContain('swordfish')
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('aHVudGVyMg')
    expect(text).toBe(
      [
        'Changes for cluster "shop": 4 to create, 5 to configure, 1 unchanged, 0 to prune, 0 failed',
        '',
        'manifest:web',
        '  = ConfigMap/shop/settings  unchanged',
        '  ~ Secret/shop/token  configured',
        '      ~ data.key: (sensitive value) → (sensitive value)',
        '  + Service/shop/web  created',
        '  ~ Deployment/shop/web  configured',
        '      ~ spec.replicas: 2 → 3',
        '  + Widget/elsewhere/w  created  (Namespace elsewhere does not exist yet; not dry-run)',
        '',
        'addon:redis',
        '  ~ helm:data/redis  configured',
        '      ~ chart: redis-1.0.0 → redis-2.0.0',
        '      ~ values.password: (sensitive value) → (sensitive value)',
        '  ~ Secret/data/redis  configured  (rendered by release redis)',
        '      ~ data.password: (sensitive value) → (sensitive value)',
        '  ~ ConfigMap/data/redis  configured  (rendered by release redis)',
        '      ~ data.maxmemory: "1gb" → "2gb"',
        '  + Service/data/redis-headless  created  (rendered by release redis)',
        '',
        'addon:fresh',
        '  + helm:default/fresh  created  (chart fresh-1.0.0)',
        '',
        'Legend: + create  ~ configure  = unchanged  - prune  ! failed',
        ''
      ].join('\n')
    )
    expect(JSON.parse(renderPreviewJson(preview))).toMatchObject({
      cluster: 'shop',
      steps: [
        { step: 'manifest:web' },
        { step: 'addon:redis' },
        { step: 'addon:fresh' }
      ]
    })
  })

  it('previews the objects a sync would send, inventory label included', async () => {
    // A sync labels every object with the cluster's ApplySet; a preview that
    // sent the objects without it would dry-run the label's removal and
    // report drift on a cluster synced a moment ago.
    const exec = cluster()
    await previewPlan(buildPlan(definition()), defaultPreviewOptions(exec))
    const sent = JSON.parse(exec.callsWith('apply')[0]?.input ?? '') as {
      items: { metadata: { labels?: Record<string, string> } }[]
    }
    for (const item of sent.items) {
      expect(item.metadata.labels?.['applyset.kubernetes.io/part-of']).toBe(
        applySetId('shop')
      )
    }
  })

  it('passes --force-conflicts for force: true', async () => {
    const exec = new FakeExec().on(['kubectl'], { stdout: '' })
    const plan = buildPlan(
      buildDefinition('c', {
        s: { manifests: { m: { force: true, objects: [config] } } }
      })
    )
    await previewPlan(plan, defaultPreviewOptions(exec))
    expect(exec.callsWith('apply')[0]?.args).toContain('--force-conflicts')
  })

  it('reports a rejected object as failed with the error', async () => {
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], {
        exitCode: 1,
        stderr: 'The ConfigMap "settings" is invalid: data: bad'
      })
      .on(['kubectl', 'get'], { stdout: '' })
    const plan = buildPlan(
      buildDefinition('c', { s: { manifests: { m: { objects: [config] } } } })
    )
    const preview = await previewPlan(plan, defaultPreviewOptions(exec))
    expect(preview.steps[0]?.changes).toEqual([
      {
        subject: 'ConfigMap/settings',
        action: 'failed',
        message: 'The ConfigMap "settings" is invalid: data: bad'
      }
    ])
  })

  it('lists the releases of a namespace once for all its add-ons', async () => {
    const exec = new FakeExec()
      .on(['helm', 'list'], {
        stdout: JSON.stringify([
          { name: 'a', revision: '2', chart: 'a-1.0.0', status: 'deployed' },
          { name: 'b', revision: '1', chart: 'b-1.0.0', status: 'failed' }
        ])
      })
      .on(['helm', 'get', 'values'], { stdout: '{}' })
      .on(['helm', 'get', 'manifest'], { stdout: '' })
      .on(['helm', 'upgrade'], { stdout: JSON.stringify({ manifest: '' }) })
    const addon = { namespace: 'shop' }
    const plan = buildPlan(
      buildDefinition('c', {
        s: { addons: { a: addon, b: addon, c: addon } }
      })
    )
    const preview = await previewPlan(plan, defaultPreviewOptions(exec))
    expect(exec.callsWith('list')).toHaveLength(1)
    expect(
      preview.steps.map((s) => [
        s.step,
        s.changes[0]?.action,
        s.changes[0]?.message
      ])
    ).toEqual([
      ['addon:a', 'unchanged', undefined],
      ['addon:b', 'configured', 'release is failed'],
      ['addon:c', 'created', 'chart c-1.0.0']
    ])
  })

  it('lists again after a failed listing, for the next add-on of the namespace', async () => {
    const exec = new FakeExec().on(
      ['helm', 'list'],
      { exitCode: 1, stderr: 'Error: timeout' },
      { stdout: '[]' }
    )
    const plan = buildPlan(
      buildDefinition('c', {
        s: { addons: { a: { namespace: 'shop' }, b: { namespace: 'shop' } } }
      })
    )
    const preview = await previewPlan(plan, {
      ...defaultPreviewOptions(exec),
      concurrency: 1
    })
    expect(exec.callsWith('list')).toHaveLength(2)
    expect(preview.steps.map((s) => s.changes[0]?.action)).toEqual([
      'failed',
      'created'
    ])
  })

  it('reports a failing helm as a failed release, not a crash', async () => {
    const exec = new FakeExec().on(['helm', 'list'], {
      exitCode: 1,
      stderr: 'Error: forbidden'
    })
    const plan = buildPlan(buildDefinition('c', { s: { addons: { a: {} } } }))
    const preview = await previewPlan(plan, defaultPreviewOptions(exec))
    expect(preview.steps[0]?.changes[0]).toEqual({
      subject: 'helm:default/a',
      action: 'failed',
      message: 'helm list failed (exit 1): Error: forbidden'
    })
  })

  it('throws UnreachableError when the API server cannot be reached', async () => {
    const exec = new FakeExec().on(['kubectl'], {
      exitCode: 1,
      stderr:
        'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\nUnable to connect to the server: dial tcp: connection refused'
    })
    const plan = buildPlan(
      buildDefinition('c', { s: { manifests: { m: { objects: [config] } } } })
    )
    await expect(
      previewPlan(plan, defaultPreviewOptions(exec))
    ).rejects.toThrow(UnreachableError)
  })
})

describe('prune in the preview', () => {
  it('joins prunes to their step or appends removed steps, and says what blocks them', async () => {
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get'], { stdout: '' })
    const plan = buildPlan(
      buildDefinition('c', { s: { manifests: { m: { objects: [config] } } } })
    )
    const preview = await previewPlan(plan, {
      ...defaultPreviewOptions(exec),
      loadPrune: () =>
        Promise.resolve({
          steps: [
            {
              step: 'addon:old',
              removed: true,
              changes: [
                { subject: 'helm:default/old', action: 'pruned' as const }
              ]
            },
            {
              step: 'manifest:m',
              changes: [
                { subject: 'Namespace/gone', action: 'pruned' as const }
              ]
            }
          ],
          blocked: ['would delete Namespace/gone (a Namespace)']
        })
    })
    expect(preview.counts).toMatchObject({ created: 1, pruned: 2 })
    expect(renderPreviewText(preview)).toBe(
      [
        'Changes for cluster "c": 1 to create, 0 to configure, 0 unchanged, 2 to prune, 0 failed',
        '',
        'manifest:m',
        '  + ConfigMap/settings  created',
        '  - Namespace/gone  pruned',
        '',
        'addon:old  (removed from the definition)',
        '  - helm:default/old  pruned',
        '',
        'The prune would stop: it needs --allow-destructive-prune because it',
        '  would delete Namespace/gone (a Namespace)',
        '',
        'Legend: + create  ~ configure  = unchanged  - prune  ! failed',
        ''
      ].join('\n')
    )
  })
})

describe('previewPlan over the API channel', () => {
  /** The same cluster as `cluster()`, answering requests instead of kubectl. */
  function channel(): FakeKubeApi {
    const liveSecret = { ...inShop(secret), data: { key: 'b2xk' } }
    const liveDeployment = { ...inShop(deployment), spec: { replicas: 2 } }
    const live: Record<string, unknown> = {
      '/api/v1/namespaces/shop/configmaps/settings': server(inShop(config)),
      '/api/v1/namespaces/shop/secrets/token': server(liveSecret),
      '/apis/apps/v1/namespaces/shop/deployments/web': server(liveDeployment)
    }
    const dryRun: Record<string, unknown> = {
      '/api/v1/namespaces/shop/configmaps/settings': server(inShop(config)),
      '/api/v1/namespaces/shop/secrets/token': server(inShop(secret)),
      '/apis/apps/v1/namespaces/shop/deployments/web': server(
        inShop(deployment),
        { generation: 3 }
      ),
      '/api/v1/namespaces/shop/services/web': server(inShop(service))
    }
    return new FakeKubeApi()
      .serve('example.com/v1', [
        { name: 'widgets', kind: 'Widget', namespaced: true }
      ])
      .on((r) => {
        const path = r.path.split('?')[0] ?? ''
        if (r.method === 'GET' && live[path])
          return { status: 200, body: JSON.stringify(live[path]) }
        if (r.method !== 'PATCH' || !r.path.includes('dryRun=All'))
          return undefined
        if (path.includes('/namespaces/elsewhere/'))
          return {
            status: 404,
            body: statusBody(
              404,
              'NotFound',
              'namespaces "elsewhere" not found'
            )
          }
        // What the dry-run answers: the objects `cluster()`'s kubectl gives.
        const dry = dryRun[path]
        return dry ? { status: 200, body: JSON.stringify(dry) } : undefined
      })
  }

  it('classifies the objects as the kubectl calls did, with no kubectl process', async () => {
    const api = channel()
    const exec = cluster()
    const kubectl = kubectlOver(api, { exec })
    const overApi = await previewPlan(buildPlan(definition()), {
      ...defaultPreviewOptions(exec),
      kubectl
    })
    // helm still answers for the add-ons; kubectl runs no process.
    expect(exec.calls.filter((c) => c.command === 'kubectl')).toEqual([])
    // Dry-runs carry the field manager and the inventory label, as kubectl's
    // (the fake answers what kubectl's fixture answers, so texts compare).
    const patch = api.requests.find((r) => r.method === 'PATCH')
    expect(patch?.path).toMatch(/fieldManager=clustersync/)
    expect(patch?.body).toContain(applySetId('shop'))
    const byProcesses = await previewPlan(
      buildPlan(definition()),
      defaultPreviewOptions(cluster())
    )
    expect(renderPreviewText(overApi)).toBe(renderPreviewText(byProcesses))
  })

  it('throws UnreachableError when the API server cannot be reached', async () => {
    const gone = new FakeKubeApi().on(() => {
      throw new Error('dial tcp 127.0.0.1:6443: connect: connection refused')
    })
    const exec = new FakeExec()
    const kubectl = kubectlOver(gone, { exec, attempts: 1 })
    const plan = buildPlan(
      buildDefinition('c', { s: { manifests: { m: { objects: [config] } } } })
    )
    await expect(
      previewPlan(plan, { ...defaultPreviewOptions(exec), kubectl })
    ).rejects.toBeInstanceOf(UnreachableError)
  })
})
