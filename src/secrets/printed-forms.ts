/**
 * The forms a secret takes in what ClusterSync itself prints, besides the
 * value as it is: JSON-escaped inside a quoted name or JSON text (a `"`, a
 * `\`, a control character; twice for a quoted name inside JSON), with control characters escaped as a line of
 * text output shows them (redact.ts, displayText), cut as a diff path
 * cuts a long name (object-diff.ts, pathName), and as the API server's Go
 * code quotes it in an error ClusterSync passes on: encoding/json's
 * escapes (`<`, `>`, `&` as `\u003c`…) and `%q`'s (`\x1b`). Each is given to the same
 * masking as the value (the runner's, the CLI logger's, a live plan's
 * scrubber): every one of them looks for whole strings, so a secret
 * printed in a form nobody registered would show.
 */
import { escapeControls, shownPart } from '../redact.js'

/** `value` and each form it is printed in, without duplicates. */
export function printedForms(value: string): string[] {
  const forms = new Set<string>()
  // The cut part is registered without the `…` the path adds: it is the
  // secret's first characters wherever they show.
  for (const whole of new Set([value, shownPart(value)])) {
    const json = jsonBody(whole)
    // A quoted name inside JSON text (`plan --format json`) is escaped twice.
    for (const form of [
      whole,
      json,
      jsonBody(json),
      goJsonBody(whole),
      goQuotedBody(whole)
    ]) {
      forms.add(form)
      // displayText escapes what JSON leaves as it is (U+2028, C1 controls).
      forms.add(escapeControls(form))
    }
  }
  return [...forms]
}

/** `text` as the inside of a JSON string literal. */
function jsonBody(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

// What Go's encoding/json escapes beyond JSON.stringify, so that JSON can
// sit in HTML and in JavaScript source.
const goJsonExtra = /[<>&\u2028\u2029]/g

/** `text` as the inside of a string literal Go's encoding/json writes. */
function goJsonBody(text: string): string {
  return jsonBody(text).replace(goJsonExtra, unicodeEscape)
}

const goShort: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v'
}

/**
 * `text` as the inside of Go's `%q` (strconv.Quote): the short escapes,
 * other ASCII controls as `\x1b`, the C1 controls and the line and
 * bidirectional marks (not printable to Go) as `\u0085`.
 */
function goQuotedBody(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0)
      return (
        goShort[c] ??
        (code < 0x80
          ? `\\x${code.toString(16).padStart(2, '0')}`
          : unicodeEscape(c))
      )
    }
  )
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}
