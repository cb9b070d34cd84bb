/**
 * KubeApi: the sync's reads and server-side applies as HTTP requests over
 * the sync's API channel (ports/kube-api.ts: straight to the API server, or
 * through kubectl proxy), one request per object, many in flight.
 *
 * Why: a kubectl process costs ~0.1 s of CPU before its first request, and
 * `kubectl apply` sends its objects one after the other. Measured on the
 * local control plane (2 CPUs, 1,010 objects, BENCHMARKS.md "Sync"): one
 * `kubectl apply --server-side` took 4.2–5.6 s, the same applies as 8
 * concurrent requests 2.5–2.8 s, with a third less API-server CPU.
 *
 * The requests are the ones kubectl sends: PATCH with
 * `application/apply-patch+yaml`, `fieldManager=clustersync`,
 * `fieldValidation=Strict`, `force=true` only for `force: true` manifests,
 * `dryRun=All` for previews. Errors read as kubectl prints them
 * (`Error from server (Reason): message`), so retries, conflict reports and
 * unreachable-cluster messages work the same on both paths; each failure is
 * also kept per object, so a conflict names its object without guessing.
 */
import type { Clock } from '../ports/clock.js'
import type { ExecResult } from '../ports/exec.js'
import type { KubeApiResponse, KubeApiTransport } from '../ports/kube-api.js'
import {
  groupOf,
  isApiVersion,
  refKey,
  refOf,
  type KubeJson,
  type ObjectRef
} from './kube-objects.js'
import { withRetry, type RetryListener, type RetryOptions } from './retry.js'
import { Slots } from './slots.js'
import { stopReason } from '../run-signals.js'

/** How a kind is addressed: its plural and whether it lives in a namespace. */
interface Mapping {
  plural: string
  namespaced: boolean
}

/** One object's failed request, as kubectl would have printed it. */
export interface ObjectFailure {
  /** Position in the list given to `applyAll`. */
  index: number
  /** HTTP status (0 when the request never got an answer). */
  status: number
  /** The Status reason (`Conflict`, `Invalid`, …), when the server gave one. */
  reason?: string
  /** `Error from server (Reason): message`. */
  text: string
}

/** What `applyAll` resolved with: the applied objects in order and the failures. */
export interface AppliedAll {
  applied: KubeJson[]
  failures: ObjectFailure[]
}

/** What `deleteAll` resolved with. */
export interface DeletedAll {
  /** By refKey: the objects a DELETE was accepted for, and their UIDs if told. */
  deleted: Map<string, string | undefined>
  /** Refused DELETEs; `index` is the position in the list given. */
  failures: ObjectFailure[]
}

/** Options of one server-side apply, as for `kubectl apply`. */
export interface ApiApplyOptions {
  force: boolean
  dryRun?: boolean
}

/** Thrown when a read fails for good; `text` reads like kubectl's stderr. */
export class KubeApiError extends Error {
  override readonly name = 'KubeApiError'
  constructor(
    readonly status: number,
    readonly text: string
  ) {
    super(text)
  }
}

/**
 * Requests at once for a sync of `concurrency` (its `--concurrency`): two
 * per step slot, 8 by default. 4–16 measured alike on 2 CPUs, so 8 leaves
 * room either way, and a user who turns concurrency down to spare the API
 * server gets fewer requests at once too.
 */
export function inFlightFor(concurrency: number): number {
  return Math.max(1, 2 * concurrency)
}

/** Objects per page of a LIST (`limit`): the API server's own default chunk size. */
export const listPage = 500

/** The bound with the default `--concurrency` of 4. */
export const defaultInFlight = inFlightFor(4)

/** See the file comment. One per sync, over one transport. */
export class KubeApi {
  private readonly mappings = new Map<string, Promise<Map<string, Mapping>>>()
  private readonly slots: Slots
  private contextNamespace?: Promise<string>

  constructor(
    private readonly transport: KubeApiTransport,
    /** For waits over the channel (api-delete.ts). */
    readonly clock: Clock,
    private readonly retry: RetryOptions,
    /** The kubeconfig context's namespace, for namespaced objects that name none. */
    private readonly defaultNamespace: () => Promise<string>,
    inFlight = defaultInFlight,
    private readonly timeoutMs = 60_000
  ) {
    this.slots = new Slots(inFlight)
  }

  /** The live objects (missing ones left out), read concurrently. */
  async getAll(
    refs: readonly ObjectRef[],
    managedFields: boolean,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<KubeJson[]> {
    const found = await Promise.all(
      refs.map(async (ref) => {
        const url = await this.url(ref, onRetry, signal)
        if (url === undefined) return undefined // kind unknown: no such object
        const response = await this.send('GET', url, {}, onRetry, signal)
        if (response.status === 404) return undefined
        if (!succeeded(response)) {
          throw new KubeApiError(response.status, errorText(response))
        }
        const object = JSON.parse(response.body) as KubeJson
        return managedFields ? object : withoutManagedFields(object)
      })
    )
    return found.filter((o): o is KubeJson => o !== undefined)
  }

  /**
   * The live objects among `refs`, managedFields included, read with one
   * LIST per kind and namespace (pages of `listPage` objects, so one
   * answer stays small) and handed to `visit` one by one; missing objects
   * and kinds the server does not know are left out.
   */
  async listAll(
    refs: readonly ObjectRef[],
    visit: (object: KubeJson) => void,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<void> {
    const groups = new Map<string, { ref: ObjectRef; names: Set<string> }>()
    for (const ref of refs) {
      const key = `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ''}`
      const group = groups.get(key) ?? { ref, names: new Set<string>() }
      group.names.add(ref.name)
      groups.set(key, group)
    }
    await Promise.all(
      [...groups.values()].map(({ ref, names }) =>
        this.listPages(ref, {}, onRetry, signal, (item) => {
          const metadata = (item.metadata ?? {}) as Record<string, unknown>
          if (names.has(String(metadata.name))) visit(item)
        })
      )
    )
  }

  /**
   * Every object of `ref`'s kind in its namespace that `labelSelector`
   * selects, read in pages of `listPage`; none when the kind is unknown.
   */
  async listSelected(
    ref: ObjectRef,
    labelSelector: string,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<KubeJson[]> {
    const found: KubeJson[] = []
    await this.listPages(ref, { labelSelector }, onRetry, signal, (item) =>
      found.push(item)
    )
    return found
  }

  /**
   * One paged LIST of `ref`'s kind in its namespace (pages of `listPage`),
   * each item handed to `visit` with its kind and version (a LIST's items
   * name neither); nothing when the kind is unknown or the namespace is
   * not there, as `kubectl get`.
   */
  private async listPages(
    ref: ObjectRef,
    params: Record<string, string>,
    onRetry: RetryListener | undefined,
    signal: AbortSignal | undefined,
    visit: (object: KubeJson) => void
  ): Promise<void> {
    const path = await this.url({ ...ref, name: '' }, onRetry, signal)
    if (path === undefined) return
    let next = ''
    do {
      const query = new URLSearchParams({
        ...params,
        limit: String(listPage),
        ...(next ? { continue: next } : {})
      })
      const response = await this.send(
        'GET',
        `${path}?${query.toString()}`,
        {},
        onRetry,
        signal
      )
      if (response.status === 404) return
      if (!succeeded(response)) {
        throw new KubeApiError(response.status, errorText(response))
      }
      const list = JSON.parse(response.body) as {
        items?: KubeJson[]
        metadata?: { continue?: string }
      }
      for (const item of list.items ?? [])
        visit({ ...item, apiVersion: ref.apiVersion, kind: ref.kind })
      next = list.metadata?.continue ?? ''
    } while (next !== '')
  }

  /** `GET <path>` with kubectl's retries, as `kubectl get --raw <path>` sends it. */
  async getRaw(path: string): Promise<KubeApiResponse> {
    return this.send('GET', path, {})
  }

  /**
   * Server-side applies `objects`: runs of equal `rank` go concurrently, a
   * run starts once the one before it has answered (Namespaces and CRDs
   * before what needs them, webhooks after what they call), and a failed
   * object does not stop the others, as with `kubectl apply`. An object
   * whose rank is undefined goes alone, in the order given.
   */
  async applyAll(
    objects: readonly KubeJson[],
    rank: (object: KubeJson) => number | undefined,
    options: ApiApplyOptions,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<AppliedAll> {
    const applied: KubeJson[] = []
    const failures: ObjectFailure[] = []
    // The same for every object of the call: built once, not per PATCH.
    const query = applyQuery(options)
    const answers = await inRankRuns(objects, rank, (o, index) =>
      this.applyOne(o, index, query, onRetry, signal)
    )
    for (const a of answers) {
      if ('failure' in a) failures.push(a.failure)
      else applied.push(a.object)
    }
    return { applied, failures }
  }

  private async applyOne(
    object: KubeJson,
    index: number,
    query: string,
    onRetry: RetryListener | undefined,
    signal: AbortSignal | undefined
  ): Promise<{ object: KubeJson } | { failure: ObjectFailure }> {
    const ref = refOf(object)
    const fail = (
      status: number,
      text: string,
      reason?: string
    ): { failure: ObjectFailure } => ({
      failure: { index, status, ...(reason ? { reason } : {}), text }
    })
    try {
      const target = await this.target(ref, onRetry, signal)
      if (target === undefined) {
        return fail(
          0,
          `error: resource mapping not found for name: "${ref.name}" namespace: "${ref.namespace ?? ''}" from "${ref.kind}/${ref.name}": no matches for kind "${ref.kind}" in version "${ref.apiVersion}"\nensure CRDs are installed first`
        )
      }
      // kubectl fills in the context's namespace; the server needs it in
      // the body too.
      const body = JSON.stringify(
        ref.namespace === undefined && target.namespace !== undefined
          ? {
              ...object,
              metadata: {
                ...((object.metadata ?? {}) as Record<string, unknown>),
                namespace: target.namespace
              }
            }
          : object
      )
      const response = await this.send(
        'PATCH',
        `${target.path}?${query}`,
        { body, contentType: 'application/apply-patch+yaml' },
        onRetry,
        signal
      )
      if (succeeded(response))
        return { object: JSON.parse(response.body) as KubeJson }
      return fail(
        response.status,
        errorText(response),
        parseStatus(response.body)?.reason
      )
    } catch (error) {
      return fail(
        error instanceof KubeApiError ? error.status : 0,
        error instanceof Error ? error.message : String(error)
      )
    }
  }

  /** Creates an object; the answer's status tells AlreadyExists (409) apart. */
  async create(object: KubeJson): Promise<KubeApiResponse> {
    const ref = refOf(object)
    const url = await this.url({ ...ref, name: '' })
    if (url === undefined) throw new KubeApiError(0, noKind(ref))
    return this.sendOnce('POST', url, JSON.stringify(object))
  }

  /** Replaces an object (its resourceVersion is the precondition). */
  async replace(object: KubeJson): Promise<KubeApiResponse> {
    const ref = refOf(object)
    const url = await this.url(ref)
    if (url === undefined) throw new KubeApiError(0, noKind(ref))
    return this.sendOnce('PUT', url, JSON.stringify(object))
  }

  /**
   * Deletes an object once; a missing one answers 404, and one whose
   * resourceVersion is no longer `resourceVersion` (when given) 409.
   */
  async remove(
    ref: ObjectRef,
    resourceVersion?: string
  ): Promise<KubeApiResponse> {
    const url = await this.url(ref)
    if (url === undefined) throw new KubeApiError(0, noKind(ref))
    const options = resourceVersion
      ? JSON.stringify({
          apiVersion: 'v1',
          kind: 'DeleteOptions',
          preconditions: { resourceVersion }
        })
      : undefined
    return this.sendOnce('DELETE', url, options)
  }

  /**
   * Sends a DELETE for each of `refs` as `kubectl delete --ignore-not-found`
   * does (kubectl's default cascade, `propagationPolicy: Background`; a
   * missing object is already gone, a kind not served is a failure), runs
   * of equal `rank` in flight together within the channel's bound, with
   * kubectl's retries. Resolves with the failures
   * (kubectl goes on past one too) and, per deleted object, the UID it had:
   * the wait is for that object, not for one created again under its name.
   */
  async deleteAll(
    refs: readonly ObjectRef[],
    rank: (ref: ObjectRef) => number | undefined,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<DeletedAll> {
    const deleted = new Map<string, string | undefined>()
    const failures: ObjectFailure[] = []
    // In the order given (prune gives reverse apply order), runs of equal
    // rank at once, as applyAll goes forwards: a webhook's configuration
    // goes before the Service that answers it, a custom resource before
    // the controller that clears its finalizers.
    const answers = await inRankRuns(refs, rank, (ref, index) =>
      this.deleteOne(ref, index, onRetry, signal)
    )
    for (const [i, answer] of answers.entries()) {
      if ('failure' in answer) failures.push(answer.failure)
      else if (answer.uid !== null)
        deleted.set(refKey(refs[i] as ObjectRef), answer.uid)
    }
    return { deleted, failures }
  }

  /**
   * One DELETE (Background cascade, as kubectl's default): the UID it
   * deleted, null when the object was not there (404), or the failure. A
   * kind the server does not serve in that version is a failure, as
   * kubectl reports it: the object may still be served under another
   * version, and prune must not record as gone what may still be there.
   */
  private async deleteOne(
    ref: ObjectRef,
    index: number,
    onRetry: RetryListener | undefined,
    signal: AbortSignal | undefined
  ): Promise<{ uid: string | undefined | null } | { failure: ObjectFailure }> {
    try {
      const url = await this.url(ref, onRetry, signal)
      if (url === undefined) {
        return {
          failure: {
            index,
            status: 0,
            text: `${noKind(ref)}\nensure CRDs are installed first`
          }
        }
      }
      const response = await this.send(
        'DELETE',
        url,
        { body: deleteOptions, contentType: 'application/json' },
        onRetry,
        signal
      )
      if (response.status === 404) return { uid: null }
      if (!succeeded(response)) {
        return {
          failure: { index, status: response.status, text: errorText(response) }
        }
      }
      return { uid: uidOf(response.body) }
    } catch (error) {
      return {
        failure: {
          index,
          status: error instanceof KubeApiError ? error.status : 0,
          text: error instanceof Error ? error.message : String(error)
        }
      }
    }
  }

  /** One request, no retries: optimistic-concurrency writes (the lock). */
  private async sendOnce(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: string
  ): Promise<KubeApiResponse> {
    await this.slots.acquire()
    try {
      return await this.transport.request({
        method,
        path,
        ...(body !== undefined
          ? { body, contentType: 'application/json' }
          : {}),
        timeoutMs: this.timeoutMs
      })
    } finally {
      this.slots.release()
    }
  }

  /** A request with kubectl's retries; transport failures become answers with status 0. */
  private async send(
    method: 'GET' | 'PATCH' | 'DELETE',
    path: string,
    extra: { body?: string; contentType?: string },
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<KubeApiResponse> {
    let last: KubeApiResponse = { status: 0, body: '' }
    const attempt = async (): Promise<ExecResult> => {
      await this.slots.acquire()
      try {
        // A stopped run sends nothing more.
        if (signal?.aborted) throw new Error(stopReason(signal))
        last = await this.transport.request({
          method,
          path,
          ...extra,
          timeoutMs: this.timeoutMs,
          ...(signal ? { signal } : {})
        })
      } catch (error) {
        // The transport words its failures as kubectl would (a reset or a
        // timeout may pass, a refusal says whether the server or the proxy
        // is away), so the retry rules read them as they are. A request the
        // run abandoned failed because the run stopped: say that, whichever
        // request happened to be in flight.
        last = {
          status: 0,
          body: signal?.aborted
            ? stopReason(signal)
            : error instanceof Error
              ? error.message
              : String(error)
        }
      } finally {
        this.slots.release()
      }
      const ok = succeeded(last)
      return {
        exitCode: ok ? 0 : 1,
        stdout: '',
        // Only a failure is worth reading (retries decide on these words).
        stderr: ok || last.status === 404 ? '' : errorText(last),
        timedOut: false
      }
    }
    await withRetry(attempt, this.clock, this.retry, onRetry, signal)
    return last
  }

  /** The URL of `ref` (its collection when `name` is ''), or undefined for an unknown kind. */
  private async url(
    ref: ObjectRef,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<string | undefined> {
    return (await this.target(ref, onRetry, signal))?.path
  }

  /**
   * Where `ref` lives: its URL, and for a namespaced kind the namespace it
   * is in (its own, else the context's); undefined for an unknown kind.
   */
  private async target(
    ref: ObjectRef,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<{ path: string; namespace?: string } | undefined> {
    const mapping = await this.mapping(
      ref.apiVersion,
      ref.kind,
      onRetry,
      signal
    )
    if (!mapping) return undefined
    const group = groupOf(ref.apiVersion)
    const base =
      group === '' ? `/api/${ref.apiVersion}` : `/apis/${ref.apiVersion}`
    const namespace = mapping.namespaced
      ? (ref.namespace ?? (await this.namespaceDefault()))
      : undefined
    const scope = namespace
      ? `/namespaces/${encodeURIComponent(namespace)}`
      : ''
    const name = ref.name === '' ? '' : `/${encodeURIComponent(ref.name)}`
    return {
      path: `${base}${scope}/${mapping.plural}${name}`,
      ...(namespace !== undefined ? { namespace } : {})
    }
  }

  /**
   * The kind's mapping from the group version's resource list, read once per
   * sync; a kind it lacks (a CRD this sync just made) is looked up again.
   */
  private async mapping(
    apiVersion: string,
    kind: string,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<Mapping | undefined> {
    // Not a version's shape: no such kind, and nothing sent (kube-objects.ts).
    if (!isApiVersion(apiVersion)) return undefined
    const cached = this.mappings.get(apiVersion)
    if (cached) {
      const found = (await cached).get(kind)
      if (found) return found
      // Another caller missed too and is reading the list again: share it.
      const newer = this.mappings.get(apiVersion)
      if (newer && newer !== cached) return (await newer).get(kind)
    }
    const fresh = this.discover(apiVersion, onRetry, signal)
    this.mappings.set(apiVersion, fresh)
    return (await fresh).get(kind)
  }

  private async discover(
    apiVersion: string,
    onRetry?: RetryListener,
    signal?: AbortSignal
  ): Promise<Map<string, Mapping>> {
    const path = apiVersion.includes('/')
      ? `/apis/${apiVersion}`
      : `/api/${apiVersion}`
    const response = await this.send('GET', path, {}, onRetry, signal)
    if (response.status === 404) return new Map()
    if (!succeeded(response)) {
      this.mappings.delete(apiVersion)
      throw new KubeApiError(response.status, errorText(response))
    }
    const list = JSON.parse(response.body) as {
      resources?: { name: string; kind: string; namespaced: boolean }[]
    }
    const byKind = new Map<string, Mapping>()
    for (const r of list.resources ?? []) {
      if (r.name.includes('/')) continue // subresources (status, scale)
      byKind.set(r.kind, { plural: r.name, namespaced: r.namespaced })
    }
    return byKind
  }

  /** The kubeconfig context's namespace, asked once. */
  namespaceDefault(): Promise<string> {
    this.contextNamespace ??= this.defaultNamespace()
    return this.contextNamespace
  }
}

/** A 401, as errorText words it. */
export const unauthorizedText =
  "Error from server (Unauthorized): You must be logged in to the server: the cluster refused the kubeconfig's credentials (a token or client certificate that is wrong or has expired); get a fresh kubeconfig for this cluster"

/** A 2xx answer (0 stands for no answer at all). */
export function succeeded(response: KubeApiResponse): boolean {
  return response.status >= 200 && response.status < 300
}

/** `Error from server (Reason): message`, as kubectl prints a failed request. */
export function errorText(response: KubeApiResponse): string {
  if (response.status === 0) return response.body
  // The server's own words are only "Unauthorized": say whose credentials
  // and what fixes them, in kubectl's words for it.
  if (response.status === 401) return unauthorizedText
  const status = parseStatus(response.body)
  if (status?.message) {
    return `Error from server${status.reason ? ` (${status.reason})` : ''}: ${status.message}`
  }
  // Not a Status: the proxy's own words (the API server is away) or a
  // gateway's page; the HTTP status first so retries recognise 5xx.
  const text = response.body.trim().split('\n').slice(0, 3).join(' ')
  return `Error from server (HTTP ${response.status} ${httpWords(response.status)}): ${text || 'no body'}`
}

function parseStatus(
  body: string
): { message?: string; reason?: string } | undefined {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>
    if (parsed.kind !== 'Status') return undefined
    return {
      ...(typeof parsed.message === 'string'
        ? { message: parsed.message }
        : {}),
      ...(typeof parsed.reason === 'string' && parsed.reason !== ''
        ? { reason: parsed.reason }
        : {})
    }
  } catch {
    return undefined
  }
}

function httpWords(status: number): string {
  const words: Record<number, string> = {
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
  }
  return words[status] ?? ''
}

/**
 * `each` of every item, answers in the items' order: runs of equal `rank`
 * at once, a run only once the one before it has answered. An item whose
 * rank is undefined is a run of its own.
 */
async function inRankRuns<T, R>(
  items: readonly T[],
  rank: (item: T) => number | undefined,
  each: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const answers: R[] = []
  let start = 0
  while (start < items.length) {
    const r = rank(items[start] as T)
    let end = start + 1
    while (r !== undefined && end < items.length && rank(items[end] as T) === r)
      end++
    const first = start
    answers.push(
      ...(await Promise.all(
        items.slice(first, end).map((item, i) => each(item, first + i))
      ))
    )
    start = end
  }
  return answers
}

/** kubectl delete's default: the object goes now, its dependents after. */
const deleteOptions = JSON.stringify({
  apiVersion: 'v1',
  kind: 'DeleteOptions',
  propagationPolicy: 'Background'
})

function noKind(ref: ObjectRef): string {
  return `error: no matches for kind "${ref.kind}" in version "${ref.apiVersion}"`
}

/** The UID in a DELETE's answer: the object, or a Status naming it. */
function uidOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as {
      metadata?: { uid?: unknown }
      details?: { uid?: unknown }
    }
    const uid = parsed.metadata?.uid ?? parsed.details?.uid
    return typeof uid === 'string' && uid !== '' ? uid : undefined
  } catch {
    return undefined
  }
}

function withoutManagedFields(object: KubeJson): KubeJson {
  const metadata = object.metadata as Record<string, unknown> | undefined
  if (!metadata || !('managedFields' in metadata)) return object
  const rest = { ...metadata }
  delete rest.managedFields
  return { ...object, metadata: rest }
}

/** The query string of a server-side apply with `options`, as kubectl sends it. */
function applyQuery(options: ApiApplyOptions): string {
  return new URLSearchParams({
    fieldManager: 'clustersync',
    fieldValidation: 'Strict',
    ...(options.force ? { force: 'true' } : {}),
    ...(options.dryRun ? { dryRun: 'All' } : {})
  }).toString()
}
