/**
 * ClusterClient: every call the engine, the state kept in the cluster and
 * the previews make to a cluster, whatever carries it. Two implementations:
 * over the API channel (client-over-api.ts: HTTP requests, many in flight)
 * and over kubectl processes (kubectl.ts: one process per call, merged
 * across concurrent steps). Which one a run uses is decided once, where the
 * client is opened (open-client.ts); answers read the same either way, as
 * kubectl prints them, so retries, conflict reports and unreachable-cluster
 * messages work alike on both.
 */
import type { ToolError } from '../errors.js'
import type { ExecResult } from '../ports/exec.js'
import type { ObjectFailure } from './api-client.js'
import type { KubeJson, ObjectRef } from './kube-objects.js'
import type { RetryListener } from './retry.js'

/** ClusterSync's field manager: owns what the definition declares. */
export const fieldManager = 'clustersync'

/** Options of one server-side apply. */
export interface ApplyOptions {
  /** `--force-conflicts`: take fields other managers own (manifest `force: true`). */
  force: boolean
  /** `--dry-run=server`: validate and diff without persisting. */
  dryRun?: boolean
}

/** What one apply resolved with (see `ClusterClient.apply`). */
export interface ApplyAnswer {
  result: ExecResult
  applied: KubeJson[]
  /**
   * Over the API channel: each failed object by its position in the list
   * applied. Absent for a kubectl process, whose stderr does not say which
   * object failed.
   */
  failures?: ObjectFailure[]
}

/** Which live objects differ from a server-side apply of the given ones. */
export interface LiveDiff {
  /** As kubectl diff names them (`apps.v1.Deployment.shop.web`), in its order. */
  drifted: string[]
  /** Set when the comparison could not be made. */
  error?: string
}

/** See the file comment. One per command run; see open-client.ts. */
export interface ClusterClient {
  /** The same client, reporting its retries to `listener` (one per step). */
  withRetryListener(listener: RetryListener): ClusterClient
  /** Whether the API server is there and ready (`kubectl get --raw /readyz`), with retries. */
  readyz(): Promise<ExecResult>
  /**
   * The kubeconfig context's namespace (`default` when it names none):
   * where namespaced objects that name none are applied.
   */
  contextNamespace(): Promise<string>
  /** The live state of the given objects (with managedFields if asked); missing ones are left out. */
  get(refs: readonly ObjectRef[], managedFields?: boolean): Promise<KubeJson[]>
  /**
   * Reads the live state of `refs` in bulk, managedFields included, and
   * hands each object found to `visit` as it arrives (none is kept, so a
   * large cluster is never held in memory at once); missing ones are left
   * out. Over the API channel, one paged LIST per kind and namespace; over
   * kubectl, one `get`. Rejects when the cluster cannot be read.
   */
  readLive(
    refs: readonly ObjectRef[],
    visit: (live: KubeJson) => void
  ): Promise<void>
  /**
   * Server-side applies `objects` in the order given and resolves with
   * what the API server returned. A failure resolves too
   * (`result.exitCode`): the caller must tell which objects did land.
   */
  apply(
    objects: readonly KubeJson[],
    options: ApplyOptions
  ): Promise<ApplyAnswer>
  /**
   * Creates or replaces one object, once (optimistic concurrency: a
   * conflict is an answer, not a hiccup); the object on stdout.
   */
  writeOnce(verb: 'create' | 'replace', object: KubeJson): Promise<ExecResult>
  /**
   * Deletes one object once; a missing one is fine. Over the API channel,
   * `resourceVersion` is a precondition: an object written since is left
   * alone (kubectl has no flag for it).
   */
  deleteOnce(ref: ObjectRef, resourceVersion?: string): Promise<ExecResult>
  /** Waits until the named CRDs are Established (their CRs can be applied). */
  waitEstablished(names: readonly string[], timeoutMs: number): Promise<void>
  /** Deletes the objects (missing ones are fine) and waits for them to go. */
  delete(refs: readonly ObjectRef[], timeoutMs: number): Promise<void>
  /**
   * Every object of `ref`'s kind in its namespace that `labelSelector`
   * selects (`ref.name` is ignored); none when the kind is unknown.
   * Rejects when the cluster cannot be read.
   */
  listSelected(ref: ObjectRef, labelSelector: string): Promise<KubeJson[]>
  /** The last few event messages about one object, newest last. */
  events(ref: ObjectRef, limit?: number): Promise<string[]>
  /**
   * The last few distinct warnings about the Pods of a workload (`owner`),
   * newest last: why a rollout is stuck (a Pod that cannot be scheduled,
   * an image that cannot be pulled) is said on its Pods, not on it.
   */
  podWarnings(owner: ObjectRef, limit?: number): Promise<string[]>
  /**
   * Which live objects differ from a server-side apply of `objects` with
   * `--force-conflicts`, as `kubectl diff --server-side` tells; only names,
   * never the diff (Secret values stay out of the output).
   */
  diffServerSide(objects: readonly KubeJson[]): Promise<LiveDiff>
  /** A ToolError for a failed call; the command shown omits connection flags. */
  toolError(args: readonly string[], result: ExecResult): ToolError
}
