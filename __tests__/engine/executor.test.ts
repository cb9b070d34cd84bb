import { executeSteps } from '../../src/engine/executor.js'
import type { StepOutcome } from '../../src/sync/sync-result.js'

const outcome = (step: string, status: StepOutcome['status']): StepOutcome => ({
  step,
  status,
  retries: 0,
  durationMs: 0,
  changes: []
})

describe('executeSteps', () => {
  const steps = [
    { id: 'a', dependsOn: [] },
    { id: 'b', dependsOn: ['a'] },
    { id: 'c', dependsOn: ['b'] },
    { id: 'd', dependsOn: [] },
    { id: 'e', dependsOn: ['d'] }
  ]

  it('skips only the descendants of a failed step, naming the root failure', async () => {
    const ran: string[] = []
    const result = await executeSteps(steps, (s) => {
      ran.push(s.id)
      return Promise.resolve(outcome(s.id, s.id === 'a' ? 'failed' : 'applied'))
    })
    expect(ran.sort()).toEqual(['a', 'd', 'e'])
    expect(result.map((o) => [o.step, o.status, o.skippedBecause])).toEqual([
      ['a', 'failed', undefined],
      ['b', 'skipped', 'a'],
      ['c', 'skipped', 'a'],
      ['d', 'applied', undefined],
      ['e', 'applied', undefined]
    ])
  })

  it('turns a throw into a failed outcome', async () => {
    const result = await executeSteps([{ id: 'a', dependsOn: [] }], () =>
      Promise.reject(new Error('boom'))
    )
    expect(result[0]).toMatchObject({ status: 'failed', message: 'boom' })
  })

  it('runs independent steps concurrently up to the bound', async () => {
    let inFlight = 0
    let peak = 0
    const many = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      dependsOn: []
    }))
    await executeSteps(
      many,
      async (s) => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise((r) => setTimeout(r, 5))
        inFlight--
        return outcome(s.id, 'applied')
      },
      { concurrency: 3 }
    )
    expect(peak).toBe(3)
  })

  it('starts a step only after all its dependencies finished', async () => {
    const order: string[] = []
    await executeSteps(
      [
        { id: 'slow', dependsOn: [] },
        { id: 'fast', dependsOn: [] },
        { id: 'join', dependsOn: ['slow', 'fast'] }
      ],
      async (s) => {
        await new Promise((r) => setTimeout(r, s.id === 'slow' ? 20 : 1))
        order.push(s.id)
        return outcome(s.id, 'applied')
      }
    )
    expect(order).toEqual(['fast', 'slow', 'join'])
  })
})
