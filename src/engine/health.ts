/**
 * Waiting for applied objects to become ready, with kstatus-like rules:
 * workloads have rolled out (observed generation, updated and available
 * replicas), Jobs completed, CRDs are Established, and custom resources
 * that publish a Ready condition say True. One `kubectl get` per poll covers
 * every object of the step; a timeout names each object still not ready,
 * why, its last events and, for a workload, its Pods' last warnings.
 */
import { stopReason } from '../run-signals.js'
import type { Clock } from '../ports/clock.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import {
  groupOf,
  refKey,
  refOf,
  requestedKeys,
  subjectOf,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'
import { defaultHealthOptions, type HealthOptions } from './engine-options.js'

/**
 * Which objects a wait watches and how it judges one: manifests' rules
 * (this file's) by default, helm 3's for a release (helm-readiness.ts).
 */
export interface HealthRules {
  watches(ref: ObjectRef): boolean
  assess(object: KubeJson): Health
}

/** What one poll says about an object. */
export interface Health {
  state: 'ready' | 'progressing' | 'failed'
  /** Why it is not ready yet (empty when ready). */
  message: string
}

/** Thrown when objects failed or did not become ready in time. */
export class HealthError extends Error {
  override readonly name = 'HealthError'
  constructor(
    message: string,
    /** Subjects still not ready, with why. */
    readonly unhealthy: { subject: string; message: string }[]
  ) {
    super(message)
  }
}

const workloadKinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job'])

/** True for objects worth waiting for (others are ready once applied). */
export function needsHealthCheck(ref: ObjectRef): boolean {
  const group = groupOf(ref.apiVersion)
  if (workloadKinds.has(ref.kind) && (group === 'apps' || group === 'batch'))
    return true
  if (ref.kind === 'CustomResourceDefinition') return true
  // Custom resources: only those that publish a Ready condition are waited
  // for (see assessHealth), which needs a look at the live object.
  return group.includes('.') && !group.endsWith('.k8s.io')
}

/** The health of one live object (kstatus-like, see the file comment). */
export function assessHealth(object: KubeJson): Health {
  const spec = (object.spec ?? {}) as Record<string, unknown>
  const status = (object.status ?? {}) as Record<string, unknown>
  const metadata = (object.metadata ?? {}) as Record<string, unknown>
  const generation = Number(metadata.generation ?? 0)
  const observed = Number(status.observedGeneration ?? 0)
  const n = countOf
  const cond = (type: string) => conditionOf(status, type)
  switch (object.kind) {
    case 'Deployment': {
      const want = typeof spec.replicas === 'number' ? spec.replicas : 1
      const progressing = cond('Progressing')
      if (progressing?.reason === 'ProgressDeadlineExceeded')
        return failed(`rollout stalled: ${progressing.message ?? ''}`)
      if (observed < generation) return waiting('new generation not observed')
      if (n(status.updatedReplicas) < want)
        return waiting(`${n(status.updatedReplicas)}/${want} replicas updated`)
      if (n(status.availableReplicas) < want)
        return waiting(
          `${n(status.availableReplicas)}/${want} replicas available`
        )
      return ready()
    }
    case 'StatefulSet': {
      const want = typeof spec.replicas === 'number' ? spec.replicas : 1
      if (observed < generation) return waiting('new generation not observed')
      if (n(status.readyReplicas) < want || n(status.updatedReplicas) < want)
        return waiting(
          `${n(status.updatedReplicas)}/${want} replicas updated, ${n(status.readyReplicas)}/${want} ready`
        )
      return ready()
    }
    case 'DaemonSet': {
      const want = n(status.desiredNumberScheduled)
      if (observed < generation) return waiting('new generation not observed')
      if (
        n(status.updatedNumberScheduled) < want ||
        n(status.numberReady) < want
      )
        return waiting(
          `${n(status.updatedNumberScheduled)}/${want} pods updated, ${n(status.numberReady)}/${want} ready`
        )
      return ready()
    }
    case 'Job': {
      if (cond('Failed')?.status === 'True')
        return failed(`job failed: ${cond('Failed')?.message ?? ''}`)
      if (cond('Complete')?.status === 'True') return ready()
      return waiting('not complete yet')
    }
    case 'CustomResourceDefinition':
      return cond('Established')?.status === 'True'
        ? ready()
        : waiting('not Established yet')
    default: {
      const readyCond = cond('Ready')
      if (!readyCond || readyCond.status === 'True') return ready()
      return waiting(
        `Ready=${readyCond.status}${readyCond.reason ? ` (${readyCond.reason})` : ''}${readyCond.message ? `: ${readyCond.message}` : ''}`
      )
    }
  }
}

const manifestRules: HealthRules = {
  watches: needsHealthCheck,
  assess: assessHealth
}

/**
 * The pause before each next poll: 100 ms at first, half as long again
 * each time, never more than `intervalMs`. A fixed pause made every step
 * wait for the next poll after its objects were ready (up to a whole
 * interval; 2 s by default), and a deploy wave's barrier waits for its
 * slowest step, so each wave paid that on top of what its objects needed.
 * Growing by half keeps the slack under half of the time already waited
 * (plus the first 100 ms), while a step that takes minutes still polls
 * only every `intervalMs`.
 */
export function nextPollDelay(
  previous: number | undefined,
  intervalMs: number
): number {
  const next = previous === undefined ? firstPollDelayMs : previous * 1.5
  return Math.min(Math.max(1, intervalMs), Math.round(next))
}

const firstPollDelayMs = 100

/**
 * The objects read back, by the watched reference each stands for
 * (requestedKeys: one written without a namespace comes back in the
 * context's, a cluster-scoped one written with one comes back without).
 */
function liveByWatched(
  objects: readonly KubeJson[],
  watched: readonly ObjectRef[]
): Map<string, KubeJson> {
  const standsFor = requestedKeys(watched)
  const live = new Map<string, KubeJson>()
  for (const o of objects) {
    const key = standsFor(refOf(o))
    if (key !== undefined && !live.has(key)) live.set(key, o)
  }
  return live
}

/**
 * Polls the objects until all are ready (see `nextPollDelay` for when).
 * Throws HealthError as soon as one has failed (a failed Job will not
 * recover) or when `timeoutMs` runs out.
 */
export async function waitForHealth(
  kubectl: ClusterClient,
  refs: readonly ObjectRef[],
  clock: Clock,
  options: HealthOptions = defaultHealthOptions(),
  rules: HealthRules = manifestRules
): Promise<void> {
  const watched = refs.filter((ref) => rules.watches(ref))
  if (watched.length === 0) return
  const deadline = clock.now().getTime() + options.timeoutMs
  let delay: number | undefined
  for (;;) {
    const live = liveByWatched(await kubectl.get(watched), watched)
    const pending = watched.flatMap((ref) => {
      const object = live.get(refKey(ref))
      const health: Health = object
        ? rules.assess(object)
        : { state: 'progressing', message: 'not found' }
      return health.state === 'ready' ? [] : [{ ref, health }]
    })
    if (pending.length === 0) return
    if (options.signal?.aborted) {
      // Why they were not ready yet, as a step's own timeout says it: the
      // run's end (cancelled, out of time) is not the reason users look for.
      throw await healthError(
        kubectl,
        pending,
        `${stopReason(options.signal)} while waiting for ${pending.map((p) => subjectOf(p.ref)).join(', ')} to become ready`
      )
    }
    const failedNow = pending.filter((p) => p.health.state === 'failed')
    if (failedNow.length > 0 || clock.now().getTime() >= deadline) {
      const shown = failedNow.length > 0 ? failedNow : pending
      throw await healthError(
        kubectl,
        shown,
        failedNow.length > 0
          ? 'failed'
          : `not ready after ${Math.round(options.timeoutMs / 1000)}s`
      )
    }
    delay = nextPollDelay(delay, options.intervalMs)
    await clock.sleep(delay, options.signal)
  }
}

async function healthError(
  kubectl: ClusterClient,
  pending: { ref: ObjectRef; health: Health }[],
  head: string
): Promise<HealthError> {
  // Events explain most stuck rollouts (image pulls, quota, scheduling);
  // three objects' worth keeps the message readable.
  // A workload's own events say it scaled; why its Pods are not ready
  // (not schedulable, image not pulled) is on the Pods.
  const unhealthy = await Promise.all(
    pending.slice(0, 3).map(async ({ ref, health }) => {
      // Only to explain: an answer that does not come leaves it out.
      const [events, pods] = await Promise.all([
        kubectl.events(ref).catch(() => []),
        needsHealthCheck(ref) && workloadKinds.has(ref.kind)
          ? kubectl.podWarnings(ref).catch(() => [])
          : []
      ])
      const suffix =
        (events.length > 0 ? `; events: ${events.join(' | ')}` : '') +
        (pods.length > 0 ? `; its pods: ${pods.join(' | ')}` : '')
      return { subject: subjectOf(ref), message: `${health.message}${suffix}` }
    })
  )
  const more = pending.length > 3 ? ` (and ${pending.length - 3} more)` : ''
  return new HealthError(
    `${head}: ${unhealthy.map((u) => `${u.subject}: ${u.message}`).join('; ')}${more}`,
    unhealthy
  )
}

interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
}

export function conditionOf(
  status: Record<string, unknown>,
  type: string
): Condition | undefined {
  const list = Array.isArray(status.conditions)
    ? (status.conditions as Condition[])
    : []
  return list.find((c) => c.type === type)
}

/** A count from an object's status; absent (or not a number) is none. */
export const countOf = (v: unknown): number => (typeof v === 'number' ? v : 0)
export const ready = (): Health => ({ state: 'ready', message: '' })
export const waiting = (message: string): Health => ({
  state: 'progressing',
  message
})
const failed = (message: string): Health => ({ state: 'failed', message })
