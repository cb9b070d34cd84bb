/**
 * Registry lookup for `registry_name`: the definition's own
 * `spec.helm_registries` take precedence over the bundled catalog, as Ankra
 * connects them before add-ons deploy.
 */
import type { ClusterHelmRegistry } from '../definition/definition-types.js'
import {
  normalizeRegistryName,
  type RegistryEntry,
  type RegistryLookup
} from '../definition/registry-lookup.js'

/** The registry kind a URL implies: `oci://` → OCI, anything else → HTTP. */
export function registryKindOf(url: string): RegistryEntry['kind'] {
  return url.startsWith('oci://') ? 'OCIRegistry' : 'HTTPRegistry'
}

/** A lookup that finds the cluster's registries first, then `base` (if any). */
export function withClusterRegistries(
  base: RegistryLookup | undefined,
  registries: readonly ClusterHelmRegistry[]
): RegistryLookup {
  const own = new Map<string, RegistryEntry>()
  for (const r of registries) {
    const key = normalizeRegistryName(r.name)
    if (own.has(key)) continue
    own.set(key, {
      name: r.name,
      url: r.url,
      kind: registryKindOf(r.url),
      excludeCharts: r.excludeCharts,
      origin: `${r.source.file}:${r.source.line}`,
      ...(r.credentialName !== undefined
        ? { credentialName: r.credentialName }
        : {})
    })
  }
  return {
    find: (name) => own.get(normalizeRegistryName(name)) ?? base?.find(name),
    names: () => [
      ...[...own.values()].map((r) => r.name),
      ...(base?.names() ?? [])
    ]
  }
}
