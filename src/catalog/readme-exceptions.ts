/**
 * Exceptions to the contribution rules, recorded by hand in the registry
 * folder's README.md so every one has a reason a reviewer can read. Syntax,
 * inside a section headed `Recorded exceptions` (any heading level):
 *
 *     - duplicate-url: openui.yaml openwebui.yaml — why both are kept
 *     - missing-final-newline: hetzner.yaml percona.yaml — why
 *
 * The files are separated by spaces (backticks allowed), the reason follows
 * an em dash (or `--`) and must not be empty. Fenced code blocks are skipped,
 * so the README can show the syntax in an example.
 */
import type { Diagnostic } from '../diagnostics.js'

/** The rules an exception can waive. */
export const exceptionCodes = [
  'duplicate-url',
  'missing-final-newline'
] as const

export type ExceptionCode = (typeof exceptionCodes)[number]

/** One `- <code>: <files> — <reason>` line. */
export interface RecordedException {
  code: ExceptionCode
  /** File names inside the folder, as written (sorted). */
  files: string[]
  reason: string
  /** 1-based line in README.md, for diagnostics about the exception itself. */
  line: number
}

/** Stable code for an exception line that does not follow the syntax. */
export const malformedExceptionCode = 'registry-exception-malformed'

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const itemPattern = /^\s*[-*]\s+(.*)$/
const exceptionPattern = /^([a-z][a-z-]*):\s+(.+?)\s+(?:—|--)\s+(.*)$/

/**
 * The exceptions recorded in `readme` (path shown as `file`), and an error
 * for every list item of the section that is not a well-formed exception.
 */
export function parseReadmeExceptions(
  file: string,
  text: string
): { exceptions: RecordedException[]; diagnostics: Diagnostic[] } {
  const exceptions: RecordedException[] = []
  const diagnostics: Diagnostic[] = []
  let sectionLevel: number | undefined
  let inFence = false
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '')
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (inFence) return
    const heading = headingPattern.exec(line)
    if (heading) {
      const level = heading[1]?.length ?? 1
      if (/^recorded exceptions$/i.test(heading[2] ?? '')) sectionLevel = level
      else if (sectionLevel !== undefined && level <= sectionLevel)
        sectionLevel = undefined
      return
    }
    const item = sectionLevel !== undefined ? itemPattern.exec(line) : null
    if (!item) return
    const parsed = parseItem(item[1] ?? '', index + 1)
    if (typeof parsed === 'string') {
      diagnostics.push({
        severity: 'error',
        code: malformedExceptionCode,
        message: parsed,
        hint: 'write `- duplicate-url: a.yaml b.yaml — <reason>` or `- missing-final-newline: a.yaml — <reason>`',
        file,
        line: index + 1,
        column: 1
      })
    } else {
      exceptions.push(parsed)
    }
  })
  return { exceptions, diagnostics }
}

function parseItem(body: string, line: number): RecordedException | string {
  const match = exceptionPattern.exec(body.trim())
  if (!match) {
    return `a recorded exception must read "<rule>: <file> … — <reason>"; got "${body.trim()}"`
  }
  const code = exceptionCodes.find((c) => c === match[1])
  if (!code) {
    return `unknown rule "${match[1] ?? ''}" in a recorded exception; known: ${exceptionCodes.join(', ')}`
  }
  const files = (match[2] ?? '')
    .split(/\s+/)
    .map((f) => f.replace(/^`|`$/g, ''))
    .filter((f) => f !== '')
  const reason = (match[3] ?? '').trim()
  if (files.some((f) => !/\.ya?ml$/.test(f))) {
    return `the files of a recorded exception must be registry files (*.yaml); got "${match[2] ?? ''}"`
  }
  if (reason === '')
    return `the ${code} exception for ${files.join(' ')} gives no reason`
  if (code === 'duplicate-url' && files.length < 2) {
    return 'a duplicate-url exception names every file that shares the URL (at least two)'
  }
  return { code, files: [...files].sort(), reason, line }
}
