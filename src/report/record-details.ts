/**
 * The optional parts of a v1 sync record the GitOps page shows: how long
 * each phase took and the errors the sync ended with. Both are optional so
 * records written before them (and readers that predate them) keep working;
 * the page shows "—" where a record has neither.
 */
import type { Diagnostic } from '../diagnostics.js'
import { displayText, showDiagnostic } from '../redact.js'
import type { Phase } from '../sync/sync-result.js'

/** One phase the sync went through and how long it lasted. */
export interface RecordPhase {
  name: Phase
  durationMs: number
}

/** One error of the sync, shown as the job summary shows it. */
export interface RecordError {
  code: string
  message: string
  hint?: string
  file?: string
  line?: number
}

/**
 * At most this many errors are stored: a check run's text holds 65,535
 * characters and the record must fit whole beside the plan; the count of
 * all errors is stored with them.
 */
export const maxRecordErrors = 20
/** Longest message or hint kept; the rest is in the check run. */
const maxErrorText = 500

const phaseNames: readonly Phase[] = [
  'Fetching',
  'Validating',
  'Applying',
  'Completed'
]

/**
 * Phase durations from the times each phase started and the end of the
 * sync; Completed marks the end, so it is not a phase with a duration.
 */
export function phaseDurations(
  starts: readonly { phase: Phase; at: number }[],
  end: number
): RecordPhase[] {
  const timed = starts.filter((s) => s.phase !== 'Completed')
  return timed.map((s, i) => ({
    name: s.phase,
    durationMs: Math.max(0, (timed[i + 1]?.at ?? end) - s.at)
  }))
}

/**
 * The errors of a sync, capped at maxRecordErrors and redacted as the
 * diagnostics anywhere else are (URL credentials hidden, controls escaped).
 */
export function recordErrors(diagnostics: readonly Diagnostic[]): {
  errors: RecordError[]
  total: number
} {
  const all = diagnostics.filter((d) => d.severity === 'error')
  const errors = all.slice(0, maxRecordErrors).map((given) => {
    const d = showDiagnostic(given, (t) => cut(displayText(t)))
    return {
      code: d.code,
      message: d.message,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
      ...(d.file === undefined ? {} : { file: d.file }),
      ...(d.line === undefined ? {} : { line: d.line })
    }
  })
  return { errors, total: all.length }
}

function cut(text: string): string {
  return text.length > maxErrorText ? `${text.slice(0, maxErrorText)}…` : text
}

/** Reads stored phases back; undefined when absent or not a list of phases. */
export function parsePhases(value: unknown): RecordPhase[] | undefined {
  if (!Array.isArray(value)) return undefined
  const phases: RecordPhase[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined
    const p = item as Record<string, unknown>
    const name = phaseNames.find((n) => n === p.name)
    if (name === undefined || !isCount(p.durationMs)) return undefined
    phases.push({ name, durationMs: p.durationMs })
  }
  return phases
}

/** Reads stored errors back, dropping malformed entries; undefined when absent. */
export function parseErrors(value: unknown): RecordError[] | undefined {
  if (!Array.isArray(value)) return undefined
  return (value as unknown[]).flatMap((item): RecordError[] => {
    if (typeof item !== 'object' || item === null) return []
    const e = item as Record<string, unknown>
    if (typeof e.code !== 'string' || typeof e.message !== 'string') return []
    return [
      {
        code: e.code,
        message: e.message,
        ...(typeof e.hint === 'string' ? { hint: e.hint } : {}),
        ...(typeof e.file === 'string' ? { file: e.file } : {}),
        ...(isCount(e.line) && e.line > 0 ? { line: e.line } : {})
      }
    ]
  })
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}
