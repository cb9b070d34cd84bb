/**
 * "Did you mean" for unknown keys, enum values, parent and registry names.
 * Candidates always come from the schema or the definition itself, so
 * suggestions cannot go stale.
 */

/**
 * Levenshtein distance (insertions, deletions, substitutions), or `cutoff
 * + 1` as soon as it is sure to exceed `cutoff`: a row whose every cell is
 * past the cutoff can only grow.
 */
export function editDistance(a: string, b: string, cutoff = Infinity): number {
  const row = Int32Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number
    row[0] = i
    let smallest = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      const cell = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      row[j] = cell
      if (cell < smallest) smallest = cell
      previous = above
    }
    if (smallest > cutoff) return cutoff + 1
  }
  return row[b.length] as number
}

/** Words longer than this (Kubernetes names stop at 253) get no suggestion. */
const longestSuggested = 256
/** Distance cells one suggestion may compute before it settles for the best so far. */
const workPerSuggestion = 300_000

/**
 * The candidate closest to `word`, when it is close enough to be a typo
 * (distance at most a third of the word's length, and at least 2 allowed),
 * compared case-insensitively. Ties go to the first candidate.
 */
export function suggest(
  word: string,
  candidates: Iterable<string>
): string | undefined {
  // A hint is worth little against a pull request's cost: the distance
  // takes time in the product of the lengths, for every unknown name
  // against every candidate, and names written to be long made validation
  // run for minutes. Longer than any Kubernetes name: no suggestion.
  if (word.length > longestSuggested) return undefined
  const needle = word.toLowerCase()
  const limit = Math.max(2, Math.floor(needle.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  let work = 0
  for (const candidate of candidates) {
    if (candidate === word) continue
    // The distance is at least the difference in length.
    if (Math.abs(candidate.length - needle.length) > limit) continue
    work += needle.length * candidate.length
    if (work > workPerSuggestion) break
    const distance = editDistance(
      needle,
      candidate.toLowerCase(),
      Math.min(limit, bestDistance)
    )
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
