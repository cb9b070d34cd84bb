/**
 * SOPS decryption of a step's files, in memory: a manifest step whose file
 * is SOPS-encrypted gets its objects' decrypted bodies, an add-on whose
 * values file is encrypted its decrypted values. Every plaintext is
 * registered with the caller's masking in each form it can be printed in
 * before it is returned. A sync decrypts here at apply time and fails the
 * step before it applies anything (ciphertext is never applied); a live
 * plan decrypts here too (preview/diff.ts, diff-release.ts), so both open
 * the same files the same way.
 */
import { maskForms } from '../sops/mask-forms.js'
import {
  containsCiphertext,
  hasSopsMetadata,
  SopsError,
  SopsKeyError
} from '../sops/sops-metadata.js'
import {
  describeKeyProblems,
  type KeySourceProblem
} from '../sops/key-source-problem.js'
import type { KubeObject } from '../definition/definition-types.js'
import type { AddonStep, ManifestStep } from '../plan/plan-types.js'
import type { SourceLocation } from '../diagnostics.js'
import { StepFailure, type ApplyContext } from './step-types.js'

/** What decrypting needs: the age identities, and where plaintexts are masked. */
export interface SopsKeys {
  identities: readonly string[]
  /** Key sources that gave no key; named when no key opens a file. */
  problems?: readonly KeySourceProblem[]
  /** Called with every form of every plaintext before it is returned. */
  mask: (secret: string) => void
}

/** A file that cannot be decrypted; the message names file, line and path, never a value. */
export class DecryptFailure extends Error {
  override readonly name = 'DecryptFailure'
}

function fail(what: string, where: SourceLocation, error: unknown): never {
  const path =
    error instanceof SopsError && error.path !== undefined
      ? `, at ${error.path}`
      : ''
  const why = error instanceof Error ? error.message : String(error)
  throw new DecryptFailure(
    `cannot decrypt ${what} (${where.file}:${where.line}${path}): ${why}`
  )
}

async function decrypt(
  documents: readonly unknown[],
  keys: SopsKeys
): Promise<unknown[]> {
  // Loaded on first use: the age library is the largest part of the apply
  // code, and compiling and initialising it cost every sync's start, though
  // most repositories hold no encrypted file.
  const { decryptSopsFile } = await import('../sops/decrypt-sops.js')
  let file
  try {
    file = await decryptSopsFile(documents, keys.identities)
  } catch (error) {
    // The key that opens the file may be in the source that failed.
    if (error instanceof SopsKeyError && keys.problems?.length) {
      throw new SopsKeyError(
        `${error.message}; ${describeKeyProblems(keys.problems)}`
      )
    }
    throw error
  }
  for (const plaintext of file.plaintexts) {
    for (const form of maskForms(plaintext)) keys.mask(form)
  }
  return file.documents
}

/**
 * The step's objects with decrypted bodies when its file is SOPS-encrypted
 * (an empty map otherwise). Throws `DecryptFailure` when it cannot be
 * decrypted, or holds `ENC[` values without a `sops` block.
 */
export async function decryptedManifestBodies(
  step: ManifestStep,
  keys: SopsKeys
): Promise<ReadonlyMap<KubeObject, Record<string, unknown>>> {
  // Steps built by hand (tests, callers of the engine alone) may carry only
  // the planned objects; those are then the file's objects.
  const objects: readonly KubeObject[] = Array.isArray(step.manifest.objects)
    ? step.manifest.objects
    : step.objects.map((o) => o.object)
  const first = objects[0]
  if (!first) return new Map()
  const what = `manifest ${step.name}`
  if (!objects.some((o) => hasSopsMetadata(o.body))) {
    const encrypted = objects.find((o) => containsCiphertext(o.body))
    if (encrypted) {
      fail(
        what,
        encrypted.source,
        new SopsError(
          'it holds ENC[…] values but no sops block, so they cannot be decrypted'
        )
      )
    }
    return new Map()
  }
  // SOPS keeps one sops block and one MAC for all documents of a file, in
  // file order: the manifest's own order.
  try {
    const bodies = await decrypt(
      objects.map((o) => o.body),
      keys
    )
    return new Map(
      objects.map((o, i) => [o, bodies[i] as Record<string, unknown>])
    )
  } catch (error) {
    fail(what, first.source, error)
  }
}

/**
 * The add-on's values, decrypted when its values file is SOPS-encrypted.
 * Throws `DecryptFailure` when they cannot be.
 */
export async function decryptedAddonValues(
  step: AddonStep,
  keys: SopsKeys
): Promise<Record<string, unknown>> {
  const { values } = step.addon
  const what = `the values of add-on ${step.addon.name}`
  const file = step.addon.valuesOrigin?.file
  const where = file ? { file, line: 1, column: 1 } : step.source
  if (!hasSopsMetadata(values)) {
    if (containsCiphertext(values)) {
      fail(
        what,
        where,
        new SopsError(
          'they hold ENC[…] values but no sops block, so they cannot be decrypted'
        )
      )
    }
    return values
  }
  try {
    const [decrypted] = await decrypt([values], keys)
    return decrypted as Record<string, unknown>
  } catch (error) {
    fail(what, where, error)
  }
}

/**
 * At apply time: `decryptedManifestBodies` with the sync's keys and
 * logger. Throws `StepFailure` when the file cannot be decrypted.
 */
export function decryptManifestObjects(
  step: ManifestStep,
  ctx: ApplyContext
): Promise<ReadonlyMap<KubeObject, Record<string, unknown>>> {
  return failStep(decryptedManifestBodies(step, syncKeys(ctx)))
}

/**
 * At apply time: `decryptedAddonValues` with the sync's keys and logger.
 * Throws `StepFailure` when the values cannot be decrypted.
 */
export function decryptAddonValues(
  step: AddonStep,
  ctx: ApplyContext
): Promise<Record<string, unknown>> {
  return failStep(decryptedAddonValues(step, syncKeys(ctx)))
}

function syncKeys(ctx: ApplyContext): SopsKeys {
  return {
    identities: ctx.sopsIdentities ?? [],
    ...(ctx.sopsKeyProblems ? { problems: ctx.sopsKeyProblems } : {}),
    mask: (secret) => ctx.logger.mask(secret)
  }
}

async function failStep<T>(decrypting: Promise<T>): Promise<T> {
  try {
    return await decrypting
  } catch (error) {
    if (!(error instanceof DecryptFailure)) throw error
    throw new StepFailure(
      `${error.message}; nothing was applied for this step`,
      'ApplyFailed'
    )
  }
}
