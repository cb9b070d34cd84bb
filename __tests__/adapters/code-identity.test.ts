/**
 * The code identity keys recorded inputs (state/unchanged-inputs.ts): a
 * sync skips validating only under the same identity, so any change to the
 * code that validates and plans must change it — whichever chunk of the
 * bundle that code sits in.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { identityOf } from '../../src/adapters/code-identity.js'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true })
  }
})

/** A bundle folder: an entry, two chunks and a schema beside it. */
function bundle(): { folder: string; schema: string } {
  const folder = mkdtempSync(join(tmpdir(), 'clustersync-identity-'))
  folders.push(folder)
  writeFileSync(join(folder, 'index.js'), 'entry')
  writeFileSync(join(folder, '202.index.js'), 'validator')
  writeFileSync(join(folder, '707.index.js'), 'cli')
  const schema = join(folder, 'schema.json')
  writeFileSync(schema, '{}')
  return { folder, schema }
}

describe('code identity', () => {
  it('changes when any chunk of the bundle changes, not only the one computing it', () => {
    const { folder, schema } = bundle()
    const module = join(folder, '707.index.js')
    const before = identityOf(folder, module, schema)
    expect(identityOf(folder, module, schema)).toBe(before)
    writeFileSync(join(folder, '202.index.js'), 'validator, new rule')
    const after = identityOf(folder, module, schema)
    expect(after).not.toBe(before)
    writeFileSync(schema, '{"type":"object"}')
    expect(identityOf(folder, module, schema)).not.toBe(after)
  })

  it('is the build id the build wrote beside the bundle, read instead of hashing', () => {
    const { folder, schema } = bundle()
    const module = join(folder, '707.index.js')
    const id = 'c'.repeat(64)
    writeFileSync(join(folder, 'build-id'), `${id}\n`)
    expect(identityOf(folder, module, schema)).toBe(`build:${id}`)
  })

  it('ignores a build id that is not a sha256 and hashes the files instead', () => {
    const { folder, schema } = bundle()
    const module = join(folder, '707.index.js')
    const hashed = identityOf(folder, module, schema)
    writeFileSync(join(folder, 'build-id'), 'not a digest\n')
    expect(identityOf(folder, module, schema)).toBe(hashed)
  })
})
