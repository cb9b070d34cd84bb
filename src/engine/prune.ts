/**
 * Pruning: removing from the cluster what the definition no longer declares
 * — only objects and releases the inventory says ClusterSync applied, never
 * anything else. Removal runs in reverse dependency order (the inventory
 * keeps each step's topological position), so dependents and higher waves
 * go first, and within a step objects go in reverse apply order.
 */
import { plural } from '../plural.js'
import { getErrorMessage } from '../errors.js'
import type { Plan } from '../plan/plan-types.js'
import type { ChangeSetEntry } from '../sync/sync-result.js'
import type { HelmClient } from '../cluster/helm.js'
import type { Inventory } from '../state/inventory.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { dismantleRelease } from './release-dismantle.js'
import {
  refKey,
  subjectOf,
  unscopedKey,
  type ObjectRef
} from '../cluster/kube-objects.js'
import type { PruneOptions } from './engine-options.js'

/** One inventory step's share of the prune, in the order it runs. */
export interface PruneGroup {
  /** The inventory step the objects were applied by. */
  step: string
  /** True when the whole step left the definition. */
  stepRemoved: boolean
  /** Objects to delete, dependents first. */
  objects: ObjectRef[]
  release?: { name: string; namespace: string }
  /**
   * Objects of the release the definition now declares as manifests: the
   * release is then removed without `helm uninstall`, which would delete
   * them (release-dismantle.ts).
   */
  keep?: ObjectRef[]
}

const destructiveKinds = new Set([
  'Namespace',
  'CustomResourceDefinition',
  'PersistentVolumeClaim'
])

/**
 * What pruning would remove: inventory objects and releases the plan no
 * longer declares (an object that moved to another step is kept), grouped
 * per inventory step in reverse order. Pure, so `plan` can show it.
 *
 * An object that names no namespace goes to the kubeconfig context's
 * (`contextNamespace`), so it is the same object as one recorded in that
 * namespace, and one recorded without a namespace is the same as one now
 * declared in it (`namespace: default` dropped or added). Without the
 * context namespace, any namespace is taken for it: an object is then
 * left in place rather than deleted just after this sync applied it.
 */
export function computePrune(
  plan: Plan,
  inventory: Inventory | undefined,
  contextNamespace?: string
): PruneGroup[] {
  if (!inventory) return []
  const declaredAs = declaredObjects(plan)
  const declared = (o: ObjectRef): boolean =>
    declaredAs(o, contextNamespace) !== undefined
  const releases = new Set<string>()
  const stepIds = new Set(plan.steps.map((s) => s.id))
  for (const step of plan.steps) {
    if (step.kind === 'addon') releases.add(`${step.namespace}/${step.name}`)
  }
  return [...inventory.steps]
    .sort((a, b) => b.order - a.order)
    .flatMap((step): PruneGroup[] => {
      const objects = step.objects.filter((o) => !declared(o)).reverse()
      const release =
        step.release &&
        !releases.has(`${step.release.namespace}/${step.release.name}`)
          ? step.release
          : undefined
      if (objects.length === 0 && !release) return []
      return [
        {
          step: step.id,
          stepRemoved: !stepIds.has(step.id),
          objects,
          ...(release ? { release } : {})
        }
      ]
    })
}

/**
 * Whether the plan declares an object the inventory recorded only by
 * matching a namespace it did not write (see computePrune): only then is
 * the context's namespace worth asking for.
 */
export function pruneNeedsContextNamespace(
  plan: Plan,
  inventory: Inventory | undefined
): boolean {
  if (!inventory) return false
  const declared = declaredObjects(plan)
  return inventory.steps.some((step) =>
    step.objects.some((o) => declared(o, undefined) === 'unscoped')
  )
}

/**
 * Whether the plan declares an inventory object: `exact` by its key,
 * `unscoped` as the same object written with and without its namespace
 * (computePrune says when that counts), else undefined.
 */
function declaredObjects(
  plan: Plan
): (
  o: ObjectRef,
  contextNamespace?: string
) => 'exact' | 'unscoped' | undefined {
  const exact = new Set<string>()
  const withoutNamespace = new Set<string>()
  const namespacesOf = new Map<string, Set<string>>()
  for (const step of plan.steps) {
    if (step.kind !== 'manifest') continue
    for (const o of step.objects) {
      const ref = {
        apiVersion: o.object.apiVersion,
        kind: o.object.kind,
        name: o.object.name,
        ...(o.namespace ? { namespace: o.namespace } : {})
      }
      exact.add(refKey(ref))
      const key = unscopedKey(ref)
      if (!o.namespace) withoutNamespace.add(key)
      else
        namespacesOf.set(
          key,
          (namespacesOf.get(key) ?? new Set()).add(o.namespace)
        )
    }
  }
  return (o, contextNamespace) => {
    if (exact.has(refKey(o))) return 'exact'
    const isContext = (namespace: string): boolean =>
      contextNamespace === undefined || namespace === contextNamespace
    const key = unscopedKey(o)
    const same = o.namespace
      ? // Recorded in a namespace, declared without one: the same object
        // when that namespace is the context's.
        withoutNamespace.has(key) && isContext(o.namespace)
      : // Recorded without, declared in the context's namespace.
        [...(namespacesOf.get(key) ?? [])].some(isContext)
    return same ? 'unscoped' : undefined
  }
}

/**
 * Why the prune may not run without `--allow-destructive-prune`: protected
 * kinds, or too large a share of the inventory. Empty when it may.
 */
export function pruneGuardViolations(
  groups: readonly PruneGroup[],
  inventory: Inventory,
  options: PruneOptions
): string[] {
  if (options.allowDestructive) return []
  const objects = groups.flatMap((g) => g.objects)
  const violations = objects
    .filter((o) => destructiveKinds.has(o.kind))
    .map((o) => `would delete ${subjectOf(o)} (a ${o.kind})`)
  const total = inventory.steps.reduce((n, s) => n + s.objects.length, 0)
  if (
    total > options.minObjectsForShare &&
    objects.length / total > options.maxShare
  ) {
    violations.push(
      `would delete ${objects.length} of ${plural(total, 'object')} in the inventory (more than ${Math.round(options.maxShare * 100)}%)`
    )
  }
  return violations
}

/**
 * What a pruned release's entry adds when it renders objects the
 * definition declares (the plan says the same).
 */
export function keptNote(keep: readonly ObjectRef[]): string {
  return `keeps ${keep.map(subjectOf).join(', ')}, which this definition declares (removed without \`helm uninstall\`, which would delete ${keep.length === 1 ? 'it' : 'them'}; the chart's delete hooks do not run)`
}

/** What `runPrune` did. */
export interface PruneRun {
  changes: ChangeSetEntry[]
  /** Groups not (fully) removed: the inventory must keep them. */
  remaining: PruneGroup[]
  /** Why it stopped early. */
  error?: string
}

/**
 * Deletes the groups in order: the release, then one `kubectl delete` per
 * group. Stops at the first failure, so the inventory keeps what is left and
 * the next sync tries again.
 */
export async function runPrune(
  groups: readonly PruneGroup[],
  kubectl: ClusterClient,
  helm: HelmClient,
  timeoutMs: number
): Promise<PruneRun> {
  const changes: ChangeSetEntry[] = []
  for (const [i, group] of groups.entries()) {
    const pruned = (subject: string): ChangeSetEntry => ({
      subject,
      action: 'pruned',
      step: 'prune',
      message: `was applied by ${group.step}`
    })
    try {
      if (group.release) {
        // A release goes before the objects of its step: it may use them.
        const { name, namespace } = group.release
        const release = `helm:${namespace}/${name}`
        if (group.keep && group.keep.length > 0) {
          const keep = group.keep
          await dismantleRelease(
            { release: group.release, keep },
            kubectl,
            helm,
            timeoutMs
          )
          changes.push({
            ...pruned(release),
            message: `was applied by ${group.step}; ${keptNote(keep)}`
          })
        } else {
          await helm.uninstall(name, namespace, timeoutMs)
          changes.push(pruned(release))
        }
      }
      await kubectl.delete(group.objects, timeoutMs)
      for (const o of group.objects) changes.push(pruned(subjectOf(o)))
    } catch (error) {
      return {
        changes,
        remaining: groups.slice(i),
        error: getErrorMessage(error)
      }
    }
  }
  return { changes, remaining: [] }
}
