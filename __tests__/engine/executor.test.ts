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

  describe('a step lending its slot while it only waits', () => {
    /** A promise and the function that resolves it. */
    const gate = (): { opened: Promise<void>; open: () => void } => {
      let open = (): void => undefined
      const opened = new Promise<void>((r) => (open = r))
      return { opened, open }
    }
    const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0))

    it('lets the next steps start, and never more than the bound work at once', async () => {
      let working = 0
      let peakWorking = 0
      const started: string[] = []
      const ready = gate()
      const many = Array.from({ length: 6 }, (_, i) => ({
        id: `s${i}`,
        dependsOn: []
      }))
      const run = executeSteps(
        many,
        async (s, slot) => {
          started.push(s.id)
          working++
          peakWorking = Math.max(peakWorking, working)
          await tick()
          working--
          slot.lend()
          await ready.opened
          return outcome(s.id, 'applied')
        },
        { concurrency: 2 }
      )
      for (let i = 0; i < 20 && started.length < 6; i++) await tick()
      // Every step started while the first ones were still waiting.
      expect(started).toEqual(['s0', 's1', 's2', 's3', 's4', 's5'])
      expect(peakWorking).toBe(2)
      ready.open()
      const result = await run
      expect(result.every((o) => o.status === 'applied')).toBe(true)
    })

    it('gets a slot back before any new step starts, once one is free', async () => {
      const events: string[] = []
      const bDone = gate()
      const run = executeSteps(
        ['a', 'b', 'c'].map((id) => ({ id, dependsOn: [] })),
        async (s, slot) => {
          events.push(`start ${s.id}`)
          if (s.id === 'a') {
            slot.lend()
            await tick()
            const back = slot.reclaim()
            events.push('a asks')
            await back
            events.push('a back')
            bDone.open()
          } else if (s.id === 'b') {
            await tick()
            await tick()
            events.push('b ends')
          }
          return outcome(s.id, 'applied')
        },
        { concurrency: 1 }
      )
      await run
      expect(events).toEqual([
        'start a',
        'start b',
        'a asks',
        'b ends',
        'a back',
        'start c'
      ])
    })

    it('a run asked to stop gives a place back at once, even while every place is taken', async () => {
      const stop = new AbortController()
      const events: string[] = []
      const bEnds = gate()
      const run = executeSteps(
        ['a', 'b', 'c'].map((id) => ({ id, dependsOn: [] })),
        async (s, slot) => {
          events.push(`start ${s.id}`)
          if (s.id === 'a') {
            slot.lend()
            await tick()
            await tick()
            stop.abort()
            await slot.reclaim()
            events.push('a back')
            bEnds.open()
          } else if (s.id === 'b') {
            // Holds the only place until a has undone its release.
            await bEnds.opened
            events.push('b ends')
          }
          return outcome(s.id, 'applied')
        },
        { concurrency: 1, signal: stop.signal }
      )
      const result = await run
      expect(events).toEqual(['start a', 'start b', 'a back', 'b ends'])
      // Nothing new starts once the run is stopping.
      expect(result.map((o) => o.status)).toEqual([
        'applied',
        'applied',
        'skipped'
      ])
    })

    it('reclaiming a slot never lent resolves at once', async () => {
      const result = await executeSteps(
        [{ id: 'a', dependsOn: [] }],
        async (s, slot) => {
          await slot.reclaim()
          return outcome(s.id, 'applied')
        },
        { concurrency: 1 }
      )
      expect(result[0]?.status).toBe('applied')
    })
  })
})
