/**
 * SOPS-encrypted steps in a live preview. With the run's age identities a
 * step is opened as a sync opens it (engine/decrypt-step.ts, the one
 * decryption path) and compared like any other; its entries then show
 * paths only, and every form of every plaintext is given to the run's
 * masking and cut out of what the step's entries say (a tool's error may
 * quote a value: the CLI prints plans unmasked). Without identities the
 * step is listed as encrypted, not compared, saying how to give a key.
 */
import { DecryptFailure, type SopsKeys } from '../engine/decrypt-step.js'
import { describeKeyProblems } from '../sops/key-source-problem.js'
import type { ChangePreview } from '../plan/preview.js'
import type { PreviewOptions } from './diff-exec.js'

/** What stands for a plaintext cut out of an entry, as the runner shows it. */
const scrubbed = '***'

// As the loggers: a shorter "secret" would cut ordinary words.
const shortestScrubbed = 4

/**
 * The entry of an encrypted object or release that was not compared: why
 * no key (the key sources that could not be read), else how to give one.
 */
export function notCompared(
  subject: string,
  options: Pick<PreviewOptions, 'noKeyHint' | 'sops'>
): ChangePreview {
  return { subject, action: 'encrypted', message: noKeyReason(options) }
}

/** Why an encrypted file is not compared: the key sources that failed, else how to give a key. */
export function noKeyReason(
  options: Pick<PreviewOptions, 'noKeyHint' | 'sops'>
): string {
  const problems = options.sops?.problems ?? []
  const message = problems.length
    ? `no age key could be read (${describeKeyProblems(problems)})`
    : `no age key${options.noKeyHint ? ` (${options.noKeyHint})` : ''}`
  return `encrypted, not compared: ${message}`
}

/**
 * The entries of an encrypted step: `compare` run on what `open` decrypted
 * with the run's keys, its entries scrubbed of every plaintext; `failed`
 * entries naming the file when it cannot be decrypted; `notCompared` ones
 * without keys. Rethrows what `compare` throws, scrubbed likewise.
 */
export async function previewDecrypted<T>(
  subjects: readonly string[],
  options: Pick<PreviewOptions, 'sops' | 'noKeyHint'>,
  open: (keys: SopsKeys) => Promise<T>,
  compare: (opened: T) => Promise<ChangePreview[]>
): Promise<ChangePreview[]> {
  const identities = options.sops?.identities ?? []
  if (identities.length === 0)
    return subjects.map((s) => notCompared(s, options))
  const plaintexts = new Set<string>()
  const keys: SopsKeys = {
    identities,
    ...(options.sops?.problems ? { problems: options.sops.problems } : {}),
    mask: (secret) => {
      plaintexts.add(secret)
      options.sops?.mask(secret)
    }
  }
  let opened: T
  try {
    opened = await open(keys)
  } catch (error) {
    if (!(error instanceof DecryptFailure)) throw error
    return subjects.map((subject) => ({
      subject,
      action: 'failed',
      message: error.message
    }))
  }
  const scrub = scrubber(plaintexts)
  try {
    return (await compare(opened)).map((change) => ({
      ...change,
      // A chart may name an object after a value.
      subject: scrub(change.subject),
      ...(change.message ? { message: scrub(change.message) } : {}),
      ...(change.diff ? { diff: change.diff.map(scrub) } : {})
    }))
  } catch (error) {
    // In place, so its class still decides the exit code; every string
    // it carries, since V8 wrote the stack from the message at the throw.
    if (error instanceof Error) scrubError(error, scrub)
    throw error
  }
}

/**
 * How deep `scrubError` follows causes: further than any printer shows
 * (Node's inspect stops after a few), and short enough that a chain built
 * to be endless cannot exhaust the stack.
 */
const deepestCause = 16

/**
 * Scrubs, in place, each own string of the error (message, stack, a tool's
 * stderr) and of what it wraps: its `cause` and an AggregateError's
 * `errors`, down to `deepestCause`, each object once (causes may form a
 * cycle). Strings held directly in `errors` are replaced in the array.
 */
function scrubError(
  error: object,
  scrub: (text: string) => string,
  seen = new Set<object>(),
  depth = 0
): void {
  if (seen.has(error) || depth > deepestCause) return
  seen.add(error)
  const fields = error as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = fields[key]
    // Reflect.set, not `=`: a frozen error refuses without throwing, and
    // this error must still reach the caller's funnel.
    if (typeof value === 'string') Reflect.set(fields, key, scrub(value))
  }
  const wrapped = [fields.cause]
  if (Array.isArray(fields.errors)) {
    const errors: unknown[] = fields.errors
    errors.forEach((item, i) => {
      if (typeof item === 'string') Reflect.set(errors, i, scrub(item))
    })
    wrapped.push(...errors)
  }
  for (const inner of wrapped) {
    // A cause may be any object (`{ cause: { stderr } }`), scrubbed alike.
    if (typeof inner === 'object' && inner !== null)
      scrubError(inner, scrub, seen, depth + 1)
  }
}

/** Replaces each plaintext (longest first, so none leaves a piece) with `***`. */
function scrubber(plaintexts: ReadonlySet<string>): (text: string) => string {
  const longestFirst = [...plaintexts]
    .filter((p) => p.length >= shortestScrubbed)
    .sort((a, b) => b.length - a.length)
  return (text) => {
    let out = text
    for (const p of longestFirst) {
      if (out.includes(p)) out = out.split(p).join(scrubbed)
    }
    return out
  }
}
