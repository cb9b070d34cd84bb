/**
 * How the inventory record is stored in its parent ConfigMap. Small records
 * stay plain JSON under `data["inventory.json"]`, the form every ClusterSync
 * release and `kubectl get configmap -o yaml` read. Past `maxPlainBytes` the
 * same JSON is gzipped into `binaryData["inventory.json.gz"]` (as Helm
 * gzips its release records), so a definition of tens of thousands of
 * objects still fits the API server's 1 MiB limit on a ConfigMap's data.
 * Each write sends exactly one of the two keys; server-side apply removes
 * the one this field manager owned and no longer sends.
 */
import { gunzipSync, gzipSync, constants } from 'node:zlib'
import { ConfigurationError, ToolError } from '../errors.js'
import type { KubeJson } from '../cluster/kube-objects.js'

/** The plain key, the only one releases before compression read. */
export const plainKey = 'inventory.json'
/** The compressed key, in `binaryData`. */
export const gzipKey = 'inventory.json.gz'

/**
 * The largest record kept plain: half the API server's limit. Below it,
 * every record an older release could write and read stays in the form it
 * reads, with room for the definition to double before the limit. Above
 * it, gzip cuts what each sync sends and etcd keeps per revision about
 * tenfold, which is worth more than reading the record by eye.
 */
export const maxPlainBytes = 512 * 1024

/**
 * The API server refuses a ConfigMap whose data and binaryData values
 * together exceed 1 MiB ("Too long: may not be more than 1048576 bytes").
 */
export const maxDataBytes = 1024 * 1024

/**
 * The most a compressed record may unpack to. A record that fits 1 MiB
 * compressed is a few tens of MiB of JSON at most; a value that unpacks
 * further was not written by ClusterSync (a gzip bomb), and is refused
 * before it is unpacked whole.
 */
const maxUnpackedBytes = 128 * 1024 * 1024

/** The API server's limit on all of an object's annotations, keys and values together. */
export const maxAnnotationBytes = 256 * 1024

/** The data fields of the parent ConfigMap: exactly one of the two keys. */
export type InventoryData =
  { data: Record<string, string> } | { binaryData: Record<string, string> }

/**
 * Refused before anything is applied: the record of this plan cannot be
 * stored in one ConfigMap even compressed. The user fixes it by splitting
 * the definition, so it is a configuration error.
 */
export class InventoryTooLargeError extends ConfigurationError {}

/**
 * The data fields for a record whose JSON is `json`, describing `objects`
 * objects (for the message). Throws InventoryTooLargeError when even the
 * compressed form exceeds the API server's limit.
 */
export function encodeInventory(json: string, objects: number): InventoryData {
  const plainBytes = Buffer.byteLength(json, 'utf8')
  if (plainBytes <= maxPlainBytes) return { data: { [plainKey]: json } }
  const packed = gzipSync(json, { level: constants.Z_BEST_COMPRESSION })
  if (packed.length > maxDataBytes) {
    throw new InventoryTooLargeError(
      `the inventory of this definition (${objects} objects, ${mib(plainBytes)} of JSON, ${mib(packed.length)} compressed) does not fit the ${mib(maxDataBytes)} a ConfigMap can hold. Split the definition into several clusters (definitions with their own names), each with its own inventory, or shorten the longest object names`
    )
  }
  return { binaryData: { [gzipKey]: packed.toString('base64') } }
}

/**
 * The record's JSON text in `parent`, from whichever key holds it;
 * undefined when neither does (never synced, or the ConfigMap was emptied).
 * Throws ToolError naming the object when both keys are present (only a
 * hand edit or another tool writes both, and prune decisions must not rest
 * on a guess between them) or the compressed value does not unpack.
 */
export function inventoryText(
  parent: KubeJson,
  where: string
): string | undefined {
  const plain = stringField(parent.data, plainKey)
  const packed = stringField(parent.binaryData, gzipKey)
  if (plain !== undefined && packed !== undefined) {
    throw refusal(
      where,
      `holds both data["${plainKey}"] and binaryData["${gzipKey}"]; ClusterSync writes one of them. Remove the one that was not written last (see managedFields), or delete the ConfigMap (then nothing is pruned until the next sync records the cluster again)`
    )
  }
  if (packed === undefined) return plain
  try {
    return gunzipSync(Buffer.from(packed, 'base64'), {
      maxOutputLength: maxUnpackedBytes
    }).toString('utf8')
  } catch (error) {
    if (isTooLong(error)) {
      throw refusal(
        where,
        `has a binaryData["${gzipKey}"] that unpacks to more than ${mib(maxUnpackedBytes)}, far past any record ClusterSync writes; restore it or delete the ConfigMap (then nothing is pruned until the next sync records the cluster again)`
      )
    }
    throw refusal(
      where,
      `has a binaryData["${gzipKey}"] that is not gzip; if it was edited by hand, restore it or delete the ConfigMap (then nothing is pruned until the next sync records the cluster again)`
    )
  }
}

/** The bytes of all `annotations`, counted as the API server counts them. */
export function annotationBytes(annotations: Record<string, string>): number {
  return Object.entries(annotations).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
    0
  )
}

function stringField(field: unknown, key: string): string | undefined {
  if (typeof field !== 'object' || field === null) return undefined
  const value = (field as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : undefined
}

function refusal(where: string, why: string): ToolError {
  return new ToolError(
    `inventory ${where} ${why}`,
    'kubectl get configmap',
    0,
    ''
  )
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`
}

/** zlib's refusal to unpack past `maxOutputLength`. */
function isTooLong(error: unknown): boolean {
  return (
    error instanceof RangeError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
  )
}
