/**
 * A stale generated validator (the schema edited, the file not regenerated)
 * must never change what is validated: the schema is then compiled with ajv,
 * which is loaded only for that. Validating without preparing first says
 * what to do instead of using the stale code.
 */
import { jest } from '@jest/globals'
import { SourceMap } from '../../src/definition/source-map.js'

jest.unstable_mockModule(
  '../../src/validate/schema-validator.generated.js',
  () => ({
    sourceHash: 'stale',
    // Accepts everything: were it used, no problem would be reported.
    validate: Object.assign(() => true, { errors: null })
  })
)
const schema = await import('../../src/validate/schema.js')

const unknownField = {
  apiVersion: 'v1',
  kind: 'ImportCluster',
  metadata: { name: 'prod' },
  spec: { stacks: [], colour: 'blue' }
}

test('a stale generated validator is refused until the schema is compiled', async () => {
  expect(schema.precompiledIsCurrent()).toBe(false)
  expect(() => schema.checkSchema(unknownField, new SourceMap())).toThrow(
    /prepareSchemaValidator|UPDATE_GENERATED=1/
  )
  await schema.prepareSchemaValidator()
  const diagnostics = schema.checkSchema(unknownField, new SourceMap())
  expect(diagnostics).toEqual([
    expect.objectContaining({ code: 'unknown-field' })
  ])
  expect(diagnostics[0]?.message).toMatch(/colour/)
})
