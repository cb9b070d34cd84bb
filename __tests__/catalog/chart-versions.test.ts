import { createNodeHttp } from '../../src/adapters/node-http.js'
import {
  chartIndexUrl,
  parseChartIndex,
  sameChartVersion
} from '../../src/catalog/chart-index.js'
import {
  checkChartVersions,
  type CheckedAddon
} from '../../src/catalog/check-chart-versions.js'
import { startLocalChartRepo, type LocalChartRepo } from './local-chart-repo.js'

let repo: LocalChartRepo
beforeAll(async () => {
  repo = await startLocalChartRepo()
})
afterAll(() => repo.close())

const addon = (
  name: string,
  chartName: string,
  chartVersion: string,
  location: string,
  type: 'http' | 'oci' | 'path' = 'http'
): CheckedAddon => ({
  name,
  chartName,
  chartVersion,
  chart: { type, location, resolvedBy: 'registry_name', registryName: 'local' },
  source: {
    file: 'cluster.yaml',
    line: 10,
    column: 9,
    pointer: `/spec/stacks/0/addons/${name}`
  }
})

describe('checkChartVersions (validate --check-charts)', () => {
  it('accepts versions in the index, Helm-style (v prefix, missing patch)', async () => {
    const diagnostics = await checkChartVersions(
      [
        addon('a', 'app', '1.1.0', repo.url),
        addon('b', 'app', 'v1.1.0', repo.url),
        addon('c', 'app', '1.0.0', repo.url), // the index says v1.0.0
        addon('d', 'crd-chart', '0.1', `${repo.url}/`)
      ],
      createNodeHttp()
    )
    expect(diagnostics).toEqual([])
    // One index per repository, however many add-ons use it.
    expect(
      repo.requests.filter((r) => r === '/charts/index.yaml').length
    ).toBeLessThanOrEqual(2)
  })

  it('reports a missing version or chart as an error with what exists', async () => {
    const diagnostics = await checkChartVersions(
      [
        addon('web', 'app', '9.9.9', repo.url),
        addon('typo', 'ap', '1.1.0', repo.url)
      ],
      createNodeHttp()
    )
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'chart-version-not-found',
        message: `add-on "web": chart app has no version 9.9.9 in ${repo.url}/index.yaml`,
        hint: 'versions listed first in the index: 1.1.0, v1.0.0',
        file: 'cluster.yaml',
        line: 10,
        column: 9,
        pointer: '/spec/stacks/0/addons/web/chart_version'
      },
      {
        severity: 'error',
        code: 'chart-not-found',
        message: `add-on "typo": chart "ap" is not in ${repo.url}/index.yaml`,
        hint: 'did you mean "app"?',
        file: 'cluster.yaml',
        line: 10,
        column: 9,
        pointer: '/spec/stacks/0/addons/typo/chart_name'
      }
    ])
  })

  it('gives notices, not failures, when the index cannot be read or is OCI', async () => {
    const diagnostics = await checkChartVersions(
      [
        addon('down', 'app', '1.1.0', repo.closedUrl),
        addon('gone', 'app', '1.1.0', repo.url.replace('/charts', '/missing')),
        addon(
          'oci',
          'traefik',
          '1.0.0',
          'oci://ghcr.io/traefik/helm/traefik',
          'oci'
        ),
        addon('local', 'app', '1.0.0', 'charts/app', 'path')
      ],
      createNodeHttp(),
      { timeoutMs: 2_000 }
    )
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['info', 'chart-index-unavailable'],
      ['info', 'chart-index-unavailable'],
      ['info', 'chart-not-checked']
    ])
    expect(diagnostics[0]?.message).toMatch(
      new RegExp(
        `^add-on "down": chart_version not checked, ${repo.closedUrl}/index.yaml could not be read \\(fetch failed: .*ECONNREFUSED`
      )
    )
    expect(diagnostics[1]?.message).toMatch(/could not be read \(HTTP 404\)$/)
  })
})

describe('reading an index.yaml', () => {
  it('lists charts by name with versions in index order', () => {
    expect(
      parseChartIndex(
        'apiVersion: v1\nentries:\n  b: [{version: 2.0.0}, {version: 1.0.0}]\n  a: [{version: 0.1.0}, {name: x}]\n'
      )
    ).toEqual([
      { name: 'a', versions: ['0.1.0'] },
      { name: 'b', versions: ['2.0.0', '1.0.0'] }
    ])
  })

  it('says why a text is not an index', () => {
    expect(parseChartIndex('<html>nope</html>')).toBe(
      'index.yaml has no "entries" mapping; is this a Helm chart repository?'
    )
    expect(parseChartIndex('entries: [unclosed')).toMatch(
      /^index.yaml is not valid YAML/
    )
  })

  it('reads one list aliased under many chart names once (each name walked it again: 578 kB took 47 s)', () => {
    const n = 2_000
    const text = [
      'apiVersion: v1',
      'x: &v',
      ...Array.from({ length: n }, (_, i) => `  - {version: "1.0.${i}"}`),
      'entries:',
      ...Array.from({ length: n }, (_, i) => `  c${i}: *v`),
      ''
    ].join('\n')
    const charts = parseChartIndex(text)
    if (!Array.isArray(charts)) throw new Error(charts)
    expect(charts).toHaveLength(n)
    expect(charts[0]?.versions).toHaveLength(n)
    // Read once: every name shares the one list of versions.
    expect(charts[1]?.versions).toBe(charts[0]?.versions)
  })

  it('compares versions the way Helm does', () => {
    expect(sameChartVersion('1.2.0', 'v1.2.0')).toBe(true)
    expect(sameChartVersion('v1.20', '1.20.0')).toBe(true)
    expect(sameChartVersion('1.2.0-rc.1', 'v1.2.0-rc.1')).toBe(true)
    expect(sameChartVersion('1.2.0', '1.2.1')).toBe(false)
    expect(sameChartVersion('1.2.0-rc.1', '1.2.0')).toBe(false)
  })

  it('builds the index URL with one slash', () => {
    expect(chartIndexUrl('https://charts.jetstack.io/')).toBe(
      'https://charts.jetstack.io/index.yaml'
    )
    expect(chartIndexUrl('https://helm.cilium.io')).toBe(
      'https://helm.cilium.io/index.yaml'
    )
  })
})
