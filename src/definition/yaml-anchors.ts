/**
 * Anchors, aliases and merge keys of a parsed document, checked once when
 * its file is parsed: every alias must name an anchor written before it in
 * the same document and outside itself, aliases may expand to at most
 * {@link maxAliasNodes} nodes, and a merge key (`<<`) takes mappings. What
 * passes is safe to expand: each alias's target is kept here, so converting
 * a document never searches it again.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node as YamlNode
} from 'yaml'

/**
 * How many nodes alias expansion may produce in one document, counted as
 * expanded (a mapping, a list and each scalar, key or value, is one node).
 * Reusing an anchor thousands of times stays under it; a "billion laughs"
 * document needs millions and is refused before anything is expanded.
 */
export const maxAliasNodes = 10_000

/** A problem with the anchors of a document, at an offset of its file. */
export interface AnchorProblem {
  code:
    | 'yaml-unknown-alias'
    | 'yaml-alias-cycle'
    | 'yaml-alias-limit'
    | 'yaml-merge-invalid'
  offset: number
  message: string
  hint: string
}

// Filled by checkAnchors; weak, so a dropped document takes its entries along.
const targets = new WeakMap<Alias, YamlNode>()

/** The node an alias repeats, once its document passed {@link checkAnchors}. */
export function aliasTarget(alias: Alias): YamlNode | undefined {
  return targets.get(alias)
}

/** True for a merge key: a plain `<<` key, which `yaml` reads as a symbol. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol'
}

interface Walk {
  /** Anchor name → the last node given it so far (YAML lets a name be reused). */
  anchors: Map<string, YamlNode>
  /** The collections being walked: an alias to one of them is a cycle. */
  open: Set<YamlNode>
  /** Expanded size of each aliased node, computed once. */
  sizes: Map<YamlNode, number>
  /** Nodes the aliases seen so far expand to. */
  expanded: number
}

/**
 * Checks the anchors, aliases and merge keys of `doc` and records each
 * alias's target. Returns the first problem, or undefined when the document
 * is safe to convert.
 */
export function checkAnchors(doc: Document.Parsed): AnchorProblem | undefined {
  const walk: Walk = {
    anchors: new Map(),
    open: new Set(),
    sizes: new Map(),
    expanded: 0
  }
  return visit(doc.contents, walk)
}

function visit(
  node: YamlNode | null | undefined,
  walk: Walk
): AnchorProblem | undefined {
  if (node === null || node === undefined) return undefined
  if (isAlias(node)) return visitAlias(node, walk)
  // A node's anchor is known from its start, as `yaml` resolves it: an
  // alias inside the node it names is caught as a cycle below.
  if (node.anchor) walk.anchors.set(node.anchor, node)
  if (isScalar(node)) return undefined
  walk.open.add(node)
  let problem: AnchorProblem | undefined
  if (isMap(node)) {
    for (const pair of node.items) {
      problem =
        visit(pair.key as YamlNode | null, walk) ??
        visit(pair.value as YamlNode | null, walk) ??
        (isMergeKey(pair.key)
          ? checkMergeValue(pair.value as YamlNode | null, pair.key)
          : undefined)
      if (problem) break
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      problem = visit(item as YamlNode | null, walk)
      if (problem) break
    }
  }
  walk.open.delete(node)
  return problem
}

function visitAlias(alias: Alias, walk: Walk): AnchorProblem | undefined {
  const name = alias.source
  const offset = alias.range?.[0] ?? 0
  const target = walk.anchors.get(name)
  if (target === undefined) {
    return {
      code: 'yaml-unknown-alias',
      offset,
      message: `unknown alias *${name}: no anchor &${name} comes before it in this YAML document`,
      hint: `An alias repeats a node anchored earlier in the same document; anchors do not reach across \`---\`. Write \`&${name}\` on the node first, or repeat the value.`
    }
  }
  if (walk.open.has(target)) {
    return {
      code: 'yaml-alias-cycle',
      offset,
      message: `the alias *${name} is inside the node its anchor &${name} names, so it would repeat itself forever`,
      hint: 'Move the alias out of the anchored node.'
    }
  }
  targets.set(alias, target)
  walk.expanded += sizeOf(target, walk)
  if (walk.expanded > maxAliasNodes) {
    return {
      code: 'yaml-alias-limit',
      offset,
      message: `the YAML aliases in this document expand to more than ${maxAliasNodes} nodes; refusing to expand them`,
      hint: 'Write the repeated values out, or use fewer nested aliases (`*name`).'
    }
  }
  return undefined
}

/** Nodes `node` expands to; capped just past the limit, which is all that matters. */
function sizeOf(node: YamlNode | null | undefined, walk: Walk): number {
  if (node === null || node === undefined || isScalar(node)) return 1
  // The aliases inside an anchored node were visited before it can be aliased.
  if (isAlias(node)) return sizeOf(targets.get(node), walk)
  const known = walk.sizes.get(node)
  if (known !== undefined) return known
  let size = 1
  if (isMap(node)) {
    for (const pair of node.items) {
      size += sizeOf(pair.key as YamlNode | null, walk)
      size += sizeOf(pair.value as YamlNode | null, walk)
      if (size > maxAliasNodes) break
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      size += sizeOf(item as YamlNode | null, walk)
      if (size > maxAliasNodes) break
    }
  }
  size = Math.min(size, maxAliasNodes + 1)
  walk.sizes.set(node, size)
  return size
}

/**
 * A merge key takes a mapping, an alias of one, or a list of those, as
 * Go's YAML (kubectl, Helm, Ankra) requires; `yaml` would throw on anything
 * else when converting.
 */
function checkMergeValue(
  value: YamlNode | null,
  key: unknown
): AnchorProblem | undefined {
  const isMapping = (node: unknown): boolean =>
    isMap(isAlias(node) ? targets.get(node) : node)
  const ok = isMapping(value) || (isSeq(value) && value.items.every(isMapping))
  if (ok) return undefined
  const keyOffset = isScalar(key) ? (key.range?.[0] ?? 0) : 0
  return {
    code: 'yaml-merge-invalid',
    offset: value?.range?.[0] ?? keyOffset,
    message:
      'the merge key `<<` takes a mapping, an alias of one (`*name`), or a list of them',
    hint: 'Example: `<<: *defaults` or `<<: [*base, *overrides]`; keys written beside `<<` win, then earlier mappings of the list.'
  }
}
