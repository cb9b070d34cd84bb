/**
 * `kubectl delete --ignore-not-found --wait=true --timeout=…` over the API
 * channel, for pruning: the DELETEs go many at once (KubeApi.deleteAll,
 * within the channel's bound), then the wait reads what is left with one
 * LIST per kind and namespace until every deleted object is gone or the
 * timeout passes. A kubectl process rate-limits itself to 5 requests a
 * second and spends three per object (DELETE, then a LIST and a watch to
 * wait), so a prune of a few hundred objects could not fit in its timeout.
 */
import { ToolError, trimOutput } from '../errors.js'
import { plural } from '../plural.js'
import { stopReason } from '../run-signals.js'
import { KubeApiError, type KubeApi } from './api-client.js'
import {
  refKey,
  subjectOf,
  type KubeJson,
  type ObjectRef
} from './kube-objects.js'
import type { RetryListener } from './retry.js'

/** How often the wait reads what is left (kubectl watches instead). */
export const deletePollMs = 1_000

/** Objects a failure message names before it says how many more. */
const named = 5

/** See the file comment. Throws a ToolError naming what failed or is left. */
export async function deleteOverApi(
  api: KubeApi,
  refs: readonly ObjectRef[],
  rank: (ref: ObjectRef) => number | undefined,
  timeoutMs: number,
  onRetry?: RetryListener,
  signal?: AbortSignal
): Promise<void> {
  if (refs.length === 0) return
  const { deleted, failures } = await api.deleteAll(refs, rank, onRetry, signal)
  if (failures.length > 0) {
    // As kubectl: the others were deleted, but it does not wait for them.
    const lines = failures.map(
      (f) =>
        `deleting ${subjectOf(refs[f.index] as ObjectRef)} failed: ${trimOutput(f.text, 3)}`
    )
    throw new ToolError(
      listed(lines, '; '),
      'kubectl delete',
      1,
      lines.join('\n')
    )
  }
  const deadline = api.clock.now().getTime() + timeoutMs
  let waiting = refs.filter((r) => deleted.has(refKey(r)))
  for (;;) {
    const left = await stillThere(api, waiting, deleted, onRetry, signal)
    waiting = waiting.filter((r) => left.has(refKey(r)))
    if (waiting.length === 0) return
    if (signal?.aborted) throw new Error(stopReason(signal))
    const remaining = deadline - api.clock.now().getTime()
    if (remaining <= 0) {
      const message = `timed out after ${Math.ceil(timeoutMs / 1000)}s waiting for ${plural(waiting.length, 'deleted object')} to go: ${listed(
        waiting.map((r) => described(r, left.get(refKey(r)))),
        ', '
      )}`
      throw new ToolError(message, 'kubectl delete', 1, message)
    }
    await api.clock.sleep(Math.min(deletePollMs, remaining), signal)
  }
}

/**
 * The deleted objects still in the cluster, by refKey: one that was
 * created again since (another UID) is not the one deleted, and counts as
 * gone, as kubectl's wait has it.
 */
async function stillThere(
  api: KubeApi,
  refs: readonly ObjectRef[],
  deleted: ReadonlyMap<string, string | undefined>,
  onRetry: RetryListener | undefined,
  signal: AbortSignal | undefined
): Promise<Map<string, KubeJson>> {
  const left = new Map<string, KubeJson>()
  const keys = new Set(refs.map(refKey))
  try {
    await api.listAll(
      refs,
      (live) => {
        const key = keyAmong(live, keys)
        if (key === undefined) return
        const uid = deleted.get(key)
        if (uid === undefined || uid === metadataOf(live).uid)
          left.set(key, live)
      },
      onRetry,
      signal
    )
  } catch (error) {
    if (!(error instanceof KubeApiError)) throw error
    throw new ToolError(
      `reading ${plural(refs.length, 'deleted object')} failed: ${trimOutput(error.text)}`,
      'kubectl get',
      1,
      trimOutput(error.text)
    )
  }
  return left
}

/**
 * The key of `live` among `keys`: its own, or, for an object the list
 * named without a namespace (the context's), the one without it.
 */
function keyAmong(
  live: KubeJson,
  keys: ReadonlySet<string>
): string | undefined {
  const name = String(metadataOf(live).name)
  const ref = {
    apiVersion: String(live.apiVersion),
    kind: String(live.kind),
    name
  }
  const namespace = metadataOf(live).namespace
  const own = refKey(
    typeof namespace === 'string' ? { ...ref, namespace } : ref
  )
  if (keys.has(own)) return own
  const bare = refKey(ref)
  return keys.has(bare) ? bare : undefined
}

/** `Kind/ns/name`, and the finalizers that hold it back if it has any. */
function described(ref: ObjectRef, live: KubeJson | undefined): string {
  const finalizers = live ? metadataOf(live).finalizers : undefined
  return Array.isArray(finalizers) && finalizers.length > 0
    ? `${subjectOf(ref)} (finalizers: ${finalizers.map(String).join(', ')})`
    : subjectOf(ref)
}

function listed(items: readonly string[], separator: string): string {
  const shown = items.slice(0, named).join(separator)
  return items.length > named
    ? `${shown}${separator}and ${items.length - named} more`
    : shown
}

function metadataOf(object: KubeJson): Record<string, unknown> {
  return (object.metadata ?? {}) as Record<string, unknown>
}
