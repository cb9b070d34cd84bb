/** The bundled example repository (examples/) must stay valid: new users copy it. */
import { resolve } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { checkDefinition } from '../../src/validate/validate.js'

it('examples/cluster.yaml validates clean', async () => {
  const result = await checkDefinition({
    fs: createNodeFs(),
    root: resolve(import.meta.dirname, '../../examples'),
    file: 'cluster.yaml',
    mode: 'validate',
    ref: 'main'
  })
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
