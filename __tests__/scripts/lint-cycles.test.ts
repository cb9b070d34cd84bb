import { spawnSync } from 'node:child_process'
import {
  findCycles,
  formatCycle,
  moduleReferences,
  resolveSpecifier,
  sourceFiles
} from '../../scripts/lint-cycles.js'

/**
 * The cycles src/ has today, as the lint prints their chains. The
 * restructuring of issue 14 removes them; this list then becomes `[]`.
 */
const expectedCycles: string[] = []

const chains = (sources: Record<string, string>): string[] =>
  findCycles(sources).map((cycle) => cycle.files.join(' → '))

describe('no import cycles in src/, type-only and dynamic ones included', () => {
  it('reports exactly the known cycles in the real src/, and fails the lint while there are any', () => {
    expect(sourceFiles()).toEqual(
      expect.arrayContaining([
        'src/sync/prepare.ts',
        'src/adapters/kube-direct.ts'
      ])
    )
    const lint = spawnSync(process.execPath, ['scripts/lint-cycles.js'], {
      encoding: 'utf8'
    })
    const reported = lint.stderr
      .split('\n')
      .filter((line) => line.startsWith('import cycle: '))
      .map((line) => line.slice('import cycle: '.length))
    expect(reported).toEqual(expectedCycles)
    expect(lint.status).toBe(expectedCycles.length ? 1 : 0)
  })

  it('finds a cycle that is type-only on one side, which import-x/no-cycle lets pass', () => {
    const sources = {
      'src/sync.ts': [
        "import { startCheck } from './sync-inputs.js'",
        'export interface SyncOptions { cluster: string }'
      ].join('\n'),
      'src/sync-inputs.ts': [
        '// The options type only: erased at run time.',
        "import type { SyncOptions } from './sync.js'",
        'export const startCheck = (o: SyncOptions) => o'
      ].join('\n')
    }
    const [cycle, ...more] = findCycles(sources)
    expect(more).toEqual([])
    expect(formatCycle(cycle!)).toBe(
      [
        'src/sync-inputs.ts → src/sync.ts → src/sync-inputs.ts',
        "  src/sync-inputs.ts:2: import type { SyncOptions } from './sync.js'",
        "  src/sync.ts:1: import { startCheck } from './sync-inputs.js'"
      ].join('\n')
    )
    expect(cycle!.edges.map((edge) => edge.kind)).toEqual([
      'import type',
      'import'
    ])
  })

  it.each([
    ['inline type specifiers', "import { type B, type C } from './b.js'"],
    ['an import type in a type', "let b: import('./b.js').B"],
    ['typeof import', "type B = typeof import('./b.js')"],
    ['a type-only re-export', "export type { B } from './b.js'"],
    ['a type-only star re-export', "export type * from './b.js'"]
  ])('finds a type-only cycle through %s', (_, line) => {
    const sources = {
      'src/a.ts': line,
      'src/b.ts': "import type { A } from './a.js'"
    }
    expect(chains(sources)).toEqual(['src/a.ts → src/b.ts → src/a.ts'])
    expect(findCycles(sources)[0]!.edges[0]!.kind).toBe(
      line.startsWith('export') ? 'export type' : 'import type'
    )
  })

  it('finds a cycle through a dynamic import, as a lazily loaded module that imports back is the same knot', () => {
    const sources = {
      'src/sync.ts': [
        'export async function phases(): Promise<void> {',
        "  const { applyToCluster } = await import('./apply/sync-cluster.js')",
        '  await applyToCluster()',
        '}'
      ].join('\n'),
      'src/apply/sync-cluster.ts':
        "import { phases } from '../sync.js'\nexport const applyToCluster = phases"
    }
    const [cycle] = findCycles(sources)
    expect(formatCycle(cycle!)).toBe(
      [
        'src/apply/sync-cluster.ts → src/sync.ts → src/apply/sync-cluster.ts',
        "  src/apply/sync-cluster.ts:1: import { phases } from '../sync.js'",
        "  src/sync.ts:2: const { applyToCluster } = await import('./apply/sync-cluster.js')"
      ].join('\n')
    )
    expect(cycle!.edges[1]!.kind).toBe('dynamic import')
  })

  it.each([
    "export { phases } from './b.js'",
    "export * from './b.js'",
    "export * as b from './b.js'"
  ])('finds a cycle through a re-export: %s', (line) => {
    const sources = {
      'src/a.ts': line,
      'src/b.ts': "import { a } from './a.js'"
    }
    expect(findCycles(sources)[0]!.edges[0]).toMatchObject({
      from: 'src/a.ts',
      to: 'src/b.ts',
      kind: 'export',
      code: line
    })
  })

  it('finds a cycle through a side-effect import and a file that imports itself', () => {
    expect(
      chains({
        'src/a.ts': "import './b.js'",
        'src/b.ts': "import { a } from './a.js'",
        'src/c.ts': "import type { C } from './c.js'"
      })
    ).toEqual(['src/a.ts → src/b.ts → src/a.ts', 'src/c.ts → src/c.ts'])
  })

  it('shows every import that knots a larger component, each on its shortest cycle', () => {
    // a → b → c → a, and b → a: two cycles, sharing a → b.
    const sources = {
      'src/a.ts': "import { b } from './b.js'",
      'src/b.ts': "import { a } from './a.js'\nimport { c } from './c.js'",
      'src/c.ts': "import { a } from './a.js'"
    }
    expect(chains(sources)).toEqual([
      'src/a.ts → src/b.ts → src/a.ts',
      'src/a.ts → src/b.ts → src/c.ts → src/a.ts'
    ])
    expect(findCycles(sources)[1]!.edges.map((edge) => edge.line)).toEqual([
      1, 2, 1
    ])
  })

  it('does not read imports written in comments, strings or templates', () => {
    const text = [
      "// import { b } from './b.js'",
      "/* export * from './b.js' */",
      'const hint = "import { b } from \'./b.js\'"',
      "const lazy = `await import('./b.js')`",
      "const single = 'import type { B } from \\'./b.js\\''",
      '/**',
      " * @example import('./b.js')",
      ' */',
      'export const a = [hint, lazy, single]'
    ].join('\n')
    expect(moduleReferences(text)).toEqual([])
    expect(
      findCycles({ 'src/a.ts': text, 'src/b.ts': "import { a } from './a.js'" })
    ).toEqual([])
  })

  it('reports no cycle in a graph without one, whatever the kinds of import', () => {
    // A diamond (a → b, a → c, b → d, c → d), a package and a JSON file.
    const sources = {
      'src/a.ts':
        "import { b } from './b.js'\nexport type { C } from './c.js'\nimport ts from 'typescript'",
      'src/b.ts': "import type { D } from './lib/d.js'",
      'src/c.ts': "export * from './lib/d.js'\nconst m = import('./lib/d.js')",
      'src/lib/d.ts':
        "import schema from '../../schemas/s.json' with { type: 'json' }"
    }
    expect(findCycles(sources)).toEqual([])
  })

  it('resolves a relative specifier to the source file it names', () => {
    const files = new Set(['src/a.ts', 'src/lib/b.ts', 'src/lib/index.ts'])
    expect(resolveSpecifier('src/lib/b.ts', '../a.js', files)).toBe('src/a.ts')
    expect(resolveSpecifier('src/a.ts', './lib/b.js', files)).toBe(
      'src/lib/b.ts'
    )
    expect(resolveSpecifier('src/a.ts', './lib', files)).toBe(
      'src/lib/index.ts'
    )
    expect(resolveSpecifier('src/a.ts', 'typescript', files)).toBeUndefined()
    expect(
      resolveSpecifier('src/a.ts', '../schemas/s.json', files)
    ).toBeUndefined()
  })
})
