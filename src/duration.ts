/**
 * The one duration grammar of ClusterSync, shared by the Action's `timeout`
 * input and the CLI's `--timeout`, `--lock-timeout` and `catalog --timeout`
 * (issue 14 asked for one grammar for both): a bare number of seconds
 * (`600`, `2.5`), or Go-style parts of a number and a unit (`500ms`, `90s`,
 * `15m`, `1h`, `1h30m`, `2m30s`). What a duration bounds stays with each
 * caller: the Action's `timeout` is the whole sync, the CLI's a step.
 */

/** How the accepted forms are described in every error, so users see them all. */
export const durationForms =
  'a duration: seconds (600), or a number and a unit ms, s, m or h (500ms, 90s, 15m, 1h), or several of them, largest first (1h30m, 2m30s)'

export interface DurationOptions {
  /** Whether 0 is a valid answer (waiting for a lock: "do not wait"); a timeout of 0 is not. */
  allowZero?: boolean
}

const unitMs = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const
type Unit = keyof typeof unitMs
const unitOrder: readonly Unit[] = ['h', 'm', 's', 'ms']

/**
 * `text` in milliseconds. Throws `new ErrorKind(message)` when it is not a
 * duration; the message starts with `subject` (`input "timeout"`,
 * `option --timeout`) and lists the accepted forms.
 */
export function parseDuration(
  text: string,
  subject: string,
  ErrorKind: new (message: string) => Error,
  options: DurationOptions = {}
): number {
  const ms = durationMs(text.trim())
  if (ms === undefined) {
    throw new ErrorKind(`${subject} accepts ${durationForms}; got "${text}"`)
  }
  if (ms === 0 && options.allowZero !== true) {
    throw new ErrorKind(`${subject} must be longer than 0; got "${text}"`)
  }
  if (ms > maxDurationMs) {
    throw new ErrorKind(
      `${subject} must be at most 500h (a timer cannot wait longer); got "${text}"`
    )
  }
  return ms
}

/**
 * The longest duration: Node's timers wait at most 2^31-1 ms (about 596
 * hours) and fire at once beyond it; 500 hours leaves room for the graces
 * added after a timeout.
 */
export const maxDurationMs = 500 * 3_600_000

/** Milliseconds, or undefined when `text` is not in the grammar. */
function durationMs(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  // Each part is a number and its unit, with optional spaces ("90 s" was
  // accepted by the Action before parts existed); `ms` is tried before `m`.
  const part = /(\d+(?:\.\d+)?)\s*(ms|h|m|s)\s*/y
  let total = 0
  let lastUnit = -1
  let matched = false
  while (part.lastIndex < text.length) {
    const m = part.exec(text)
    if (!m) return undefined
    const unit = m[2] as Unit
    // Largest unit first, each once: `30m1h` or `1m30m` are typos, not sums.
    const index = unitOrder.indexOf(unit)
    if (index <= lastUnit) return undefined
    lastUnit = index
    total += Number(m[1]) * unitMs[unit]
    matched = true
  }
  return matched ? Math.round(total) : undefined
}
