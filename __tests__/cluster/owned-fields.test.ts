// The comparison a full reconcile, the drift check and `status` share.
// The managedFields below are what kube-apiserver 1.34 recorded for a
// `kubectl apply --server-side --field-manager=clustersync` of these
// manifests on the local control plane (copied from `kubectl get
// --show-managed-fields -o json`).
import { compareOwned } from '../../src/cluster/owned-fields.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'

const service: KubeJson = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 's1', namespace: 'default', labels: { a: 'b' } },
  spec: { selector: { app: 'x' }, ports: [{ port: 80 }] }
}
const serviceFields = {
  'f:metadata': { 'f:labels': { 'f:a': {} } },
  'f:spec': {
    'f:ports': { 'k:{"port":80,"protocol":"TCP"}': { '.': {}, 'f:port': {} } },
    'f:selector': {}
  }
}

function live(
  body: KubeJson,
  fieldsV1: unknown,
  others: unknown[] = []
): KubeJson {
  const metadata = body.metadata as Record<string, unknown>
  return {
    ...body,
    metadata: {
      ...metadata,
      resourceVersion: '7',
      managedFields: [
        ...others,
        {
          manager: 'clustersync',
          operation: 'Apply',
          apiVersion: body.apiVersion,
          fieldsType: 'FieldsV1',
          fieldsV1
        }
      ]
    }
  }
}

// What the server stored: the manifest plus defaults.
const storedService: KubeJson = {
  ...service,
  spec: {
    selector: { app: 'x' },
    ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
    type: 'ClusterIP',
    clusterIP: '10.0.0.7'
  }
}

describe('compareOwned', () => {
  it('finds an object as applied the same, defaults and all', () => {
    expect(compareOwned(service, live(storedService, serviceFields))).toBe(
      'same'
    )
  })

  it('finds a changed owned value different', () => {
    const changed = {
      ...service,
      spec: { ...(storedService.spec as object), selector: { app: 'y' } }
    }
    expect(compareOwned(service, live(changed, serviceFields))).toBe('differs')
  })

  it('ignores a field only another manager set', () => {
    const labelled = {
      ...storedService,
      metadata: {
        ...(service.metadata as object),
        labels: { a: 'b', team: 'x' }
      }
    }
    const theirs = {
      manager: 'kubectl-label',
      operation: 'Update',
      fieldsV1: { 'f:metadata': { 'f:labels': { 'f:team': {} } } }
    }
    expect(compareOwned(service, live(labelled, serviceFields, [theirs]))).toBe(
      'same'
    )
  })

  it('finds a field another manager took (no longer ours) different', () => {
    // Server-side apply drops a map whose last owned entry went elsewhere.
    const taken = { 'f:spec': serviceFields['f:spec'] }
    expect(compareOwned(service, live(storedService, taken))).toBe('differs')
  })

  it('finds a field the manifest no longer sets different (applying removes it)', () => {
    const fewer = { ...service, metadata: { name: 's1', namespace: 'default' } }
    expect(compareOwned(fewer, live(storedService, serviceFields))).toBe(
      'differs'
    )
  })

  it('finds an object never applied by ClusterSync different', () => {
    const object = { ...storedService, metadata: { name: 's1' } }
    expect(compareOwned(service, object)).toBe('differs')
  })

  it('finds a new list item different', () => {
    const more = {
      ...service,
      spec: { selector: { app: 'x' }, ports: [{ port: 80 }, { port: 81 }] }
    }
    expect(compareOwned(more, live(storedService, serviceFields))).toBe(
      'differs'
    )
  })

  it('reads a Secret’s stringData back from its data', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'sec1', namespace: 'default' },
      stringData: { token: 'abc' }
    }
    const stored = { ...secret, stringData: undefined, data: { token: 'YWJj' } }
    const fields = { 'f:stringData': { 'f:token': {} } }
    expect(compareOwned(secret, live(stored, fields))).toBe('same')
    const edited = { ...stored, data: { token: 'eHl6' } }
    expect(compareOwned(secret, live(edited, fields))).toBe('differs')
  })

  it('compares containers by name, atomic selectors whole, quantities as strings', () => {
    const deployment: KubeJson = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd1', namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'd1' } },
        template: {
          metadata: { labels: { app: 'd1' } },
          spec: {
            containers: [
              {
                name: 'app',
                image: 'registry.example/app:1',
                ports: [{ containerPort: 8080 }],
                args: ['a', 'b'],
                resources: { limits: { cpu: 1 } }
              }
            ]
          }
        }
      }
    }
    const fields = {
      'f:spec': {
        'f:replicas': {},
        'f:selector': {},
        'f:template': {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:containers': {
              'k:{"name":"app"}': {
                '.': {},
                'f:args': {},
                'f:image': {},
                'f:name': {},
                'f:ports': {
                  'k:{"containerPort":8080,"protocol":"TCP"}': {
                    '.': {},
                    'f:containerPort': {}
                  }
                },
                'f:resources': { 'f:limits': { 'f:cpu': {} } }
              }
            }
          }
        }
      }
    }
    const container = {
      args: ['a', 'b'],
      image: 'registry.example/app:1',
      imagePullPolicy: 'IfNotPresent',
      name: 'app',
      ports: [{ containerPort: 8080, protocol: 'TCP' }],
      resources: { limits: { cpu: '1' } }
    }
    const stored = (image: string, args: string[]): KubeJson => ({
      ...deployment,
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'd1' } },
        template: {
          metadata: { labels: { app: 'd1' } },
          spec: { containers: [{ ...container, image, args }] }
        }
      }
    })
    expect(
      compareOwned(
        deployment,
        live(stored('registry.example/app:1', ['a', 'b']), fields)
      )
    ).toBe('same')
    expect(
      compareOwned(
        deployment,
        live(stored('registry.example/app:2', ['a', 'b']), fields)
      )
    ).toBe('differs')
    expect(
      compareOwned(
        deployment,
        live(stored('registry.example/app:1', ['b', 'a']), fields)
      )
    ).toBe('differs')
  })

  it('is unsure when ClusterSync applied another version than the manifest names', () => {
    const object = live(storedService, serviceFields)
    const entries = (
      object.metadata as { managedFields: { apiVersion: string }[] }
    ).managedFields
    for (const e of entries) e.apiVersion = 'v2'
    expect(compareOwned(service, object)).toBe('unsure')
  })

  it('finds an object being deleted different', () => {
    const object = live(storedService, serviceFields)
    ;(object.metadata as Record<string, unknown>).deletionTimestamp = 'now'
    expect(compareOwned(service, object)).toBe('differs')
  })
})
