/**
 * The Action's sync runner in-process: the Action's inputs reach the sync
 * (prune, allow-destructive-prune, concurrency, timeout, the kubectl binary
 * and context, full reconcile), the sync's progress lines become phase
 * updates in order and only forward, a run without a kubeconfig is Not
 * Configured (after validating), and the plan handed back for the check run
 * is the plan applied. Everything the runner is given is built in
 * `runnerWith`, the one place to adapt when its options change shape.
 */
import {
  runBounds,
  timeoutAbandonMs,
  syncRunner,
  timeoutGraceMs
} from '../../src/action/sync-runner.js'
import { openConnection } from '../../src/cluster/connection.js'
import { ConfigurationError } from '../../src/errors.js'
import type { Inputs } from '../../src/inputs.js'
import type { Clock } from '../../src/ports/clock.js'
import type { FileSystem } from '../../src/ports/fs.js'
import type { KubeApiOpener } from '../../src/ports/kube-api.js'
import { FakeClock, StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { MemoryCluster } from '../../__fixtures__/fakes/memory-cluster.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { expectedDiagnostics, repository, root } from '../sync/repository.js'
import { actionInputs } from '../../__fixtures__/action-inputs.js'

const sha = 'c0ffee0123456789abcdef0123456789abcdef01'
const fixture = 'include-folder-glob-raw'

/** The action.yml defaults, as readInputs() returns them for a bare `with:`. */
const defaults: Inputs = actionInputs()

/**
 * Runs the runner once; returns the result, the plan handed back, the
 * phases reported and the log. As main.ts does, the run's one connection to
 * `cluster` is opened only when there is a kubeconfig, and closed at the end.
 */
async function runnerWith(options: {
  cluster?: { opener(): KubeApiOpener }
  inputs?: Partial<Inputs>
  fs?: FileSystem
  exec?: FakeExec
  kubeconfigPath?: string | null
  fullReconcile?: boolean
  clock?: Clock
}) {
  const logger = new RecordingLogger()
  const kubeconfigPath =
    options.kubeconfigPath === null
      ? undefined
      : (options.kubeconfigPath ?? '/tmp/kubeconfig')
  const connection =
    options.cluster && kubeconfigPath
      ? openConnection(options.cluster.opener(), {
          binary: options.inputs?.kubectl ?? defaults.kubectl,
          kubeconfig: kubeconfigPath,
          ...(options.inputs?.context
            ? { context: options.inputs.context }
            : {})
        })
      : undefined
  const run = syncRunner({
    inputs: { ...defaults, ...options.inputs },
    fullReconcile: options.fullReconcile ?? false,
    ...(kubeconfigPath ? { kubeconfigPath } : {}),
    lockIdentity: 'octo/clusters run 7',
    fs: options.fs ?? repository(fixture),
    exec:
      options.exec ??
      (options.cluster instanceof MemoryCluster
        ? options.cluster.kubectl()
        : new FakeExec()),
    ...(connection ? { connection } : {}),
    build: 'test-build',
    // Sleeps last until aborted unless a test needs retries to run out.
    clock: options.clock ?? new StillClock(),
    logger
  })
  const phases: string[] = []
  const { result, plan } = await run({
    root,
    definition: 'cluster.yaml',
    trigger: {
      mode: 'sync',
      source: 'webhook',
      sha,
      branch: 'main',
      triggeredBy: 'octocat',
      fromFork: false,
      fullReconcile: options.fullReconcile ?? false
    },
    ...(kubeconfigPath ? { kubeconfigPath } : {}),
    metadata: {
      cluster: 'demo',
      commit: sha,
      ref: 'main',
      source: 'webhook',
      triggeredBy: 'octocat',
      retryCount: 0,
      startedAt: '2026-12-01T00:00:00.000Z'
    },
    onPhase: (phase, detail) => {
      phases.push(detail ? `${phase}: ${detail}` : phase)
      return Promise.resolve()
    }
  })
  await connection?.close()
  return { result, plan, phases, lines: logger.lines }
}

const configMaps = (cluster: MemoryCluster): string[] =>
  cluster.names('/api/v1/namespaces/apps/configmaps')
const namespaces = (cluster: MemoryCluster): string[] =>
  cluster.names('/api/v1/namespaces')

/** The fixture without team b's second manifest (ConfigMap b2). */
const withoutB2 = (): FileSystem =>
  repository(fixture).write(
    `${root}/teams/b/deep/entries.yaml`,
    'name: team-b-config\nmanifest: |\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: b\n    namespace: apps\n'
  )

describe('the sync runner', () => {
  it('is Not Configured without a kubeconfig, after validating, and reaches no cluster', async () => {
    const cluster = new MemoryCluster()
    const { result, plan, phases } = await runnerWith({
      cluster,
      kubeconfigPath: null
    })
    expect(result).toMatchObject({
      status: 'not-configured',
      reason: 'NotConfigured',
      phase: 'Fetching',
      summary: 'no credentials: set the kubeconfig input from a secret',
      metadata: { cluster: 'demo' },
      steps: []
    })
    // The definition was still validated and planned; nothing applied.
    expect(plan?.steps).toHaveLength(6)
    expect(phases).toEqual([])
    expect(cluster.requests).toEqual([])
  })

  it('reports an invalid definition without a kubeconfig as ValidationFailed, with its diagnostics', async () => {
    const cluster = new MemoryCluster()
    const { result, plan, phases } = await runnerWith({
      cluster,
      kubeconfigPath: null,
      fs: repository('enum-typo')
    })
    expect(result).toMatchObject({
      status: 'error',
      reason: 'ValidationFailed',
      phase: 'Validating',
      summary: 'Error: the definition is invalid (1 error)',
      steps: []
    })
    expect(result.diagnostics).toEqual(expectedDiagnostics('enum-typo'))
    expect(plan).toBeUndefined()
    expect(phases).toEqual([])
    expect(cluster.requests).toEqual([])
  })

  it('reports a kubeconfig that names a context it lacks as ValidationFailed, applying nothing', async () => {
    const exec = new FakeExec()
    const { result, phases } = await runnerWith({
      cluster: {
        opener: () => ({
          open: () =>
            Promise.reject(
              new ConfigurationError(
                'context "staging" not found in the kubeconfig'
              )
            )
        })
      },
      exec,
      inputs: { context: 'staging' }
    })
    expect(result).toMatchObject({
      status: 'error',
      reason: 'ValidationFailed',
      phase: 'Validating',
      summary: 'Error: context "staging" not found in the kubeconfig',
      steps: []
    })
    expect(phases).toEqual([])
    expect(exec.calls).toEqual([])
  })

  it('reports Applying and Completed with their details, in order, after Validating', async () => {
    const { result, plan, phases, lines } = await runnerWith({
      cluster: new MemoryCluster()
    })
    expect(result.summary).toBe('Synced: 6 applied, 0 unchanged')
    expect(phases).toEqual([
      'Applying: 6 steps to cluster demo',
      'Completed: Synced: 6 applied, 0 unchanged'
    ])
    // The plan handed back for the check run is the plan applied.
    expect(plan?.cluster).toBe('demo')
    expect(plan?.steps.map((s) => s.id).sort()).toEqual(
      result.steps.map((s) => s.step).sort()
    )
    // The lines are still logged as they were.
    expect(lines).toContain('Validating')
    expect(lines).toContain('Applying: 6 steps to cluster demo')
  })

  it('goes straight to Completed for a no-op', async () => {
    const cluster = new MemoryCluster()
    await runnerWith({ cluster })
    const { phases, plan } = await runnerWith({ cluster })
    expect(phases).toEqual(['Completed: Synced: 0 applied, 6 unchanged'])
    // Nothing was loaded, so there is no plan to show.
    expect(plan).toBeUndefined()
  })

  it('re-applies every step with full-reconcile', async () => {
    const cluster = new MemoryCluster()
    await runnerWith({ cluster })
    const { result } = await runnerWith({ cluster, fullReconcile: true })
    expect(result.summary).toBe('Synced: 6 applied, 0 unchanged')
  })

  it('prunes what the definition dropped', async () => {
    const cluster = new MemoryCluster()
    await runnerWith({ cluster })
    const { result } = await runnerWith({ cluster, fs: withoutB2() })
    expect(result.counts.pruned).toBe(1)
    expect(result.steps.flatMap((s) => s.changes)).toContainEqual(
      expect.objectContaining({
        subject: 'ConfigMap/apps/b2',
        action: 'pruned'
      })
    )
    expect(configMaps(cluster)).toEqual(['a', 'b', 'extra'])
  })

  it('keeps what the definition dropped with prune: false', async () => {
    const cluster = new MemoryCluster()
    await runnerWith({ cluster })
    const { result } = await runnerWith({
      cluster,
      fs: withoutB2(),
      inputs: { prune: false }
    })
    expect(result.status).toBe('synced')
    expect(result.counts.pruned).toBe(0)
    expect(configMaps(cluster)).toEqual(['a', 'b', 'b2', 'extra'])
  })

  it('leaves a dropped Namespace that declared objects still live in, even with allow-destructive-prune', async () => {
    const cluster = new MemoryCluster()
    await runnerWith({ cluster })
    const dropped = (): FileSystem =>
      repository(fixture, ['platform/namespaces.yml'])
    const kept = await runnerWith({
      cluster,
      fs: dropped(),
      inputs: { allowDestructivePrune: true }
    })
    expect(kept.result.status).toBe('synced')
    expect(kept.result.summary).toMatch(
      /1 left in place \(still needed by declared objects\)/
    )
    expect(namespaces(cluster)).toContain('apps')
    expect(configMaps(cluster)).toEqual(['a', 'b', 'b2', 'extra'])
  })

  it('bounds the requests in flight by the concurrency input', async () => {
    const narrow = new MemoryCluster()
    await runnerWith({ cluster: narrow, inputs: { concurrency: 1 } })
    const wide = new MemoryCluster()
    await runnerWith({ cluster: wide, inputs: { concurrency: 8 } })
    expect(narrow.maxInFlight).toBeLessThanOrEqual(2)
    expect(wide.maxInFlight).toBeGreaterThan(narrow.maxInFlight)
  })

  it('runs the kubectl input with the kubeconfig and context when no API channel opens', async () => {
    const exec = new FakeExec().on(['get'], {
      exitCode: 1,
      stderr:
        'The connection to the server 10.0.0.1:6443 was refused - did you specify the right host or port?'
    })
    const { result, lines } = await runnerWith({
      cluster: {
        opener: () => ({
          open: () => Promise.resolve({ unavailable: 'no proxy here' })
        })
      },
      exec,
      clock: new FakeClock(),
      inputs: { kubectl: '/opt/bin/kubectl', context: 'prod' }
    })
    expect(result.reason).toBe('ClusterUnreachable')
    // Warnings reach the log through the phase-reporting logger.
    expect(lines).toContain(
      'warning: kubectl proxy could not start (no proxy here); running one kubectl process per call instead (slower, same result)'
    )
    const call = exec.calls.find((c) => c.args.includes('get'))
    expect(call?.command).toBe('/opt/bin/kubectl')
    expect(call?.args).toEqual(
      expect.arrayContaining(['--kubeconfig=/tmp/kubeconfig', '--context=prod'])
    )
  })

  it('ends a sync that outlives the timeout input', async () => {
    // Every write hangs until the request is abandoned.
    const stuck = new MemoryCluster().on((request) =>
      request.method === 'PATCH'
        ? new Promise((_resolve, reject) => {
            request.signal?.addEventListener('abort', () =>
              reject(new Error('the request was aborted'))
            )
          })
        : undefined
    )
    const started = Date.now()
    const { result } = await runnerWith({
      cluster: stuck,
      inputs: { timeoutSeconds: 1 }
    })
    expect(result.status).toBe('error')
    expect(result.summary).toContain('the run ran out of time')
    // The timeout, then the abandon bound for calls still unanswered.
    expect(Date.now() - started).toBeLessThan(1_000 + timeoutAbandonMs + 4_000)
  }, 20_000)

  it('stops at the timeout, says so, and interrupts the steps in flight only after their grace', async () => {
    const said: string[] = []
    const bounds = runBounds(50, undefined, (line) => said.push(line))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(bounds.stop?.aborted).toBe(true)
    expect(said).toEqual([
      `ClusterSync: the run reached its timeout (the timeout input: 0.05 s): starting no more steps; the steps in flight get ${timeoutGraceMs / 1000}s to finish`
    ])
    // The steps in flight still run, and nothing is abandoned yet.
    expect(bounds.interrupt?.aborted).toBe(false)
    expect(bounds.signal?.aborted).toBe(false)
    expect(timeoutGraceMs).toBeLessThan(timeoutAbandonMs)
  })
})
