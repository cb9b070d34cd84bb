/**
 * Golden plan tests: each case's text, JSON and Mermaid renderings are
 * compared byte for byte with `__fixtures__/plans/<case>/`. Regenerate with
 * `UPDATE_GOLDEN=1 npm test -- --selectProjects unit __tests__/plan` and
 * review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildPlan } from '../../src/plan/build-plan.js'
import {
  renderPlanJson,
  renderPlanMermaid,
  renderPlanText
} from '../../src/plan/render-plan.js'
import { planCases } from './cases.js'

const fixtures = join(process.cwd(), '__fixtures__', 'plans')
const update = process.env.UPDATE_GOLDEN === '1'

/** Compares with the golden file, or writes it when updating. */
export function expectGolden(file: string, actual: string): void {
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`missing golden file ${file}`)
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, actual)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe.each(Object.entries(planCases))('plan %s', (name, build) => {
  const plan = buildPlan(build())

  it('matches expected-plan.txt', () => {
    expectGolden(
      join(fixtures, name, 'expected-plan.txt'),
      renderPlanText(plan)
    )
  })

  it('matches expected-plan.json', () => {
    expectGolden(
      join(fixtures, name, 'expected-plan.json'),
      renderPlanJson(plan)
    )
  })

  it('matches expected-plan.mmd', () => {
    expectGolden(
      join(fixtures, name, 'expected-plan.mmd'),
      renderPlanMermaid(plan)
    )
  })

  it('renders byte-identical output from a fresh build', () => {
    const again = buildPlan(build())
    expect(renderPlanText(again)).toBe(renderPlanText(plan))
    expect(renderPlanJson(again)).toBe(renderPlanJson(plan))
  })
})
