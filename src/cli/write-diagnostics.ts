/**
 * Prints diagnostics the way every command does: JSON (the validate
 * contract), workflow-command annotations, or text with a closing summary.
 */
import type { Diagnostic } from '../diagnostics.js'
import {
  formatGithub,
  formatJson,
  formatSummary,
  formatText
} from '../report/diagnostics-format.js'
import type { CliContext } from './context.js'

/** Writes `diagnostics` about `file` to standard output in `format`. */
export function writeDiagnostics(
  ctx: CliContext,
  format: 'text' | 'json' | 'github',
  diagnostics: readonly Diagnostic[],
  file: string
): void {
  if (format === 'json') {
    ctx.stdout.write(formatJson(diagnostics))
    return
  }
  if (format === 'github') ctx.stdout.write(formatGithub(diagnostics))
  else ctx.stdout.write(formatText(diagnostics, { color: ctx.color === true }))
  ctx.stdout.write(formatSummary(diagnostics, file))
}

/** What `writeDiagnostics` prints in text or github format, as a string. */
export function diagnosticsText(
  ctx: CliContext,
  format: 'text' | 'json' | 'github',
  diagnostics: readonly Diagnostic[],
  file: string
): string {
  const listed =
    format === 'github'
      ? formatGithub(diagnostics)
      : formatText(diagnostics, { color: ctx.color === true })
  return `${listed}${formatSummary(diagnostics, file)}`
}
