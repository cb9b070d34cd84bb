import { createNodeFs } from '../../src/adapters/node-fs.js'
import { checkRegistryFolder } from '../../src/catalog/check-folder.js'
import { loadBundledCatalog } from '../../src/catalog/load-catalog.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import { packageFile } from '../../src/package-files.js'

const brief = (d: Diagnostic): string =>
  `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`

// The findings in the 119 files copied from ankraio/ankra-global-resources at
// bb3348f, as helm_registries/README.md reports them. Changing a file there,
// or an exception in the README, must change this list on purpose.
describe('the bundled helm_registries/ folder', () => {
  it('passes the contribution check with exactly these findings', async () => {
    const result = await checkRegistryFolder(
      createNodeFs(),
      packageFile('helm_registries'),
      'helm_registries'
    )
    expect(result.files).toBe(119)
    expect(result.diagnostics.map(brief)).toEqual([
      'helm_registries/ankra.yaml:4:9 info registry-name-differs-from-file',
      'helm_registries/grafana-community.yaml:5:55 info registry-missing-final-newline',
      'helm_registries/hetzner.yaml:5:36 info registry-missing-final-newline',
      'helm_registries/mysql-operator.yaml:5:46 info registry-missing-final-newline',
      'helm_registries/openclaw.yaml:4:9 info registry-name-differs-from-file',
      'helm_registries/openclaw.yaml:5:75 info registry-missing-final-newline',
      'helm_registries/openui.yaml:4:9 info registry-name-differs-from-file',
      'helm_registries/openui.yaml:5:8 info registry-duplicate-url',
      'helm_registries/openwebui.yaml:5:8 info registry-duplicate-url',
      'helm_registries/ot-container-kit.yaml:5:54 info registry-missing-final-newline',
      'helm_registries/percona.yaml:5:53 info registry-missing-final-newline',
      'helm_registries/uptime-kuma.yaml:4:9 info registry-name-differs-from-file'
    ])
    // open-webui.yaml has no trailing slash; the other two have one. The
    // check compares them as one URL, and README.md records why all stay.
    expect(result.diagnostics[7]?.message).toMatch(
      /^spec\.url is shared with open-webui\.yaml, as recorded in helm_registries\/README\.md:\d+: copied from Ankra's folder at bb3348f/
    )
  })

  it('loads every file into the catalog once per process', async () => {
    const catalog = await loadBundledCatalog()
    expect(catalog.diagnostics).toEqual([])
    expect(catalog.entries).toHaveLength(119)
    expect(
      catalog.entries.filter((e) => e.kind === 'OCIRegistry')
    ).toHaveLength(14)
    expect(catalog.entries.find((e) => e.file === 'ankra.yaml')).toMatchObject({
      name: 'ankra-charts',
      url: 'https://ankraio.github.io/ankra-charts',
      origin: 'catalog:ankra.yaml'
    })
    expect(
      catalog.entries.find((e) => e.name === 'arr-stack')?.excludeCharts
    ).toEqual(['ha-apps', 'media-apps'])
    // Cached: the same promise, so a second caller pays nothing.
    expect(await loadBundledCatalog()).toBe(catalog)
  })
})
