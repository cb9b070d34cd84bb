/**
 * Cluster-level variables given by the workflow: the Action's `variables`
 * and `secret-variables` inputs (YAML mappings), the CLI's repeatable
 * `--var NAME=VALUE` and `--secret-vars-file FILE`. They fill
 * `${{ ankra.NAME }}` where the stack's own `variables` do not: as in
 * Ankra, a stack's value wins over a cluster-level one. Messages name a
 * variable, never its value.
 */
import { parseConfigYaml, ConfigYamlError } from '../config-yaml.js'

/** Plain and secret variables; a name is in at most one of them. */
export interface ClusterVariables {
  /** Shown in plans like any text of the definition. */
  plain: Readonly<Record<string, string>>
  /** Masked wherever ClusterSync writes; never recorded in clear. */
  secret: Readonly<Record<string, string>>
}

/** Thrown for a malformed variable; the message never quotes a value. */
export class ClusterVariablesError extends Error {
  override readonly name = 'ClusterVariablesError'
}

/** The names a `${{ ankra.NAME }}` reference accepts (variables.ts). */
const variableName = /^[A-Za-z0-9_.-]+$/

/** No variables. */
export const noVariables: ClusterVariables = Object.freeze({
  plain: Object.freeze({}),
  secret: Object.freeze({})
})

/** Every variable, plain and secret, as one name → value map. */
export function allVariables(
  variables: ClusterVariables
): Record<string, string> {
  return { ...variables.plain, ...variables.secret }
}

/**
 * A YAML mapping of variables read from `origin` (an input or a file, for
 * messages). Text, integers and booleans are taken as written (Ankra's
 * variables are text); anything else is refused. Empty text is none.
 */
export function parseVariablesYaml(
  text: string,
  origin: string
): Record<string, string> {
  const out: Record<string, string> = {}
  if (text.trim() === '') return out
  let parsed: unknown
  try {
    parsed = parseConfigYaml(text)
  } catch (error) {
    if (!(error instanceof ConfigYamlError)) throw error
    throw new ClusterVariablesError(`${origin} is ${error.message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ClusterVariablesError(
      `${origin} must be a YAML mapping from variable name to value, e.g. "domain: example.com"`
    )
  }
  for (const [name, value] of Object.entries(parsed)) {
    checkName(name, origin)
    if (typeof value === 'string') out[name] = value
    else if (
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isInteger(value))
    )
      out[name] = String(value)
    else
      throw new ClusterVariablesError(
        `${origin}: variable "${name}" must be text (quote it; lists, mappings, empty and decimal values are refused)`
      )
  }
  return out
}

/** `NAME=VALUE` (one `--var`); the value may hold `=` and be empty. */
export function parseVariableAssignment(
  text: string,
  origin: string
): [string, string] {
  const at = text.indexOf('=')
  if (at <= 0) {
    throw new ClusterVariablesError(
      `${origin} takes NAME=VALUE; got one without a name or "="`
    )
  }
  const name = text.slice(0, at)
  checkName(name, origin)
  return [name, text.slice(at + 1)]
}

/**
 * Plain and secret variables together; a name in both is refused (which
 * one would a plan show?).
 */
export function combineVariables(
  plain: Record<string, string>,
  secret: Record<string, string>
): ClusterVariables {
  for (const name of Object.keys(secret)) {
    if (Object.hasOwn(plain, name)) {
      throw new ClusterVariablesError(
        `variable "${name}" is given both as a variable and as a secret variable; give it once`
      )
    }
  }
  return { plain, secret }
}

/**
 * The forms of the secret values a report could show: each value, each
 * line of a multi-line one, and its base64 (as in a Secret's `data`).
 */
export function variableSecrets(variables: ClusterVariables): string[] {
  return Object.values(variables.secret).flatMap((value) => [
    value,
    ...(value.includes('\n') ? value.split(/\r?\n/) : []),
    Buffer.from(value).toString('base64')
  ])
}

function checkName(name: string, origin: string): void {
  if (!variableName.test(name)) {
    throw new ClusterVariablesError(
      `${origin}: "${name.slice(0, 64)}" is not a variable name (letters, digits, "_", "." and "-", as \${{ ankra.NAME }} refers to them)`
    )
  }
}
