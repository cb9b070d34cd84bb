/**
 * YAML nested deeper than the documented limit (docs/format.md, "Limits") is
 * refused with a diagnostic that names the file, the line, the limit and
 * what to do, however deep it goes: 100,000 levels once surfaced as a bare
 * "Maximum call stack size exceeded".
 */
import { generateNestingRepo } from '../../bench/generate-limit-repos.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import { maxNestingDepth } from '../../src/definition/yaml-depth.js'
import { parseYamlText } from '../../src/definition/yaml-parse.js'
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

describe('flow nesting near the parser’s own stack limit', () => {
  // About a thousand unclosed `[` is where the parser's recursion may or
  // may not run out of stack, depending on what ran before: the answer must
  // not depend on it.
  const text = `key: ${'['.repeat(1000)}\n`

  it('is refused the same way every time, once, at the bracket past the limit', () => {
    const answers = [0, 1, 2].map(() => {
      const diagnostics: Diagnostic[] = []
      parseYamlText(text, 'deep.yaml', diagnostics)
      return diagnostics
    })
    expect(answers[0]).toEqual([
      expect.objectContaining({
        code: 'yaml-too-deep',
        line: 1,
        column: 6 + maxNestingDepth
      })
    ])
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
  })

  it('does not count brackets in quoted text, comments or plain words', () => {
    const brackets = '['.repeat(maxNestingDepth + 5)
    const diagnostics: Diagnostic[] = []
    const parsed = parseYamlText(
      [
        `a: "${brackets}"`,
        `b: '${brackets}'`,
        `c: x${brackets}`,
        `# ${brackets}`,
        `d: [1, "${brackets}", [2]]`
      ].join('\n'),
      'ok.yaml',
      diagnostics
    )
    expect(diagnostics).toEqual([])
    expect(parsed.documents).toHaveLength(1)
  })
})

describe('block nesting in a document that also has syntax errors', () => {
  // Found by the fuzz suite in CI: a thousand levels of `- ` after a key on
  // the same line (a syntax error) gave yaml-too-deep on the first runs and
  // not once the parser's code was warm enough for its recursion to fit.
  const nested = Array.from(
    { length: 1000 },
    (_, i) => `${' '.repeat(i * 2)}- `
  ).join('\n    ')
  const text = `- name: m\n  extra: ${nested}x\n`

  it('is refused with yaml-too-deep on every run, at the same place', () => {
    const answers = Array.from({ length: 10 }, () => {
      const diagnostics: Diagnostic[] = []
      parseYamlText(text, 'big.yaml', diagnostics)
      return diagnostics
    })
    expect(answers[0]).toContainEqual(
      expect.objectContaining({ code: 'yaml-too-deep', file: 'big.yaml' })
    )
    for (const answer of answers) expect(answer).toEqual(answers[0])
  })

  it('counts compact nesting on one line (`- - - x`) too', () => {
    const diagnostics: Diagnostic[] = []
    parseYamlText(`${'- '.repeat(5_000)}x\n`, 'compact.yaml', diagnostics)
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml-too-deep', line: 1 })
    ])
  })
})
