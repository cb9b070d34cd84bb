/**
 * The name of a manifest made from an included file of raw Kubernetes
 * objects. Names must survive moving a cluster's folder inside a repository
 * (together with its files), because `parents` and the inventory's step ids
 * are written with them:
 *
 * - a file inside the definition's folder is named by its path from that
 *   folder, without extension (`platform/rbac.yaml` → `platform/rbac`);
 * - a file outside it (a folder shared by several clusters, reached with
 *   `..`) is named by its path from the repository root with a leading `/`
 *   (`/shared/quota`), as .gitignore and CODEOWNERS anchor paths at the root.
 *   Every cluster that includes it then knows it by the same name, whatever
 *   its depth, and no name of the first kind starts with `/`.
 *
 * Before this rule every such file was named by its repository-relative
 * path; that name is its legacy name, still accepted in `parents` with a
 * deprecation warning, and the inventory's step ids move from it.
 */
import { posix } from 'node:path'

const yamlExtension = /\.ya?ml$/

/** The definition's folder, repository-relative ('' at the root). */
export function definitionFolder(definitionFile: string): string {
  const folder = posix.dirname(posix.normalize(definitionFile))
  return folder === '.' ? '' : folder
}

/**
 * The manifest name of the raw-object file at `path` (repository-relative)
 * for the definition at `definitionFile` (repository-relative).
 */
export function rawManifestName(definitionFile: string, path: string): string {
  const bare = path.replace(yamlExtension, '')
  const folder = definitionFolder(definitionFile)
  if (folder === '') return bare
  return bare.startsWith(`${folder}/`)
    ? bare.slice(folder.length + 1)
    : `/${bare}`
}

/**
 * The name the same file had before names were taken from the definition's
 * folder (its repository-relative path without extension), when it differs
 * from `name`; undefined otherwise.
 */
export function legacyRawManifestName(
  name: string,
  path: string
): string | undefined {
  const legacy = path.replace(yamlExtension, '')
  return legacy === name ? undefined : legacy
}
