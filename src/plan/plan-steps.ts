/**
 * Turning the definition's manifests and add-ons into plan steps, in the
 * order written: stacks in order, and inside a stack its manifests before its
 * add-ons (the definition keeps them in two lists; manifests usually hold the
 * Namespaces and CRDs the add-ons need, so this is the least surprising order).
 */
import type {
  Addon,
  ClusterDefinition,
  KubeObject,
  Manifest,
  Stack
} from '../definition/definition-types.js'
import { addonDigest, manifestDigest } from './digest.js'
import { apiGroup, groupKind, orderObjects } from './kind-order.js'
import type { AddonStep, ManifestStep, PlanStep } from './plan-types.js'

/** The namespace Helm installs a release into when the add-on names none. */
export const defaultReleaseNamespace = 'default'

/** The step id of a manifest or add-on: `manifest:<name>` / `addon:<name>`. */
export function stepId(kind: 'manifest' | 'addon', name: string): string {
  return `${kind}:${name}`
}

/**
 * The id of the barrier the steps of deploy wave `wave` wait behind
 * (`wave:<n>`); no step id has this form.
 */
export function waveBarrierId(wave: number): string {
  return `wave:${wave}`
}

/**
 * One step per manifest and add-on, in written order, with objects in apply
 * order and digests filled in. `stage` and `dependsOn` are set later, once
 * the graph is known.
 */
export function createSteps(definition: ClusterDefinition): PlanStep[] {
  const clusterScoped = clusterScopedCustomKinds(definition.stacks)
  const steps: PlanStep[] = []
  for (const stack of definition.stacks) {
    for (const manifest of stack.manifests) {
      steps.push(manifestStep(stack, manifest, clusterScoped))
    }
    for (const addon of stack.addons) steps.push(addonStep(stack, addon))
  }
  return steps
}

function manifestStep(
  stack: Stack,
  manifest: Manifest,
  clusterScoped: ReadonlySet<string>
): ManifestStep {
  const objects = orderObjects(
    manifest.objects,
    manifest.namespace,
    clusterScoped
  )
  const namespaces = new Set<string>()
  if (manifest.namespace) namespaces.add(manifest.namespace)
  for (const o of objects) if (o.namespace) namespaces.add(o.namespace)
  return {
    kind: 'manifest',
    id: stepId('manifest', manifest.name),
    ...(manifest.legacyName === undefined
      ? {}
      : { legacyId: stepId('manifest', manifest.legacyName) }),
    name: manifest.name,
    stage: 0,
    stack: stack.name,
    ...wave(stack),
    dependsOn: [],
    digest: manifestDigest(manifest, objects),
    source: manifest.source,
    manifest,
    objects,
    namespaces: [...namespaces].sort()
  }
}

function addonStep(stack: Stack, addon: Addon): AddonStep {
  const namespace = addon.namespace ?? defaultReleaseNamespace
  return {
    kind: 'addon',
    id: stepId('addon', addon.name),
    name: addon.name,
    stage: 0,
    stack: stack.name,
    ...wave(stack),
    dependsOn: [],
    digest: addonDigest(addon, namespace),
    source: addon.source,
    addon,
    namespace
  }
}

function wave(stack: Stack): { deployWave?: number } {
  return stack.deployWave === undefined ? {} : { deployWave: stack.deployWave }
}

/**
 * `group/Kind` of custom kinds whose CRD in this definition says
 * `scope: Cluster`, so their objects get no namespace in subjects or edges.
 */
export function clusterScopedCustomKinds(
  stacks: readonly Stack[]
): Set<string> {
  const kinds = new Set<string>()
  for (const stack of stacks) {
    for (const manifest of stack.manifests) {
      for (const object of manifest.objects) {
        const crd = crdDefinition(object)
        if (crd?.scope === 'Cluster') kinds.add(crd.groupKind)
      }
    }
  }
  return kinds
}

/** What a CustomResourceDefinition object defines, or undefined for other objects. */
export function crdDefinition(
  object: KubeObject
): { groupKind: string; scope?: string } | undefined {
  if (
    object.kind !== 'CustomResourceDefinition' ||
    apiGroup(object.apiVersion) !== 'apiextensions.k8s.io'
  ) {
    return undefined
  }
  const spec = asRecord(object.body.spec)
  const names = asRecord(spec?.names)
  const group = spec?.group
  const kind = names?.kind
  if (typeof group !== 'string' || typeof kind !== 'string') return undefined
  const scope = typeof spec?.scope === 'string' ? spec.scope : undefined
  return { groupKind: groupKind(group, kind), ...(scope ? { scope } : {}) }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * The bodies a manifest step sends to the API server, in apply order, with
 * the namespace each lands in written into `metadata.namespace` (a
 * manifest's `namespace:` is a default the server does not know about).
 * The step's objects are not modified.
 */
export function stepDocuments(step: ManifestStep): Record<string, unknown>[] {
  return step.objects.map((o) => {
    const metadata = asRecord(o.object.body.metadata) ?? {}
    if (o.namespace === undefined || metadata.namespace === o.namespace) {
      return o.object.body
    }
    return {
      ...o.object.body,
      metadata: { ...metadata, namespace: o.namespace }
    }
  })
}
