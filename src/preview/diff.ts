/**
 * Live preview: what applying a plan would change on a cluster, found
 * without changing it. Per manifest step, one server-side dry-run apply and
 * one `kubectl get` (objects on stdin, never one process per object); per
 * add-on, `helm list` and `helm get values` (diff-release.ts). Steps are previewed a few at a
 * time, since each call mostly waits on the API server.
 */
import { describeConflict, parseConflicts } from '../engine/conflicts.js'
import { getErrorMessage, trimOutput } from '../errors.js'
import { diffObjects, isRecord, sameObject } from '../plan/object-diff.js'
import {
  appliedDocument,
  refKey,
  refOf,
  type KubeJson
} from '../cluster/kube-objects.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { readLiveState, type LiveState } from '../cluster/live-state.js'
import { applySetId } from '../state/inventory.js'
import {
  countPreview,
  mergePrune,
  type ChangePreview,
  type PlanPreview,
  type StepPreview
} from '../plan/preview.js'
import type { ManifestStep, Plan } from '../plan/plan-types.js'
import {
  checkReachable,
  heldSecretsOf,
  runTool,
  type PreviewOptions
} from './diff-exec.js'
import { previewAddonStep } from './diff-release.js'
import { isEncryptedManifest } from '../sops/sops-metadata.js'
import { decryptedManifestBodies } from '../engine/decrypt-step.js'
import type { KubeObject } from '../definition/definition-types.js'
import { previewDecrypted } from './preview-decrypt.js'
import { immutableFieldText } from '../engine/apply-failure-text.js'
import { holdsSecretsLive } from '../state/held-secrets.js'

export { defaultPreviewOptions, type PreviewOptions } from './diff-exec.js'

/**
 * Previews every step of a plan. Throws UnreachableError when the cluster
 * cannot be reached; a step kubectl or helm rejects becomes `failed` entries.
 */
export async function previewPlan(
  plan: Plan,
  options: PreviewOptions
): Promise<PlanPreview> {
  const applySet = applySetId(plan.cluster)
  const live = await readPlanLive(plan, options, applySet)
  const applied = await mapLimit(plan.steps, options.concurrency, (step) =>
    step.kind === 'manifest'
      ? previewManifestStep(step, options, applySet, live)
      : previewAddonStep(step, options)
  )
  // Read after the steps: by then an unreachable cluster has been reported.
  const prune = options.loadPrune
    ? await options.loadPrune()
    : { steps: [], blocked: [] }
  const steps = mergePrune(applied, prune)
  return {
    cluster: plan.cluster,
    steps,
    counts: countPreview(steps),
    pruneBlocked: prune.blocked
  }
}

/**
 * Classifies each object of one manifest step against the live cluster.
 * A SOPS-encrypted step is compared decrypted when the run has age
 * identities, without any value (preview-decrypt.ts).
 */
export async function previewManifestStep(
  step: ManifestStep,
  options: PreviewOptions,
  applySet: string,
  live?: LiveState
): Promise<StepPreview> {
  if (step.objects.length === 0) return { step: step.id, changes: [] }
  if (!isEncryptedManifest(step)) {
    return {
      step: step.id,
      changes: await compareObjects(step, options, applySet, live)
    }
  }
  // A dry run of ciphertext would be refused (the sops block) or compare
  // ciphertext with the live values. The bulk read left encrypted steps
  // out (readPlanLive), so every decrypted object is dry-run.
  const changes = await previewDecrypted(
    step.objects.map((o) => o.subject),
    options,
    (keys) => decryptedManifestBodies(step, keys),
    (bodies) =>
      compareObjects(withBodies(step, bodies), options, applySet, undefined, {
        hideValues: true
      })
  )
  return { step: step.id, changes }
}

/** The step with its objects' decrypted bodies. */
export function withBodies(
  step: ManifestStep,
  bodies: ReadonlyMap<KubeObject, Record<string, unknown>>
): ManifestStep {
  return {
    ...step,
    objects: step.objects.map((o) => {
      const body = bodies.get(o.object)
      return body ? { ...o, object: { ...o.object, body } } : o
    })
  }
}

/**
 * The objects' entries: the dry-run against the live object, Secret values
 * masked, every value with `hideValues` (a decrypted file: paths only),
 * when the step uses a secret variable (its value may be in any field, and
 * masking hides only a whole value, not the start a diff keeps of a long one),
 * or when the inventory says the object held secrets at the last sync (a
 * pull request that drops a file's encryption must not reveal its values).
 */
async function compareObjects(
  step: ManifestStep,
  options: PreviewOptions,
  applySet: string,
  live: LiveState | undefined,
  show: { hideValues?: boolean } = {}
): Promise<ChangePreview[]> {
  // Objects the bulk read found as ClusterSync applied them are neither
  // dry-run nor read again: applying them would change nothing.
  const unchanged = new Set(
    step.objects.filter((o) =>
      live?.unchanged(refOf(appliedDocument(o, applySet)))
    )
  )
  const compared = step.objects.filter((o) => !unchanged.has(o))
  if (compared.length === 0) {
    return step.objects.map((o) => ({
      subject: o.subject,
      action: 'unchanged'
    }))
  }
  const documents = compared.map((o) => appliedDocument(o, applySet))
  const [{ dryItems, liveItems, stderr }, held] = await Promise.all([
    options.kubectl
      ? readOverClient(options.kubectl, step, documents, options)
      : readOverProcesses(step, documents, options),
    heldSecretsOf(options)
  ])
  return step.objects.map((o): ChangePreview => {
    if (unchanged.has(o)) return { subject: o.subject, action: 'unchanged' }
    const match = (items: Record<string, unknown>[]) =>
      items.find((item) =>
        sameIdentity(item, o.object.kind, o.object.name, o.namespace)
      )
    const desired = match(dryItems)
    const current = match(liveItems)
    if (!desired)
      return notDryRun(o.subject, o.namespace, o.object.kind, stderr)
    if (!current) return { subject: o.subject, action: 'created' }
    if (sameObject(current, desired))
      return { subject: o.subject, action: 'unchanged' }
    const mask =
      show.hideValues ||
      step.manifest.secretDigest !== undefined ||
      holdsSecretsLive(
        held,
        refKey(refOf(appliedDocument(o, applySet))),
        current
      )
        ? [...new Set([...Object.keys(current), ...Object.keys(desired)])]
        : o.group === '' && o.object.kind === 'Secret'
          ? ['data', 'stringData']
          : []
    return {
      subject: o.subject,
      action: 'configured',
      diff: diffObjects(current, desired, { mask })
    }
  })
}

/**
 * Over the API channel, the plan's manifest objects read in bulk and judged
 * first (live-state.ts); undefined over kubectl processes, or when the read
 * failed (every object is then dry-run, as before).
 */
async function readPlanLive(
  plan: Plan,
  options: PreviewOptions,
  applySet: string
): Promise<LiveState | undefined> {
  if (!options.kubectl) return undefined
  // Encrypted steps are left out: their bodies here are ciphertext.
  const documents = plan.steps.flatMap((s) =>
    s.kind === 'manifest' && !isEncryptedManifest(s)
      ? s.objects.map((o) => appliedDocument(o, applySet))
      : []
  )
  if (documents.length === 0) return undefined
  try {
    const gone = options.goneByDesign
      ? await options.goneByDesign().catch(() => new Set<string>())
      : new Set<string>()
    return await readLiveState(options.kubectl, documents, [], gone)
  } catch (error) {
    checkReachable(options, getErrorMessage(error))
    return undefined
  }
}

/** What a step's dry-run and read gave: objects, and the dry-run's errors. */
interface StepAnswers {
  dryItems: Record<string, unknown>[]
  liveItems: Record<string, unknown>[]
  stderr: string
}

/** Two kubectl processes per step: `apply --dry-run=server` and `get`. */
async function readOverProcesses(
  step: ManifestStep,
  documents: unknown[],
  options: PreviewOptions
): Promise<StepAnswers> {
  const input = JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: documents
  })
  const kube = kubeFlags(options)
  const apply = [
    ...kube,
    'apply',
    '--server-side',
    '--field-manager=clustersync',
    ...(step.manifest.force ? ['--force-conflicts'] : []),
    '--dry-run=server',
    '-o',
    'json',
    '-f',
    '-'
  ]
  const get = [...kube, 'get', '--ignore-not-found', '-o', 'json', '-f', '-']
  const [dry, live] = await Promise.all([
    runTool(options, 'kubectl', apply, input),
    runTool(options, 'kubectl', get, input)
  ])
  return {
    dryItems: listItems(dry.stdout),
    liveItems: listItems(live.stdout),
    stderr: dry.stderr
  }
}

/**
 * The same over the command's client (the API channel): the requests
 * `kubectl apply --dry-run=server` and `kubectl get` send, several at once.
 * A read that fails as kubectl's would (not found, forbidden) leaves the
 * objects unread, as `kubectl get` printing nothing does.
 */
async function readOverClient(
  kubectl: ClusterClient,
  step: ManifestStep,
  documents: KubeJson[],
  options: PreviewOptions
): Promise<StepAnswers> {
  const [dry, live] = await Promise.all([
    kubectl.apply(documents, { force: step.manifest.force, dryRun: true }),
    kubectl.get(documents.map(refOf)).catch((error: unknown) => {
      checkReachable(options, getErrorMessage(error))
      return []
    })
  ])
  if (dry.result.exitCode !== 0) checkReachable(options, dry.result.stderr)
  return {
    dryItems: dry.applied,
    liveItems: live,
    stderr: dry.result.stderr
  }
}

/**
 * A dry-run that did not return the object: an object whose Namespace or
 * CRD comes from an earlier step cannot be dry-run before that step ran, so
 * it will be created; anything else is a real failure.
 */
function notDryRun(
  subject: string,
  namespace: string | undefined,
  kind: string,
  stderr: string
): ChangePreview {
  if (
    namespace !== undefined &&
    stderr.includes(`namespaces "${namespace}" not found`)
  ) {
    return {
      subject,
      action: 'created',
      message: `Namespace ${namespace} does not exist yet; not dry-run`
    }
  }
  if (stderr.includes(`no matches for kind "${kind}"`)) {
    return {
      subject,
      action: 'created',
      message: `the CRD of ${kind} is not installed yet; not dry-run`
    }
  }
  // A field another manager took (`kubectl edit`): the sync would fail the
  // same way, so it stays a failure, said as the sync says it.
  const conflicts = parseConflicts(stderr)
  if (conflicts.length > 0) {
    return {
      subject,
      action: 'failed',
      message: `Resource conflict: ${conflicts.map(describeConflict).join('; ')}; a sync fails here too: set force: true on the manifest to take ownership, or revert the change`
    }
  }
  const immutable = immutableFieldText(stderr)
  return {
    subject,
    action: 'failed',
    message:
      immutable !== undefined
        ? `${immutable}; a sync fails here too`
        : trimOutput(stderr, 3) || 'not returned by the dry-run'
  }
}

/** The connection flags, written as kubectl.ts and helm.ts write them. */
function kubeFlags(options: PreviewOptions): string[] {
  return [
    ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
    ...(options.context ? [`--context=${options.context}`] : [])
  ]
}

/** The objects of kubectl's `-o json` output: a List, a single object, or nothing. */
export function listItems(stdout: string): Record<string, unknown>[] {
  if (stdout.trim() === '') return []
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return [] // partial output of a failed call; its stderr explains
  }
  if (!isRecord(parsed)) return []
  if (Array.isArray(parsed.items)) return parsed.items.filter(isRecord)
  return [parsed]
}

function sameIdentity(
  item: Record<string, unknown>,
  kind: string,
  name: string,
  namespace: string | undefined
): boolean {
  const meta = isRecord(item.metadata) ? item.metadata : {}
  return (
    item.kind === kind &&
    meta.name === name &&
    (namespace === undefined || meta.namespace === namespace)
  )
}

async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)
  )
  return results
}
