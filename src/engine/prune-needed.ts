/**
 * What the prune must not delete although the definition no longer declares
 * it: a Namespace that declared objects or add-on releases still live in,
 * and a CustomResourceDefinition whose API group declared objects still
 * use. Deleting a Namespace deletes everything in it; deleting a CRD
 * deletes its custom resources. Those objects' steps are unchanged, so no
 * later sync would put them back, and the sync would still say Synced.
 *
 * Such an object is left in place and dropped from the definition's record
 * (it is no longer managed, as when another definition owns it): a later
 * sync never deletes it by surprise. Offline a CRD's kinds are not known,
 * only its name (`<plural>.<group>`), so its group stands for them.
 */
import type { Plan, PlannedObject } from '../plan/plan-types.js'
import { isClusterScoped } from '../plan/kind-order.js'
import type { ChangeSetEntry } from '../sync/sync-result.js'
import {
  groupOf,
  refKey,
  subjectOf,
  type ObjectRef
} from '../cluster/kube-objects.js'
import type { PruneGroup } from './prune.js'

/** The groups without what the plan still needs, and one entry per object kept. */
export interface StillNeeded {
  groups: PruneGroup[]
  kept: ChangeSetEntry[]
  /** Why each kept object stays, by refKey (`left in place: …`). */
  reasons: ReadonlyMap<string, string>
}

/** Takes out of `groups` what the plan still needs; see the file comment. */
export function keepStillNeeded(
  plan: Plan,
  groups: readonly PruneGroup[],
  contextNamespace?: string
): StillNeeded {
  const users = declaredUsers(plan, contextNamespace)
  const kept: ChangeSetEntry[] = []
  const reasons = new Map<string, string>()
  const remaining = groups.flatMap((group): PruneGroup[] => {
    const objects: ObjectRef[] = []
    for (const o of group.objects) {
      const why = neededBy(o, users)
      if (why === undefined) {
        objects.push(o)
        continue
      }
      const reason = `left in place: ${why}; no longer on this definition's record`
      reasons.set(refKey(o), reason)
      kept.push({
        subject: subjectOf(o),
        action: 'unchanged',
        step: 'prune',
        message: `${reason} (was applied by ${group.step})`
      })
    }
    if (objects.length === 0 && !group.release) return []
    return [{ ...group, objects }]
  })
  return { groups: remaining, kept, reasons }
}

/**
 * Whether the context's namespace is worth asking for: a Namespace would
 * go, and a declared object names no namespace (it was applied to the
 * kubeconfig context's, which may be that Namespace).
 */
export function stillNeededNeedsContextNamespace(
  plan: Plan,
  groups: readonly PruneGroup[]
): boolean {
  return (
    groups.some((g) => g.objects.some(isNamespace)) &&
    plan.steps.some(
      (step) => step.kind === 'manifest' && step.objects.some(inContext)
    )
  )
}

/** The first declared object (or release) in each namespace and of each API group. */
interface DeclaredUsers {
  byNamespace: Map<string, string>
  byGroup: Map<string, string>
}

function declaredUsers(plan: Plan, contextNamespace?: string): DeclaredUsers {
  const byNamespace = new Map<string, string>()
  const byGroup = new Map<string, string>()
  for (const step of plan.steps) {
    if (step.kind === 'addon') {
      if (!byNamespace.has(step.namespace))
        byNamespace.set(step.namespace, `helm:${step.namespace}/${step.name}`)
      continue
    }
    for (const o of step.objects) {
      if (o.namespace !== undefined && !byNamespace.has(o.namespace))
        byNamespace.set(o.namespace, o.subject)
      if (
        contextNamespace !== undefined &&
        inContext(o) &&
        !byNamespace.has(contextNamespace)
      ) {
        byNamespace.set(
          contextNamespace,
          `${o.subject}, which names no namespace and goes to the kubeconfig context's,`
        )
      }
      const group = groupOf(o.object.apiVersion)
      if (group !== '' && !byGroup.has(group)) byGroup.set(group, o.subject)
    }
  }
  return { byNamespace, byGroup }
}

/**
 * An object that names no namespace and is not of a kind known to be
 * cluster-scoped: applied to the kubeconfig context's namespace (a custom
 * kind whose scope is not known counts, to be safe).
 */
function inContext(o: PlannedObject): boolean {
  return o.namespace === undefined && !isClusterScoped(o.group, o.object.kind)
}

function isNamespace(o: ObjectRef): boolean {
  return o.kind === 'Namespace' && groupOf(o.apiVersion) === ''
}

/** Why `o` is still needed, or undefined when it may go. */
function neededBy(o: ObjectRef, users: DeclaredUsers): string | undefined {
  if (isNamespace(o)) {
    const user = users.byNamespace.get(o.name)
    return user && `the definition still declares ${user} in it`
  }
  if (
    o.kind === 'CustomResourceDefinition' &&
    groupOf(o.apiVersion) === 'apiextensions.k8s.io'
  ) {
    const group = o.name.slice(o.name.indexOf('.') + 1)
    const user = users.byGroup.get(group)
    return (
      user && `the definition still declares ${user} of its API group ${group}`
    )
  }
  return undefined
}
