/**
 * The `sops:` block of a SOPS-encrypted YAML file, read as SOPS 3 reads it
 * (getsops/sops `stores/stores.go`): which values are encrypted, how the MAC
 * is computed, and which keys can open the data key. Only age keys are
 * usable here; the other kinds are recognised so an error can name them.
 */
import { isRecord } from '../definition/plain-data.js'

/** The metadata key SOPS adds at the top level of a file's first document. */
export const sopsKey = 'sops'

/** SOPS's default when a file names none of the encryption rules. */
export const defaultUnencryptedSuffix = '_unencrypted'

/** Key kinds SOPS supports besides age, by their metadata key. */
export const otherKeyKinds = {
  pgp: 'PGP',
  kms: 'AWS KMS',
  gcp_kms: 'GCP KMS',
  azure_kv: 'Azure Key Vault',
  hc_vault: 'HashiCorp Vault',
  hckms: 'HuaweiCloud KMS'
} as const

/** Which values a file encrypts: at most one rule, as SOPS enforces. */
export type EncryptionRule =
  | { kind: 'unencrypted_suffix'; value: string }
  | { kind: 'encrypted_suffix'; value: string }
  | { kind: 'unencrypted_regex'; value: string }
  | { kind: 'encrypted_regex'; value: string }

export interface SopsMetadata {
  rule: EncryptionRule
  macOnlyEncrypted: boolean
  /** `lastmodified` as SOPS formats it back (RFC 3339, whole seconds): the MAC's additional data. */
  lastModified: string
  /** The encrypted MAC (`ENC[…]`). */
  mac: string
  /** The armored age files that each hold the data key. */
  ageStanzas: { recipient: string; enc: string }[]
  /** Names of the other key kinds the file is encrypted for (for errors). */
  otherKinds: string[]
}

/** Thrown for anything wrong with a file's SOPS data; the message never quotes a value. */
export class SopsError extends Error {
  override readonly name = 'SopsError'
  constructor(
    message: string,
    /** The key path of the value concerned, e.g. `stringData.PASSWORD`. */
    readonly path?: string
  ) {
    super(message)
  }
}

/**
 * No age key was given, or none of those given opens the file: a key
 * source that could not be read may be why (decrypt-step.ts says so).
 */
export class SopsKeyError extends SopsError {}

/**
 * True when a parsed YAML document carries SOPS's top-level metadata: a
 * `sops:` mapping as `sops encrypt` writes it (with its `mac` or
 * `lastmodified`), or any `sops:` mapping beside a ciphertext (a damaged
 * file, whose decryption then says what is missing). A plain file that
 * merely has a `sops:` key of its own (a chart's values may) is plain: it
 * used to fail its step as a file that could not be decrypted.
 */
export function hasSopsMetadata(document: unknown): boolean {
  if (!isRecord(document)) return false
  const meta = document[sopsKey]
  if (!isRecord(meta)) return false
  return (
    typeof meta.mac === 'string' ||
    typeof meta.lastmodified === 'string' ||
    containsCiphertext(document)
  )
}

/** True when a value looks like a SOPS ciphertext (`ENC[AES256_GCM,…]`). */
export function isSopsCiphertext(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('ENC[AES256_GCM,data:')
}

/** True when any leaf of `value` is a SOPS ciphertext. */
export function containsCiphertext(value: unknown, depth = 0): boolean {
  // Parsed YAML is bounded by the loader's nesting limit; this is a guard.
  if (depth > 200) return false
  // Loops, not `some` over `Object.values`: every object of every file is
  // walked at load and again per step, and the closures and value arrays
  // were most of that walk's cost.
  if (Array.isArray(value)) {
    for (const item of value)
      if (containsCiphertext(item, depth + 1)) return true
    return false
  }
  if (isRecord(value)) {
    for (const key in value) {
      if (
        Object.hasOwn(value, key) &&
        containsCiphertext(value[key], depth + 1)
      )
        return true
    }
    return false
  }
  return isSopsCiphertext(value)
}

const text = (block: Record<string, unknown>, key: string): string => {
  const value = block[key]
  return typeof value === 'string' ? value : ''
}

function readRule(block: Record<string, unknown>): EncryptionRule {
  const given = (
    [
      'unencrypted_suffix',
      'encrypted_suffix',
      'unencrypted_regex',
      'encrypted_regex',
      'unencrypted_comment_regex',
      'encrypted_comment_regex'
    ] as const
  ).filter((key) => text(block, key) !== '')
  const [kind, ...more] = given
  if (more.length > 0) {
    throw new SopsError(
      `the sops block sets ${given.join(' and ')}; SOPS allows only one`
    )
  }
  if (kind === undefined) {
    return { kind: 'unencrypted_suffix', value: defaultUnencryptedSuffix }
  }
  if (
    kind === 'unencrypted_comment_regex' ||
    kind === 'encrypted_comment_regex'
  ) {
    // The rule depends on YAML comments, which the parsed document no
    // longer holds; guessing would either fail the MAC or skip a value.
    throw new SopsError(
      `the sops block sets ${kind}, which ClusterSync does not support; re-encrypt with encrypted_regex or encrypted_suffix`
    )
  }
  return { kind, value: text(block, kind) }
}

/**
 * SOPS writes `lastmodified` with Go's `time.RFC3339` and re-formats what it
 * parsed before using it as the MAC's additional data, so fractional seconds
 * (which RFC3339 drops) must go.
 */
function formatLastModified(value: string): string {
  return value.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, '')
}

function readAge(block: Record<string, unknown>): SopsMetadata['ageStanzas'] {
  const entries = Array.isArray(block.age) ? block.age : []
  return entries.filter(isRecord).map((entry) => ({
    recipient: text(entry, 'recipient'),
    enc: text(entry, 'enc')
  }))
}

/**
 * Reads the `sops:` block of a file's first document. Throws `SopsError`
 * when it is missing or malformed, or uses what ClusterSync cannot decrypt
 * (key groups with a Shamir threshold, comment rules).
 */
export function readSopsMetadata(document: unknown): SopsMetadata {
  const block = isRecord(document) ? document[sopsKey] : undefined
  if (!isRecord(block)) throw new SopsError('the file has no sops block')
  if (Array.isArray(block.key_groups) && block.key_groups.length > 0) {
    throw new SopsError(
      'the sops block uses key_groups (Shamir secret sharing), which ClusterSync does not support; encrypt for age recipients directly'
    )
  }
  const mac = text(block, 'mac')
  const lastModified = text(block, 'lastmodified')
  if (mac === '' || lastModified === '') {
    throw new SopsError('the sops block has no mac or no lastmodified')
  }
  return {
    rule: readRule(block),
    macOnlyEncrypted: block.mac_only_encrypted === true,
    lastModified: formatLastModified(lastModified),
    mac,
    ageStanzas: readAge(block),
    otherKinds: Object.entries(otherKeyKinds)
      .filter(([key]) => Array.isArray(block[key]) && block[key].length > 0)
      .map(([, name]) => name)
  }
}

/**
 * Whether SOPS encrypts the value at a path under `rule` (sops.go
 * `shouldBeEncrypted`). A regex is compiled as SOPS's Go regexp (RE2)
 * compiles it: the same syntax, and a time linear in the key. The sops
 * block is outside the MAC and is read before the MAC is checked, so a pull
 * request may write any pattern there; a backtracking RegExp would let
 * `^(a+)+$` hang the run on a long key. re2js is loaded only for a file
 * that uses a regex rule, so the Action's start does not parse it.
 */
export async function encryptedPathTest(
  rule: EncryptionRule
): Promise<(path: readonly string[]) => boolean> {
  switch (rule.kind) {
    case 'unencrypted_suffix':
      return (path) => !path.some((key) => key.endsWith(rule.value))
    case 'encrypted_suffix':
      return (path) => path.some((key) => key.endsWith(rule.value))
    case 'unencrypted_regex':
    case 'encrypted_regex': {
      const { RE2JS } = await import('re2js')
      let pattern: InstanceType<typeof RE2JS>
      try {
        pattern = RE2JS.compile(rule.value)
      } catch {
        throw new SopsError(
          `the sops block's ${rule.kind} is not a valid regular expression`
        )
      }
      return rule.kind === 'encrypted_regex'
        ? (path) => path.some((key) => pattern.test(key))
        : (path) => !path.some((key) => pattern.test(key))
    }
  }
}

/** True when a manifest step's file is SOPS-encrypted (a sops block or `ENC[` values). */
export function isEncryptedManifest(step: {
  manifest: { objects: readonly { body: unknown }[] }
}): boolean {
  const objects: unknown = step.manifest.objects
  return (
    Array.isArray(objects) &&
    step.manifest.objects.some(
      (o) => hasSopsMetadata(o.body) || containsCiphertext(o.body)
    )
  )
}

/** True when add-on values come from a SOPS-encrypted file. */
export function isEncryptedValues(values: unknown): boolean {
  return hasSopsMetadata(values) || containsCiphertext(values)
}
