/**
 * checkDefinition accepts the registry catalog as a loader and calls it only
 * when an add-on names a registry (`registry_name`): loading the bundled
 * catalog is a measurable part of a cold `validate`.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import type { RegistryLookup } from '../../src/definition/registry-lookup.js'
import { checkDefinition } from '../../src/validate/check-definition.js'

const head =
  'apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: demo\nspec:\n  stacks:\n    - name: apps\n'
const catalog: RegistryLookup = {
  find: (name) =>
    name === 'bitnami'
      ? {
          name: 'bitnami',
          url: 'https://charts.bitnami.com/bitnami',
          kind: 'HTTPRegistry',
          excludeCharts: [],
          origin: 'catalog:bitnami.yaml'
        }
      : undefined,
  names: () => ['bitnami']
}

async function check(
  stack: string
): Promise<{ calls: number; codes: string[] }> {
  let calls = 0
  const result = await checkDefinition({
    fs: new MemoryFs({ '/repo/cluster.yaml': head + stack }),
    root: '/repo',
    file: 'cluster.yaml',
    mode: 'validate',
    registries: () => {
      calls++
      return Promise.resolve(catalog)
    }
  })
  return { calls, codes: result.diagnostics.map((d) => d.code) }
}

describe('checkDefinition with a registry loader', () => {
  it('does not load the catalog when no add-on names a registry', async () => {
    expect(
      await check(
        '      addons:\n        - name: redis\n          chart_name: redis\n          chart_version: "1.0.0"\n          repository_url: https://charts.example.com\n'
      )
    ).toEqual({ calls: 0, codes: [] })
  })

  it('loads it once when an add-on uses registry_name', async () => {
    expect(
      await check(
        '      addons:\n        - name: redis\n          chart_name: redis\n          chart_version: "1.0.0"\n          registry_name: bitnami\n        - name: app\n          chart_name: app\n          chart_version: "1.0.0"\n          registry_name: bitnam\n'
      )
    ).toEqual({ calls: 1, codes: ['unknown-registry'] })
  })
})
