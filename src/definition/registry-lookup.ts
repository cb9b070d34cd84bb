/**
 * How validation finds Helm registries named by `registry_name`: the bundled
 * catalog (helm_registries/, src/catalog) merged with the definition's own
 * `spec.helm_registries`. Validation only sees this interface, so it stays
 * pure and tests can pass a small in-memory catalog.
 */

export interface RegistryEntry {
  /** The registry's name as written in its file (`spec.name`). */
  name: string
  url: string
  /** `HTTPRegistry` or `OCIRegistry`. */
  kind: 'HTTPRegistry' | 'OCIRegistry'
  excludeCharts: string[]
  /** Where it was defined: `catalog:<file>` or the definition's file:line. */
  origin: string
  /** `credential_name` of a cluster's own registry: the login it needs. */
  credentialName?: string
}

export interface RegistryLookup {
  /** The registry with this name (compared after lower-casing, trimming and collapsing inner whitespace), or undefined. */
  find(name: string): RegistryEntry | undefined
  /** Every known name, for "did you mean" suggestions. */
  names(): string[]
}

/** Normalises a registry name the way the catalog compares them. */
export function normalizeRegistryName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}
