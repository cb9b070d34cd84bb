/**
 * The wall clock's sleep ends early on its signal, and a sleep that ran
 * out leaves no listener behind: a lock wait sleeps many times on one
 * signal, and Node printed a MaxListenersExceededWarning after eleven.
 */
import { getEventListeners } from 'node:events'
import { createSystemClock } from '../../src/adapters/system-clock.js'

describe('createSystemClock().sleep', () => {
  const clock = createSystemClock()

  it('leaves no listener on the signal after sleeping', async () => {
    const stop = new AbortController()
    for (let i = 0; i < 20; i++) await clock.sleep(1, stop.signal)
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0)
  })

  it('ends at once when the signal fires, or has fired', async () => {
    const stop = new AbortController()
    const sleeping = clock.sleep(60_000, stop.signal)
    stop.abort()
    await sleeping
    await clock.sleep(60_000, stop.signal)
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0)
  })
})
