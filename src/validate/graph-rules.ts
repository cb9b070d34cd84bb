/**
 * The parents graph: every parent must name a manifest or add-on declared
 * somewhere in the cluster (any stack), and the graph must have no cycle. A
 * cycle is printed with each edge and the place it was written (a long one
 * cut, with its length), once per group of resources caught in cycles.
 */
import type {
  ParentRef,
  Resource,
  Stack
} from '../definition/definition-types.js'
import { compareText } from '../diagnostics.js'
import { countText } from '../plural.js'
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
  const edges = new Map<string, Edge[]>()
  for (const r of resources) {
    const out: Edge[] = []
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

type Edge = { to: string; ref: ParentRef }
type Link = { node: string; ref?: ParentRef }

/**
 * One error per group of resources that depend on each other (a strongly
 * connected component), with one shortest cycle through the group's
 * smallest name. Reporting every cycle a depth-first walk meets does not
 * stay bounded: 300 manifests that each name all the others gave 44,850
 * errors (373 MB); and removing any edge of the one shown breaks it.
 */
function findCycles(ctx: ValidationContext, edges: Map<string, Edge[]>): void {
  const position = new Map([...edges.keys()].map((key, i) => [key, i]))
  for (const group of stronglyConnected(edges)) {
    const start = [...group].sort(compareText)[0] as string
    const members = new Set(group)
    const cycle = shortestCycle(start, members, edges)
    if (!cycle) continue // one resource without a parent of its own
    group.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
    reportCycle(ctx, cycle, group)
  }
}

/**
 * Tarjan's strongly connected components. The walk keeps its own stack (a
 * frame per node on the current path, with the index of the next edge to
 * follow): a chain of parents can be longer than the call stack is deep.
 */
function stronglyConnected(edges: Map<string, Edge[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const open: string[] = []
  const onOpen = new Set<string>()
  const path: { node: string; next: number }[] = []
  const groups: string[][] = []
  const enter = (node: string): void => {
    index.set(node, index.size)
    low.set(node, index.size - 1)
    open.push(node)
    onOpen.add(node)
    path.push({ node, next: 0 })
  }
  for (const root of edges.keys()) {
    if (index.has(root)) continue
    enter(root)
    while (path.length > 0) {
      const frame = path[path.length - 1] as (typeof path)[number]
      const node = frame.node
      const edge = edges.get(node)?.[frame.next++]
      if (edge !== undefined) {
        if (!index.has(edge.to)) enter(edge.to)
        else if (onOpen.has(edge.to))
          low.set(node, Math.min(low.get(node) ?? 0, index.get(edge.to) ?? 0))
        continue
      }
      path.pop()
      const caller = path[path.length - 1]
      if (caller)
        low.set(
          caller.node,
          Math.min(low.get(caller.node) ?? 0, low.get(node) ?? 0)
        )
      if (low.get(node) !== index.get(node)) continue
      const group: string[] = []
      for (let member = open.pop(); member !== undefined; member = open.pop()) {
        onOpen.delete(member)
        group.push(member)
        if (member === node) break
      }
      groups.push(group)
    }
  }
  return groups
}

/**
 * A shortest cycle from `start` back to it inside `members` (breadth-first,
 * edges in written order), as `[start, …, start]`; undefined when none.
 */
function shortestCycle(
  start: string,
  members: ReadonlySet<string>,
  edges: Map<string, Edge[]>
): Link[] | undefined {
  const cameFrom = new Map<string, { from: string; ref: ParentRef }>()
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string
    for (const edge of edges.get(node) ?? []) {
      if (edge.to === start) {
        const cycle: Link[] = [{ node: start, ref: edge.ref }]
        for (let at = node; at !== start;) {
          const step = cameFrom.get(at)
          if (!step) break
          cycle.push({ node: at, ref: step.ref })
          at = step.from
        }
        // Built backwards from the closing edge: each link holds the ref
        // of the edge into it; reversed, the walk runs from `start`.
        cycle.push({ node: start })
        return cycle.reverse()
      }
      if (!members.has(edge.to) || cameFrom.has(edge.to)) continue
      cameFrom.set(edge.to, { from: node, ref: edge.ref })
      queue.push(edge.to)
    }
  }
  return undefined
}

/**
 * A longer cycle prints its first `cycleShownFirst` resources, `…`, and the
 * last one; a group names `membersNamed` of its other resources and counts
 * the rest. Up to `cycleShownWhole` / `membersListedWhole` everything is
 * printed, as always.
 */
const cycleShownFirst = 8
const cycleShownWhole = 10
const membersNamed = 3
const membersListedWhole = 4

function reportCycle(
  ctx: ValidationContext,
  cycle: readonly Link[],
  group: readonly string[]
): void {
  const text = (node: string): string => {
    const cut = node.indexOf(':')
    return label(node.slice(0, cut), node.slice(cut + 1))
  }
  const edge = (i: number): string => {
    const to = cycle[i + 1]
    return `${text(cycle[i]?.node ?? '')} → ${text(to?.node ?? '')} at ${to?.ref ? formatPlace(to.ref.source) : '?'}`
  }
  const length = cycle.length - 1
  const cut = length > cycleShownWhole
  const shown = cut
    ? [...cycle.slice(0, cycleShownFirst), cycle[length - 1], cycle[length]]
    : cycle
  const path = shown.map((c) => text(c?.node ?? ''))
  if (cut) path.splice(cycleShownFirst, 0, '…')
  const steps = cut
    ? [
        ...[...Array(cycleShownFirst - 1).keys()].map(edge),
        `… (${countText(length - cycleShownFirst)} more)`,
        edge(length - 1)
      ]
    : [...Array(length).keys()].map(edge)
  let message = `dependency cycle: ${path.join(' -> ')}`
  if (cut)
    message += ` (${countText(length)} resources in this cycle, ${countText(length - cycleShownFirst - 1)} not shown)`
  let hint = `Edges (resource → its parent): ${steps.join('; ')}. Remove one of these parents.`
  if (group.length > length) {
    const onCycle = new Set(cycle.map((c) => c.node))
    const rest = group.filter((node) => !onCycle.has(node))
    const also =
      rest.length > membersListedWhole
        ? `${rest.slice(0, membersNamed).map(text).join(', ')} and ${countText(rest.length - membersNamed)} others`
        : listText(rest.map(text))
    message += `, one of the cycles among ${countText(group.length)} resources that depend on each other (also ${also})`
    hint +=
      ' Then validate again: the others of this group may still form cycles.'
  }
  const firstRef = cycle[1]?.ref
  report(
    ctx,
    'error',
    firstRef?.source.pointer ?? '',
    'dependency-cycle',
    message,
    hint,
    firstRef?.source
  )
}

/** `a`, `a and b`, `a, b and c`. */
function listText(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
