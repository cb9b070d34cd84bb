/**
 * The values of a ConfigMap's and a Secret's data, as the API server takes
 * them: text in a ConfigMap's `data` and a Secret's `stringData`, base64 in
 * a Secret's `data` and a ConfigMap's `binaryData` (each decoded as Go's
 * encoding/json decodes bytes: the standard alphabet, padded; line breaks
 * skipped). Anything else is refused at sync time, after the steps before
 * it were applied, so it is said here, naming the key. A Secret's values
 * are never quoted; a ConfigMap's are said by kind (a number, a boolean),
 * since YAML's reading is the usual cause (`flag: yes`, `mode: 0644`).
 */
import type { KubeObject } from '../definition/definition-types.js'
import { isRecord } from '../definition/plain-data.js'
import type { SourceLocation } from '../diagnostics.js'
import { report, type ValidationContext } from './validation-context.js'

const base64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Where the object was written, for the diagnostics. */
export interface ObjectPlace {
  pointer: string
  subject: string
  n: number
  location: SourceLocation
  /** Where a key of the object's document is written, when it can say. */
  keyPlace: (path: readonly string[]) => SourceLocation | undefined
}

type Expected = 'base64' | 'text'

/** The fields checked, by kind (core API group, v1). */
const fields: Record<string, [string, Expected][]> = {
  Secret: [
    ['data', 'base64'],
    ['stringData', 'text']
  ],
  ConfigMap: [
    ['data', 'text'],
    ['binaryData', 'base64']
  ]
}

export function checkDataValues(
  ctx: ValidationContext,
  object: KubeObject,
  at: ObjectPlace
): void {
  if (object.apiVersion !== 'v1') return
  const checked = Object.hasOwn(fields, object.kind)
    ? fields[object.kind]
    : undefined
  if (!checked) return
  const which = `${object.kind} "${object.name}" (document #${at.n + 1} of ${at.subject})`
  for (const [field, expected] of checked) {
    const values = object.body[field]
    if (values === undefined || values === null) continue
    if (!isRecord(values)) {
      problem(
        ctx,
        at,
        [field],
        `${field} of ${which} is not a mapping of keys to ${expected === 'base64' ? 'base64 ' : ''}text`,
        expected
      )
      continue
    }
    for (const [key, value] of Object.entries(values)) {
      if (!validKey(key)) {
        report(
          ctx,
          'error',
          at.pointer,
          'data-key-invalid',
          `${field} key ${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)} of ${which} is not one the API server takes: letters, digits, '-', '_' and '.' only, at most 253, not "." or ".."`,
          'Rename the key (e.g. `app-config.yaml` for `app config.yaml`); a file mounted from it keeps the key as its name.',
          at.keyPlace([field, key]) ?? at.location
        )
        continue
      }
      const why = refusal(value, expected, object.kind === 'Secret')
      if (why)
        problem(
          ctx,
          at,
          [field, key],
          `${field}.${key} of ${which} ${why}; the API server refuses it`,
          // Not text at all: quoting it is the fix, base64 or not.
          typeof value === 'string' ? expected : 'text'
        )
    }
  }
}

/** A key of a ConfigMap's or a Secret's data, as the API server checks it (IsConfigMapKey). */
function validKey(key: string): boolean {
  return (
    key.length <= 253 &&
    key !== '.' &&
    key !== '..' &&
    /^[-._a-zA-Z0-9]+$/.test(key)
  )
}

/** Why the API server refuses `value` where `expected` is asked for; undefined when it takes it. */
function refusal(
  value: unknown,
  expected: Expected,
  secret: boolean
): string | undefined {
  if (value === null) return undefined
  if (typeof value !== 'string') {
    const kind =
      typeof value === 'boolean'
        ? `the boolean ${String(value)}`
        : typeof value === 'number'
          ? secret
            ? 'a number'
            : `the number ${String(value)}`
          : 'not a single value'
    return `is ${kind}, not text`
  }
  // A reference left as written is reported as unknown; SOPS ciphertext
  // by the SOPS rules.
  if (expected === 'text' || /\$\{\{|^ENC\[/.test(value)) return undefined
  return base64.test(value.replace(/[\r\n]/g, ''))
    ? undefined
    : 'is not base64 text'
}

/** The error, at the key it names where the YAML lets it be placed. */
function problem(
  ctx: ValidationContext,
  at: ObjectPlace,
  path: readonly string[],
  message: string,
  expected: Expected
): void {
  report(
    ctx,
    'error',
    at.pointer,
    expected === 'base64' ? 'data-not-base64' : 'data-value-not-text',
    message,
    expected === 'base64'
      ? 'Encode the value (`printf %s "$value" | base64 -w0`), or put the plain text under stringData (a Secret) or data (a ConfigMap).'
      : 'Quote the value so YAML keeps it as text, e.g. `ENABLED: "yes"`, `MODE: "0644"`, `PORT: "8080"`.',
    at.keyPlace(path) ?? at.location
  )
}
