/**
 * Golden-file comparison for plan tests. Regenerate with
 * `UPDATE_GOLDEN=1 npm test -- --selectProjects unit --testPathPatterns __tests__/plan`
 * and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** `__fixtures__/plans`, from the repository root. */
export const planFixtures = resolve(
  import.meta.dirname,
  '../../__fixtures__/plans'
)

const update = process.env.UPDATE_GOLDEN === '1'

/** Compares `actual` with `<case>/<name>`, or writes it when updating. */
export function expectGolden(
  caseName: string,
  name: string,
  actual: string
): void {
  const file = join(planFixtures, caseName, name)
  if (update) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${file}`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
