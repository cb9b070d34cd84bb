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

/**
 * A count with thousands separators, `3,997`, the same on every machine
 * (no locale): for the counts that stand in for the rest of a cut list.
 */
export function countText(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',')
}
