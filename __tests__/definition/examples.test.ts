/** The bundled example repository (examples/) must stay valid: new users copy it. */
import { resolve } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { checkDefinition } from '../../src/validate/check-definition.js'

const repoRoot = resolve(import.meta.dirname, '../..')

/** Validates examples/cluster.yaml with the repository root at `root`. */
async function validateExamples(root: string, file: string) {
  return checkDefinition({
    fs: createNodeFs(),
    root,
    file,
    mode: 'validate',
    ref: 'main'
  })
}

it('examples/cluster.yaml validates clean', async () => {
  const result = await validateExamples(
    resolve(repoRoot, 'examples'),
    'cluster.yaml'
  )
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  const definition = result.definition
  expect(definition?.stacks.map((s) => [s.name, s.deployWave])).toEqual([
    ['platform', 0],
    ['addons', 1],
    ['apps', 2]
  ])
  expect(
    definition?.stacks[1]?.addons.find((a) => a.name === 'shop-frontend')
      ?.values
  ).toMatchObject({
    message: 'shop frontend (demo)'
  })
})

it('validates clean from the root of this repository too, with the same manifest names', async () => {
  // The README's command, run at the root of a clone: examples/ is then a
  // folder inside the repository, and its raw-object files keep the names
  // its parents use (platform/namespaces/shop), as in a copy of its own.
  const nested = await validateExamples(repoRoot, 'examples/cluster.yaml')
  expect(nested.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  const own = await validateExamples(
    resolve(repoRoot, 'examples'),
    'cluster.yaml'
  )
  const names = (result: typeof own) =>
    result.definition?.stacks.flatMap((s) => s.manifests.map((m) => m.name))
  expect(names(nested)).toContain('platform/namespaces/shop')
  expect(names(nested)).toEqual(names(own))
})
