/**
 * The nesting limit of YAML documents. The parser, the conversion to plain
 * values, substitution, the schema check and the digests all recurse into
 * nested values, so a document nested far enough (100,000 `[`) overflows the
 * call stack somewhere in them. Refusing documents deeper than a documented
 * limit, with its position, turns that crash into a diagnostic; no
 * Kubernetes object or Helm values file comes near the limit.
 */
import { isMap, isPair, isSeq, type Document, type Node } from 'yaml'
import type { Diagnostic } from '../diagnostics.js'

/** Levels of mappings and sequences one document may nest (the document's own value is level 1). */
export const maxNestingDepth = 256

/**
 * The first node (in document order) nested deeper than
 * {@link maxNestingDepth}, or undefined. Walks with its own stack.
 */
export function tooDeepNode(doc: Document.Parsed): Node | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]]
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top
    if (!isMap(node) && !isSeq(node)) continue
    if (depth > maxNestingDepth) return node
    const children: unknown[] = []
    for (const item of node.items) {
      if (isPair(item)) children.push(item.key, item.value)
      else children.push(item)
    }
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push([children[i], depth + 1])
    }
  }
  return undefined
}

/** True for the parser's own report of a stack overflow. */
export function isStackOverflow(message: string): boolean {
  return /maximum call stack size exceeded/i.test(message)
}

/** `yaml-too-deep` at the place where the nesting passes the limit. */
export function tooDeepDiagnostic(
  file: string,
  line: number,
  column: number
): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml-too-deep',
    message: `the YAML here nests deeper than ${maxNestingDepth} levels of mappings and lists; refusing to read it`,
    file,
    line,
    column,
    hint: 'Flatten the structure, or split it into several objects or values files; if the nesting is unintended, look for unclosed or repeated [ and { brackets.'
  }
}
