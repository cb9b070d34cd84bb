/**
 * A scheduled drift check that finds drift, reported to the GitHub API
 * double through the real adapter: neutral and titled "Drift: N objects in
 * M steps" (failure with fail-on-drift), never a Deployment (drift checks
 * add no history entry); and the fleet summary that reads the commit's
 * per-cluster check runs back into one table.
 */
import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import { createGitHubApi } from '../../src/adapters/actions-github.js'
import type { DriftCheck } from '../../src/action/drift-check.js'
import { fleetSummary } from '../../src/action/fleet-modes.js'
import { createEngine } from '../../src/action/modes.js'
import { runAction } from '../../src/action/run-action.js'
import {
  countPreview,
  type PlanPreview,
  type StepPreview
} from '../../src/plan/preview.js'
import { silentLogger } from '../../src/ports/logger.js'
import { repoLinks } from '../../src/report/links.js'
import { FakeClock, StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { repository, root } from '../sync/repository.js'

const sha = 'c0ffee0123456789abcdef0123456789abcdef01'
let double: GitHubDouble
beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())
beforeEach(() => {
  double.state.checkRuns.length = 0
  double.state.statuses.length = 0
  double.state.deployments.length = 0
})

const api = () =>
  createGitHubApi({
    token: 'ghs_test',
    apiUrl: double.url,
    owner: 'octo',
    repo: 'clusters',
    clock: new FakeClock(),
    logger: silentLogger
  })

/** A comparison that finds these steps. */
function comparisonOf(steps: StepPreview[]): DriftCheck {
  return (plan) => {
    const preview: PlanPreview = {
      cluster: plan.cluster,
      steps,
      counts: countPreview(steps),
      pruneBlocked: []
    }
    return Promise.resolve(preview)
  }
}

/** A comparison that finds `drifted` objects changed in one step. */
function driftOf(drifted: number): DriftCheck {
  return comparisonOf([
    {
      step: 'manifest:a',
      changes: [
        ...Array.from({ length: drifted }, (_, i) => ({
          subject: `ConfigMap/demo/c${i}`,
          action: 'configured' as const
        })),
        { subject: 'ConfigMap/demo/same', action: 'unchanged' as const }
      ]
    }
  ])
}

async function scheduledCheck(
  drifted: number | DriftCheck,
  failOnDrift = false,
  pullRequest?: number
) {
  const fs = repository('include-folder-glob-raw')
  return runAction(
    {
      root,
      definition: 'cluster.yaml',
      trigger: {
        mode: 'plan',
        source: pullRequest ? 'pull_request' : 'schedule',
        ...(pullRequest ? { pullRequest } : {}),
        sha,
        branch: 'main',
        triggeredBy: 'schedule',
        fromFork: false,
        fullReconcile: false
      },
      rerunAttempts: 0,
      kubeconfigPath: '/tmp/kubeconfig',
      links: repoLinks(double.url, 'octo/clusters', '42'),
      externalId: 'clustersync:42:1',
      failOnDrift
    },
    {
      github: api(),
      fs,
      logger: new RecordingLogger(),
      clock: new StillClock(),
      engine: createEngine(
        fs,
        () => Promise.reject(new Error('a drift check never syncs')),
        typeof drifted === 'number' ? driftOf(drifted) : drifted
      ),
      transientRetries: () => 0
    }
  )
}

describe('a scheduled drift check', () => {
  it('that finds drift is neutral, titled with what drifted, and adds no history entry', async () => {
    const outcome = await scheduledCheck(3)
    double.assertNoViolations()
    expect(double.state.checkRuns[0]).toMatchObject({
      conclusion: 'neutral'
    })
    expect(double.state.checkRuns[0]?.output.title).toBe(
      'Drift: 3 objects in 1 step'
    )
    expect(double.state.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: 'Drift: 3 objects in 1 step'
    })
    expect(double.state.deployments).toEqual([])
    expect(outcome).toMatchObject({
      drift: { objects: 3, steps: 1 },
      drifted: true
    })
  })

  it('fails its check run and status with fail-on-drift', async () => {
    await scheduledCheck(1, true)
    expect(double.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(double.state.checkRuns[0]?.output.title).toBe(
      'Drift: 1 object in 1 step'
    )
    expect(double.state.statuses.at(-1)?.state).toBe('failure')
  })

  it('that finds none succeeds as before, even with fail-on-drift', async () => {
    const outcome = await scheduledCheck(0, true)
    expect(double.state.checkRuns[0]).toMatchObject({ conclusion: 'success' })
    expect(outcome.drifted).toBeUndefined()
    expect(outcome.drift).toEqual({ objects: 0, steps: 0 })
  })

  it('fails with fail-on-drift when the only drift is an object deleted by hand', async () => {
    const outcome = await scheduledCheck(
      comparisonOf([
        {
          step: 'manifest:a',
          changes: [
            { subject: 'ConfigMap/demo/deleted', action: 'created' },
            { subject: 'ConfigMap/demo/same', action: 'unchanged' }
          ]
        }
      ]),
      true
    )
    expect(double.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(double.state.checkRuns[0]?.output.title).toBe(
      'Drift: 1 object in 1 step'
    )
    expect(double.state.statuses.at(-1)?.state).toBe('failure')
    expect(outcome).toMatchObject({
      drift: { objects: 1, steps: 1 },
      drifted: true
    })
  })

  it('counts objects to create and to prune as drift, not those it could not compare or that are encrypted, and fails for the ones it could not compare', async () => {
    const outcome = await scheduledCheck(
      comparisonOf([
        {
          step: 'manifest:a',
          changes: [
            { subject: 'ConfigMap/demo/deleted', action: 'created' },
            { subject: 'ConfigMap/demo/unreadable', action: 'failed' },
            { subject: 'Secret/demo/sealed', action: 'encrypted' },
            { subject: 'ConfigMap/demo/same', action: 'unchanged' }
          ]
        },
        {
          step: 'manifest:gone',
          removed: true,
          changes: [{ subject: 'ConfigMap/demo/old', action: 'pruned' }]
        }
      ])
    )
    // Not drift, but a sync may fail there: the check cannot vouch for it.
    expect(double.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(double.state.checkRuns[0]?.output.title).toBe(
      'Drift: 2 objects in 2 steps; 1 object would fail to apply or could not be compared'
    )
    expect(double.state.statuses.at(-1)?.state).toBe('failure')
    expect(outcome).toMatchObject({
      drift: { objects: 2, steps: 2, failed: 1 },
      drifted: true
    })
  })
})

describe('the fleet summary', () => {
  it("gathers the commit's per-cluster check runs into one table linking to each", async () => {
    await scheduledCheck(2)
    const summary = await fleetSummary(api(), sha)
    double.assertNoViolations()
    expect(summary.clusters).toBe(1)
    const run = double.state.checkRuns[0]
    expect(summary.markdown).toContain(
      `| [${run?.name.slice('ClusterSync / '.length)}](`
    )
    expect(summary.markdown).toContain(
      '| ⚪ neutral | Drift: 2 objects in 1 step |'
    )
    const none = await fleetSummary(api(), 'f'.repeat(40))
    expect(none.clusters).toBe(0)
    expect(none.markdown).toContain('No cluster reported on this commit')
  })
})

describe("a pull request's live plan", () => {
  it('fails when an object would fail to apply, naming it, though the rest would change the cluster', async () => {
    const outcome = await scheduledCheck(
      comparisonOf([
        {
          step: 'manifest:a',
          changes: [
            { subject: 'ConfigMap/demo/new', action: 'created' },
            {
              subject: 'ConfigMap/demo/settings',
              action: 'failed',
              message:
                'Resource conflict: field manager "kubectl-patch" owns .data.greeting; a sync fails here too'
            }
          ]
        }
      ]),
      false,
      7
    )
    double.assertNoViolations()
    expect(double.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(double.state.checkRuns[0]?.output.title).toContain(
      'would change the cluster: 1 to create, 1 could not be compared: 1 object would fail to apply or could not be compared'
    )
    expect(double.state.statuses.at(-1)?.state).toBe('failure')
    const named = outcome.result.diagnostics.find(
      (d) => d.code === 'plan-object-failed'
    )
    expect(named?.severity).toBe('error')
    expect(named?.message).toContain(
      'ConfigMap/demo/settings: Resource conflict: field manager "kubectl-patch"'
    )
  })
})
