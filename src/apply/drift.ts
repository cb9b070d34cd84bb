/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied, found with
 * one `kubectl diff --server-side` over all of them. Only object names are
 * reported, never the diff itself (Secret values stay out of the output).
 */
import { trimOutput } from '../errors.js'
import type { Plan } from '../plan/types.js'
import type { Inventory } from './inventory.js'
import { fieldManager, type KubectlClient } from './kubectl.js'
import { appliedDocument, listDocument, type KubeJson } from './kube-objects.js'

/** What `status` says about drift. */
export interface DriftReport {
  /** Steps whose definition changed since they were last applied. */
  pending: string[]
  /** Live objects that differ from the definition (`Kind.group ns/name` as kubectl names them). */
  drifted: string[]
  /** Set when the diff could not be computed. */
  error?: string
}

/** Compares the live cluster with `plan` for the steps `inventory` says are applied. */
export async function detectDrift(
  plan: Plan,
  inventory: Inventory,
  kubectl: KubectlClient,
  applySetId: string
): Promise<DriftReport> {
  const recorded = new Map(inventory.steps.map((s) => [s.id, s]))
  const pending: string[] = []
  const bodies: KubeJson[] = []
  for (const step of plan.steps) {
    if (recorded.get(step.id)?.digest !== step.digest) {
      pending.push(step.id)
      continue
    }
    if (step.kind !== 'manifest') continue
    for (const o of step.objects) bodies.push(appliedDocument(o, applySetId))
  }
  const removed = inventory.steps
    .filter((s) => !plan.steps.some((p) => p.id === s.id))
    .map((s) => s.id)
  pending.push(...removed)
  if (bodies.length === 0) return { pending, drifted: [] }
  const result = await kubectl.run(
    [
      'diff',
      '--server-side',
      `--field-manager=${fieldManager}`,
      '--force-conflicts',
      '-f',
      '-'
    ],
    listDocument(bodies)
  )
  // kubectl diff: 0 = no differences, 1 = differences, > 1 = error.
  if (result.exitCode > 1) {
    return {
      pending,
      drifted: [],
      error:
        trimOutput(result.stderr, 3) || `kubectl diff exit ${result.exitCode}`
    }
  }
  const drifted = [
    ...new Set(
      [...result.stdout.matchAll(/^diff -u -N \S*\/LIVE-\d+\/(\S+)/gm)].map(
        (m) => m[1] ?? ''
      )
    )
  ]
  return { pending, drifted }
}
