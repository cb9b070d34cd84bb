/**
 * What ClusterSync may print of what a repository says. A pull request's
 * author writes the definition, and what ClusterSync prints goes to logs,
 * pull request annotations and comments that others read: so credentials in
 * URLs are hidden wherever text is rendered, quoted values are short, and
 * control characters cannot repaint a terminal or forge a line of output.
 */
import type { Diagnostic } from './diagnostics.js'

/** What stands in for hidden text, as GitHub's own log masking writes it. */
export const redacted = '***'

/** The longest value a message quotes; longer ones are cut with a count. */
export const maxQuotedLength = 120

// `scheme://userinfo@`: any scheme (https, oci, ftp, git+ssh…). The userinfo
// stops at the first `/`, `?`, `#`, whitespace or quote, as in RFC 3986;
// the last `@` before that ends it, since a password may hold an `@`.
const userinfo = /[^/?#\s"'`<>@]*(?:@[^/?#\s"'`<>@]*)*@/y

/**
 * `text` with the user and password of every URL in it replaced by `***`.
 * Whatever precedes a `://` counts as its scheme, even inside a word
 * (`x_https://`): hiding too much is safe. Each `://` is found once: a
 * pattern that tried every word start before it took time quadratic in a
 * long run of scheme characters (`a.a.a.…://`), which a pull request can
 * write.
 */
export function redactUrlCredentials(text: string): string {
  let out = ''
  let copied = 0
  let at = text.indexOf('://')
  while (at !== -1) {
    userinfo.lastIndex = at + 3
    if (userinfo.test(text)) {
      out += `${text.slice(copied, at + 3)}${redacted}@`
      copied = userinfo.lastIndex
    }
    at = text.indexOf('://', Math.max(at + 3, copied))
  }
  return copied === 0 ? text : out + text.slice(copied)
}

// C0 and C1 controls (ESC starts ANSI sequences), DEL, and the Unicode line
// separators and bidirectional overrides that reorder or break what a
// reader sees. Tab is kept: it cannot start a line.
const controls =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r' }

/** `text` with every control character written as an escape (`\n`, `\u001b`). */
export function escapeControls(text: string): string {
  return text.replace(
    controls,
    (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/**
 * Text from a repository as a terminal or log may show it: credentials in
 * URLs hidden, control characters escaped. Every text renderer passes what
 * it prints through this.
 */
export function displayText(text: string): string {
  return escapeControls(redactUrlCredentials(text))
}

/**
 * Text of several lines (a tool's error output) as `displayText` shows one:
 * every line after the first is indented, so none can pass for a line of
 * ClusterSync's own output (no indent where the lines are escaped again, as
 * in a workflow command's data).
 */
export function displayLines(text: string, indent = '  '): string {
  return text.split(/\r?\n/).map(displayText).join(`\n${indent}`)
}

/**
 * A value quoted in a message: JSON, URL credentials hidden, cut after
 * `maxQuotedLength` characters with the length said, so a 100 KB value or
 * key is never echoed.
 */
export function quoteValue(value: unknown): string {
  const json = typeof value === 'string' ? JSON.stringify(value) : toJson(value)
  return capQuoted(redactUrlCredentials(json))
}

/** Like `quoteValue`, for text that is already written as the user wrote it. */
export function quoteWritten(written: string): string {
  return capQuoted(redactUrlCredentials(written))
}

function capQuoted(text: string): string {
  if (text.length <= maxQuotedLength) return text
  let cut = text.slice(0, maxQuotedLength)
  // Never leave half of a surrogate pair at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}… (${text.length} characters)`
}

function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * `d` with its text passed through `show` (`displayText` for text output,
 * `redactUrlCredentials` for JSON, which escapes controls itself).
 */
export function showDiagnostic(
  d: Diagnostic,
  show: (text: string) => string
): Diagnostic {
  return {
    ...d,
    message: show(d.message),
    ...(d.hint === undefined ? {} : { hint: show(d.hint) }),
    ...(d.file === undefined ? {} : { file: show(d.file) }),
    ...(d.pointer === undefined ? {} : { pointer: show(d.pointer) })
  }
}

/** The longest item name a diff path shows whole (a DNS label's length). */
export const maxNameLength = 63

/**
 * The part of a name a diff path shows (plan/object-diff.ts, pathName): its
 * first `maxNameLength` characters (code points, so a surrogate pair is
 * never split), or the whole name when it is no longer. Masking uses it too
 * (secrets/printed-forms.ts): a secret cut here is no longer the whole
 * secret a scrubber looks for.
 */
export function shownPart(name: string): string {
  // Each code point is at most two code units: a short name is whole.
  if (name.length <= maxNameLength) return name
  const chars = [...name]
  return chars.length > maxNameLength
    ? chars.slice(0, maxNameLength).join('')
    : name
}
