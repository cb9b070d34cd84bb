/**
 * The cluster side of a sync, asserted on kubectl argv: a sync that finds
 * its plan already recorded as synced ends after one read (no lock, no
 * write); anything left to do or record goes through the lock as before.
 * Over the API channel the same sync starts no kubectl process at all, and
 * `--concurrency` bounds its requests in flight.
 */
import {
  inventoryOf,
  type InputsRecord,
  type Inventory
} from '../../src/state/inventory.js'
import {
  applyToCluster,
  type ClusterOptions,
  type ClusterRun
} from '../../src/sync/apply-to-cluster.js'
import type { Plan, PlanStep } from '../../src/plan/plan-types.js'
import type { SyncMetadata } from '../../src/sync/sync-result.js'
import { FakeClock, StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  FakeExec,
  type RecordedCall
} from '../../__fixtures__/fakes/fake-exec.js'
import {
  FakeKubeApi,
  echoApplied
} from '../../__fixtures__/fakes/fake-kube-api.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import {
  defaultHelmConfig,
  defaultKubectlConfig,
  defaultLockOptions,
  defaultPruneOptions
} from '../../src/engine/engine-options.js'

const step: PlanStep = {
  kind: 'manifest',
  id: 'manifest:app',
  name: 'app',
  stack: 'apps',
  stage: 0,
  dependsOn: [],
  digest: 'd1',
  source: { file: 'cluster.yaml', line: 7, column: 9, pointer: '' },
  namespaces: [],
  manifest: { force: false } as never,
  objects: [
    {
      subject: 'ConfigMap/shop/settings',
      group: '',
      namespace: 'shop',
      object: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: 'settings',
        body: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'settings', namespace: 'shop' }
        },
        source: { file: 'app.yaml', line: 1, column: 1 }
      }
    }
  ]
} as unknown as PlanStep

const plan: Plan = {
  cluster: 'prod',
  steps: [step],
  barriers: [],
  edges: [],
  stages: [],
  diagnostics: []
}

const synced = (digest: string, commit = 'abc'): Inventory => ({
  version: 1,
  cluster: 'prod',
  steps: [
    {
      id: 'manifest:app',
      kind: 'manifest',
      digest,
      order: 0,
      dependsOn: [],
      objects: [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name: 'settings',
          namespace: 'shop'
        }
      ]
    }
  ],
  lastSync: {
    status: 'synced',
    reason: 'Succeeded',
    commit,
    source: 'webhook',
    startedAt: '2026-11-01T00:00:00.000Z',
    finishedAt: '2026-11-01T00:00:05.000Z'
  },
  lastSynced: { commit, finishedAt: '2026-11-01T00:00:05.000Z' }
})

const parent = (inventory: Inventory) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name: 'clustersync-prod',
    namespace: 'clustersync-system',
    resourceVersion: '3'
  },
  data: { 'inventory.json': JSON.stringify(inventory) }
})

const heldLease = {
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: {
    name: 'clustersync-prod',
    namespace: 'clustersync-system',
    resourceVersion: '9'
  },
  spec: {
    holderIdentity: 'other-run',
    leaseDurationSeconds: 60,
    renewTime: '2026-11-01T00:00:00.000000Z'
  }
}

const list = (...items: object[]) => JSON.stringify({ kind: 'List', items })

const applied = list({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'shop', resourceVersion: '10' }
})

function options(full = false): ClusterOptions {
  return {
    kubectl: defaultKubectlConfig(),
    helm: defaultHelmConfig(),
    full,
    concurrency: 4,
    prune: defaultPruneOptions(),
    stepTimeoutMs: 60_000,
    healthIntervalMs: 1_000,
    lock: { ...defaultLockOptions('me'), waitTimeoutMs: 0 }
  }
}

const metadata = (commit = 'abc'): SyncMetadata => ({
  cluster: 'prod',
  commit,
  source: 'webhook',
  retryCount: 0,
  startedAt: '2026-11-02T00:00:00.000Z'
})

/** kubectl verbs in call order: `get`, `create`, `apply`, `delete`. */
const verbs = (calls: RecordedCall[]): string[] =>
  calls.map((c) => c.args.find((a) => !a.startsWith('--')) ?? '')

/** A cluster whose `kubectl get` calls answer `reads` in order (the last repeats). */
function cluster(...reads: string[]): FakeExec {
  return new FakeExec()
    .on(['get'], ...reads.map((stdout) => ({ stdout })))
    .on(['create'], { stdout: '{"metadata":{"resourceVersion":"1"}}' })
    .on(['apply'], { stdout: applied })
    .on(['delete'], {})
}

const liveSettings = list({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'shop', resourceVersion: '5' }
})

async function sync(
  exec: FakeExec,
  full = false,
  commit = 'abc',
  run: ClusterRun = {},
  stop?: AbortSignal
) {
  const logger = new RecordingLogger()
  const outcome = await applyToCluster(
    plan,
    {
      ...{ exec, clock: new StillClock(), logger, root: '/repo' },
      ...options(full),
      ...(stop ? { stop } : {})
    },
    metadata(commit),
    run
  )
  return { outcome, logger }
}

const inputs = (digest: string): InputsRecord => ({
  digest,
  reads: { 'cluster.yaml': 'prs' },
  diagnostics: [],
  steps: [{ id: 'manifest:app', file: 'cluster.yaml', line: 7 }]
})

/** The inventory record a kubectl apply call wrote. */
const written = (call: RecordedCall | undefined): Inventory => {
  const list = JSON.parse(call?.input ?? '{}') as {
    items: { kind: string; data?: Record<string, string> }[]
  }
  const parent = list.items.find((i) => i.kind === 'ConfigMap')
  // Read back as ClusterSync reads it: the inputs record is an annotation.
  return parent
    ? (inventoryOf(parent, 'prod') ?? ({} as Inventory))
    : ({} as Inventory)
}

describe('applyToCluster', () => {
  it('ends a sync with nothing to do after one read: no lock, no write', async () => {
    const exec = cluster(list(parent(synced('d1'))))
    const { outcome, logger } = await sync(exec)
    expect(verbs(exec.calls)).toEqual(['get'])
    // The read asks for the lease and the inventory together.
    expect(exec.calls[0]?.input).toContain('"kind":"Lease"')
    expect(exec.calls[0]?.input).toContain('"kind":"ConfigMap"')
    expect(outcome.reason).toBe('Succeeded')
    expect(outcome.steps).toEqual([
      expect.objectContaining({
        step: 'manifest:app',
        status: 'unchanged',
        file: 'cluster.yaml',
        line: 7
      })
    ])
    expect(logger.lines.join('\n')).toMatch(/Nothing to apply/)
  })

  it('applies a changed step under the lock and reads the inventory again there', async () => {
    const record = list(parent(synced('old')))
    const exec = cluster(record, record, liveSettings)
    const { outcome } = await sync(exec)
    expect(outcome.reason).toBe('Succeeded')
    expect(outcome.steps[0]?.status).toBe('applied')
    // read, lock, read under the lock, record the start (the step as not
    // applied yet, so a run killed now is re-applied next time), before-read,
    // apply, record, unlock
    expect(verbs(exec.calls)).toEqual([
      'get',
      'create',
      'get',
      'apply',
      'get',
      'apply',
      'apply',
      'delete'
    ])
  })

  it('a cancelled run starts no more steps, ends ApplyFailed saying so, records it and releases the lock', async () => {
    const record = list(parent(synced('old')))
    const exec = cluster(record, record, liveSettings)
    const stop = new AbortController()
    stop.abort(new Error('stopped by SIGTERM'))
    const { outcome } = await sync(exec, false, 'abc', {}, stop.signal)
    expect(outcome.reason).toBe('ApplyFailed')
    expect(outcome.message).toBe(
      'the run was cancelled: the steps in flight finished, 1 step never started; nothing was pruned'
    )
    expect(outcome.steps).toEqual([
      expect.objectContaining({ step: 'manifest:app', status: 'skipped' })
    ])
    const end = written(exec.calls.at(-2))
    expect(end.lastSync).toMatchObject({
      status: 'error',
      message:
        'the run was cancelled: the steps in flight finished, 1 step never started; nothing was pruned'
    })
    expect(end.lastStarted).toBeUndefined()
    // The step never started keeps the digest it had: nothing changed there.
    expect(end.steps[0]?.digest).toBe('old')
    expect(verbs(exec.calls).at(-1)).toBe('delete')
  })

  it('a run cancelled once every step had started prunes nothing and ends ApplyFailed saying so', async () => {
    // On record: the step's object and one the definition no longer declares.
    const before = synced('old')
    const step = before.steps[0] as Inventory['steps'][number]
    const record = list(
      parent({
        ...before,
        steps: [
          {
            ...step,
            objects: [
              ...step.objects,
              {
                apiVersion: 'v1',
                kind: 'ConfigMap',
                name: 'gone',
                namespace: 'shop'
              }
            ]
          }
        ]
      })
    )
    const stop = new AbortController()
    const exec = new FakeExec()
      .on(
        ['get'],
        { stdout: record },
        { stdout: record },
        { stdout: liveSettings }
      )
      .on(['create'], { stdout: '{"metadata":{"resourceVersion":"1"}}' })
      .on(['apply'], { stdout: applied })
      // Later rules come first: the step's apply, not the record's.
      .on(
        (call) =>
          call.args.includes('apply') &&
          !(call.input ?? '').includes('inventory'),
        () => {
          // The job is cancelled while the last step is being applied.
          stop.abort(new Error('stopped by SIGTERM'))
          return { stdout: applied }
        }
      )
      .on(['delete'], {})
    const { outcome } = await sync(exec, false, 'abc', {}, stop.signal)
    expect(outcome.reason).toBe('ApplyFailed')
    expect(outcome.message).toBe(
      'the run was cancelled: the steps in flight finished, none was left to start; nothing was pruned'
    )
    expect(outcome.steps.map((s) => [s.step, s.status])).toEqual([
      ['manifest:app', 'applied'],
      ['prune', 'skipped']
    ])
    // The only delete is the lock's release: ConfigMap/shop/gone stays.
    expect(verbs(exec.calls).filter((v) => v === 'delete')).toHaveLength(1)
  })

  it('records the inputs of a run whose plan is settled but whose files the record does not hold', async () => {
    const exec = cluster(
      list(parent({ ...synced('d1'), inputs: inputs('old') }))
    )
    await sync(exec, false, 'abc', { inputs: inputs('new') })
    // Not settled: lock, read, record (with the new inputs), unlock.
    expect(verbs(exec.calls)).toEqual([
      'get',
      'create',
      'get',
      'apply',
      'delete'
    ])
    expect(written(exec.calls[3]).inputs?.digest).toBe('new')
  })

  it('uses the read made while validating as its first read, and settles on matching inputs', async () => {
    const exec = cluster()
    const record = { inventory: { ...synced('d1'), inputs: inputs('same') } }
    const { outcome } = await sync(exec, false, 'abc', {
      first: { cluster: 'prod', record },
      inputs: inputs('same')
    })
    expect(exec.calls).toEqual([])
    expect(outcome.reason).toBe('Succeeded')
  })

  it('drops recorded inputs when a sync fails, so they never describe steps they did not make', async () => {
    const record = list(parent({ ...synced('old'), inputs: inputs('old') }))
    const exec = cluster(record, record, liveSettings).on(['apply'], {
      exitCode: 1,
      stderr: 'Error from server (Invalid): ConfigMap "settings" is invalid'
    })
    const { outcome } = await sync(exec, false, 'abc', {
      inputs: inputs('new')
    })
    expect(outcome.reason).not.toBe('Succeeded')
    const writes = exec.calls.filter((c) => c.input?.includes('inventory.json'))
    expect(writes.length).toBeGreaterThan(0)
    for (const call of writes) expect(written(call).inputs).toBeUndefined()
  })

  it('records a new commit even when no step changed', async () => {
    const exec = cluster(list(parent(synced('d1', 'abc'))))
    await sync(exec, false, 'def')
    expect(verbs(exec.calls)).toEqual([
      'get',
      'create',
      'get',
      'apply',
      'delete'
    ])
    expect(exec.calls[3]?.input).toContain('\\"commit\\":\\"def\\"')
  })

  it('re-applies everything with --full', async () => {
    const record = list(parent(synced('d1')))
    const exec = cluster(record, record, liveSettings)
    const { outcome } = await sync(exec, true)
    expect(verbs(exec.calls)).toContain('create')
    expect(outcome.steps[0]?.changes[0]?.action).toBe('configured')
  })

  it('waits for a sync that holds the lock instead of calling the cluster settled', async () => {
    const exec = cluster(
      list(heldLease, parent(synced('d1'))),
      list(heldLease)
    ).on(['create'], {
      exitCode: 1,
      stderr:
        'Error from server (AlreadyExists): leases.coordination.k8s.io "clustersync-prod" already exists'
    })
    const { outcome } = await sync(exec)
    expect(verbs(exec.calls)).toEqual(['get', 'create', 'get'])
    expect(outcome.reason).toBe('LockTimeout')
    expect(outcome.message).toMatch(/held by other-run/)
  })

  it('goes the whole way after a sync that never recorded its end', async () => {
    const killed = {
      ...synced('d1'),
      lastStarted: {
        startedAt: '2026-11-01T01:00:00.000Z',
        source: 'webhook' as const
      }
    }
    const exec = cluster(list(parent(killed)))
    await sync(exec)
    expect(verbs(exec.calls)).toContain('create')
  })

  it('says the cluster cannot be reached when the first read fails so', async () => {
    const exec = new FakeExec().on(['get'], {
      exitCode: 1,
      stderr:
        'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?'
    })
    const config = options()
    config.kubectl = {
      ...config.kubectl,
      retry: { ...config.kubectl.retry, attempts: 1 }
    }
    const outcome = await applyToCluster(
      plan,
      {
        ...{
          exec,
          clock: new StillClock(),
          logger: new RecordingLogger(),
          root: '/repo'
        },
        ...config
      },
      metadata()
    )
    expect(outcome.reason).toBe('ClusterUnreachable')
    expect(outcome.message).toMatch(
      /^cannot reach the cluster: The connection to the server 127\.0\.0\.1:6443 was refused/
    )
  })

  it('announces each retry of an unreachable cluster and counts them', async () => {
    const exec = new FakeExec().on(['get'], {
      exitCode: 1,
      stderr:
        'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?'
    })
    const logger = new RecordingLogger()
    const clock = new FakeClock()
    const outcome = await applyToCluster(
      plan,
      { ...{ exec, clock, logger, root: '/repo' }, ...options() },
      metadata()
    )
    expect(outcome.reason).toBe('ClusterUnreachable')
    expect(outcome.retries).toBe(5)
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 10000])
    expect(logger.lines).toEqual([
      'warning: cannot reach the cluster (connection refused); retry 1 of 5 in 1s',
      'warning: cannot reach the cluster (connection refused); retry 2 of 5 in 2s',
      'warning: cannot reach the cluster (connection refused); retry 3 of 5 in 4s',
      'warning: cannot reach the cluster (connection refused); retry 4 of 5 in 8s',
      'warning: cannot reach the cluster (connection refused); retry 5 of 5 in 10s'
    ])
  })
})

/** An empty cluster: nothing to read, every write accepted. */
function emptyCluster(): FakeKubeApi {
  return new FakeKubeApi()
    .serve('coordination.k8s.io/v1', [
      { name: 'leases', kind: 'Lease', namespaced: true }
    ])
    .on((r) => {
      if (r.method === 'POST')
        return {
          status: 201,
          body: JSON.stringify({ metadata: { resourceVersion: '1' } })
        }
      if (r.method === 'PATCH') return echoApplied(r)
      if (r.method === 'DELETE') return { status: 200, body: '{}' }
      return undefined
    })
}

describe('applyToCluster over the API channel', () => {
  /** A step of `count` ConfigMaps in namespace shop. */
  const wideStep = (count: number): PlanStep =>
    ({
      ...step,
      objects: Array.from({ length: count }, (_, i) => ({
        subject: `ConfigMap/shop/c${i}`,
        group: '',
        namespace: 'shop',
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name: `c${i}`,
          body: {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: `c${i}`, namespace: 'shop' }
          },
          source: { file: 'app.yaml', line: 1 + i * 5, column: 1 }
        }
      }))
    }) as unknown as PlanStep

  async function syncOver(transport: FakeKubeApi, concurrency: number) {
    const exec = new FakeExec()
    const outcome = await applyToCluster(
      { ...plan, steps: [wideStep(40)] },
      {
        ...{
          exec,
          clock: new StillClock(),
          logger: new RecordingLogger(),
          root: '/repo',
          kubeApi: { open: () => Promise.resolve(transport) }
        },
        ...{ ...options(), concurrency }
      },
      metadata()
    )
    return { outcome, exec }
  }

  it('applies with no kubectl process, and bounds requests by --concurrency', async () => {
    const wide = emptyCluster()
    const four = await syncOver(wide, 4)
    expect(four.outcome.reason).toBe('Succeeded')
    expect(four.outcome.steps[0]?.changes).toHaveLength(40)
    expect(four.exec.calls).toEqual([])
    expect(wide.maxInFlight).toBeGreaterThan(2)
    expect(wide.maxInFlight).toBeLessThanOrEqual(8)
    expect(wide.closed).toBe(true)

    const narrow = emptyCluster()
    await syncOver(narrow, 1)
    expect(narrow.maxInFlight).toBeLessThanOrEqual(2)
    // read, lock, record, 40 objects, record, unlock: all of them requests
    const calls = narrow.calls()
    expect(calls).toContain(
      'GET /apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/clustersync-prod'
    )
    // The inventory is written twice, alone: the lease proves its
    // namespace exists, so applying that Namespace again would be a
    // request on the critical path for nothing.
    expect(calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(42)
    expect(calls).not.toContain('PATCH /api/v1/namespaces/clustersync-system')
    expect(calls.at(-1)).toBe(
      'DELETE /apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/clustersync-prod'
    )
  })
})

describe('applyToCluster and the context namespace', () => {
  const looseStep = {
    ...step,
    objects: [
      {
        subject: 'ConfigMap/loose',
        group: '',
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name: 'loose',
          body: {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'loose' }
          },
          source: { file: 'app.yaml', line: 1, column: 1 }
        }
      }
    ]
  } as unknown as PlanStep

  it('takes it from a transport that read the kubeconfig, with no kubectl process', async () => {
    const exec = new FakeExec()
    const transport = emptyCluster()
    const outcome = await applyToCluster(
      { ...plan, steps: [looseStep] },
      {
        ...{
          exec,
          clock: new StillClock(),
          logger: new RecordingLogger(),
          root: '/repo',
          kubeApi: {
            open: () =>
              Promise.resolve(Object.assign(transport, { namespace: 'team' }))
          }
        },
        ...options()
      },
      metadata()
    )
    expect(outcome.reason).toBe('Succeeded')
    expect(exec.calls).toEqual([])
    expect(transport.calls()).toContain(
      'PATCH /api/v1/namespaces/team/configmaps/loose'
    )
  })
})
