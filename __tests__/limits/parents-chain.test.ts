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
