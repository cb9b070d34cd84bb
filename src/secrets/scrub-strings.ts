/**
 * A copy of a JSON-shaped value with every string passed through `scrub`
 * (keys kept): masking a result before it is serialised, rather than its
 * JSON text afterwards, can never break the JSON a script reads, whatever
 * a secret happens to look like (`true`, `": "`).
 */
export function scrubStrings(
  value: unknown,
  scrub: (text: string) => string
): unknown {
  if (typeof value === 'string') return scrub(value)
  if (Array.isArray(value))
    return value.map((item) => scrubStrings(item, scrub))
  if (value !== null && typeof value === 'object') {
    // Entries, not assignment: a `__proto__` key stays data.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        scrubStrings(item, scrub)
      ])
    )
  }
  return value
}
