/**
 * The js-yaml fast path (src/definition/plain-yaml.ts) against `yaml`, the
 * parser it stands in for: on every YAML file of the repository, the shared
 * Ankra examples, hand-written edge cases and generated text, it either
 * declines or gives the values and document positions `yaml` gives (with no
 * diagnostic from `yaml`), document by document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import type { Diagnostic } from '../../src/diagnostics.js'
import {
  parsePlainYaml,
  plainYamlDeclines,
  type PlainDocument
} from '../../src/definition/plain-yaml.js'
import { convertNode } from '../../src/definition/convert-node.js'
import { SourceMap } from '../../src/definition/source-map.js'
import {
  documentToValue,
  parseYamlText,
  positionOf
} from '../../src/definition/yaml-parse.js'

const repoRoot = resolve(import.meta.dirname, '../..')

/** What the loader gets from `yaml` today: diagnostics, values, positions. */
function parseWithYaml(text: string): {
  diagnostics: Diagnostic[]
  values: PlainDocument[]
} {
  const diagnostics: Diagnostic[] = []
  const parsed = parseYamlText(text, 'f.yaml', diagnostics, 'objects')
  const values = parsed.documents.map((doc) => ({
    value: documentToValue(doc),
    ...positionOf(parsed, doc.contents?.range?.[0] ?? 0)
  }))
  return { diagnostics, values }
}

/**
 * True when the fast path took `text`; throws (failing the test) when it
 * took it and differs from `yaml`.
 */
function agreesWithYaml(text: string): boolean {
  const fast = parsePlainYaml(text, 'f.yaml', 'objects')
  if (!fast) return false
  const slow = parseWithYaml(text)
  expect({ text, diagnostics: slow.diagnostics }).toEqual({
    text,
    diagnostics: []
  })
  expect({ text, values: fast.values }).toStrictEqual({
    text,
    values: slow.values
  })
  return true
}

/** Every .yaml/.yml file below `folder` (none when it does not exist). */
function yamlFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

describe('the corpus', () => {
  const folders = [
    join(repoRoot, 'examples'),
    join(repoRoot, '__fixtures__'),
    join(repoRoot, 'e2e/repos'),
    join(repoRoot, 'helm_registries'),
    // The shared Ankra examples beside the checkout, when they are there.
    resolve(repoRoot, '../shared/examples/ankra')
  ]

  it('takes the fast path for most files, and agrees with yaml on each', () => {
    let total = 0
    let clean = 0
    let fast = 0
    for (const file of folders.flatMap(yamlFiles)) {
      // As the loader reads it: UTF-8, a BOM dropped.
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      total++
      if (parseWithYaml(text).diagnostics.length === 0) clean++
      if (agreesWithYaml(text)) fast++
    }
    expect(total).toBeGreaterThan(100)
    // A guard against a rule that quietly declines everything.
    expect(fast).toBeGreaterThan(clean * 0.9)
  })
})

/** Text that is valid for `yaml`, and whether the fast path should take it. */
const cases: [string, string, boolean][] = [
  [
    'a manifest',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    true
  ],
  ['two documents', 'a: 1\n---\nb: 2\n', true],
  ['a leading ---', '---\na: 1\n', true],
  ['comments first', '# one\n\n# two\n---\n  # three\na: 1\n', true],
  ['a comment on ---', 'a: 1\n--- # next\nb: 2\n', true],
  ['a lone ---', 'a: 1\n---\n', true],
  ['--- and comments', 'a: 1\n---\n# nothing\n---\nb: 2\n', true],
  ['--- with spaces', 'a: 1\n---   \n\nb: 2\n', true],
  ['comments only', '# nothing here\n', true],
  ['empty', '', true],
  ['no final newline', 'a: 1\nb: x', true],
  ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n---\r\nc: |\r\n  one\r\n  two\r\n', true],
  ['literal', 'a: |\n  one\n    two\n\n  three\n', true],
  ['literal keep', 'a: |+\n  one\n\n\nb: 1\n', true],
  ['literal strip', 'a: |-\n  one\n\n', true],
  ['folded', 'a: >\n  one\n  two\n\n  three\n   indented\n  four\n', true],
  ['folded keep', 'a: >+\n  one\n\n', true],
  ['folded strip', 'a: >-\n  one\n  two\n', true],
  ['keep at the end', 'a: |+\n  one\n\n', true],
  ['a shebang', 'run.sh: |\n  #!/bin/sh\n  echo "$1" # c\n', true],
  ['--- in a literal', 'a: |\n  one\n---\nb: 2\n', true],
  ['--- inside a line', 'a: |\n  ---\n  x --- w\n', true],
  [
    'double quotes',
    'a: "one\n  two\n\n  three \\t\\u00e9\\x41\\"\\\\"\n',
    true
  ],
  ['single quotes', "a: 'it''s\n  folded\n\n  kept'\n", true],
  ['escaped break', 'a: "one\\\n  two"\n', true],
  ['plain multi-line', 'a: one\n  two\n\n  three\nb: 2\n', true],
  ['flow', 'a: [1, two, {b: c}]\nd: {e: f, g: 1}\nh: []\ni: {}\n', true],
  ['flow over lines', 'a: [1,\n  2,\n  3]\nb: {c: 1,\n  d: 2}\n', true],
  ['flow pairs', 'a: [b: 1, c]\n', true],
  ['JSON', '{"a": 1, "b": "x", "c": true}\n', true],
  ['numbers', 'a: [0o17, 0x1F, 1e3, 1.5, .5, -1, +2, 1.]\n', true],
  ['special floats', 'a: [.inf, -.Inf, +.INF, .nan, .NaN]\n', true],
  ['signs', 'a: [-0, -.5, +.5]\n', true],
  ['nulls', 'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nul\n', true],
  ['booleans', 'a: [true, True, TRUE, false, tRue, yess, On2]\n', true],
  ['dates', 'a: 2024-01-01\nb: 2024-01-01T10:00:00Z\nc: 12:30:00\n', true],
  ['number keys', '1: a\n0x1F: b\n1.5: c\ntrue: d\n"2": e\n', true],
  ['empty values', 'a:\nb: ""\nc: \'\'\nd: []\n', true],
  ['odd keys', '__proto__: 1\nconstructor: 2\n"a b": 3\n', true],
  ['non-ASCII', 'a: é 漢字 😀\n"ü": 1\n', true],
  ['nested sequences', 'a:\n- b\n- - c\n  - d\n-   e: 1\n    f: 2\n', true],
  ['deep', 'a:\n  b:\n    c:\n      - d:\n          e: [f]\n', true],
  ['URLs', 'a: http://x/y?b=c&d=e#f\nb: a:b\n', true],
  ['a long line', `a: ${'x'.repeat(3000)}\n`, true],
  ['long quoted', `a: "${'x: '.repeat(600)}"\n`, false],
  ['an anchor', 'a: &x 1\nb: *x\n', false],
  ['a tag', 'a: !!str 1\n', false],
  ['a directive', '%YAML 1.2\n---\na: 1\n', false],
  ['an end marker', 'a: 1\n...\n---\nb: 2\n', false],
  ['a complex key', '? a\n: b\n', false],
  ['a merge key', 'a: {b: 1}\nc:\n  <<: {d: 2}\n', false],
  ['a merge of aliases', 'a: &a {b: 1}\nc:\n  <<: [*a, {d: 2}]\n', false],
  ['an anchor used often', `a: &a 1\nb: [${'*a, '.repeat(300)}*a]\n`, false],
  ['a tab', 'a:\tb\n', false],
  ['a BOM', '\uFEFFa: 1\n', false],
  ['content on ---', '--- |\n  text\n', false],
  ['a flow document', '--- [a, b]\n', false],
  ['a block scalar document', '|\n  text\n', false],
  ['---word', '---word\n', false],
  ['a null key', '~: a\n', false],
  ['a quoted null key', '"null": a\n', false],
  ['a collection in a flow map', '{a: [1]}\n', false],
  [
    'a collection in a flow map after a block document',
    'a: [1]\n---\nb: {c: [1]}\n',
    false
  ],
  ['indentation indicator', 'a: |2\n   x\n', false],
  ['an empty entry', 'a:\n - x\n -\n - z\n', false],
  ['spaces opening a literal', 'a: |\n \n  x\n', false],
  ['an escaped break, then empty', 'a: "x\\\n\n  y"\n', false],
  ['a last line of spaces', 'a: |+\n  x\n  ', false],
  ['a cron schedule', 'a: "*/5 * * * *"\nb: "0 */2 * * *"\n', false]
]

describe('hand-written cases', () => {
  it.each(cases)('%s', (_name, text, fast) => {
    expect(parseWithYaml(text).diagnostics).toEqual([])
    expect({ fast: agreesWithYaml(text) }).toEqual({ fast })
  })

  it('names the rule that declines', () => {
    expect(plainYamlDeclines('a: &x 1\n')).toBe('anchor, alias or tag')
    expect(plainYamlDeclines('a: 1\n')).toBeUndefined()
    // An error for `yaml` (yaml-collection-key), so never read fast.
    expect(plainYamlDeclines('[a]: b\n')).toBe('merge key or collection key')
  })
})

/** Scalars Go's YAML reads differently (go-scalars.ts): only `yaml` reads them so. */
const readByGo: [string, unknown][] = [
  [
    'a: [007, 010, 1_000, -0x1F, +0o7, 0b101, 0X1F]\n',
    { a: [7, 8, 1000, -31, 7, 5, 31] }
  ],
  [
    'a: [yes, no, on, off, y, n]\n',
    { a: [true, false, true, false, true, false] }
  ],
  ['on: 1\n010: 2\n', { true: 1, 8: 2 }],
  ['a:\n  - 010\nb: {c: n}\n', { a: [8], b: { c: false } }]
]

describe('scalars Go reads differently', () => {
  it.each(readByGo)('%j', (text, value) => {
    expect(plainYamlDeclines(text)).toBe('a scalar Go reads differently')
    expect(parseWithYaml(text).values.map((d) => d.value)).toEqual([value])
  })
})

/** Text `yaml` refuses: the fast path must never take it. */
const broken = [
  'a: b: c\n',
  'a:\n  b: 1\n c: 2\n',
  'a: 1\na: 2\n',
  '1: a\n1.0: b\n',
  'a: "x\n',
  'a: [1, 2\n',
  '- a\nb: 1\n',
  'a:\n  - x\n- y\n',
  '--- k: v\n',
  'a: "x"#c\n',
  'a: @x\n',
  'a: `x\n',
  '- >+\n    \n   # \n',
  '"x"y: 1\n',
  'a: |\n    x\n  y\n',
  `${'k'.repeat(1100)}: v\n`,
  'a: 1\n--- - b\n',
  '[a\n: b]\n',
  'a: 1\rb: 2\n',
  'a: |\n   \n  x\n',
  'a: |\n    \n  # x\n',
  'a: x\u0001y\n',
  'a: x\u0000y\n',
  'a: !Ref x\n',
  'a: !thing 1\n',
  'a: !!binary aGk=\n',
  'a: *nope\n',
  'a: &a 1\n---\nb: *a\n',
  'a: &a\n  b: *a\n',
  'a:\n  <<: 3\n'
]

describe('text yaml refuses', () => {
  it.each(broken)('%j', (text) => {
    expect(parseWithYaml(text).diagnostics).not.toEqual([])
    expect(parsePlainYaml(text, 'f.yaml', 'objects')).toBeUndefined()
  })
})

/** Pieces of YAML syntax, for generated text. */
const pieces = [
  ...['a', 'key', '1', '-1', '0o7', '0x1f', '1e3', '-.5', '~', 'True', ''],
  ...[' ', '  ', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ', '],
  ...[' #c', '#', '|', '>', '|-', '>+', '\\', '\\n', '\\u00e9', 'a b', 'é'],
  ...['@', '`', '?x', '---', '--- ', '.', '"x y"', "'x''y'", '\\\n'],
  ...['\n', '\n', '\n', '\r\n', '\n  ', '\n    ', '\n- ', '\n  - ', '\n ']
]

describe('generated text', () => {
  it('agrees with yaml whenever it takes the fast path', () => {
    const text = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 16 })
      .map((p) => p.join(''))
    fc.assert(
      fc.property(text, (t) => {
        agreesWithYaml(t)
      }),
      { seed: 20261124, numRuns: 4000 }
    )
  })

  it('agrees with yaml on mutated manifests', () => {
    const manifests = cases.filter(([, , fast]) => fast).map(([, t]) => t)
    const edit = fc.tuple(fc.nat(), fc.constantFrom(...pieces))
    const text = fc
      .tuple(fc.constantFrom(...manifests), fc.array(edit, { maxLength: 3 }))
      .map(([t, edits]) =>
        edits.reduce((s, [at, piece]) => {
          const p = at % (s.length + 1)
          return s.slice(0, p) + piece + s.slice(p)
        }, t)
      )
    fc.assert(
      fc.property(text, (t) => {
        agreesWithYaml(t)
      }),
      { seed: 20261124, numRuns: 4000 }
    )
  })
})

/**
 * Merge keys and aliases: the definition's converter (convert-node.ts,
 * which records positions) and `yaml`'s toJS (manifests, values) must give
 * the same values, keys in the same order.
 */
describe('merge keys, two converters', () => {
  const key = fc.constantFrom('x', 'y', 'z', '1', 'w')
  const scalar = fc.constantFrom('1', 'a', 'true', '~', '"q"')
  const entries = fc.array(fc.tuple(key, scalar), { maxLength: 4 })
  const block = (pairs: [string, string][]): string =>
    `{${[...new Map(pairs)].map(([k, v]) => `${k}: ${v}`).join(', ')}}`
  // Anchors a0..a2, each maybe merging an earlier one, then a mapping that
  // merges some of them among explicit keys.
  const text = fc
    .tuple(
      fc.array(fc.tuple(entries, fc.option(fc.nat(2))), {
        minLength: 1,
        maxLength: 3
      }),
      entries,
      fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }),
      fc.nat(4),
      fc.boolean()
    )
    .map(([anchors, own, merged, at, inline]) => {
      const lines = anchors.map(([pairs, base], n) => {
        const from = base !== null && base < n ? `, <<: *a${base}` : ''
        return `a${n}: &a${n} ${block(pairs).replace(/}$/, `${from}}`).replace('{, ', '{')}`
      })
      const names = merged
        .filter((m) => m < anchors.length)
        .map((m) => `*a${m}`)
      const value = inline
        ? `[${[...names, block(own.slice(0, 1))].join(', ')}]`
        : names.length === 1
          ? names[0]
          : `[${names.join(', ')}]`
      const body = [...new Map(own)].map(([k, v]) => `  ${k}: ${v}`)
      body.splice(at % (body.length + 1), 0, `  <<: ${value ?? '{}'}`)
      return `${lines.join('\n')}\nout:\n${body.join('\n')}\n`
    })

  it('agree on generated merges', () => {
    fc.assert(
      fc.property(text, (t) => {
        const diagnostics: Diagnostic[] = []
        const parsed = parseYamlText(t, 'm.yaml', diagnostics)
        expect({ t, diagnostics }).toEqual({ t, diagnostics: [] })
        const [doc] = parsed.documents
        if (!doc) throw new Error(`no document in ${t}`)
        const scope = { parsed, doc, sourceMap: new SourceMap() }
        const converted = convertNode(scope, doc.contents, '')
        const value = documentToValue(doc)
        expect({ t, entries: JSON.stringify(converted) }).toEqual({
          t,
          entries: JSON.stringify(value)
        })
      }),
      { seed: 20261206, numRuns: 500 }
    )
  })
})
