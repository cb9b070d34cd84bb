/**
 * Turns a YAML node of the definition into plain data while recording, in the
 * source map, where every value and key was written. Aliases are expanded
 * under a node budget so a crafted document cannot exhaust memory.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode
} from 'yaml'
import { childPointer } from './pointer.js'
import type { FileIndex, SourceMap } from './source-map.js'
import {
  AliasLimitError,
  maxAliasNodes,
  positionOf,
  type ParsedYaml
} from './yaml-parse.js'

/** The file and document a node belongs to, plus the shared alias budget. */
export interface NodeScope {
  parsed: ParsedYaml
  doc: Document.Parsed
  sourceMap: SourceMap
  /** Nodes alias expansion may still produce in this document. */
  aliasBudget: { remaining: number }
}

/** A YAML node or `null` (an empty value such as `key:`). */
export type MaybeNode = YamlNode | null | undefined

/** Records where `node` (and its `key`, for mapping entries) was written. */
export function recordPosition(
  scope: NodeScope,
  pointer: string,
  node: MaybeNode,
  key?: MaybeNode,
  fallbackOffset = 0
): void {
  const offset = node?.range?.[0] ?? key?.range?.[0] ?? fallbackOffset
  const raw =
    isScalar(node) && typeof node.value !== 'string' ? node.source : undefined
  scope.sourceMap.setOffset(
    pointer,
    fileIndex(scope.parsed),
    offset,
    key?.range?.[0] ?? -1,
    raw
  )
}

const indexes = new WeakMap<ParsedYaml, FileIndex>()

/**
 * The shared offset → position index of a parsed file. It keeps only the
 * file's text and line index, not its documents, so the source map does
 * not hold every parsed YAML tree alive after loading.
 */
function fileIndex(parsed: ParsedYaml): FileIndex {
  let index = indexes.get(parsed)
  if (!index) {
    const lines = { lineCounter: parsed.lineCounter }
    const text = parsed.text
    index = {
      file: parsed.file,
      position: (o) => positionOf(lines, o),
      literalBlock: (o) => literalBlockStart(text, o, lines)
    }
    indexes.set(parsed, index)
  }
  return index
}

/**
 * The first content position of the literal block scalar whose `|` is at
 * `offset`: the line after the header, at the indentation of its first
 * non-blank line. An explicit indentation indicator (`|2`) is left out.
 */
function literalBlockStart(
  text: string,
  offset: number,
  lines: Pick<ParsedYaml, 'lineCounter'>
): { line: number; column: number } | undefined {
  if (text[offset] !== '|') return undefined
  const headerEnd = text.indexOf('\n', offset)
  if (headerEnd < 0) return undefined
  if (!/^\|[-+]?[ ]*(?:#.*)?\r?$/.test(text.slice(offset, headerEnd)))
    return undefined
  const blankLinesThenIndent = /(?:[ ]*\r?\n)*([ ]*)/y
  blankLinesThenIndent.lastIndex = headerEnd + 1
  const indent = blankLinesThenIndent.exec(text)?.[1]?.length ?? 0
  const { line } = positionOf(lines, offset)
  return { line: line + 1, column: indent + 1 }
}

/** The text of a mapping key (non-scalar keys are stringified as YAML would). */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value)
  return String(key)
}

/**
 * Sets a property safely: a YAML key `__proto__` must become data, never the
 * object's prototype.
 */
export function setProperty(
  target: Record<string, unknown>,
  key: string,
  value: unknown
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

/**
 * Converts `node` to plain data, recording positions below `pointer`.
 * Throws AliasLimitError when alias expansion exceeds the budget.
 */
export function convertNode(
  scope: NodeScope,
  node: MaybeNode,
  pointer: string,
  key?: MaybeNode,
  insideAlias = false
): unknown {
  if (insideAlias && --scope.aliasBudget.remaining < 0) {
    throw new AliasLimitError(`more than ${maxAliasNodes} alias nodes`)
  }
  recordPosition(scope, pointer, node, key)
  if (node === null || node === undefined) return null
  if (isAlias(node)) {
    const target = node.resolve(scope.doc)
    return target ? convertNode(scope, target, pointer, key, true) : null
  }
  if (isScalar(node)) return node.value ?? null
  if (isSeq(node)) {
    return node.items.map((item, index) =>
      convertNode(
        scope,
        item as MaybeNode,
        childPointer(pointer, index),
        undefined,
        insideAlias
      )
    )
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const name = keyText(pair.key)
      const value = convertNode(
        scope,
        pair.value as MaybeNode,
        childPointer(pointer, name),
        pair.key as MaybeNode,
        insideAlias
      )
      setProperty(out, name, value)
    }
    return out
  }
  return null
}
