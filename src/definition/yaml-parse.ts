/**
 * The loader's YAML layer: bytes → text → documents → plain values, with the
 * guards a CI tool needs against hostile or broken input (size limit, strict
 * UTF-8, control characters, duplicate keys, tags, aliases and alias bombs).
 * Merge keys (`<<`) are read as kubectl, Helm and Ankra read them (YAML 1.1).
 * Pure: the caller reads the bytes.
 */
import {
  isScalar,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type YAMLError
} from 'yaml'
import type { Diagnostic } from '../diagnostics.js'
import { lineTracker, parsePlainYaml, type ParsedValues } from './plain-yaml.js'
import { checkAnchors } from './yaml-anchors.js'
import { keyProblems } from './yaml-unique-keys.js'
import { controlCharacterAt } from './yaml-characters.js'
import {
  flowTooDeepAt,
  isStackOverflow,
  tooDeepDiagnostic,
  tooDeepNode
} from './yaml-depth.js'
import {
  goReading,
  goScalarTags,
  isGoBooleanWord,
  mayReadDifferentlyInGo,
  type YamlReader
} from './go-scalars.js'

export { maxFileBytes } from './guarded-read.js'

/**
 * How every YAML text of a definition is parsed. `merge` reads `<<` keys as
 * YAML 1.1 did, which Go's YAML (kubectl, Helm, Ankra) still does.
 * `resolveKnownTags: false` leaves only the core schema's tags (`!!str`,
 * `!!int`, …): a `!!binary` or `!!timestamp` would become a Buffer or a Date,
 * which no Kubernetes object or Helm value holds, so they are reported as
 * tags ClusterSync does not read (see {@link parseYamlText}).
 */
export const yamlParseOptions = {
  // Repeated keys are found by keyProblems, in one pass per mapping.
  uniqueKeys: false,
  merge: true,
  resolveKnownTags: false
} as const

type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions

/** {@link yamlParseOptions} with Go's readings of plain scalars (go-scalars.ts). */
const goOptions: Record<YamlReader, YamlOptions> = {
  definition: withGoScalars('definition'),
  objects: withGoScalars('objects')
}

function withGoScalars(reader: YamlReader): YamlOptions {
  const goTags = goScalarTags(reader)
  return {
    ...yamlParseOptions,
    customTags: (tags) => [...goTags, ...tags]
  }
}

/**
 * The options to parse `text` with for `reader`. Text with no scalar Go
 * could read differently keeps the core schema alone, which is quicker.
 */
export function yamlOptionsFor(
  reader: YamlReader,
  text: string,
  mayDiffer = mayReadDifferentlyInGo(text)
): YamlOptions {
  return mayDiffer ? goOptions[reader] : yamlParseOptions
}

/** One parsed file: its documents (syntax errors already reported) and line index. */
export interface ParsedYaml {
  file: string
  documents: Document.Parsed[]
  lineCounter: LineCounter
  /** The text parsed, for positions inside block scalars (see source-map.ts). */
  text: string
  /** Whose reading of plain scalars it was parsed with. */
  reader: YamlReader
}

/**
 * A file only read for its documents' values and where each starts: the
 * fast path's values, or the Documents when it declined.
 */
export type ParsedFile = ParsedYaml | ParsedValues

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
 * Parses every document of a YAML stream. Documents with syntax errors or
 * aliases ClusterSync refuses (see yaml-anchors.ts) are dropped and each
 * problem becomes a diagnostic at its position; a tag it does not read is
 * reported too. A control character refuses the whole file, as Go's YAML does.
 * Empty and null documents (a lone `---`, a trailing `---`, `null`) are
 * dropped too, as `kubectl apply -f` skips them: files that end with `---`
 * are common and must not be an error.
 */
export function parseYamlText(
  text: string,
  file: string,
  diagnostics: Diagnostic[],
  reader: YamlReader = 'definition'
): ParsedYaml {
  const lineCounter = new LineCounter()
  const documents: Document.Parsed[] = []
  const control = controlCharacterAt(text)
  if (control !== -1) {
    diagnostics.push(controlCharacterDiagnostic(text, control, file))
    return { file, documents, lineCounter, text, reader }
  }
  const deep = flowTooDeepAt(text)
  if (deep !== -1) {
    const { line, column } = lineTracker(text).at(deep)
    diagnostics.push(tooDeepDiagnostic(file, line, column))
    return { file, documents, lineCounter, text, reader }
  }
  const options = yamlOptionsFor(reader, text)
  // Without `*` or `<<` no document has an alias or a merge key to check.
  const mayAlias = /\*|<</.test(text)
  for (const doc of parseAllDocumentsGuarded(
    text,
    lineCounter,
    file,
    diagnostics,
    options
  )) {
    const keys = keyProblems(doc)
    if (
      doc.errors.length > 0 ||
      keys.repeated.length > 0 ||
      keys.collections.length > 0
    ) {
      documentErrors(doc, keys, lineCounter, file, diagnostics)
      continue
    }
    // The document is kept (its tagged values read as text) so that every
    // other problem is reported too; the error fails the run.
    for (const warning of doc.warnings) {
      if (warning.code === 'TAG_RESOLVE_FAILED')
        diagnostics.push(tagDiagnostic(warning, text, file))
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
    const problem = mayAlias ? checkAnchors(doc) : undefined
    if (problem) {
      const { line, col } = lineCounter.linePos(problem.offset)
      diagnostics.push({
        severity: 'error',
        code: problem.code,
        message: problem.message,
        file,
        line,
        column: col,
        hint: problem.hint
      })
      continue
    }
    documents.push(doc)
    if (options !== yamlParseOptions && reader === 'objects') {
      for (const offset of goBooleanOffsets(doc)) {
        const { line, column } = positionOf({ lineCounter }, offset)
        diagnostics.push(goBooleanDiagnostic(text, offset, file, line, column))
      }
    }
  }
  return { file, documents, lineCounter, text, reader }
}

/**
 * Where the document holds a plain `yes`, `no`, `on`, `off`, `y` or `n`
 * (as a key or a value), which it reads as a boolean, as Go's YAML does.
 */
export function goBooleanOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = []
  visit(doc, {
    Scalar(_, node) {
      if (
        node.type === 'PLAIN' &&
        typeof node.value === 'boolean' &&
        typeof node.source === 'string' &&
        isGoBooleanWord(node.source) &&
        node.range
      )
        offsets.push(node.range[0])
    }
  })
  return offsets
}

/**
 * The warning for a YAML 1.1 boolean word at `offset`: YAML 1.2 tools (and
 * ClusterSync before) read it as text, Go's YAML as a boolean.
 */
export function goBooleanDiagnostic(
  text: string,
  offset: number,
  file: string,
  line: number,
  column: number
): Diagnostic {
  const word = /^[A-Za-z]+/.exec(text.slice(offset, offset + 3))?.[0] ?? ''
  const value = goReading(word, 'objects')
  return {
    severity: 'warning',
    code: 'yaml-boolean-word',
    message: `unquoted ${word} is read as the boolean ${value}, as kubectl and Helm read it (YAML 1.1's booleans); YAML 1.2 tools read the text "${word}"`,
    file,
    line,
    column,
    hint: `Write ${value} for the boolean, or "${word}" in quotes for the text.`
  }
}

/**
 * A broken document's errors. Its nesting is checked too, by the walk and
 * not by the parser: the parser reports its own stack overflow only when the
 * stack runs out, which near a thousand levels depends on how warm the code
 * is, so the same file gave `yaml-too-deep` on one run and not on the next.
 */
function documentErrors(
  doc: Document.Parsed,
  keys: ReturnType<typeof keyProblems>,
  lineCounter: LineCounter,
  file: string,
  diagnostics: Diagnostic[]
): void {
  let overflow: YAMLError | undefined
  // Syntax errors and repeated keys, in the order of the text.
  const found: { offset: number; diagnostic: Diagnostic }[] = []
  for (const error of doc.errors) {
    if (isStackOverflow(error.message)) overflow ??= error
    else
      found.push({
        offset: error.pos[0],
        diagnostic: yamlDiagnostic(error, file)
      })
  }
  for (const offset of keys.repeated) {
    const { line, column } = positionOf({ lineCounter }, offset)
    found.push({
      offset,
      diagnostic: duplicateKeyDiagnostic(file, line, column)
    })
  }
  for (const offset of keys.collections) {
    const { line, column } = positionOf({ lineCounter }, offset)
    found.push({
      offset,
      diagnostic: collectionKeyDiagnostic(file, line, column)
    })
  }
  found.sort((a, b) => a.offset - b.offset)
  for (const { diagnostic } of found) diagnostics.push(diagnostic)
  const deep = tooDeepNode(doc)
  if (deep) {
    const { line, column } = positionOf({ lineCounter }, deep.range?.[0] ?? 0)
    diagnostics.push(tooDeepDiagnostic(file, line, column))
  } else if (overflow) diagnostics.push(yamlDiagnostic(overflow, file))
}

/** A diagnostic for the character at `offset`, by its code point. */
function controlCharacterDiagnostic(
  text: string,
  offset: number,
  file: string
): Diagnostic {
  const code = text.codePointAt(offset) ?? 0
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  const { line, column } = lineTracker(text).at(offset)
  return {
    severity: 'error',
    code: 'yaml-control-character',
    message: `${file} holds the control character ${name}${code === 0 ? ' (NUL)' : ''}, which YAML does not allow`,
    file,
    line,
    column,
    hint: 'Remove it. To put such a character in a value, write it as an escape in a double-quoted string ("\\0", "\\x1b").'
  }
}

/** A tag `yaml` could not resolve, named as written (`!!js/function`, `!Ref`). */
function tagDiagnostic(
  warning: YAMLError,
  text: string,
  file: string
): Diagnostic {
  const written = text.slice(warning.pos[0], warning.pos[1])
  const tag = written.startsWith('!')
    ? written
    : warning.message.replace(/^Unresolved tag: (\S+).*$/s, '$1')
  const position = warning.linePos?.[0]
  return {
    severity: 'error',
    code: 'yaml-unknown-tag',
    message: `the YAML tag ${tag} is not one ClusterSync reads: it would be dropped and the value read as plain text`,
    file,
    line: position?.line ?? 1,
    column: position?.col ?? 1,
    hint: 'Definitions, manifests and Helm values are plain data: text, numbers, booleans, null, lists and mappings (tags !!str, !!int, !!float, !!bool, !!null, !!seq, !!map on values written as such). Remove the tag, or quote the whole value if the text is meant, e.g. `key: "!Ref name"`.'
  }
}

/**
 * `parseAllDocuments`, with a stack overflow thrown from inside the parser
 * (rather than reported as a document error) turned into `yaml-too-deep`.
 */
function parseAllDocumentsGuarded(
  text: string,
  lineCounter: LineCounter,
  file: string,
  diagnostics: Diagnostic[],
  options: YamlOptions
): Document.Parsed[] {
  try {
    return parseAllDocuments(text, {
      ...options,
      lineCounter,
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
  diagnostics: Diagnostic[],
  reader: YamlReader
): ParsedFile {
  return (
    parsePlainYaml(text, file, reader) ??
    parseYamlText(text, file, diagnostics, reader)
  )
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
  return {
    severity: 'error',
    code: 'yaml-syntax',
    message,
    file,
    line: position?.line ?? 1,
    column: position?.col ?? 1
  }
}

function collectionKeyDiagnostic(
  file: string,
  line: number,
  column: number
): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml-collection-key',
    message:
      'a key that is a mapping or a list: kubectl, Helm and Ankra refuse it (a key must be text, a number or a boolean)',
    file,
    line,
    column,
    hint: 'Write the key as text, in quotes when it holds [, ], {, } or a comma.'
  }
}

function duplicateKeyDiagnostic(
  file: string,
  line: number,
  column: number
): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml-duplicate-key',
    message: 'duplicate key: Map keys must be unique',
    file,
    line,
    column,
    hint: 'Each key may appear once per mapping; remove or merge the repeated one.'
  }
}

/**
 * A document's value as plain data, merge keys applied. Only documents whose
 * anchors were checked come here ({@link parseYamlText}, embedded YAML), the
 * expansion count included, so `yaml`'s own alias count, which refuses the
 * 101st use of one anchor, is off.
 */
export function documentToValue(doc: Document.Parsed): unknown {
  return doc.toJS({ maxAliasCount: -1 })
}

/** Line and column (1-based) of an offset in a parsed file. */
export function positionOf(
  parsed: Pick<ParsedYaml, 'lineCounter'>,
  offset: number
): { line: number; column: number } {
  const { line, col } = parsed.lineCounter.linePos(offset)
  return { line, column: col }
}
