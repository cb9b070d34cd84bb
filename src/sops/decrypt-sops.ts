/**
 * Decrypts a SOPS-encrypted YAML file in memory, as `sops decrypt` does
 * (getsops/sops 3.x `sops.go` Tree.Decrypt, `aes/cipher.go`): the data key
 * comes from an age stanza, each encrypted value is AES-256-GCM with its key
 * path (`a:b:c:`) as additional data, and the MAC (SHA-512 over the values
 * in file order, encrypted with `lastmodified` as additional data) is
 * verified before anything is returned. The age layer is `age-encryption`,
 * by age's author; the tree format is small and documented, so it lives here.
 */
import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto'
import { Decrypter, armor } from 'age-encryption'
import { isRecord } from '../definition/plain-data.js'
import { keysInFileOrder } from './key-order.js'
import {
  hasSopsMetadata,
  readSopsMetadata,
  encryptedPathTest,
  SopsError,
  SopsKeyError,
  sopsKey,
  type SopsMetadata
} from './sops-metadata.js'

/** The documents of a file, decrypted, and every plaintext they revealed. */
export interface DecryptedFile {
  /** The documents in file order, without the `sops` block. */
  documents: unknown[]
  /** Each decrypted value as text (for masking; never to be printed). */
  plaintexts: string[]
}

// sops.go MACOnlyEncryptedInitialization: sha256("sops"), so a MAC made
// with mac_only_encrypted never equals one made without it.
const macOnlyInitialization = Buffer.from(
  '8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69',
  'hex'
)

const ciphertext =
  /^ENC\[AES256_GCM,data:([^,]*),iv:([^,]+),tag:([^,]+),type:([a-z]+)\]$/

/** Opens one `ENC[…]` value; throws `SopsError` naming the path, never the value. */
function openValue(value: string, key: Buffer, keys: string[]): string {
  const path = keys.join('.')
  const match = ciphertext.exec(value)
  if (!match) throw new SopsError('the encrypted value is malformed', path)
  const [, data = '', iv = '', tag = ''] = match
  try {
    const ivBytes = Buffer.from(iv, 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, {
      authTagLength: 16
    })
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    decipher.setAAD(Buffer.from(`${keys.join(':')}:`, 'utf8'))
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64')),
      decipher.final()
    ]).toString('utf8')
  } catch {
    throw new SopsError(
      'the encrypted value does not authenticate (tampered, moved to another key, or encrypted with another data key)',
      path
    )
  }
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64): the shortest digits, never an exponent. */
export function formatGoFloat(n: number): string {
  const text = String(n)
  const exp = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!exp) return text
  const [, sign = '', lead = '', rest = '', power = '0'] = exp
  const digits = lead + rest
  const point = 1 + Number(power)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length)
    return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** The value a decrypted plaintext of SOPS type `type` stands for. */
function typed(text: string, type: string, path: string): unknown {
  switch (type) {
    case 'str':
    case 'bytes':
    case 'time':
      return text
    case 'int':
    case 'float': {
      const n = Number(text)
      if (text.trim() === '' || Number.isNaN(n))
        throw new SopsError(`the decrypted ${type} is not a number`, path)
      return n
    }
    case 'bool':
      // Go's strconv.ParseBool.
      if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true
      if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
        return false
      throw new SopsError('the decrypted bool is not a boolean', path)
    default:
      throw new SopsError(
        `the encrypted value has an unknown type "${type}"`,
        path
      )
  }
}

/** The bytes SOPS's ToBytes hashes for a value. */
function macBytes(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 2 ** 63
      ? BigInt(value).toString()
      : formatGoFloat(value)
  return String(value)
}

interface Walk {
  meta: SopsMetadata
  /** Whether the rule encrypts the value at a path. */
  encrypts: (path: readonly string[]) => boolean
  key: Buffer
  hash: ReturnType<typeof createHash>
  plaintexts: string[]
}

function walkValue(value: unknown, path: string[], walk: Walk): unknown {
  if (value === null || value === undefined) return value
  if (Array.isArray(value)) {
    // SOPS does not add an index to the path for list items.
    return value.map((item: unknown) => walkValue(item, path, walk))
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    // In the file's order: the MAC depends on it (key-order.ts).
    for (const k of keysInFileOrder(value)) {
      out[k] = walkValue(value[k], [...path, k], walk)
    }
    return out
  }
  const encrypted = walk.encrypts(path)
  const dotted = path.join('.')
  let result: unknown = value
  if (encrypted) {
    if (typeof value !== 'string') {
      throw new SopsError(
        'the value should be encrypted but is written in plain text',
        dotted
      )
    }
    // SOPS leaves empty strings empty rather than encrypting them.
    if (value !== '') {
      if (!value.startsWith('ENC['))
        throw new SopsError(
          'the value should be encrypted but is written in plain text',
          dotted
        )
      const text = openValue(value, walk.key, path)
      const type = ciphertext.exec(value)?.[4] ?? 'str'
      result = typed(text, type, dotted)
      walk.plaintexts.push(text)
    }
  }
  if (!walk.meta.macOnlyEncrypted || encrypted) {
    walk.hash.update(macBytes(result), 'utf8')
  }
  return result
}

/** The data key, from the first age stanza one of `identities` opens. */
async function dataKey(
  meta: SopsMetadata,
  identities: readonly string[]
): Promise<Buffer> {
  const kinds = meta.otherKinds.join(', ')
  if (meta.ageStanzas.length === 0) {
    throw new SopsError(
      `the file is encrypted only for ${kinds || 'no key at all'}; ClusterSync decrypts with age keys only`
    )
  }
  if (identities.length === 0) {
    throw new SopsKeyError(
      'the file is SOPS-encrypted and no age key was given (the sops-age-key input; for the CLI SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or sops/age/keys.txt in the user config folder)'
    )
  }
  // A key that does not decode (one character mistyped) is left out, and
  // said without itself: age's error quotes the whole key.
  const usable = identities.filter((identity) => {
    try {
      new Decrypter().addIdentity(identity)
      return true
    } catch {
      return false
    }
  })
  const broken = identities.length - usable.length
  for (const stanza of meta.ageStanzas) {
    const decrypter = new Decrypter()
    for (const identity of usable) decrypter.addIdentity(identity)
    let key: Uint8Array
    try {
      key = await decrypter.decrypt(armor.decode(stanza.enc), 'uint8array')
    } catch {
      continue
    }
    if (key.length !== 32)
      throw new SopsError('the data key in the sops block is not 32 bytes')
    return Buffer.from(key)
  }
  const recipients = meta.ageStanzas.map((s) => s.recipient).join(', ')
  const undecodable =
    broken > 0
      ? `; ${broken === 1 ? 'one of the given keys does' : `${broken} of the given keys do`} not decode as an age identity (a character wrong, missing or extra: copy it again whole)`
      : ''
  throw new SopsKeyError(
    `none of the given age keys opens it (encrypted for age recipients ${recipients}${kinds ? `, and ${kinds}` : ''})${undecodable}`
  )
}

/**
 * Decrypts the documents of one SOPS-encrypted file (the first carries the
 * `sops` block; SOPS writes one block for all documents of a file) and
 * verifies the MAC over all of them. Throws `SopsError` for a missing or
 * wrong key, a value that does not authenticate, plain text where the rules
 * say ciphertext, and a MAC mismatch; its message never quotes a value.
 */
export async function decryptSopsFile(
  documents: readonly unknown[],
  identities: readonly string[]
): Promise<DecryptedFile> {
  const meta = readSopsMetadata(documents.find(hasSopsMetadata))
  const encrypts = await encryptedPathTest(meta.rule)
  const key = await dataKey(meta, identities)
  const walk: Walk = {
    meta,
    encrypts,
    key,
    hash: createHash('sha512'),
    plaintexts: []
  }
  if (meta.macOnlyEncrypted) walk.hash.update(macOnlyInitialization)
  const out = documents.map((document) => {
    if (!isRecord(document)) return walkValue(document, [], walk)
    const rest = Object.fromEntries(
      Object.entries(document).filter(([k]) => k !== sopsKey)
    )
    return walkValue(rest, [], walk)
  })
  const computed = walk.hash.digest('hex').toUpperCase()
  let recorded: string
  try {
    recorded = openMac(meta, key)
  } catch {
    throw new SopsError(
      'the MAC in the sops block does not authenticate (the block was tampered with)'
    )
  }
  const a = Buffer.from(computed)
  const b = Buffer.from(recorded.toUpperCase())
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new SopsError(
      'the MAC does not match the values (the file was changed after it was encrypted)'
    )
  }
  return { documents: out, plaintexts: walk.plaintexts }
}

function openMac(meta: SopsMetadata, key: Buffer): string {
  const match = ciphertext.exec(meta.mac)
  if (!match) throw new SopsError('malformed mac')
  const [, data = '', iv = '', tag = ''] = match
  const decipher = createDecipheriv(
    'aes-256-gcm',
    key,
    Buffer.from(iv, 'base64'),
    { authTagLength: 16 }
  )
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  decipher.setAAD(Buffer.from(meta.lastModified, 'utf8'))
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64')),
    decipher.final()
  ]).toString('utf8')
}
