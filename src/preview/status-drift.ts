/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied. Over the
 * API channel each object is dry-run and read, several at once, and the two
 * compared as the live preview compares them; without one, one
 * `kubectl diff --server-side` runs over all of them. Both name objects as
 * kubectl diff does. Only names are reported, never the diff itself (Secret
 * values stay out of the output).
 */
import { getErrorMessage, trimOutput } from '../errors.js'
import { sameObject } from '../plan/object-diff.js'
import type { Plan } from '../plan/plan-types.js'
import type { Inventory } from '../state/inventory.js'
import { moveLegacyStepIds } from '../state/inventory-ids.js'
import { fieldManager, type KubectlClient } from '../cluster/kubectl.js'
import {
  appliedDocument,
  groupOf,
  listDocument,
  refKey,
  refOf,
  type KubeJson
} from '../cluster/kube-objects.js'

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
  read: Inventory,
  kubectl: KubectlClient,
  applySetId: string
): Promise<DriftReport> {
  // Steps recorded under old manifest names are not pending work.
  const inventory = moveLegacyStepIds(read, plan)
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
  for (const r of removed) pending.push(r)
  if (bodies.length === 0) return { pending, drifted: [] }
  if (kubectl.overApi)
    return { pending, ...(await driftOverApi(kubectl, bodies)) }
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

/**
 * The objects whose dry-run (with `--force-conflicts`, as kubectl diff is
 * run above) differs from what is live, or that are gone; named as kubectl
 * diff names them (`apps.v1.Deployment.shop.web`).
 */
async function driftOverApi(
  kubectl: KubectlClient,
  bodies: KubeJson[]
): Promise<Pick<DriftReport, 'drifted' | 'error'>> {
  let live: KubeJson[]
  try {
    live = await kubectl.get(bodies.map(refOf))
  } catch (error) {
    return { drifted: [], error: trimOutput(getErrorMessage(error), 3) }
  }
  const dry = await kubectl.apply(bodies, { force: true, dryRun: true })
  if (dry.result.exitCode !== 0) {
    return { drifted: [], error: trimOutput(dry.result.stderr, 3) }
  }
  const liveByKey = new Map(live.map((o) => [refKey(refOf(o)), o]))
  const drifted = dry.applied
    .filter((desired) => {
      const current = liveByKey.get(refKey(refOf(desired)))
      return current === undefined || !sameObject(current, desired)
    })
    .map(diffName)
  // In kubectl diff's order: by name (it diffs two folders of files).
  return { drifted: [...new Set(drifted)].sort() }
}

/** `<group.>version.Kind.namespace.name`, kubectl diff's name for an object. */
function diffName(object: KubeJson): string {
  const ref = refOf(object)
  const group = groupOf(ref.apiVersion)
  const version = ref.apiVersion.slice(ref.apiVersion.indexOf('/') + 1)
  return `${group ? `${group}.` : ''}${version}.${ref.kind}.${ref.namespace ?? ''}.${ref.name}`
}
