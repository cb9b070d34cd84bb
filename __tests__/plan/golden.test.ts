/**
 * Golden plan tests built in code: each case's text, JSON and Mermaid
 * renderings are compared byte for byte with `__fixtures__/plans/<case>/`.
 */
import { buildPlan } from '../../src/plan/build-plan.js'
import {
  renderPlanJson,
  renderPlanMermaid,
  renderPlanText
} from '../../src/plan/render-plan.js'
import { planCases } from './cases.js'
import { expectGolden } from './golden-files.js'

describe.each(Object.entries(planCases))('plan %s', (name, build) => {
  const plan = buildPlan(build())

  it('matches expected-plan.txt, .json and .mmd', () => {
    expectGolden(name, 'expected-plan.txt', renderPlanText(plan))
    expectGolden(name, 'expected-plan.json', renderPlanJson(plan))
    expectGolden(name, 'expected-plan.mmd', renderPlanMermaid(plan))
  })

  it('renders byte-identical output from a fresh build', () => {
    const again = buildPlan(build())
    expect(renderPlanText(again)).toBe(renderPlanText(plan))
    expect(renderPlanJson(again)).toBe(renderPlanJson(plan))
  })
})
