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
import { countText } from '../plural.js'

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
 * How many other declarations a message names. Each declaration still gets
 * its own error, but naming every other one in each made the output grow
 * with the square of the copies: 4,000 copies of one 58-byte document
 * printed gigabytes and ended in "Invalid string length". Up to
 * `placesListedWhole` others are all named, as always; beyond, the first
 * `placesNamed` and a count of the rest (never "1 other place").
 */
const placesNamed = 3
const placesListedWhole = 4

/**
 * The first `count` of `list` other than `self`, without walking the whole
 * list: each of N declarations asks, so a filter would be quadratic again.
 */
function othersOf<T>(list: readonly T[], self: T, count: number): T[] {
  return list
    .slice(0, count + 1)
    .filter((item) => item !== self)
    .slice(0, count)
}

/**
 * Reports every object declared more than once (by several manifests or
 * twice in one), once at each declaration's `metadata.name`, naming the
 * others (a bounded few of them): whichever file a change touched, its
 * annotation is there.
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
    const count = declarations.length - 1
    const cut = count > placesListedWhole
    for (const declaration of declarations) {
      const { object, manifest } = declaration
      const namespace = objectNamespace(object, undefined, clusterScoped)
      const by = (other: Declaration): string =>
        other.manifest === manifest
          ? 'in the same manifest'
          : `by manifest "${other.manifest.name}" in stack "${other.manifest.stack}"`
      const others = othersOf(
        declarations,
        declaration,
        cut ? placesNamed : count
      )
      const also = cut
        ? `${groupedPlaces(others, by, placeOf)} and at ${countText(count - placesNamed)} other places`
        : others
            .map((other) => `${by(other)} at ${formatPlace(placeOf(other))}`)
            .join(' and ')
      report(
        ctx,
        'error',
        manifest.source.pointer,
        'duplicate-object',
        `${object.kind} "${object.name}"${namespace ? ` in namespace "${namespace}"` : ''} (manifest "${manifest.name}") is also declared ${also}`,
        'Declare each Kubernetes object in one manifest only.',
        placeOf(declaration)
      )
    }
  }
}

/**
 * Places of a cut list, those of one manifest together: `in the same
 * manifest at a.yaml:8:12, a.yaml:12:12 and by manifest "b" … at b.yaml:4:3`.
 */
function groupedPlaces(
  others: readonly Declaration[],
  by: (d: Declaration) => string,
  placeOf: (d: Declaration) => SourceLocation
): string {
  const groups: { by: string; places: string[] }[] = []
  for (const other of others) {
    const last = groups[groups.length - 1]
    const place = formatPlace(placeOf(other))
    if (last?.by === by(other)) last.places.push(place)
    else groups.push({ by: by(other), places: [place] })
  }
  return groups.map((g) => `${g.by} at ${g.places.join(', ')}`).join(' and ')
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
    // Each declaration of one side names those of the other: bounded as
    // for duplicates, or thousands on each side print millions of places.
    const sayAll = (list: readonly Declaration[]): string =>
      list.length > placesListedWhole
        ? `${list.slice(0, placesNamed).map(say).join(' and ')} and ${countText(list.length - placesNamed)} more`
        : list.map(say).join(' and ')
    const declaredInDefault = sayAll(inDefault)
    const declaredUnplaced = sayAll(unplaced)
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
        `(manifest "${d.manifest.name}") names no namespace, so it lands in the kubeconfig context's namespace, and ${declaredInDefault} declares it in namespace "default"`,
        'this one'
      )
    for (const d of inDefault)
      warn(
        d,
        `in namespace "default" (manifest "${d.manifest.name}") is also declared without a namespace by ${declaredUnplaced}, which lands in the kubeconfig context's namespace`,
        'the other'
      )
  }
}
