/**
 * What cluster-level variables add to the key of the unchanged-files check
 * (sync/unchanged-check.ts): a re-run with changed variables must apply.
 * The key's digest is stored in the cluster, where anyone who may read the
 * inventory could test guesses against it; so secret values enter only
 * through scrypt, a deliberately slow, memory-hard hash (each guess costs
 * as much as one run pays once), never in clear or through a fast hash.
 */
import { scryptSync } from 'node:crypto'
import type { ClusterVariables } from './cluster-variables.js'

/** scrypt's cost: N = 2^14 with r = 8 (16 MiB), the interactive-login setting of the scrypt paper. */
const cost = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

/**
 * The variables as key material: plain ones as they are (sorted by name),
 * secret ones by name and one scrypt digest of their values; null when
 * there are none, so a run without variables keeps its old key.
 */
export function variablesKeyPart(
  variables: ClusterVariables | undefined
): unknown {
  if (!variables) return null
  const plain = sorted(variables.plain)
  const secret = sorted(variables.secret)
  if (plain.length === 0 && secret.length === 0) return null
  return {
    plain,
    secretNames: secret.map(([name]) => name),
    secret:
      secret.length === 0
        ? null
        : scryptSync(
            JSON.stringify(secret),
            'clustersync-secret-variables/1',
            32,
            cost
          ).toString('hex')
  }
}

function sorted(record: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
