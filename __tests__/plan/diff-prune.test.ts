import {
  previewPrune,
  previewPruneLive,
  pruningOffNote
} from '../../src/preview/diff-prune.js'
import { applySetId, type Inventory } from '../../src/state/inventory.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import {
  defaultKubectlConfig,
  defaultPruneOptions
} from '../../src/engine/engine-options.js'
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

  const cm = (name: string) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    name,
    namespace: 'shop'
  })
  const withRemovedStep = (objects: Inventory['steps'][number]['objects']) => ({
    ...inventory,
    steps: [
      {
        id: 'manifest:kept',
        kind: 'manifest' as const,
        digest: 'sha256:x',
        order: 0,
        dependsOn: [],
        objects: [cm('a')]
      },
      {
        id: 'manifest:gone',
        kind: 'manifest' as const,
        digest: 'sha256:z',
        order: 1,
        dependsOn: [],
        objects
      }
    ]
  })

  it('says the prune would stop at a Namespace it would delete', () => {
    const preview = previewPrune(
      plan,
      withRemovedStep([{ apiVersion: 'v1', kind: 'Namespace', name: 'gone' }])
    )
    expect(preview.blocked).toEqual([
      'would delete Namespace/gone (a Namespace)'
    ])
  })

  it('says the prune would stop when it would delete more than half the inventory', () => {
    const preview = previewPrune(
      plan,
      withRemovedStep([cm('b'), cm('c'), cm('d'), cm('e')])
    )
    expect(preview.blocked).toEqual([
      'would delete 4 of 5 objects in the inventory (more than 50%)'
    ])
  })

  it('shows no guard in the way when destructive prunes are allowed, as the sync runs them', () => {
    const preview = previewPrune(
      plan,
      withRemovedStep([{ apiVersion: 'v1', kind: 'Namespace', name: 'gone' }]),
      { ...defaultPruneOptions(), allowDestructive: true }
    )
    expect(preview.blocked).toEqual([])
    expect(preview.steps.flatMap((s) => s.changes)).toContainEqual({
      subject: 'Namespace/gone',
      action: 'pruned',
      message: 'was applied by manifest:gone'
    })
  })

  it('prunes nothing when pruning is off, and says what a sync with it on would delete', () => {
    const preview = previewPrune(
      plan,
      withRemovedStep([{ apiVersion: 'v1', kind: 'Namespace', name: 'gone' }]),
      { ...defaultPruneOptions(), enabled: false }
    )
    expect(preview).toEqual({
      steps: [
        {
          step: 'manifest:gone',
          removed: true,
          changes: [
            {
              subject: 'Namespace/gone',
              action: 'unchanged',
              message: `${pruningOffNote} (was applied by manifest:gone)`
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
  const live = (owner: string, name = 'b') => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name,
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

  it('shows an object of its own ApplySet as pruned, next to one another ApplySet owns', async () => {
    const withC: Inventory = {
      ...inventory,
      steps: inventory.steps.map((step) =>
        step.id === 'manifest:kept'
          ? {
              ...step,
              objects: [
                ...step.objects,
                {
                  apiVersion: 'v1',
                  kind: 'ConfigMap',
                  name: 'c',
                  namespace: 'shop'
                }
              ]
            }
          : step
      )
    }
    const other = applySetId('other')
    const preview = await previewPruneLive(
      plan,
      withC,
      kubectlWith([live(other, 'b'), live(applySetId('c'), 'c')])
    )
    expect(
      preview.steps.flatMap((s) => s.changes.map((c) => [c.subject, c.action]))
    ).toEqual([
      ['helm:shop/gone', 'pruned'],
      ['ConfigMap/shop/c', 'pruned'],
      ['ConfigMap/shop/b', 'unchanged']
    ])
  })

  it('says a pruned release keeps the declared objects it still claims', async () => {
    const claimed = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'a',
        namespace: 'shop',
        annotations: {
          'meta.helm.sh/release-name': 'gone',
          'meta.helm.sh/release-namespace': 'shop'
        }
      }
    }
    const preview = await previewPruneLive(
      plan,
      inventory,
      kubectlWith([claimed, live(applySetId('c'))])
    )
    const release = preview.steps
      .flatMap((s) => s.changes)
      .find((c) => c.subject === 'helm:shop/gone')
    expect(release).toEqual({
      subject: 'helm:shop/gone',
      action: 'pruned',
      message:
        "was applied by addon:gone; keeps ConfigMap/shop/a, which this definition declares (removed without `helm uninstall`, which would delete it; the chart's delete hooks do not run)"
    })
  })

  it('prunes nothing when pruning is off, without reading the labels', async () => {
    const exec = new FakeExec()
    const preview = await previewPruneLive(
      plan,
      inventory,
      new KubectlClient(exec, new StillClock(), defaultKubectlConfig()),
      { ...defaultPruneOptions(), enabled: false }
    )
    expect(preview.steps.flatMap((s) => s.changes)).toEqual([
      {
        subject: 'helm:shop/gone',
        action: 'unchanged',
        message: `${pruningOffNote} (was applied by addon:gone)`
      },
      {
        subject: 'ConfigMap/shop/b',
        action: 'unchanged',
        message: `${pruningOffNote} (was applied by manifest:kept)`
      }
    ])
    expect(exec.calls).toEqual([])
  })

  it('falls back to the inventory alone when the labels cannot be read', async () => {
    const kubectl = new KubectlClient(
      new FakeExec().on(['get'], {
        exitCode: 1,
        stderr: 'Error from server (Forbidden): configmaps is forbidden'
      }),
      new StillClock(),
      defaultKubectlConfig()
    )
    expect(await previewPruneLive(plan, inventory, kubectl)).toEqual(
      previewPrune(plan, inventory)
    )
  })
})
