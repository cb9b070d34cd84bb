/**
 * The ClusterClient over the API channel (api-client.ts): reads, applies,
 * the lock's writes and the readiness probe are HTTP requests, many in
 * flight, and so are prune's deletes and the wait for them to go
 * (api-delete.ts). What the API has no single request for — waiting for
 * CRDs, events — goes to a kubectl process
 * (`processes`), as it would without the channel. Answers read as a
 * kubectl process would have given them.
 */
import { getErrorMessage, ToolError, trimOutput } from '../errors.js'
import type { ExecResult } from '../ports/exec.js'
import type { KubeApiResponse } from '../ports/kube-api.js'
import { builtInRank } from '../plan/kind-order.js'
import { sameObject } from '../plan/object-diff.js'
import {
  errorText,
  KubeApiError,
  succeeded,
  type KubeApi
} from './api-client.js'
import type {
  ApplyAnswer,
  ApplyOptions,
  ClusterClient,
  LiveDiff
} from './cluster-client.js'
import {
  diffName,
  groupOf,
  refKey,
  refOf,
  subjectOf,
  type KubeJson,
  type ObjectRef
} from './kube-objects.js'
import { deleteOverApi } from './api-delete.js'
import type { KubectlClient } from './kubectl.js'
import type { RetryListener } from './retry.js'

/** See the file comment. */
export class ApiClusterClient implements ClusterClient {
  constructor(
    private readonly api: KubeApi,
    /** kubectl processes, for the calls the API channel does not carry. */
    private readonly processes: KubectlClient,
    private readonly onRetry?: RetryListener,
    private readonly signal?: AbortSignal
  ) {}

  contextNamespace(): Promise<string> {
    return this.api.namespaceDefault()
  }

  withRetryListener(listener: RetryListener): ApiClusterClient {
    return new ApiClusterClient(
      this.api,
      this.processes.withRetryListener(listener),
      listener,
      this.signal
    )
  }

  /** One request, not a process. */
  async readyz(): Promise<ExecResult> {
    return answerOf(await this.api.getRaw('/readyz'))
  }

  async get(
    refs: readonly ObjectRef[],
    managedFields = false
  ): Promise<KubeJson[]> {
    if (refs.length === 0) return []
    try {
      return await this.api.getAll(
        refs,
        managedFields,
        this.onRetry,
        this.signal
      )
    } catch (error) {
      if (!(error instanceof KubeApiError)) throw error
      throw new ToolError(
        `reading ${refs.length === 1 && refs[0] ? subjectOf(refs[0]) : `${refs.length} objects`} failed: ${trimOutput(error.text)}`,
        'kubectl get',
        1,
        trimOutput(error.text)
      )
    }
  }

  async readLive(
    refs: readonly ObjectRef[],
    visit: (live: KubeJson) => void
  ): Promise<void> {
    try {
      await this.api.listAll(refs, visit, this.onRetry, this.signal)
    } catch (error) {
      if (!(error instanceof KubeApiError)) throw error
      throw new ToolError(
        `reading ${refs.length} objects failed: ${trimOutput(error.text)}`,
        'kubectl get',
        1,
        trimOutput(error.text)
      )
    }
  }

  async listSelected(
    ref: ObjectRef,
    labelSelector: string
  ): Promise<KubeJson[]> {
    try {
      return await this.api.listSelected(
        ref,
        labelSelector,
        this.onRetry,
        this.signal
      )
    } catch (error) {
      if (!(error instanceof KubeApiError)) throw error
      throw new ToolError(
        `listing ${ref.kind} objects failed: ${trimOutput(error.text)}`,
        'kubectl get',
        1,
        trimOutput(error.text)
      )
    }
  }

  /** Each failed object is kept in `failures`, so a conflict names its object. */
  async apply(
    objects: readonly KubeJson[],
    options: ApplyOptions
  ): Promise<ApplyAnswer> {
    // Nothing to send: kubectl answers an empty apply as it always did.
    if (objects.length === 0) return this.processes.apply(objects, options)
    const { applied, failures } = await this.api.applyAll(
      objects,
      applyRank,
      options,
      this.onRetry,
      this.signal
    )
    return {
      result: {
        exitCode: failures.length > 0 ? 1 : 0,
        stdout: '',
        stderr: failures.map((f) => f.text).join('\n'),
        timedOut: false
      },
      applied,
      failures
    }
  }

  /** The answer reads as kubectl's: the object on stdout, its wording on stderr. */
  async writeOnce(
    verb: 'create' | 'replace',
    object: KubeJson
  ): Promise<ExecResult> {
    const response =
      verb === 'create'
        ? await this.api.create(object)
        : await this.api.replace(object)
    return answerOf(response)
  }

  async deleteOnce(
    ref: ObjectRef,
    resourceVersion?: string
  ): Promise<ExecResult> {
    const response = await this.api.remove(ref, resourceVersion)
    return response.status === 404
      ? { exitCode: 0, stdout: '', stderr: '', timedOut: false }
      : answerOf(response)
  }

  waitEstablished(names: readonly string[], timeoutMs: number): Promise<void> {
    return this.processes.waitEstablished(names, timeoutMs)
  }

  /** Many DELETEs at once, then a wait by LISTs: see api-delete.ts. */
  delete(refs: readonly ObjectRef[], timeoutMs: number): Promise<void> {
    return deleteOverApi(
      this.api,
      refs,
      (ref) => builtInRank(groupOf(ref.apiVersion), ref.kind),
      timeoutMs,
      this.onRetry,
      this.signal
    )
  }

  events(ref: ObjectRef, limit?: number): Promise<string[]> {
    return this.processes.events(ref, limit)
  }

  podWarnings(owner: ObjectRef, limit?: number): Promise<string[]> {
    return this.processes.podWarnings(owner, limit)
  }

  /**
   * Each object is dry-run and read, several at once, and the two compared
   * as the live preview compares them; gone objects count as drifted.
   */
  async diffServerSide(objects: readonly KubeJson[]): Promise<LiveDiff> {
    let live: KubeJson[]
    try {
      live = await this.get(objects.map(refOf))
    } catch (error) {
      return { drifted: [], error: trimOutput(getErrorMessage(error), 3) }
    }
    const dry = await this.apply(objects, { force: true, dryRun: true })
    if (dry.result.exitCode !== 0) {
      return { drifted: [], error: trimOutput(dry.result.stderr, 3) }
    }
    const liveByKey = new Map(live.map((o) => [refKey(refOf(o)), o]))
    const drifted = dry.applied
      .filter((desired) => {
        const current = liveByKey.get(refKey(refOf(desired)))
        return current === undefined || !sameObject(current, desired)
      })
      .map(diffName)
    // In kubectl diff's order: by name (it diffs two folders of files).
    return { drifted: [...new Set(drifted)].sort() }
  }

  toolError(args: readonly string[], result: ExecResult): ToolError {
    return this.processes.toolError(args, result)
  }
}

/** An API answer as a kubectl process would have given it. */
function answerOf(response: KubeApiResponse): ExecResult {
  const ok = succeeded(response)
  return {
    exitCode: ok ? 0 : 1,
    stdout: ok ? response.body : '',
    stderr: ok ? '' : errorText(response),
    timedOut: false
  }
}

/**
 * The plan's kind order: Kubernetes' own kinds of equal rank may be applied
 * together. Custom resources go one at a time in the order written, as
 * kubectl sends them: an operator's admission webhook may check that what a
 * resource refers to exists already.
 */
function applyRank(object: KubeJson): number | undefined {
  return builtInRank(groupOf(String(object.apiVersion)), String(object.kind))
}
