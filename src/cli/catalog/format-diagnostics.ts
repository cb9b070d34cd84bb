/**
 * Diagnostics as `catalog check` prints them: `text` for people, `json` for
 * tools, `github` as workflow commands so a pull request's files get
 * annotations. A minimal stand-in until a shared formatter exists in
 * src/report; the text layout follows compilers (`file:line:col: severity`).
 */
import type { Diagnostic } from '../../diagnostics.js'

/** Counts by severity, for the closing line and the JSON summary. */
export interface DiagnosticSummary {
  errors: number
  warnings: number
  notices: number
}

/** Counts errors, warnings and notices. */
export function summarize(
  diagnostics: readonly Diagnostic[]
): DiagnosticSummary {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    notices: diagnostics.filter((d) => d.severity === 'info').length
  }
}

/** One line per diagnostic (plus an indented hint line), in the given order. */
export function formatDiagnosticsText(
  diagnostics: readonly Diagnostic[]
): string {
  return diagnostics
    .map((d) => {
      const severity = d.severity === 'info' ? 'notice' : d.severity
      const head = `${place(d)}${severity} [${d.code}] ${d.message}\n`
      return d.hint ? `${head}  hint: ${d.hint}\n` : head
    })
    .join('')
}

/**
 * GitHub workflow commands (`::error file=…,line=…::message`). Values are
 * escaped as the runner expects (actions/toolkit `command.ts`), so a message
 * with a colon, comma or newline cannot break the command.
 */
export function formatDiagnosticsGithub(
  diagnostics: readonly Diagnostic[]
): string {
  return diagnostics
    .map((d) => {
      const command = d.severity === 'info' ? 'notice' : d.severity
      const properties: [string, string | number | undefined][] = [
        ['file', d.file],
        ['line', d.line],
        ['col', d.column],
        ['endLine', d.endLine],
        ['endColumn', d.endColumn],
        ['title', d.code]
      ]
      const props = properties
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',')
      const message = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message
      return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`
    })
    .join('')
}

function place(d: Diagnostic): string {
  if (d.file === undefined) return ''
  if (d.line === undefined) return `${d.file}: `
  return `${d.file}:${d.line}:${d.column ?? 1}: `
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
