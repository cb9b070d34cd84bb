/**
 * The parents graph: every parent must name a manifest or add-on declared
 * somewhere in the cluster (any stack), and the graph must have no cycle. A
 * cycle is printed whole, each edge with the place it was written.
 */
import type {
  ParentRef,
  Resource,
  Stack
} from '../definition/definition-types.js'
import { compareText } from '../diagnostics.js'
import {
  formatPlace,
  report,
  type ValidationContext
} from './validation-context.js'
import { suggest } from './did-you-mean.js'

const label = (kind: string, name: string): string =>
  `${kind === 'addon' ? 'add-on' : 'manifest'} "${name}"`
const keyOf = (kind: string, name: string): string => `${kind}:${name}`

/** Reports dangling parents and dependency cycles. */
export function checkParents(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  const resources: Resource[] = stacks.flatMap((s) => [
    ...s.manifests,
    ...s.addons
  ])
  const byKey = new Map<string, Resource>()
  for (const r of resources)
    if (!byKey.has(keyOf(r.kind, r.name))) byKey.set(keyOf(r.kind, r.name), r)
  const edges = new Map<string, { to: string; ref: ParentRef }[]>()
  for (const r of resources) {
    const out: { to: string; ref: ParentRef }[] = []
    for (const parent of r.parents) {
      const target = keyOf(parent.kind, parent.name)
      if (byKey.has(target)) {
        out.push({ to: target, ref: parent })
        continue
      }
      reportDangling(ctx, r, parent, resources, stacks)
    }
    edges.set(keyOf(r.kind, r.name), out)
  }
  findCycles(ctx, edges)
}

function reportDangling(
  ctx: ValidationContext,
  owner: Resource,
  parent: ParentRef,
  resources: readonly Resource[],
  stacks: readonly Stack[]
): void {
  // Never the owner itself: that would suggest a parent of its own.
  const otherKind = resources.find(
    (r) => r !== owner && r.name === parent.name && r.kind !== parent.kind
  )
  const stack = stacks.find((s) => s.name === parent.name)
  const sameKind = resources
    .filter((r) => r.kind === parent.kind)
    .map((r) => r.name)
  const prefixed = prefixMatches(parent.name, sameKind)
  const close = suggest(parent.name, sameKind)
  const hint = otherKind
    ? `There is ${label(otherKind.kind, otherKind.name)}; write \`- ${otherKind.kind}: ${parent.name}\`.`
    : prefixed.length > 0
      ? `Did you mean ${prefixed.map((n) => `"${n}"`).join(' or ')}? A file of raw objects is named by its path from the definition's folder, without extension, or "/" + its path from the repository root outside that folder (docs/format.md, "Names of raw-object manifests").`
      : close !== undefined
        ? `Did you mean "${close}"?`
        : stack !== undefined
          ? owner.stack === stack.name
            ? `"${parent.name}" is the stack ${label(owner.kind, owner.name)} is in: parents name a manifest or add-on of this cluster, one the stack holds or another.`
            : `"${parent.name}" is a stack: parents name a manifest or add-on. To run after every step of stack "${parent.name}", give the stacks deploy_wave values.`
          : 'Parents name a manifest or add-on declared in any stack of this cluster.'
  report(
    ctx,
    'error',
    parent.source.pointer,
    'unknown-parent',
    `${label(owner.kind, owner.name)} has the parent ${label(parent.kind, parent.name)}, which is not declared anywhere in this cluster`,
    hint
  )
}

/**
 * Declared names that differ from `name` only by leading path segments, in
 * either direction (`namespaces/shop` and `platform/namespaces/shop`, or
 * `/shared/quota` and `shared/quota`): the usual slip when a raw-object
 * file's name is written from another folder than the definition's.
 */
function prefixMatches(name: string, declared: readonly string[]): string[] {
  const found = declared.filter(
    (other) =>
      other !== name &&
      (other.endsWith(`/${name}`) || name.endsWith(`/${other}`))
  )
  return [...new Set(found)].sort(compareText)
}

/**
 * Depth-first search; each cycle is reported once, from its smallest node.
 * The walk keeps its own stack (a frame per node on the current path, with
 * the index of the next edge to follow): a chain of parents can be longer
 * than the call stack is deep.
 */
function findCycles(
  ctx: ValidationContext,
  edges: Map<string, { to: string; ref: ParentRef }[]>
): void {
  const state = new Map<string, 'active' | 'done'>()
  const seen = new Set<string>()
  const path: { node: string; ref?: ParentRef; next: number }[] = []
  const onPath = new Map<string, number>()
  const enter = (node: string, ref?: ParentRef): void => {
    state.set(node, 'active')
    onPath.set(node, path.length)
    path.push({ node, ref, next: 0 })
  }
  for (const root of [...edges.keys()].sort(compareText)) {
    if (state.has(root)) continue
    enter(root)
    while (path.length > 0) {
      const frame = path[path.length - 1] as (typeof path)[number]
      const edge = edges.get(frame.node)?.[frame.next++]
      if (edge === undefined) {
        path.pop()
        onPath.delete(frame.node)
        state.set(frame.node, 'done')
        continue
      }
      const s = state.get(edge.to)
      if (s === 'active') {
        const start = onPath.get(edge.to) ?? 0
        reportCycle(
          ctx,
          [...path.slice(start), { node: edge.to, ref: edge.ref }],
          seen
        )
      } else if (s === undefined) {
        enter(edge.to, edge.ref)
      }
    }
  }
}

function reportCycle(
  ctx: ValidationContext,
  cycle: readonly { node: string; ref?: ParentRef }[],
  seen: Set<string>
): void {
  const nodes = cycle.slice(0, -1).map((c) => c.node)
  const id = [...nodes].sort(compareText).join(' ')
  if (seen.has(id)) return
  seen.add(id)
  const text = (node: string): string => {
    const cut = node.indexOf(':')
    return label(node.slice(0, cut), node.slice(cut + 1))
  }
  const steps = cycle.slice(1).map((c, i) => {
    const from = text(cycle[i]?.node ?? '')
    return `${from} → ${text(c.node)} at ${c.ref ? formatPlace(c.ref.source) : '?'}`
  })
  const firstRef = cycle[1]?.ref
  report(
    ctx,
    'error',
    firstRef?.source.pointer ?? '',
    'dependency-cycle',
    `dependency cycle: ${cycle.map((c) => text(c.node)).join(' -> ')}`,
    `Edges (resource → its parent): ${steps.join('; ')}. Remove one of these parents.`,
    firstRef?.source
  )
}
