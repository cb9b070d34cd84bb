/**
 * The Action's engine in-process: what each mode reports (result, plan
 * shown, phases sent to GitHub) for real fixture definitions, with the
 * sync runner and the drift check as ports. The engine and each request
 * are built in `runEngine`, the one place to adapt when they change shape.
 */
import { createEngine, type EngineRequest } from '../../src/action/engine.js'
import { createDriftCheck, type DriftCheck } from '../../src/action/drift.js'
import type { Trigger } from '../../src/action/event.js'
import type { Mode } from '../../src/inputs.js'
import type { SyncResult, SyncSource } from '../../src/sync-result.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { MemoryCluster } from '../../__fixtures__/fakes/memory-cluster.js'
import { expectedDiagnostics, repository, root } from '../sync/repository.js'

const sha = 'c0ffee0123456789abcdef0123456789abcdef01'

/** What the sync runner port answers, and the requests it was given. */
function fakeSync(answer: Partial<SyncResult> = {}) {
  const requests: EngineRequest[] = []
  const run = (request: EngineRequest): Promise<SyncResult> => {
    requests.push(request)
    return Promise.resolve({
      status: 'synced',
      reason: 'Succeeded',
      phase: 'Completed',
      metadata: request.metadata,
      diagnostics: [],
      steps: [],
      counts: { applied: 3, unchanged: 0, pruned: 0, failed: 0, skipped: 0 },
      summary: 'Synced: 3 applied, 0 unchanged',
      ...answer
    })
  }
  return { run, requests }
}

/** Runs the engine once on a fixture; returns the outcome and the phases it reported. */
async function runEngine(options: {
  mode: Mode
  fixture?: string
  source?: SyncSource
  sync?: ReturnType<typeof fakeSync>
  drift?: DriftCheck
}) {
  const sync = options.sync ?? fakeSync()
  const engine = createEngine(
    repository(options.fixture ?? 'include-folder-glob-raw'),
    sync.run,
    options.drift
  )
  const trigger: Trigger = {
    mode: options.mode,
    source: options.source ?? 'webhook',
    sha,
    branch: 'main',
    triggeredBy: 'octocat',
    fromFork: false,
    fullReconcile: false
  }
  const phases: string[] = []
  const outcome = await engine.run({
    root,
    definition: 'cluster.yaml',
    trigger,
    kubeconfigPath: '/tmp/kubeconfig',
    metadata: {
      cluster: 'cluster',
      commit: sha,
      ref: 'main',
      source: trigger.source,
      triggeredBy: 'octocat',
      retryCount: 0,
      startedAt: '2026-12-01T00:00:00.000Z'
    },
    onPhase: (phase, detail) => {
      phases.push(detail ? `${phase} (${detail})` : phase)
      return Promise.resolve()
    }
  })
  return { ...outcome, phases, syncRequests: sync.requests }
}

/** The drift check over the API channel of `cluster`, as main.ts builds it. */
const driftOn = (cluster: MemoryCluster): DriftCheck =>
  createDriftCheck({
    exec: new FakeExec(),
    clock: new StillClock(),
    kubeconfig: '/tmp/kubeconfig',
    kubectl: 'kubectl',
    kubeApi: cluster.opener()
  })

const comparing =
  'Applying (comparing with the live cluster (nothing is applied))'

describe('the engine', () => {
  it('validates a valid definition and names its cluster, without syncing', async () => {
    const run = await runEngine({ mode: 'validate' })
    expect(run.result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      phase: 'Completed',
      summary: 'the definition is valid',
      diagnostics: [],
      metadata: { cluster: 'demo' }
    })
    expect(run.phases).toEqual(['Validating'])
    expect(run.plan).toBeUndefined()
    expect(run.syncRequests).toEqual([])
  })

  it.each<Mode>(['validate', 'plan', 'sync'])(
    'fails an invalid definition as ValidationFailed in %s mode, before any sync',
    async (mode) => {
      const run = await runEngine({ mode, fixture: 'enum-typo' })
      expect(run.result).toMatchObject({
        status: 'error',
        reason: 'ValidationFailed',
        phase: 'Validating',
        summary: '1 validation error in the definition'
      })
      expect(run.result.diagnostics).toEqual(expectedDiagnostics('enum-typo'))
      expect(run.phases).toEqual(['Validating'])
      expect(run.syncRequests).toEqual([])
    }
  )

  it('plans offline without a drift check: steps, stages and the rendered plan', async () => {
    const run = await runEngine({ mode: 'plan', source: 'pull_request' })
    expect(run.result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      phase: 'Completed',
      summary: 'plan: 6 steps in 2 stages'
    })
    expect(run.plan?.steps).toHaveLength(6)
    expect(run.planRendered?.text).toContain('team-a-config')
    expect(run.planRendered?.mermaid).toMatch(/^(flowchart|graph) /m)
    expect(run.phases).toEqual(['Validating', 'Completed'])
    expect(run.syncRequests).toEqual([])
  })

  it('on a schedule compares the plan with the live cluster and reports drift, applying nothing', async () => {
    const cluster = new MemoryCluster()
    const run = await runEngine({
      mode: 'plan',
      source: 'schedule',
      drift: driftOn(cluster)
    })
    expect(run.result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      phase: 'Completed',
      summary: 'drift: 7 to create'
    })
    expect(run.planRendered?.text).toContain(
      'Changes for cluster "demo": 7 to create, 0 to configure, 0 unchanged, 0 to prune, 0 failed'
    )
    expect(run.phases).toEqual(['Validating', comparing, 'Completed'])
    expect(cluster.objects.size).toBe(0)
  })

  it('on a pull request says what would change the cluster', async () => {
    const run = await runEngine({
      mode: 'plan',
      source: 'pull_request',
      drift: driftOn(new MemoryCluster())
    })
    expect(run.result.summary).toBe('would change the cluster: 7 to create')
  })

  it('reports ClusterUnreachable when the drift check cannot read the cluster, keeping the offline plan', async () => {
    const run = await runEngine({
      mode: 'plan',
      source: 'schedule',
      drift: () =>
        Promise.reject(new Error('dial tcp 10.0.0.1:6443: i/o timeout'))
    })
    expect(run.result).toMatchObject({
      status: 'error',
      reason: 'ClusterUnreachable',
      phase: 'Applying',
      summary:
        'could not compare with the cluster: dial tcp 10.0.0.1:6443: i/o timeout'
    })
    expect(run.planRendered?.text).toContain('team-a-config')
    expect(run.planRendered?.text).not.toContain('Changes for cluster')
    expect(run.phases).toEqual(['Validating', comparing])
  })

  it('delegates a sync to the sync runner and shows the plan of the definition beside its result', async () => {
    const sync = fakeSync({
      status: 'error',
      reason: 'ApplyFailed',
      phase: 'Applying',
      summary: 'Error (ApplyFailed): manifest:extra: denied'
    })
    const run = await runEngine({ mode: 'sync', sync })
    expect(run.syncRequests).toHaveLength(1)
    expect(run.syncRequests[0]).toMatchObject({
      root,
      definition: 'cluster.yaml',
      kubeconfigPath: '/tmp/kubeconfig',
      metadata: { cluster: 'demo' }
    })
    expect(run.result).toMatchObject({
      reason: 'ApplyFailed',
      summary: 'Error (ApplyFailed): manifest:extra: denied'
    })
    expect(run.plan?.steps).toHaveLength(6)
    expect(run.planRendered?.text).toContain('team-a-config')
    expect(run.phases).toEqual(['Validating'])
  })
})
