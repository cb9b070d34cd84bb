/**
 * YAML nested deeper than the documented limit (docs/format.md, "Limits") is
 * refused with a diagnostic that names the file, the line, the limit and
 * what to do, however deep it goes: 100,000 levels once surfaced as a bare
 * "Maximum call stack size exceeded".
 */
import { generateNestingRepo } from '../../bench/generate-limit-repos.js'
import { maxNestingDepth } from '../../src/definition/yaml-depth.js'
import { tempRoot, validateAndPlan } from './limit-repos.js'

const temp = tempRoot('nesting')

describe('deeply nested YAML', () => {
  it.each([
    ['just past the limit', maxNestingDepth + 1],
    ['100,000 levels', 100_000]
  ])('%s is a yaml-too-deep error at its file and line', async (_, depth) => {
    const { diagnostics, plan } = await validateAndPlan(
      generateNestingRepo(temp.path(`d${depth}`), { depth })
    )
    expect(plan).toBeUndefined()
    const errors = diagnostics.filter((d) => d.severity === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'yaml-too-deep',
        file: 'deep.yaml',
        line: 6,
        message: expect.stringContaining(
          `deeper than ${maxNestingDepth} levels`
        ) as string,
        hint: expect.stringMatching(/flatten|split/i) as string
      })
    ])
    expect(JSON.stringify(diagnostics)).not.toMatch(/call stack/i)
  })

  it('accepts nesting at the limit', async () => {
    // The document itself and `data:` are two levels of the ConfigMap.
    const { diagnostics, plan } = await validateAndPlan(
      generateNestingRepo(temp.path('at'), { depth: maxNestingDepth - 2 })
    )
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(plan?.steps).toHaveLength(1)
  })
})
