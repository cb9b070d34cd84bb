/**
 * Golden fixtures: each folder of __fixtures__/definitions/ is a small
 * repository (definition at cluster.yaml, optional case.json with ref, mode
 * and another definition path) and expected.json holds the diagnostics it must produce, with
 * file:line:column. Regenerate with UPDATE_GOLDEN=1, then review the diff.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import type { RegistryLookup } from '../../src/definition/registry-lookup.js'
import { checkDefinition } from '../../src/validate/check-definition.js'
import { testRegistries } from './test-registries.js'

const fixtures = resolve(import.meta.dirname, '../../__fixtures__/definitions')
const update = process.env.UPDATE_GOLDEN === '1'
const cases = readdirSync(fixtures).sort()

interface CaseOptions {
  ref?: string
  mode?: 'validate' | 'sync'
  /** The definition's repository-relative path, when it is not at the root. */
  definition?: string
}

function caseOptions(dir: string): CaseOptions {
  const file = join(dir, 'case.json')
  if (!existsSync(file)) return {}
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const record = typeof parsed === 'object' && parsed !== null ? parsed : {}
  const ref =
    'ref' in record && typeof record.ref === 'string' ? record.ref : undefined
  const mode = 'mode' in record && record.mode === 'sync' ? 'sync' : 'validate'
  const definition =
    'definition' in record && typeof record.definition === 'string'
      ? record.definition
      : undefined
  return { ref, mode, definition }
}

const registries: RegistryLookup = testRegistries()

describe('golden definitions', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(20)
  })

  it.each(cases)('%s', async (name) => {
    const dir = join(fixtures, name)
    const options = caseOptions(dir)
    const result = await checkDefinition({
      fs: createNodeFs(),
      root: dir,
      file: options.definition ?? 'cluster.yaml',
      mode: options.mode ?? 'validate',
      ref: options.ref,
      registries
    })
    const actual = {
      valid: result.definition !== undefined,
      diagnostics: result.diagnostics
    }
    const expectedFile = join(dir, 'expected.json')
    if (update || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
    }
    const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'))
    expect(JSON.parse(JSON.stringify(actual))).toEqual(expected)
  })
})
