/**
 * KubectlClient: the ClusterClient over kubectl processes (the Exec port).
 * Objects travel as one JSON List on stdin (`-f -`), so a step costs one
 * process however many objects it holds (STYLE.md §5.9). The kubeconfig and
 * context are passed explicitly on every call and never printed. It also
 * carries, for the client over the API channel (client-over-api.ts), the
 * calls that channel has no request for.
 */
import { ToolError, trimOutput } from '../errors.js'
import type { CallPool, PoolRequest } from './call-pool.js'
import type { Clock } from '../ports/clock.js'
import type { Exec, ExecResult } from '../ports/exec.js'
import {
  fieldManager,
  type ApplyAnswer,
  type ApplyOptions,
  type ClusterClient,
  type LiveDiff
} from './cluster-client.js'
import {
  groupOf,
  listDocument,
  parseKubectlJson,
  refKey,
  refOf,
  requestedKeys,
  stubOf,
  type KubeJson,
  type ObjectRef
} from './kube-objects.js'
import { isTransient, withRetry, type RetryListener } from './retry.js'
import type { KubectlConfig } from '../engine/engine-options.js'

/** A pooled request: its items and whom to tell about retries. */
interface Pooled<Item> extends PoolRequest<Item> {
  onRetry?: RetryListener
}

/**
 * The kubectl calls of a command; one instance per cluster. With a
 * CallPool, `get` and `apply` of concurrent steps are merged into few
 * processes (see call-pool.ts); without one, every call is its own process.
 */
export class KubectlClient implements ClusterClient {
  constructor(
    private readonly exec: Exec,
    private readonly clock: Clock,
    readonly config: KubectlConfig,
    private readonly onRetry?: RetryListener,
    private readonly signal?: AbortSignal,
    private readonly pool?: CallPool
  ) {}

  /** The namespace kubectl puts namespaced objects that name none into. */
  async contextNamespace(): Promise<string> {
    const result = await this.run([
      'config',
      'view',
      '--minify',
      '-o',
      'jsonpath={.contexts[0].context.namespace}'
    ])
    const namespace = result.exitCode === 0 ? result.stdout.trim() : ''
    return namespace === '' ? 'default' : namespace
  }

  /** The same client, reporting its retries to `listener` (one per step). */
  withRetryListener(listener: RetryListener): KubectlClient {
    return new KubectlClient(
      this.exec,
      this.clock,
      this.config,
      listener,
      this.signal,
      this.pool
    )
  }

  /** The same client without the pool, reporting retries to `listener`. */
  private unpooled(listener: RetryListener | undefined): KubectlClient {
    return new KubectlClient(
      this.exec,
      this.clock,
      this.config,
      listener,
      this.signal
    )
  }

  /** Runs `kubectl <args>` with retries; resolves with the last result. */
  async run(args: readonly string[], input?: string): Promise<ExecResult> {
    const argv = [...this.connectionArgs(), ...args]
    return withRetry(
      () =>
        this.exec.run(this.config.binary, argv, {
          ...(input === undefined ? {} : { input }),
          timeoutMs: this.config.callTimeoutMs,
          ...(this.signal ? { signal: this.signal } : {})
        }),
      this.clock,
      this.config.retry,
      this.onRetry,
      this.signal
    )
  }

  /**
   * Runs `kubectl <args>` once, without retries: for optimistic-concurrency
   * writes (the lock), where a conflict is an answer, not a hiccup.
   */
  runOnce(args: readonly string[], input?: string): Promise<ExecResult> {
    return this.exec.run(
      this.config.binary,
      [...this.connectionArgs(), ...args],
      {
        ...(input === undefined ? {} : { input }),
        timeoutMs: this.config.callTimeoutMs,
        ...(this.signal ? { signal: this.signal } : {})
      }
    )
  }

  /**
   * `kubectl create|replace -f - -o json` of one object, once (optimistic
   * concurrency: a conflict is an answer).
   */
  writeOnce(verb: 'create' | 'replace', object: KubeJson): Promise<ExecResult> {
    return this.runOnce([verb, '-f', '-', '-o', 'json'], JSON.stringify(object))
  }

  /**
   * Deletes one object once; a missing one is fine (`--ignore-not-found`).
   * kubectl has no flag for a `resourceVersion` precondition: it is not
   * checked here.
   */
  deleteOnce(ref: ObjectRef): Promise<ExecResult> {
    // `--` before the name (connection flags come first): a name is never
    // read as a flag such as `--all`.
    return this.runOnce([
      'delete',
      ref.kind.toLowerCase(),
      ...(ref.namespace ? ['--namespace', ref.namespace] : []),
      '--ignore-not-found',
      '--',
      ref.name
    ])
  }

  /** `kubectl get --raw /readyz`, with retries: whether the API server is there and ready. */
  readyz(): Promise<ExecResult> {
    return this.run(['get', '--raw', '/readyz'])
  }

  /** Like `run`, but a non-zero exit throws a ToolError naming the command. */
  async runOk(args: readonly string[], input?: string): Promise<ExecResult> {
    const result = await this.run(args, input)
    if (result.exitCode !== 0) throw this.toolError(args, result)
    return result
  }

  /** The live state of the given objects (with managedFields if asked); missing ones are left out. */
  async get(
    refs: readonly ObjectRef[],
    managedFields = false
  ): Promise<KubeJson[]> {
    if (refs.length === 0) return []
    if (!this.pool) return this.getNow(refs, managedFields)
    return this.pool.submit<ObjectRef, KubeJson[]>(
      `get:${managedFields}`,
      refs,
      (requests) => this.mergedGet(requests, managedFields),
      this.onRetry
    )
  }

  /** One `kubectl get` of every object (kubectl has no paged LIST of a set of objects). */
  async readLive(
    refs: readonly ObjectRef[],
    visit: (live: KubeJson) => void
  ): Promise<void> {
    for (const object of await this.get(refs, true)) visit(object)
  }

  /** One `kubectl get` for several requests; see call-pool.ts. */
  private async mergedGet(
    requests: readonly Pooled<ObjectRef>[],
    managedFields: boolean
  ): Promise<(KubeJson[] | Error)[]> {
    try {
      const live = await this.unpooled(fanOut(requests)).getNow(
        requests.flatMap((r) => r.items),
        managedFields
      )
      // By the reference each object stands for: one asked for without a
      // namespace comes back in the context's (requestedKeys).
      const standsFor = requestedKeys(requests.flatMap((r) => r.items))
      const byKey = new Map<string, KubeJson>()
      for (const o of live) {
        const key = standsFor(refOf(o))
        if (key !== undefined && !byKey.has(key)) byKey.set(key, o)
      }
      return requests.map((r) =>
        r.items.flatMap((ref): KubeJson[] => {
          const o = byKey.get(refKey(ref))
          return o ? [o] : []
        })
      )
    } catch (error) {
      // Retries already ran out on a cluster that is away: asking again per
      // request would only multiply the wait.
      if (error instanceof ToolError && isTransient({ stderr: error.stderr }))
        return requests.map(() => error)
      // Which request made it fail? Each alone tells; one at a time keeps
      // the pool's process bound.
      const answers: (KubeJson[] | Error)[] = []
      for (const r of requests) {
        answers.push(
          await this.unpooled(r.onRetry)
            .getNow(r.items, managedFields)
            .catch(asError)
        )
      }
      return answers
    }
  }

  private async getNow(
    refs: readonly ObjectRef[],
    managedFields: boolean
  ): Promise<KubeJson[]> {
    const result = await this.runOk(
      [
        'get',
        '-f',
        '-',
        '-o',
        'json',
        '--ignore-not-found',
        // Only conflict attribution needs them; they triple the output.
        ...(managedFields ? ['--show-managed-fields'] : [])
      ],
      listDocument(refs.map(stubOf))
    )
    return result.stdout.trim() === '' ? [] : parseKubectlJson(result.stdout)
  }

  /**
   * Server-side applies `objects` in one process, in the order given, and
   * resolves with what the API server returned. A failure resolves too
   * (`result.exitCode`), because kubectl goes on after a failed object and
   * the caller must tell which objects did land.
   */
  async apply(
    objects: readonly KubeJson[],
    options: ApplyOptions
  ): Promise<ApplyAnswer> {
    if (!this.pool || objects.length === 0)
      return this.applyNow(objects, options)
    return this.pool.submit<KubeJson, ApplyAnswer>(
      `apply:${options.force}:${options.dryRun === true}`,
      objects,
      (requests) => this.mergedApply(requests, options),
      this.onRetry
    )
  }

  /**
   * One `kubectl apply` for several requests. On failure each request is
   * applied again alone, so its result and stderr are its own.
   */
  private async mergedApply(
    requests: readonly Pooled<KubeJson>[],
    options: ApplyOptions
  ): Promise<(ApplyAnswer | Error)[]> {
    const all = requests.flatMap((r) => r.items)
    const merged = await this.unpooled(fanOut(requests)).applyNow(all, options)
    if (merged.result.exitCode === 0) {
      const result = { ...merged.result, stdout: '' }
      // kubectl prints what it applied in input order; match by position
      // when nothing is missing, by name otherwise.
      if (merged.applied.length === all.length) {
        let at = 0
        return requests.map((r) => {
          const applied = merged.applied.slice(at, at + r.items.length)
          at += r.items.length
          return { result, applied }
        })
      }
      const byKey = new Map(merged.applied.map((o) => [refKey(refOf(o)), o]))
      return requests.map((r) => ({
        result,
        applied: r.items.flatMap((o): KubeJson[] => {
          const live = byKey.get(refKey(refOf(o)))
          return live ? [live] : []
        })
      }))
    }
    // Out of retries on a transient failure: every request shares it.
    if (isTransient(merged.result)) return requests.map(() => merged)
    const answers: (ApplyAnswer | Error)[] = []
    for (const r of requests) {
      answers.push(
        await this.unpooled(r.onRetry).applyNow(r.items, options).catch(asError)
      )
    }
    return answers
  }

  private async applyNow(
    objects: readonly KubeJson[],
    options: ApplyOptions
  ): Promise<ApplyAnswer> {
    const args = [
      'apply',
      '--server-side',
      `--field-manager=${fieldManager}`,
      ...(options.force ? ['--force-conflicts'] : []),
      ...(options.dryRun ? ['--dry-run=server'] : []),
      '-f',
      '-',
      '-o',
      'json'
    ]
    const result = await this.run(args, listDocument(objects))
    let applied: KubeJson[] = []
    try {
      applied = parseKubectlJson(result.stdout)
    } catch {
      // Output cut short by a failure: nothing we can attribute; the exit
      // code and stderr still say what happened.
    }
    return { result, applied }
  }

  /** Waits until the named CRDs are Established (their CRs can be applied). */
  async waitEstablished(
    names: readonly string[],
    timeoutMs: number
  ): Promise<void> {
    if (names.length === 0) return
    await this.runOk([
      'wait',
      '--for=condition=Established',
      `--timeout=${Math.ceil(timeoutMs / 1000)}s`,
      '--',
      ...names.map((n) => `customresourcedefinition/${n}`)
    ])
  }

  /**
   * Deletes the objects (missing ones are fine) and waits for them to go,
   * in order, in batches of `deleteBatchSize`: one process for all of
   * them would run out of its time on its own rate limit. The first batch
   * that fails stops the rest.
   */
  async delete(refs: readonly ObjectRef[], timeoutMs: number): Promise<void> {
    const size = deleteBatchSize(timeoutMs, this.config.callTimeoutMs)
    for (let start = 0; start < refs.length; start += size) {
      await this.runOk(
        [
          'delete',
          '-f',
          '-',
          '--ignore-not-found',
          '--wait=true',
          `--timeout=${Math.ceil(timeoutMs / 1000)}s`
        ],
        listDocument(refs.slice(start, start + size).map(stubOf))
      )
    }
  }

  async listSelected(
    ref: ObjectRef,
    labelSelector: string
  ): Promise<KubeJson[]> {
    const group = groupOf(ref.apiVersion)
    const args = [
      'get',
      group === '' ? ref.kind : `${ref.kind}.${group}`,
      ...(ref.namespace ? ['--namespace', ref.namespace] : []),
      '--selector',
      labelSelector,
      '-o',
      'json'
    ]
    const result = await this.run(args)
    if (result.exitCode !== 0) throw this.toolError(args, result)
    return result.stdout.trim() === '' ? [] : parseKubectlJson(result.stdout)
  }

  /** The last few event messages about one object, newest last. */
  async events(ref: ObjectRef, limit = 3): Promise<string[]> {
    const result = await this.run([
      'get',
      'events',
      ...(ref.namespace ? ['--namespace', ref.namespace] : []),
      '--field-selector',
      `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`,
      '--sort-by=.lastTimestamp',
      '-o',
      'json'
    ])
    if (result.exitCode !== 0) return []
    return parseKubectlJson(result.stdout)
      .map((e) => `${String(e.reason)}: ${String(e.message)}`.trim())
      .slice(-limit)
  }

  /**
   * Warning events about Pods in the owner's namespace whose name starts
   * with `<owner>-`, as a Deployment's (through its ReplicaSet), a
   * StatefulSet's, a DaemonSet's and a Job's Pods are named; one message per
   * text (every Pod of a rollout that cannot be scheduled says the same).
   */
  async podWarnings(owner: ObjectRef, limit = 2): Promise<string[]> {
    const result = await this.run([
      'get',
      'events',
      ...(owner.namespace ? ['--namespace', owner.namespace] : []),
      '--field-selector',
      'involvedObject.kind=Pod,type=Warning',
      '--sort-by=.lastTimestamp',
      '-o',
      'json'
    ])
    if (result.exitCode !== 0) return []
    const prefix = `${owner.name}-`
    const messages = parseKubectlJson(result.stdout)
      .filter((e) => involvedName(e).startsWith(prefix))
      .map((e) => `${String(e.reason)}: ${String(e.message)}`.trim())
    // The newest occurrence of each text decides its place.
    const newestLast = [...new Set(messages.reverse())].reverse()
    return newestLast.slice(-limit)
  }

  /** One `kubectl diff --server-side` over all of `objects`. */
  async diffServerSide(objects: readonly KubeJson[]): Promise<LiveDiff> {
    const result = await this.run(
      [
        'diff',
        '--server-side',
        `--field-manager=${fieldManager}`,
        '--force-conflicts',
        '-f',
        '-'
      ],
      listDocument(objects)
    )
    // kubectl diff: 0 = no differences, 1 = differences, > 1 = error.
    if (result.exitCode > 1) {
      return {
        drifted: [],
        error:
          trimOutput(result.stderr, 3) || `kubectl diff exit ${result.exitCode}`
      }
    }
    const names = [
      ...result.stdout.matchAll(/^diff -u -N \S*\/LIVE-\d+\/(\S+)/gm)
    ]
    return { drifted: [...new Set(names.map((m) => m[1] ?? ''))] }
  }

  /** A ToolError for a failed call; the command shown omits connection flags. */
  toolError(args: readonly string[], result: ExecResult): ToolError {
    const command = `kubectl ${args.join(' ')}`
    const why = result.timedOut
      ? `timed out after ${this.config.callTimeoutMs / 1000}s`
      : `exit code ${result.exitCode}`
    return new ToolError(
      `${command} failed (${why}): ${trimOutput(result.stderr) || 'no output'}`,
      command,
      result.exitCode,
      trimOutput(result.stderr)
    )
  }

  private connectionArgs(): string[] {
    return [
      ...(this.config.kubeconfig
        ? [`--kubeconfig=${this.config.kubeconfig}`]
        : []),
      ...(this.config.context ? [`--context=${this.config.context}`] : [])
    ]
  }
}

/**
 * kubectl's client-side rate limit: client-go's defaults (rest.DefaultQPS
 * and DefaultBurst), which kubectl raises for discovery only.
 */
const kubectlQps = 5

/**
 * Rate-limited requests `kubectl delete --wait` may spend per object,
 * counted high: the DELETE, then the wait's reads of it.
 */
const requestsPerDelete = 3

/**
 * Objects one `kubectl delete --wait` process is given: as many as its
 * requests let it delete and see go within half of its time (the shorter
 * of the wait's timeout and the process's), leaving the other half for
 * objects that take a while to go (finalizers).
 */
export function deleteBatchSize(
  timeoutMs: number,
  callTimeoutMs: number
): number {
  const seconds = Math.min(timeoutMs, callTimeoutMs) / 1000
  return Math.max(1, Math.floor((seconds * kubectlQps) / requestsPerDelete / 2))
}

/** A listener that tells every request of a merged call about its retries. */
function fanOut(requests: readonly Pooled<unknown>[]): RetryListener {
  return (event) => {
    for (const r of requests) r.onRetry?.(event)
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/** The name of the object an event is about. */
function involvedName(event: KubeJson): string {
  const involved = event.involvedObject
  if (typeof involved !== 'object' || involved === null) return ''
  const name = (involved as Record<string, unknown>).name
  return typeof name === 'string' ? name : ''
}
