/**
 * How secret variables enter the digests ClusterSync stores in the cluster:
 * the key of the unchanged-files check (sync/unchanged-check.ts) and the
 * digest of each plan step that uses one (validate/secret-substitution.ts).
 * Anyone who may read the inventory could test guesses against a stored
 * digest, so secret values enter only through scrypt, a deliberately slow,
 * memory-hard hash (each guess costs as much as one run pays once), never
 * in clear or through a fast hash. One function, so both stay alike.
 */
import { scryptSync } from 'node:crypto'
import type { ClusterVariables } from './cluster-variables.js'

/** scrypt's cost: N = 2^14 with r = 8 (16 MiB), the interactive-login setting of the scrypt paper. */
const cost = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

/**
 * The scrypt digest (hex) of secret variables given as `[name, value]`
 * pairs sorted by name: a changed value or name changes it, and it cannot
 * be checked against a guess faster than scrypt allows.
 */
export function secretValuesDigest(
  entries: readonly (readonly [string, string])[]
): string {
  return scryptSync(
    JSON.stringify(entries),
    'clustersync-secret-variables/1',
    32,
    cost
  ).toString('hex')
}

/**
 * The variables as key material: plain ones as they are (sorted by name),
 * secret ones by name and one scrypt digest of their values; null when
 * there are none, so a run without variables keeps its old key.
 */
export function variablesKeyPart(
  variables: ClusterVariables | undefined
): unknown {
  if (!variables) return null
  const plain = sortedEntries(variables.plain)
  const secret = sortedEntries(variables.secret)
  if (plain.length === 0 && secret.length === 0) return null
  return {
    plain,
    secretNames: secret.map(([name]) => name),
    secret: secret.length === 0 ? null : secretValuesDigest(secret)
  }
}

/** A record's entries sorted by name (code-unit order, as JSON keys sort). */
export function sortedEntries(
  record: Readonly<Record<string, string>>
): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
