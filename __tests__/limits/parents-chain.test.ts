/**
 * A chain of 11,000 `parents` (each manifest names the one before) is deeper
 * than a recursive walk can go on Node's default stack: validation and
 * planning must walk it iteratively, and a cycle through the whole chain is
 * still reported as a cycle, not as "Maximum call stack size exceeded".
 * The walks are tested on definitions built in memory (the loader would
 * spend a minute reading 11,000 inline manifests); one repository runs
 * through the loader too, at 11,000 in the long mode.
 */
import { sized } from '../../__fixtures__/long-mode.js'
import { generateParentsChainRepo } from '../../bench/generate-limit-repos.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import type { LoadedDefinition } from '../../src/definition/load.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { checkParents } from '../../src/validate/graph-rules.js'
import { validateFiles } from '../../__fixtures__/validate-files.js'
import { buildDefinition, type ManifestInput } from '../plan/builders.js'
import { errorsOf, tempRoot, validateAndPlan } from './limit-repos.js'

const length = 11_000
const temp = tempRoot('chain')
const name = (i: number): string => `m${String(i).padStart(5, '0')}`

/** One stack of `n` manifests, each the parent of the next (and of the first with `cycle`). */
function chain(n: number, cycle = false) {
  const manifests: Record<string, ManifestInput> = {}
  for (let i = 0; i < n; i++) {
    const parent = i > 0 ? i - 1 : cycle ? n - 1 : undefined
    manifests[name(i)] = {
      parents: parent === undefined ? [] : [`manifest:${name(parent)}`],
      objects: [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: name(i) } }
      ]
    }
  }
  return buildDefinition('chain', { chain: { manifests } })
}

function checkParentsOf(n: number, cycle: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const loaded = {
    file: 'cluster.yaml',
    sourceMap: { locate: () => undefined, locateKey: () => undefined }
  } as unknown as LoadedDefinition
  checkParents({ loaded, diagnostics }, chain(n, cycle).stacks)
  return diagnostics
}

describe('a parents chain of 11,000 manifests', () => {
  it('validates, and plans the chain in its order, one stage per link', () => {
    expect(checkParentsOf(length, false)).toEqual([])
    const plan = buildPlan(chain(length))
    expect(plan.diagnostics).toEqual([])
    expect(plan.stages).toHaveLength(length)
    expect(plan.steps[length - 1]?.id).toBe('manifest:m10999')
    expect(plan.steps[length - 1]?.dependsOn).toEqual(['manifest:m10998'])
  })

  it('reports a cycle through the whole chain once, in validation and in the plan', () => {
    const errors = checkParentsOf(length, true)
    expect(errors.map((d) => d.code)).toEqual(['dependency-cycle'])
    expect(errors[0]?.message).toMatch(
      /^dependency cycle: manifest "m00000" -> manifest "m10999" -> manifest "m10998" -> /
    )
    const plan = buildPlan(chain(length, true))
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['plan-cycle'])
    expect(plan.diagnostics[0]?.message).toMatch(
      /^the steps depend on each other in a cycle: manifest:m00000 → manifest:m00001 \(parents at cluster\.yaml:\d+\), /
    )
  })

  it('validates and plans a chain read from a repository', async () => {
    const n = sized(1_000, length)
    const { diagnostics, plan } = await validateAndPlan(
      generateParentsChainRepo(temp.path('chain'), { length: n })
    )
    expect(errorsOf(diagnostics)).toEqual([])
    expect(plan?.stages).toHaveLength(n)
    const cycle = await validateAndPlan(
      generateParentsChainRepo(temp.path('cycle'), { length: n, cycle: true })
    )
    expect(errorsOf(cycle.diagnostics)).toEqual([
      expect.stringMatching(/^cluster\.yaml:\d+ dependency-cycle: /)
    ])
  })
})

/**
 * Long and tangled cycles are reported in bounded text: a cycle's path is
 * cut after a few links (with the count of all), and one strongly connected
 * group of resources is one error, however many cycles run through it.
 * Reporting every cycle a depth-first walk met made 300 manifests that each
 * name all the others print 44,850 errors (373 MB).
 */
describe('bounded cycle reports', () => {
  it('cuts the path of a cycle of 3,000 links, in validation and in the plan, and counts them', () => {
    const errors = checkParentsOf(3_000, true)
    expect(errors.map((d) => d.code)).toEqual(['dependency-cycle'])
    const [error] = errors
    expect(error?.message).toMatch(
      /^dependency cycle: manifest "m00000" -> manifest "m02999" -> manifest "m02998" -> .* -> manifest "m00001" -> manifest "m00000" \(3,000 resources in this cycle, 2,991 not shown\)$/
    )
    expect(
      (error?.message.length ?? 0) + (error?.hint?.length ?? 0)
    ).toBeLessThan(3_000)
    const plan = buildPlan(chain(3_000, true))
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['plan-cycle'])
    expect(plan.diagnostics[0]?.message).toMatch(
      /^the steps depend on each other in a cycle: manifest:m00000 → manifest:m00001 \(parents at cluster\.yaml:\d+\), .* \(3,000 steps in this cycle, 2,991 links not shown\)$/
    )
    expect(plan.diagnostics[0]?.message.length).toBeLessThan(3_000)
  })

  it('reports 200 manifests that all name each other as parents once, with a short cycle and the count', async () => {
    const n = 200
    const lines = [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: {name: demo}',
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      manifests:'
    ]
    for (let i = 0; i < n; i++) {
      const parents = [...Array(n).keys()]
        .filter((j) => j !== i)
        .map((j) => `{manifest: m${j}}`)
      lines.push(
        `        - name: m${i}`,
        '          namespace: default',
        `          parents: [${parents.join(', ')}]`,
        `          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: c${i}}\\n"`
      )
    }
    const cycles = (await validateFiles(lines.join('\n') + '\n')).filter(
      (d) => d.code === 'dependency-cycle'
    )
    expect(cycles).toHaveLength(1)
    expect(cycles[0]?.message).toBe(
      'dependency cycle: manifest "m0" -> manifest "m1" -> manifest "m0", one of the cycles among 200 resources that depend on each other (also manifest "m2", manifest "m3", manifest "m4" and 195 others)'
    )
    // At m0's parent m1: the first edge of the cycle, from its smallest name.
    expect(`${cycles[0]?.line}:${cycles[0]?.column}`).toBe('10:21')
    expect(cycles[0]?.hint?.length).toBeLessThan(1_000)
  })
})
