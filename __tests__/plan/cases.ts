/**
 * The golden plan cases built in code (no loader): each is named after the
 * behaviour it pins down and has `__fixtures__/plans/<case>/expected-plan.*`.
 */
import type { ClusterDefinition } from '../../src/definition/definition-types.js'
import { buildDefinition, crd, obj } from './builders.js'

const ns = (name: string): Record<string, unknown> =>
  obj('v1', 'Namespace', name)
const cm = (name: string, namespace?: string): Record<string, unknown> =>
  obj('v1', 'ConfigMap', name, namespace, { data: { key: 'value' } })

export const planCases: Record<string, () => ClusterDefinition> = {
  /** Manifest ↔ add-on parents across stacks, which Flux and Argo cannot express. */
  'parents-across-stacks': () =>
    buildDefinition('across', {
      apps: {
        manifests: {
          'app-config': { parents: ['addon:redis'], objects: [cm('app')] }
        }
      },
      data: {
        manifests: { 'redis-config': { objects: [cm('redis')] } },
        addons: { redis: { parents: ['manifest:redis-config'] } }
      }
    }),

  /** `{manifest: x}` / `{addon: x}` parents plan exactly like `{name, kind}`. */
  'parents-shorthand': () =>
    buildDefinition('shorthand', {
      main: {
        manifests: {
          second: { parents: ['@manifest:first'], objects: [cm('b')] },
          first: { objects: [cm('a')] }
        },
        addons: { chart: { parents: ['@manifest:second'] } }
      }
    }),

  /** Waves 1, 5 and 20 (10 is empty): each waits for the nearest lower wave with steps. */
  'waves-with-gaps': () =>
    buildDefinition('waves', {
      late: { wave: 20, manifests: { 'late-1': { objects: [cm('l1')] } } },
      empty: { wave: 10 },
      middle: {
        wave: 5,
        manifests: { 'middle-1': { objects: [cm('m1')] } },
        addons: { 'middle-chart': {} }
      },
      early: {
        wave: 1,
        manifests: {
          'early-1': { objects: [cm('e1')] },
          'early-2': { objects: [cm('e2')] }
        }
      },
      free: { manifests: { unwaved: { objects: [cm('u')] } } }
    }),

  /** Stacks without a wave and without parents do not wait for each other. */
  'stacks-without-waves': () =>
    buildDefinition('independent', {
      one: { manifests: { a: { objects: [cm('a')] } } },
      two: { addons: { b: {} } },
      three: { manifests: { c: { objects: [cm('c')] } } }
    }),

  /** A step creating Namespace/shop runs before steps (and releases) that use it. */
  'namespace-implicit': () =>
    buildDefinition('namespaces', {
      apps: {
        manifests: {
          shop: { namespace: 'shop', objects: [cm('settings')] },
          orders: { objects: [cm('orders', 'shop')] }
        },
        addons: { cache: { namespace: 'shop' } }
      },
      base: {
        manifests: { namespaces: { objects: [ns('shop'), ns('other')] } }
      }
    }),

  /** CRDs before their CRs: an implicit edge across steps, kind order inside one. */
  'crd-before-cr': () =>
    buildDefinition('crds', {
      main: {
        manifests: {
          widgets: {
            objects: [obj('example.com/v1', 'Widget', 'w1', 'default')]
          },
          'crds-and-gadgets': {
            objects: [
              obj('example.com/v1', 'Gadget', 'g1', 'default'),
              crd('example.com', 'Gadget', 'gadgets'),
              crd('example.com', 'Widget', 'widgets')
            ]
          }
        }
      }
    }),

  /** An implicit edge that contradicts `parents` is dropped with a warning. */
  'implicit-conflict': () =>
    buildDefinition('conflict', {
      main: {
        manifests: {
          app: { objects: [cm('app', 'shop')] },
          namespaces: { parents: ['manifest:app'], objects: [ns('shop')] }
        }
      }
    }),

  /** With nothing else deciding, the step written first runs first. */
  'written-order': () =>
    buildDefinition('written', {
      main: {
        manifests: {
          zeta: { objects: [cm('z')] },
          alpha: { parents: ['manifest:zeta'], objects: [cm('a')] },
          mid: { objects: [cm('m')] },
          beta: { parents: ['manifest:zeta'], objects: [cm('b')] }
        }
      }
    }),

  /** A cycle in parents (validation should catch it) is an error naming each edge. */
  'plan-cycle': () =>
    buildDefinition('cycle', {
      main: {
        manifests: {
          a: { parents: ['manifest:c'], objects: [cm('a')] },
          b: { parents: ['manifest:a'], objects: [cm('b')] },
          c: { parents: ['manifest:b'], objects: [cm('c')] },
          free: { objects: [cm('f')] }
        }
      }
    })
}
