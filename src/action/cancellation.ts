/**
 * A cancelled job, as the runner cancels it: SIGINT to the Action's
 * process, SIGTERM 7.5 s later, and the process tree killed 2.5 s after that
 * (GitHub's "Canceling a workflow"). A sync uses that time to end cleanly:
 * at the first signal no more steps start and a wait for the cluster lock
 * ends; the steps in flight get a grace to finish, then are interrupted
 * (helm stopped, health waits ended), so the end is recorded in the
 * cluster, the lock released and the check run completed before the kill.
 */
import type { Logger } from '../ports/logger.js'

/** What the sync is handed: see ClusterOptions.stop and .interrupt. */
export interface Cancellation {
  stop: AbortSignal
  interrupt: AbortSignal
  /** Stops listening (the run ended). */
  dispose(): void
}

/** The process's signal events (process itself, or a test's emitter). */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
}

/**
 * Leaves the runner's 7.5 s before SIGTERM room for the recording after the
 * interruption: a few calls to the cluster and to GitHub.
 */
export const defaultGraceMs = 4_000

/**
 * Listens for the runner's cancellation. SIGINT stops the run and
 * interrupts it after `graceMs`; SIGTERM (the runner's second signal, or a
 * first one from a runner that sends no SIGINT) interrupts it at once.
 */
export function cancelOnRunnerSignals(
  source: SignalSource,
  logger: Logger,
  graceMs = defaultGraceMs
): Cancellation {
  const stop = new AbortController()
  const interrupt = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const interruptNow = (why: string): void => {
    if (interrupt.signal.aborted) return
    logger.warning(
      `ClusterSync: ${why}: interrupting the steps in flight; recording the end and releasing the cluster lock`
    )
    interrupt.abort(new Error('the job was cancelled'))
  }
  const onInt = (): void => {
    if (stop.signal.aborted) return interruptNow('SIGINT again')
    logger.warning(
      `ClusterSync: the job was cancelled (SIGINT): starting no more steps; the steps in flight get ${Math.round(graceMs / 1000)}s to finish`
    )
    stop.abort(new Error('the job was cancelled'))
    timer = setTimeout(
      () => interruptNow('the grace for the steps in flight is over'),
      graceMs
    )
    timer.unref()
  }
  const onTerm = (): void => {
    if (!stop.signal.aborted) stop.abort(new Error('the job was cancelled'))
    interruptNow('the job was cancelled (SIGTERM)')
  }
  source.on('SIGINT', onInt)
  source.on('SIGTERM', onTerm)
  return {
    stop: stop.signal,
    interrupt: interrupt.signal,
    dispose: () => {
      clearTimeout(timer)
      source.off('SIGINT', onInt)
      source.off('SIGTERM', onTerm)
    }
  }
}

/**
 * For a run with nothing in flight worth finishing (a plan, a drift check,
 * a validation): the runner's first signal aborts the returned signal, so
 * the run stops waiting for its comparison and completes the check run and
 * the commit status as cancelled before the kill (an in-progress check run
 * is otherwise left so forever).
 */
export function stopOnRunnerSignals(
  source: SignalSource,
  logger: Logger
): { signal: AbortSignal; dispose(): void } {
  const stop = new AbortController()
  const onSignal = (name: string) => (): void => {
    if (stop.signal.aborted) return
    logger.warning(
      `ClusterSync: the job was cancelled (${name}): nothing was applied; completing the check run`
    )
    stop.abort(new Error('the job was cancelled'))
  }
  const onInt = onSignal('SIGINT')
  const onTerm = onSignal('SIGTERM')
  source.on('SIGINT', onInt)
  source.on('SIGTERM', onTerm)
  return {
    signal: stop.signal,
    dispose: () => {
      source.off('SIGINT', onInt)
      source.off('SIGTERM', onTerm)
    }
  }
}
