/**
 * HelmClient: the helm calls of the apply layer over the Exec port. Works
 * with helm v3 and v4, detected at run time (`helm version --short`): the
 * only flag that differs is the roll-back-on-failure switch (`--atomic` in
 * v3, `--rollback-on-failure` in v4). Values go on stdin (`--values -`).
 */
import { isAbsolute, join } from 'node:path'
import { ToolError, trimOutput } from '../errors.js'
import { redactUrlCredentials } from '../redact.js'
import type { ChartSource } from '../definition/definition-types.js'
import type { Clock } from '../ports/clock.js'
import type { Exec, ExecResult } from '../ports/exec.js'
import { withRetry, type RetryListener } from './retry.js'
import type { HelmConfig } from '../engine/engine-options.js'
import {
  listEveryReleaseArgs,
  parseReleaseList,
  type ReleaseState
} from './helm-releases.js'
import {
  HelmLogins,
  isLoopbackHost,
  ociHost,
  systemPrivateFolder,
  type ChartAccess,
  type PrivateFolder
} from './helm-logins.js'
import { ChartPulls } from './chart-pulls.js'

/** One revision of `helm history -o json`. */
export interface HelmRevision {
  revision: number
  status: string
}

/** What `upgradeInstall` needs. */
export interface ReleaseRequest {
  release: string
  namespace: string
  chart: ChartSource
  chartName: string
  chartVersion: string
  values: Record<string, unknown>
  /** Repository root: `path` charts are relative to it. */
  root: string
  timeoutMs: number
  /** From `chartAccess`, for a chart that needs a login. */
  access?: Extract<ChartAccess, { flags: string[] }>
  /** Take back fields other managers set (v4's apply; v3's merge does it anyway). */
  forceConflicts?: boolean
  /**
   * No roll back on failure: after an object was handed to the release
   * (addon-adopt.ts), helm's roll back or uninstall would delete it.
   */
  keepOnFailure?: boolean
  /**
   * ClusterSync waits for the release itself (addon-wait.ts): no `--wait`,
   * no roll back (the waiter rolls back), and the release is printed as
   * JSON (`--output json`) so the waiter knows its objects.
   */
  waitedHere?: boolean
}

/** What names a chart: `chartArgs`' and `locateChart`'s request. */
export type ChartRequest = Pick<
  ReleaseRequest,
  'chart' | 'chartName' | 'chartVersion' | 'root' | 'access'
>

/** The chart argument(s) to give helm, or helm's answer to the pull that failed. */
export type LocatedChart = { chart: string[] } | { failure: ExecResult }

/**
 * helm's environment variables that choose the cluster, the identity or
 * the namespace, cleared for every helm process (an empty value is helm's
 * default). The kubeconfig and the context ClusterSync was given decide
 * for helm as they do for kubectl, which reads none of these: one left in
 * a job's environment (a runner's profile, an earlier step's
 * `$GITHUB_ENV`) sent add-ons to another cluster than the manifests.
 */
export const helmConnectionEnv: Readonly<Record<string, string>> = {
  HELM_KUBECONTEXT: '',
  HELM_KUBEAPISERVER: '',
  HELM_KUBETOKEN: '',
  HELM_KUBEASUSER: '',
  HELM_KUBEASGROUPS: '',
  HELM_KUBECAFILE: '',
  HELM_KUBEINSECURE_SKIP_TLS_VERIFY: '',
  HELM_KUBETLS_SERVER_NAME: '',
  HELM_NAMESPACE: ''
}

const pendingStates = new Set([
  'pending-install',
  'pending-upgrade',
  'pending-rollback'
])

/** The helm calls of the apply layer; one instance per cluster. */
export class HelmClient {
  private majorVersion: Promise<3 | 4> | undefined
  /** One `helm list` per namespace, asked once (see `release`). */
  private readonly listings = new Map<
    string,
    Promise<Map<string, ReleaseState>>
  >()
  /** Releases this client changed since it listed their namespace. */
  private readonly changed = new Set<string>()
  private logins: HelmLogins | undefined
  private pulls: ChartPulls | undefined

  constructor(
    private readonly exec: Exec,
    private readonly clock: Clock,
    readonly config: HelmConfig,
    private readonly onRetry?: RetryListener,
    private readonly shared?: HelmClient,
    private readonly folders?: PrivateFolder
  ) {}

  /** The same client reporting retries to `listener`; shares the version probe. */
  withRetryListener(listener: RetryListener): HelmClient {
    return new HelmClient(
      this.exec,
      this.clock,
      this.config,
      listener,
      this.shared ?? this
    )
  }

  /**
   * Logs in to the registry of a chart that names a credential (once per
   * registry and credential) and says how to install from it; undefined for
   * a chart that needs no login. Never rejects for a refused login.
   */
  async chartAccess(chart: ChartSource): Promise<ChartAccess | undefined> {
    if (chart.credentialName === undefined || chart.type === 'path') return
    const owner = this.shared ?? this
    owner.logins ??= new HelmLogins(
      this.config.credentials ?? new Map(),
      this.folders
    )
    return owner.logins.access(chart, await this.major(), (args, pos, input) =>
      this.run(args, pos, input)
    )
  }

  /**
   * The chart argument(s) for an install, upgrade or render: a chart from
   * an HTTP(S) repository is pulled once per run (chart-pulls.ts) and named
   * by its archive; OCI charts and chart folders as `chartArgs` names them.
   * A pull helm refused is its answer, for the caller to report.
   */
  async locateChart(
    request: ChartRequest,
    /** The step's bound: a big index takes a while to fetch and parse. */
    timeoutMs?: number
  ): Promise<LocatedChart> {
    if (request.chart.type !== 'http') return { chart: chartArgs(request) }
    const owner = this.shared ?? this
    owner.pulls ??= new ChartPulls(owner.folders ?? systemPrivateFolder)
    const pulled = await owner.pulls.locate(
      {
        location: request.chart.location,
        chartName: request.chartName,
        chartVersion: request.chartVersion,
        ...(request.access?.repository
          ? { repository: request.access.repository }
          : {}),
        ...(request.access ? { accessFlags: request.access.flags } : {})
      },
      (args, positionals, input) =>
        this.run(args, positionals, input, timeoutMs)
    )
    return 'failure' in pulled
      ? { failure: pulled.failure }
      : { chart: [pulled.archive] }
  }

  /**
   * Starts what an install of `request` waits for (the chart's pull, the
   * version probe) without waiting itself: both are kept for the run, so
   * they run while the caller reads the release, and `upgradeInstall` then
   * finds them done. Their failures are reported where they are awaited.
   */
  prepare(request: ChartRequest, timeoutMs?: number): void {
    this.locateChart(request, timeoutMs).catch(() => undefined)
    this.major().catch(() => undefined)
  }

  /** Removes what the run's logins and chart pulls stored (their private folders). */
  close(): void {
    const owner = this.shared ?? this
    owner.logins?.close()
    owner.pulls?.close()
  }

  /** 3 or 4, from `helm version --short` (asked once per client). */
  major(): Promise<3 | 4> {
    const owner = this.shared ?? this
    owner.majorVersion ??= this.probeMajor()
    return owner.majorVersion
  }

  /**
   * The release's latest revision and status; undefined when it does not
   * exist. Every release of a namespace is read with one `helm list`, the
   * first time any of them is asked for, and the answer is kept for the
   * client's life (shared with its `withRetryListener` copies): under the
   * cluster lock only this client changes releases, and one it changed is
   * read again with `helm history`. Throws a ToolError when helm fails.
   */
  async release(
    release: string,
    namespace: string
  ): Promise<ReleaseState | undefined> {
    const owner = this.shared ?? this
    if (owner.changed.has(releaseKey(release, namespace))) {
      return (await this.history(release, namespace))?.at(-1)
    }
    let listing = owner.listings.get(namespace)
    if (!listing) {
      listing = this.listReleases(namespace)
      owner.listings.set(namespace, listing)
    }
    return (await listing).get(release)
  }

  /** The release's revisions, oldest first; undefined when it does not exist. */
  async history(
    release: string,
    namespace: string
  ): Promise<HelmRevision[] | undefined> {
    const args = ['history', '--namespace', namespace, '-o', 'json']
    const result = await this.run(args, [release])
    if (result.exitCode !== 0) {
      if (/not found/i.test(result.stderr)) return undefined
      throw this.toolError([...args, '--', release], result)
    }
    const revisions = parseRevisions(result.stdout)
    if (!revisions) {
      throw this.toolError([...args, '--', release], {
        ...result,
        stderr: `unexpected output (not a list of revisions): ${result.stdout.slice(0, 200)}`
      })
    }
    return revisions.sort((a, b) => a.revision - b.revision)
  }

  /**
   * Unblocks a release left pending by a cancelled run (the "another
   * operation is in progress" trap): rolls back to the last good revision,
   * or uninstalls a release that was never deployed. Resolves with what it
   * did, or undefined when the release was not pending. Safe because the
   * cluster lock guarantees no other ClusterSync run is operating on it.
   */
  async recoverPending(
    release: string,
    namespace: string,
    timeoutMs: number
  ): Promise<string | undefined> {
    const state = await this.release(release, namespace)
    if (!state || !pendingStates.has(state.status)) return
    // Pending (rare): the whole history, to find the revision to go back to.
    const revisions = await this.history(release, namespace)
    const latest = revisions?.at(-1)
    if (!revisions || !latest || !pendingStates.has(latest.status)) return
    this.markChanged(release, namespace)
    const good = [...revisions]
      .reverse()
      .find((r) => r.status === 'deployed' || r.status === 'superseded')
    if (good) {
      await this.rollBack(release, namespace, good.revision, timeoutMs)
      return `release ${namespace}/${release} was ${latest.status} (revision ${latest.revision}); rolled back to revision ${good.revision}`
    }
    await this.uninstall(release, namespace, timeoutMs)
    return `release ${namespace}/${release} was ${latest.status} and never deployed; uninstalled it`
  }

  /**
   * Undoes an upgrade or install that did not become ready, as helm's roll
   * back on failure does: back to the last good revision up to `before`
   * (the latest before the failed one), or uninstalled when the release is
   * new (`before` undefined).
   * Resolves with what it did, for people; throws a ToolError when helm
   * fails to.
   */
  async undoFailed(
    release: string,
    namespace: string,
    before: number | undefined,
    timeoutMs: number,
    /** `wait: false`: put the old objects back without waiting for them (a run that is stopping). */
    { wait = true }: { wait?: boolean } = {}
  ): Promise<string> {
    this.markChanged(release, namespace)
    const revisions =
      before === undefined
        ? []
        : ((await this.history(release, namespace)) ?? [])
    const good = revisions
      .filter((r) => r.revision <= (before ?? 0))
      .reverse()
      .find((r) => r.status === 'deployed' || r.status === 'superseded')
    if (good) {
      await this.rollBack(release, namespace, good.revision, timeoutMs, wait)
      return `rolled back to revision ${good.revision}`
    }
    // A release that existed before but was never deployed fine: helm's
    // roll back would have nothing to go back to, and uninstalling would
    // remove more than this run put there.
    if (before !== undefined)
      return 'left as helm put it: no earlier revision was deployed'
    await this.uninstall(release, namespace, timeoutMs, wait)
    return 'uninstalled'
  }

  private async rollBack(
    release: string,
    namespace: string,
    revision: number,
    timeoutMs: number,
    wait = true
  ): Promise<void> {
    await this.runOk(
      [
        'rollback',
        '--namespace',
        namespace,
        ...(wait ? ['--wait'] : []),
        '--timeout',
        `${Math.ceil(timeoutMs / 1000)}s`
      ],
      [release, String(revision)],
      timeoutMs
    )
  }

  /**
   * `helm upgrade --install` with wait and roll back on failure (unless
   * the request says ClusterSync waits itself: `waitedHere`). Resolves
   * with the result whatever the exit code (a refused chart pull's, when
   * the chart could not be pulled); the caller reports it.
   */
  async upgradeInstall(request: ReleaseRequest): Promise<ExecResult> {
    this.markChanged(request.release, request.namespace)
    const v4 = (await this.major()) === 4
    const rollback = v4 ? '--rollback-on-failure' : '--atomic'
    const located = await this.locateChart(request, request.timeoutMs)
    if ('failure' in located) return located.failure
    const [chart, ...chartFlags] = located.chart
    const args = [
      'upgrade',
      '--install',
      ...chartFlags,
      ...(request.access?.flags ?? []),
      '--namespace',
      request.namespace,
      '--create-namespace',
      '--values',
      '-',
      // The definition's values are the release's: without it helm keeps
      // the release's own values whenever the definition gives none, so a
      // value set by hand (`--reuse-values --set`) would stay.
      '--reset-values',
      ...(request.waitedHere
        ? ['--output', 'json']
        : ['--wait', ...(request.keepOnFailure ? [] : [rollback])]),
      ...(v4 && request.forceConflicts ? ['--force-conflicts'] : []),
      // Kubernetes 1.25+ validates fields itself, and helm then skips its
      // own check anyway, after fetching and parsing the OpenAPI documents
      // to learn that: about half of an upgrade's CPU, for the same outcome
      // (unknown fields are warnings on helm 3, errors on helm 4's
      // server-side apply, with or without this flag).
      '--disable-openapi-validation',
      '--timeout',
      `${Math.ceil(request.timeoutMs / 1000)}s`
    ]
    return this.run(
      args,
      [request.release, chart as string],
      JSON.stringify(request.values),
      request.timeoutMs
    )
  }

  /**
   * The deployed revision's manifest (`helm get manifest`), as helm stored
   * it; undefined when the release does not exist. Throws a ToolError when
   * helm fails otherwise.
   */
  async manifest(
    release: string,
    namespace: string
  ): Promise<string | undefined> {
    const args = ['get', 'manifest', '--namespace', namespace]
    const result = await this.run(args, [release])
    if (result.exitCode === 0) return result.stdout
    if (/not found/i.test(result.stderr)) return undefined
    throw this.toolError([...args, '--', release], result)
  }

  /** Forgets what this client knows of the release (changed without helm). */
  forget(release: string, namespace: string): void {
    this.markChanged(release, namespace)
  }

  /** Uninstalls a release (prune); a missing release is fine. */
  async uninstall(
    release: string,
    namespace: string,
    timeoutMs: number,
    wait = true
  ): Promise<void> {
    this.markChanged(release, namespace)
    const args = [
      'uninstall',
      '--namespace',
      namespace,
      ...(wait ? ['--wait'] : [])
    ]
    const result = await this.run(
      [...args, '--timeout', `${Math.ceil(timeoutMs / 1000)}s`],
      [release],
      undefined,
      timeoutMs
    )
    if (result.exitCode !== 0 && !/not found/i.test(result.stderr))
      throw this.toolError([...args, '--', release], result)
  }

  /**
   * A ToolError naming the helm command (connection flags left out, and
   * credentials in a chart URL hidden).
   */
  toolError(args: readonly string[], result: ExecResult): ToolError {
    const command = redactUrlCredentials(`helm ${args.join(' ')}`)
    const why = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`
    // helm quotes the repository URL back in its errors.
    const stderr = redactUrlCredentials(trimOutput(result.stderr))
    return new ToolError(
      `${command} failed (${why}): ${stderr || 'no output'}`,
      command,
      result.exitCode,
      stderr
    )
  }

  private markChanged(release: string, namespace: string): void {
    ;(this.shared ?? this).changed.add(releaseKey(release, namespace))
  }

  private async listReleases(
    namespace: string
  ): Promise<Map<string, ReleaseState>> {
    const args = ['list', '--namespace', namespace, ...listEveryReleaseArgs]
    const result = await this.run(args, [])
    if (result.exitCode !== 0) throw this.toolError(args, result)
    const releases = parseReleaseList(result.stdout)
    if (!releases) {
      throw this.toolError(args, {
        ...result,
        stderr: `unexpected output (not a list of releases): ${result.stdout.slice(0, 200)}`
      })
    }
    return releases
  }

  private async runOk(
    args: readonly string[],
    positionals: readonly string[],
    timeoutMs?: number
  ): Promise<ExecResult> {
    const result = await this.run(args, positionals, undefined, timeoutMs)
    if (result.exitCode !== 0)
      throw this.toolError([...args, '--', ...positionals], result)
    return result
  }

  /**
   * Runs helm with `args` (flags), then the connection flags, then `--` and
   * the positional arguments: a release or chart named like a flag
   * (`--kubeconfig=…`) is then never read as one. Helm v3 and v4 both end
   * their flags at `--`.
   */
  private run(
    args: readonly string[],
    positionals: readonly string[],
    input?: string,
    timeoutMs = 120_000
  ): Promise<ExecResult> {
    const argv = [...args, ...this.connectionArgs(), '--', ...positionals]
    return withRetry(
      () =>
        this.exec.run(this.config.binary, argv, {
          env: { ...helmConnectionEnv },
          ...(input === undefined ? {} : { input }),
          // helm enforces its own --timeout; this only catches a hung process.
          timeoutMs: timeoutMs + 60_000,
          ...(this.config.signal ? { signal: this.config.signal } : {})
        }),
      this.clock,
      this.config.retry,
      this.onRetry,
      this.config.signal
    )
  }

  private async probeMajor(): Promise<3 | 4> {
    const result = await this.exec.run(
      this.config.binary,
      ['version', '--short'],
      { env: { ...helmConnectionEnv } }
    )
    const match = /^v?(\d+)\./.exec(result.stdout.trim())
    if (result.exitCode !== 0 || !match) {
      throw this.toolError(['version', '--short'], result)
    }
    const major = Number(match[1])
    if (major !== 3 && major !== 4) {
      throw new ToolError(
        `helm v${major} is not supported; use helm v3 or v4`,
        `${this.config.binary} version --short`,
        0,
        ''
      )
    }
    return major
  }

  private connectionArgs(): string[] {
    return [
      ...(this.config.kubeconfig
        ? [`--kubeconfig=${this.config.kubeconfig}`]
        : []),
      ...(this.config.context ? [`--kube-context=${this.config.context}`] : [])
    ]
  }
}

/**
 * The chart argument(s): `<name> --repo <url> --version <v>` for an HTTP(S)
 * repository, `oci://…/<name> --version <v>` for OCI (the name appended
 * unless the reference already ends with it), or the chart folder's path.
 */
export function chartArgs(request: ChartRequest): string[] {
  const { chart, chartName, chartVersion } = request
  switch (chart.type) {
    case 'http': {
      // A repository that needs a login is the run's own entry for it
      // (helm-logins.ts), so its credentials stay with its host.
      const repository = request.access?.repository
      return repository
        ? [`${repository}/${chartName}`, '--version', chartVersion]
        : [chartName, '--repo', chart.location, '--version', chartVersion]
    }
    case 'oci': {
      const base = chart.location.replace(/\/+$/, '')
      const ref = base.endsWith(`/${chartName}`) ? base : `${base}/${chartName}`
      // Plain HTTP for a loopback registry only (helm-logins.ts says why).
      const plain = isLoopbackHost(ociHost(base)) ? ['--plain-http'] : []
      return [ref, '--version', chartVersion, ...plain]
    }
    case 'path':
      // A folder chart has exactly one version: the one in its Chart.yaml.
      return [
        isAbsolute(chart.location)
          ? chart.location
          : join(request.root, chart.location)
      ]
  }
}

function releaseKey(release: string, namespace: string): string {
  return `${namespace}/${release}`
}

/** `helm history -o json` as revisions; undefined when it is not that shape. */
function parseRevisions(stdout: string): HelmRevision[] | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed)) return undefined
  const revisions: HelmRevision[] = []
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined
    const { revision, status } = item as Record<string, unknown>
    if (typeof revision !== 'number' || typeof status !== 'string') {
      return undefined
    }
    revisions.push({ revision, status })
  }
  return revisions
}
