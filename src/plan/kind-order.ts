/**
 * The order objects are applied in inside one manifest step, and the names
 * the rest of the product uses for them (subjects, API groups).
 *
 * The order follows fluxcd/pkg `ssa/sort.go` and Helm's install order: what
 * other objects need (Namespaces, quotas, storage classes, CRDs, RBAC,
 * configuration) comes before the workloads that use it.
 */
import { compareText } from '../diagnostics.js'
import type { KubeObject } from '../definition/definition-types.js'
import type { PlannedObject } from './plan-types.js'

/** Built-in kinds, in the order they are applied. */
const builtInOrder: readonly string[] = [
  'Namespace',
  'ResourceQuota',
  'LimitRange',
  'StorageClass',
  'CustomResourceDefinition',
  'PriorityClass',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'EndpointSlice',
  'Service',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'RuntimeClass',
  'IngressClass',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'HorizontalPodAutoscaler',
  'Ingress',
  'APIService'
]

/**
 * Admission webhooks go after everything else, custom resources included: a
 * webhook registered before its backend Service has endpoints rejects the
 * objects applied after it (Flux and Helm put them last for this reason).
 */
const webhookKinds: readonly string[] = [
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding'
]

const rankByKind = new Map<string, number>([
  ...builtInOrder.map((kind, i): [string, number] => [kind, i]),
  ...webhookKinds.map((kind, i): [string, number] => [
    kind,
    builtInOrder.length + 1 + i
  ])
])

const spellingByLowerCase = new Map(
  [...rankByKind.keys()].map((kind): [string, string] => [
    kind.toLowerCase(),
    kind
  ])
)

/**
 * How one of Kubernetes' own kinds is spelled, for a kind written in
 * another case (`configmap`); undefined for a kind not among them.
 */
export function builtInKindSpelling(kind: string): string | undefined {
  return spellingByLowerCase.get(kind.toLowerCase())
}

/** Unknown kinds (custom resources) sit between the built-ins and webhooks. */
const customRank = builtInOrder.length

/**
 * Built-in kinds without a namespace. A manifest's `namespace:` is copied onto
 * objects that name none, so the plan drops it again for these kinds to keep
 * subjects (`ClusterRole/admin`, not `ClusterRole/shop/admin`) honest.
 */
const clusterScopedKinds: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'CustomResourceDefinition',
  'PriorityClass',
  'PodSecurityPolicy',
  'ClusterRole',
  'ClusterRoleBinding',
  'RuntimeClass',
  'IngressClass',
  'APIService',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'FlowSchema',
  'PriorityLevelConfiguration'
])

/**
 * True for Kubernetes' own API groups: the core group, groups without a dot
 * (`apps`, `batch`) and `*.k8s.io`. Only these get the built-in rank, so a
 * custom `Service` (Knative's `serving.knative.dev`) sorts as a custom kind.
 */
export function isBuiltInGroup(group: string): boolean {
  return !group.includes('.') || group.endsWith('.k8s.io')
}

/**
 * The place of one of Kubernetes' own kinds in the apply order; undefined
 * for custom and unknown kinds, which share one place (`kindRank`).
 */
export function builtInRank(group: string, kind: string): number | undefined {
  return isBuiltInGroup(group) ? rankByKind.get(kind) : undefined
}

/** The position of a kind in the apply order; lower applies first. */
export function kindRank(group: string, kind: string): number {
  return builtInRank(group, kind) ?? customRank
}

/** The API group of an `apiVersion`: `''` for `v1`, `apps` for `apps/v1`. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}

/** `group/Kind`, or `Kind` for the core group: how CRDs and CRs are matched. */
export function groupKind(group: string, kind: string): string {
  return group === '' ? kind : `${group}/${kind}`
}

/**
 * True for kinds known to be cluster-scoped: the built-ins above, plus custom
 * kinds the caller knows from a CRD with `scope: Cluster` (as `group/Kind`).
 */
export function isClusterScoped(
  group: string,
  kind: string,
  clusterScopedCustom: ReadonlySet<string> = new Set()
): boolean {
  if (isBuiltInGroup(group) && clusterScopedKinds.has(kind)) return true
  return clusterScopedCustom.has(groupKind(group, kind))
}

/** The namespace an object lands in, or undefined for cluster-scoped kinds. */
export function objectNamespace(
  object: KubeObject,
  fallback: string | undefined,
  clusterScopedCustom?: ReadonlySet<string>
): string | undefined {
  const group = apiGroup(object.apiVersion)
  if (isClusterScoped(group, object.kind, clusterScopedCustom)) return undefined
  return object.namespace ?? fallback
}

/** The ChangeSet subject: `Kind/namespace/name`, or `Kind/name` without a namespace. */
export function formatSubject(
  kind: string,
  name: string,
  namespace?: string
): string {
  return namespace === undefined || namespace === ''
    ? `${kind}/${name}`
    : `${kind}/${namespace}/${name}`
}

/**
 * The objects of one manifest step in apply order: kind rank, then (for
 * custom resources) group and kind, then namespace, then name. The sort is
 * total, so the written order never leaks into the result.
 */
export function orderObjects(
  objects: readonly KubeObject[],
  defaultNamespace: string | undefined,
  clusterScopedCustom?: ReadonlySet<string>
): PlannedObject[] {
  const planned = objects.map((object) => {
    const group = apiGroup(object.apiVersion)
    const namespace = objectNamespace(
      object,
      defaultNamespace,
      clusterScopedCustom
    )
    return {
      rank: kindRank(group, object.kind),
      namespace: namespace ?? '',
      entry: {
        subject: formatSubject(object.kind, object.name, namespace),
        group,
        ...(namespace === undefined ? {} : { namespace }),
        object
      }
    }
  })
  planned.sort(
    (a, b) =>
      a.rank - b.rank ||
      compareText(a.entry.group, b.entry.group) ||
      compareText(a.entry.object.kind, b.entry.object.kind) ||
      compareText(a.namespace, b.namespace) ||
      compareText(a.entry.object.name, b.entry.object.name) ||
      compareText(a.entry.object.apiVersion, b.entry.object.apiVersion)
  )
  return planned.map((p) => p.entry)
}
