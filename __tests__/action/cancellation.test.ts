/**
 * The runner cancels a job with SIGINT, SIGTERM 7.5 s later, then a kill
 * 2.5 s after that. A sync must stop starting steps at the first signal
 * and interrupt the steps in flight in time to record its end.
 */
import { EventEmitter } from 'node:events'
import { jest } from '@jest/globals'
import {
  cancelOnRunnerSignals,
  defaultGraceMs
} from '../../src/action/cancellation.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

function listen(graceMs?: number) {
  const process = new EventEmitter()
  const logger = new RecordingLogger()
  const cancellation = cancelOnRunnerSignals(process, logger, graceMs)
  return { process, logger, cancellation }
}

describe('cancelOnRunnerSignals', () => {
  it('at SIGINT stops the run, and interrupts the steps in flight when their grace is over', () => {
    const { process, logger, cancellation } = listen()
    process.emit('SIGINT')
    expect(cancellation.stop.aborted).toBe(true)
    expect(cancellation.interrupt.aborted).toBe(false)
    expect(logger.lines.join('\n')).toMatch(/starting no more steps/)
    jest.advanceTimersByTime(defaultGraceMs - 1)
    expect(cancellation.interrupt.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect(cancellation.interrupt.aborted).toBe(true)
  })

  it('leaves time before the runner’s SIGTERM (7.5 s) to record the end', () => {
    expect(defaultGraceMs).toBeLessThanOrEqual(5_000)
  })

  it('interrupts at once on the runner’s SIGTERM, or on a second SIGINT', () => {
    const term = listen()
    term.process.emit('SIGINT')
    term.process.emit('SIGTERM')
    expect(term.cancellation.interrupt.aborted).toBe(true)

    const twice = listen()
    twice.process.emit('SIGINT')
    twice.process.emit('SIGINT')
    expect(twice.cancellation.interrupt.aborted).toBe(true)
  })

  it('treats a SIGTERM without SIGINT before it as the end of the time left', () => {
    const { process, cancellation } = listen()
    process.emit('SIGTERM')
    expect(cancellation.stop.aborted).toBe(true)
    expect(cancellation.interrupt.aborted).toBe(true)
  })

  it('stops listening once the run is over', () => {
    const { process, cancellation } = listen()
    cancellation.dispose()
    expect(process.listenerCount('SIGINT')).toBe(0)
    expect(process.listenerCount('SIGTERM')).toBe(0)
  })
})
