/**
 * A small directed graph of step ids with the operations planning needs:
 * Kahn's topological sort with the written order as tie-breaker, path and
 * cycle finding for explanations, and longest-path layering into stages.
 * Every traversal follows insertion order, so results are deterministic,
 * and every walk is a loop, never a recursion, so a chain of any length
 * fits on the stack.
 *
 * Barriers are nodes that are not steps: a deploy wave waits for the wave
 * before it through one barrier (every step of the lower wave → barrier →
 * every step of the upper wave), so waves cost edges linear in their size
 * instead of one edge per pair. A barrier is passed through as soon as it
 * is ready and adds no stage of its own.
 */

/** Nodes in written order, with successor and predecessor sets. */
export interface Graph {
  readonly nodes: readonly string[]
  /** Written position of each node: the tie-breaker of the sort. */
  readonly position: ReadonlyMap<string, number>
  readonly successors: ReadonlyMap<string, Set<string>>
  readonly predecessors: ReadonlyMap<string, Set<string>>
  /** Nodes that are barriers, not steps (see the file comment). */
  readonly barriers: ReadonlySet<string>
}

/**
 * A graph with the given nodes (in written order), the given barriers and no
 * edges. Barriers sort before every step, so one is passed as soon as the
 * steps it waits for are done, exactly when direct edges would have freed
 * the steps behind it.
 */
export function createGraph(
  nodes: readonly string[],
  barriers: readonly string[] = []
): Graph {
  const all = [...nodes, ...barriers]
  const position = new Map<string, number>()
  nodes.forEach((id, i) => position.set(id, i))
  barriers.forEach((id, i) => position.set(id, i - barriers.length))
  return {
    nodes: all,
    position,
    successors: new Map(all.map((id) => [id, new Set<string>()])),
    predecessors: new Map(all.map((id) => [id, new Set<string>()])),
    barriers: new Set(barriers)
  }
}

/** Adds `from → to` (from runs first); unknown ids and self-loops are ignored. */
export function addEdge(graph: Graph, from: string, to: string): void {
  if (from === to) return
  const out = graph.successors.get(from)
  const into = graph.predecessors.get(to)
  if (!out || !into) return
  out.add(to)
  into.add(from)
}

/** True when the graph already has the direct edge `from → to`. */
export function hasEdge(graph: Graph, from: string, to: string): boolean {
  return graph.successors.get(from)?.has(to) ?? false
}

/**
 * A shortest path `from → … → to` (both included), or undefined when `to`
 * cannot be reached. Used to explain why an implicit edge would close a cycle.
 */
export function findPath(
  graph: Graph,
  from: string,
  to: string
): string[] | undefined {
  const cameFrom = new Map<string, string>()
  const queue = [from]
  const seen = new Set([from])
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string
    if (node === to) {
      const path = [to]
      for (let n = to; n !== from;) {
        n = cameFrom.get(n) as string
        path.push(n)
      }
      return path.reverse()
    }
    for (const next of graph.successors.get(node) ?? []) {
      if (seen.has(next)) continue
      seen.add(next)
      cameFrom.set(next, node)
      queue.push(next)
    }
  }
  return undefined
}

/** The result of a topological sort. */
export interface SortResult {
  /** Nodes whose dependencies could all be ordered, in run order (barriers included). */
  order: string[]
  /** Nodes on or behind a cycle, in written order; empty for a DAG. */
  blocked: string[]
}

/**
 * Kahn's algorithm. Among the steps that are ready, the one written earliest
 * runs first, so a definition without edges plans in the order written.
 * The ready steps wait in a binary heap keyed by written position: tens of
 * thousands of independent steps are ready at once in a large definition.
 * Terminates on cycles: what cannot be ordered is returned as `blocked`.
 */
export function topologicalSort(graph: Graph): SortResult {
  const indegree = new Map<string, number>()
  const ready = new PositionHeap(graph)
  for (const id of graph.nodes) {
    const degree = graph.predecessors.get(id)?.size ?? 0
    indegree.set(id, degree)
    if (degree === 0) ready.push(id)
  }
  const order: string[] = []
  for (let node = ready.pop(); node !== undefined; node = ready.pop()) {
    order.push(node)
    for (const next of graph.successors.get(node) ?? []) {
      const left = (indegree.get(next) ?? 0) - 1
      indegree.set(next, left)
      if (left === 0) ready.push(next)
    }
  }
  const done = new Set(order)
  return { order, blocked: graph.nodes.filter((id) => !done.has(id)) }
}

/**
 * One cycle among `blocked` nodes, as `[a, b, …, a]` in run direction, of
 * steps only (a barrier on the cycle is stepped over: its step on one side
 * waits for its step on the other through the wave).
 * Every node Kahn leaves behind has a predecessor that was also left behind,
 * so walking predecessors from any of them must revisit a node.
 */
export function findCycle(
  graph: Graph,
  blocked: readonly string[]
): string[] | undefined {
  const inBlocked = new Set(blocked)
  const start = blocked.find((id) => !graph.barriers.has(id))
  if (start === undefined) return undefined
  const walk: string[] = []
  const seenAt = new Map<string, number>()
  let node: string | undefined = start
  while (node !== undefined && !seenAt.has(node)) {
    seenAt.set(node, walk.length)
    walk.push(node)
    node = earliest(graph, stepPredecessors(graph, node), inBlocked)
  }
  if (node === undefined) return undefined
  // The walk went backwards (node ← predecessor); reverse it for run order,
  // then start at the step written first so the message is stable to read.
  const cycle = walk.slice(seenAt.get(node)).reverse()
  let first = 0
  cycle.forEach((id, i) => {
    if (positionOf(graph, id) < positionOf(graph, cycle[first])) first = i
  })
  const rotated = [...cycle.slice(first), ...cycle.slice(0, first)]
  return [...rotated, rotated[0] as string]
}

/**
 * Stage index of each ordered node: 0 without dependencies, else one more
 * than its deepest dependency (longest-path layering), so each stage only
 * waits for earlier stages. A barrier takes the stage of its deepest
 * dependency, so the steps behind it land where direct edges would put them.
 */
export function layerNodes(
  graph: Graph,
  order: readonly string[]
): Map<string, number> {
  const layer = new Map<string, number>()
  for (const id of order) {
    const step = graph.barriers.has(id) ? 0 : 1
    let depth = 0
    for (const dep of graph.predecessors.get(id) ?? []) {
      depth = Math.max(depth, (layer.get(dep) ?? 0) + step)
    }
    layer.set(id, depth)
  }
  return layer
}

function positionOf(graph: Graph, id: string | undefined): number {
  return id === undefined
    ? Number.MAX_SAFE_INTEGER
    : (graph.position.get(id) ?? Number.MAX_SAFE_INTEGER)
}

/** The steps `node` waits for directly or through one barrier. */
function* stepPredecessors(graph: Graph, node: string): Iterable<string> {
  for (const dep of graph.predecessors.get(node) ?? []) {
    if (graph.barriers.has(dep)) yield* graph.predecessors.get(dep) ?? []
    else yield dep
  }
}

function earliest(
  graph: Graph,
  candidates: Iterable<string>,
  allowed: ReadonlySet<string>
): string | undefined {
  let best: string | undefined
  for (const id of candidates) {
    if (!allowed.has(id)) continue
    if (best === undefined || positionOf(graph, id) < positionOf(graph, best)) {
      best = id
    }
  }
  return best
}

/** A binary min-heap of node ids by written position. */
class PositionHeap {
  private readonly items: string[] = []
  constructor(private readonly graph: Graph) {}

  push(id: string): void {
    const items = this.items
    items.push(id)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.key(items[parent]) <= this.key(id)) break
      items[i] = items[parent] as string
      i = parent
    }
    items[i] = id
  }

  pop(): string | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (top === undefined || last === undefined || items.length === 0) {
      return top
    }
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= items.length) break
      const right = left + 1
      const child =
        right < items.length && this.key(items[right]) < this.key(items[left])
          ? right
          : left
      if (this.key(items[child]) >= this.key(last)) break
      items[i] = items[child] as string
      i = child
    }
    items[i] = last
    return top
  }

  private key(id: string | undefined): number {
    return positionOf(this.graph, id)
  }
}
