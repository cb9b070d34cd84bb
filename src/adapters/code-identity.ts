/**
 * Which code validates and plans: the build id that `npm run build` writes
 * beside each bundle (a sha256 of every chunk of it and of the schema; see
 * scripts/build.js), or, where there is none (a bundle built by hand, or
 * src/ under the tests), a digest of the same files computed here. A run's
 * recorded inputs count only for the same identity
 * (state/unchanged-inputs.ts), so a new ClusterSync — or the same version
 * built from other sources — validates again.
 *
 * Every chunk counts, not only the one this module is bundled into: the
 * validator and the planner load from chunks of their own, and a change in
 * them alone must change the identity too.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageFile } from '../package-files.js'

let identity: string | undefined

/** The running bundle's identity, computed once per process. */
export function codeIdentity(): string {
  const module = fileURLToPath(import.meta.url)
  // The schema's path is looked up (a walk up the folders, reading each
  // package.json) only when there is no build id to read instead.
  identity ??= identityOf(dirname(module), module, () =>
    packageFile('schemas/cluster-definition.v1.schema.json')
  )
  return identity
}

/**
 * The identity of the code in `folder`: its build id when it has a valid
 * one (reading 64 bytes instead of hashing the CLI's 2.6 MB on every sync), else a
 * sha256 of its `.js` files, `module` and `schema` (a path, or how to find it).
 */
export function identityOf(
  folder: string,
  module: string,
  schema: string | (() => string)
): string {
  const id = buildIdIn(folder)
  if (id !== undefined) return `build:${id}`
  const hash = createHash('sha256')
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => join(folder, name))
  const schemaFile = typeof schema === 'string' ? schema : schema()
  for (const file of new Set([...files, module, schemaFile])) {
    // Names, not paths: checkouts of the same code elsewhere agree.
    hash.update(`${basename(file)}\n`).update(readFileSync(file))
  }
  return hash.digest('hex')
}

function buildIdIn(folder: string): string | undefined {
  try {
    const text = readFileSync(join(folder, 'build-id'), 'utf8').trim()
    return /^[0-9a-f]{64}$/.test(text) ? text : undefined
  } catch {
    return undefined
  }
}
