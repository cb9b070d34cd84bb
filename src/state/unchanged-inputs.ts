/**
 * A sync of files that did not change since the last synced run ends after
 * one read of the cluster, without loading, validating or planning them.
 *
 * The inventory keeps, next to the steps a Synced run applied, what that run
 * read (input-journal.ts) and reported, in an annotation of its ConfigMap.
 * Before the definition is loaded, this check reads the lock and that
 * ConfigMap's metadata alone (two small GETs over the API channel) and asks
 * the file system the recorded questions again. When
 * every answer is the same, under the same code and options, the run would
 * validate and plan to exactly those steps, so it is the no-op settled.ts
 * describes — and it ends with that run's steps as unchanged and its
 * warnings, as a validated no-op would have. Every other case (another
 * commit or branch, a lock held, a run that never finished, a record
 * without inputs, one changed byte) goes the normal way, reusing a full
 * read of the inventory made here.
 */
import { isAbsolute } from 'node:path'
import type { JournalReads } from '../definition/input-journal.js'
import { replayDigest } from '../definition/input-journal.js'
import type { Diagnostic } from '../diagnostics.js'
import type { FileSystem } from '../ports/fs.js'
import type { KubeApiRequest, KubeApiTransport } from '../ports/kube-api.js'
import type { SyncMetadata } from '../sync/sync-result.js'
import { inventoryOf, syncedInputsOf, type InputsRecord } from './inventory.js'
import type { KubeJson } from '../cluster/kube-objects.js'
import { inventoryRead, unchangedCheckReads } from './unchanged-reads.js'
import type { ClusterRecord } from './settled.js'

/** What the check found. */
export interface UnchangedCheck {
  /** The record it read when something changed, for the sync to use as its first read. */
  first?: { cluster: string; record: ClusterRecord }
  /** Set when nothing changed: the cluster, and the last synced run's steps and warnings. */
  unchanged?: { cluster: string; inputs: InputsRecord }
}

/**
 * Records bigger than this are not kept: an object's annotations hold
 * 256 KiB in all, and the ApplySet's own annotations need some of it.
 */
export const maxInputsBytes = 128 * 1024

/** What the check needs; the cluster name comes from the definition's first read. */
export interface UnchangedCheckInput {
  transport: KubeApiTransport
  fs: FileSystem
  root: string
  cluster: string
  /** The run's key: code identity and the options that shape the plan. */
  key: string
  metadata: Pick<SyncMetadata, 'commit' | 'ref'>
  timeoutMs?: number
}

/** See the file comment. Never rejects: any doubt is "go the normal way". */
export async function checkUnchanged(
  input: UnchangedCheckInput
): Promise<UnchangedCheck> {
  const { cluster } = input
  const [leaseRead, metadataRead] = unchangedCheckReads(cluster)
  try {
    // One after the other, on the connection the channel's check left
    // open: a second request at once would open another connection, whose
    // TLS handshake costs a distant cluster more round trips than the wait.
    // The lock first: read after the inventory, a sync could start and end
    // between the two reads unseen.
    const lease = await get(input, leaseRead)
    if (lease === undefined) {
      const inputs = await syncedHere(input, metadataRead)
      if (inputs) return { unchanged: { cluster, inputs } }
    }
    const parent = await get(input, inventoryRead(cluster))
    const inventory = parent ? inventoryOf(parent, cluster) : undefined
    const record: ClusterRecord = {
      ...(lease ? { lease } : {}),
      ...(inventory ? { inventory } : {})
    }
    return { first: { cluster, record } }
  } catch {
    // The normal way reads again, with retries, and says what is wrong.
    return {}
  }
}

/**
 * The inputs record, when the inventory's metadata says the last sync ended
 * Synced at this commit and branch with none begun since (the annotation
 * exists only then; settled.ts has each reason) and every recorded question
 * gets the same answer again.
 */
async function syncedHere(
  input: UnchangedCheckInput,
  metadataRead: KubeApiRequest
): Promise<InputsRecord | undefined> {
  const metadata = await get(input, metadataRead)
  const synced = metadata ? syncedInputsOf(metadata) : undefined
  if (
    synced === undefined ||
    !isInputsRecord(synced.inputs) ||
    synced.commit !== input.metadata.commit ||
    synced.ref !== input.metadata.ref
  ) {
    return undefined
  }
  const { inputs } = synced
  const digest = await replayDigest(
    input.fs,
    input.root,
    inputs.reads,
    input.key
  ).catch(() => undefined)
  return digest === inputs.digest ? inputs : undefined
}

/** One GET, one attempt; undefined for 404. */
async function get(
  input: UnchangedCheckInput,
  read: KubeApiRequest
): Promise<KubeJson | undefined> {
  const answer = await input.transport.request(
    input.timeoutMs === undefined
      ? read
      : { ...read, timeoutMs: input.timeoutMs }
  )
  if (answer.status === 404) return undefined
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`)
  return JSON.parse(answer.body) as KubeJson
}

/** The inventory is a ConfigMap anyone with access can edit: check the shape before trusting it. */
function isInputsRecord(value: unknown): value is InputsRecord {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.digest === 'string' &&
    typeof v.reads === 'object' &&
    v.reads !== null &&
    Object.entries(v.reads as JournalReads).every(
      ([path, ops]) =>
        isRepoPath(path) && typeof ops === 'string' && /^[lprs]+$/.test(ops)
    ) &&
    Array.isArray(v.diagnostics) &&
    (v.diagnostics as unknown[]).every(isDiagnostic) &&
    Array.isArray(v.steps) &&
    (v.steps as unknown[]).every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as { id?: unknown }).id === 'string' &&
        typeof (s as { file?: unknown }).file === 'string' &&
        typeof (s as { line?: unknown }).line === 'number'
    )
  )
}

/**
 * A path inside the repository, as the journal writes them ('.' for the
 * root). Anything else is refused before a file is touched: an edited
 * record must not make a sync read, say, /etc files and reveal through its
 * speed whether a guessed digest matched.
 */
function isRepoPath(path: string): boolean {
  if (path === '.') return true
  return (
    path !== '' &&
    !isAbsolute(path) &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    !path.split('/').includes('..')
  )
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (typeof value !== 'object' || value === null) return false
  const d = value as Record<string, unknown>
  return (
    (d.severity === 'error' ||
      d.severity === 'warning' ||
      d.severity === 'info') &&
    typeof d.code === 'string' &&
    typeof d.message === 'string'
  )
}
