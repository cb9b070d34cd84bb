/**
 * Every value this process asked the runner to mask. The runner hides them
 * in the job's log only: what ClusterSync sends to GitHub's API (check runs,
 * their annotations, statuses, comments, Deployments) and writes to the job
 * summary is not masked by anyone. Text bound there is scrubbed here, so a
 * secret a tool quoted in an error (helm printing a value) never reaches it.
 */
import * as core from '@actions/core'
import { hideSecrets } from '../secrets/cut-starts.js'
import { scrubStrings } from '../secrets/scrub-strings.js'

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
 * `text` with every masked value replaced by `***`, as the runner shows it,
 * and the start of one left at a cut (see `scrubCutStarts`).
 */
export function scrubMasked(text: string): string {
  if (masked.size === 0 || text === '') return text
  longestFirst ??= [...masked].sort((a, b) => b.length - a.length)
  return hideSecrets(text, longestFirst)
}

/** A copy of `value` with every string in it scrubbed (request parameters). */
export function scrubMaskedDeep(value: unknown): unknown {
  return scrubStrings(value, scrubMasked)
}
