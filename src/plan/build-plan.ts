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
import { createSteps, stepId } from './plan-steps.js'
import type { Plan, PlanEdge, PlanStep } from './plan-types.js'

/**
 * Plans a validated definition. Never throws for definition problems: a
 * cycle (`plan-cycle`) or an unknown parent (`plan-unknown-parent`) becomes
 * an error diagnostic, and then `stages` is empty and `steps` is in written
 * order after what could be ordered. Callers check `hasErrors(plan.diagnostics)`.
 */
export function buildPlan(definition: ClusterDefinition): Plan {
  const steps = createSteps(definition)
  const graph = createGraph(steps.map((s) => s.id))
  const diagnostics: Diagnostic[] = []
  const edges = writtenEdges(definition, steps, diagnostics)
  for (const edge of edges) addEdge(graph, edge.from, edge.to)
  edges.push(...acceptImplicitEdges(graph, steps, diagnostics))

  const { order, blocked } = topologicalSort(graph)
  const cycle = findCycle(graph, blocked)
  if (cycle) diagnostics.push(cycleDiagnostic(cycle, edges))
  const position = new Map([...order, ...blocked].map((id, i) => [id, i]))
  const layer = layerNodes(graph, order)
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
    edges,
    stages,
    diagnostics
  }
}

/** Edges from `parents` and `deploy_wave`: what the user wrote. */
function writtenEdges(
  definition: ClusterDefinition,
  steps: readonly PlanStep[],
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
  edges.push(...waveEdges(definition.stacks, steps))
  return edges
}

/**
 * Every step of a stack with wave N waits for every step of the stacks with
 * the nearest lower wave that has steps. Lower waves are reached through
 * that one, so edges to them would only repeat what the order already says.
 */
function waveEdges(
  stacks: readonly Stack[],
  steps: readonly PlanStep[]
): PlanEdge[] {
  const stepsByWave = new Map<number, PlanStep[]>()
  for (const step of steps) {
    if (step.deployWave === undefined) continue
    const list = stepsByWave.get(step.deployWave) ?? []
    list.push(step)
    stepsByWave.set(step.deployWave, list)
  }
  const waves = [...stepsByWave.keys()].sort((a, b) => a - b)
  const stackByName = new Map(stacks.map((s) => [s.name, s]))
  const edges: PlanEdge[] = []
  for (let i = 1; i < waves.length; i++) {
    const lower = waves[i - 1] as number
    const upper = waves[i] as number
    for (const to of stepsByWave.get(upper) ?? []) {
      const source = stackByName.get(to.stack)?.source
      for (const from of stepsByWave.get(lower) ?? []) {
        edges.push({
          from: from.id,
          to: to.id,
          reason: 'deploy-wave',
          ...(source ? { source } : {}),
          detail: `${lower} → ${upper}`
        })
      }
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
    if (hasEdge(graph, edge.from, edge.to)) continue
    const back = findPath(graph, edge.to, edge.from)
    if (back) {
      diagnostics.push(conflictDiagnostic(edge, back))
      continue
    }
    addEdge(graph, edge.from, edge.to)
    accepted.push(edge)
  }
  return accepted
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

/** `plan-cycle`: names every step of the cycle and where each edge was written. */
function cycleDiagnostic(
  cycle: string[],
  edges: readonly PlanEdge[]
): Diagnostic {
  const links: string[] = []
  let first: PlanEdge | undefined
  for (let i = 0; i + 1 < cycle.length; i++) {
    const from = cycle[i] as string
    const to = cycle[i + 1] as string
    const edge = edges.find((e) => e.from === from && e.to === to)
    first ??= edge
    const where = edge?.source
      ? ` at ${edge.source.file}:${edge.source.line}`
      : ''
    links.push(`${from} → ${to} (${edge?.reason ?? 'unknown'}${where})`)
  }
  return {
    severity: 'error',
    code: 'plan-cycle',
    message: `the steps depend on each other in a cycle: ${links.join(', ')}`,
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
