import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The absolute path of a file shipped with ClusterSync (`schemas/…`,
 * `helm_registries/…`), found by walking up from this module to the folder
 * whose package.json names `clustersync`. Works the same from `src/` (tests),
 * `dist/` (the Action) and `dist/cli/` (the CLI), which sit at different depths.
 * Throws when the file is not part of the installation.
 */
export function packageFile(relativePath: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && isClusterSyncPackage(manifest)) {
      return join(dir, relativePath)
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error(
        `ClusterSync's own file ${relativePath} was not found; the installation is incomplete`
      )
    }
    dir = parent
  }
}

/**
 * The cluster definition schema's text, as shipped in `schemas/`. Read here,
 * with the other shipped files, so validate/ stays free of file access.
 */
export function schemaText(): string {
  return readFileSync(
    packageFile('schemas/cluster-definition.v1.schema.json'),
    'utf8'
  )
}

function isClusterSyncPackage(manifest: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      'name' in parsed &&
      parsed.name === 'clustersync'
    )
  } catch {
    // An unreadable package.json (e.g. dist/package.json written by a bundler)
    // is not ours; keep walking up.
    return false
  }
}
