/**
 * Property tests: whatever the input — random YAML text, random values, or
 * a valid definition mutated (keys deleted, values of the wrong type,
 * includes pointing anywhere) — loading and validating resolve with
 * diagnostics and never throw.
 */
import fc from 'fast-check'
import { stringify } from 'yaml'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { loadDefinition } from '../../src/definition/load.js'
import { validateDefinition } from '../../src/validate/check-definition.js'
import { testRegistries } from './test-registries.js'

const valid = {
  apiVersion: 'v1',
  kind: 'ImportCluster',
  metadata: { name: 'demo' },
  spec: {
    git_repository: { provider: 'github', branch: 'main' },
    helm_registries: [{ name: 'own', url: 'oci://ghcr.io/acme' }],
    stacks: [
      {
        name: 'platform',
        deploy_wave: 0,
        variables: { env: 'prod' },
        manifests: [
          { name: 'ns', from_file: 'ns.yaml' },
          { include: 'more/' },
          {
            name: 'cm',
            manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}',
            parents: [{ manifest: 'ns' }]
          }
        ],
        addons: [
          {
            name: 'web',
            chart_name: 'app',
            chart_version: '1.0.0',
            registry_name: 'own',
            parents: [{ name: 'ns', kind: 'manifest' }],
            configuration: { values: 'a: ${{ ankra.env }}' }
          },
          { include: 'addon.yaml' }
        ]
      },
      { include: 'stack.yaml' }
    ]
  }
}

const extraFiles: Record<string, string> = {
  '/repo/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n',
  '/repo/more/a.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n',
  '/repo/addon.yaml':
    'name: other\nchart_name: ./charts/x\nchart_version: "1"\n',
  '/repo/stack.yaml':
    '- name: second\n  manifests:\n    - include: stack.yaml\n'
}

const anyValue = fc.jsonValue({ maxDepth: 3 })

/** Paths into the valid definition, for mutations. */
function paths(
  value: unknown,
  prefix: (string | number)[] = []
): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix]
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value)
  return [
    prefix,
    ...keys.flatMap((k) =>
      paths((value as Record<string | number, unknown>)[k], [...prefix, k])
    )
  ]
}
const allPaths = paths(valid).filter((p) => p.length > 0)

function mutate(
  path: (string | number)[],
  replacement: unknown,
  remove: boolean
): unknown {
  const copy: unknown = structuredClone(valid)
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1))
    parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (remove && !Array.isArray(parent)) delete parent[last]
  else parent[last] = replacement
  return copy
}

async function run(files: Record<string, string | Uint8Array>): Promise<void> {
  const fs = new MemoryFs(files)
  const loaded = await loadDefinition({
    fs,
    root: '/repo',
    file: 'cluster.yaml'
  })
  const result = validateDefinition(loaded, {
    mode: 'sync',
    ref: 'dev',
    registries: testRegistries()
  })
  expect(Array.isArray(result.diagnostics)).toBe(true)
}

describe('loadDefinition + validateDefinition never throw', () => {
  it('on random text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 })
        ),
        async (content) => {
          await run({ '/repo/cluster.yaml': content })
        }
      ),
      { numRuns: 1500 }
    )
  })

  it('on random YAML values', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (value) => {
        await run({ '/repo/cluster.yaml': stringify(value) })
      }),
      { numRuns: 1500 }
    )
  })

  it('on mutated valid definitions with includes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...allPaths),
        fc.oneof(
          anyValue,
          fc.constantFrom(
            '../x.yaml',
            '/etc/passwd',
            'more/',
            '**/*.yaml',
            'cluster.yaml',
            'stack.yaml',
            './charts/x',
            '${{ ankra.env }}',
            1.2,
            true
          )
        ),
        fc.boolean(),
        async (path, replacement, remove) => {
          await run({
            ...extraFiles,
            '/repo/cluster.yaml': stringify(mutate(path, replacement, remove))
          })
        }
      ),
      { numRuns: 2000 }
    )
  })
})
