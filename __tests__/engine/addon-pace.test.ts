import {
  AddonPace,
  addonPaceFor,
  fixedAddonPace
} from '../../src/engine/addon-pace.js'
import { executeSteps } from '../../src/engine/executor.js'

const GiB = 1024 * 1024 * 1024

describe('addonPaceFor', () => {
  it('starts at four per core and may grow to eight per core', () => {
    expect(addonPaceFor({ cores: 2, freeMemoryBytes: 8 * GiB })).toEqual({
      start: 8,
      ceiling: 16
    })
  })

  it("keeps the user's concurrency as a cap on both", () => {
    expect(addonPaceFor({ cores: 2, freeMemoryBytes: 8 * GiB }, 3)).toEqual({
      start: 3,
      ceiling: 3
    })
    expect(addonPaceFor({ cores: 2, freeMemoryBytes: 8 * GiB }, 10)).toEqual({
      start: 8,
      ceiling: 10
    })
  })

  it('runs no more helm processes than free memory holds, and at least one', () => {
    expect(addonPaceFor({ cores: 8, freeMemoryBytes: 0.5 * GiB })).toEqual({
      start: 4,
      ceiling: 4
    })
    expect(addonPaceFor({ cores: 1, freeMemoryBytes: 0 })).toEqual({
      start: 1,
      ceiling: 1
    })
  })
})

describe('AddonPace', () => {
  it('grows by one per add-on that needed no retry, up to its ceiling', () => {
    const pace = new AddonPace({ start: 4, ceiling: 6 })
    pace.settled(0)
    expect(pace.limit()).toBe(5)
    pace.settled(0)
    pace.settled(0)
    expect(pace.limit()).toBe(6)
  })

  it('halves when an add-on needed retries (429, 5xx, timeouts), never below one', () => {
    const pace = new AddonPace({ start: 8, ceiling: 16 })
    pace.settled(2)
    expect(pace.limit()).toBe(4)
    pace.settled(1)
    pace.settled(1)
    pace.settled(1)
    expect(pace.limit()).toBe(1)
  })

  it('stays put when fixed', () => {
    const pace = new AddonPace(fixedAddonPace(4))
    pace.settled(0)
    expect(pace.limit()).toBe(4)
  })
})

describe('executeSteps with a moving bound', () => {
  it('starts more steps as the bound grows', async () => {
    const pace = new AddonPace({ start: 1, ceiling: 3 })
    let inFlight = 0
    const peaks: number[] = []
    const steps = Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      dependsOn: []
    }))
    await executeSteps(
      steps,
      async (s) => {
        inFlight++
        peaks.push(inFlight)
        await new Promise((r) => setTimeout(r, 5))
        inFlight--
        pace.settled(0)
        return {
          step: s.id,
          status: 'applied',
          retries: 0,
          durationMs: 0,
          changes: []
        }
      },
      { concurrency: () => pace.limit() }
    )
    // One alone, then two, then three at a time.
    expect(peaks.slice(0, 3)).toEqual([1, 1, 2])
    expect(Math.max(...peaks)).toBe(3)
  })
})
