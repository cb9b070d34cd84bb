/**
 * What a step's digest sees of the cluster-level secret variables it uses.
 * The digest is stored in the cluster's inventory; a digest of the step as
 * applied would let anyone who may read the inventory confirm a guess of a
 * secret with one sha256. So the digest is taken over the step with each
 * secret reference left as written (`${{ ankra.token }}`), and the values
 * the step uses enter once, through scrypt (secrets/variables-digest.ts).
 * A step that uses no secret variable gets nothing here: its digest stays
 * exactly what it was before secret variables existed.
 */
import { secretValuesDigest } from '../secrets/variables-digest.js'
import type { ValidationContext } from './validation-context.js'
import {
  referenceNames,
  substitute,
  SubstitutionLimitError
} from './variables.js'

/** The secret variables in force for one stack (a stack's own value is not secret). */
export interface SecretScope {
  /** Names among the variables whose values are secret. */
  names: ReadonlySet<string>
  /** Every variable in force, secret ones included. */
  variables: Readonly<Record<string, string>>
}

/** What the digest uses in place of a value that holds secret variables. */
export interface SecretUse {
  /** The value substituted with every variable except the secret ones. */
  marked: unknown
  /** The secret variables' names it refers to, sorted. */
  names: string[]
}

/**
 * The value with only the non-secret variables substituted, and the secret
 * names it refers to; undefined when it refers to none (its digest is then
 * taken over the value as applied, as always). `value` is the value before
 * substitution.
 */
export function secretUse(
  value: unknown,
  scope: SecretScope
): SecretUse | undefined {
  if (scope.names.size === 0) return undefined
  const plain: Record<string, string> = {}
  for (const [name, text] of Object.entries(scope.variables)) {
    if (!scope.names.has(name)) plain[name] = text
  }
  // Secret references come back as unknown names and stay as written.
  const left = new Set<string>()
  let marked: unknown
  try {
    marked = substitute(value, plain, left)
  } catch (error) {
    // Past the limit with the plain values alone (the secret ones may be
    // shorter than their references): digest the value as written, with
    // every secret reference it holds, not only those met before the throw.
    if (!(error instanceof SubstitutionLimitError)) throw error
    marked = value
    for (const text of strings(value))
      for (const name of referenceNames(text)) left.add(name)
  }
  const names = [...left].filter((name) => scope.names.has(name)).sort()
  return names.length === 0 ? undefined : { marked, names }
}

const digests = new WeakMap<ValidationContext, Map<string, string>>()

/**
 * The scrypt digest of the named secret variables' values. Steps that use
 * the same variables share one computation per validation (scrypt is slow
 * on purpose).
 */
export function secretDigest(
  ctx: ValidationContext,
  names: readonly string[],
  scope: SecretScope
): string {
  const entries = names.map(
    (name) => [name, scope.variables[name] ?? ''] as const
  )
  const key = JSON.stringify(entries)
  let known = digests.get(ctx)
  if (!known) digests.set(ctx, (known = new Map<string, string>()))
  let digest = known.get(key)
  if (digest === undefined) {
    digest = secretValuesDigest(entries)
    known.set(key, digest)
  }
  return digest
}

/** Every string inside a value (lists and mappings walked without recursion). */
function strings(value: unknown): string[] {
  const found: string[] = []
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') found.push(next)
    else if (Array.isArray(next)) pending.push(...(next as unknown[]))
    else if (typeof next === 'object' && next !== null)
      pending.push(...Object.values(next as Record<string, unknown>))
  }
  return found
}
