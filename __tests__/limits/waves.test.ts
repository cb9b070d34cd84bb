/**
 * Two deploy waves of 360 one-file manifests each: every step of wave 1
 * waits for all of wave 0. The plan says so with one barrier per wave, not
 * one edge per pair (360 × 360 pairs once crashed `plan` and `sync` with
 * "Maximum call stack size exceeded"), and the executor still runs all of
 * wave 0 before any of wave 1.
 */
import { generateWavesRepo } from '../../bench/generate-limit-repos.js'
import { executeSteps } from '../../src/engine/executor.js'
import {
  renderPlanJson,
  renderPlanMermaid,
  renderPlanText
} from '../../src/plan/render-plan.js'
import type { StepOutcome } from '../../src/sync/sync-result.js'
import { errorsOf, tempRoot, validateAndPlan } from './limit-repos.js'

const perWave = 360
const temp = tempRoot('waves')

describe('two deploy waves of 360 manifests', () => {
  it('plans wave 0, then wave 1, with edges linear in the number of steps', async () => {
    const { diagnostics, plan } = await validateAndPlan(
      generateWavesRepo(temp.path('two'), { perWave })
    )
    expect(errorsOf(diagnostics)).toEqual([])
    expect(plan?.diagnostics).toEqual([])
    const ids = plan?.steps.map((s) => s.id) ?? []
    expect(ids).toHaveLength(2 * perWave)
    expect(plan?.stages.map((s) => s.length)).toEqual([perWave, perWave])
    expect(
      ids.slice(0, perWave).every((id) => id.startsWith('manifest:w0/'))
    ).toBe(true)
    // One edge into the barrier per step of wave 0, one out per step of wave 1.
    expect(plan?.edges.length).toBe(2 * perWave)
    const text = renderPlanText(plan!)
    expect(text).toContain(
      `after    ${perWave} steps of wave 0  deploy-wave 0 → 1 (cluster.yaml:11:7)`
    )
    expect(renderPlanMermaid(plan!).split('\n').length).toBeLessThan(
      5 * perWave
    )
    const json = JSON.parse(renderPlanJson(plan!)) as { edges: unknown[] }
    expect(json.edges).toHaveLength(2 * perWave)
  })

  it('runs every step of wave 0 before any of wave 1, and a failure skips wave 1', async () => {
    const { plan } = await validateAndPlan(
      generateWavesRepo(temp.path('run'), { perWave })
    )
    const started: string[] = []
    const failing = 'manifest:w0/m00007'
    const outcomes = await executeSteps(
      plan!.steps,
      async (step): Promise<StepOutcome> => {
        started.push(step.id)
        await Promise.resolve()
        return {
          step: step.id,
          status: step.id === failing ? 'failed' : 'applied',
          retries: 0,
          durationMs: 0,
          changes: []
        }
      },
      { concurrency: 4, barriers: plan!.barriers }
    )
    expect(started).toEqual(plan!.steps.slice(0, perWave).map((s) => s.id))
    expect(outcomes).toHaveLength(2 * perWave)
    expect(
      outcomes.slice(perWave).every((o) => o.skippedBecause === failing)
    ).toBe(true)

    const all: string[] = []
    await executeSteps(
      plan!.steps,
      (step) => {
        all.push(step.id)
        return Promise.resolve({
          step: step.id,
          status: 'applied',
          retries: 0,
          durationMs: 0,
          changes: []
        })
      },
      { concurrency: 4, barriers: plan!.barriers }
    )
    expect(all).toEqual(plan!.steps.map((s) => s.id))
  })
})
