/**
 * The text rendering of a SyncResult for the terminal: the banner line,
 * one line per step (status, what changed, why it failed or was skipped),
 * and the objects that changed.
 */
import { plural } from '../../plural.js'
import { formatText } from '../../report/diagnostics-format.js'
import type { StepOutcome, SyncResult } from '../../sync/sync-result.js'

const marks: Record<StepOutcome['status'], string> = {
  applied: '✓',
  unchanged: '=',
  failed: '✗',
  skipped: '-'
}

/** The result as text, ending with a newline. */
export function renderSyncText(result: SyncResult): string {
  const seconds = ((result.metadata.durationMs ?? 0) / 1000).toFixed(1)
  const lines = [`${result.summary} (${seconds}s)`]
  // As `validate` prints them (file:line:column, the code, the hint that
  // says what to do), errors and warnings; notices are validate's to show.
  const shown = result.diagnostics.filter((d) => d.severity !== 'info')
  for (const line of formatText(shown, { color: false }).split('\n')) {
    if (line) lines.push(`  ${line}`)
  }
  for (const step of result.steps) {
    const where = step.file ? ` (${step.file}:${step.line ?? 0})` : ''
    const retries =
      step.retries > 0 ? `, ${plural(step.retries, 'retry', 'retries')}` : ''
    const message = step.message ? `: ${step.message}` : ''
    lines.push(
      `  ${marks[step.status]} ${step.step} ${step.status}${message}${step.status === 'failed' ? where : ''} [${(step.durationMs / 1000).toFixed(1)}s${retries}]`
    )
    for (const change of step.changes) {
      if (change.action === 'unchanged') continue
      lines.push(`      ${change.action} ${change.subject}`)
    }
  }
  return `${lines.join('\n')}\n`
}
