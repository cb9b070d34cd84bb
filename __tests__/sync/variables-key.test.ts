/**
 * Variables decide whether a re-run has nothing to do: the unchanged-files
 * key changes with any variable, and a secret value enters it only through
 * scrypt (never in clear, never a fast hash a guess could be tested on).
 */
import { createHash } from 'node:crypto'
import { inputsKey } from '../../src/sync/unchanged-check.js'
import type { SyncOptions } from '../../src/sync/sync-options.js'
import { variablesKeyPart } from '../../src/secrets/variables-digest.js'

const base = {
  build: 'build-1',
  file: 'cluster.yaml',
  ref: 'main'
} as unknown as SyncOptions
const key = (variables?: SyncOptions['variables']): string | undefined =>
  inputsKey({ ...base, ...(variables ? { variables } : {}) })

describe('inputsKey with cluster-level variables', () => {
  it('keeps the key of a run without variables', () => {
    expect(key({ plain: {}, secret: {} })).toBe(key())
  })

  it('changes with a plain or a secret value, not with their order', () => {
    const one = key({ plain: { a: '1', b: '2' }, secret: { t: 's3cret-1' } })
    expect(key({ plain: { b: '2', a: '1' }, secret: { t: 's3cret-1' } })).toBe(
      one
    )
    expect(
      key({ plain: { a: '1', b: '3' }, secret: { t: 's3cret-1' } })
    ).not.toBe(one)
    expect(
      key({ plain: { a: '1', b: '2' }, secret: { t: 's3cret-2' } })
    ).not.toBe(one)
  })

  it('holds a secret value neither in clear nor as its sha256', () => {
    const part = JSON.stringify(
      variablesKeyPart({ plain: {}, secret: { token: 's3cret-value' } })
    )
    expect(part).not.toContain('s3cret-value')
    for (const text of ['s3cret-value', '[["token","s3cret-value"]]']) {
      expect(part).not.toContain(
        createHash('sha256').update(text).digest('hex')
      )
    }
    expect(part).toMatch(/"secret":"[0-9a-f]{64}"/)
  })

  it('holds a secret value only as its scrypt digest at the pinned cost, so no faster hash can slip in', () => {
    // scrypt(JSON of the sorted [name, value] pairs, salt
    // "clustersync-secret-variables/1", 32 bytes, N=2^14, r=8, p=1),
    // written out so a change of algorithm, salt or cost fails here.
    expect(
      variablesKeyPart({ plain: {}, secret: { token: 's3cret-value' } })
    ).toEqual({
      plain: [],
      secretNames: ['token'],
      secret: 'f4e1b05b79a6361a9f0717af62435e99327332d11cd2dd15054f04ba6f88dcd9'
    })
  })
})
