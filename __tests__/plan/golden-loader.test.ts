/**
 * Plans of real repositories, through the real loader and validator:
 * `__fixtures__/plans/<case>/repo/cluster.yaml` → expected-plan.txt/.json.
 * `ankra-monitoring-stack` is Ankra's public example (see the README there);
 * `examples` plans the repository's own `examples/` (golden files in
 * `__fixtures__/plans/examples/`: update them when the example changes).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { hasErrors } from '../../src/diagnostics.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import {
  renderPlanJson,
  renderPlanMermaid,
  renderPlanText
} from '../../src/plan/render-plan.js'
import type { Plan } from '../../src/plan/plan-types.js'
import { checkDefinition } from '../../src/validate/check-definition.js'
import { expectGolden, planFixtures } from './golden-files.js'

const cases = readdirSync(planFixtures)
  .filter((name) =>
    existsSync(join(planFixtures, name, 'repo', 'cluster.yaml'))
  )
  .sort()

/** Where a case's repository is: `examples/` is the repository's own. */
function repoOf(name: string): string {
  return name === 'examples'
    ? join(planFixtures, '..', '..', 'examples')
    : join(planFixtures, name, 'repo')
}

async function planRepo(name: string): Promise<Plan> {
  const result = await checkDefinition({
    fs: createNodeFs(),
    root: repoOf(name),
    file: 'cluster.yaml',
    mode: 'validate'
  })
  if (!result.definition || hasErrors(result.diagnostics)) {
    throw new Error(
      `${name} does not validate: ${JSON.stringify(result.diagnostics, null, 2)}`
    )
  }
  return buildPlan(result.definition)
}

describe('plans of fixture repositories', () => {
  it('has the expected cases', () => {
    expect(cases).toEqual(['ankra-monitoring-stack', 'shop-with-includes'])
  })

  it.each([...cases, 'examples'])(
    '%s matches its golden plan',
    async (name) => {
      const plan = await planRepo(name)
      expectGolden(name, 'expected-plan.txt', renderPlanText(plan))
      expectGolden(name, 'expected-plan.json', renderPlanJson(plan))
      expectGolden(name, 'expected-plan.mmd', renderPlanMermaid(plan))
      expect(renderPlanText(await planRepo(name))).toBe(renderPlanText(plan))
    }
  )

  it('orders every Ankra add-on after the namespace manifest its parents name', async () => {
    const plan = await planRepo('ankra-monitoring-stack')
    const position = (id: string) => plan.steps.findIndex((s) => s.id === id)
    const addons = plan.steps.filter((s) => s.kind === 'addon')
    expect(addons).toHaveLength(6)
    for (const addon of addons) {
      const parents = addon.kind === 'addon' ? addon.addon.parents : []
      expect(parents).toHaveLength(1)
      for (const p of parents) {
        expect(position(`${p.kind}:${p.name}`)).toBeLessThan(position(addon.id))
        expect(addon.dependsOn).toContain(`${p.kind}:${p.name}`)
      }
    }
    expect(plan.stages.map((s) => s.length)).toEqual([6, 6])
  })
})
