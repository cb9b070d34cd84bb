/** A small in-memory registry catalog for validation tests. */
import {
  normalizeRegistryName,
  type RegistryEntry,
  type RegistryLookup
} from '../../src/definition/registry-lookup.js'

const entries: RegistryEntry[] = [
  {
    name: 'jetstack',
    url: 'https://charts.jetstack.io',
    kind: 'HTTPRegistry',
    excludeCharts: [],
    origin: 'catalog:jetstack.yaml'
  },
  {
    name: 'arr-stack',
    url: 'https://bubylou.github.io/Arr-Stack',
    kind: 'HTTPRegistry',
    excludeCharts: ['ha-apps', 'media-apps'],
    origin: 'catalog:arr-stack.yaml'
  },
  {
    name: 'traefik',
    url: 'oci://ghcr.io/traefik/helm/traefik',
    kind: 'OCIRegistry',
    excludeCharts: [],
    origin: 'catalog:traefik.yaml'
  },
  {
    name: 'broken-kind',
    url: 'https://example.com/charts',
    kind: 'OCIRegistry',
    excludeCharts: [],
    origin: 'catalog:broken-kind.yaml'
  }
]

/** jetstack, arr-stack (excludes ha-apps, media-apps), traefik (OCI) and a kind/URL mismatch. */
export function testRegistries(): RegistryLookup {
  return {
    find: (name) =>
      entries.find(
        (e) => normalizeRegistryName(e.name) === normalizeRegistryName(name)
      ),
    names: () => entries.map((e) => e.name)
  }
}
