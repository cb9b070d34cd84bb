/**
 * File positions for values of a parsed registry file, so every diagnostic
 * carries file:line:column (STYLE.md §5.5). Registry files are tiny, so a
 * walk down the YAML nodes per lookup is cheap enough.
 */
import {
  isMap,
  isNode,
  isPair,
  isScalar,
  type Document,
  type LineCounter
} from 'yaml'
import type { SourceLocation } from '../diagnostics.js'

/** A parsed file with what is needed to turn offsets into lines. */
export interface LocatedYaml {
  /** Path shown in diagnostics (forward slashes). */
  file: string
  text: string
  doc: Document
  lineCounter: LineCounter
}

/**
 * The location of the value at `path` (`['spec', 'url']`), or of the key
 * itself when `at` is `'key'`. Falls back to the deepest existing parent, and
 * to 1:1 for an empty document, so a diagnostic always has a place.
 */
export function locate(
  yaml: LocatedYaml,
  path: readonly string[],
  at: 'value' | 'key' = 'value'
): SourceLocation {
  let node: unknown = yaml.doc.contents
  let range: readonly number[] | undefined = rangeOf(node)
  for (const segment of path) {
    if (!isMap(node)) break
    const pair = node.items.find(
      (item) =>
        isPair(item) && isScalar(item.key) && String(item.key.value) === segment
    )
    if (!pair) break
    if (at === 'key' && segment === path[path.length - 1]) {
      range = rangeOf(pair.key) ?? range
      break
    }
    node = pair.value
    range = rangeOf(node) ?? rangeOf(pair.key) ?? range
  }
  return fromRange(yaml, range)
}

/** The location of a byte offset range in the file. */
export function locateOffsets(
  yaml: Pick<LocatedYaml, 'file' | 'lineCounter'>,
  start: number,
  end: number
): SourceLocation {
  const from = yaml.lineCounter.linePos(start)
  const to = yaml.lineCounter.linePos(end)
  return {
    file: yaml.file,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col
  }
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return isNode(node) ? (node.range ?? undefined) : undefined
}

function fromRange(
  yaml: LocatedYaml,
  range: readonly number[] | undefined
): SourceLocation {
  if (!range) return { file: yaml.file, line: 1, column: 1 }
  // range = [start, valueEnd, nodeEnd]: the value ends before trailing comments.
  return locateOffsets(yaml, range[0] ?? 0, range[1] ?? range[0] ?? 0)
}
