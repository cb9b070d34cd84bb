/**
 * Identity fields every Kubernetes object must have the shape of: they go
 * into the API server's URL (`/apis/<group>/<version>/namespaces/<ns>/
 * <plural>/<name>`). Written otherwise they were sent as they stood: an
 * apiVersion such as `apps/v1/deployments?watch=true&x=` turned the kind's
 * lookup into a watch that never answered, and the sync hung holding the
 * cluster's lock. The cluster refuses these shapes anyway, but only after
 * the waves before them were applied; refused here, nothing is.
 */
import { dnsLabel, isApiVersion } from '../cluster/kube-objects.js'
import { quoteValue } from '../redact.js'

/** Kinds are type names: a letter, then letters, digits, `-` or `_`. */
const kindShape = /^[A-Za-z][-_A-Za-z0-9]*$/
const namespaceShape = new RegExp(`^${dnsLabel}$`)

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
}): string | undefined {
  const open = (text: string): boolean => text.includes('${{')
  const { apiVersion, kind, name, namespace } = fields
  if (!open(apiVersion) && !isApiVersion(apiVersion))
    return `apiVersion ${quoteValue(apiVersion)} is not a version or group/version (e.g. "v1", "apps/v1")`
  if (!open(kind) && !kindShape.test(kind))
    return `kind ${quoteValue(kind)} is not a kind name (a letter, then letters, digits, "-" or "_", e.g. "ConfigMap")`
  // What every kind's names share (a path segment); each kind's own rules
  // (most want a DNS subdomain, RBAC takes `system:…`) are the server's.
  if (!open(name) && (name === '.' || name === '..' || /[/%]/.test(name)))
    return `metadata.name ${quoteValue(name)} can never name an object (no "/" or "%", not "." or "..")`
  if (
    namespace !== undefined &&
    !open(namespace) &&
    (namespace.length > 63 || !namespaceShape.test(namespace))
  )
    return `the namespace ${quoteValue(namespace)} is not a namespace name (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)`
  return undefined
}
