/**
 * The inventory: what ClusterSync applied to a cluster, kept in the cluster
 * itself so every runner (a laptop, any CI job) sees the same record. One
 * ConfigMap per cluster definition in `clustersync-system`, written as a
 * KEP-3659 ApplySet parent (id label, tooling and contains-group-kinds
 * annotations; members carry the part-of label), so `kubectl` and other
 * tools recognise the set. It records, per step, the content digest, the
 * objects and the release, plus the last sync's metadata for `status`.
 */
import { createHash } from 'node:crypto'
import type { JournalReads } from '../definition/input-journal.js'
import type { Diagnostic } from '../diagnostics.js'
import { ToolError } from '../errors.js'
import type { SyncReason, SyncSource, SyncStatus } from '../sync/sync-result.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import {
  groupOf,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'
import { inventoryName, systemNamespace } from './cluster-names.js'
import { plural } from '../plural.js'
import {
  annotationBytes,
  encodeInventory,
  InventoryTooLargeError,
  inventoryText,
  maxAnnotationBytes
} from './inventory-encoding.js'

/** The ApplySet `tooling` annotation value (name/version, as kubectl writes it). */
export const applySetTooling = 'clustersync/v1'

/** The ApplySet id label of a record's parent ConfigMap. */
export const idLabel = 'applyset.kubernetes.io/id'
const toolingAnnotation = 'applyset.kubernetes.io/tooling'
const groupKindsAnnotation = 'applyset.kubernetes.io/contains-group-kinds'
const namespacesAnnotation = 'applyset.kubernetes.io/additional-namespaces'
/**
 * A settled Synced inventory's inputs record (with the commit and branch it
 * holds for), kept in an annotation rather than in the data: the next sync's
 * unchanged-files check then reads only the ConfigMap's metadata — ~15 KB
 * instead of ~190 KB at 1,000 objects. Every write that is not a Synced end
 * with inputs leaves it out, and server-side apply removes it.
 */
const inputsAnnotation = 'clustersync.io/synced-inputs'

/** One plan step as last applied. */
export interface InventoryStep {
  id: string
  kind: 'manifest' | 'addon'
  /**
   * The digest last applied successfully; '' when it never was, or when a
   * run started applying the step and did not record its end.
   */
  digest: string
  /** Position in the plan's topological order: prune walks it backwards. */
  order: number
  dependsOn: string[]
  /** Objects in apply order. */
  objects: ObjectRef[]
  release?: {
    name: string
    namespace: string
    /**
     * The release's revision the last sync saw ready (one ClusterSync
     * waited for itself, addon-wait.ts): a failed upgrade is rolled back
     * to it, not to a revision a killed run left deployed but never ready.
     */
    ready?: number
  }
  /**
   * Its objects or release may hold a secret from its inputs (a SOPS file,
   * a secret variable): previews list their changes without values
   * (held-secrets.ts).
   */
  secrets?: true
}

/** The last sync, as `status` reports it. */
export interface LastSync {
  status: Exclude<SyncStatus, 'not-configured'>
  reason: SyncReason
  message?: string
  commit?: string
  ref?: string
  source: SyncSource
  triggeredBy?: string
  startedAt: string
  finishedAt: string
}

/**
 * Set on every inventory this release writes: its manifest step ids use the
 * names taken from the definition's folder (raw-manifest-name.ts). Without
 * it, the ids are a previous release's repository-relative ones, which
 * inventory-ids.ts moves; with it, nothing moves, so an id that is both a
 * new name and another file's old name is never read the wrong way.
 */
export const folderManifestNames = 'definition-folder'

/** The whole record. */
export interface Inventory {
  version: 1
  /** Which names the manifest step ids use (see folderManifestNames). */
  manifestNames?: typeof folderManifestNames
  /**
   * Set when every step's `secrets` is recorded; without it (a record an
   * older release wrote) every step counts as holding secrets.
   */
  secretsRecorded?: true
  cluster: string
  steps: InventoryStep[]
  lastSync?: LastSync
  /** The last sync that ended Synced (its commit and time). */
  lastSynced?: { commit?: string; finishedAt: string }
  /**
   * Set when a sync starts applying, dropped when it records its end: still
   * there (and newer than lastSync) means that sync never finished.
   */
  lastStarted?: SyncStart
  /**
   * What the sync that wrote `steps` read from the repository, when it ended
   * Synced; written only together with those steps, so it always describes
   * them (see unchanged-inputs.ts).
   */
  inputs?: InputsRecord
}

/**
 * The files a synced run read (input-journal.ts) and what it reported, so a
 * later sync of the same files can end without loading them again.
 */
export interface InputsRecord {
  /** sha256 over the run's key (code, options) and every answer the loader got. */
  digest: string
  reads: JournalReads
  /** The run's validation warnings, reported again by a sync that skips validating. */
  diagnostics: Diagnostic[]
  /** Each plan step's id and where it is declared, in plan order. */
  steps: { id: string; file: string; line: number }[]
}

/** What the inputs annotation holds: the record, and the commit and branch it was synced at. */
export interface SyncedInputs {
  commit?: string
  ref?: string
  /** Unchecked: the annotation can be edited like any other (unchanged-inputs.ts checks it). */
  inputs: unknown
}

/** Who started a sync, and when. */
export interface SyncStart {
  startedAt: string
  commit?: string
  source: SyncSource
  triggeredBy?: string
}

/** An empty inventory (nothing synced yet). */
export function emptyInventory(cluster: string): Inventory {
  return {
    version: 1,
    manifestNames: folderManifestNames,
    secretsRecorded: true,
    cluster,
    steps: []
  }
}

/**
 * The ApplySet id of the cluster's parent ConfigMap, computed as KEP-3659
 * says: `applyset-<base64url(sha256(name.namespace.kind.group))>-v1`.
 */
export function applySetId(cluster: string): string {
  const key = `${inventoryName(cluster)}.${systemNamespace}.ConfigMap.`
  const hash = createHash('sha256').update(key).digest('base64url')
  return `applyset-${hash}-v1`
}

/** Reads the inventory; undefined when this cluster was never synced. */
export async function readInventory(
  kubectl: ClusterClient,
  cluster: string
): Promise<Inventory | undefined> {
  const [parent] = await kubectl.get([inventoryRef(cluster)])
  return parent ? inventoryOf(parent, cluster) : undefined
}

/**
 * The inventory in its parent ConfigMap (plain or compressed,
 * inventory-encoding.ts), with the inputs record from its annotation;
 * undefined when the ConfigMap holds none. The one reader of the record:
 * everything that reads an inventory comes through here. Throws ToolError
 * (see parseInventory and inventoryText).
 */
export function inventoryOf(
  parent: KubeJson,
  cluster: string
): Inventory | undefined {
  const where = `${systemNamespace}/${inventoryName(cluster)}`
  const text = inventoryText(parent, where)
  if (text === undefined) return undefined
  const inventory = parseInventory(text, where)
  if (inventory.cluster !== cluster)
    refuseOthers(inventory.cluster, cluster, where)
  // Inputs kept in the data (written before they moved to the annotation)
  // are not used: the next sync then goes the whole way once and writes
  // them where the unchanged-files check looks.
  delete inventory.inputs
  const synced = syncedInputsOf(parent)
  return synced
    ? { ...inventory, inputs: synced.inputs as InputsRecord }
    : inventory
}

/**
 * Two cluster definitions whose names make one object name (inventoryName:
 * lower case, other characters than letters, digits and `-` made `-`, cut
 * after 51 characters) would share one record, and each would prune what
 * the other applied. The record names the definition that wrote it, so a
 * sync, plan or status of the other stops here, before anything is
 * applied or pruned.
 */
function refuseOthers(recorded: string, cluster: string, where: string): never {
  const name = where.split('/')[1] ?? ''
  throw new ToolError(
    `inventory ${where} is the record of cluster definition "${recorded}", not "${cluster}": both names make the object name ${name} (names are lower-cased, characters other than letters, digits and "-" become "-", and only the first 51 count); give one definition a metadata.name that differs within its first 51 characters. If "${cluster}" is "${recorded}" renamed, let it keep the record and what it would prune: set "cluster" to "${cluster}" in the record's inventory.json (kubectl edit configmap ${name} -n ${systemNamespace}). Deleting the record instead (kubectl delete configmap,lease ${name} -n ${systemNamespace}) forgets what it applied: nothing it lists is pruned later`,
    'kubectl get configmap',
    0,
    ''
  )
}

/** The inputs annotation of the parent ConfigMap (or of its metadata alone), if it holds one. */
export function syncedInputsOf(parent: KubeJson): SyncedInputs | undefined {
  const metadata = parent.metadata as
    { annotations?: Record<string, unknown> } | undefined
  const text = metadata?.annotations?.[inputsAnnotation]
  if (typeof text !== 'string') return undefined
  try {
    const parsed: unknown = JSON.parse(text)
    if (!isObject(parsed) || !('inputs' in parsed)) return undefined
    const { commit, ref } = parsed
    if (commit !== undefined && typeof commit !== 'string') return undefined
    if (ref !== undefined && typeof ref !== 'string') return undefined
    return {
      ...(commit !== undefined ? { commit } : {}),
      ...(ref !== undefined ? { ref } : {}),
      inputs: parsed.inputs
    }
  } catch {
    return undefined
  }
}

/** The annotation for `inventory`: only for a Synced end that recorded its inputs. */
function inputsAnnotationOf(inventory: Inventory): Record<string, string> {
  if (
    inventory.inputs === undefined ||
    inventory.lastSync?.status !== 'synced' ||
    inventory.lastStarted !== undefined
  ) {
    return {}
  }
  const synced: SyncedInputs = {
    ...(inventory.lastSynced?.commit
      ? { commit: inventory.lastSynced.commit }
      : {}),
    ...(inventory.lastSync.ref ? { ref: inventory.lastSync.ref } : {}),
    inputs: inventory.inputs
  }
  return { [inputsAnnotation]: JSON.stringify(synced) }
}

/**
 * The inventory record read back from the cluster, checked for the shape
 * ClusterSync writes: it lives in a ConfigMap anyone with access can edit,
 * and prune decisions are made from it. Throws ToolError naming the object.
 */
export function parseInventory(text: string, where: string): Inventory {
  const refuse = (why: string): never => {
    throw new ToolError(
      `inventory ${where} ${why}; if it was edited by hand, restore it or delete it (then nothing is pruned until the next sync records the cluster again)`,
      'kubectl get configmap',
      0,
      ''
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return refuse('is not JSON')
  }
  if (!isObject(parsed)) return refuse('is not a JSON object')
  if (parsed.version !== 1) {
    return refuse(
      `has version ${String(parsed.version)}; this ClusterSync reads version 1`
    )
  }
  if (typeof parsed.cluster !== 'string') return refuse('names no cluster')
  if (!Array.isArray(parsed.steps)) return refuse('"steps" is not a list')
  parsed.steps.forEach((step, i) => {
    if (!isStepRecord(step)) refuse(`step #${i + 1} is not a step record`)
  })
  // Displayed by `status` and the page: a record of the wrong shape is
  // said to be one, not a crash where it is printed.
  for (const key of ['lastSync', 'lastSynced', 'lastStarted'] as const) {
    if (parsed[key] !== undefined && !isEndRecord(parsed[key]))
      refuse(`"${key}" is not a sync record`)
  }
  // Checked above field by field.
  return parsed as unknown as Inventory
}

/** A sync's end or start: its times and commit, when given, are text. */
function isEndRecord(value: unknown): boolean {
  if (!isObject(value)) return false
  return [
    'commit',
    'ref',
    'finishedAt',
    'startedAt',
    'message',
    'status',
    'reason',
    'source',
    'triggeredBy'
  ].every(
    (field) => value[field] === undefined || typeof value[field] === 'string'
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStepRecord(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    (value.kind === 'manifest' || value.kind === 'addon') &&
    typeof value.digest === 'string' &&
    typeof value.order === 'number' &&
    Array.isArray(value.dependsOn) &&
    Array.isArray(value.objects) &&
    value.dependsOn.every((d) => typeof d === 'string') &&
    value.objects.every(
      (o) =>
        isObject(o) &&
        typeof o.apiVersion === 'string' &&
        typeof o.kind === 'string' &&
        typeof o.name === 'string' &&
        (o.namespace === undefined || typeof o.namespace === 'string')
    ) &&
    (value.release === undefined ||
      (isObject(value.release) &&
        typeof value.release.name === 'string' &&
        typeof value.release.namespace === 'string' &&
        (value.release.ready === undefined ||
          typeof value.release.ready === 'number')))
  )
}

/**
 * Writes the inventory's parent ConfigMap. Only a run holding the lock
 * writes it, and the lock's Lease lives in the same namespace (lock.ts
 * creates it when missing), so the namespace is known to exist.
 */
export async function writeInventory(
  kubectl: ClusterClient,
  inventory: Inventory
): Promise<void> {
  const { result } = await kubectl.apply([inventoryObject(inventory)], {
    force: true
  })
  if (result.exitCode !== 0) {
    throw kubectl.toolError(['apply', '--server-side', '(inventory)'], result)
  }
}

/**
 * The parent ConfigMap that records `inventory` (inventoryOf reads it back).
 * Throws InventoryTooLargeError when the record cannot fit one ConfigMap
 * (inventory-encoding.ts); the inputs record, only a shortcut, is left out
 * rather than push the annotations past their limit.
 */
export function inventoryObject(inventory: Inventory): KubeJson {
  const members = inventory.steps.flatMap((s) => s.objects)
  const groupKinds = [
    ...new Set(
      members.map((m) => {
        const group = groupOf(m.apiVersion)
        return group === '' ? m.kind : `${m.kind}.${group}`
      })
    )
  ].sort()
  const namespaces = [
    ...new Set(members.flatMap((m) => (m.namespace ? [m.namespace] : [])))
  ]
    .filter((n) => n !== systemNamespace)
    .sort()
  // The inputs record goes to its annotation, not into the data.
  const stored: Inventory = { ...inventory }
  delete stored.inputs
  const applySet = {
    [toolingAnnotation]: applySetTooling,
    [groupKindsAnnotation]: groupKinds.join(','),
    [namespacesAnnotation]: namespaces.join(',')
  }
  if (annotationBytes(applySet) > maxAnnotationBytes) {
    throw new InventoryTooLargeError(
      `the inventory's ApplySet annotations (${plural(namespaces.length, 'namespace')}, ${plural(groupKinds.length, 'kind')}) exceed the ${maxAnnotationBytes / 1024} KiB an object's annotations can hold. Split the definition into several clusters (definitions with their own names), each with its own inventory`
    )
  }
  const withInputs = { ...applySet, ...inputsAnnotationOf(inventory) }
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: inventoryName(inventory.cluster),
      namespace: systemNamespace,
      labels: { [idLabel]: applySetId(inventory.cluster) },
      annotations:
        annotationBytes(withInputs) > maxAnnotationBytes ? applySet : withInputs
    },
    ...encodeInventory(JSON.stringify(stored), members.length)
  }
}

/** The Namespace object of `clustersync-system`. */
export function systemNamespaceObject(): KubeJson {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: systemNamespace }
  }
}

/** The inventory's parent ConfigMap. */
export function inventoryRef(cluster: string): ObjectRef {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    name: inventoryName(cluster),
    namespace: systemNamespace
  }
}
