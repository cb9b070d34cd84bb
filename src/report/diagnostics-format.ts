/**
 * Renders diagnostics for people and machines: text (`file:line:col` first,
 * so terminals and editors make it clickable), the JSON contract of
 * `--format json`, and GitHub workflow commands. Pure functions; the CLI and
 * the Action choose where the text goes.
 */
import { plural } from '../plural.js'
import type { Diagnostic, Severity } from '../diagnostics.js'
import {
  displayLines,
  displayText,
  redactUrlCredentials,
  showDiagnostic
} from '../redact.js'

/** The JSON shape of `clustersync validate --format json`. */
export interface DiagnosticsJson {
  valid: boolean
  diagnostics: {
    severity: Severity
    code: string
    message: string
    file: string | null
    line: number | null
    column: number | null
    pointer: string | null
    hint: string | null
  }[]
}

const colours: Record<Severity, string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m'
}
const dim = '\u001b[2m'
const reset = '\u001b[0m'

/** `file:line:col: severity: message [code]` and an indented hint line per diagnostic. */
export function formatText(
  diagnostics: readonly Diagnostic[],
  options: { color: boolean }
): string {
  const paint = (code: string, text: string): string =>
    options.color ? `${code}${text}${reset}` : text
  return diagnostics
    .map((given) => {
      const d = showDiagnostic(given, displayText)
      const place = d.file ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : ''
      const head = `${place}${paint(colours[d.severity], d.severity)}: ${d.message} ${paint(dim, `[${d.code}]`)}`
      return d.hint
        ? `${head}\n    ${paint(dim, `hint: ${d.hint}`)}\n`
        : `${head}\n`
    })
    .join('')
}

/** One line: `2 errors, 1 warning, 3 notices in clusters/prod.yaml` or `… is valid`. */
export function formatSummary(
  diagnostics: readonly Diagnostic[],
  file: string
): string {
  const count = (s: Severity): number =>
    diagnostics.filter((d) => d.severity === s).length
  const errors = count('error')
  const parts = [
    plural(errors, 'error'),
    plural(count('warning'), 'warning'),
    plural(count('info'), 'notice')
  ].join(', ')
  return errors === 0
    ? `${file} is valid (${parts})\n`
    : `${file} is invalid: ${parts}\n`
}

/** The `--format json` document (diagnostics in the order given). */
export function toDiagnosticsJson(
  diagnostics: readonly Diagnostic[]
): DiagnosticsJson {
  return {
    valid: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics: diagnostics.map((given) => {
      const d = showDiagnostic(given, redactUrlCredentials)
      return {
        severity: d.severity,
        code: d.code,
        message: d.message,
        file: d.file ?? null,
        line: d.line ?? null,
        column: d.column ?? null,
        pointer: d.pointer ?? null,
        hint: d.hint ?? null
      }
    })
  }
}

/** Pretty-printed JSON with a final newline. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(toDiagnosticsJson(diagnostics), null, 2)}\n`
}

const commands: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice'
}

/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`),
 * escaped as actions/toolkit's `command.ts` does, hint on a second line.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((given) => {
      // Line breaks stay: escapeData writes them as %0A, which no log
      // line can be forged from.
      const d = showDiagnostic(given, (t) => displayLines(t, ''))
      const properties = [
        d.file !== undefined && `file=${escapeProperty(d.file)}`,
        d.line !== undefined && `line=${d.line}`,
        d.column !== undefined && `col=${d.column}`,
        `title=${escapeProperty(d.code)}`
      ].filter((p): p is string => typeof p === 'string')
      const body = d.hint ? `${d.message}\n${d.hint}` : d.message
      return `::${commands[d.severity]} ${properties.join(',')}::${escapeData(body)}\n`
    })
    .join('')
}

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
