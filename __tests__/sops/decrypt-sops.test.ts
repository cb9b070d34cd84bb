/**
 * decryptSopsFile on files the real sops 3.13 wrote (__fixtures__/sops,
 * scripts/make-sops-fixtures.sh): each encryption rule, mac_only_encrypted,
 * several recipients, several documents; and every way a file can be
 * refused: no key, a wrong key, a value or the MAC tampered with, a value
 * moved to another key, plain text where the rules say ciphertext.
 */
import { decryptSopsFile, formatGoFloat } from '../../src/sops/decrypt-sops.js'
import { encrypted, identity, plain } from './sops-fixtures.js'

const key = identity('test-only-age-key')

type Doc = Record<string, Record<string, unknown>>

/** A deep copy of a fixture's documents, to tamper with. */
function copy(name: string): Doc[] {
  return structuredClone(encrypted(name)) as Doc[]
}

describe('decryptSopsFile on files sops wrote', () => {
  it.each([
    ['secret-regex', 'encrypted_regex ^(data|stringData)$'],
    ['default-suffix', 'no rule: everything but *_unencrypted'],
    ['encrypted-suffix', 'encrypted_suffix _secret'],
    ['unencrypted-regex', 'unencrypted_regex on the identity fields'],
    ['mac-only-encrypted', 'mac_only_encrypted'],
    ['multi-recipient', 'two age recipients'],
    ['multi-doc', 'two documents, one sops block'],
    ['integer-keys', 'integer-like keys after others, at every depth']
  ])('%s (%s) decrypts to the plaintext it was made from', async (name) => {
    const file = await decryptSopsFile(encrypted(name), [key])
    expect(file.documents).toEqual(plain(name))
  })

  it('json-manifest (a JSON file sops wrote, tab-indented) decrypts to its plaintext', async () => {
    const file = await decryptSopsFile(encrypted('json-manifest', 'json'), [
      key
    ])
    expect(file.documents).toEqual(plain('json-manifest', 'json'))
  })

  it('leaves what the rule does not cover as written (no ENC[ in it)', () => {
    const docs = encrypted('secret-regex') as Doc[]
    expect(docs[0]?.metadata?.name).toBe('db-credentials')
    expect(String(docs[0]?.stringData?.DB_PASSWORD)).toMatch(/^ENC\[AES256_GCM/)
    const values = encrypted('default-suffix') as Doc[]
    expect(values[0]?.auth?.note_unencrypted).toBe('stays readable')
    expect(String(values[0]?.auth?.retries)).toMatch(/type:int\]$/)
  })

  it('keeps types: int, float, bool and the empty string', async () => {
    const [values] = (await decryptSopsFile(encrypted('default-suffix'), [key]))
      .documents as Doc[]
    expect(values?.auth).toMatchObject({
      retries: 3,
      ratio: 0.75,
      enabled: true,
      empty: ''
    })
    expect(values?.replicaCount).toBe(2)
  })

  it('returns every decrypted value, for masking', async () => {
    const file = await decryptSopsFile(encrypted('secret-regex'), [key])
    expect(file.plaintexts).toEqual(
      expect.arrayContaining([
        'correct-horse-battery-staple-7741',
        'shop-app',
        expect.stringContaining('-----BEGIN FAKE TEST CERT-----\n')
      ])
    )
    expect(file.plaintexts).not.toContain('db-credentials')
  })

  it('opens a file for two recipients with either key alone', async () => {
    const second = identity('test-only-second-age-key')
    const file = await decryptSopsFile(encrypted('multi-recipient'), [second])
    expect(file.documents).toEqual(plain('multi-recipient'))
  })

  it('tries every key given, in any order', async () => {
    const other = identity('test-only-unrelated-age-key')
    const file = await decryptSopsFile(encrypted('secret-regex'), [other, key])
    expect(file.documents).toEqual(plain('secret-regex'))
  })
})

describe('decryptSopsFile and a key with a typo', () => {
  // One character changed keeps the key's shape but breaks its checksum;
  // age's own error quotes the whole key.
  const typo = `${key.slice(0, 40)}${key[40] === 'Q' ? 'P' : 'Q'}${key.slice(41)}`

  it('refuses it without quoting it, saying it does not decode', async () => {
    const error = await decryptSopsFile(encrypted('secret-regex'), [
      typo
    ]).catch((e: unknown) => e)
    expect(String(error)).toMatch(
      /none of the given age keys opens it .*one of the given keys does not decode as an age identity/
    )
    expect(String(error)).not.toContain(typo.slice(15, 60))
    expect(String(error)).not.toContain(key.slice(15, 60))
  })

  it('still opens the file with another key given', async () => {
    const file = await decryptSopsFile(encrypted('secret-regex'), [typo, key])
    expect(file.documents).toEqual(plain('secret-regex'))
  })
})

describe('decryptSopsFile refuses', () => {
  it('a file when no key is given', async () => {
    await expect(
      decryptSopsFile(encrypted('secret-regex'), [])
    ).rejects.toThrow(/no age key was given/)
  })

  it('a wrong key, naming the recipients the file is for', async () => {
    const other = identity('test-only-unrelated-age-key')
    const docs = encrypted('secret-regex') as Doc[]
    const recipient = (docs[0]?.sops?.age as { recipient: string }[])[0]
      ?.recipient
    const error = await decryptSopsFile(docs, [other]).catch((e: unknown) => e)
    expect(String(error)).toMatch(/none of the given age keys opens it/)
    expect(String(error)).toContain(String(recipient))
  })

  it('a tampered value, naming its path and never its content', async () => {
    const docs = copy('secret-regex')
    const value = String(docs[0]!.stringData!.DB_PASSWORD)
    const flipped = value.replace(/data:(.)/, (_, c: string) =>
      c === 'A' ? 'data:B' : 'data:A'
    )
    docs[0]!.stringData!.DB_PASSWORD = flipped
    const error = await decryptSopsFile(docs, [key]).catch((e: unknown) => e)
    expect(error).toMatchObject({ path: 'stringData.DB_PASSWORD' })
    expect(String(error)).toMatch(/does not authenticate/)
    expect(String(error)).not.toContain(flipped)
  })

  it('a ciphertext moved to another key (its path is authenticated)', async () => {
    const docs = copy('secret-regex')
    docs[0]!.stringData!.DB_PASSWORD = docs[0]!.stringData!.DB_USER
    await expect(decryptSopsFile(docs, [key])).rejects.toMatchObject({
      path: 'stringData.DB_PASSWORD'
    })
  })

  it('a changed plain value the MAC covers', async () => {
    const docs = copy('secret-regex')
    docs[0]!.metadata!.name = 'someone-elses-secret'
    await expect(decryptSopsFile(docs, [key])).rejects.toThrow(
      /MAC does not match/
    )
  })

  it('but not a changed plain value under mac_only_encrypted', async () => {
    const docs = copy('mac-only-encrypted')
    ;(docs[0]!.metadata!.labels as Record<string, string>).tier = 'frontend'
    const file = await decryptSopsFile(docs, [key])
    expect((file.documents[0] as Doc).stringData?.PASSWORD).toBe(
      'pw-mac-only-encrypted-3317'
    )
  })

  it('documents swapped in a multi-document file', async () => {
    const docs = copy('multi-doc')
    const [first, second] = docs
    const block = first!.sops
    delete first!.sops
    await expect(
      decryptSopsFile([{ ...second!, sops: block! }, first!], [key])
    ).rejects.toThrow(/MAC does not match|does not authenticate/)
  })

  it('a tampered MAC', async () => {
    const docs = copy('secret-regex')
    const mac = String(docs[0]!.sops!.mac)
    docs[0]!.sops!.mac = mac.replace(/data:(.)/, (_, c: string) =>
      c === 'A' ? 'data:B' : 'data:A'
    )
    await expect(decryptSopsFile(docs, [key])).rejects.toThrow(
      /MAC in the sops block does not authenticate/
    )
  })

  it('plain text where the rules say ciphertext, naming the path', async () => {
    const docs = copy('secret-regex')
    docs[0]!.stringData!.DB_PASSWORD = 'committed-by-mistake'
    const error = await decryptSopsFile(docs, [key]).catch((e: unknown) => e)
    expect(error).toMatchObject({ path: 'stringData.DB_PASSWORD' })
    expect(String(error)).toMatch(/written in plain text/)
    expect(String(error)).not.toContain('committed-by-mistake')
  })

  it('a file encrypted only for other key kinds, naming them', async () => {
    const docs = copy('secret-regex')
    docs[0]!.sops!.age = []
    docs[0]!.sops!.pgp = [{ fp: 'ABCDEF' }]
    docs[0]!.sops!.kms = [{ arn: 'arn:aws:kms:eu-west-1:1:key/x' }]
    await expect(decryptSopsFile(docs, [key])).rejects.toThrow(
      /encrypted only for PGP, AWS KMS; ClusterSync decrypts with age keys only/
    )
  })

  it('a pattern that backtracks, written by a pull request into the sops block (outside the MAC), ends in linear time', async () => {
    const docs = copy('secret-regex')
    docs[0]!.sops!.encrypted_regex = '^(a+)+$'
    // A backtracking engine takes about 2^40 steps on this key.
    docs[0]![`${'a'.repeat(40)}!`] = { x: 'y' }
    await expect(decryptSopsFile(docs, [key])).rejects.toThrow(/MAC/)
  })

  it('reads encrypted_regex as Go (RE2) reads it', async () => {
    const docs = copy('secret-regex')
    // Go's syntax for a named group; a JavaScript RegExp refuses `(?P<`.
    docs[0]!.sops!.encrypted_regex = '^(?P<section>data|stringData)$'
    const file = await decryptSopsFile(docs, [key])
    expect(file.documents).toEqual(plain('secret-regex'))
  })

  it('rules SOPS itself refuses or that need comments', async () => {
    const two = copy('secret-regex')
    two[0]!.sops!.encrypted_suffix = '_secret'
    await expect(decryptSopsFile(two, [key])).rejects.toThrow(
      /sets encrypted_suffix and encrypted_regex; SOPS allows only one/
    )
    const comments = copy('default-suffix')
    delete comments[0]!.sops!.unencrypted_suffix
    comments[0]!.sops!.encrypted_comment_regex = 'sops:enc'
    await expect(decryptSopsFile(comments, [key])).rejects.toThrow(
      /encrypted_comment_regex, which ClusterSync does not support/
    )
  })
})

describe('formatGoFloat', () => {
  it.each([
    [0.75, '0.75'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e22, '-25000000000000000000000']
  ])('%p → %s, as strconv.FormatFloat(f, f, -1, 64)', (n, text) => {
    expect(formatGoFloat(n)).toBe(text)
  })
})
