/**
 * Identity fields every Kubernetes object must have the shape of: they go
 * into the API server's URL (`/apis/<group>/<version>/namespaces/<ns>/
 * <plural>/<name>`). Written otherwise they were sent as they stood: an
 * apiVersion such as `apps/v1/deployments?watch=true&x=` turned the kind's
 * lookup into a watch that never answered, and the sync hung holding the
 * cluster's lock. The cluster refuses these shapes anyway, but only after
 * the waves before them were applied; refused here, nothing is.
 */
import { dnsLabel, groupOf, isApiVersion } from '../cluster/kube-objects.js'
import { quoteValue } from '../redact.js'
import type { IdentityField } from './object-names.js'
import {
  builtInKindSpelling,
  groupKind,
  isBuiltInGroup
} from '../plan/kind-order.js'

/** Kinds are type names: a letter, then letters, digits, `-` or `_`. */
const kindShape = /^[A-Za-z][-_A-Za-z0-9]*$/
const namespaceShape = new RegExp(`^${dnsLabel}$`)

/** A name rule of Kubernetes' own kinds, as the API server checks it. */
interface NameRule {
  shape: RegExp
  max: number
  said: string
}

const subdomainSaid = (max: number): string =>
  `a DNS subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most ${max} characters)`
const subdomain: NameRule = {
  shape: new RegExp(`^${dnsLabel}(?:\\.${dnsLabel})*$`),
  max: 253,
  said: subdomainSaid(253)
}
const label: NameRule = {
  shape: namespaceShape,
  max: 63,
  said: 'a DNS label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)'
}
const serviceLabel: NameRule = {
  shape: /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/,
  max: 63,
  said: 'a DNS label starting with a letter (lowercase letters, digits and "-", ending with a letter or digit, at most 63 characters)'
}

/**
 * Name rules by `group/Kind` for common kinds of Kubernetes' own groups
 * whose rule is certain. Others are left to the server: RBAC takes
 * `system:…` names, and a custom kind's rules are its CRD's.
 */
const nameRules = new Map<string, NameRule>([
  ...[
    'ConfigMap',
    'Secret',
    'ServiceAccount',
    'PersistentVolumeClaim',
    'PersistentVolume',
    'Pod',
    'ResourceQuota',
    'LimitRange',
    'apps/Deployment',
    'apps/DaemonSet',
    'apps/ReplicaSet',
    'networking.k8s.io/Ingress',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/NetworkPolicy',
    'autoscaling/HorizontalPodAutoscaler',
    'storage.k8s.io/StorageClass',
    'scheduling.k8s.io/PriorityClass'
  ].map((kind): [string, NameRule] => [kind, subdomain]),
  // A StatefulSet's name goes into its Pods' hostnames.
  ['apps/StatefulSet', label],
  // A Job's name goes into its Pods' `job-name` label (63), a CronJob's
  // into its Jobs' names with an 11-character suffix (52).
  ['batch/Job', { ...subdomain, max: 63, said: subdomainSaid(63) }],
  ['batch/CronJob', { ...subdomain, max: 52, said: subdomainSaid(52) }],
  ['Namespace', label],
  ['Service', serviceLabel]
])

/** The name rule of `kind` in `apiVersion`'s group, if it is one we know. */
function nameRule(apiVersion: string, kind: string): NameRule | undefined {
  return nameRules.get(groupKind(groupOf(apiVersion), kind))
}

/**
 * What is wrong with an object's identity, said for people; undefined when
 * every field has a shape the cluster can take. A field still holding an
 * unresolved `${{ … }}` is left to the variable's own diagnostic.
 */
export function identityProblem(fields: {
  apiVersion: string
  kind: string
  name: string
  namespace?: string | undefined
}): { field: IdentityField; message: string } | undefined {
  const open = (text: string): boolean => text.includes('${{')
  const { apiVersion, kind, name, namespace } = fields
  if (!open(apiVersion) && !isApiVersion(apiVersion))
    return {
      field: 'apiVersion',
      message: `apiVersion ${quoteValue(apiVersion)} is not a version or group/version (e.g. "v1", "apps/v1")`
    }
  if (!open(kind) && !kindShape.test(kind))
    return {
      field: 'kind',
      message: `kind ${quoteValue(kind)} is not a kind name (a letter, then letters, digits, "-" or "_", e.g. "ConfigMap")`
    }
  if (!open(apiVersion) && /^core\/[^/]+$/.test(apiVersion))
    return {
      field: 'apiVersion',
      message: `apiVersion ${quoteValue(apiVersion)} names a group "core", which Kubernetes' core group is not called: write ${quoteValue(apiVersion.slice('core/'.length))}`
    }
  const spelled = builtInKindSpelling(kind)
  if (
    !open(apiVersion) &&
    isBuiltInGroup(groupOf(apiVersion)) &&
    spelled !== undefined &&
    spelled !== kind
  )
    return {
      field: 'kind',
      message: `kind ${quoteValue(kind)} is written ${quoteValue(spelled)} (kinds are case-sensitive)`
    }
  // What every kind's names share (a path segment); then the rule of the
  // kinds whose rule is known (nameRules).
  if (!open(name) && (name === '.' || name === '..' || /[/%]/.test(name)))
    return {
      field: 'name',
      message: `metadata.name ${quoteValue(name)} can never name an object (no "/" or "%", not "." or "..")`
    }
  const rule =
    open(apiVersion) || open(kind) ? undefined : nameRule(apiVersion, kind)
  if (rule && !open(name) && (name.length > rule.max || !rule.shape.test(name)))
    return {
      field: 'name',
      message: `metadata.name ${quoteValue(name)} is not ${rule.said}, which a ${kind}'s name must be`
    }
  if (
    namespace !== undefined &&
    !open(namespace) &&
    (namespace.length > 63 || !namespaceShape.test(namespace))
  )
    return {
      field: 'namespace',
      message: `the namespace ${quoteValue(namespace)} is not a namespace name (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)`
    }
  return undefined
}
