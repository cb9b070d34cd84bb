/**
 * KubectlClient: every kubectl call ClusterSync makes, over the Exec port.
 * Objects travel as one JSON List on stdin (`-f -`), so a step costs one
 * process however many objects it holds (STYLE.md §5.9). The kubeconfig and
 * context are passed explicitly on every call and never printed.
 */
import { ToolError, trimOutput } from '../errors.js'
import type { Clock } from '../ports/clock.js'
import type { Exec, ExecResult } from '../ports/exec.js'
import {
  listDocument,
  parseKubectlJson,
  stubOf,
  type KubeJson,
  type ObjectRef
} from './kube-objects.js'
import {
  defaultRetryOptions,
  withRetry,
  type RetryListener,
  type RetryOptions
} from './retry.js'

/** ClusterSync's field manager: owns what the definition declares. */
export const fieldManager = 'clustersync'

/** Where kubectl is and which cluster it talks to. */
export interface KubectlConfig {
  /** The kubectl binary (a name on PATH or a path). */
  binary: string
  kubeconfig?: string
  context?: string
  /** Kill one kubectl process after this long. */
  callTimeoutMs: number
  retry: RetryOptions
}

/** kubectl from PATH, the current kubeconfig, 2 minutes per call. */
export function defaultKubectlConfig(): KubectlConfig {
  return {
    binary: 'kubectl',
    callTimeoutMs: 120_000,
    retry: defaultRetryOptions()
  }
}

/** Options of one server-side apply. */
export interface ApplyOptions {
  /** `--force-conflicts`: take fields other managers own (manifest `force: true`). */
  force: boolean
  /** `--dry-run=server`: validate and diff without persisting. */
  dryRun?: boolean
}

/** The kubectl calls of the apply layer; one instance per cluster. */
export class KubectlClient {
  constructor(
    private readonly exec: Exec,
    private readonly clock: Clock,
    readonly config: KubectlConfig,
    private readonly onRetry?: RetryListener,
    private readonly signal?: AbortSignal
  ) {}

  /** The same client, reporting its retries to `listener` (one per step). */
  withRetryListener(listener: RetryListener): KubectlClient {
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
  ): Promise<{ result: ExecResult; applied: KubeJson[] }> {
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
      ...names.map((n) => `customresourcedefinition/${n}`)
    ])
  }

  /** Deletes the objects (missing ones are fine) and waits for them to go. */
  async delete(refs: readonly ObjectRef[], timeoutMs: number): Promise<void> {
    if (refs.length === 0) return
    await this.runOk(
      [
        'delete',
        '-f',
        '-',
        '--ignore-not-found',
        '--wait=true',
        `--timeout=${Math.ceil(timeoutMs / 1000)}s`
      ],
      listDocument(refs.map(stubOf))
    )
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
