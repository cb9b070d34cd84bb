/**
 * Hiding secrets in a text, and what a cut leaves of one. Texts are cut to fit (GitHub's limits, a
 * log line, a diff path), and a cut may fall inside a secret, leaving its
 * start in clear, which maskers looking for the whole secret miss. Every
 * such cut is marked with `…`; a start of a known secret right before that
 * mark is scrubbed (the Action's log and API texts: masked-values.ts; the
 * CLI's stderr: cli-logger.ts).
 */

/**
 * The shortest start of a masked value scrubbed at a cut: shorter ones are
 * ordinary words as often as secrets (`main`, `pass`), and tell too little.
 */
const minScrubbedStart = 8

/**
 * Texts bound for GitHub are cut to its limits before they reach the
 * scrubber (a check run's title and summary, a status's description, the
 * summary's plan: report/sections.ts), and a cut may fall inside a secret.
 * What is left of it is a start of the secret before the `…` that marks
 * the cut (after the newlines some cuts add): that start is replaced by
 * `***` too.
 */
export function scrubCutStarts(
  text: string,
  values: readonly string[]
): string {
  // Without a cut mark there is nothing to look for: most texts.
  if (!text.includes('…')) return text
  let out = text
  for (const value of values) {
    if (value.length <= minScrubbedStart) continue
    // Found by its first characters (a native search), then followed as
    // far as the text matches it.
    const probe = value.slice(0, minScrubbedStart)
    for (let at = out.indexOf(probe); at !== -1;) {
      let length = minScrubbedStart
      while (length < value.length && out[at + length] === value[length])
        length++
      if (length === value.length || endsAtCut(out, at + length)) {
        out = `${out.slice(0, at)}***${out.slice(at + length)}`
        at = out.indexOf(probe, at + 3)
      } else {
        at = out.indexOf(probe, at + 1)
      }
    }
  }
  return out
}

/**
 * Whether a cut's `…` follows `at` (after newlines). Every cut of a text
 * bound for GitHub is marked so (report/sections.ts, cutTo and truncate);
 * a text that merely ends with a word a secret starts with was not cut.
 */
function endsAtCut(text: string, at: number): boolean {
  let next = at
  while (text[next] === '\n') next++
  return text[next] === '…'
}

/**
 * `text` with each of `longestFirst` (secrets, longest first: a secret may
 * hold another, and hiding the shorter first would leave the rest of the
 * longer in clear) replaced by `***`, then what a cut left of one. The one
 * masking both loggers and the Action's API texts use.
 */
export function hideSecrets(
  text: string,
  longestFirst: readonly string[]
): string {
  let out = text
  for (const secret of longestFirst) {
    if (out.includes(secret)) out = out.split(secret).join('***')
  }
  return scrubCutStarts(out, longestFirst)
}
