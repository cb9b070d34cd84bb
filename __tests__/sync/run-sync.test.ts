/**
 * runSync in-process: a fixture definition in memory, a cluster that
 * remembers (memory-cluster.ts) as the API channel. Asserts what a user
 * sees: the result (status, reason, phase, summary, steps), the progress
 * lines in phase order, and what ends up in the cluster. Every option the
 * sync is given is built in `syncWith`, the one place to adapt when the
 * options change shape.
 */
import { ConfigurationError } from '../../src/errors.js'
import type { FileSystem } from '../../src/ports/fs.js'
import type { KubeApiOpener } from '../../src/ports/kube-api.js'
import { openConnection } from '../../src/cluster/connection.js'
import { runSync } from '../../src/sync/run-sync.js'
import type { SyncOptions } from '../../src/sync/sync-options.js'
import {
  defaultHelmConfig,
  defaultKubectlConfig,
  defaultLockOptions,
  defaultPruneOptions
} from '../../src/engine/engine-options.js'
import { FakeClock, StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { statusBody } from '../../__fixtures__/fakes/fake-kube-api.js'
import { MemoryCluster } from '../../__fixtures__/fakes/memory-cluster.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { expectedDiagnostics, repository, root } from './repository.js'

const commit = 'c0ffee0123456789abcdef0123456789abcdef01'

/** The fixture synced unless a test says otherwise: raw manifests only, no add-ons. */
const fixture = 'include-folder-glob-raw'
// The fixture's platform/nested/ is left out by its folder include, which says so.
const nestedSkipped = [
  expect.objectContaining({ code: 'include-skipped-folder' }) as unknown
]

/**
 * Runs one sync of `fixture` on `cluster` with `overrides`, over one
 * connection opened and closed around it as a composition root does (the
 * CLI's command, the Action's main); returns its result, progress lines and
 * how often the cluster's channel was asked for.
 */
async function syncWith(
  cluster: { opener(): KubeApiOpener } | undefined,
  overrides: Partial<SyncOptions> = {}
) {
  const logger = new RecordingLogger()
  let opened = 0
  const opener = cluster?.opener()
  const connection = opener
    ? openConnection(
        { open: (target) => (opened++, opener.open(target)) },
        { binary: 'kubectl' }
      )
    : undefined
  const result = await runSync({
    fs: repository(fixture),
    exec: new FakeExec(),
    // Sleeps last until aborted: the head start ends only when the check
    // answers, and a held lock never renews during a test.
    clock: new StillClock(),
    logger,
    root,
    file: 'cluster.yaml',
    ref: 'main',
    commit,
    source: 'manual',
    triggeredBy: 'octocat',
    build: 'test-build',
    ...(connection ? { connection } : {}),
    kubectl: {
      ...defaultKubectlConfig(),
      retry: { ...defaultKubectlConfig().retry, attempts: 1 }
    },
    helm: defaultHelmConfig(),
    full: false,
    concurrency: 4,
    prune: defaultPruneOptions(),
    stepTimeoutMs: 60_000,
    healthIntervalMs: 1_000,
    lock: { ...defaultLockOptions('octo/clusters run 7'), waitTimeoutMs: 0 },
    ...overrides
  })
  await connection?.close()
  return { result, lines: logger.lines, opened }
}

/** The phase each progress line announces, in order. */
const phasesOf = (lines: string[]): string[] =>
  lines
    .map((l) => /^(Fetching|Validating|Applying|Completed)\b/.exec(l)?.[1])
    .filter((p): p is string => p !== undefined)

/** Requests that change the cluster, as `METHOD path`. */
const writes = (cluster: MemoryCluster, from = 0): string[] =>
  cluster
    .calls()
    .slice(from)
    .filter((c) => !c.startsWith('GET'))

const steps = [
  'manifest:extra',
  'manifest:platform/namespaces',
  'manifest:platform/rbac',
  'manifest:team-a-config',
  'manifest:team-b-config',
  'manifest:team-b-secret-less'
]

describe('runSync', () => {
  it('applies every step of a first sync, reports the phases in order and leaves no lock', async () => {
    const cluster = new MemoryCluster()
    const { result, lines, opened } = await syncWith(cluster)
    expect(result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      phase: 'Completed',
      summary: 'Synced: 6 applied, 0 unchanged',
      diagnostics: nestedSkipped,
      metadata: {
        cluster: 'demo',
        commit,
        ref: 'main',
        source: 'manual',
        triggeredBy: 'octocat',
        retryCount: 0
      }
    })
    expect(result.steps.map((s) => [s.step, s.status]).sort()).toEqual(
      steps.map((s) => [s, 'applied'])
    )
    expect(phasesOf(lines)).toEqual([
      'Fetching',
      'Validating',
      'Applying',
      'Completed'
    ])
    expect(lines[0]).toBe(`Fetching: cluster.yaml at ${commit.slice(0, 12)}`)
    expect(lines).toContain('Applying: 6 steps to cluster demo')
    expect(lines.at(-1)).toBe('Completed: Synced: 6 applied, 0 unchanged')
    expect(cluster.names('/api/v1/namespaces/apps/configmaps')).toEqual([
      'a',
      'b',
      'b2',
      'extra'
    ])
    expect(
      cluster.names('/apis/rbac.authorization.k8s.io/v1/clusterroles')
    ).toEqual(['reader'])
    expect(
      cluster.names('/api/v1/namespaces/clustersync-system/configmaps')
    ).toEqual(['clustersync-demo'])
    expect(
      cluster.names(
        '/apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases'
      )
    ).toEqual([])
    // One channel for the whole sync (the unchanged check, the lock, the
    // applies, the inventory), closed when the run ends.
    expect(opened).toBe(1)
    expect(cluster.closed).toBe(true)
  })

  it('ends a second sync of the same commit after reading the cluster: validation skipped, nothing written', async () => {
    const cluster = new MemoryCluster()
    await syncWith(cluster)
    const before = cluster.calls().length
    const { result, lines } = await syncWith(cluster)
    expect(result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      phase: 'Completed',
      summary: 'Synced: 0 applied, 6 unchanged'
    })
    expect(result.steps.map((s) => [s.step, s.status]).sort()).toEqual(
      steps.map((s) => [s, 'unchanged'])
    )
    expect(writes(cluster, before)).toEqual([])
    expect(lines.join('\n')).toMatch(
      /Nothing to apply: the \d+ paths this definition reads are as the last synced run read them, .*validation skipped, no lock taken, nothing written/
    )
    expect(phasesOf(lines)).toEqual(['Fetching', 'Validating', 'Completed'])
  })

  it('ends as a no-op when the check answers after loading has begun, stopping the load', async () => {
    const cluster = new MemoryCluster()
    await syncWith(cluster)
    // The cluster holds its answers until loading reaches the included
    // stack file; that first call waits until the check has replayed it.
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const held = new MemoryCluster()
    for (const [path, object] of cluster.objects) held.objects.set(path, object)
    held.on(async () => {
      await gate
      return undefined
    })
    const included = `${root}/stacks/platform.yaml`
    const fs = repository(fixture)
    let calls = 0
    let replayed!: () => void
    const replay = new Promise<void>((resolve) => (replayed = resolve))
    const hold = async <T>(path: string, call: () => Promise<T>) => {
      if (path === included && ++calls === 1) {
        open()
        await replay
        // The replay's reads start together and the memory fs answers in
        // microtasks, so the check has ended by the next turn of the loop.
        await new Promise((resolve) => setImmediate(resolve))
      } else if (path === included) replayed()
      return call()
    }
    const slowFs: FileSystem = {
      readFile: (path, max) => hold(path, () => fs.readFile(path, max)),
      stat: (path) => hold(path, () => fs.stat(path)),
      readdir: (path) => hold(path, () => fs.readdir(path)),
      realpath: (path) => hold(path, () => fs.realpath(path))
    }
    const before = held.calls().length
    const { result, lines } = await syncWith(held, {
      fs: slowFs,
      // The head start is over at once: loading begins before any answer.
      clock: new FakeClock()
    })
    expect(calls).toBeGreaterThan(1)
    expect(result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      summary: 'Synced: 0 applied, 6 unchanged',
      diagnostics: nestedSkipped
    })
    expect(lines.join('\n')).toMatch(/validation skipped/)
    expect(writes(held, before)).toEqual([])
  })

  it('without a code identity still ends a repeated sync as a no-op, read from the inventory', async () => {
    const cluster = new MemoryCluster()
    await syncWith(cluster, { build: undefined })
    const before = cluster.calls().length
    const { result, lines } = await syncWith(cluster, { build: undefined })
    expect(result.summary).toBe('Synced: 0 applied, 6 unchanged')
    expect(writes(cluster, before)).toEqual([])
    expect(lines).toContain(
      'Nothing to apply: the inventory records this plan as synced; no lock taken, nothing written; live objects and add-on releases not compared (sync --full corrects drift)'
    )
  })

  it('applies a file changed since the last sync, and only the step that reads it', async () => {
    const cluster = new MemoryCluster()
    await syncWith(cluster)
    const fs = repository(fixture).write(
      `${root}/teams/a/cm-body.yml`,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: apps\ndata:\n  colour: blue\n'
    )
    const { result } = await syncWith(cluster, { fs })
    expect(result.summary).toBe('Synced: 1 applied, 5 unchanged')
    expect(
      result.steps.filter((s) => s.status === 'applied').map((s) => s.step)
    ).toEqual(['manifest:team-a-config'])
    expect(
      cluster.objects.get('/api/v1/namespaces/apps/configmaps/a')?.data
    ).toEqual({ colour: 'blue' })
  })

  it('reports a step the cluster refuses as ApplyFailed, naming it, and applies the rest', async () => {
    const cluster = new MemoryCluster().on((request) =>
      request.method === 'PATCH' &&
      request.path.startsWith('/api/v1/namespaces/apps/configmaps/extra?')
        ? {
            status: 422,
            body: statusBody(
              422,
              'Invalid',
              'ConfigMap "extra" is invalid: data: Too long'
            )
          }
        : undefined
    )
    const { result, lines } = await syncWith(cluster)
    expect(result).toMatchObject({
      status: 'error',
      reason: 'ApplyFailed',
      phase: 'Applying'
    })
    expect(result.summary).toMatch(
      /^Error \(ApplyFailed\): manifest:extra: .*ConfigMap "extra" is invalid: data: Too long.* \[5 applied, 0 unchanged, 1 failed\]$/
    )
    expect(phasesOf(lines)).toEqual(['Fetching', 'Validating', 'Applying'])
    expect(cluster.names('/api/v1/namespaces/apps/configmaps')).toEqual([
      'a',
      'b',
      'b2'
    ])
  })

  it('reports an invalid definition as ValidationFailed with its diagnostics, before touching the cluster', async () => {
    const cluster = new MemoryCluster()
    const { result, lines } = await syncWith(cluster, {
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
    expect(phasesOf(lines)).toEqual(['Fetching', 'Validating'])
    expect(writes(cluster)).toEqual([])
  })

  it('reports an invalid definition at once when the cluster does not answer (the check only has a head start)', async () => {
    const silent = new MemoryCluster().on(() => new Promise(() => undefined))
    const { result } = await syncWith(silent, {
      fs: repository('enum-typo'),
      // Sleeps return at once: the head start is over as soon as it begins.
      clock: new FakeClock()
    })
    expect(result.reason).toBe('ValidationFailed')
  }, 10_000)

  it('reports a definition that cannot be planned as PlanFailed, naming why', async () => {
    const { result } = await syncWith(new MemoryCluster(), {
      fs: repository('registry-name'),
      registries: () => Promise.reject(new Error('catalog unreadable'))
    })
    expect(result).toMatchObject({
      status: 'error',
      reason: 'PlanFailed',
      phase: 'Validating',
      summary: 'Error: the definition could not be planned',
      diagnostics: [
        {
          severity: 'error',
          code: 'plan-failed',
          message: expect.stringContaining('catalog unreadable') as string
        }
      ]
    })
  })

  it('reports an unreachable cluster as ClusterUnreachable in Applying, with kubectl words', async () => {
    const down = new MemoryCluster().on(() =>
      Promise.reject(
        new Error(
          'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?'
        )
      )
    )
    const { result, lines } = await syncWith(down)
    expect(result).toMatchObject({
      status: 'error',
      reason: 'ClusterUnreachable',
      phase: 'Applying',
      steps: []
    })
    expect(result.summary).toMatch(
      /^Error \(ClusterUnreachable\): cannot reach the cluster: .*refused/
    )
    expect(phasesOf(lines)).toEqual(['Fetching', 'Validating', 'Applying'])
  })

  it('refuses a kubeconfig without the context asked for as ValidationFailed, before applying', async () => {
    const refusing: KubeApiOpener = {
      open: () =>
        Promise.reject(
          new ConfigurationError(
            'context "staging" not found in the kubeconfig'
          )
        )
    }
    const exec = new FakeExec()
    const { result, lines } = await syncWith(
      { opener: () => refusing },
      { exec }
    )
    expect(result).toMatchObject({
      status: 'error',
      reason: 'ValidationFailed',
      phase: 'Validating',
      summary: 'Error: context "staging" not found in the kubeconfig',
      steps: []
    })
    expect(phasesOf(lines)).toEqual(['Fetching', 'Validating'])
    // Nothing was tried the slow way either.
    expect(exec.calls).toEqual([])
  })

  it('gives up with LockTimeout when another run holds the lock', async () => {
    const cluster = new MemoryCluster()
    cluster.objects.set(
      '/apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/clustersync-demo',
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
          name: 'clustersync-demo',
          namespace: 'clustersync-system',
          resourceVersion: '1'
        },
        spec: {
          holderIdentity: 'octo/clusters run 6',
          leaseDurationSeconds: 60,
          renewTime: new StillClock().now().toISOString()
        }
      }
    )
    const { result } = await syncWith(cluster)
    expect(result).toMatchObject({
      status: 'error',
      reason: 'LockTimeout',
      phase: 'Applying'
    })
    expect(result.summary).toMatch(
      /^Error \(LockTimeout\): .*held by octo\/clusters run 6/
    )
    expect(cluster.names('/api/v1/namespaces/apps/configmaps')).toEqual([])
  })
})
