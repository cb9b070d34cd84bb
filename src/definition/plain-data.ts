/**
 * Type guards for parsed YAML. Parsed data is `unknown` until a guard (or
 * the schema) says otherwise; these are the only narrowing helpers, so no
 * code needs an unchecked `as` on user input.
 */

/** A YAML mapping parsed to a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The string at `key`, or undefined when absent or not a string. */
export function stringField(
  value: Record<string, unknown>,
  key: string
): string | undefined {
  const field = value[key]
  return typeof field === 'string' ? field : undefined
}

/** The list at `key`, or an empty list when absent or not a list. */
export function listField(
  value: Record<string, unknown>,
  key: string
): unknown[] {
  const field = value[key]
  return Array.isArray(field) ? (field as unknown[]) : []
}

/** The mapping at `key`, or undefined. */
export function recordField(
  value: Record<string, unknown>,
  key: string
): Record<string, unknown> | undefined {
  const field = value[key]
  return isRecord(field) ? field : undefined
}
