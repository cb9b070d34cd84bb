/**
 * Which code validates and plans: a digest of the running bundle (the CLI's
 * or the Action's, where this module was bundled) and the schema it checks
 * definitions against. A run's recorded inputs count only for the same
 * identity (apply/unchanged-inputs.ts), so a new ClusterSync — or the same
 * version built from other sources — validates again.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { packageFile } from '../package-files.js'

let identity: string | undefined

/** The identity, computed once per process (1.3 ms for the CLI's 347 KB bundle). */
export function codeIdentity(): string {
  identity ??= createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update('\n')
    .update(
      readFileSync(packageFile('schemas/cluster-definition.v1.schema.json'))
    )
    .digest('hex')
  return identity
}
