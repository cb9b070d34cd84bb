/**
 * Stack variables and `${{ ankra.NAME }}` substitution. Values are text, as
 * in Ankra: integers and booleans are converted with a warning (Ankra's CLI
 * converts them too), anything else is an error with a quoting hint. An
 * unknown reference is left as written, with a warning, because Ankra leaves
 * unresolved references literally and organisation variables may supply it.
 */
import { childPointer } from '../definition/pointer.js'
import { isRecord } from '../definition/plain-data.js'
import { report, type ValidationContext } from './validation-context.js'

const reference = /\$\{\{\s*ankra\.([A-Za-z0-9_.-]+)\s*\}\}/g

/** Reads `variables` of the stack at `pointer` as a name → text map. */
export function readVariables(
  ctx: ValidationContext,
  value: unknown,
  pointer: string
): Record<string, string> {
  const variables: Record<string, string> = {}
  if (!isRecord(value)) return variables
  for (const [name, raw] of Object.entries(value)) {
    const at = childPointer(pointer, name)
    const written = ctx.loaded.sourceMap.get(at)?.raw ?? String(raw)
    // Variables carry tokens too: messages name the variable, never its value.
    const quote = `Quote the value to keep it exactly: \`${name}: "…"\``
    if (typeof raw === 'string') {
      variables[name] = raw
    } else if (
      typeof raw === 'boolean' ||
      (typeof raw === 'number' &&
        Number.isInteger(raw) &&
        /^[-+]?(0x[0-9a-f]+|0o[0-7]+|\d+)$/i.test(written))
    ) {
      variables[name] = written
      report(
        ctx,
        'warning',
        at,
        'variable-converted',
        `stack variable "${name}" is ${typeof raw === 'number' ? 'a number' : 'a boolean'}; it is used as text, as written`,
        quote
      )
    } else if (typeof raw === 'number') {
      report(
        ctx,
        'error',
        at,
        'variable-invalid-type',
        `stack variable "${name}" is a number that YAML may not keep as written (e.g. 1.10 becomes 1.1)`,
        quote
      )
    }
    // Maps, lists and empty values are rejected by the schema (wrong-type).
  }
  return variables
}

/**
 * Replaces `${{ ankra.NAME }}` in every string of `value` (keys are left
 * alone). Unknown names are left literally and collected in `unknown`.
 * Lists and mappings without a reference are returned as they are, not
 * copied; the ones that change are new values (the input is not modified).
 */
export function substitute(
  value: unknown,
  variables: Record<string, string>,
  unknown: Set<string>
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${{')) return value
    return value.replace(reference, (match, name: string) => {
      if (Object.hasOwn(variables, name)) return variables[name] as string
      unknown.add(name)
      return match
    })
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    value.forEach((v, index) => {
      const next = substitute(v, variables, unknown)
      if (next !== v) (out ??= value.slice())[index] = next
    })
    return out ?? value
  }
  if (isRecord(value)) {
    let out: Record<string, unknown> | undefined
    for (const key of Object.keys(value)) {
      const v = value[key]
      const next = substitute(v, variables, unknown)
      if (next === v) continue
      out ??= copyRecord(value)
      Object.defineProperty(out, key, {
        value: next,
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
    return out ?? value
  }
  return value
}

/** A shallow copy that keeps a `__proto__` key as data. */
function copyRecord(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: value[key],
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  return out
}

/** Warns once per unknown variable referenced by the entry at `pointer`. */
export function reportUnknownVariables(
  ctx: ValidationContext,
  unknown: Set<string>,
  pointer: string,
  subject: string,
  known: Record<string, string>
): void {
  for (const name of [...unknown].sort()) {
    const names = Object.keys(known)
    report(
      ctx,
      'warning',
      pointer,
      'unknown-variable',
      `${subject} refers to \${{ ankra.${name} }}, which this stack's variables do not define; it is left as written`,
      names.length > 0
        ? `Defined here: ${names.join(', ')}.`
        : "Define it under the stack's `variables:`."
    )
  }
}
