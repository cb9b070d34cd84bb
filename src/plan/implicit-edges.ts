/**
 * The edges users forget to write: a step that creates Namespace X runs
 * before steps that put objects or a release into X, and a step that defines
 * a CRD runs before steps that create its custom resources. Without them a
 * first sync fails with "namespaces not found" or "no matches for kind",
 * and the second one succeeds: the ordering bug Argo CD users keep reporting.
 */
import { groupKind } from './kind-order.js'
import { crdDefinition } from './plan-steps.js'
import type { PlanEdge, PlanStep } from './plan-types.js'

type Provides = Map<string, { step: string; detail: string }[]>

/**
 * Candidate implicit edges in a deterministic order: by the waiting step's
 * written position, then by what it needs in apply order. One edge per
 * (from, to, detail); the first consumer found gives the source location.
 * Edges within one step are left out: kind order handles those.
 */
export function findImplicitEdges(steps: readonly PlanStep[]): PlanEdge[] {
  const namespaces: Provides = new Map()
  const crds: Provides = new Map()
  for (const step of steps) {
    if (step.kind !== 'manifest') continue
    for (const o of step.objects) {
      if (o.group === '' && o.object.kind === 'Namespace') {
        provide(namespaces, o.object.name, step.id, o.subject)
      }
      const crd = crdDefinition(o.object)
      if (crd) provide(crds, crd.groupKind, step.id, o.subject)
    }
  }
  const edges: PlanEdge[] = []
  const seen = new Set<string>()
  const add = (edge: PlanEdge): void => {
    const key = `${edge.from}\n${edge.to}\n${edge.detail ?? ''}`
    if (edge.from === edge.to || seen.has(key)) return
    seen.add(key)
    edges.push(edge)
  }
  for (const step of steps) {
    for (const need of needsOf(step)) {
      const table = need.reason === 'namespace' ? namespaces : crds
      for (const provider of table.get(need.key) ?? []) {
        add({
          from: provider.step,
          to: step.id,
          reason: need.reason,
          source: need.source,
          detail: provider.detail
        })
      }
    }
  }
  return edges
}

interface Need {
  reason: 'namespace' | 'crd'
  /** Namespace name, or `group/Kind` of a custom resource. */
  key: string
  source: PlanEdge['source']
}

/** What a step needs from other steps, in a stable order. */
function needsOf(step: PlanStep): Need[] {
  if (step.kind === 'addon') {
    return [
      { reason: 'namespace', key: step.namespace, source: step.addon.source }
    ]
  }
  const needs: Need[] = []
  if (step.manifest.namespace) {
    needs.push({
      reason: 'namespace',
      key: step.manifest.namespace,
      source: step.manifest.source
    })
  }
  for (const o of step.objects) {
    if (o.namespace) {
      needs.push({
        reason: 'namespace',
        key: o.namespace,
        source: o.object.source
      })
    }
    needs.push({
      reason: 'crd',
      key: groupKind(o.group, o.object.kind),
      source: o.object.source
    })
  }
  return needs
}

function provide(
  table: Provides,
  key: string,
  step: string,
  detail: string
): void {
  const list = table.get(key) ?? []
  if (!list.some((p) => p.step === step)) list.push({ step, detail })
  table.set(key, list)
}
