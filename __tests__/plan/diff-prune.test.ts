import { previewPrune } from '../../src/preview/diff-prune.js'
import type { Inventory } from '../../src/state/inventory.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { buildDefinition, obj } from './builders.js'

const plan = buildPlan(
  buildDefinition('c', {
    s: {
      manifests: { kept: { objects: [obj('v1', 'ConfigMap', 'a', 'shop')] } }
    }
  })
)

const inventory: Inventory = {
  version: 1,
  cluster: 'c',
  steps: [
    {
      id: 'manifest:kept',
      kind: 'manifest',
      digest: 'sha256:x',
      order: 0,
      dependsOn: [],
      objects: [
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'shop' },
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'b', namespace: 'shop' }
      ]
    },
    {
      id: 'addon:gone',
      kind: 'addon',
      digest: 'sha256:y',
      order: 1,
      dependsOn: ['manifest:kept'],
      objects: [],
      release: { name: 'gone', namespace: 'shop' }
    }
  ]
}

describe('previewPrune', () => {
  it('lists nothing for a cluster that was never synced', () => {
    expect(previewPrune(plan, undefined)).toEqual({ steps: [], blocked: [] })
  })

  it('lists what left the definition, dependents first', () => {
    expect(previewPrune(plan, inventory)).toEqual({
      steps: [
        {
          step: 'addon:gone',
          removed: true,
          changes: [
            {
              subject: 'helm:shop/gone',
              action: 'pruned',
              message: 'was applied by addon:gone'
            }
          ]
        },
        {
          step: 'manifest:kept',
          changes: [
            {
              subject: 'ConfigMap/shop/b',
              action: 'pruned',
              message: 'was applied by manifest:kept'
            }
          ]
        }
      ],
      blocked: []
    })
  })
})
