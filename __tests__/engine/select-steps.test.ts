// Which steps a sync applies, and what it records before applying them: a
// run killed half-way must leave the steps it started on record as not
// applied, so the next sync re-applies them even when its inputs are the
// ones the inventory last recorded (a revert to the commit synced before).
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { loadDefinition } from '../../src/definition/load.js'
import { registerPlanned, selectSteps } from '../../src/engine/select-steps.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { Plan } from '../../src/plan/plan-types.js'
import type { Inventory } from '../../src/state/inventory.js'
import { validateDefinition } from '../../src/validate/check-definition.js'

function definition(revision: number): Record<string, string> {
  const map = (name: string): string =>
    `apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: ${name}, namespace: shop}\\ndata: {revision: '${revision}'}`
  return {
    '/repo/cluster.yaml': [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: prod }',
      'spec:',
      '  stacks:',
      '    - name: a',
      '      manifests:',
      '        - name: first',
      `          manifest: "${map('first')}"`,
      '        - name: second',
      `          manifest: "${map('second')}"`,
      '          parents: [{ manifest: first }]',
      ''
    ].join('\n')
  }
}

async function planOf(revision: number): Promise<Plan> {
  const loaded = await loadDefinition({
    fs: new MemoryFs(definition(revision)),
    root: '/repo',
    file: 'cluster.yaml'
  })
  const checked = validateDefinition(loaded, { mode: 'sync' })
  if (!checked.definition) throw new Error(JSON.stringify(checked.diagnostics))
  return buildPlan(checked.definition)
}

/** The inventory a run that ended Synced at `plan` wrote. */
function synced(plan: Plan): Inventory {
  const all = new Set(plan.steps.map((s) => s.id))
  return {
    version: 1,
    cluster: 'prod',
    steps: registerPlanned(plan, undefined, all).map((step, i) => ({
      ...step,
      digest: plan.steps[i]?.digest ?? ''
    }))
  }
}

describe('registerPlanned', () => {
  it('records the steps about to be applied as not applied yet', async () => {
    const before = await planOf(1)
    const after = await planOf(2)
    const previous = synced(before)
    const selected = selectSteps(after, previous, false)
    expect([...selected]).toEqual(['manifest:first', 'manifest:second'])
    const started = registerPlanned(after, previous, selected)
    expect(started.map((s) => [s.id, s.digest])).toEqual([
      ['manifest:first', ''],
      ['manifest:second', '']
    ])
  })

  it('so the sync after a killed run re-applies them, also at the inputs recorded before it', async () => {
    const before = await planOf(1)
    const previous = synced(before)
    const killed: Inventory = {
      ...previous,
      steps: registerPlanned(
        await planOf(2),
        previous,
        selectSteps(await planOf(2), previous, false)
      )
    }
    expect([...selectSteps(before, killed, false)]).toEqual([
      'manifest:first',
      'manifest:second'
    ])
  })

  it('keeps the recorded digest of the steps it does not apply', async () => {
    const plan = await planOf(1)
    const previous = synced(plan)
    const started = registerPlanned(plan, previous, new Set())
    expect(started.map((s) => s.digest)).toEqual(
      plan.steps.map((s) => s.digest)
    )
  })
})

describe('registerPlanned, an add-on moved to another namespace', () => {
  async function addonPlan(namespace: string): Promise<Plan> {
    const loaded = await loadDefinition({
      fs: new MemoryFs({
        '/repo/cluster.yaml': [
          'apiVersion: v1',
          'kind: ImportCluster',
          'metadata: { name: prod }',
          'spec:',
          '  stacks:',
          '    - name: a',
          '      addons:',
          '        - name: web',
          '          chart_name: app',
          '          chart_version: 1.0.0',
          '          repository_url: https://charts.example.com',
          `          namespace: ${namespace}`,
          ''
        ].join('\n')
      }),
      root: '/repo',
      file: 'cluster.yaml'
    })
    const checked = validateDefinition(loaded, { mode: 'sync' })
    if (!checked.definition)
      throw new Error(JSON.stringify(checked.diagnostics))
    return buildPlan(checked.definition)
  }

  it("keeps the revision last seen ready through the run about to apply (a killed run's never-ready one is not it)", async () => {
    const plan = await addonPlan('shop')
    const previous = synced(plan)
    const ready = {
      ...previous,
      steps: previous.steps.map((s) => ({
        ...s,
        digest: 'older',
        release: { name: 'web', namespace: 'shop', ready: 4 }
      }))
    }
    const started = registerPlanned(
      plan,
      ready,
      selectSteps(plan, ready, false)
    )
    expect(started[0]?.release).toEqual({
      name: 'web',
      namespace: 'shop',
      ready: 4
    })
    // Another release (the add-on moved): that revision is not its.
    const moved = await addonPlan('store')
    const movedStart = registerPlanned(
      moved,
      ready,
      selectSteps(moved, ready, false)
    )
    expect(movedStart[0]?.release).toEqual({ name: 'web', namespace: 'store' })
  })

  it('keeps the old release on record beside the new one, so a killed run loses neither', async () => {
    const previous = synced(await addonPlan('shop'))
    const moved = await addonPlan('store')
    const started = registerPlanned(
      moved,
      previous,
      selectSteps(moved, previous, false)
    )
    expect(started.map((s) => [s.id, s.release, s.digest])).toEqual([
      ['addon:web', { name: 'web', namespace: 'store' }, ''],
      ['addon:web@shop', { name: 'web', namespace: 'shop' }, '']
    ])
  })
})
