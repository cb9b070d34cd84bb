import fc from 'fast-check'
import { buildPlan } from '../../src/plan/build-plan.js'
import { canonicalJson } from '../../src/plan/digest.js'
import type { ManifestStep } from '../../src/plan/plan-types.js'
import { buildDefinition, crd, obj } from './builders.js'

const cm = (name: string, namespace?: string): Record<string, unknown> =>
  obj('v1', 'ConfigMap', name, namespace, { data: { b: '2', a: '1' } })

/** The same object with every key order reversed, recursively. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]))
}

describe('buildPlan', () => {
  it('gives the same digest when object keys are written in another order', () => {
    const body = cm('settings', 'shop')
    const a = buildPlan(
      buildDefinition('c', { s: { manifests: { m: { objects: [body] } } } })
    )
    const b = buildPlan(
      buildDefinition('c', {
        s: {
          manifests: {
            m: { objects: [reverseKeys(body) as Record<string, unknown>] }
          }
        }
      })
    )
    expect(b.steps[0]?.digest).toBe(a.steps[0]?.digest)
    expect(a.steps[0]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('keeps the digest when only the position or file changes', () => {
    const one = buildPlan(
      buildDefinition('c', {
        s: {
          manifests: { m: { objects: [cm('x')] }, n: { objects: [cm('y')] } }
        }
      })
    )
    const two = buildPlan(
      buildDefinition(
        'c',
        {
          t: {
            manifests: { n: { objects: [cm('y')] }, m: { objects: [cm('x')] } }
          }
        },
        'other.yaml'
      )
    )
    const digest = (p: typeof one, id: string): string | undefined =>
      p.steps.find((s) => s.id === id)?.digest
    expect(digest(two, 'manifest:m')).toBe(digest(one, 'manifest:m'))
    expect(digest(two, 'manifest:n')).toBe(digest(one, 'manifest:n'))
  })

  it('changes the digest when force, namespace, values or version change', () => {
    const plan = (force: boolean, ns: string, version: string, v: number) =>
      buildPlan(
        buildDefinition('c', {
          s: {
            manifests: { m: { force, namespace: ns, objects: [cm('x')] } },
            addons: { a: { version, values: { replicas: v } } }
          }
        })
      ).steps.map((s) => s.digest)
    const base = plan(false, 'a', '1.0.0', 1)
    expect(plan(true, 'a', '1.0.0', 1)[0]).not.toBe(base[0])
    expect(plan(false, 'b', '1.0.0', 1)[0]).not.toBe(base[0])
    expect(plan(false, 'a', '1.0.1', 1)[1]).not.toBe(base[1])
    expect(plan(false, 'a', '1.0.0', 2)[1]).not.toBe(base[1])
  })

  it('orders objects inside a step by kind, then namespace, then name', () => {
    const plan = buildPlan(
      buildDefinition('c', {
        s: {
          manifests: {
            m: {
              objects: [
                obj('apps/v1', 'Deployment', 'web', 'b'),
                obj(
                  'admissionregistration.k8s.io/v1',
                  'ValidatingWebhookConfiguration',
                  'hook'
                ),
                obj('example.com/v1', 'Widget', 'w', 'a'),
                obj('serving.knative.dev/v1', 'Service', 'kn', 'a'),
                obj('v1', 'Service', 'web', 'b'),
                obj('v1', 'Service', 'api', 'b'),
                obj('v1', 'Service', 'web', 'a'),
                crd('example.com', 'Widget', 'widgets'),
                obj('v1', 'Namespace', 'b'),
                obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'admin')
              ]
            }
          }
        }
      })
    )
    const step = plan.steps[0] as ManifestStep
    expect(step.objects.map((o) => o.subject)).toEqual([
      'Namespace/b',
      'CustomResourceDefinition/widgets.example.com',
      'ClusterRole/admin',
      'Service/a/web',
      'Service/b/api',
      'Service/b/web',
      'Deployment/b/web',
      'Widget/a/w',
      'Service/a/kn',
      'ValidatingWebhookConfiguration/hook'
    ])
  })

  it('drops the manifest namespace from cluster-scoped kinds, custom ones too', () => {
    const scoped = crd('example.com', 'Policy', 'policies')
    ;(scoped.spec as Record<string, unknown>).scope = 'Cluster'
    const plan = buildPlan(
      buildDefinition('c', {
        s: {
          manifests: {
            m: {
              namespace: 'shop',
              objects: [
                scoped,
                obj('example.com/v1', 'Policy', 'p'),
                obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r'),
                obj('v1', 'ConfigMap', 'c')
              ]
            }
          }
        }
      })
    )
    const step = plan.steps[0] as ManifestStep
    expect(step.objects.map((o) => o.subject)).toEqual([
      'CustomResourceDefinition/policies.example.com',
      'ClusterRole/r',
      'ConfigMap/shop/c',
      'Policy/p'
    ])
    expect(step.namespaces).toEqual(['shop'])
  })

  it('reports an unknown parent instead of throwing', () => {
    const plan = buildPlan(
      buildDefinition('c', {
        s: { manifests: { m: { parents: ['addon:ghost'], objects: [] } } }
      })
    )
    expect(plan.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'plan-unknown-parent',
        message:
          'manifest:m names parent addon:ghost, which the definition does not have'
      })
    ])
    expect(plan.stages).toEqual([['manifest:m']])
  })

  it('finds a cycle that mixes parents and waves', () => {
    const plan = buildPlan(
      buildDefinition('c', {
        low: { wave: 1, manifests: { a: { parents: ['manifest:b'] } } },
        high: { wave: 2, manifests: { b: {} } }
      })
    )
    expect(plan.stages).toEqual([])
    expect(plan.diagnostics[0]?.message).toBe(
      'the steps depend on each other in a cycle: manifest:a → manifest:b (deploy-wave at cluster.yaml:5), manifest:b → manifest:a (parents at cluster.yaml:4)'
    )
  })

  it('does not repeat an implicit edge that a written parent already states', () => {
    const plan = buildPlan(
      buildDefinition('c', {
        s: {
          manifests: {
            ns: { objects: [obj('v1', 'Namespace', 'shop')] },
            app: { parents: ['manifest:ns'], objects: [cm('x', 'shop')] }
          }
        }
      })
    )
    expect(plan.edges.map((e) => e.reason)).toEqual(['parents'])
  })

  it('plans an empty definition', () => {
    const plan = buildPlan(buildDefinition('c', {}))
    expect(plan).toMatchObject({
      steps: [],
      edges: [],
      stages: [],
      diagnostics: []
    })
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order, drops undefined members', () => {
    expect(
      canonicalJson({ b: [2, { d: 1, c: undefined, a: null }], a: 'x' })
    ).toBe('{"a":"x","b":[2,{"a":null,"d":1}]}')
    expect(canonicalJson([undefined])).toBe('[null]')
  })
})

/** canonicalJson as first written (arrays of members joined): the reference. */
function canonicalJsonReference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonicalJsonReference(item)).join(',')}]`
  }
  const record = value as Record<string, unknown>
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalJsonReference(record[key])}`
    )
  return `{${members.join(',')}}`
}

describe('canonicalJson keeps the text of every recorded digest', () => {
  it('matches the first implementation on generated values', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(
          fc.oneof(
            fc.string(),
            fc.constantFrom('__proto__', '10', '2', 'é', '')
          ),
          fc.oneof(fc.constant(undefined), fc.jsonValue())
        ),
        (json, withUndefined) => {
          for (const value of [json, withUndefined, [withUndefined, json]]) {
            expect(canonicalJson(value)).toBe(canonicalJsonReference(value))
          }
        }
      ),
      { numRuns: 500, seed: 20261206 }
    )
  })
})

describe('canonicalJson quotes strings as JSON.stringify does', () => {
  // Names, labels and images are mostly plain characters, quoted without
  // JSON.stringify; one character that needs escaping must still be escaped.
  const character = fc.constantFrom(
    ...'aZ09_-./: '.split(''),
    '"',
    '\\',
    '\n',
    '\u0001',
    '\u007f',
    '\u2028',
    '\ud800',
    'é',
    '\t'
  )
  const text = fc
    .array(character, { maxLength: 8 })
    .map((characters) => characters.join(''))

  it('matches the first implementation on keys and values of such strings', () => {
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text))), (v) => {
        expect(canonicalJson(v)).toBe(canonicalJsonReference(v))
        expect(JSON.parse(canonicalJson(v))).toEqual(v)
      }),
      { numRuns: 500, seed: 20261206 }
    )
  })
})
