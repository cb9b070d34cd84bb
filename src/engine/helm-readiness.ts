/**
 * Helm 3's readiness rules (its `--wait`), for the releases ClusterSync
 * waits for itself on helm 3 (addon-wait.ts): the same objects judged the
 * same way, so waiting here changes when a release is seen ready, never
 * whether it is. The rules are helm's, not manifests' (health.ts):
 *
 * - Deployment: paused counts as ready; otherwise the controller has seen
 *   the new generation and the new ReplicaSet has `replicas −
 *   maxUnavailable` ready pods. Helm reads that ReplicaSet; here it is
 *   bounded from the Deployment's status (the ready pods not counting the
 *   old ReplicaSets' pods), which never says ready earlier than helm would.
 * - StatefulSet: ready unless it rolls (`OnDelete` never does by itself);
 *   else the new generation seen, `replicas − partition` pods updated,
 *   every pod ready, and with no partition the update revision current.
 * - DaemonSet: ready unless it rolls; else every scheduled pod updated and
 *   `desired − maxUnavailable` (rounded up) ready.
 * - Pod: Ready (or Succeeded); PersistentVolumeClaim: Bound; Service: a
 *   LoadBalancer has an address; CRD: Established (or its names refused,
 *   which helm lets pass).
 * - Not Jobs (helm waits for them only with `--wait-for-jobs`, which
 *   ClusterSync does not pass), not custom resources.
 */
import {
  groupOf,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'
import {
  conditionOf,
  countOf,
  ready,
  waiting,
  type Health,
  type HealthRules
} from './health.js'

const waitedKinds: Record<string, ReadonlySet<string>> = {
  apps: new Set(['Deployment', 'StatefulSet', 'DaemonSet']),
  '': new Set(['Pod', 'PersistentVolumeClaim', 'Service']),
  'apiextensions.k8s.io': new Set(['CustomResourceDefinition'])
}

type Fields = Record<string, unknown>

/** Helm 3's `--wait`: which objects, judged how (see the file comment). */
export const helmWaitRules: HealthRules = {
  watches: (ref: ObjectRef) =>
    waitedKinds[groupOf(ref.apiVersion)]?.has(ref.kind) ?? false,
  assess: (object: KubeJson): Health => {
    const spec = (object.spec ?? {}) as Fields
    const status = (object.status ?? {}) as Fields
    const metadata = (object.metadata ?? {}) as Fields
    const unobserved =
      countOf(status.observedGeneration) < countOf(metadata.generation)
    switch (object.kind) {
      case 'Deployment':
        return deploymentReady(spec, status, unobserved)
      case 'StatefulSet':
        return statefulSetReady(spec, status, unobserved)
      case 'DaemonSet':
        return daemonSetReady(spec, status, unobserved)
      case 'Pod':
        return status.phase === 'Succeeded' ||
          conditionOf(status, 'Ready')?.status === 'True'
          ? ready()
          : waiting(`${phaseOf(status)}, not Ready yet`)
      case 'PersistentVolumeClaim':
        return status.phase === 'Bound'
          ? ready()
          : waiting(`${phaseOf(status)}, not Bound yet`)
      case 'Service':
        return serviceReady(spec, status)
      case 'CustomResourceDefinition':
        return conditionOf(status, 'Established')?.status === 'True' ||
          conditionOf(status, 'NamesAccepted')?.status === 'False'
          ? ready()
          : waiting('not Established yet')
      default:
        return ready()
    }
  }
}

function deploymentReady(
  spec: Fields,
  status: Fields,
  unobserved: boolean
): Health {
  if (spec.paused === true) return ready()
  if (unobserved) return waiting('new generation not observed')
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1
  const expected = replicas - deploymentMaxUnavailable(spec, replicas)
  const updated = countOf(status.updatedReplicas)
  // Ready pods of the new ReplicaSet, at least: every pod not updated is
  // counted as an old one that is ready.
  const newReady = Math.min(
    updated,
    countOf(status.readyReplicas) - (countOf(status.replicas) - updated)
  )
  if (newReady >= expected) return ready()
  const tolerated = replicas - expected
  return waiting(
    `${Math.max(0, newReady)}/${expected} updated replicas ready` +
      (tolerated > 0
        ? ` (of ${replicas}; ${tolerated} may be unavailable)`
        : '')
  )
}

function statefulSetReady(
  spec: Fields,
  status: Fields,
  unobserved: boolean
): Health {
  const rolling = rollingUpdateOf(spec)
  if (!rolling) return ready()
  if (unobserved) return waiting('new generation not observed')
  const partition = countOf(rolling.partition)
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1
  const updated = countOf(status.updatedReplicas)
  const readyPods = countOf(status.readyReplicas)
  if (updated < replicas - partition || readyPods !== replicas)
    return waiting(
      `${updated}/${replicas - partition} replicas updated, ${readyPods}/${replicas} ready`
    )
  if (partition === 0 && status.currentRevision !== status.updateRevision)
    return waiting('update revision not current yet')
  return ready()
}

function daemonSetReady(
  spec: Fields,
  status: Fields,
  unobserved: boolean
): Health {
  const rolling = rollingUpdateOf(spec)
  if (!rolling) return ready()
  if (unobserved) return waiting('new generation not observed')
  const desired = countOf(status.desiredNumberScheduled)
  const updated = countOf(status.updatedNumberScheduled)
  if (updated !== desired) return waiting(`${updated}/${desired} pods updated`)
  const unavailable = scaled(rolling.maxUnavailable ?? 1, desired, true)
  const expected = desired - unavailable
  return countOf(status.numberReady) >= expected
    ? ready()
    : waiting(`${countOf(status.numberReady)}/${expected} pods ready`)
}

/**
 * A StatefulSet's or DaemonSet's rolling-update settings; undefined when it
 * does not roll its pods itself (`OnDelete`), which helm counts as ready.
 */
function rollingUpdateOf(spec: Fields): Fields | undefined {
  const strategy = (spec.updateStrategy ?? {}) as Fields
  if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate') return undefined
  return (strategy.rollingUpdate ?? {}) as Fields
}

/**
 * Kubernetes' `MaxUnavailable` for a Deployment: 0 unless it rolls; its
 * maxUnavailable (default 25 %, rounded down) and maxSurge (default 25 %,
 * rounded up) resolved together, one unavailable when both come to 0;
 * never more than the replicas.
 */
function deploymentMaxUnavailable(spec: Fields, replicas: number): number {
  const strategy = (spec.strategy ?? {}) as Fields
  if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate' || replicas === 0)
    return 0
  const rolling = (strategy.rollingUpdate ?? {}) as Fields
  const surge = scaled(rolling.maxSurge ?? '25%', replicas, true)
  let unavailable = scaled(rolling.maxUnavailable ?? '25%', replicas, false)
  if (surge === 0 && unavailable === 0) unavailable = 1
  return Math.min(unavailable, replicas)
}

/** An int-or-percent of `total`, as Kubernetes scales one. */
function scaled(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value
  const match = typeof value === 'string' ? /^(\d+)%$/.exec(value) : null
  if (!match) return typeof value === 'string' ? Number(value) || 0 : 0
  const exact = (Number(match[1]) * total) / 100
  return roundUp ? Math.ceil(exact) : Math.floor(exact)
}

function serviceReady(spec: Fields, status: Fields): Health {
  if (spec.type !== 'LoadBalancer') return ready()
  const externalIPs = Array.isArray(spec.externalIPs) ? spec.externalIPs : []
  const balancer = (status.loadBalancer ?? {}) as Fields
  const ingress = Array.isArray(balancer.ingress) ? balancer.ingress : []
  return externalIPs.length > 0 || ingress.length > 0
    ? ready()
    : waiting('no load balancer address yet')
}

const phaseOf = (status: Fields): string =>
  typeof status.phase === 'string' ? status.phase : 'Pending'
