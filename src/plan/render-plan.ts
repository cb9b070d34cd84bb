/**
 * Renderings of a plan: text for people, JSON for machines, Mermaid for the
 * check run. Each is a pure function of the plan, so the same definition
 * gives byte-identical output (golden tests and PR previews rely on it).
 */
import { plural } from '../plural.js'
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js'
import type {
  EdgeReason,
  Plan,
  PlanEdge,
  PlanStep,
  WaveBarrier
} from './plan-types.js'
import { displayText, redactUrlCredentials, showDiagnostic } from '../redact.js'

const legend: readonly [EdgeReason, string][] = [
  ['parents', 'written in the parents of the step'],
  ['deploy-wave', 'the stack of the dependency has the next lower deploy_wave'],
  ['namespace', 'implicit: the dependency creates a Namespace this step uses'],
  [
    'crd',
    'implicit: the dependency defines the CRD of resources this step creates'
  ]
]

/** The plan as text: stages, steps with their dependencies and reasons, diagnostics, legend. */
export function renderPlanText(plan: Plan): string {
  const out: string[] = []
  const stageCount = plan.stages.length
  out.push(
    `Plan for cluster "${plan.cluster}": ${plural(plan.steps.length, 'step')} in ${plural(stageCount, 'stage')}`
  )
  const incoming = edgesByTarget(plan.edges)
  const waves = wavesOf(plan.barriers)
  const byStage = new Map<number, PlanStep[]>()
  for (const step of plan.steps) {
    const stage = stageCount === 0 ? -1 : step.stage
    const list = byStage.get(stage) ?? []
    list.push(step)
    byStage.set(stage, list)
  }
  for (const [stage, steps] of byStage) {
    out.push('')
    out.push(stage < 0 ? 'Not ordered (see errors)' : `Stage ${stage + 1}`)
    for (const step of steps) {
      for (const line of stepText(step, incoming, waves)) out.push(line)
    }
  }
  const diagnostics = sortDiagnostics(plan.diagnostics)
  if (diagnostics.length > 0) {
    out.push('', 'Diagnostics')
    for (const d of diagnostics) out.push(`  ${diagnosticText(d)}`)
  }
  out.push('', 'Legend')
  for (const [reason, meaning] of legend) {
    out.push(`  ${reason.padEnd(11)}  ${meaning}`)
  }
  // Names, paths and URLs come from the repository: each line is shown
  // with credentials hidden and control characters escaped.
  return `${out.map(displayText).join('\n')}\n`
}

/** A wave barrier with its steps as a set, for the text rendering. */
interface BarrierMembers {
  barrier: WaveBarrier
  members: ReadonlySet<string>
}

function wavesOf(
  barriers: readonly WaveBarrier[]
): Map<string, BarrierMembers> {
  return new Map(
    barriers.map((barrier) => [
      barrier.id,
      { barrier, members: new Set(barrier.dependsOn) }
    ])
  )
}

function stepText(
  step: PlanStep,
  incoming: Map<string, PlanEdge[]>,
  waves: ReadonlyMap<string, BarrierMembers>
): string[] {
  const wave = step.deployWave === undefined ? '' : `, wave ${step.deployWave}`
  const lines = [
    `  ${step.id}  (stack ${step.stack}${wave})  ${step.digest.slice(0, 19)}`,
    `    source   ${where(step.source)}`
  ]
  if (step.kind === 'manifest') {
    const subjects = step.objects.map((o) => o.subject)
    for (const line of column(
      'objects',
      subjects.length ? subjects : ['(none)']
    )) {
      lines.push(line)
    }
  } else {
    const a = step.addon
    lines.push(
      `    release  helm:${step.namespace}/${a.name}  chart ${a.chartName} ${a.chartVersion} from ${a.chart.location}${a.chart.mirroredFrom ? ` (mirror of ${a.chart.mirroredFrom})` : ''}${a.chart.registryName ? ` (registry ${a.chart.registryName})` : ''}`
    )
  }
  // The step's wave barrier, if it waits for the wave before its own.
  const barrierDep = step.dependsOn.find((d) => waves.has(d))
  const behind = barrierDep === undefined ? undefined : waves.get(barrierDep)
  const waveEdge =
    barrierDep === undefined
      ? undefined
      : incoming.get(`${barrierDep}\n${step.id}`)?.[0]
  const after: string[] = []
  let alsoDirect = 0
  for (const dep of step.dependsOn) {
    if (dep === barrierDep) continue
    const edges = [...(incoming.get(`${dep}\n${step.id}`) ?? [])]
    if (waveEdge && behind?.members.has(dep)) {
      edges.push(waveEdge)
      alsoDirect++
    }
    after.push(`${dep}  ${edges.map(reasonText).join('; ')}`)
  }
  // Steps this one waits for only because of its wave are summed up in one
  // line: listing them would repeat the whole lower wave under every step
  // of the higher one (the JSON lists the barrier's steps once).
  if (waveEdge && behind) {
    const only = behind.barrier.dependsOn.length - alsoDirect
    const at = waveEdge.source ? ` (${where(waveEdge.source)})` : ''
    const single =
      only === 1
        ? behind.barrier.dependsOn.find((d) => !step.dependsOn.includes(d))
        : undefined
    const steps =
      single ?? `${plural(only, 'step')} of wave ${behind.barrier.lower}`
    if (only > 0)
      after.push(`${steps}  deploy-wave ${waveEdge.detail ?? ''}${at}`)
  }
  for (const line of column('after', after)) lines.push(line)
  return lines
}

function reasonText(edge: PlanEdge): string {
  const detail = edge.detail ? ` ${edge.detail}` : ''
  const at = edge.source ? ` (${where(edge.source)})` : ''
  return `${edge.reason}${detail}${at}`
}

/** Lines `    label    first`, then the rest aligned under the first. */
function column(label: string, items: readonly string[]): string[] {
  return items.map(
    (item, i) => `    ${(i === 0 ? label : '').padEnd(8)} ${item}`
  )
}

function diagnosticText(d: Diagnostic): string {
  const at = d.file ? `${d.file}:${d.line ?? 0}:${d.column ?? 0}  ` : ''
  const hint = d.hint ? ` (hint: ${d.hint})` : ''
  return `${at}${d.severity} ${d.code}: ${d.message}${hint}`
}

/**
 * The plan as JSON with a fixed key order and object subjects instead of
 * object bodies (bodies may hold Secret values and would bloat the output).
 */
export function renderPlanJson(plan: Plan): string {
  const json = {
    cluster: plan.cluster,
    summary: {
      steps: plan.steps.length,
      stages: plan.stages.length,
      edges: plan.edges.length
    },
    stages: plan.stages,
    steps: plan.steps.map(stepJson),
    barriers: plan.barriers.map((b) => ({
      id: b.id,
      lower: b.lower,
      upper: b.upper,
      dependsOn: b.dependsOn
    })),
    edges: plan.edges.map((e) => ({
      from: e.from,
      to: e.to,
      reason: e.reason,
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.source ? { source: locationJson(e.source) } : {})
    })),
    diagnostics: sortDiagnostics(plan.diagnostics).map((d) =>
      diagnosticJson(showDiagnostic(d, redactUrlCredentials))
    )
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

/** A diagnostic with a fixed key order, whatever order its producer used. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  const keys = [
    'severity',
    'code',
    'message',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'pointer',
    'hint'
  ] as const
  const json: Record<string, unknown> = {}
  for (const key of keys) if (d[key] !== undefined) json[key] = d[key]
  return json
}

function stepJson(step: PlanStep): Record<string, unknown> {
  const common = {
    id: step.id,
    kind: step.kind,
    name: step.name,
    stack: step.stack,
    deployWave: step.deployWave ?? null,
    stage: step.stage,
    dependsOn: step.dependsOn,
    digest: step.digest,
    source: locationJson(step.source)
  }
  if (step.kind === 'manifest') {
    return {
      ...common,
      namespaces: step.namespaces,
      force: step.manifest.force,
      objects: step.objects.map((o) => o.subject)
    }
  }
  return {
    ...common,
    release: {
      name: step.addon.name,
      namespace: step.namespace,
      chart: step.addon.chartName,
      version: step.addon.chartVersion,
      sourceType: step.addon.chart.type,
      location: redactUrlCredentials(step.addon.chart.location),
      ...(step.addon.chart.mirroredFrom
        ? { mirroredFrom: redactUrlCredentials(step.addon.chart.mirroredFrom) }
        : {}),
      ...(step.addon.chart.registryName
        ? { registry: step.addon.chart.registryName }
        : {})
    }
  }
}

function locationJson(source: NonNullable<PlanEdge['source']>): {
  file: string
  line: number
  column: number
} {
  return { file: source.file, line: source.line, column: source.column }
}

/**
 * The plan as a Mermaid `graph TD`: one node per step, solid arrows for
 * written order, dotted labelled arrows for implicit edges.
 */
export function renderPlanMermaid(plan: Plan): string {
  const node = new Map(plan.steps.map((s, i) => [s.id, `s${i}`]))
  const lines = ['graph TD']
  for (const step of plan.steps) {
    lines.push(
      `  ${node.get(step.id)}["${mermaidText(step.id)}<br/>stack ${mermaidText(step.stack)}"]`
    )
  }
  // A wave barrier is a small node that the lower wave's steps point to and
  // that points to the upper wave's steps.
  plan.barriers.forEach((b, i) => {
    node.set(b.id, `w${i}`)
    lines.push(`  w${i}{{"deploy_wave ${b.lower} → ${b.upper}"}}`)
  })
  const drawn = new Set<string>()
  for (const e of plan.edges) {
    const from = node.get(e.from)
    const to = node.get(e.to)
    const implicit = e.reason === 'namespace' || e.reason === 'crd'
    const line = implicit
      ? `  ${from} -.->|${mermaidText(`${e.reason} ${e.detail ?? ''}`.trim())}| ${to}`
      : `  ${from} --> ${to}`
    // Several written reasons for one pair draw one arrow.
    if (!drawn.has(line)) lines.push(line)
    drawn.add(line)
  }
  return `${lines.join('\n')}\n`
}

/** Keeps Mermaid's parser away from quotes, pipes and brackets in names. */
function mermaidText(text: string): string {
  return displayText(text).replace(/["|[\]{}<>]/g, ' ')
}

function edgesByTarget(edges: readonly PlanEdge[]): Map<string, PlanEdge[]> {
  const map = new Map<string, PlanEdge[]>()
  for (const e of edges) {
    const key = `${e.from}\n${e.to}`
    const list = map.get(key) ?? []
    list.push(e)
    map.set(key, list)
  }
  return map
}

function where(source: NonNullable<PlanEdge['source']>): string {
  return `${source.file}:${source.line}:${source.column}`
}
