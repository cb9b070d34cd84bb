/**
 * Diagnostics as annotations, in the two forms GitHub has. Check-run
 * annotations carry every diagnostic (sent 50 per request by checks.ts).
 * Workflow-command annotations (`::error file=…`) are capped by GitHub at 10
 * errors and 10 warnings per step, so only the first ones are emitted and a
 * final notice says how many more there are and where to read them.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js'
import type { CheckAnnotation } from '../ports/github.js'
import { displayText, showDiagnostic } from '../redact.js'

/** GitHub shows at most this many errors (and as many warnings) per step. */
export const workflowAnnotationLimit = 10

/** One workflow-command annotation; main.ts emits it with @actions/core. */
export interface WorkflowAnnotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The message with its hint, as both forms show it. */
function fullMessage(d: Diagnostic): string {
  return d.hint ? `${d.message}\n${d.hint}` : d.message
}

/**
 * Every diagnostic as a check-run annotation, sorted. Diagnostics without a
 * file are placed on line 1 of `fallbackFile` (the definition), because the
 * Checks API requires a path. Columns are kept only on one-line ranges,
 * the only case GitHub accepts them.
 */
export function checkAnnotations(
  diagnostics: readonly Diagnostic[],
  fallbackFile: string
): CheckAnnotation[] {
  return sortDiagnostics(diagnostics).map((given) => {
    const d = showDiagnostic(given, displayText)
    const start = d.line ?? 1
    const end = Math.max(d.endLine ?? start, start)
    const a: CheckAnnotation = {
      path: d.file ?? fallbackFile,
      start_line: start,
      end_line: end,
      annotation_level:
        d.severity === 'error'
          ? 'failure'
          : d.severity === 'warning'
            ? 'warning'
            : 'notice',
      message: fullMessage(d),
      title: d.pointer ? `${d.code} at ${d.pointer}` : d.code
    }
    if (start === end && d.column !== undefined) {
      a.start_column = d.column
      a.end_column = Math.max(d.endColumn ?? d.column, d.column)
    }
    return a
  })
}

/**
 * The workflow annotations to emit: at most 10 errors and 10 warnings (info
 * diagnostics stay in the summary), then one notice "and N more" pointing
 * at `moreAt` (the check run or the job summary) when any were left out.
 */
export function workflowAnnotations(
  diagnostics: readonly Diagnostic[],
  moreAt: string
): WorkflowAnnotation[] {
  const sorted = sortDiagnostics(diagnostics).map((d) =>
    showDiagnostic(d, displayText)
  )
  const out: WorkflowAnnotation[] = []
  let left = 0
  for (const severity of ['error', 'warning'] as const) {
    const all = sorted.filter((d) => d.severity === severity)
    for (const d of all.slice(0, workflowAnnotationLimit)) {
      out.push({
        level: severity,
        message: fullMessage(d),
        title: d.code,
        file: d.file,
        startLine: d.line,
        endLine: d.endLine,
        startColumn: d.column,
        endColumn: d.endColumn
      })
    }
    left += Math.max(0, all.length - workflowAnnotationLimit)
  }
  if (left > 0) {
    out.push({
      level: 'notice',
      title: 'ClusterSync',
      message: `and ${left} more; every diagnostic is listed in ${moreAt}`
    })
  }
  return out
}
