/**
 * ajv errors → Diagnostics a contributor can act on: the field as a dotted
 * path, what it accepts, and a "did you mean" taken from the schema itself
 * (its `properties` and `enum`), so hints cannot go stale (STYLE.md §5.6).
 */
import type { ErrorObject } from 'ajv'
import type { Diagnostic } from '../diagnostics.js'
import { closestNames, didYouMean } from './suggest-registry.js'
import { locate, type LocatedYaml } from './yaml-locate.js'
import { quoteValue } from '../redact.js'

/** Stable code of every schema violation in a registry file. */
export const schemaCode = 'registry-schema'

/** One Diagnostic per ajv error, located in the file. */
export function schemaDiagnostics(
  yaml: LocatedYaml,
  errors: readonly ErrorObject[]
): Diagnostic[] {
  return errors.map((error) => toDiagnostic(yaml, error))
}

function toDiagnostic(yaml: LocatedYaml, error: ErrorObject): Diagnostic {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer)
  const field = path.join('.') || 'the document'
  const { message, hint, keyPath } = describe(error, field, path)
  return {
    severity: 'error',
    code: schemaCode,
    message,
    ...(hint !== undefined ? { hint } : {}),
    ...locate(yaml, keyPath ?? path, keyPath ? 'key' : 'value'),
    pointer: keyPath ? `/${keyPath.join('/')}` : error.instancePath || '/'
  }
}

function describe(
  error: ErrorObject,
  field: string,
  path: string[]
): { message: string; hint?: string; keyPath?: string[] } {
  const params: Record<string, unknown> = error.params
  switch (error.keyword) {
    case 'required':
      return {
        message: `${field} is missing the required field "${String(params.missingProperty)}"`
      }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty)
      const known = knownProperties(error.parentSchema)
      return {
        message: `${field === 'the document' ? '' : `${field}: `}unknown field ${quoteValue(extra)}; allowed: ${known.join(', ')}`,
        hint:
          extra === 'credential_name'
            ? 'credentials never go in the catalog: declare the registry under spec.helm_registries of the cluster definition, with its credential_name'
            : didYouMean(closestNames(extra, known)),
        keyPath: [...path, extra]
      }
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues)
        ? params.allowedValues.map(String)
        : []
      return {
        message: `${field} must be one of ${allowed.join(', ')}; got ${quoteValue(error.data)}`,
        hint: didYouMean(closestNames(String(error.data), allowed))
      }
    }
    case 'const':
      return {
        message: `${field} must be ${JSON.stringify(params.allowedValue)}; got ${quoteValue(error.data)}`
      }
    case 'pattern':
      return path[path.length - 1] === 'url'
        ? {
            message: `${field} must be an https://, http:// or oci:// URL without spaces; got ${quoteValue(error.data)}`
          }
        : {
            message: `${field} must not be empty, nor start or end with a space`
          }
    default:
      return { message: `${field} ${error.message ?? 'is invalid'}` }
  }
}

function knownProperties(parentSchema: unknown): string[] {
  if (
    typeof parentSchema === 'object' &&
    parentSchema !== null &&
    'properties' in parentSchema &&
    typeof parentSchema.properties === 'object' &&
    parentSchema.properties !== null
  ) {
    return Object.keys(parentSchema.properties)
  }
  return []
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
