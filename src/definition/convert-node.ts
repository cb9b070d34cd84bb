/**
 * Turns a YAML node of the definition into plain data while recording, in the
 * source map, where every value and key was written. Aliases and merge keys
 * are expanded as `yaml`'s toJS expands them; a value that comes from an
 * alias or a merge is recorded where it was written. The parser checked the
 * aliases (yaml-anchors.ts), so expansion is bounded.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Pair,
  type YAMLMap,
  type Node as YamlNode
} from 'yaml'
import { childPointer } from './pointer.js'
import type { FileIndex, SourceMap } from './source-map.js'
import { aliasTarget, isMergeKey } from './yaml-anchors.js'
import { positionOf, type ParsedYaml } from './yaml-parse.js'

/** The file and document a node belongs to. */
export interface NodeScope {
  parsed: ParsedYaml
  doc: Document.Parsed
  sourceMap: SourceMap
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

/** The node an alias stands for (the node itself when it is none). */
export function resolveAlias(node: MaybeNode): MaybeNode {
  return isAlias(node) ? aliasTarget(node) : node
}

/**
 * The entries of a mapping with its merge keys applied, in the order
 * `yaml`'s toJS gives them: keys written in the mapping win, and of the
 * mappings a `<<` merges, earlier ones win over later ones (YAML 1.1 merge,
 * as kubectl, Helm and Ankra read it). Each entry is the pair as written,
 * so its key and value keep their own positions.
 */
export function mergedPairs(map: YAMLMap): Pair[] {
  const items = map.items
  if (!items.some((pair) => isMergeKey(pair.key))) return items
  const out = new Map<string, Pair>()
  for (const pair of items) {
    if (!isMergeKey(pair.key)) {
      // A key already merged keeps its place and takes this value.
      out.set(keyText(pair.key), pair)
      continue
    }
    const value = pair.value as MaybeNode
    const sources = isSeq(value) ? (value.items as MaybeNode[]) : [value]
    for (const source of sources.map(resolveAlias)) {
      if (!isMap(source)) continue
      for (const merged of mergedPairs(source)) {
        const name = keyText(merged.key)
        if (!out.has(name)) out.set(name, merged)
      }
    }
  }
  return [...out.values()]
}

/**
 * Converts `node` to plain data, recording positions below `pointer`.
 */
export function convertNode(
  scope: NodeScope,
  node: MaybeNode,
  pointer: string,
  key?: MaybeNode
): unknown {
  recordPosition(scope, pointer, node, key)
  if (node === null || node === undefined) return null
  if (isAlias(node)) {
    const target = aliasTarget(node)
    return target ? convertNode(scope, target, pointer, key) : null
  }
  if (isScalar(node)) return node.value ?? null
  if (isSeq(node)) {
    return node.items.map((item, index) =>
      convertNode(scope, item as MaybeNode, childPointer(pointer, index))
    )
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of mergedPairs(node)) {
      const name = keyText(pair.key)
      const value = convertNode(
        scope,
        pair.value as MaybeNode,
        childPointer(pointer, name),
        pair.key as MaybeNode
      )
      setProperty(out, name, value)
    }
    return out
  }
  return null
}
