/**
 * The sync benchmark's generated repositories must be valid definitions
 * whose plan holds exactly the objects asked for (plus one Namespace per
 * stack); otherwise the benchmark would measure a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  editOneFile,
  generateSyncRepo
} from '../../bench/generate-sync-repo.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { checkDefinition } from '../../src/validate/check-definition.js'

async function planOf(definition: string) {
  const result = await checkDefinition({
    fs: createNodeFs(),
    root: dirname(definition),
    file: 'cluster.yaml',
    mode: 'validate'
  })
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  return buildPlan(result.definition!)
}

describe('bench/generate-sync-repo.js', () => {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-bench-repo-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('writes a valid definition with the requested number of objects', async () => {
    const repo = generateSyncRepo(join(root, 'r'), {
      objects: 250,
      workloads: true
    })
    const plan = await planOf(repo.definition)
    const objects = plan.steps.flatMap((s) =>
      s.kind === 'manifest' ? s.objects : []
    )
    expect(repo.stacks).toBe(3)
    expect(objects).toHaveLength(250 + 3)
    expect(plan.diagnostics).toEqual([])
    // Waves 0, 1, 2, each a Namespace step then its files.
    expect(plan.stages.length).toBe(6)

    const before = new Map(plan.steps.map((s) => [s.id, s.digest]))
    editOneFile(repo, 2)
    const after = await planOf(repo.definition)
    const changed = after.steps.filter((s) => before.get(s.id) !== s.digest)
    expect(changed.map((s) => s.id)).toEqual(['manifest:s000-f0'])
  })
})
