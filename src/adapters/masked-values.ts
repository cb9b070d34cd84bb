/**
 * Every value this process asked the runner to mask. The runner hides them
 * in the job's log only: what ClusterSync sends to GitHub's API (check runs,
 * their annotations, statuses, comments, Deployments) and writes to the job
 * summary is not masked by anyone. Text bound there is scrubbed here, so a
 * secret a tool quoted in an error (helm printing a value) never reaches it.
 */
import * as core from '@actions/core'

const masked = new Set<string>()
/**
 * Shorter values are masked in the log but not scrubbed: a one-letter
 * "secret" (a test token `t`) would turn every word sent to GitHub into
 * asterisks, and no credential is that short.
 */
const minScrubbedLength = 4
let longestFirst: string[] | undefined

/** Masks `value` in the log (core.setSecret) and in everything scrubbed. */
export function maskValue(value: string): void {
  if (value === '') return
  core.setSecret(value)
  if (value.length >= minScrubbedLength && !masked.has(value)) {
    masked.add(value)
    longestFirst = undefined
  }
}

/**
 * The shortest start of a masked value scrubbed at a cut: shorter ones are
 * ordinary words as often as secrets (`main`, `pass`), and tell too little.
 */
const minScrubbedStart = 8

/**
 * `text` with every masked value replaced by `***`, as the runner shows it,
 * and the start of one left at a cut (see `scrubCutStarts`).
 */
export function scrubMasked(text: string): string {
  if (masked.size === 0 || text === '') return text
  longestFirst ??= [...masked].sort((a, b) => b.length - a.length)
  let out = text
  for (const value of longestFirst) {
    if (out.includes(value)) out = out.split(value).join('***')
  }
  return scrubCutStarts(out, longestFirst)
}

/**
 * Texts bound for GitHub are cut to its limits before they reach the
 * scrubber (a check run's title and summary, a status's description, the
 * summary's plan: report/sections.ts), and a cut may fall inside a secret.
 * What is left of it is a start of the secret before the `…` that marks
 * the cut (after the newlines some cuts add): that start is replaced by
 * `***` too.
 */
function scrubCutStarts(text: string, values: readonly string[]): string {
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

/** A copy of `value` with every string in it scrubbed (request parameters). */
export function scrubMaskedDeep(value: unknown): unknown {
  if (typeof value === 'string') return scrubMasked(value)
  if (Array.isArray(value)) {
    return value.map((item: unknown) => scrubMaskedDeep(item))
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) out[key] = scrubMaskedDeep(v)
    return out
  }
  return value
}
