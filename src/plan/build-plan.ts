/**
 * `buildPlan`: the validated definition → an ordered, staged dependency graph
 * of steps. Pure and deterministic: no clock, no randomness, no I/O, and
 * every tie is broken by the order written.
 */
import type { Diagnostic } from '../diagnostics.js'
import type {
  ClusterDefinition,
  Stack
} from '../definition/definition-types.js'
import {
  addEdge,
  createGraph,
  findCycle,
  findPath,
  hasEdge,
  layerNodes,
  topologicalSort,
  type Graph
} from './graph.js'
import { findImplicitEdges } from './implicit-edges.js'
import { createSteps, stepId, waveBarrierId } from './plan-steps.js'
import { countText } from '../plural.js'
import type { Plan, PlanEdge, PlanStep } from './plan-types.js'

/**
 * Plans a validated definition. Never throws for definition problems: a
 * cycle (`plan-cycle`) or an unknown parent (`plan-unknown-parent`) becomes
 * an error diagnostic, and then `stages` is empty and `steps` is in written
 * order after what could be ordered. Callers check `hasErrors(plan.diagnostics)`.
 */
export function buildPlan(definition: ClusterDefinition): Plan {
  const steps = createSteps(definition)
  const barriers = waveBarriers(steps)
  const graph = createGraph(
    steps.map((s) => s.id),
    barriers.map((b) => b.id)
  )
  const diagnostics: Diagnostic[] = []
  const edges = writtenEdges(definition, steps, barriers, diagnostics)
  for (const edge of edges) addEdge(graph, edge.from, edge.to)
  for (const edge of acceptImplicitEdges(graph, steps, diagnostics)) {
    edges.push(edge)
  }

  const sorted = topologicalSort(graph)
  const isStep = (id: string): boolean => !graph.barriers.has(id)
  const order = sorted.order.filter(isStep)
  const blocked = sorted.blocked.filter(isStep)
  const cycle = findCycle(graph, sorted.blocked)
  if (cycle) diagnostics.push(cycleDiagnostic(cycle, edges))
  const position = new Map<string, number>()
  for (const id of [...order, ...blocked]) position.set(id, position.size)
  // A barrier sorts right after the last step it waits for, so `dependsOn`
  // stays in plan order.
  for (const b of barriers) {
    let last = 0
    for (const m of b.members) last = Math.max(last, position.get(m) ?? 0)
    position.set(b.id, last + 0.5)
  }
  const layer = layerNodes(graph, sorted.order)
  const byId = new Map(steps.map((s) => [s.id, s]))
  const planned = [...order, ...blocked].map((id) => {
    const step = byId.get(id) as PlanStep
    const deps = [...(graph.predecessors.get(id) ?? [])]
    deps.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
    return { ...step, stage: layer.get(id) ?? 0, dependsOn: deps }
  })
  const stages: string[][] = []
  if (!cycle) {
    for (const step of planned) (stages[step.stage] ??= []).push(step.id)
  }
  edges.sort(
    (a, b) =>
      (position.get(a.to) ?? 0) - (position.get(b.to) ?? 0) ||
      (position.get(a.from) ?? 0) - (position.get(b.from) ?? 0)
  )
  return {
    cluster: definition.name,
    steps: planned,
    barriers: barriers.map(({ id, lower, upper, members }) => ({
      id,
      lower,
      upper,
      dependsOn: [...members].sort(
        (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)
      )
    })),
    edges,
    stages,
    diagnostics
  }
}

/** A wave's barrier while planning: the steps on each side of it. */
interface PendingBarrier {
  id: string
  lower: number
  upper: number
  /** The steps of the lower wave, in written order. */
  members: string[]
  /** The steps of the upper wave, in written order. */
  waiting: string[]
}

/**
 * One barrier per deploy wave that has a lower wave with steps: every step
 * of wave N waits for every step of the nearest lower wave that has steps,
 * through the barrier `wave:N`. Lower waves are reached through that one.
 */
function waveBarriers(steps: readonly PlanStep[]): PendingBarrier[] {
  const stepsByWave = new Map<number, string[]>()
  for (const step of steps) {
    if (step.deployWave === undefined) continue
    const list = stepsByWave.get(step.deployWave) ?? []
    list.push(step.id)
    stepsByWave.set(step.deployWave, list)
  }
  const waves = [...stepsByWave.keys()].sort((a, b) => a - b)
  const barriers: PendingBarrier[] = []
  for (let i = 1; i < waves.length; i++) {
    const lower = waves[i - 1] as number
    const upper = waves[i] as number
    barriers.push({
      id: waveBarrierId(upper),
      lower,
      upper,
      members: stepsByWave.get(lower) ?? [],
      waiting: stepsByWave.get(upper) ?? []
    })
  }
  return barriers
}

/** Edges from `parents` and `deploy_wave`: what the user wrote. */
function writtenEdges(
  definition: ClusterDefinition,
  steps: readonly PlanStep[],
  barriers: readonly PendingBarrier[],
  diagnostics: Diagnostic[]
): PlanEdge[] {
  const known = new Set(steps.map((s) => s.id))
  const edges: PlanEdge[] = []
  for (const step of steps) {
    const resource = step.kind === 'manifest' ? step.manifest : step.addon
    for (const parent of resource.parents) {
      const from = stepId(parent.kind, parent.name)
      if (!known.has(from)) {
        // Validation reports dangling parents; this guards direct callers.
        diagnostics.push({
          severity: 'error',
          code: 'plan-unknown-parent',
          message: `${step.id} names parent ${from}, which the definition does not have`,
          ...location(parent.source)
        })
        continue
      }
      edges.push({
        from,
        to: step.id,
        reason: 'parents',
        source: parent.source
      })
    }
  }
  for (const edge of waveEdges(definition.stacks, steps, barriers)) {
    edges.push(edge)
  }
  return edges
}

/**
 * The edges of the wave barriers: each step of the lower wave → the barrier,
 * the barrier → each step of the upper wave (written at the upper step's
 * stack). Linear in the number of steps, where edges between every pair of
 * the two waves grow with their product.
 */
function waveEdges(
  stacks: readonly Stack[],
  steps: readonly PlanStep[],
  barriers: readonly PendingBarrier[]
): PlanEdge[] {
  const stackOf = new Map(steps.map((s) => [s.id, s.stack]))
  const stackByName = new Map(stacks.map((s) => [s.name, s]))
  const edges: PlanEdge[] = []
  for (const b of barriers) {
    const detail = `${b.lower} → ${b.upper}`
    for (const from of b.members) {
      edges.push({ from, to: b.id, reason: 'deploy-wave', detail })
    }
    for (const to of b.waiting) {
      const source = stackByName.get(stackOf.get(to) ?? '')?.source
      edges.push({
        from: b.id,
        to,
        reason: 'deploy-wave',
        ...(source ? { source } : {}),
        detail
      })
    }
  }
  return edges
}

/**
 * Adds the implicit edges that agree with the written order. One that would
 * close a cycle contradicts `parents` or the waves: it is dropped with an
 * `implicit-order-conflict` warning, because the user's order wins and the
 * apply may still work (the namespace could exist already). An implicit edge
 * that repeats a written one is left out: it would say nothing new.
 */
function acceptImplicitEdges(
  graph: Graph,
  steps: readonly PlanStep[],
  diagnostics: Diagnostic[]
): PlanEdge[] {
  const accepted: PlanEdge[] = []
  for (const edge of findImplicitEdges(steps)) {
    if (writtenDirectly(graph, edge.from, edge.to)) continue
    const back = findPath(graph, edge.to, edge.from)
    if (back) {
      const steps = back.filter((id) => !graph.barriers.has(id))
      diagnostics.push(conflictDiagnostic(edge, steps))
      continue
    }
    addEdge(graph, edge.from, edge.to)
    accepted.push(edge)
  }
  return accepted
}

/**
 * True when `to` already waits for `from` by a written edge: a parent, or
 * the wave barrier between their waves (as an edge between the two steps
 * would have said before waves had barriers).
 */
function writtenDirectly(graph: Graph, from: string, to: string): boolean {
  if (hasEdge(graph, from, to)) return true
  for (const before of graph.predecessors.get(to) ?? []) {
    if (graph.barriers.has(before) && hasEdge(graph, from, before)) return true
  }
  return false
}

function conflictDiagnostic(edge: PlanEdge, back: string[]): Diagnostic {
  const needs =
    edge.reason === 'namespace'
      ? 'puts objects into'
      : 'creates custom resources of'
  return {
    severity: 'warning',
    code: 'implicit-order-conflict',
    message:
      `${edge.to} ${needs} ${edge.detail ?? ''}, which ${edge.from} creates, ` +
      `but the written order runs ${edge.to} first (${back.join(' → ')}); ` +
      `the implicit edge ${edge.from} → ${edge.to} is ignored`,
    hint: `make ${edge.from} run before ${edge.to} (change parents or deploy_wave), or move ${edge.detail ?? 'the object'} into a step that runs first`,
    ...location(edge.source)
  }
}

/** Up to this many links a cycle is printed whole; longer, its first ones. */
const linksShownWhole = 10
const linksShownFirst = 8

/**
 * `plan-cycle`: names every step of the cycle (of a long one, the first
 * ones, and the count) and where each edge was written. A link between two
 * steps of neighbouring waves is the upper step's edge from its wave
 * barrier.
 */
function cycleDiagnostic(
  cycle: string[],
  edges: readonly PlanEdge[]
): Diagnostic {
  const byPair = new Map<string, PlanEdge>()
  for (const e of edges) {
    const key = `${e.from}\n${e.to}`
    if (!byPair.has(key)) byPair.set(key, e)
  }
  const waveEdgeInto = new Map<string, PlanEdge>()
  const waveMembers = new Set<string>()
  for (const e of edges) {
    if (e.reason !== 'deploy-wave') continue
    if (e.from.startsWith('wave:')) waveEdgeInto.set(e.to, e)
    else waveMembers.add(`${e.from}\n${e.to}`)
  }
  const linkEdge = (from: string, to: string): PlanEdge | undefined => {
    const direct = byPair.get(`${from}\n${to}`)
    if (direct) return direct
    const wave = waveEdgeInto.get(to)
    return wave && waveMembers.has(`${from}\n${wave.from}`) ? wave : undefined
  }
  const link = (i: number): string => {
    const from = cycle[i] as string
    const to = cycle[i + 1] as string
    const edge = linkEdge(from, to)
    const where = edge?.source
      ? ` at ${edge.source.file}:${edge.source.line}`
      : ''
    return `${from} → ${to} (${edge?.reason ?? 'unknown'}${where})`
  }
  // A cycle through thousands of steps (a long parents chain closed on
  // itself) would print each of them: a long one shows its first links and
  // its closing one, and says how long it is.
  const length = cycle.length - 1
  const indexes = [...Array(length).keys()]
  const cut = length > linksShownWhole
  const links = cut
    ? [...indexes.slice(0, linksShownFirst).map(link), '…', link(length - 1)]
    : indexes.map(link)
  const count = cut
    ? ` (${countText(length)} steps in this cycle, ${countText(length - linksShownFirst - 1)} links not shown)`
    : ''
  let first: PlanEdge | undefined
  for (let i = 0; i < length && !first; i++)
    first = linkEdge(cycle[i] as string, cycle[i + 1] as string)
  return {
    severity: 'error',
    code: 'plan-cycle',
    message: `the steps depend on each other in a cycle: ${links.join(', ')}${count}`,
    hint: 'remove one of these parents, or move a stack to another deploy_wave',
    ...location(first?.source)
  }
}

function location(
  source: PlanEdge['source']
): Pick<Diagnostic, 'file' | 'line' | 'column' | 'pointer'> {
  if (!source) return {}
  return {
    file: source.file,
    line: source.line,
    column: source.column,
    ...(source.pointer ? { pointer: source.pointer } : {})
  }
}
