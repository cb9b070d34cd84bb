/**
 * `status`'s drift: the same names whether the objects are dry-run over the
 * API channel or with one `kubectl diff`, in kubectl diff's form and order;
 * steps whose definition changed are pending, not drift.
 */
import { detectDrift } from '../../src/preview/status-drift.js'
import type { Inventory } from '../../src/state/inventory.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import {
  FakeKubeApi,
  kubectlOver
} from '../../__fixtures__/fakes/fake-kube-api.js'
import { buildDefinition, obj } from '../plan/builders.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { defaultPreviewOptions } from '../../src/preview/diff-exec.js'
import { encrypted, identity } from '../sops/sops-fixtures.js'

const settings = obj('v1', 'ConfigMap', 'settings', 'shop', {
  data: { a: '1' }
})
const gone = obj('v1', 'ConfigMap', 'gone', 'shop', { data: { b: '2' } })
const web = obj('apps/v1', 'Deployment', 'web', 'shop', {
  spec: { replicas: 3 }
})

const plan = buildPlan(
  buildDefinition('shop', {
    apps: {
      manifests: {
        config: { objects: [settings, gone, web] },
        edited: { objects: [obj('v1', 'ConfigMap', 'new', 'shop')] }
      }
    }
  })
)

/** The inventory of a sync of `plan`, before `edited` changed. */
const inventory: Inventory = {
  version: 1,
  cluster: 'shop',
  steps: plan.steps.map((step, order) => ({
    id: step.id,
    kind: 'manifest',
    digest: step.id === 'manifest:edited' ? 'older' : step.digest,
    order,
    dependsOn: [],
    objects: []
  }))
}

/** As the API server keeps an object a sync applied (its ApplySet label too). */
const stored = (o: Record<string, unknown>) => ({
  ...o,
  metadata: {
    ...(o.metadata as object),
    labels: { 'applyset.kubernetes.io/part-of': 'set-1' },
    resourceVersion: '7',
    managedFields: [{ manager: 'clustersync' }]
  }
})

/** As a sync left it: the fields it set, owned by ClusterSync's Apply. */
const asApplied = (o: Record<string, unknown>) => {
  const object = stored(o)
  object.metadata.managedFields = [
    {
      manager: 'clustersync',
      operation: 'Apply',
      apiVersion: String(o.apiVersion),
      fieldsV1: {
        'f:metadata': {
          'f:labels': { 'f:applyset.kubernetes.io/part-of': {} }
        },
        'f:data': { 'f:a': {} }
      }
    } as { manager: string }
  ]
  return object
}

describe('detectDrift', () => {
  it('over the API channel: missing and changed objects, named as kubectl diff names them', async () => {
    const live: Record<string, unknown> = {
      '/api/v1/namespaces/shop/configmaps/settings': stored(settings),
      '/apis/apps/v1/namespaces/shop/deployments/web': stored({
        ...web,
        spec: { replicas: 1 }
      })
    }
    const api = new FakeKubeApi().on((r) => {
      const path = r.path.split('?')[0] ?? ''
      if (r.method === 'GET' && live[path])
        return { status: 200, body: JSON.stringify(live[path]) }
      if (r.method === 'PATCH') {
        // A dry-run answers what the object would become.
        const sent = JSON.parse(r.body ?? '{}') as Record<string, unknown>
        return { status: 200, body: JSON.stringify(stored(sent)) }
      }
      return undefined
    })
    const exec = new FakeExec()
    const kubectl = kubectlOver(api, { exec })
    const report = await detectDrift(plan, inventory, kubectl, 'set-1')
    expect(report).toEqual({
      pending: ['manifest:edited'],
      drifted: ['apps.v1.Deployment.shop.web', 'v1.ConfigMap.shop.gone']
    })
    expect(exec.calls).toEqual([])
    // Dry-run with force, as `kubectl diff --force-conflicts`.
    const patch = api.requests.find((r) => r.method === 'PATCH')
    expect(patch?.path).toMatch(/dryRun=All/)
    expect(patch?.path).toMatch(/force=true/)
  })

  it('with kubectl processes: one read, then one kubectl diff of the objects not as applied', async () => {
    const exec = new FakeExec()
      .on(['kubectl', 'get'], {
        stdout: JSON.stringify({ kind: 'List', items: [asApplied(settings)] })
      })
      .on(['kubectl', 'diff'], {
        exitCode: 1,
        stdout: [
          'diff -u -N /tmp/LIVE-1/apps.v1.Deployment.shop.web /tmp/MERGED-2/apps.v1.Deployment.shop.web',
          'diff -u -N /tmp/LIVE-1/v1.ConfigMap.shop.gone /tmp/MERGED-2/v1.ConfigMap.shop.gone'
        ].join('\n')
      })
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const report = await detectDrift(plan, inventory, kubectl, 'set-1')
    expect(report).toEqual({
      pending: ['manifest:edited'],
      drifted: ['apps.v1.Deployment.shop.web', 'v1.ConfigMap.shop.gone']
    })
    expect(exec.callsWith('get')).toHaveLength(1)
    const diffs = exec.callsWith('diff')
    expect(diffs).toHaveLength(1)
    // `settings` is as ClusterSync applied it: not diffed at all.
    expect(diffs[0]?.input).toContain('"web"')
    expect(diffs[0]?.input).not.toContain('"settings"')
  })
})

describe('detectDrift after a sync that failed a step', () => {
  it('lists the step as pending and not applied (no digest recorded), and does not compare its objects', async () => {
    const failed: Inventory = {
      ...inventory,
      steps: inventory.steps.map((s) =>
        s.id === 'manifest:config' ? { ...s, digest: '' } : s
      )
    }
    const api = new FakeKubeApi().on(() => undefined)
    const kubectl = kubectlOver(api, { exec: new FakeExec() })
    const report = await detectDrift(plan, failed, kubectl, 'set-1')
    expect(report).toEqual({
      pending: ['manifest:config', 'manifest:edited'],
      notApplied: ['manifest:config'],
      drifted: []
    })
    expect(api.requests).toEqual([])
  })
})

/** `helm list` of the namespace: the release as synced. */
const releaseList = JSON.stringify([
  { name: 'cache', revision: '1', chart: 'cache-1.0.0', status: 'deployed' }
])

describe('detectDrift of add-ons', () => {
  const addons = buildPlan(
    buildDefinition('shop', {
      apps: {
        addons: { cache: { namespace: 'shop' }, next: { namespace: 'shop' } }
      }
    })
  )
  /** `next` changed since the sync: pending, not compared. */
  const synced: Inventory = {
    version: 1,
    cluster: 'shop',
    steps: addons.steps.map((step, order) => ({
      id: step.id,
      kind: 'addon',
      digest: step.id === 'addon:next' ? 'older' : step.digest,
      order,
      dependsOn: [],
      objects: []
    }))
  }

  it('reports the objects of an unchanged release changed by hand, with their fields', async () => {
    const edited = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'cache',
        namespace: 'shop',
        managedFields: [
          { manager: 'helm', fieldsV1: { 'f:data': { 'f:b': {} } } },
          { manager: 'kubectl-edit', fieldsV1: { 'f:data': { 'f:a': {} } } }
        ]
      },
      data: { a: '2', b: '1' }
    }
    const exec = new FakeExec()
      .on(['kubectl', 'get'], {
        stdout: JSON.stringify({ kind: 'List', items: [edited] })
      })
      .on(['helm4', 'list'], { stdout: releaseList })
      .on(['helm4', 'get', 'values', 'cache'], { stdout: '{}' })
      .on(['helm4', 'get', 'manifest', 'cache'], {
        stdout:
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache\ndata:\n  a: "1"\n  b: "1"\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: cache\n'
      })
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const report = await detectDrift(addons, synced, kubectl, 'set-1', {
      releases: { ...defaultPreviewOptions(exec), helm: 'helm4' }
    })
    expect(report).toEqual({
      pending: ['addon:next'],
      drifted: [],
      releases: [
        {
          release: 'helm:shop/cache',
          objects: [
            {
              subject: 'ConfigMap/shop/cache',
              action: 'configured',
              fields: ['~ data.a: "1" → "2"']
            },
            { subject: 'Service/shop/cache', action: 'created' }
          ]
        }
      ]
    })
    // The release as helm has it (one list for the namespace, its values),
    // then what it rendered.
    expect(
      exec.calls.filter((c) => c.command === 'helm4').map((c) => c.args[0])
    ).toEqual(['list', 'get', 'get'])
  })

  it('reports a release changed with helm (values, status), and one uninstalled', async () => {
    const exec = new FakeExec()
      .on(['helm4', 'list'], {
        stdout: JSON.stringify([
          {
            name: 'cache',
            revision: '3',
            chart: 'cache-1.0.0',
            status: 'deployed'
          }
        ])
      })
      .on(['helm4', 'get', 'values', 'cache'], {
        stdout: JSON.stringify({ replicas: 4 })
      })
      .on(['helm4', 'get', 'manifest', 'cache'], { stdout: '' })
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const both: Inventory = {
      ...synced,
      steps: synced.steps.map((s) => ({
        ...s,
        digest: addons.steps.find((p) => p.id === s.id)?.digest ?? ''
      }))
    }
    const report = await detectDrift(addons, both, kubectl, 'set-1', {
      releases: { ...defaultPreviewOptions(exec), helm: 'helm4' }
    })
    expect(report.releases).toEqual([
      {
        release: 'helm:shop/cache',
        helm: {
          action: 'configured',
          fields: ['- values.replicas']
        },
        objects: []
      },
      {
        release: 'helm:shop/next',
        helm: { action: 'created', message: 'chart next-1.0.0' },
        objects: []
      }
    ])
  })
})

describe('detectDrift of a SOPS-encrypted manifest', () => {
  const [secret] = encrypted('secret-regex') as Record<string, unknown>[]
  const encryptedPlan = buildPlan(
    buildDefinition('shop', {
      apps: {
        manifests: {
          config: { objects: [settings] },
          credentials: { objects: [secret as Record<string, unknown>] }
        }
      }
    })
  )
  const synced: Inventory = {
    version: 1,
    cluster: 'shop',
    steps: encryptedPlan.steps.map((step, order) => ({
      id: step.id,
      kind: 'manifest',
      digest: step.digest,
      order,
      dependsOn: [],
      objects: []
    }))
  }
  /** The API server: every object as applied; PATCHes (dry-runs) recorded. */
  function cluster(): { api: FakeKubeApi; sent: string[] } {
    const sent: string[] = []
    const api = new FakeKubeApi().on((r) => {
      if (r.method === 'PATCH') {
        sent.push(r.body ?? '')
        const body = JSON.parse(r.body ?? '{}') as Record<string, unknown>
        return { status: 200, body: JSON.stringify(stored(body)) }
      }
      if (r.method === 'GET' && r.path.includes('/configmaps/settings'))
        return { status: 200, body: JSON.stringify(stored(settings)) }
      return undefined
    })
    return { api, sent }
  }

  it('without a key: the step is named as not compared, and the other objects are still compared', async () => {
    const { api, sent } = cluster()
    const kubectl = kubectlOver(api, { exec: new FakeExec() })
    const report = await detectDrift(encryptedPlan, synced, kubectl, 'set-1', {
      keys: { noKeyHint: 'set SOPS_AGE_KEY' }
    })
    expect(report.error).toBeUndefined()
    expect(report.notCompared).toEqual([
      {
        step: 'manifest:credentials',
        reason: 'encrypted, not compared: no age key (set SOPS_AGE_KEY)'
      }
    ])
    // The plain step is compared as before; no ciphertext was sent.
    expect(report.drifted).toEqual([])
    expect(sent).toHaveLength(1)
    expect(sent[0]).toContain('"settings"')
    expect(sent.join('\n')).not.toContain('ENC[')
  })

  it('with the key: compared decrypted, every plaintext given to the masking, none sent as ciphertext', async () => {
    const { api, sent } = cluster()
    const kubectl = kubectlOver(api, { exec: new FakeExec() })
    const masked: string[] = []
    const report = await detectDrift(encryptedPlan, synced, kubectl, 'set-1', {
      keys: {
        sops: {
          identities: [identity('test-only-age-key')],
          mask: (s) => masked.push(s)
        }
      }
    })
    expect(report.notCompared).toBeUndefined()
    expect(report.error).toBeUndefined()
    // The Secret is missing live: reported by name, never by value.
    expect(report.drifted).toEqual(['v1.Secret.shop.db-credentials'])
    expect(masked).toContain('correct-horse-battery-staple-7741')
    // Sent decrypted, a Secret's stringData as base64 data (kube-objects.ts).
    expect(sent.join('\n')).toContain(
      Buffer.from('correct-horse-battery-staple-7741').toString('base64')
    )
    expect(sent.join('\n')).not.toContain('ENC[')
    expect(JSON.stringify(report)).not.toContain('correct-horse')
  })

  it('with a key that does not open it: not compared, saying why without a value', async () => {
    const { api } = cluster()
    const kubectl = kubectlOver(api, { exec: new FakeExec() })
    const report = await detectDrift(encryptedPlan, synced, kubectl, 'set-1', {
      keys: {
        sops: {
          identities: [identity('test-only-unrelated-age-key')],
          mask: () => undefined
        }
      }
    })
    expect(report.notCompared).toHaveLength(1)
    expect(report.notCompared?.[0]?.reason).toMatch(
      /^not compared: cannot decrypt manifest credentials .*none of the given age keys opens it/
    )
  })
})
