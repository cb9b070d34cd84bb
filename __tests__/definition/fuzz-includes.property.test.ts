/**
 * Fuzzing the include resolver with generated include graphs: files that
 * include each other (and themselves) by file name, by glob and by folder,
 * through symlinks, in any shape — chains, diamonds, cycles. Besides the
 * harness's invariants (fuzz-harness.ts), the outcome must match the graph:
 * a cycle reachable from the definition is an `include-cycle`, a file
 * reached twice an `include-duplicate`, and a tree plans every manifest.
 */
import fc from 'fast-check'
import { sized } from '../../__fixtures__/long-mode.js'
import {
  checkInvariants,
  countCase,
  fuzzRuns,
  printCounts,
  type FuzzRepo
} from './fuzz-harness.js'

/** File i includes the files in edges[i], in that order. */
interface IncludeGraph {
  edges: number[][]
  /** How file i is named in an include: its name, a glob, or its folder. */
  style: ('name' | 'glob' | 'folder' | 'link')[]
}

// Half the graphs only include files of a higher number: acyclic, so
// trees and diamonds are as common as cycles.
const graph: fc.Arbitrary<IncludeGraph> = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.boolean())
  .chain(([n, acyclic]) =>
    fc.record({
      edges: fc
        .array(fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: 3 }), {
          minLength: n,
          maxLength: n
        })
        .map((edges) =>
          acyclic ? edges.map((to, i) => to.filter((j) => j > i)) : edges
        ),
      style: fc.array(fc.constantFrom('name', 'glob', 'folder', 'link'), {
        minLength: n,
        maxLength: n
      })
    })
  )

/** Each file in a folder of its own (`f3/m.yaml`), so a folder include names one file. */
function target(g: IncludeGraph, i: number, up = '../'): string {
  switch (g.style[i]) {
    case 'glob':
      return `${up}f${i}/*.yaml`
    case 'folder':
      return `${up}f${i}/`
    case 'link':
      return `${up}links/f${i}.yaml`
    default:
      return `${up}f${i}/m.yaml`
  }
}

function buildRepo(g: IncludeGraph): FuzzRepo {
  const files: Record<string, string> = {
    '/repo/cluster.yaml': [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: {name: graph}',
      'spec:',
      '  stacks:',
      '    - name: s',
      '      manifests:',
      `        - include: ${target(g, 0, '')}`,
      ''
    ].join('\n')
  }
  const links: Record<string, string> = {}
  g.edges.forEach((to, i) => {
    const entries = [
      `- name: m${i}`,
      `  manifest: "{apiVersion: v1, kind: ConfigMap, metadata: {name: m${i}, namespace: x}}"`,
      ...to.map((j) => `- include: ${target(g, j)}`)
    ]
    files[`/repo/f${i}/m.yaml`] = `${entries.join('\n')}\n`
    if (g.style[i] === 'link')
      links[`/repo/links/f${i}.yaml`] = `../f${i}/m.yaml`
  })
  return { files, links }
}

/** What the graph holds, walked from file 0 in the order written. */
function classify(g: IncludeGraph): {
  cycle: boolean
  duplicate: boolean
  reached: Set<number>
} {
  const reached = new Set<number>()
  let cycle = false
  let duplicate = false
  const onPath = new Set<number>()
  const visit = (i: number): void => {
    if (onPath.has(i)) return void (cycle = true)
    if (reached.has(i)) return void (duplicate = true)
    reached.add(i)
    onPath.add(i)
    for (const j of g.edges[i] ?? []) visit(j)
    onPath.delete(i)
  }
  visit(0)
  return { cycle, duplicate, reached }
}

afterAll(() => printCounts('includes'))

describe('the include resolver on generated include graphs', () => {
  it('reports cycles and files reached twice, and plans every tree', async () => {
    await fc.assert(
      fc.asyncProperty(graph, async (g) => {
        const { cycle, duplicate, reached } = classify(g)
        countCase(cycle ? 'with a cycle' : duplicate ? 'diamond' : 'tree')
        const outcome = await checkInvariants(buildRepo(g))
        const codes = new Set(
          outcome.diagnostics
            .filter((d) => d.severity === 'error')
            .map((d) => d.code)
        )
        if (cycle) expect(codes).toContain('include-cycle')
        else if (duplicate) expect(codes).toContain('include-duplicate')
        else {
          expect([...codes]).toEqual([])
          for (const i of reached) expect(outcome.plan).toContain(`m${i}`)
        }
      }),
      fuzzRuns(sized(300, 10_000))
    )
  })
})
