/**
 * The loader's YAML layer: bytes → text → documents → plain values, with the
 * guards a CI tool needs against hostile or broken input (size limit, strict
 * UTF-8, duplicate keys, alias bombs). Pure: the caller reads the bytes.
 */
import {
  isScalar,
  LineCounter,
  parseAllDocuments,
  type Document,
  type YAMLError
} from 'yaml'
import type { Diagnostic } from '../diagnostics.js'
import { parsePlainYaml, type ParsedValues } from './plain-yaml.js'
import {
  isStackOverflow,
  tooDeepDiagnostic,
  tooDeepNode
} from './yaml-depth.js'

export { maxFileBytes } from './guarded-read.js'

/**
 * How many nodes alias expansion may produce in one document. A real
 * definition uses a handful of aliases; a "billion laughs" document needs
 * millions, so it is refused long before memory runs out.
 */
export const maxAliasNodes = 10_000

/** One parsed file: its documents (syntax errors already reported) and line index. */
export interface ParsedYaml {
  file: string
  documents: Document.Parsed[]
  lineCounter: LineCounter
  /** The text parsed, for positions inside block scalars (see source-map.ts). */
  text: string
}

/**
 * A file only read for its documents' values and where each starts: the
 * fast path's values, or the Documents when it declined.
 */
export type ParsedFile = ParsedYaml | ParsedValues

/** Thrown inside conversion when aliases expand past {@link maxAliasNodes}. */
export class AliasLimitError extends Error {
  override readonly name = 'AliasLimitError'
}

// A fatal decoder keeps no state between calls, so one serves every file.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes bytes as strict UTF-8 (a BOM is dropped). Returns undefined and a
 * `file-not-utf8` diagnostic when the bytes are not valid UTF-8.
 */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
  diagnostics: Diagnostic[]
): string | undefined {
  try {
    return utf8.decode(bytes)
  } catch {
    diagnostics.push({
      severity: 'error',
      code: 'file-not-utf8',
      message: `${file} is not valid UTF-8 text`,
      file,
      line: 1,
      column: 1,
      hint: 'Save the file as UTF-8 (YAML files must be Unicode text).'
    })
    return undefined
  }
}

/**
 * Parses every document of a YAML stream. Documents with syntax errors are
 * dropped and each error becomes a diagnostic at the parser's position.
 * Empty and null documents (a lone `---`, a trailing `---`, `null`) are
 * dropped too, as `kubectl apply -f` skips them: files that end with `---`
 * are common and must not be an error.
 */
export function parseYamlText(
  text: string,
  file: string,
  diagnostics: Diagnostic[]
): ParsedYaml {
  const lineCounter = new LineCounter()
  const documents: Document.Parsed[] = []
  for (const doc of parseAllDocumentsGuarded(
    text,
    lineCounter,
    file,
    diagnostics
  )) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors)
        diagnostics.push(yamlDiagnostic(error, file))
      continue
    }
    if (doc.contents === null) continue
    if (isScalar(doc.contents) && doc.contents.value === null) continue
    // Deeper than the limit: every later stage would recurse that deep.
    const deep = tooDeepNode(doc)
    if (deep) {
      const { line, column } = positionOf({ lineCounter }, deep.range?.[0] ?? 0)
      diagnostics.push(tooDeepDiagnostic(file, line, column))
      continue
    }
    documents.push(doc)
  }
  return { file, documents, lineCounter, text }
}

/**
 * `parseAllDocuments`, with a stack overflow thrown from inside the parser
 * (rather than reported as a document error) turned into `yaml-too-deep`.
 */
function parseAllDocumentsGuarded(
  text: string,
  lineCounter: LineCounter,
  file: string,
  diagnostics: Diagnostic[]
): Document.Parsed[] {
  try {
    return parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: true
    }) as Document.Parsed[]
  } catch (error) {
    if (!(error instanceof RangeError) || !isStackOverflow(error.message)) {
      throw error
    }
    diagnostics.push(tooDeepDiagnostic(file, 1, 1))
    return []
  }
}

/**
 * Parses a file whose documents are only turned into values (raw manifests,
 * Helm values): on the js-yaml fast path when it can vouch for the result
 * (see plain-yaml.ts), else with {@link parseYamlText}, whose diagnostics
 * are then reported as always.
 */
export function parseYamlValues(
  text: string,
  file: string,
  diagnostics: Diagnostic[]
): ParsedFile {
  return parsePlainYaml(text, file) ?? parseYamlText(text, file, diagnostics)
}

function yamlDiagnostic(error: YAMLError, file: string): Diagnostic {
  const position = error.linePos?.[0]
  // The parser catches its own stack overflow on deep nesting and reports
  // it as a syntax error; say what it means.
  if (isStackOverflow(error.message)) {
    return tooDeepDiagnostic(file, position?.line ?? 1, position?.col ?? 1)
  }
  // yaml appends " at line L, column C:" and a code frame; the position is
  // already in file:line:col, so keep the first sentence only.
  const message = (error.message.split('\n')[0] ?? error.message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim()
  const duplicate = error.code === 'DUPLICATE_KEY'
  return {
    severity: 'error',
    code: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
    message: duplicate ? `duplicate key: ${message}` : message,
    file,
    line: position?.line ?? 1,
    column: position?.col ?? 1,
    hint: duplicate
      ? 'Each key may appear once per mapping; remove or merge the repeated one.'
      : undefined
  }
}

/** A diagnostic for a document whose aliases expand too far. */
export function aliasLimitDiagnostic(
  file: string,
  line: number,
  column: number
): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml-alias-limit',
    message: `the YAML aliases in this document expand to more than ${maxAliasNodes} nodes; refusing to expand them`,
    file,
    line,
    column,
    hint: 'Write the repeated values out, or use fewer nested aliases (`*name`).'
  }
}

/**
 * A document's value as plain data, refusing alias bombs. Throws
 * AliasLimitError when expansion exceeds the limit.
 */
export function documentToValue(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    if (error instanceof ReferenceError)
      throw new AliasLimitError(error.message)
    throw error
  }
}

/** Line and column (1-based) of an offset in a parsed file. */
export function positionOf(
  parsed: Pick<ParsedYaml, 'lineCounter'>,
  offset: number
): { line: number; column: number } {
  const { line, col } = parsed.lineCounter.linePos(offset)
  return { line, column: col }
}
