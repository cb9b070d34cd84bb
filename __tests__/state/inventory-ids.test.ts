/**
 * An inventory written when raw-object files were named by their
 * repository-relative path: read for today's plan, nothing is re-applied
 * and nothing pruned.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { moveLegacyStepIds } from '../../src/state/inventory-ids.js'
import { emptyInventory, type Inventory } from '../../src/state/inventory.js'
import { computePrune } from '../../src/engine/prune.js'
import { registerPlanned, selectSteps } from '../../src/engine/select-steps.js'
import { loadDefinition } from '../../src/definition/load.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { Plan } from '../../src/plan/plan-types.js'
import { validateDefinition } from '../../src/validate/check-definition.js'

const files = {
  '/repo/clusters/prod/cluster.yaml': [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: { name: prod }',
    'spec:',
    '  stacks:',
    '    - name: a',
    '      manifests:',
    '        - include: namespaces/',
    '        - include: ../../shared/quota.yaml',
    '        - name: settings',
    '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: s, namespace: shop}"',
    '          parents: [{ manifest: namespaces/shop }]',
    ''
  ].join('\n'),
  '/repo/clusters/prod/namespaces/shop.yaml':
    'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n',
  '/repo/shared/quota.yaml':
    'apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: q, namespace: shop }\n'
}

/**
 * clusters/prod/shared/defaults.yaml is named shared/defaults: the old name
 * of the root's shared/defaults.yaml, now /shared/defaults.
 */
const collision = {
  '/repo/clusters/prod/cluster.yaml': [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: { name: prod }',
    'spec:',
    '  stacks:',
    '    - name: a',
    '      manifests:',
    '        - include: shared/defaults.yaml',
    '        - include: ../../shared/defaults.yaml',
    '        - name: settings',
    '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: s, namespace: shop}"',
    '          parents: [{ manifest: shared/defaults }, { manifest: /shared/defaults }]',
    ''
  ].join('\n'),
  '/repo/clusters/prod/shared/defaults.yaml':
    'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n',
  '/repo/shared/defaults.yaml':
    'apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: q, namespace: shop }\n'
}

async function planOf(repo: Record<string, string> = files): Promise<Plan> {
  const loaded = await loadDefinition({
    fs: new MemoryFs(repo),
    root: '/repo',
    file: 'clusters/prod/cluster.yaml'
  })
  const { definition, diagnostics } = validateDefinition(loaded, {
    mode: 'sync'
  })
  if (!definition) throw new Error(JSON.stringify(diagnostics))
  return buildPlan(definition)
}

/** The inventory the previous release wrote after syncing the same files. */
function previousInventory(plan: Plan): Inventory {
  const legacy = new Map<string, string>()
  const digests = new Map<string, string>()
  for (const step of plan.steps) {
    digests.set(step.id, step.digest)
    if (step.kind === 'manifest' && step.legacyId)
      legacy.set(step.id, step.legacyId)
  }
  const oldId = (id: string): string => legacy.get(id) ?? id
  const all = new Set(plan.steps.map((s) => s.id))
  return {
    version: 1,
    cluster: 'prod',
    steps: registerPlanned(plan, undefined, all).map((step) => ({
      ...step,
      id: oldId(step.id),
      digest: digests.get(step.id) ?? '',
      dependsOn: step.dependsOn.map(oldId)
    }))
  }
}

describe('moveLegacyStepIds', () => {
  it('records old step ids under the ids of today', async () => {
    const plan = await planOf()
    const before = previousInventory(plan)
    expect(before.steps.map((s) => s.id)).toEqual([
      'manifest:clusters/prod/namespaces/shop',
      'manifest:shared/quota',
      'manifest:settings'
    ])
    const after = moveLegacyStepIds(before, plan)
    expect(after.steps.map((s) => [s.id, s.dependsOn])).toEqual([
      ['manifest:namespaces/shop', []],
      ['manifest:/shared/quota', ['manifest:namespaces/shop']],
      ['manifest:settings', ['manifest:namespaces/shop']]
    ])
    // Unmoved, every renamed step would be applied again.
    expect([...selectSteps(plan, before, false)]).toEqual([
      'manifest:namespaces/shop',
      'manifest:/shared/quota',
      'manifest:settings'
    ])
    expect([...selectSteps(plan, after, false)]).toEqual([])
    expect(computePrune(plan, after)).toEqual([])
    expect(registerPlanned(plan, after, new Set())).toEqual(after.steps)
  })

  it('leaves an inventory alone that already has the new ids', async () => {
    const plan = await planOf()
    const current = moveLegacyStepIds(previousInventory(plan), plan)
    expect(moveLegacyStepIds(current, plan)).toBe(current)
    expect(moveLegacyStepIds(undefined, plan)).toBeUndefined()
  })

  it("moves every old id at once, so an old id that is now another step's id swaps", async () => {
    const plan = await planOf(collision)
    const before = previousInventory(plan)
    expect(before.steps.map((s) => s.id)).toEqual([
      'manifest:clusters/prod/shared/defaults',
      'manifest:shared/defaults',
      'manifest:settings'
    ])
    const after = moveLegacyStepIds(before, plan)
    expect(after.steps.map((s) => [s.id, s.digest])).toEqual(
      plan.steps.map((s) => [s.id, s.digest])
    )
    expect(after.steps.map((s) => s.objects[0]?.kind)).toEqual([
      'Namespace',
      'ResourceQuota',
      'ConfigMap'
    ])
    expect([...selectSteps(plan, after, false)]).toEqual([])
    expect(computePrune(plan, after)).toEqual([])
    // Read again (a sync that wrote nothing new, or plan after sync), the
    // ids written under the new names must not swap back.
    expect(moveLegacyStepIds(after, plan)).toBe(after)
    const written = JSON.parse(JSON.stringify(after)) as Inventory
    expect(moveLegacyStepIds(written, plan)).toEqual(written)
  })

  it('does not move ids of an inventory written under the new names', async () => {
    const plan = await planOf(collision)
    // Written by this release when only the folder's own file was included:
    // shared/defaults is that file, not the root's one.
    const recorded: Inventory = {
      ...emptyInventory('prod'),
      steps: registerPlanned(plan, undefined, new Set()).filter(
        (s) => s.id === 'manifest:shared/defaults'
      )
    }
    expect(moveLegacyStepIds(recorded, plan)).toEqual(recorded)
  })
})
