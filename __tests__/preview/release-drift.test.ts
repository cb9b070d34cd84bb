/**
 * Drift of a Helm release's rendered objects, judged on objects read from
 * the local control plane (`__fixtures__/helm-drift/`): fresh installs by
 * helm v3 (manager `helm`, Update) and v4 (manager `helm`, Apply) show
 * none; after `kubectl patch` of the image, a scale by another manager
 * (as an HPA does) and a key removed from the ConfigMap, the image and
 * the key are drift and `replicas` is not.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  manifestObjects,
  ReleaseReadError
} from '../../src/preview/release-objects.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { defaultPreviewOptions } from '../../src/preview/diff-exec.js'
import { ToolError } from '../../src/errors.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import {
  driftedObjects,
  fieldLine,
  releaseDrift
} from '../../src/preview/release-drift.js'
import { renderedDrift } from '../../src/preview/rendered-fields.js'
import { refKey, refOf, type KubeJson } from '../../src/cluster/kube-objects.js'
import type { Addon } from '../../src/definition/definition-types.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { AddonStep } from '../../src/plan/plan-types.js'
import { buildDefinition } from '../plan/builders.js'

const dir = join(import.meta.dirname, '..', '..', '__fixtures__', 'helm-drift')

function rendered(helm: 3 | 4): KubeJson[] {
  return manifestObjects(
    readFileSync(join(dir, `helm${helm}-manifest.yaml`), 'utf8'),
    'fix'
  )
}

function live(file: string): Map<string, KubeJson> {
  const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    items: KubeJson[]
  }
  return new Map(list.items.map((o) => [refKey(refOf(o)), o]))
}

describe.each([3, 4] as const)('a release installed by helm v%i', (helm) => {
  it('shows no drift right after the install', () => {
    expect(
      driftedObjects(rendered(helm), live(`helm${helm}-fresh.json`), 'app')
    ).toEqual([])
  })

  it('reports the image patched by hand and the removed key, not the scaled replicas', () => {
    const changes = driftedObjects(
      rendered(helm),
      live(`helm${helm}-edited.json`),
      `v${helm}`
    )
    expect(changes).toEqual([
      {
        subject: `ConfigMap/fix/v${helm}`,
        action: 'configured',
        message: `rendered by release v${helm}, changed outside Helm`,
        diff: ['- data.color: "blue" (removed)']
      },
      {
        subject: `Deployment/fix/v${helm}`,
        action: 'configured',
        message: `rendered by release v${helm}, changed outside Helm (by kubectl-patch)`,
        diff: [
          '~ spec.template.spec.containers[name=app].image: "registry.example/clustersync/app:1.1.0" → "evil:1"'
        ]
      }
    ])
  })

  it('hides the values of an object the inventory says held secrets (taken over by a manifest with force)', () => {
    const changes = driftedObjects(
      rendered(helm),
      live(`helm${helm}-edited.json`),
      `v${helm}`,
      false,
      {
        object: (key) => key.includes('|ConfigMap|'),
        release: () => false,
        ownsApplySet: () => true,
        recorded: () => true
      }
    )
    expect(changes.map((c) => c.diff)).toEqual([
      ['- data.color: (sensitive value) (removed)'],
      [
        '~ spec.template.spec.containers[name=app].image: "registry.example/clustersync/app:1.1.0" → "evil:1"'
      ]
    ])
  })

  it('reports an object deleted since the install', () => {
    const found = live(`helm${helm}-fresh.json`)
    const service = rendered(helm).find((o) => o.kind === 'Service')
    found.delete(refKey(refOf(service ?? {})))
    expect(driftedObjects(rendered(helm), found, 'app')).toEqual([
      {
        subject: `Service/fix/v${helm}`,
        action: 'created',
        message: 'rendered by release app, deleted outside Helm'
      }
    ])
  })
})

describe('renderedDrift', () => {
  const deployment = (managers: unknown[], image: string): KubeJson => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', managedFields: managers },
    spec: {
      replicas: 1,
      template: { spec: { containers: [{ name: 'web', image }] } }
    }
  })
  const image = {
    'f:spec': {
      'f:template': {
        'f:spec': {
          'f:containers': { 'k:{"name":"web"}': { 'f:image': {} } }
        }
      }
    }
  }
  const want: KubeJson = {
    ...deployment([], 'web:1'),
    metadata: { name: 'web' }
  }

  it('leaves a value helm still owns to the server (its normal form)', () => {
    expect(
      renderedDrift(
        want,
        deployment([{ manager: 'helm', fieldsV1: image }], 'web:1.0')
      )
    ).toEqual([])
  })

  it('leaves a field another manager took (an operator, an autoscaler)', () => {
    expect(
      renderedDrift(
        want,
        deployment([{ manager: 'image-updater', fieldsV1: image }], 'web:2')
      )
    ).toEqual([])
  })

  it('reports a field kubectl edit took, naming the manager', () => {
    expect(
      renderedDrift(
        want,
        deployment([{ manager: 'kubectl-edit', fieldsV1: image }], 'web:2')
      )
    ).toEqual([
      {
        path: 'spec.template.spec.containers[name=web].image',
        rendered: 'web:1',
        live: 'web:2',
        manager: 'kubectl-edit'
      }
    ])
  })

  it('masks a Secret value and compares stringData as the data it becomes', () => {
    const secret = (data: Record<string, string>): KubeJson => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'shop', managedFields: [] },
      data
    })
    const renderedSecret: KubeJson = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      stringData: { password: 'hunter2' }
    }
    expect(
      renderedDrift(renderedSecret, secret({ password: 'aHVudGVyMg==' }))
    ).toEqual([])
    const found = new Map([
      [
        refKey({
          apiVersion: 'v1',
          kind: 'Secret',
          name: 's',
          namespace: 'shop'
        }),
        secret({ password: 'c3dvcmRmaXNo' })
      ]
    ])
    const changes = driftedObjects(
      manifestObjects(
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: hunter2\n',
        'shop'
      ),
      found,
      'db'
    )
    expect(changes[0]?.diff).toEqual([
      '~ data.password: (sensitive value) → (sensitive value)'
    ])
    expect(JSON.stringify(changes)).not.toMatch(/hunter2|aHVudGVy|c3dvcmRmaXNo/)
  })

  it('reports a list item deleted by hand while helm still owns the others', () => {
    const two: KubeJson = {
      ...want,
      spec: {
        replicas: 1,
        template: {
          spec: {
            containers: [
              { name: 'web', image: 'web:1' },
              { name: 'side', image: 'side:1' }
            ]
          }
        }
      }
    }
    // kubectl edit removed `side`: the server dropped its managed fields.
    expect(
      renderedDrift(
        two,
        deployment([{ manager: 'helm', fieldsV1: image }], 'web:1')
      )
    ).toEqual([
      {
        path: 'spec.template.spec.containers[name=side]',
        rendered: { name: 'side', image: 'side:1' },
        live: undefined
      }
    ])
  })

  it('shows no value at all where the values hold secrets (a chart may put them anywhere)', () => {
    const changes = driftedObjects(
      [{ ...want, metadata: { name: 'web', namespace: 'shop' } }],
      new Map([
        [
          refKey(refOf(deployment([], 'x'))),
          deployment(
            [{ manager: 'kubectl-edit', fieldsV1: image }],
            'web:hunter2'
          )
        ]
      ]),
      'web',
      true
    )
    expect(changes[0]?.diff).toEqual([
      '~ spec.template.spec.containers[name=web].image: (sensitive value) → (sensitive value)'
    ])
    expect(JSON.stringify(changes)).not.toMatch(/hunter2|web:1/)
  })

  it('writes a removed field with the rendered value', () => {
    expect(
      fieldLine({ path: 'data.a', rendered: '1', live: undefined }, false)
    ).toBe('- data.a: "1" (removed)')
  })
})

/** The add-on step of release `web` in `shop`, with `addon` changes. */
function webStep(addon: Partial<Addon> = {}): AddonStep {
  const plan = buildPlan(
    buildDefinition('c', {
      s: { addons: { web: { namespace: 'shop', values: { a: 1 } } } }
    })
  )
  const step = plan.steps[0]
  if (step?.kind !== 'addon') throw new Error('expected an add-on step')
  return { ...step, addon: { ...step.addon, ...addon } }
}

describe('releaseDrift', () => {
  const rendered =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  url: "postgres://app:hunter2@db"\n'
  const editedLive: KubeJson = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'web',
      namespace: 'shop',
      managedFields: [
        {
          manager: 'kubectl-edit',
          operation: 'Update',
          fieldsV1: { 'f:data': { 'f:url': {} } }
        }
      ]
    },
    data: { url: 'postgres://app:changed-by-hand@db' }
  }
  const drift = (step: AddonStep) =>
    releaseDrift(step, {
      ...defaultPreviewOptions(
        new FakeExec().on(['helm', 'get', 'manifest', 'web'], {
          stdout: rendered
        })
      ),
      kubectl: {
        get: () => Promise.resolve([editedLive])
      } as unknown as ClusterClient
    })

  it.each([
    ['a secret variable', { secretDigest: 'sha256:0123' }],
    [
      'SOPS-encrypted values',
      { values: { url: 'ENC[AES256_GCM,data:x]', sops: {} } }
    ]
  ])(
    'decides itself to show no value when the add-on uses %s',
    async (_, addon) => {
      const changes = await drift(webStep(addon))
      expect(changes[0]?.diff).toEqual([
        '~ data.url: (sensitive value) → (sensitive value)'
      ])
      expect(JSON.stringify(changes)).not.toMatch(/hunter2|changed-by-hand/)
    }
  )

  it('shows the values of an add-on whose values hold no secret', async () => {
    const changes = await drift(webStep())
    expect(changes[0]?.diff).toEqual([
      '~ data.url: "postgres://app:hunter2@db" → "postgres://app:changed-by-hand@db"'
    ])
  })

  it('says a release cannot be compared when its objects cannot be read, without failing the rest', async () => {
    const exec = new FakeExec().on(['helm', 'get', 'manifest', 'web'], {
      stdout: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n'
    })
    const client = {
      get: () =>
        Promise.reject(
          new ToolError(
            'reading Widget/shop/w failed: the server could not find the requested resource',
            'kubectl get',
            1,
            ''
          )
        )
    } as unknown as ClusterClient
    await expect(
      releaseDrift(webStep(), {
        ...defaultPreviewOptions(exec),
        kubectl: client
      })
    ).rejects.toThrow(
      new ReleaseReadError(
        'reading its objects failed: reading Widget/shop/w failed: the server could not find the requested resource'
      )
    )
  })
})

describe('manifestObjects of a chart that reuses an anchor', () => {
  const reused = (times: number): string =>
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: app-cm',
      'data:',
      '  a: &x "v"',
      ...Array.from({ length: times }, (_, i) => `  b${i}: *x`),
      ''
    ].join('\n')

  it('reads 150 uses of one anchor, as Helm and the API server do', () => {
    const [object] = manifestObjects(reused(150), 'shop')
    expect((object?.data as Record<string, string>).b149).toBe('v')
  })

  it('refuses an exponential expansion as a release it cannot read, not an internal error', () => {
    const laughs = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: lol}',
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      ''
    ].join('\n')
    expect(() => manifestObjects(laughs, 'shop')).toThrow(ReleaseReadError)
  })
})
