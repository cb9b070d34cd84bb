/**
 * A run's stop signals: why one stopped the run, and either of two.
 */

/**
 * Why a run's signal stopped it, in the words every part of the run uses:
 * the Action's time budget (`AbortSignal.timeout`, a TimeoutError) or a
 * cancel (the job cancelled, a signal to the CLI). The reason is read by
 * name, not by class: a DOMException is an Error only in its own realm.
 */
export function stopReason(signal: AbortSignal | undefined): string {
  const reason: unknown = signal?.reason
  const name =
    typeof reason === 'object' && reason !== null
      ? (reason as { name?: unknown }).name
      : undefined
  return name === 'TimeoutError'
    ? 'the run ran out of time'
    : 'the run was cancelled'
}

/** A signal that fires when either does (undefined when neither is given). */
export function eitherSignal(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined
): AbortSignal | undefined {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b)
}
