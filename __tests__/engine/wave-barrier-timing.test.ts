/**
 * How long a deploy wave's barrier holds the next wave: no longer than the
 * wave's slowest step needs, give or take the health poll's slack (which
 * grows with the wait, health.ts `nextPollDelay`), instead of a whole fixed
 * poll interval after the last object became ready.
 */
import { executeSteps } from '../../src/engine/executor.js'
import { nextPollDelay, waitForHealth } from '../../src/engine/health.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import type { ObjectRef } from '../../src/cluster/kube-objects.js'
import type { StepOutcome } from '../../src/sync/sync-result.js'
import { VirtualClock } from '../../__fixtures__/fakes/virtual-clock.js'

const ok = (step: string): StepOutcome => ({
  step,
  status: 'applied',
  retries: 0,
  durationMs: 0,
  changes: []
})

const deploymentRef = (name: string): ObjectRef => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  name,
  namespace: 'shop'
})

/** Deployments that roll out at the given virtual times (ms). */
function rollingOut(clock: VirtualClock, readyAt: Record<string, number>) {
  const polls: number[] = []
  const client = {
    get: (refs: readonly ObjectRef[]) => {
      polls.push(clock.elapsed())
      return Promise.resolve(
        refs.map((ref) => ({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: ref.name, namespace: 'shop', generation: 1 },
          spec: { replicas: 1 },
          status:
            clock.elapsed() >= (readyAt[ref.name] ?? 0)
              ? {
                  observedGeneration: 1,
                  updatedReplicas: 1,
                  availableReplicas: 1
                }
              : { observedGeneration: 1 }
        }))
      )
    }
  } as unknown as ClusterClient
  return { client, polls }
}

describe('waiting at a deploy-wave barrier', () => {
  it('starts the next wave once the slowest step of the wave is ready, not at the next 2 s poll', async () => {
    const clock = new VirtualClock()
    const { client } = rollingOut(clock, { fast: 300, slow: 1200 })
    let nextWaveStarted = -1
    const steps = [
      { id: 'fast', dependsOn: [] },
      { id: 'slow', dependsOn: [] },
      { id: 'next', dependsOn: ['wave:2'] }
    ]
    await clock.run(
      executeSteps(
        steps,
        async (step) => {
          if (step.id === 'next') nextWaveStarted = clock.elapsed()
          else
            await waitForHealth(client, [deploymentRef(step.id)], clock, {
              timeoutMs: 60_000,
              intervalMs: 2_000
            })
          return ok(step.id)
        },
        {
          concurrency: 4,
          barriers: [{ id: 'wave:2', dependsOn: ['fast', 'slow'] }]
        }
      )
    )
    // Polls at 0, 100, 250, 475, 813 and 1320 ms: the slow Deployment is
    // seen ready at the first poll after 1,200 ms; a fixed 2 s interval
    // would have held the next wave until 2,000 ms.
    expect(nextWaveStarted).toBeGreaterThanOrEqual(1200)
    expect(nextWaveStarted).toBeLessThanOrEqual(1200 * 1.5 + 100)
  })

  it('polls a long rollout no more often than the interval', async () => {
    const clock = new VirtualClock()
    const { client, polls } = rollingOut(clock, { web: 30_000 })
    await clock.run(
      waitForHealth(client, [deploymentRef('web')], clock, {
        timeoutMs: 60_000,
        intervalMs: 2_000
      })
    )
    const gaps = polls.slice(1).map((t, i) => t - (polls[i] ?? 0))
    expect(gaps.slice(0, 6)).toEqual([100, 150, 225, 338, 507, 761])
    expect(gaps.slice(8).every((g) => g === 2_000)).toBe(true)
    expect(polls.at(-1)).toBeLessThanOrEqual(30_000 + 2_000)
  })

  it('never waits more than the interval, however short', () => {
    expect(nextPollDelay(undefined, 50)).toBe(50)
    expect(nextPollDelay(1_900, 2_000)).toBe(2_000)
  })
})
