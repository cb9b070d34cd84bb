/**
 * Applying one manifest step: all its objects server-side in one kubectl
 * call (two when the step defines CRDs and their custom resources: the CRs
 * wait until their CRDs are Established), then a health wait. What changed
 * is known per object by comparing resourceVersions before and after.
 */
import type { ManifestStep, PlannedObject } from '../plan/plan-types.js'
import type { ChangeAction, ChangeSetEntry } from '../sync/sync-result.js'
import { describeConflict, matchConflict, parseConflicts } from './conflicts.js'
import { forceHint, immutableFieldText } from './apply-failure-text.js'
import { HealthError, waitForHealth } from './health.js'
import type { ObjectFailure } from '../cluster/api-client.js'
import {
  groupOf,
  refKey,
  refOf,
  requestedKeys,
  resourceVersionOf,
  appliedDocument,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'
import type { KubeObject } from '../definition/definition-types.js'
import { decryptManifestObjects } from './decrypt-step.js'
import {
  StepFailure,
  type ApplyContext,
  type StepApplied
} from './step-types.js'

/** The ApplySet membership label (KEP-3659), set on every applied object. */
export { partOfLabel } from '../cluster/kube-objects.js'

interface Entry {
  planned: PlannedObject
  ref: ObjectRef
  body: KubeJson
}

/** Applies a manifest step; throws StepFailure with what did land. */
export async function applyManifestStep(
  step: ManifestStep,
  ctx: ApplyContext
): Promise<StepApplied> {
  const decrypted = await decryptManifestObjects(step, ctx)
  const entries = step.objects.map((planned) =>
    toEntry(withBody(planned, decrypted), ctx)
  )
  const crdKinds = new Set(
    entries.filter((e) => isCrd(e.ref)).map((e) => definedKind(e.body))
  )
  const later = entries.filter((e) =>
    crdKinds.has(`${groupOf(e.ref.apiVersion)}/${e.ref.kind}`)
  )
  const first = entries.filter((e) => !later.includes(e))
  const declared = new Set(
    entries.filter((e) => e.ref.kind === 'Namespace').map((e) => e.ref.name)
  )
  const implicit = step.namespaces.filter((n) => !declared.has(n))
  const changes: ChangeSetEntry[] = []
  await applyBatch(step, first, implicit, changes, ctx)
  const crdNames = first.filter((e) => isCrd(e.ref)).map((e) => e.ref.name)
  if (crdNames.length > 0 && later.length > 0) {
    await ctx.kubectl.waitEstablished(crdNames, ctx.stepTimeoutMs)
  }
  if (later.length > 0) await applyBatch(step, later, [], changes, ctx)
  try {
    await waitForHealth(
      ctx.kubectl,
      entries.filter((e) => !ctx.live?.gone(e.ref)).map((e) => e.ref),
      ctx.clock,
      {
        timeoutMs: ctx.stepTimeoutMs,
        intervalMs: ctx.healthIntervalMs,
        ...(ctx.interrupt ? { signal: ctx.interrupt } : {})
      }
    )
  } catch (error) {
    if (error instanceof HealthError) {
      throw new StepFailure(error.message, 'HealthCheckFailed', changes)
    }
    throw error
  }
  return { changes, objects: entries.map((e) => e.ref) }
}

/**
 * One `kubectl get` (before), one `kubectl apply` of the batch plus any
 * missing namespaces, and on failure one more `get` to tell what landed.
 */
async function applyBatch(
  step: ManifestStep,
  all: readonly Entry[],
  namespaces: readonly string[],
  changes: ChangeSetEntry[],
  ctx: ApplyContext
): Promise<void> {
  // A full reconcile's bulk read found these as ClusterSync applied them:
  // sending them again would change nothing (live-state.ts).
  const entries = all.filter((e) => !ctx.live?.unchanged(e.ref))
  const sending = new Set(entries)
  for (const e of all) {
    if (!sending.has(e))
      changes.push({
        subject: e.planned.subject,
        action: 'unchanged',
        step: step.id
      })
  }
  const nsRefs: ObjectRef[] = namespaces.map((name) => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    name
  }))
  // Objects in a namespace this sync created are known to be new, and that
  // namespace is known to exist: reading either first would cost a GET for
  // nothing (see ApplyContext). At 1,000 objects those reads were one
  // kubectl call per wave on the critical path. The bulk read knows the rest.
  const fresh = ctx.createdNamespaces ?? new Set<string>()
  const unknownNamespaces = nsRefs.filter((r) => !fresh.has(r.name))
  const unknown = [
    ...unknownNamespaces,
    ...entries
      .map((e) => e.ref)
      .filter((r) => r.namespace === undefined || !fresh.has(r.namespace))
  ]
  const before = await versionsBefore(unknown, ctx)
  const missing = unknownNamespaces.filter((r) => !before.has(refKey(r)))
  if (entries.length === 0 && missing.length === 0) return
  const answer = await ctx.kubectl.apply(
    [
      ...missing.map((r) => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: r.name }
      })),
      ...entries.map((e) => e.body)
    ],
    { force: step.manifest.force }
  )
  const { result, applied } = answer
  for (const ns of missing) {
    changes.push({
      subject: `Namespace/${ns.name}`,
      action: 'created',
      step: step.id,
      message: 'named by namespace: and missing'
    })
  }
  if (result.exitCode === 0) {
    // Only once the apply succeeded: later steps trust these to exist.
    for (const ns of missing) fresh.add(ns.name)
    const after = versions(applied, entries)
    for (const e of entries) {
      const entry = change(step, e, before, after)
      if (e.ref.kind === 'Namespace' && entry.action === 'created')
        fresh.add(e.ref.name)
      changes.push(entry)
    }
    return
  }
  if (answer.failures) {
    failObjects(
      step,
      entries,
      missing.length,
      before,
      answer.failures,
      applied,
      changes
    )
  }
  await failBatch(step, entries, before, result.stderr, changes, ctx)
}

/**
 * A batch applied over the API channel failed: each failure names its
 * object, and what landed is what the server answered for, so nothing has
 * to be read again or matched through managedFields.
 */
function failObjects(
  step: ManifestStep,
  entries: readonly Entry[],
  offset: number,
  before: Map<string, string | undefined>,
  failures: readonly ObjectFailure[],
  applied: readonly KubeJson[],
  changes: ChangeSetEntry[]
): never {
  const after = versions(applied, entries)
  const failed = new Set<number>()
  const problems: string[] = []
  for (const failure of failures) {
    const e = entries[failure.index - offset]
    if (!e) {
      // A namespace named by `namespace:` failed; its objects fail with it.
      problems.push(failure.text)
      continue
    }
    const where = `${e.planned.subject} (${e.planned.object.source.file}:${e.planned.object.source.line})`
    const conflicts = parseConflicts(failure.text)
    failed.add(failure.index - offset)
    problems.push(
      conflicts.length > 0
        ? `Resource conflict: ${where}: ${conflicts.map(describeConflict).join('; ')}; ${forceHint(step)}`
        : `${where}: ${immutableFieldText(failure.text) ?? failure.text}`
    )
  }
  entries.forEach((e, i) => {
    changes.push(
      failed.has(i)
        ? { subject: e.planned.subject, action: 'failed', step: step.id }
        : change(step, e, before, after)
    )
  })
  throw new StepFailure(problems.join('; '), 'ApplyFailed', changes)
}

async function failBatch(
  step: ManifestStep,
  entries: readonly Entry[],
  before: Map<string, string | undefined>,
  stderr: string,
  changes: ChangeSetEntry[],
  ctx: ApplyContext
): Promise<never> {
  // kubectl applies the other objects of the batch after one fails, so a
  // second look tells which landed; the conflicts are matched through it.
  const live = await ctx.kubectl
    .get(
      entries.map((e) => e.ref),
      true
    )
    .catch(() => [])
  const after = versions(live, entries)
  const keyOf = requestedKeys(entries.map((e) => e.ref))
  const liveByEntry = entries.map(
    (e) => live.find((o) => keyOf(refOf(o)) === refKey(e.ref)) ?? {}
  )
  const problems: string[] = []
  const failed = new Set<number>()
  for (const conflict of parseConflicts(stderr)) {
    const i = matchConflict(conflict, liveByEntry, failed)
    const e = i >= 0 ? entries[i] : undefined
    if (e) failed.add(i)
    const where = e
      ? ` (${e.planned.object.source.file}:${e.planned.object.source.line})`
      : ''
    problems.push(
      `Resource conflict: ${e ? e.planned.subject : 'an object'}${where}: ${describeConflict(conflict)}; ${forceHint(step)}`
    )
  }
  entries.forEach((e, i) => {
    const landed = after.get(refKey(e.ref)) !== before.get(refKey(e.ref))
    if (failed.has(i) || !landed) {
      changes.push({
        subject: e.planned.subject,
        action: failed.has(i) ? 'failed' : 'unchanged',
        step: step.id
      })
    } else {
      changes.push(change(step, e, before, after))
    }
  })
  const immutable = immutableFieldText(stderr)
  const message =
    problems.length > 0
      ? problems.join('; ')
      : immutable !== undefined
        ? `kubectl apply --server-side: ${immutable}`
        : ctx.kubectl.toolError(['apply', '--server-side'], {
            exitCode: 1,
            stdout: '',
            stderr,
            timedOut: false
          }).message
  throw new StepFailure(message, 'ApplyFailed', changes)
}

function change(
  step: ManifestStep,
  e: Entry,
  before: Map<string, string | undefined>,
  after: Map<string, string | undefined>
): ChangeSetEntry {
  const was = before.get(refKey(e.ref))
  const now = after.get(refKey(e.ref))
  const action: ChangeAction =
    was === undefined ? 'created' : was === now ? 'unchanged' : 'configured'
  return { subject: e.planned.subject, action, step: step.id }
}

/**
 * The resourceVersions of the objects that exist, from the bulk read where
 * it covered them, else from one read.
 */
async function versionsBefore(
  refs: readonly ObjectRef[],
  ctx: ApplyContext
): Promise<Map<string, string | undefined>> {
  const { live } = ctx
  const unread = live ? refs.filter((r) => !live.covers(r)) : refs
  const before = versions(
    unread.length > 0 ? await ctx.kubectl.get(unread) : [],
    unread.map((ref) => ({ ref }))
  )
  for (const ref of refs) {
    const version = live?.covers(ref) ? live.resourceVersion(ref) : undefined
    if (version !== undefined) before.set(refKey(ref), version)
  }
  return before
}

/**
 * Each object's resourceVersion by the key of the entry it stands for: one
 * written without a namespace comes back in the context's, and was taken
 * for a new object on every apply (`created`, never `configured`).
 */
function versions(
  objects: readonly KubeJson[],
  requested: readonly { ref: ObjectRef }[]
): Map<string, string | undefined> {
  const keyOf = requestedKeys(requested.map((e) => e.ref))
  return new Map(
    objects.map((o) => {
      const ref = refOf(o)
      return [keyOf(ref) ?? refKey(ref), resourceVersionOf(o)]
    })
  )
}

/** `planned` with its decrypted body, when its file was SOPS-encrypted. */
function withBody(
  planned: PlannedObject,
  decrypted: ReadonlyMap<KubeObject, Record<string, unknown>>
): PlannedObject {
  const body = decrypted.get(planned.object)
  return body ? { ...planned, object: { ...planned.object, body } } : planned
}

function toEntry(planned: PlannedObject, ctx: ApplyContext): Entry {
  const { object } = planned
  const namespace = planned.namespace
  const body = appliedDocument(planned, ctx.applySetId)
  return {
    planned,
    body,
    ref: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...(namespace !== undefined ? { namespace } : {})
    }
  }
}

function isCrd(ref: ObjectRef): boolean {
  return (
    ref.kind === 'CustomResourceDefinition' &&
    groupOf(ref.apiVersion) === 'apiextensions.k8s.io'
  )
}

/** `group/Kind` a CRD defines. */
function definedKind(crd: KubeJson): string {
  const spec = (crd.spec ?? {}) as {
    group?: string
    names?: { kind?: string }
  }
  return `${spec.group ?? ''}/${spec.names?.kind ?? ''}`
}
