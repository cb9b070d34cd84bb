/**
 * Counts in text, with the noun agreeing: `0 errors`, `1 error`, `2 errors`.
 * Every message that prints a count goes through here, so none says
 * `1 errors` again.
 */

/**
 * `count` and the noun: the singular for exactly 1, else the plural (by
 * default the singular plus `s`; give irregular ones, `registries`).
 */
export function plural(
  count: number,
  singular: string,
  pluralForm = `${singular}s`
): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}
