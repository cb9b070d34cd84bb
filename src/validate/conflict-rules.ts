/**
 * Resource conflicts: two manifests (in any files and stacks) that declare
 * the same Kubernetes object would overwrite each other on every sync. An
 * object is identified by API group, kind, namespace and name; the group
 * comes from apiVersion (`apps/v1` → `apps`, `v1` → core), the namespace
 * from metadata.namespace, else the manifest's namespace, else unset. A
 * cluster-scoped kind has none, whatever either says: the plan drops it
 * (plan/kind-order.ts), so two such declarations are one object.
 */
import type { SourceLocation } from '../diagnostics.js'
import type {
  KubeObject,
  Manifest,
  Stack
} from '../definition/definition-types.js'
import {
  formatPlace,
  report,
  type ValidationContext
} from './validation-context.js'
import { objectNamePlaces } from './object-names.js'
import {
  apiGroup,
  builtInRank,
  isClusterScoped,
  objectNamespace
} from '../plan/kind-order.js'
import { clusterScopedCustomKinds } from '../plan/plan-steps.js'

/**
 * The object's identity, as a printable key. `clusterScoped`: the custom
 * kinds (`group/Kind`) the definition's own CRDs make cluster-scoped.
 */
export function objectIdentity(
  object: KubeObject,
  clusterScoped?: ReadonlySet<string>
): string {
  const group = apiGroup(object.apiVersion)
  const kind = group === '' ? object.kind : `${object.kind}.${group}`
  const namespace = objectNamespace(object, undefined, clusterScoped)
  return namespace === undefined
    ? `${kind}/${object.name}`
    : `${kind}/${namespace}/${object.name}`
}

interface Declaration {
  object: KubeObject
  manifest: Manifest
  stack: Stack
  index: number
}

/**
 * Reports every object declared more than once (by several manifests or
 * twice in one), once at each declaration's `metadata.name`, naming the
 * others: whichever file a change touched, its annotation is there.
 */
export function checkObjectConflicts(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  const byIdentity = new Map<string, Declaration[]>()
  const clusterScoped = clusterScopedCustomKinds(stacks)
  for (const stack of stacks) {
    for (const manifest of stack.manifests) {
      manifest.objects.forEach((object, index) => {
        const id = objectIdentity(object, clusterScoped)
        const list = byIdentity.get(id) ?? []
        list.push({ object, manifest, stack, index })
        byIdentity.set(id, list)
      })
    }
  }
  const placeOf = (d: Declaration): SourceLocation =>
    objectNamePlaces(ctx, d.manifest, d.stack.variables)[d.index] ??
    d.object.source
  checkDefaultNamespace(ctx, byIdentity, placeOf)
  for (const declarations of byIdentity.values()) {
    if (declarations.length < 2) continue
    for (const declaration of declarations) {
      const { object, manifest } = declaration
      const namespace = objectNamespace(object, undefined, clusterScoped)
      const others = declarations
        .filter((other) => other !== declaration)
        .map(
          (other) =>
            `${other.manifest === manifest ? 'in the same manifest' : `by manifest "${other.manifest.name}" in stack "${other.manifest.stack}"`} at ${formatPlace(placeOf(other))}`
        )
      report(
        ctx,
        'error',
        manifest.source.pointer,
        'duplicate-object',
        `${object.kind} "${object.name}"${namespace ? ` in namespace "${namespace}"` : ''} (manifest "${manifest.name}") is also declared ${others.join(' and ')}`,
        'Declare each Kubernetes object in one manifest only.',
        placeOf(declaration)
      )
    }
  }
}

/**
 * An object of one of Kubernetes' own namespaced kinds written without any
 * namespace lands in the kubeconfig context's namespace: `default` unless
 * the context names another. Declared so and also with `namespace:
 * default`, it is one object in the usual setup, which two steps would
 * both apply; offline that is not certain, so each is a warning.
 */
function checkDefaultNamespace(
  ctx: ValidationContext,
  byIdentity: ReadonlyMap<string, Declaration[]>,
  placeOf: (d: Declaration) => SourceLocation
): void {
  for (const unplaced of byIdentity.values()) {
    const first = unplaced[0]
    if (!first || first.object.namespace !== undefined) continue
    const { kind, apiVersion } = first.object
    const group = apiGroup(apiVersion)
    if (builtInRank(group, kind) === undefined || isClusterScoped(group, kind))
      continue
    const inDefault = byIdentity.get(
      objectIdentity({ ...first.object, namespace: 'default' })
    )
    if (!inDefault) continue
    const say = (d: Declaration): string =>
      `manifest "${d.manifest.name}" in stack "${d.manifest.stack}" at ${formatPlace(placeOf(d))}`
    const warn = (d: Declaration, what: string, other: string): void =>
      report(
        ctx,
        'warning',
        d.manifest.source.pointer,
        'possible-duplicate-object',
        `${kind} "${d.object.name}" ${what}: with a context on "default" (the usual) both are one object`,
        `Write \`namespace: default\` on both, or give ${other} the namespace it is meant for.`,
        placeOf(d)
      )
    for (const d of unplaced)
      warn(
        d,
        `(manifest "${d.manifest.name}") names no namespace, so it lands in the kubeconfig context's namespace, and ${inDefault.map(say).join(' and ')} declares it in namespace "default"`,
        'this one'
      )
    for (const d of inDefault)
      warn(
        d,
        `in namespace "default" (manifest "${d.manifest.name}") is also declared without a namespace by ${unplaced.map(say).join(' and ')}, which lands in the kubeconfig context's namespace`,
        'the other'
      )
  }
}
