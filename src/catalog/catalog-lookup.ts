/**
 * The RegistryLookup validation uses to resolve `registry_name`: the catalog,
 * with a cluster's own `spec.helm_registries` laid over it. Names compare
 * normalised (normalizeRegistryName), so `Uptime-Kuma`, `uptime-kuma` and
 * ` Uptime-Kuma ` are the same registry.
 */
import type { ClusterHelmRegistry } from '../definition/definition-types.js'
import {
  normalizeRegistryName,
  type RegistryLookup
} from '../definition/registry-lookup.js'
import type { CatalogEntry } from './registry-file.js'
import { registryKindForUrl } from './registry-kind.js'
import { closestNames, didYouMean } from './suggest-registry.js'

/** A RegistryLookup that also lists its entries (for the CLI and the plan). */
export interface CatalogLookup extends RegistryLookup {
  find(name: string): CatalogEntry | undefined
  /** Every entry that `find` can return, in catalog order, overrides last. */
  entries(): CatalogEntry[]
}

/**
 * Builds a lookup over `catalog` with `overrides` taking precedence by
 * normalised name. Within the catalog, the first file (in name order) wins
 * when two share a normalised name; `catalog check` reports that as an error,
 * so it cannot reach the bundled folder.
 */
export function createCatalogLookup(
  catalog: readonly CatalogEntry[],
  overrides: readonly CatalogEntry[] = []
): CatalogLookup {
  const byName = new Map<string, CatalogEntry>()
  for (const entry of catalog) {
    const key = normalizeRegistryName(entry.name)
    if (!byName.has(key)) byName.set(key, entry)
  }
  for (const entry of overrides) {
    byName.set(normalizeRegistryName(entry.name), entry)
  }
  const all = [...byName.values()]
  return {
    find: (name) => byName.get(normalizeRegistryName(name)),
    names: () => all.map((e) => e.name),
    entries: () => [...all]
  }
}

/**
 * A definition's `spec.helm_registries` as catalog entries. The kind comes
 * from the URL scheme; a URL with neither scheme is left as HTTPRegistry for
 * the lookup, because the definition's schema already rejects it.
 */
export function clusterRegistryEntries(
  registries: readonly ClusterHelmRegistry[]
): CatalogEntry[] {
  return registries.map((r) => ({
    name: r.name,
    url: r.url,
    kind: registryKindForUrl(r.url) ?? 'HTTPRegistry',
    excludeCharts: [...r.excludeCharts],
    origin: `${r.source.file}:${r.source.line}`,
    ...(r.credentialName !== undefined
      ? { credentialName: r.credentialName }
      : {}),
    source: r.source
  }))
}

/**
 * The message and hint for a `registry_name` the lookup does not know, with
 * up to three near names, so validation and the CLI word it the same way.
 * `scope` says what was searched: a definition sees its own registries too.
 */
export function describeUnknownRegistry(
  name: string,
  lookup: RegistryLookup,
  scope: 'definition' | 'catalog' = 'definition'
): { message: string; hint: string } {
  const suggestion = didYouMean(closestNames(name, lookup.names()))
  return {
    message:
      scope === 'definition'
        ? `unknown registry "${name}": it is neither in the catalog nor in spec.helm_registries`
        : `unknown registry "${name}": it is not in the catalog`,
    hint:
      suggestion ??
      (scope === 'definition'
        ? "run 'clustersync catalog search <term>' to find a registry, or add it under spec.helm_registries"
        : "run 'clustersync catalog search <term>' to find a registry")
  }
}
