/**
 * The prune leaves in place a Namespace declared objects or releases still
 * live in, and a CRD of an API group declared objects still use; anything
 * else the definition dropped is pruned as before.
 */
import { buildPlan } from '../../src/plan/build-plan.js'
import { keepStillNeeded } from '../../src/engine/prune-needed.js'
import {
  computePrune,
  pruneNeedsContextNamespace,
  type PruneGroup
} from '../../src/engine/prune.js'
import { stillNeededNeedsContextNamespace } from '../../src/engine/prune-needed.js'
import type { Inventory } from '../../src/state/inventory.js'
import { buildDefinition, obj } from '../plan/builders.js'

const plan = buildPlan(
  buildDefinition('c', {
    apps: {
      manifests: {
        objects: {
          objects: [
            obj('v1', 'ConfigMap', 'settings', 'shop'),
            obj('example.com/v1', 'Sprocket', 's1', 'shop')
          ]
        }
      },
      addons: { cache: { namespace: 'cache' } }
    }
  })
)

const ns = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', name })
const crd = (name: string) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  name
})

describe('keepStillNeeded', () => {
  it('keeps the namespaces of declared objects and releases, and CRDs of declared API groups', () => {
    const groups: PruneGroup[] = [
      {
        step: 'manifest:base',
        stepRemoved: true,
        objects: [
          crd('sprockets.example.com'),
          crd('gadgets.other.io'),
          ns('shop'),
          ns('cache'),
          ns('gone')
        ]
      }
    ]
    const { groups: pruned, kept, reasons } = keepStillNeeded(plan, groups)
    expect(pruned).toEqual([
      {
        step: 'manifest:base',
        stepRemoved: true,
        objects: [crd('gadgets.other.io'), ns('gone')]
      }
    ])
    expect(kept.map((c) => [c.subject, c.action, c.message])).toEqual([
      [
        'CustomResourceDefinition/sprockets.example.com',
        'unchanged',
        "left in place: the definition still declares Sprocket/shop/s1 of its API group example.com; no longer on this definition's record (was applied by manifest:base)"
      ],
      [
        'Namespace/shop',
        'unchanged',
        "left in place: the definition still declares ConfigMap/shop/settings in it; no longer on this definition's record (was applied by manifest:base)"
      ],
      [
        'Namespace/cache',
        'unchanged',
        "left in place: the definition still declares helm:cache/cache in it; no longer on this definition's record (was applied by manifest:base)"
      ]
    ])
    expect([...reasons.keys()]).toHaveLength(3)
  })

  it('drops a group left with nothing to prune, and keeps one with a release', () => {
    const groups: PruneGroup[] = [
      { step: 'manifest:a', stepRemoved: true, objects: [ns('shop')] },
      {
        step: 'addon:old',
        stepRemoved: true,
        objects: [ns('cache')],
        release: { name: 'old', namespace: 'cache' }
      }
    ]
    const { groups: pruned } = keepStillNeeded(plan, groups)
    expect(pruned).toEqual([
      {
        step: 'addon:old',
        stepRemoved: true,
        objects: [],
        release: { name: 'old', namespace: 'cache' }
      }
    ])
  })
})

describe('keepStillNeeded and objects that name no namespace', () => {
  const unscoped = buildPlan(
    buildDefinition('c', {
      apps: {
        manifests: {
          objects: {
            objects: [
              obj('v1', 'ConfigMap', 'settings'),
              obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'reader')
            ]
          }
        }
      }
    })
  )
  const dropped: PruneGroup[] = [
    { step: 'manifest:base', stepRemoved: true, objects: [ns('team')] }
  ]

  it("keeps the context's Namespace, where an object that names none was applied", () => {
    const { groups, kept } = keepStillNeeded(unscoped, dropped, 'team')
    expect(groups).toEqual([])
    expect(kept.map((c) => c.message)).toEqual([
      "left in place: the definition still declares ConfigMap/settings, which names no namespace and goes to the kubeconfig context's, in it; no longer on this definition's record (was applied by manifest:base)"
    ])
    expect(keepStillNeeded(unscoped, dropped, 'other').groups).toEqual(dropped)
  })

  it('asks for the context namespace only when a Namespace would go and an object names none', () => {
    expect(stillNeededNeedsContextNamespace(unscoped, dropped)).toBe(true)
    expect(stillNeededNeedsContextNamespace(plan, dropped)).toBe(false)
    const noNamespace: PruneGroup[] = [
      {
        step: 'manifest:base',
        stepRemoved: true,
        objects: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'x' }]
      }
    ]
    expect(stillNeededNeedsContextNamespace(unscoped, noNamespace)).toBe(false)
  })
})

describe('computePrune and objects that name no namespace', () => {
  const declared = (namespace?: string) =>
    buildPlan(
      buildDefinition('c', {
        apps: {
          manifests: {
            cfg: { objects: [obj('v1', 'ConfigMap', 'pin', namespace)] }
          }
        }
      })
    )
  const recorded = (namespace?: string): Inventory => ({
    version: 1,
    cluster: 'c',
    steps: [
      {
        id: 'manifest:cfg',
        kind: 'manifest',
        digest: 'older',
        order: 0,
        dependsOn: [],
        objects: [
          {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            name: 'pin',
            ...(namespace ? { namespace } : {})
          }
        ]
      }
    ]
  })

  it('keeps an object whose `namespace: default` was dropped or added: it is the one just applied', () => {
    expect(computePrune(declared(undefined), recorded('default'))).toEqual([])
    expect(computePrune(declared('default'), recorded(undefined))).toEqual([])
  })

  it('still prunes an object moved to another namespace written out', () => {
    expect(computePrune(declared('shop'), recorded('blog'))).toHaveLength(1)
  })

  it('with the context namespace, prunes a move to or from it and keeps the same object', () => {
    // blog → unnamed (the context is default): the old one in blog goes.
    expect(
      computePrune(declared(undefined), recorded('blog'), 'default')
    ).toHaveLength(1)
    // unnamed (in default) → shop: the old one in default goes.
    expect(
      computePrune(declared('shop'), recorded(undefined), 'default')
    ).toHaveLength(1)
    expect(
      computePrune(declared(undefined), recorded('default'), 'default')
    ).toEqual([])
    expect(
      computePrune(declared('default'), recorded(undefined), 'default')
    ).toEqual([])
  })

  it('asks for the context namespace only when a namespace was added or dropped', () => {
    expect(
      pruneNeedsContextNamespace(declared(undefined), recorded('blog'))
    ).toBe(true)
    expect(
      pruneNeedsContextNamespace(declared('shop'), recorded(undefined))
    ).toBe(true)
    expect(pruneNeedsContextNamespace(declared('shop'), recorded('shop'))).toBe(
      false
    )
    expect(pruneNeedsContextNamespace(declared('shop'), recorded('blog'))).toBe(
      false
    )
  })
})
