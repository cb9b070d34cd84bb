import {
  clusterRegistryEntries,
  createCatalogLookup,
  describeUnknownRegistry
} from '../../src/catalog/catalog-lookup.js'
import { loadBundledCatalog } from '../../src/catalog/load-catalog.js'
import type { CatalogEntry } from '../../src/catalog/registry-file.js'
import {
  hasKindMismatch,
  registryKindForUrl
} from '../../src/catalog/registry-kind.js'
import type { ClusterHelmRegistry } from '../../src/definition/definition-types.js'

const entry = (
  name: string,
  url: string,
  kind: CatalogEntry['kind'] = 'HTTPRegistry'
): CatalogEntry => ({
  name,
  url,
  kind,
  excludeCharts: [],
  origin: `catalog:${name}.yaml`,
  file: `${name}.yaml`
})

const clusterRegistry = (
  name: string,
  url: string,
  credentialName?: string
): ClusterHelmRegistry => ({
  name,
  url,
  excludeCharts: ['internal-only'],
  ...(credentialName ? { credentialName } : {}),
  source: {
    file: 'clusters/prod.yaml',
    line: 12,
    column: 7,
    pointer: '/spec/helm_registries/0'
  }
})

describe('resolving registry_name against the bundled catalog', () => {
  it('finds a registry by its normalised name', async () => {
    const lookup = createCatalogLookup((await loadBundledCatalog()).entries)
    expect(lookup.find('jetstack')?.url).toBe('https://charts.jetstack.io')
    // Case, surrounding and repeated whitespace do not count.
    expect(lookup.find('  Open   WebUI ')?.file).toBe('openui.yaml')
    expect(lookup.find('uptime-kuma')?.name).toBe('Uptime-Kuma')
    expect(lookup.find('OPENCLAW')?.name).toBe('OpenClaw')
    // The name is spec.name, not the file name.
    expect(lookup.find('ankra')).toBeUndefined()
    expect(lookup.find('ankra-charts')?.file).toBe('ankra.yaml')
    expect(lookup.find('traefik')).toMatchObject({
      kind: 'OCIRegistry',
      url: 'oci://ghcr.io/traefik/helm/traefik'
    })
    expect(lookup.names()).toHaveLength(119)
  })

  it('suggests near names for an unknown one', async () => {
    const lookup = createCatalogLookup((await loadBundledCatalog()).entries)
    expect(describeUnknownRegistry('jetstak', lookup)).toEqual({
      message:
        'unknown registry "jetstak": it is neither in the catalog nor in spec.helm_registries',
      hint: 'did you mean "jetstack"?'
    })
    expect(describeUnknownRegistry('open_webui', lookup).hint).toBe(
      'did you mean "open webui", "open-webui" or "openwebui"?'
    )
    expect(describeUnknownRegistry('zzzzzzzz', lookup, 'catalog')).toEqual({
      message: 'unknown registry "zzzzzzzz": it is not in the catalog',
      hint: "run 'clustersync catalog search <term>' to find a registry"
    })
  })
})

describe('spec.helm_registries over the catalog', () => {
  const catalog = [
    entry('jetstack', 'https://charts.jetstack.io'),
    entry('argo', 'https://argoproj.github.io/argo-helm')
  ]

  it('lets a cluster override a catalog entry by normalised name', () => {
    const overrides = clusterRegistryEntries([
      clusterRegistry(
        'JetStack',
        'https://mirror.internal/jetstack',
        'mirror-login'
      )
    ])
    const lookup = createCatalogLookup(catalog, overrides)
    expect(lookup.find('jetstack')).toEqual({
      name: 'JetStack',
      url: 'https://mirror.internal/jetstack',
      kind: 'HTTPRegistry',
      excludeCharts: ['internal-only'],
      origin: 'clusters/prod.yaml:12',
      credentialName: 'mirror-login',
      source: {
        file: 'clusters/prod.yaml',
        line: 12,
        column: 7,
        pointer: '/spec/helm_registries/0'
      }
    })
    expect(lookup.find('argo')?.origin).toBe('catalog:argo.yaml')
    expect(lookup.names()).toEqual(['JetStack', 'argo'])
  })

  it('adds registries the catalog does not have, kind from the URL', () => {
    const lookup = createCatalogLookup(
      catalog,
      clusterRegistryEntries([
        clusterRegistry('private', 'oci://registry.internal/charts')
      ])
    )
    expect(lookup.find('Private')).toMatchObject({
      kind: 'OCIRegistry',
      url: 'oci://registry.internal/charts'
    })
    expect(lookup.entries().map((e) => e.name)).toEqual([
      'jetstack',
      'argo',
      'private'
    ])
  })

  it('keeps the first catalog file when two share a normalised name', () => {
    const lookup = createCatalogLookup([
      entry('Jet Stack', 'https://a.example.com'),
      entry('jet  stack', 'https://b.example.com')
    ])
    expect(lookup.find('jet stack')?.url).toBe('https://a.example.com')
  })

  it('keeps an entry whose kind contradicts its URL, for validation to flag', () => {
    const wrong = entry('bad', 'https://charts.example.com', 'OCIRegistry')
    const lookup = createCatalogLookup([wrong])
    expect(lookup.find('bad')).toBe(wrong)
    expect(hasKindMismatch(wrong)).toBe(true)
    expect(hasKindMismatch(entry('good', 'oci://x/y', 'OCIRegistry'))).toBe(
      false
    )
  })
})

describe('registryKindForUrl', () => {
  it.each([
    ['oci://ghcr.io/traefik/helm/traefik', 'OCIRegistry'],
    ['OCI://ghcr.io/x', 'OCIRegistry'],
    ['https://charts.jetstack.io', 'HTTPRegistry'],
    ['http://127.0.0.1:8080/charts', 'HTTPRegistry'],
    ['ftp://example.com', undefined],
    ['charts.jetstack.io', undefined]
  ])('%s → %s', (url, kind) => {
    expect(registryKindForUrl(url)).toBe(kind)
  })
})
