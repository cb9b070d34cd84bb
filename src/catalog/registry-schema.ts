/**
 * The contract of a helm_registries/ file: schemas/helm-registry.v1.schema.json,
 * compiled once with ajv. `RegistryDocument` is what the schema guarantees,
 * so code only sees a parsed file through `validateRegistryDocument`.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { packageFile } from '../package-files.js'
import type { RegistryKind } from './registry-kind.js'

/** The schema's `$id`; bump the `v1` when the format changes incompatibly. */
export const registrySchemaId =
  'https://clustersync.dev/schemas/helm-registry.v1.schema.json'

/** A registry file that passed the schema (YAML keys as written). */
export interface RegistryDocument {
  apiVersion: 'v1'
  kind: RegistryKind
  spec: {
    name: string
    url: string
    exclude_charts?: string[]
  }
}

/** The result of checking one parsed document against the schema. */
export type SchemaResult =
  | { valid: true; document: RegistryDocument }
  | { valid: false; errors: ErrorObject[] }

let compiled: ValidateFunction<RegistryDocument> | undefined

/** Validates a parsed registry file; compiles the schema on first use only. */
export function validateRegistryDocument(value: unknown): SchemaResult {
  compiled ??= compileSchema()
  if (compiled(value)) return { valid: true, document: value }
  return { valid: false, errors: [...(compiled.errors ?? [])] }
}

/** The schema's own JSON, e.g. for "did you mean" hints from its properties. */
export function registrySchema(): Record<string, unknown> {
  const parsed: unknown = JSON.parse(
    readFileSync(packageFile('schemas/helm-registry.v1.schema.json'), 'utf8')
  )
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('schemas/helm-registry.v1.schema.json is not a JSON object')
  }
  return { ...parsed }
}

function compileSchema(): ValidateFunction<RegistryDocument> {
  const schema = registrySchema()
  if (schema.$id !== registrySchemaId) {
    // The bundle and the schema file ship together; a different $id means a
    // stale or foreign file was picked up, which must not pass silently.
    throw new Error(
      `schemas/helm-registry.v1.schema.json has $id ${String(schema.$id)}, expected ${registrySchemaId}`
    )
  }
  // verbose: errors carry the offending data and parent schema, for messages
  // that quote the value and hints drawn from the schema.properties.
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true })
  return ajv.compile<RegistryDocument>(schema)
}
