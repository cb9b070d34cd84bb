/**
 * The Action's engine in-process: what each mode reports (result, plan
 * shown, phases sent to GitHub) for real fixture definitions, with the
 * sync runner and the drift check as ports. A sync is delegated whole: the
 * sync validates and plans once and hands back the plan it applied, which
 * is the plan the check run shows. The engine and each request are built in
 * `runEngine`, the one place to adapt when they change shape.
 */
import {
  createEngine,
  type EngineRequest,
  type SyncRunner
} from '../../src/action/modes.js'
import {
  createDriftCheck,
  type DriftCheck
} from '../../src/action/drift-check.js'
import type { Trigger } from '../../src/action/event.js'
import { syncRunner } from '../../src/action/sync-runner.js'
import { openConnection } from '../../src/cluster/connection.js'
import { ConfigurationError } from '../../src/errors.js'
import type { Mode } from '../../src/inputs.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { Plan } from '../../src/plan/plan-types.js'
import { renderPlanText } from '../../src/plan/render-plan.js'
import type { SyncResult, SyncSource } from '../../src/sync/sync-result.js'
import { checkDefinition } from '../../src/validate/check-definition.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { MemoryCluster } from '../../__fixtures__/fakes/memory-cluster.js'
import { silentLogger } from '../../src/ports/logger.js'
import { expectedDiagnostics, repository, root } from '../sync/repository.js'
import { actionInputs } from '../../__fixtures__/action-inputs.js'

const sha = 'c0ffee0123456789abcdef0123456789abcdef01'
const fixture = 'include-folder-glob-raw'
// The fixture's platform/nested/ is left out by its folder include, which says so.
const nestedSkipped = [
  expect.objectContaining({ code: 'include-skipped-folder' }) as unknown
]

/** A sync runner port and what it was given and handed back. */
interface RecordedSync {
  run: SyncRunner
  requests: EngineRequest[]
  /** The plans the runner handed back, one per run. */
  plans: (Plan | undefined)[]
}

/** Records `run`'s requests and the plans it hands back. */
function recorded(run: SyncRunner): RecordedSync {
  const requests: EngineRequest[] = []
  const plans: (Plan | undefined)[] = []
  return {
    requests,
    plans,
    run: async (request) => {
      requests.push(request)
      const out = await run(request)
      plans.push(out.plan)
      return out
    }
  }
}

/** A scripted sync runner: `answer` over a success, `plan` as the plan applied. */
function fakeSync(answer: Partial<SyncResult> = {}, plan?: Plan): RecordedSync {
  return recorded((request) =>
    Promise.resolve({
      result: {
        status: 'synced',
        reason: 'Succeeded',
        phase: 'Completed',
        metadata: request.metadata,
        diagnostics: [],
        steps: [],
        counts: { applied: 3, unchanged: 0, pruned: 0, failed: 0, skipped: 0 },
        summary: 'Synced: 3 applied, 0 unchanged',
        ...answer
      },
      ...(plan ? { plan } : {})
    })
  )
}

/** The Action's real sync runner of `fixtureName` on `cluster`, as main.ts builds it. */
function realSync(cluster: MemoryCluster, fixtureName = fixture): RecordedSync {
  const inputs = actionInputs()
  return recorded(
    syncRunner({
      inputs,
      fullReconcile: false,
      kubeconfigPath: '/tmp/kubeconfig',
      lockIdentity: 'octo/clusters run 7',
      fs: repository(fixtureName),
      exec: cluster.kubectl(),
      connection: openConnection(cluster.opener(), {
        binary: 'kubectl',
        kubeconfig: '/tmp/kubeconfig'
      }),
      build: 'test-build',
      clock: new StillClock(),
      logger: silentLogger
    })
  )
}

/** The offline plan of a fixture, as `clustersync plan` makes it. */
async function planOf(fixtureName: string): Promise<Plan> {
  const checked = await checkDefinition({
    fs: repository(fixtureName),
    root,
    file: 'cluster.yaml',
    ref: 'main',
    mode: 'validate'
  })
  if (!checked.definition) throw new Error(`${fixtureName} does not load`)
  return buildPlan(checked.definition)
}

/** Runs the engine once on a fixture; returns the outcome and the phases it reported. */
async function runEngine(options: {
  mode: Mode
  fixture?: string
  source?: SyncSource
  sync?: RecordedSync
  drift?: DriftCheck
}) {
  const sync = options.sync ?? fakeSync()
  const engine = createEngine(
    repository(options.fixture ?? fixture),
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
  return {
    ...outcome,
    phases,
    syncRequests: sync.requests,
    syncPlans: sync.plans
  }
}

/** The drift check over the API channel of `cluster`, as main.ts builds it. */
const driftOn = (cluster: MemoryCluster): DriftCheck =>
  createDriftCheck({
    exec: new FakeExec(),
    clock: new StillClock(),
    kubeconfig: '/tmp/kubeconfig',
    kubectl: 'kubectl',
    connection: openConnection(cluster.opener(), {
      binary: 'kubectl',
      kubeconfig: '/tmp/kubeconfig'
    })
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
      diagnostics: nestedSkipped,
      metadata: { cluster: 'demo' }
    })
    expect(run.phases).toEqual(['Validating'])
    expect(run.plan).toBeUndefined()
    expect(run.syncRequests).toEqual([])
  })

  it.each<Mode>(['validate', 'plan'])(
    'fails an invalid definition as ValidationFailed in %s mode, without syncing',
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

  it('fails an invalid definition in sync mode as ValidationFailed with its diagnostics, applying nothing', async () => {
    // The sync validates (once); the engine does not validate before it.
    const cluster = new MemoryCluster()
    const run = await runEngine({
      mode: 'sync',
      fixture: 'enum-typo',
      sync: realSync(cluster, 'enum-typo')
    })
    expect(run.result).toMatchObject({
      status: 'error',
      reason: 'ValidationFailed',
      phase: 'Validating',
      summary: 'Error: the definition is invalid (1 error)',
      steps: []
    })
    expect(run.result.diagnostics).toEqual(expectedDiagnostics('enum-typo'))
    expect(run.phases).toEqual(['Validating'])
    expect(run.plan).toBeUndefined()
    expect(run.planRendered).toBeUndefined()
    expect(cluster.calls().filter((c) => !c.startsWith('GET'))).toEqual([])
    expect(cluster.objects.size).toBe(0)
  })

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
      summary:
        'drift: 7 to create; Sync Now with full-reconcile (sync --full) puts it back'
    })
    expect(run.planRendered?.changes).toContain(
      'Changes for cluster "demo": 7 to create, 0 to configure, 0 unchanged, 0 to prune, 0 failed'
    )
    expect(run.planRendered?.text).not.toContain('Changes for cluster')
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
    expect(run.planRendered?.changes).toBeUndefined()
    expect(run.phases).toEqual(['Validating', comparing])
  })

  it('reports a kubeconfig the drift check refuses as ValidationFailed at Validating, never announcing Applying', async () => {
    const refusal = 'context "nope" not found in kubeconfig /tmp/kubeconfig'
    const exec = new FakeExec()
    const run = await runEngine({
      mode: 'plan',
      source: 'schedule',
      drift: createDriftCheck({
        exec,
        clock: new StillClock(),
        kubeconfig: '/tmp/kubeconfig',
        context: 'nope',
        kubectl: 'kubectl',
        connection: openConnection(
          { open: () => Promise.reject(new ConfigurationError(refusal)) },
          { binary: 'kubectl', kubeconfig: '/tmp/kubeconfig', context: 'nope' }
        )
      })
    })
    expect(run.result).toMatchObject({
      status: 'error',
      reason: 'ValidationFailed',
      phase: 'Validating',
      summary: `could not compare with the cluster: ${refusal}`
    })
    expect(run.phases).toEqual(['Validating'])
    expect(run.planRendered?.text).toContain('team-a-config')
    expect(exec.calls).toEqual([])
  })

  it('delegates a sync to the sync runner and shows the plan it applied beside its result', async () => {
    const plan = await planOf(fixture)
    const sync = fakeSync(
      {
        status: 'error',
        reason: 'ApplyFailed',
        phase: 'Applying',
        summary: 'Error (ApplyFailed): manifest:extra: denied'
      },
      plan
    )
    const run = await runEngine({ mode: 'sync', sync })
    expect(run.syncRequests).toHaveLength(1)
    expect(run.syncRequests[0]).toMatchObject({
      root,
      definition: 'cluster.yaml',
      kubeconfigPath: '/tmp/kubeconfig',
      trigger: { mode: 'sync', sha, branch: 'main' }
    })
    expect(run.result).toMatchObject({
      reason: 'ApplyFailed',
      summary: 'Error (ApplyFailed): manifest:extra: denied'
    })
    // The plan shown is the sync's own object, not one planned again here.
    expect(run.plan).toBe(plan)
    expect(run.planRendered?.text).toBe(renderPlanText(plan))
    expect(run.planRendered?.text).toContain('team-a-config')
    expect(run.planRendered?.mermaid).toMatch(/^(flowchart|graph) /m)
    expect(run.phases).toEqual(['Validating'])
  })

  it("shows the plan the real sync applied: its steps are the result's steps, on the cluster it names", async () => {
    const cluster = new MemoryCluster()
    const run = await runEngine({ mode: 'sync', sync: realSync(cluster) })
    expect(run.result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      summary: 'Synced: 6 applied, 0 unchanged',
      metadata: { cluster: 'demo' }
    })
    expect(run.plan).toBeDefined()
    expect(run.plan).toBe(run.syncPlans[0])
    expect(run.plan?.cluster).toBe('demo')
    expect(run.plan?.steps.map((s) => s.id).sort()).toEqual(
      run.result.steps.map((s) => s.step).sort()
    )
    expect(run.planRendered?.text).toContain('team-a-config')
    expect(run.phases).toEqual([
      'Validating',
      'Applying (6 steps to cluster demo)',
      'Completed (Synced: 6 applied, 0 unchanged)'
    ])
    expect(cluster.names('/api/v1/namespaces/apps/configmaps')).toEqual([
      'a',
      'b',
      'b2',
      'extra'
    ])
  })

  it('shows no plan for a sync that had nothing to apply (nothing was loaded)', async () => {
    const cluster = new MemoryCluster()
    await runEngine({ mode: 'sync', sync: realSync(cluster) })
    const run = await runEngine({ mode: 'sync', sync: realSync(cluster) })
    expect(run.result.summary).toBe('Synced: 0 applied, 6 unchanged')
    expect(run.plan).toBeUndefined()
    expect(run.planRendered).toBeUndefined()
  })
})
