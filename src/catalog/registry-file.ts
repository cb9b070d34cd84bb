/**
 * Reading one helm_registries/ file: YAML with positions, then the schema.
 * The result keeps the located YAML so the contribution checker can point at
 * `spec.name` or `spec.url` when it compares files with each other.
 */
import { LineCounter, parseDocument } from 'yaml'
import type { Diagnostic, SourceLocation } from '../diagnostics.js'
import type { RegistryEntry } from '../definition/registry-lookup.js'
import { validateRegistryDocument } from './registry-schema.js'
import { schemaDiagnostics } from './schema-diagnostics.js'
import { locate, locateOffsets, type LocatedYaml } from './yaml-locate.js'

/** A registry known to ClusterSync, from the catalog or a cluster definition. */
export interface CatalogEntry extends RegistryEntry {
  /** The file in helm_registries/ (`jetstack.yaml`), for catalog entries. */
  file?: string
  /** `credential_name` of a cluster's own registry: the secret holding its login. */
  credentialName?: string
  /** Where `spec.name` (or the definition's entry) was written. */
  source?: SourceLocation
}

/** One file, parsed and checked on its own. */
export interface ParsedRegistryFile {
  /** File name inside the folder (`jetstack.yaml`). */
  name: string
  yaml: LocatedYaml
  /** Present when the file passed the schema. */
  entry?: CatalogEntry
  diagnostics: Diagnostic[]
}

/** Stable code for a file that is not a single valid YAML document. */
export const invalidYamlCode = 'registry-invalid-yaml'

/**
 * Parses the text of `name` (shown in diagnostics as `displayPath`) and
 * validates it. Never throws: YAML and schema problems become diagnostics.
 */
export function parseRegistryFile(
  name: string,
  displayPath: string,
  text: string
): ParsedRegistryFile {
  const lineCounter = new LineCounter()
  // uniqueKeys (the default) makes a repeated key an error, not a silent overwrite.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const yaml: LocatedYaml = { file: displayPath, text, doc, lineCounter }
  if (doc.errors.length > 0) {
    return {
      name,
      yaml,
      diagnostics: doc.errors.map((error) => ({
        severity: 'error',
        code: invalidYamlCode,
        message: `not valid YAML: ${firstLine(error.message)}`,
        ...locateOffsets(yaml, error.pos[0], error.pos[1])
      }))
    }
  }
  const result = validateRegistryDocument(doc.toJS())
  if (!result.valid) {
    return { name, yaml, diagnostics: schemaDiagnostics(yaml, result.errors) }
  }
  const { kind, spec } = result.document
  return {
    name,
    yaml,
    diagnostics: [],
    entry: {
      name: spec.name,
      url: spec.url,
      kind,
      excludeCharts: spec.exclude_charts ?? [],
      origin: `catalog:${name}`,
      file: name,
      source: locate(yaml, ['spec', 'name'])
    }
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
