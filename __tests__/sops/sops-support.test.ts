/**
 * The small parts around decryption: which values an `encrypted_paths`
 * entry names (each of Ankra's four forms), what gets masked for a
 * decrypted value, and how age identity files are read.
 */
import { valuesNamedBy } from '../../src/sops/encrypted-paths.js'
import { hasSopsMetadata } from '../../src/sops/sops-metadata.js'
import { maskForms } from '../../src/sops/mask-forms.js'
import { parseAgeIdentities } from '../../src/sops/age-keys.js'
import { identity, identityFile } from './sops-fixtures.js'

const secret = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'db' },
  stringData: { PASSWORD: 'a', DB_USER: 'b', DB_PASS: 'c' },
  data: { '.dockerconfigjson': 'd', password: 'e' },
  sops: { mac: 'x' }
}

const paths = (entry: string, doc: unknown = secret): string[] =>
  valuesNamedBy(entry, doc).map((v) => v.path.join('.'))

describe('valuesNamedBy', () => {
  it('a leaf key names that key at any depth', () => {
    expect(paths('PASSWORD')).toEqual(['stringData.PASSWORD'])
    expect(paths('password')).toEqual(['data.password'])
  })

  it('a dotted path names that path from the root only', () => {
    expect(paths('stringData.PASSWORD')).toEqual(['stringData.PASSWORD'])
    expect(paths('PASSWORD.stringData')).toEqual([])
    expect(
      paths('auth.password', {
        auth: { password: 'p' },
        x: { auth: { password: 'q' } }
      })
    ).toEqual(['auth.password'])
  })

  it('a leading dot names a literal key with a dot in it', () => {
    expect(paths('.dockerconfigjson')).toEqual(['data..dockerconfigjson'])
  })

  it('glob: matches within one key with *, across keys with **', () => {
    expect(paths('glob:stringData.DB_*')).toEqual([
      'stringData.DB_USER',
      'stringData.DB_PASS'
    ])
    expect(paths('glob:**.password')).toEqual(['data.password'])
    expect(paths('glob:*.DB_*')).toHaveLength(2)
  })

  it('glob: ** spans any number of keys, none included', () => {
    const nested = {
      spec: { password: 'a', db: { primary: { password: 'b' } }, user: 'c' }
    }
    expect(paths('glob:spec.**.password', nested)).toEqual([
      'spec.password',
      'spec.db.primary.password'
    ])
  })

  it('glob: a pattern made to backtrack ends at once', () => {
    const long = { data: { ['a'.repeat(10_000)]: 'x' } }
    expect(paths(`glob:data.${'a*'.repeat(100)}b`, long)).toEqual([])
  })

  it('a mapping named covers every value under it, never the sops block', () => {
    expect(paths('stringData')).toHaveLength(3)
    expect(paths('mac')).toEqual([])
  })
})

describe('maskForms', () => {
  it('masks the value and its base64', () => {
    expect(maskForms('s3cr3t-value')).toEqual([
      's3cr3t-value',
      Buffer.from('s3cr3t-value').toString('base64')
    ])
  })

  it("masks what a Secret's base64 data decodes to", () => {
    const encoded = Buffer.from('decoded-secret').toString('base64')
    expect(maskForms(encoded)).toContain('decoded-secret')
  })

  it('masks each line of a multi-line value, but not lines too short to hide anything', () => {
    const forms = maskForms('{\n  "token": "abc123xyz"\n}')
    expect(forms).toContain('"token": "abc123xyz"')
    expect(forms).not.toContain('{')
    expect(forms).not.toContain('}')
  })

  it('masks nothing for an empty value (it would mask everything)', () => {
    expect(maskForms('')).toEqual([])
    expect(maskForms('  ')).toEqual([])
  })
})

describe('parseAgeIdentities', () => {
  it("reads age-keygen's file, comments and all", () => {
    expect(
      parseAgeIdentities(identityFile('test-only-age-key'), 'the input')
    ).toEqual([identity('test-only-age-key')])
  })

  it('reads several keys, one per line', () => {
    const both = `${identityFile('test-only-age-key')}\n${identityFile('test-only-second-age-key')}`
    expect(parseAgeIdentities(both, 'x')).toHaveLength(2)
  })

  it('names the line of something else, never quoting it', () => {
    const text = `# created\nAGE-SECRET-KEY-1ABC\nnot-a-key-hunter2\n`
    expect(() => parseAgeIdentities(text, 'input "sops-age-key"')).toThrow(
      /^input "sops-age-key", line 3: not an age identity/
    )
    expect(() => parseAgeIdentities(text, 'x')).not.toThrow(/hunter2/)
  })

  it('refuses plugin identities by name', () => {
    expect(() => parseAgeIdentities('AGE-PLUGIN-YUBIKEY-1XYZ', 'x')).toThrow(
      /age plugin identities are not supported/
    )
  })
})

describe('hasSopsMetadata', () => {
  const enc = 'ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]'

  it('is true for a file sops wrote, and for a damaged one that holds ciphertext', () => {
    expect(
      hasSopsMetadata({
        a: enc,
        sops: { mac: enc, lastmodified: '2026-01-01T00:00:00Z' }
      })
    ).toBe(true)
    expect(hasSopsMetadata({ a: enc, sops: { age: [] } })).toBe(true)
  })

  it('is false for a plain file that has a sops: key of its own', () => {
    expect(hasSopsMetadata({ replicas: 1, sops: { enabled: false } })).toBe(
      false
    )
    expect(hasSopsMetadata({ sops: 'yes' })).toBe(false)
  })
})
