/**
 * Keys that are mappings or lists are refused at the key, as Go's YAML
 * refuses them (kubectl, Helm and Ankra), instead of being turned into
 * text. Duplicate keys are refused at the repeated key, in block and flow
 * mappings, in the definition and in YAML embedded in a manifest string —
 * and finding them stays linear in a mapping's size: a file under the size
 * limit with one mapping of 200,000 keys (a hostile pull request's
 * definition) used to take minutes to parse, each key compared with every
 * key before it.
 */
import { parseYamlText } from '../../src/definition/yaml-parse.js'
import type { Diagnostic } from '../../src/diagnostics.js'

function parse(text: string): { diagnostics: Diagnostic[]; documents: number } {
  const diagnostics: Diagnostic[] = []
  const parsed = parseYamlText(text, 'f.yaml', diagnostics)
  return { diagnostics, documents: parsed.documents.length }
}

const at = (d: Diagnostic): string => `${d.code} ${d.line}:${d.column}`

describe('duplicate keys', () => {
  it('are reported at the repeated key of a block mapping, and the document is dropped', () => {
    const { diagnostics, documents } = parse('a: 1\nb: 2\na: 3\n')
    expect(diagnostics.map(at)).toEqual(['yaml-duplicate-key 3:1'])
    expect(diagnostics[0]?.message).toBe(
      'duplicate key: Map keys must be unique'
    )
    expect(documents).toBe(0)
  })

  it('are reported in flow mappings and nested mappings, each repeat once', () => {
    const { diagnostics } = parse(
      'top:\n  inner: {x: 1, y: 2, x: 3}\n  list:\n    - k: 1\n      k: 2\n      k: 3\n'
    )
    expect(diagnostics.map(at)).toEqual([
      'yaml-duplicate-key 2:23',
      'yaml-duplicate-key 5:7',
      'yaml-duplicate-key 6:7'
    ])
  })

  it('tell keys of different types apart, as YAML does (1 and "1")', () => {
    expect(parse('1: a\n"1": b\ntrue: c\n"true": d\n').diagnostics).toEqual([])
  })

  it('are reported beside the document’s syntax errors, in the order of the text', () => {
    const { diagnostics } = parse('a: 1\na: 2\nb: [\n')
    expect(diagnostics.map((d) => d.code)).toEqual([
      'yaml-duplicate-key',
      ...diagnostics.slice(1).map(() => 'yaml-syntax')
    ])
    expect(diagnostics[0]?.line).toBe(2)
  })

  it('only in the document that repeats them', () => {
    const { diagnostics, documents } = parse(
      'a: 1\n---\na: 1\na: 2\n---\na: 1\n'
    )
    expect(diagnostics.map(at)).toEqual(['yaml-duplicate-key 4:1'])
    expect(documents).toBe(2)
  })

  it('are found in one pass over a mapping of 200,000 keys', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `  k${i}: v`)
    const { diagnostics, documents } = parse(
      `variables:\n${keys.join('\n')}\n  k7: again\n`
    )
    expect(diagnostics.map(at)).toEqual(['yaml-duplicate-key 200002:3'])
    expect(documents).toBe(0)
    // A bound, not a timing: comparing every key with every earlier one
    // takes minutes here, one pass about a second.
  }, 60_000)
})

describe('keys that are mappings or lists', () => {
  it('are refused at the key, in block and flow mappings', () => {
    const { diagnostics, documents } = parse(
      'data:\n  ? [a, b]\n  : x\n  plain: y\nflow: {[c]: 1}\n'
    )
    expect(diagnostics.map(at)).toEqual([
      'yaml-collection-key 2:5',
      'yaml-collection-key 5:8'
    ])
    expect(diagnostics[0]?.message).toMatch(
      /a key that is a mapping or a list: kubectl, Helm and Ankra refuse it/
    )
    expect(documents).toBe(0)
  })

  it('are refused when an alias names one', () => {
    const { diagnostics } = parse('m: &m {a: 1}\nn:\n  ? *m\n  : x\n')
    expect(diagnostics.map(at)).toEqual(['yaml-collection-key 3:5'])
  })

  it('leave scalar keys alone: numbers, booleans and quoted brackets', () => {
    expect(parse('1: a\ntrue: b\n"[a, b]": c\n').diagnostics).toEqual([])
  })
})
