/**
 * SOPS decryption at apply time, in memory: a manifest step whose file is
 * SOPS-encrypted gets its objects' decrypted bodies, an add-on whose values
 * file is encrypted its decrypted values. Every plaintext is registered with
 * the logger's masking in each form it can be printed in before anything
 * is applied. On any failure (no key, wrong key, tampered file) the step
 * fails before it applies anything: ciphertext is never applied.
 */
import { maskForms } from '../sops/mask-forms.js'
import {
  containsCiphertext,
  hasSopsMetadata,
  SopsError
} from '../sops/sops-metadata.js'
import type { KubeObject } from '../definition/definition-types.js'
import type { AddonStep, ManifestStep } from '../plan/plan-types.js'
import type { SourceLocation } from '../diagnostics.js'
import { StepFailure, type ApplyContext } from './step-types.js'

function fail(what: string, where: SourceLocation, error: unknown): never {
  const path =
    error instanceof SopsError && error.path !== undefined
      ? `, at ${error.path}`
      : ''
  const why = error instanceof Error ? error.message : String(error)
  throw new StepFailure(
    `cannot decrypt ${what} (${where.file}:${where.line}${path}): ${why}; nothing was applied for this step`,
    'ApplyFailed'
  )
}

async function decrypt(
  documents: readonly unknown[],
  ctx: ApplyContext
): Promise<unknown[]> {
  // Loaded on first use: the age library is the largest part of the apply
  // code, and compiling and initialising it cost every sync's start, though
  // most repositories hold no encrypted file.
  const { decryptSopsFile } = await import('../sops/decrypt-sops.js')
  const file = await decryptSopsFile(documents, ctx.sopsIdentities ?? [])
  for (const plaintext of file.plaintexts) {
    for (const form of maskForms(plaintext)) ctx.logger.mask(form)
  }
  return file.documents
}

/**
 * The step's objects with decrypted bodies when its file is SOPS-encrypted
 * (the step's own objects otherwise). Throws `StepFailure` when it cannot
 * be decrypted, or holds `ENC[` values without a `sops` block.
 */
export async function decryptManifestObjects(
  step: ManifestStep,
  ctx: ApplyContext
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
      ctx
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
 * Throws `StepFailure` when they cannot be.
 */
export async function decryptAddonValues(
  step: AddonStep,
  ctx: ApplyContext
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
    const [decrypted] = await decrypt([values], ctx)
    return decrypted as Record<string, unknown>
  } catch (error) {
    fail(what, where, error)
  }
}
