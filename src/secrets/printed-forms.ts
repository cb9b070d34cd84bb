/**
 * The forms a secret takes in what ClusterSync itself prints, besides the
 * value as it is: JSON-escaped inside a quoted name or JSON text (a `"`, a
 * `\`, a control character; twice for a quoted name inside JSON), with control characters escaped as a line of
 * text output shows them (redact.ts, displayText), and cut as a diff path
 * cuts a long name (object-diff.ts, pathName). Each is given to the same
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
    for (const form of [whole, json, jsonBody(json)]) {
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
