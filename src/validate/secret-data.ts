/**
 * A Secret's `data` values are base64: the API server decodes each as Go's
 * encoding/json decodes bytes (the standard alphabet, padded; line breaks
 * skipped) and refuses the object otherwise. That refusal would come at
 * sync time, after the steps before it were applied, so it is said here,
 * naming the key and never the value.
 */
import type { KubeObject } from '../definition/definition-types.js'
import { isRecord } from '../definition/plain-data.js'
import type { SourceLocation } from '../diagnostics.js'
import { report, type ValidationContext } from './validation-context.js'

const base64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Whether the API server reads `value` as a Secret's data value. */
function isSecretDataValue(value: unknown): boolean {
  if (value === null) return true
  return typeof value === 'string' && base64.test(value.replace(/[\r\n]/g, ''))
}

export function checkSecretData(
  ctx: ValidationContext,
  object: KubeObject,
  at: { pointer: string; subject: string; n: number; location: SourceLocation }
): void {
  if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return
  const data = object.body.data
  if (data === undefined || data === null) return
  const which = `Secret "${object.name}" (document #${at.n + 1} of ${at.subject})`
  const hint =
    'Encode the value (`printf %s "$value" | base64 -w0`), or move it to stringData, which takes plain text.'
  if (!isRecord(data)) {
    report(
      ctx,
      'error',
      at.pointer,
      'secret-data-not-base64',
      `data of ${which} is not a mapping of keys to base64 text`,
      hint,
      at.location
    )
    return
  }
  for (const [key, value] of Object.entries(data)) {
    // A reference left as written is reported as unknown; SOPS ciphertext
    // by the SOPS rules.
    if (typeof value === 'string' && /\$\{\{|^ENC\[/.test(value)) continue
    if (isSecretDataValue(value)) continue
    report(
      ctx,
      'error',
      at.pointer,
      'secret-data-not-base64',
      `data.${key} of ${which} is not base64 text; the API server refuses it`,
      hint,
      at.location
    )
  }
}
