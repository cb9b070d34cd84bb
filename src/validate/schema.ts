/**
 * The JSON Schema is the single contract of the format (STYLE.md §5.6): it
 * is compiled once, and its errors become diagnostics that name the field,
 * point at the key or value in the right file, and suggest fixes drawn from
 * the schema's own properties and enums.
 *
 * Compiling the schema costs a cold CLI run ~70 ms, so the compiled code is
 * generated ahead of time (schema-validator.generated.ts, by ajv's
 * standalone mode with the same options; see
 * __tests__/definition/schema-codegen.ts). It is used only when its hash
 * matches the shipped schema and these options; otherwise the schema is
 * compiled at run time (prepareSchemaValidator), so a stale file can cost
 * time but never change what is validated. ajv itself is loaded only then:
 * a current generated validator needs none of it. The shipped schema is read by package-files.ts,
 * with the other shipped files: validate/ imports no file access.
 */
import { createHash } from 'node:crypto'
import type { ErrorObject, Options, ValidateFunction } from 'ajv'
import type { Diagnostic } from '../diagnostics.js'
import { childPointer } from '../definition/pointer.js'
import { isRecord } from '../definition/plain-data.js'
import type { SourceMap } from '../definition/source-map.js'
import { schemaText } from '../package-files.js'
import { describeSubject, valueAt } from './describe.js'
import {
  sourceHash as precompiledHash,
  validate as precompiled
} from './schema-validator.generated.js'
import { didYouMean } from './did-you-mean.js'
import { maxQuotedLength, quoteValue, quoteWritten } from '../redact.js'
import { holdsSecrets } from './secret-fields.js'

/** The schema's `$id`, for the `# yaml-language-server: $schema=` line. */
export const schemaId =
  'https://clustersync.dev/schemas/cluster-definition.v1.schema.json'

/** ajv's options for the schema (the generated validator uses the same). */
export const schemaAjvOptions: Options = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true
}

let compiled: ValidateFunction | undefined

/** The schema document, as shipped in `schemas/`. */
export function loadSchema(text = schemaText()): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text)
  if (!isRecord(parsed)) throw new Error('the bundled schema is not an object')
  return parsed
}

/** What the generated validator was made from: the options and the schema text. */
export function schemaSourceHash(text: string): string {
  return createHash('sha256')
    .update(JSON.stringify(schemaAjvOptions))
    .update('\n')
    .update(text)
    .digest('hex')
}

/** True when the generated validator matches the shipped schema and options. */
export function precompiledIsCurrent(text = schemaText()): boolean {
  return precompiled !== undefined && precompiledHash === schemaSourceHash(text)
}

/**
 * Makes the validator ready: the generated one when current, else the
 * schema compiled with ajv, which is loaded here and only here.
 */
export async function prepareSchemaValidator(): Promise<void> {
  if (compiled) return
  const text = schemaText()
  if (precompiled !== undefined && precompiledIsCurrent(text)) {
    compiled = precompiled
    return
  }
  const { Ajv } = await import('ajv')
  compiled = new Ajv(schemaAjvOptions).compile(loadSchema(text))
}

/** The validator; a stale generated one must be replaced by prepareSchemaValidator first. */
export function schemaValidator(): ValidateFunction {
  if (compiled) return compiled
  if (precompiled !== undefined && precompiledIsCurrent())
    return (compiled = precompiled)
  throw new Error(
    'the generated schema validator does not match the schema: await prepareSchemaValidator() before validating, or regenerate it with UPDATE_GENERATED=1 npm test -- __tests__/definition/schema-precompiled'
  )
}

/** Checks the composed document against the schema; one diagnostic per problem. */
export function checkSchema(
  document: unknown,
  sourceMap: SourceMap
): Diagnostic[] {
  const validate = schemaValidator()
  if (validate(document)) return []
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => toDiagnostic(e, document, sourceMap))
}

function toDiagnostic(
  error: ErrorObject,
  document: unknown,
  sourceMap: SourceMap
): Diagnostic {
  // A field's own error (its type, its value) names what holds the field:
  // `"kind" in the definition`, not `"kind" in "kind"`.
  const fieldLevel = !['additionalProperties', 'required'].includes(
    error.keyword
  )
  const subject = describeSubject(
    document,
    fieldLevel ? error.instancePath.replace(/\/[^/]*$/, '') : error.instancePath
  )
  const properties = schemaProperties(error.parentSchema)
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty)
      const keyPointer = childPointer(error.instancePath, field)
      // A key too long to quote is not repeated in the pointer either: the
      // diagnostic points at the mapping that holds it.
      const pointer =
        field.length > maxQuotedLength ? error.instancePath : keyPointer
      return at(sourceMap.locateKey(keyPointer), pointer, {
        code: 'unknown-field',
        message: `unknown field ${quoteValue(field)} in ${subject}`,
        hint:
          didYouMean(field, properties) ??
          `Known fields: ${properties.join(', ')}.`
      })
    }
    case 'required': {
      const field = String(error.params.missingProperty)
      const example = exampleOf(error.parentSchema, field)
      return at(sourceMap.locate(error.instancePath), error.instancePath, {
        code: 'missing-field',
        message: `${subject} is missing the required field "${field}"`,
        hint:
          example === undefined
            ? undefined
            : `Add it, e.g. \`${field}: ${example}\``
      })
    }
    case 'type':
      return typeDiagnostic(error, document, sourceMap, subject)
    case 'enum':
    case 'const': {
      const allowed = enumValues(error)
      const value = valueAt(document, error.instancePath)
      const shown = holdsSecrets(error.instancePath)
        ? 'not an allowed value;'
        : `${quoteValue(value)};`
      return at(sourceMap.locate(error.instancePath), error.instancePath, {
        code: 'invalid-value',
        message: `${fieldName(error.instancePath)} in ${subject} is ${shown} expected ${allowed.map((v) => JSON.stringify(v)).join(' or ')}`,
        hint: typeof value === 'string' ? didYouMean(value, allowed) : undefined
      })
    }
    case 'minimum':
    case 'maximum':
      return rangeDiagnostic(error, sourceMap, subject)
    default:
      return at(sourceMap.locate(error.instancePath), error.instancePath, {
        code: 'invalid-value',
        message: `${fieldName(error.instancePath)} in ${subject} ${error.message ?? 'is invalid'}`
      })
  }
}

function typeDiagnostic(
  error: ErrorObject,
  document: unknown,
  sourceMap: SourceMap,
  subject: string
): Diagnostic {
  // A list that may also be empty (`manifests:`) says "an array": "or null"
  // names YAML's reading of an empty value, not something users write.
  const types = String(error.params.type).split(',')
  const expected = (
    types.length > 1 ? types.filter((t) => t !== 'null') : types
  ).join(' or ')
  const value = valueAt(document, error.instancePath)
  const field = fieldName(error.instancePath)
  const raw = sourceMap.get(error.instancePath)?.raw
  const written = quoteWritten(raw ?? quoteValue(value))
  // An empty value (`key:`) has nothing to quote back: "not empty ()" read
  // badly. A field that can hold secrets is never quoted.
  const shown =
    written === '' || holdsSecrets(error.instancePath) ? '' : ` (${written})`
  let hint: string | undefined
  if (
    shown !== '' &&
    expected.startsWith('string') &&
    (typeof value === 'number' || typeof value === 'boolean')
  ) {
    const readAs =
      typeof value === 'number' ? `the number ${value}` : `the boolean ${value}`
    hint = `YAML reads an unquoted ${written} as ${readAs}. Quote it: \`${lastToken(error.instancePath)}: "${written}"\``
  } else if (error.instancePath.includes('/variables/')) {
    hint = 'Stack variables are text: write the value as a quoted YAML string.'
  } else if (value === null) {
    hint = `The value is empty; give ${article(expected)}.`
  } else if (
    /\/parents\/\d+$/.test(error.instancePath) &&
    typeof value === 'string'
  ) {
    hint = `A parent says what it names: write \`- {name: ${value}, kind: manifest}\` (or \`kind: addon\`); Ankra's CLI drops the shorter \`- manifest: ${value}\`.`
  } else if (
    /\/configuration\/values$/.test(error.instancePath) &&
    isRecord(value)
  ) {
    hint =
      '`values` holds YAML text: write `values: |` and indent the YAML under it.'
  } else if (
    /\/configuration$/.test(error.instancePath) &&
    typeof value === 'string'
  ) {
    hint =
      '`configuration` is a mapping: `configuration:`, then `values: |` with the YAML text indented under it.'
  }
  return at(sourceMap.locate(error.instancePath), error.instancePath, {
    code: 'wrong-type',
    message: `${field} in ${subject} must be ${article(expected)}, not ${kindOf(value)}${shown}`,
    hint
  })
}

/** A number outside its range, quoted as written (`1.2e29`, not 1.2e+29). */
function rangeDiagnostic(
  error: ErrorObject,
  sourceMap: SourceMap,
  subject: string
): Diagnostic {
  const schema = isRecord(error.parentSchema) ? error.parentSchema : {}
  const position = sourceMap.get(error.instancePath)
  const written = position?.raw ?? String(error.data)
  const kind = schema.type === 'integer' ? 'an integer' : 'a number'
  const { minimum, maximum } = schema
  const bounds =
    typeof minimum === 'number' && typeof maximum === 'number'
      ? `from ${minimum} to ${maximum}`
      : typeof minimum === 'number'
        ? `of at least ${minimum}`
        : `of at most ${String(maximum)}`
  return at(sourceMap.locate(error.instancePath), error.instancePath, {
    code: 'invalid-value',
    message: `${fieldName(error.instancePath)} in ${subject} is ${written}; expected ${kind} ${bounds}`
  })
}

function at(
  location: { file: string; line: number; column: number } | undefined,
  pointer: string,
  rest: { code: string; message: string; hint?: string }
): Diagnostic {
  return {
    severity: 'error',
    ...rest,
    file: location?.file,
    line: location?.line,
    column: location?.column,
    pointer,
    hint: rest.hint
  }
}

function schemaProperties(schema: unknown): string[] {
  return isRecord(schema) && isRecord(schema.properties)
    ? Object.keys(schema.properties)
    : []
}

function exampleOf(schema: unknown, field: string): string | undefined {
  if (!isRecord(schema) || !isRecord(schema.properties)) return undefined
  const property = schema.properties[field]
  if (!isRecord(property) || !Array.isArray(property.examples)) return undefined
  const example: unknown = property.examples[0]
  return example === undefined ? undefined : JSON.stringify(example)
}

function enumValues(error: ErrorObject): string[] {
  const values: unknown = error.params.allowedValues ?? [
    error.params.allowedValue
  ]
  return Array.isArray(values) ? values.map(String) : []
}

function lastToken(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1)
}

function fieldName(pointer: string): string {
  const last = lastToken(pointer)
  return /^\d+$/.test(last) ? `item #${Number(last) + 1}` : `"${last}"`
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (isRecord(value)) return 'a mapping'
  return `a ${typeof value}`
}
