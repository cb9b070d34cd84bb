/**
 * 10,000 stacks in three deploy waves once crashed `plan` at 1.5 GB (every
 * step of a wave had an edge from every step of the wave before). The
 * default run plans 1,000 stacks; the long mode (CLUSTERSYNC_LONG=1) the
 * 10,000 stacks and 100,000 objects of the benchmark (bench/scale.bench.js).
 */
import { sized } from '../../__fixtures__/long-mode.js'
import { generateStacksRepo } from '../../bench/generate-limit-repos.js'
import { errorsOf, tempRoot, validateAndPlan } from './limit-repos.js'

const stacks = sized(1_000, 10_000)
const temp = tempRoot('stacks')

describe(`${stacks} stacks in three waves`, () => {
  it('validate and plan, every wave after the one before', async () => {
    const { diagnostics, plan } = await validateAndPlan(
      generateStacksRepo(temp.path('repo'), { stacks, objectsPerStack: 10 })
    )
    expect(errorsOf(diagnostics)).toEqual([])
    expect(plan?.steps).toHaveLength(stacks)
    const objects = plan?.steps.reduce(
      (n, s) => n + (s.kind === 'manifest' ? s.objects.length : 0),
      0
    )
    expect(objects).toBe(stacks * 10)
    const waves = plan?.steps.map((s) => s.deployWave) ?? []
    expect(waves.slice(0, Math.ceil(stacks / 3)).every((w) => w === 0)).toBe(
      true
    )
    expect(waves.at(-1)).toBe(2)
    expect(plan?.stages).toHaveLength(3)
    expect(plan?.edges.length).toBeLessThanOrEqual(2 * stacks)
  })
})
