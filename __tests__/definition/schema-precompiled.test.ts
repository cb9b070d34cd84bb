/**
 * The schema validator is generated ahead of time (ajv standalone) so a cold
 * run does not compile the schema. schema.ts falls back to compiling when the
 * generated file is stale; this test keeps it current. Regenerate with
 * `UPDATE_GENERATED=1 npm test -- __tests__/definition/schema-precompiled`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import {
  generateValidatorModule,
  generatedValidatorPath
} from './schema-codegen.js'
import { schemaText } from '../../src/package-files.js'
import { precompiledIsCurrent } from '../../src/validate/schema.js'

test('the generated schema validator is current', async () => {
  const expected = await generateValidatorModule(schemaText())
  if (process.env.UPDATE_GENERATED === '1') {
    writeFileSync(generatedValidatorPath, expected)
  }
  const current = readFileSync(generatedValidatorPath, 'utf8') === expected
  if (!current) {
    throw new Error(
      `${generatedValidatorPath} is stale; run UPDATE_GENERATED=1 npm test -- __tests__/definition/schema-precompiled`
    )
  }
  if (process.env.UPDATE_GENERATED !== '1') {
    expect(precompiledIsCurrent()).toBe(true)
  }
}, 60_000)
