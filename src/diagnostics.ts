/**
 * Diagnostics are data, not logs (STYLE.md §5.5): every phase returns them and
 * the report layer decides how to show them (text, JSON, annotations).
 */

export type Severity = 'error' | 'warning' | 'info'

/** A place in a file of the repository; line and column are 1-based. */
export interface SourceLocation {
  /** Repository-relative path with forward slashes. */
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** One problem found in a definition or during a sync. */
export interface Diagnostic {
  severity: Severity
  /** Stable, kebab-case identifier users can search for (`unknown-field`). */
  code: string
  message: string
  /** Repository-relative path with forward slashes, when the problem has a place. */
  file?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  /** JSON pointer into the composed definition (includes expanded). */
  pointer?: string
  /** What to do about it, e.g. an example value or a "did you mean". */
  hint?: string
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Sorts diagnostics by file, line, column, then severity and code, so output
 * is deterministic whatever order the checks ran in. Diagnostics without a
 * file come first (they concern the whole definition).
 */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[]
): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message)
  )
}

/** Byte-order comparison, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
