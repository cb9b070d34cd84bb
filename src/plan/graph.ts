/**
 * A small directed graph of step ids with the operations planning needs:
 * Kahn's topological sort with the written order as tie-breaker, path and
 * cycle finding for explanations, and longest-path layering into stages.
 * Every traversal follows insertion order, so results are deterministic.
 */

/** Nodes in written order, with successor and predecessor sets. */
export interface Graph {
  readonly nodes: readonly string[]
  /** Written position of each node: the tie-breaker of the sort. */
  readonly position: ReadonlyMap<string, number>
  readonly successors: ReadonlyMap<string, Set<string>>
  readonly predecessors: ReadonlyMap<string, Set<string>>
}

/** A graph with the given nodes (in written order) and no edges. */
export function createGraph(nodes: readonly string[]): Graph {
  return {
    nodes: [...nodes],
    position: new Map(nodes.map((id, i) => [id, i])),
    successors: new Map(nodes.map((id) => [id, new Set<string>()])),
    predecessors: new Map(nodes.map((id) => [id, new Set<string>()]))
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
        path.unshift(n)
      }
      return path
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
  /** Nodes whose dependencies could all be ordered, in run order. */
  order: string[]
  /** Nodes on or behind a cycle, in written order; empty for a DAG. */
  blocked: string[]
}

/**
 * Kahn's algorithm. Among the steps that are ready, the one written earliest
 * runs first, so a definition without edges plans in the order written.
 * Terminates on cycles: what cannot be ordered is returned as `blocked`.
 */
export function topologicalSort(graph: Graph): SortResult {
  const indegree = new Map<string, number>()
  for (const id of graph.nodes) {
    indegree.set(id, graph.predecessors.get(id)?.size ?? 0)
  }
  const ready = graph.nodes.filter((id) => indegree.get(id) === 0)
  const order: string[] = []
  while (ready.length > 0) {
    // The ready list stays short in practice; a linear scan for the earliest
    // written step keeps this simple and is fast enough for thousands.
    let best = 0
    for (let i = 1; i < ready.length; i++) {
      if (positionOf(graph, ready[i]) < positionOf(graph, ready[best])) best = i
    }
    const [node] = ready.splice(best, 1) as [string]
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
 * One cycle among `blocked` nodes, as `[a, b, …, a]` in run direction.
 * Every node Kahn leaves behind has a predecessor that was also left behind,
 * so walking predecessors from any of them must revisit a node.
 */
export function findCycle(
  graph: Graph,
  blocked: readonly string[]
): string[] | undefined {
  const inBlocked = new Set(blocked)
  const start = blocked[0]
  if (start === undefined) return undefined
  const walk: string[] = []
  const seenAt = new Map<string, number>()
  let node: string | undefined = start
  while (node !== undefined && !seenAt.has(node)) {
    seenAt.set(node, walk.length)
    walk.push(node)
    node = earliest(graph, graph.predecessors.get(node), inBlocked)
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
 * waits for earlier stages.
 */
export function layerNodes(
  graph: Graph,
  order: readonly string[]
): Map<string, number> {
  const layer = new Map<string, number>()
  for (const id of order) {
    let depth = 0
    for (const dep of graph.predecessors.get(id) ?? []) {
      depth = Math.max(depth, (layer.get(dep) ?? 0) + 1)
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

function earliest(
  graph: Graph,
  candidates: Iterable<string> | undefined,
  allowed: ReadonlySet<string>
): string | undefined {
  let best: string | undefined
  for (const id of candidates ?? []) {
    if (!allowed.has(id)) continue
    if (best === undefined || positionOf(graph, id) < positionOf(graph, best)) {
      best = id
    }
  }
  return best
}
