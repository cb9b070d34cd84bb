import { previewPrune, previewPruneLive } from '../../src/preview/diff-prune.js'
import { applySetId, type Inventory } from '../../src/state/inventory.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
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

describe('previewPruneLive', () => {
  const kubectlWith = (items: object[]) =>
    new KubectlClient(
      new FakeExec().on(['get'], {
        stdout: JSON.stringify({ kind: 'List', items })
      }),
      new StillClock(),
      defaultKubectlConfig()
    )
  const live = (owner: string) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'b',
      namespace: 'shop',
      labels: { 'applyset.kubernetes.io/part-of': owner }
    }
  })

  it('shows an object another ApplySet owns as left in place, as the sync leaves it', async () => {
    const other = applySetId('other')
    const preview = await previewPruneLive(
      plan,
      inventory,
      kubectlWith([live(other)])
    )
    expect(preview.steps.flatMap((s) => s.changes)).toContainEqual({
      subject: 'ConfigMap/shop/b',
      action: 'unchanged',
      message: `left in place: now part of another definition's ApplySet ${other} (was applied by manifest:kept)`
    })
  })

  it('shows an object of its own ApplySet as pruned', async () => {
    const preview = await previewPruneLive(
      plan,
      inventory,
      kubectlWith([live(applySetId('c'))])
    )
    expect(preview).toEqual(previewPrune(plan, inventory))
  })
})
