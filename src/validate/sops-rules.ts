/**
 * What validation says about secrets, without any key: a SOPS-encrypted
 * file is named (a sync needs an age key for it, a preview cannot compare
 * it; a key source that could not be read is named there, and only there),
 * a path listed in `encrypted_paths` that holds plain text is an error
 * (a secret committed by mistake), and a Secret whose values are plain text
 * is a `plaintext-secret` warning that `--strict-secrets` makes an error.
 * No message quotes a value.
 */
import { childPointer } from '../definition/pointer.js'
import { isRecord, recordField } from '../definition/plain-data.js'
import type { Stack } from '../definition/definition-types.js'
import type { SourceLocation } from '../diagnostics.js'
import { parseYamlText } from '../definition/yaml-parse.js'
import { valuesNamedBy } from '../sops/encrypted-paths.js'
import {
  containsCiphertext,
  hasSopsMetadata,
  isSopsCiphertext
} from '../sops/sops-metadata.js'
import type { KeySourceProblem } from '../sops/key-source-problem.js'
import { report, type ValidationContext } from './validation-context.js'

export interface SecretRuleOptions {
  /**
   * Report Secrets written in plain text (`clustersync validate` asks; a
   * sync or plan does not, so every push is not annotated for them).
   */
  plaintextSecrets?: boolean
  /** `--strict-secrets`: plaintext-secret warnings become errors. */
  strictSecrets?: boolean
  /** True when the run was given age keys; without them encrypted files get a warning. */
  sopsKeys?: boolean
  /**
   * Key sources that gave no key (cli/sops-keys.ts). Named only at an
   * encrypted file: an error when no key could be read at all (the user
   * meant to give one), a warning when other keys may still open it.
   */
  sopsKeyProblems?: readonly KeySourceProblem[]
}

interface Subject {
  what: string
  pointer: string
  /** The file the values come from (repository-relative), when a file. */
  file?: string
  documents: { value: unknown; location: SourceLocation }[]
  encryptedPaths: readonly string[]
}

/** Checks every manifest and add-on of `stacks`; see the file comment. */
export function checkSecrets(
  ctx: ValidationContext,
  stacks: readonly Stack[],
  options: SecretRuleOptions
): void {
  for (const stack of stacks) {
    for (const m of stack.manifests) {
      const subject: Subject = {
        what: `manifest ${m.name}`,
        pointer: m.source.pointer,
        ...(m.origin.file ? { file: m.origin.file } : {}),
        documents: m.objects.map((o) => ({
          value: o.body,
          location: o.source
        })),
        encryptedPaths: m.encryptedPaths
      }
      checkSubject(ctx, subject, options)
      const plain = !subject.documents.some((d) => containsCiphertext(d.value))
      if (plain && (options.plaintextSecrets || options.strictSecrets)) {
        for (const o of m.objects)
          checkPlainSecret(ctx, m.source.pointer, o, options)
      }
    }
    for (const a of stack.addons) {
      const file = a.valuesOrigin?.file
      const location = file
        ? { file, line: 1, column: 1 }
        : { file: a.source.file, line: a.source.line, column: a.source.column }
      checkSubject(
        ctx,
        {
          what: `the values of add-on ${a.name}`,
          pointer: childPointer(a.source.pointer, 'configuration'),
          ...(file ? { file } : {}),
          documents: [{ value: a.values, location }],
          encryptedPaths: a.encryptedPaths ?? []
        },
        options
      )
    }
  }
}

function checkSubject(
  ctx: ValidationContext,
  subject: Subject,
  options: SecretRuleOptions
): void {
  const first = subject.documents[0]
  if (!first) return
  const where = subject.file ?? 'its inline YAML'
  const sealed = subject.documents.some((d) => hasSopsMetadata(d.value))
  const encrypted = subject.documents.some((d) => containsCiphertext(d.value))
  if (encrypted && !sealed) {
    report(
      ctx,
      'warning',
      subject.pointer,
      'sops-no-metadata',
      `${subject.what} (${where}) holds ENC[…] values but no sops block: they cannot be decrypted, and a sync fails this step`,
      'Commit the file as sops wrote it, with its top-level sops: block.',
      first.location
    )
  } else if (sealed && options.sopsKeyProblems?.length) {
    reportKeyProblems(ctx, subject, where, options.sopsKeyProblems, options)
  } else if (sealed && options.sopsKeys !== true) {
    report(
      ctx,
      'warning',
      subject.pointer,
      'sops-no-key',
      `${subject.what} (${where}) is SOPS-encrypted and no age key was given: a sync fails this step; plans and drift checks show it as encrypted, not compared`,
      'Give the age identity as the sops-age-key input (Action) or SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or sops/age/keys.txt in the user config folder, where sops looks (CLI).',
      first.location
    )
  }
  const pointer = childPointer(subject.pointer, 'encrypted_paths')
  for (const entry of subject.encryptedPaths) {
    const named = subject.documents.flatMap((d, index) =>
      valuesNamedBy(entry, d.value).map((v) => ({ ...v, document: d, index }))
    )
    if (named.length === 0) {
      report(
        ctx,
        'warning',
        pointer,
        'encrypted-path-unmatched',
        `encrypted_paths entry "${entry}" of ${subject.what} names no value in ${where}`,
        'Entries are a key (password), a dotted path from the root (stringData.PASSWORD), a literal key with a leading dot (.dockerconfigjson) or glob:pattern.'
      )
      continue
    }
    for (const v of named) {
      if (isSopsCiphertext(v.value) || v.value === '') continue
      report(
        ctx,
        'error',
        pointer,
        'sops-plaintext-at-encrypted-path',
        `${v.path.join('.')} in ${where} is listed in encrypted_paths ("${entry}") of ${subject.what} but written in plain text`,
        'Encrypt the file with sops before committing it, and rotate the secret: it is in the repository history.',
        locatePath(ctx, subject, v.index, v.path) ?? v.document.location
      )
    }
  }
}

/** `sops-key-unreadable` at an encrypted subject: the sources, and how to fix each. */
function reportKeyProblems(
  ctx: ValidationContext,
  subject: Subject,
  where: string,
  problems: readonly KeySourceProblem[],
  options: SecretRuleOptions
): void {
  const sources = problems.map((p) => p.message).join('; ')
  const fixes = problems.map((p) => `${capitalize(p.fix)}.`).join(' ')
  const keys = options.sopsKeys === true
  report(
    ctx,
    keys ? 'warning' : 'error',
    subject.pointer,
    'sops-key-unreadable',
    keys
      ? `${subject.what} (${where}) is SOPS-encrypted; the age keys that could be read are tried, but ${sources}`
      : `${subject.what} (${where}) is SOPS-encrypted and no age key could be read: ${sources}`,
    fixes,
    subject.documents[0]?.location
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The exact line of `path` in the subject's file, when it can be found. */
function locatePath(
  ctx: ValidationContext,
  subject: Subject,
  index: number,
  path: readonly string[]
): SourceLocation | undefined {
  if (!subject.file) return undefined
  const ref = [...ctx.loaded.references.values()].find(
    (r) => r.path === subject.file && r.parsed
  )
  if (!ref?.parsed) return undefined
  const parsed =
    'documents' in ref.parsed
      ? ref.parsed
      : parseYamlText(ref.parsed.text, ref.parsed.file, [], ref.parsed.reader)
  if (!('documents' in parsed)) return undefined
  const docs = parsed.documents.filter((d) => d.contents !== null)
  const doc = docs[index]
  const node: unknown = doc?.getIn(path, true)
  const range =
    isRecord(node) && Array.isArray(node.range) ? node.range : undefined
  if (typeof range?.[0] !== 'number') return undefined
  const { line, col } = parsed.lineCounter.linePos(range[0])
  return { file: subject.file, line, column: col }
}

function checkPlainSecret(
  ctx: ValidationContext,
  pointer: string,
  object: {
    kind: string
    apiVersion: string
    name: string
    body: unknown
    source: SourceLocation
  },
  options: SecretRuleOptions
): void {
  if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return
  const body = isRecord(object.body) ? object.body : {}
  const plain = ['data', 'stringData'].filter((key) => {
    const values = recordField(body, key)
    return (
      values !== undefined &&
      Object.values(values).some((v) => v !== '' && v !== null)
    )
  })
  if (plain.length === 0) return
  report(
    ctx,
    options.strictSecrets ? 'error' : 'warning',
    pointer,
    'plaintext-secret',
    `Secret ${object.name} (${object.source.file}:${object.source.line}) holds its ${plain.join(' and ')} in plain text`,
    'Encrypt it with sops (e.g. encrypted_regex: ^(data|stringData)$) and list the keys in encrypted_paths; validate --strict-secrets makes this an error.',
    object.source
  )
}
