/**
 * YAML that arrives inside the definition rather than as a file: inline
 * `manifest:` and `values:` text and their base64 forms. Decoding and
 * parsing problems are reported at the field that holds the text.
 */
import { Buffer } from 'node:buffer'
import { parseAllDocuments, type Document } from 'yaml'
import { hasKeyProblems } from '../definition/yaml-unique-keys.js'
import { tooDeepNode } from '../definition/yaml-depth.js'
import type { Diagnostic } from '../diagnostics.js'
import { checkAnchors } from '../definition/yaml-anchors.js'
import { controlCharacterAt } from '../definition/yaml-characters.js'
import { keepFileKeyOrder } from '../sops/key-order.js'
import {
  documentToValue,
  goBooleanDiagnostic,
  goBooleanOffsets,
  parseYamlText,
  yamlOptionsFor
} from '../definition/yaml-parse.js'
import { lineTracker } from '../definition/plain-yaml.js'
import { mayReadDifferentlyInGo } from '../definition/go-scalars.js'
import { report, type ValidationContext } from './validation-context.js'

const base64Text = /^[A-Za-z0-9+/\s]*={0,2}\s*$/

/** Decodes base64 to UTF-8 text; reports `base64-invalid` and returns undefined on failure. */
export function decodeBase64(
  ctx: ValidationContext,
  text: string,
  pointer: string,
  field: string
): string | undefined {
  const compact = text.replace(/\s/g, '')
  if (!base64Text.test(text) || compact.length % 4 === 1) {
    report(
      ctx,
      'error',
      pointer,
      'base64-invalid',
      `${field} is not valid base64`,
      'Encode the YAML with `base64 -w0 file.yaml`.'
    )
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Buffer.from(compact, 'base64')
    )
  } catch {
    report(
      ctx,
      'error',
      pointer,
      'base64-invalid',
      `${field} decodes to bytes that are not UTF-8 text`,
      'Encode a YAML text file, not binary data.'
    )
    return undefined
  }
}

/**
 * Parses YAML text held by the field at `pointer` into its documents' values.
 * Returns undefined after reporting `embedded-yaml-invalid`.
 */
export function parseEmbeddedYaml(
  ctx: ValidationContext,
  text: string,
  pointer: string,
  field: string
): unknown[] | undefined {
  // Fast path first: most embedded YAML is valid, and yaml's line index and
  // pretty errors cost a third of the parse; build them only to report. The
  // text is clean when parseYamlText would report nothing.
  const goReadings = mayReadDifferentlyInGo(text)
  const documents =
    controlCharacterAt(text) === -1
      ? parseAllDocuments(text, {
          ...yamlOptionsFor('objects', text, goReadings),
          prettyErrors: false
        })
      : undefined
  const clean =
    documents?.every(
      (doc) =>
        doc.errors.length === 0 &&
        !hasKeyProblems(doc) &&
        doc.warnings.every((w) => w.code !== 'TAG_RESOLVE_FAILED') &&
        checkAnchors(doc) === undefined &&
        !tooDeepNode(doc)
    ) === true
  const problems: Diagnostic[] = []
  const parsed =
    clean && documents
      ? { documents: documents.filter((doc) => doc.contents !== null) }
      : parseYamlText(text, field, problems, 'objects')
  const first = problems.find((problem) => problem.severity === 'error')
  if (first) {
    report(
      ctx,
      'error',
      pointer,
      'embedded-yaml-invalid',
      `${field} is not valid YAML: ${first.message} (line ${first.line ?? 1} of the embedded text)`
    )
    return undefined
  }
  // Only text the gate flags can hold a word Go reads as a boolean.
  if (goReadings) reportGoBooleans(ctx, text, parsed.documents, pointer, field)
  const values = parsed.documents.map((doc) => documentToValue(doc))
  keepFileKeyOrder(values, parsed.documents)
  return values
}

/**
 * A `yaml-boolean-word` warning for each plain `yes`, `no`, `on`, … in the
 * embedded text, at its line in a `|` block, else at the field (base64 or
 * quoted text) with the line of the embedded text in the message.
 */
function reportGoBooleans(
  ctx: ValidationContext,
  text: string,
  documents: readonly Document.Parsed[],
  pointer: string,
  field: string
): void {
  const offsets = documents.flatMap((doc) =>
    doc.contents === null ? [] : goBooleanOffsets(doc)
  )
  if (offsets.length === 0) return
  const origin = ctx.loaded.sourceMap.literalBlockOrigin(pointer)
  const lines = lineTracker(text)
  for (const offset of offsets) {
    const { line, column } = lines.at(offset)
    const place = origin && {
      file: origin.file,
      line: origin.line + line - 1,
      column: origin.column + column - 1
    }
    const warning = goBooleanDiagnostic(text, offset, field, line, column)
    report(
      ctx,
      'warning',
      pointer,
      warning.code,
      place
        ? `${warning.message} (in ${field})`
        : `${warning.message} (line ${line} of ${field})`,
      warning.hint,
      place
    )
  }
}
