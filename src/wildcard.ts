/**
 * Wildcard patterns matched without regular expressions. A pattern such as
 * `*a*a*a*…` turned into a regular expression makes V8 backtrack through
 * every way of splitting a name that does not match: a name of 38
 * characters ran past a minute, in a glob any pull request can write.
 * These run in time proportional to pattern × text at worst.
 */

/**
 * Whether `text` matches `pattern`, where `*` is any run of characters
 * (none included) and, with `question`, `?` is one character; every other
 * character stands for itself.
 */
export function matchesWildcard(
  pattern: string,
  text: string,
  question = false
): boolean {
  let p = 0
  let t = 0
  // The last `*` seen, and where in the text it started matching.
  let star = -1
  let from = 0
  while (t < text.length) {
    const c = pattern[p]
    if (c === '*') {
      star = p++
      from = t
    } else if (
      p < pattern.length &&
      (c === text[t] || (question && c === '?'))
    ) {
      p++
      t++
    } else if (star >= 0) {
      // Let the last star take one more character, and try again after it.
      p = star + 1
      t = ++from
    } else {
      return false
    }
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
}

/**
 * Whether the parts of a path match the parts of a pattern: a `**` part
 * matches any number of parts (none included), any other part one part
 * by `matchesWildcard`.
 */
export function matchesParts(
  patterns: readonly string[],
  parts: readonly string[],
  question = false
): boolean {
  // reach[j]: the first i pattern parts can match the first j path parts.
  let reach = Array.from({ length: parts.length + 1 }, (_, j) => j === 0)
  for (const pattern of patterns) {
    const next = Array.from({ length: parts.length + 1 }, () => false)
    for (let j = 0; j <= parts.length; j++) {
      if (pattern === '**') {
        next[j] = reach[j] === true || (j > 0 && next[j - 1] === true)
      } else if (j > 0 && reach[j - 1] === true) {
        next[j] = matchesWildcard(pattern, parts[j - 1] ?? '', question)
      }
    }
    reach = next
  }
  return reach[parts.length] === true
}
