/**
 * Stack variables and `${{ ankra.NAME }}` substitution. Values are text, as
 * in Ankra: integers and booleans are converted with a warning (Ankra's CLI
 * converts them too), anything else is an error with a quoting hint. An
 * unknown reference is left as written, with a warning, because Ankra leaves
 * unresolved references literally and organisation variables may supply it.
 */
import type { SourceLocation } from '../diagnostics.js'
import { childPointer } from '../definition/pointer.js'
import { isRecord } from '../definition/plain-data.js'
import { report, type ValidationContext } from './validation-context.js'
import { quoteValue } from '../redact.js'

const reference = /\$\{\{\s*ankra\.([A-Za-z0-9_.-]+)\s*\}\}/g
/** The same, for a yes/no test (a global pattern's `test` keeps state). */
const holdsReference = new RegExp(reference.source)

/**
 * How many bytes substitution may add to one definition (16 MiB). Each
 * reference may repeat a large value, so a definition of a few kilobytes
 * could otherwise expand to gigabytes; real variables are names, hosts and
 * versions, and a definition's files are limited to 5 MiB each.
 */
export const maxSubstitutedBytes = 16 * 1024 * 1024

/** The bytes substitution has added so far; shared by a whole definition. */
export interface SubstitutionBudget {
  added: number
  /** Set once the limit was reported, so it is reported once. */
  reported?: boolean
}

/** The variable names a text refers to (`${{ ankra.NAME }}`), as written. */
export function referenceNames(text: string): string[] {
  return [...text.matchAll(reference)].map((m) => m[1] ?? '')
}

/** Thrown by {@link substitute} when the budget would be exceeded. */
export class SubstitutionLimitError extends Error {
  override readonly name = 'SubstitutionLimitError'
  constructor(readonly variable: string) {
    super(
      `substituting \${{ ankra.${variable} }} exceeds ${maxSubstitutedBytes} bytes`
    )
  }
}

const budgets = new WeakMap<ValidationContext, SubstitutionBudget>()

/**
 * {@link substitute} under the definition's budget. Past the limit it
 * reports `variable-expansion-limit` once (naming the variable and the
 * entry, at `location`) and returns the value unsubstituted: the definition
 * is invalid anyway, and expanding further is what must not happen.
 */
export function substituteBounded(
  ctx: ValidationContext,
  value: unknown,
  variables: Record<string, string>,
  unknown: Set<string>,
  at: { pointer: string; subject: string; location?: SourceLocation }
): unknown {
  let budget = budgets.get(ctx)
  if (!budget) budgets.set(ctx, (budget = { added: 0 }))
  try {
    const keys = new Set<string>()
    const substituted = substitute(value, variables, unknown, budget, keys)
    for (const key of keys) {
      report(
        ctx,
        'warning',
        at.pointer,
        'variable-in-key',
        `key ${quoteValue(key)} in ${at.subject} holds a variable reference; references are replaced in values, not in keys, so the key is sent as written`,
        'Write the key itself, or move the variable into a value.',
        at.location
      )
    }
    return substituted
  } catch (error) {
    if (!(error instanceof SubstitutionLimitError)) throw error
    if (!budget.reported) {
      budget.reported = true
      report(
        ctx,
        'error',
        at.pointer,
        'variable-expansion-limit',
        `substituting \${{ ankra.${error.variable} }} in ${at.subject} makes the definition more than ${maxSubstitutedBytes} bytes (16 MiB) larger than written; refusing to expand it`,
        'Variables are for short values such as names, hosts and versions: put large text in a file of its own (`from_file`), or refer to the variable fewer times.',
        at.location
      )
    }
    return value
  }
}

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
    // Only a number or a boolean is shown as written; a mapping may have
    // keys (`toString: null`) that make String() throw.
    const written =
      ctx.loaded.sourceMap.get(at)?.raw ??
      (typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '')
    // Variables carry tokens too: messages name the variable, never its value.
    const quote = `Quote the value to keep it exactly: \`${name}: "…"\``
    if (typeof raw === 'string') {
      variables[name] = raw
      const inner = holdsReference.exec(raw)
      if (inner) {
        report(
          ctx,
          'warning',
          at,
          'variable-holds-reference',
          `stack variable "${name}" refers to \${{ ankra.${inner[1] ?? ''} }}; references inside a variable are not expanded, so it is used with the reference as written`,
          'Write the value in full; a variable cannot build on another.'
        )
      }
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
 * alone, and those holding a reference collected in `keys` when given).
 * Unknown names are left literally and collected in `unknown`.
 * Throws SubstitutionLimitError when the bytes added (counted in `budget`,
 * a fresh one by default) pass {@link maxSubstitutedBytes}.
 * Lists and mappings without a reference are returned as they are, not
 * copied; the ones that change are new values (the input is not modified).
 */
export function substitute(
  value: unknown,
  variables: Record<string, string>,
  unknown: Set<string>,
  budget: SubstitutionBudget = { added: 0 },
  keys?: Set<string>
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${{')) return value
    return value.replace(reference, (match, name: string) => {
      if (!Object.hasOwn(variables, name)) {
        unknown.add(name)
        return match
      }
      const text = variables[name] as string
      // Counted before the string is built, so a bomb stops at the limit.
      budget.added += text.length - match.length
      if (budget.added > maxSubstitutedBytes) {
        throw new SubstitutionLimitError(name)
      }
      return text
    })
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    value.forEach((v, index) => {
      const next = substitute(v, variables, unknown, budget, keys)
      if (next !== v) (out ??= value.slice())[index] = next
    })
    return out ?? value
  }
  if (isRecord(value)) {
    let out: Record<string, unknown> | undefined
    for (const key of Object.keys(value)) {
      if (keys && key.includes('${{') && holdsReference.test(key)) keys.add(key)
      const v = value[key]
      const next = substitute(v, variables, unknown, budget, keys)
      if (next === v) continue
      // Spread copies every own key as data, a `__proto__` key included.
      out ??= { ...value }
      // Assigning `__proto__` would set the prototype; define it as data.
      if (key === '__proto__') {
        Object.defineProperty(out, key, {
          value: next,
          enumerable: true,
          writable: true,
          configurable: true
        })
      } else {
        out[key] = next
      }
    }
    return out ?? value
  }
  return value
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
        : "Define it under the stack's `variables:`, or give it to the sync as a cluster-level variable (the Action's variables input, the CLI's --var)."
    )
  }
}
