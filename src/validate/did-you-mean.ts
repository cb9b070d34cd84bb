/**
 * "Did you mean" for unknown keys, enum values, parent and registry names.
 * Candidates always come from the schema or the definition itself, so
 * suggestions cannot go stale.
 */

/** Levenshtein distance (insertions, deletions, substitutions); small inputs only. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      previous = above
    }
  }
  return row[b.length] as number
}

/**
 * The candidate closest to `word`, when it is close enough to be a typo
 * (distance at most a third of the word's length, and at least 2 allowed),
 * compared case-insensitively. Ties go to the first candidate.
 */
export function suggest(
  word: string,
  candidates: Iterable<string>
): string | undefined {
  const needle = word.toLowerCase()
  const limit = Math.max(2, Math.floor(needle.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate === word) continue
    const distance = editDistance(needle, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : undefined
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(
  word: string,
  candidates: Iterable<string>
): string | undefined {
  const match = suggest(word, candidates)
  return match === undefined ? undefined : `Did you mean "${match}"?`
}
