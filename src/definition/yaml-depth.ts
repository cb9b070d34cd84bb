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

/**
 * The offset of the first `[` or `{` that opens a flow collection deeper
 * than {@link maxNestingDepth}, or -1. Checked on the text before parsing:
 * near a thousand levels the parser's own recursion may or may not run out
 * of stack, depending on what the run did before, so leaving deep flow
 * nesting to it would make the same file give different answers. Counted
 * only where YAML reads a bracket as a collection (the start of a value, or
 * inside one), skipping quoted text and comments; block nesting needs a
 * line as long as its depth and is left to {@link tooDeepNode}.
 */
export function flowTooDeepAt(text: string): number {
  if (!/[[{]/.test(text)) return -1
  let depth = 0
  let valueStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') {
      // A new line in block context starts a key or a value; inside a flow
      // collection it changes nothing.
      if (depth === 0) valueStart = true
      continue
    }
    if (c === ' ' || c === '\t') continue
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i)
      i = end === -1 ? text.length : end - 1
      continue
    }
    if ((c === '"' || c === "'") && (depth > 0 || valueStart)) {
      i = quoteEnd(text, i)
      valueStart = false
      continue
    }
    if ((c === '[' || c === '{') && (depth > 0 || valueStart)) {
      depth++
      if (depth > maxNestingDepth) return i
      valueStart = true
      continue
    }
    if ((c === ']' || c === '}') && depth > 0) {
      depth--
      valueStart = false
      continue
    }
    if (depth > 0) {
      valueStart = c === ',' || c === ':'
      continue
    }
    // Block context: a value starts after `- `, `? ` or `: `.
    valueStart =
      (c === '-' || c === '?' || c === ':') && /\s/.test(text[i + 1] ?? ' ')
  }
  return -1
}

/** The offset of the quote closing the one at `start` (or the text's end). */
function quoteEnd(text: string, start: number): number {
  const quote = text[start]
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++
      continue
    }
    if (text[i] !== quote) continue
    if (quote === "'" && text[i + 1] === "'") {
      i++
      continue
    }
    return i
  }
  return text.length
}
