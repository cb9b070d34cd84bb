/**
 * HTTP or OCI: the URL scheme decides, as in `ankra helm registries create`
 * (importcluster-format.md §12.2). The file's `kind` only has to agree with it.
 */
import type { RegistryEntry } from '../definition/registry-lookup.js'

export type RegistryKind = RegistryEntry['kind']

/**
 * The kind a URL implies: `oci://` → OCIRegistry, `http://` or `https://` →
 * HTTPRegistry, anything else → undefined (not a registry URL).
 */
export function registryKindForUrl(url: string): RegistryKind | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url.trim())?.[1]
  switch (scheme?.toLowerCase()) {
    case 'oci':
      return 'OCIRegistry'
    case 'http':
    case 'https':
      return 'HTTPRegistry'
    default:
      return undefined
  }
}

/**
 * True when the entry's declared kind disagrees with its URL scheme. The
 * lookup keeps such entries so validation can name the problem where the
 * registry is used, instead of reporting an unknown registry.
 */
export function hasKindMismatch(
  entry: Pick<RegistryEntry, 'kind' | 'url'>
): boolean {
  const implied = registryKindForUrl(entry.url)
  return implied !== undefined && implied !== entry.kind
}
