/**
 * One Action run in-process, reported to the GitHub API double through the
 * real GitHub adapter (so GitHub's published description checks every
 * payload): the check run from creation through each phase to its
 * conclusion, the commit statuses, a Deployment with its statuses for syncs
 * only, the pull request comment, Not Configured for a missing definition,
 * GitHub failures as notes that never fail the sync, and the retry count.
 * The sync itself runs through the real engine and sync runner on a memory
 * cluster, or through a scripted runner where a test needs a given result.
 * Each run is built in `actionWith`, the one place to adapt when the
 * request or its dependencies change shape.
 */
import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import { createGitHubApi } from '../../src/adapters/actions-github.js'
import {
  createEngine,
  type Engine,
  type SyncRunner
} from '../../src/action/modes.js'
import type { Trigger } from '../../src/action/event.js'
import { runAction } from '../../src/action/run-action.js'
import { syncRunner } from '../../src/action/sync-runner.js'
import { openConnection } from '../../src/cluster/connection.js'
import type { Mode } from '../../src/inputs.js'
import type { FileSystem } from '../../src/ports/fs.js'
import { silentLogger } from '../../src/ports/logger.js'
import { readEmbeddedRecord } from '../../src/report/history.js'
import { repoLinks } from '../../src/report/links.js'
import { readOnce } from '../../src/sync/read-once.js'
import type { StepOutcome, SyncSource } from '../../src/sync/sync-result.js'
import { FakeClock, StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { MemoryCluster } from '../../__fixtures__/fakes/memory-cluster.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { repository, root } from '../sync/repository.js'
import { actionInputs } from '../../__fixtures__/action-inputs.js'

const sha = 'c0ffee0123456789abcdef0123456789abcdef01'
const fixture = 'include-folder-glob-raw'

let double: GitHubDouble
beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())
beforeEach(() => {
  double.clearFaults()
  double.violations.length = 0
  double.requests.length = 0
  double.state.checkRuns.length = 0
  double.state.statuses.length = 0
  double.state.comments.length = 0
  double.state.deployments.length = 0
})

/** A scripted sync that reports its phases as the real one does and ends with `steps`. */
function scriptedSync(steps: StepOutcome[] = []): SyncRunner {
  return async (request) => {
    await request.onPhase('Applying', `${steps.length} steps to cluster demo`)
    await request.onPhase('Completed')
    return {
      result: {
        status: 'synced',
        reason: 'Succeeded',
        phase: 'Completed',
        metadata: request.metadata,
        diagnostics: [],
        steps,
        counts: {
          applied: steps.length,
          unchanged: 0,
          pruned: 0,
          failed: 0,
          skipped: 0
        },
        summary: `Synced: ${steps.length} applied, 0 unchanged`
      }
    }
  }
}

/** Runs the Action once against the double; the outcome and what it logged. */
async function actionWith(
  options: {
    mode?: Mode
    source?: SyncSource
    pullRequest?: number
    fs?: FileSystem
    /** The sync the engine delegates to; default: the real runner on `cluster`. */
    sync?: SyncRunner
    cluster?: MemoryCluster
    rerunAttempts?: number
    transientRetries?: number
    /** The code identity given to the sync; null for none (no unchanged check). */
    build?: string | null
    /** Instead of the engine over `sync`. */
    engine?: Engine
    /** The job's cancellation (runs that apply nothing). */
    cancelled?: AbortSignal
    deadline?: { signal: AbortSignal; timeoutSeconds: number }
  } = {}
) {
  const fs = options.fs ?? repository(fixture)
  const clock = new StillClock()
  const logger = new RecordingLogger()
  const cluster = options.cluster ?? new MemoryCluster()
  // The run's one connection, opened and closed by the root as main.ts does.
  const connection = openConnection(cluster.opener(), {
    binary: 'kubectl',
    kubeconfig: '/tmp/kubeconfig'
  })
  const sync =
    options.sync ??
    syncRunner({
      inputs: actionInputs(),
      fullReconcile: false,
      kubeconfigPath: '/tmp/kubeconfig',
      lockIdentity: 'octo/clusters run 42',
      fs,
      exec: cluster.kubectl(),
      connection,
      ...(options.build === null
        ? {}
        : { build: options.build ?? 'test-build' }),
      clock,
      logger
    })
  const trigger: Trigger = {
    mode: options.mode ?? 'sync',
    source: options.source ?? 'webhook',
    sha,
    branch: 'main',
    triggeredBy: 'octocat',
    ...(options.pullRequest ? { pullRequest: options.pullRequest } : {}),
    fromFork: false,
    fullReconcile: false
  }
  const outcome = await runAction(
    {
      root,
      definition: 'cluster.yaml',
      trigger,
      rerunAttempts: options.rerunAttempts ?? 0,
      kubeconfigPath: '/tmp/kubeconfig',
      links: repoLinks(double.url, 'octo/clusters', '42'),
      externalId: 'clustersync:42:1',
      ...(options.cancelled ? { cancelled: options.cancelled } : {}),
      ...(options.deadline ? { deadline: options.deadline } : {})
    },
    {
      github: createGitHubApi({
        token: 'ghs_test',
        apiUrl: double.url,
        owner: 'octo',
        repo: 'clusters',
        // Retries of GitHub's failures wait no real time.
        clock: new FakeClock(),
        logger: silentLogger
      }),
      fs,
      logger,
      clock,
      engine: options.engine ?? createEngine(fs, sync),
      transientRetries: () => options.transientRetries ?? 0
    }
  )
  await connection.close()
  return { outcome, lines: logger.lines }
}

/** The definition's root file, as the file system is asked for it. */
const definitionPath = `${root}/cluster.yaml`

/** `fs` with each readFile that reaches it counted, by path. */
function countReads(fs: FileSystem): {
  fs: FileSystem
  reads: (path: string) => number
} {
  const asked: string[] = []
  return {
    fs: {
      readFile: (path, max) => (asked.push(path), fs.readFile(path, max)),
      stat: (path) => fs.stat(path),
      readdir: (path) => fs.readdir(path),
      realpath: (path) => fs.realpath(path)
    },
    reads: (path) => asked.filter((p) => p === path).length
  }
}

const runUrl = () => `${double.url}/octo/clusters/actions/runs/42`

/** The check run's titles, from creation to completion. */
const checkTitles = (): string[] =>
  (double.state.checkRuns[0]?.history ?? []).map((body) => {
    const output = body.output as { title?: string } | undefined
    return output?.title ?? ''
  })

/** The commit statuses as `state: description`, in the order posted. */
const statuses = (): string[] =>
  double.state.statuses.map((s) => `${s.state}: ${s.description ?? ''}`)

describe('runAction', () => {
  it('reports a sync: check run through each phase, statuses, and a Deployment', async () => {
    const cluster = new MemoryCluster()
    const { outcome } = await actionWith({ cluster })
    double.assertNoViolations()
    expect(outcome.result).toMatchObject({
      status: 'synced',
      reason: 'Succeeded',
      summary: 'Synced: 6 applied, 0 unchanged'
    })
    expect(outcome.notes).toEqual([])
    // The plan shown is the plan the sync applied: the same steps.
    expect(outcome.plan?.steps.map((s) => s.id).sort()).toEqual(
      outcome.result.steps.map((s) => s.step).sort()
    )
    expect(double.state.checkRuns[0]?.output.text).toContain('team-a-config')

    const [run] = double.state.checkRuns
    expect(double.state.checkRuns).toHaveLength(1)
    expect(run).toMatchObject({
      name: 'ClusterSync / demo',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success',
      external_id: 'clustersync:42:1:demo',
      details_url: runUrl()
    })
    expect(outcome.checkRunUrl).toBe(
      `${double.url}/octo/clusters/runs/${run?.id}`
    )
    expect(checkTitles().map((t) => t.replace(/^\S+ /, ''))).toEqual([
      'Syncing: Fetching',
      'Syncing: Validating',
      'Syncing: Applying',
      'Syncing: Completed',
      'Synced: 6 applied, 0 unchanged'
    ])

    expect(statuses()).toEqual([
      'pending: Syncing: Fetching',
      'pending: Syncing: Validating',
      'pending: Syncing: Applying',
      'success: Synced: 6 applied, 0 unchanged'
    ])
    expect(
      new Set(double.state.statuses.map((s) => [s.context, s.sha].join(' ')))
    ).toEqual(new Set([`clustersync/demo ${sha}`]))

    expect(double.state.deployments).toHaveLength(1)
    const [deployment] = double.state.deployments
    expect(deployment).toMatchObject({
      sha,
      environment: 'demo',
      description: 'ClusterSync webhook sync of demo'
    })
    expect(deployment?.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'success'
    ])
    expect(outcome.currentHistoryId).toBe(deployment?.id)
    // The record the GitOps page reads: each phase the sync went through.
    const record = readEmbeddedRecord(run?.output.text ?? '')
    expect(record?.phases?.map((p) => p.name)).toEqual([
      'Fetching',
      'Validating',
      'Applying'
    ])
    expect(record?.errors).toBeUndefined()
    expect(outcome.history?.[0]).toMatchObject({ id: deployment?.id })
    expect(double.state.comments).toEqual([])
    // What was reported is what happened: the cluster holds the objects.
    expect(cluster.names('/api/v1/namespaces/apps/configmaps')).toEqual([
      'a',
      'b',
      'b2',
      'extra'
    ])
  })

  it('plans a pull request: no Deployment, a comment on the pull request, nothing applied', async () => {
    const cluster = new MemoryCluster()
    const { outcome } = await actionWith({
      mode: 'plan',
      source: 'pull_request',
      pullRequest: 7,
      cluster
    })
    double.assertNoViolations()
    expect(outcome.result.summary).toBe('plan: 6 steps in 2 stages')
    expect(double.state.deployments).toEqual([])
    expect(outcome.history).toBeUndefined()
    expect(double.state.checkRuns[0]).toMatchObject({
      conclusion: 'success'
    })
    expect(double.state.checkRuns[0]?.output.summary).toContain(
      'plan only: nothing was applied'
    )
    expect(double.state.comments).toHaveLength(1)
    expect(double.state.comments[0]).toMatchObject({ issue_number: 7 })
    expect(double.state.comments[0]?.body).toContain('team-a-config')
    expect(statuses().at(-1)).toBe('success: Synced: plan: 6 steps in 2 stages')
    expect(cluster.objects.size).toBe(0)
  })

  it('completes the check run and the status of a pull request plan the job cancelled mid-way', async () => {
    const job = new AbortController()
    let late: (() => Promise<void>) | undefined
    // A live comparison that never ends by itself (a hung chart repository).
    const hanging: Engine = {
      async run(request) {
        await request.onPhase('Validating')
        await request.onPhase('Applying', 'comparing with the live cluster')
        late = () => request.onPhase('Completed')
        job.abort()
        return new Promise(() => undefined)
      }
    }
    const { outcome } = await actionWith({
      mode: 'plan',
      source: 'pull_request',
      pullRequest: 7,
      engine: hanging,
      cancelled: job.signal
    })
    await late?.()
    double.assertNoViolations()
    expect(outcome.result).toMatchObject({ status: 'error', phase: 'Applying' })
    const run = double.state.checkRuns[0]
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(checkTitles().at(-1)).toContain(
      'the job was cancelled during Applying, before the plan ended: nothing was applied'
    )
    // Nothing reopens it afterwards, and the status is no longer pending.
    expect(run?.status).toBe('completed')
    expect(statuses().at(-1)).toMatch(/^failure: .*cancelled/)
    expect(double.state.comments).toEqual([])
  })

  it('a phase update still on its way when the job is cancelled cannot reopen the completed check run', async () => {
    const job = new AbortController()
    // The phase update is answered late (GitHub asks it to retry), so it
    // would reach GitHub after the cancelled run's completion.
    const hanging: Engine = {
      async run(request) {
        await request.onPhase('Validating')
        double.fault({
          kind: 'secondary-rate-limit',
          operations: ['checks/update'],
          times: 1
        })
        void request.onPhase('Applying', 'comparing with the live cluster')
        job.abort()
        return new Promise(() => undefined)
      }
    }
    await actionWith({
      mode: 'plan',
      source: 'pull_request',
      pullRequest: 7,
      engine: hanging,
      cancelled: job.signal
    })
    double.assertNoViolations()
    expect(double.state.checkRuns[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure'
    })
  })

  it('ends a pull request plan at the timeout input, completing its check run, status and comment', async () => {
    const deadline = new AbortController()
    let late: (() => Promise<void>) | undefined
    // A live comparison that never ends by itself (a hung chart repository).
    const hanging: Engine = {
      async run(request) {
        await request.onPhase('Validating')
        await request.onPhase('Applying', 'comparing with the live cluster')
        late = () => request.onPhase('Completed')
        deadline.abort()
        return new Promise(() => undefined)
      }
    }
    const { outcome } = await actionWith({
      mode: 'plan',
      source: 'pull_request',
      pullRequest: 7,
      engine: hanging,
      deadline: { signal: deadline.signal, timeoutSeconds: 120 }
    })
    await late?.()
    double.assertNoViolations()
    expect(outcome.result).toMatchObject({
      status: 'error',
      reason: 'PlanFailed',
      phase: 'Applying'
    })
    const run = double.state.checkRuns[0]
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(checkTitles().at(-1)).toContain(
      'the run ran out of time (the timeout input: 120 s) during Applying, before the plan ended: nothing was applied'
    )
    expect(statuses().at(-1)).toMatch(/^failure: .*ran out of time/)
    // The reviewer reads why there is no plan where the plan would be.
    expect(double.state.comments[0]?.body).toContain('ran out of time')
  })

  it('a sync with no definition at the path warns in the log and leaves the Deployment inactive, not deployed', async () => {
    const { lines } = await actionWith({
      fs: new MemoryFs({ [`${root}/README.md`]: 'no clusters here' })
    })
    double.assertNoViolations()
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^warning: cluster: Not Configured: no cluster definition at cluster\.yaml; nothing was synced/
      )
    )
    expect(double.state.deployments[0]?.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'inactive'
    ])
  })

  it('a drift check without a kubeconfig is Not Configured, not a plan that found no drift', async () => {
    const { outcome } = await actionWith({ mode: 'plan', source: 'schedule' })
    double.assertNoViolations()
    expect(outcome.result).toMatchObject({
      status: 'not-configured',
      summary: expect.stringContaining('no credentials') as string
    })
    expect(double.state.checkRuns[0]).toMatchObject({ conclusion: 'neutral' })
  })

  it('updates its own pull request comment on the next run instead of adding one', async () => {
    await actionWith({ mode: 'plan', source: 'pull_request', pullRequest: 7 })
    await actionWith({ mode: 'plan', source: 'pull_request', pullRequest: 7 })
    double.assertNoViolations()
    expect(double.state.comments).toHaveLength(1)
  })

  it('is Not Configured when the definition file is missing: neutral check, success status, no comment', async () => {
    const ran: unknown[] = []
    const { outcome } = await actionWith({
      fs: new MemoryFs({ [`${root}/README.md`]: 'no clusters here' }),
      pullRequest: 7,
      source: 'pull_request',
      mode: 'plan',
      sync: (request) => {
        ran.push(request)
        return scriptedSync()(request)
      }
    })
    double.assertNoViolations()
    expect(outcome.result).toMatchObject({
      status: 'not-configured',
      reason: 'NotConfigured',
      summary: 'no cluster definition at cluster.yaml'
    })
    // Named after the file, since there is no definition to name it.
    expect(double.state.checkRuns[0]).toMatchObject({
      name: 'ClusterSync / cluster',
      conclusion: 'neutral'
    })
    expect(statuses().at(-1)).toMatch(/^success: Not Configured: /)
    expect(
      readEmbeddedRecord(double.state.checkRuns[0]?.output.text ?? '')?.status
    ).toBe('Not Configured')
    expect(double.state.comments).toEqual([])
    expect(ran).toEqual([])
  })

  it('annotates the check run where an invalid definition is wrong, and fails it applying nothing', async () => {
    const cluster = new MemoryCluster()
    const { outcome } = await actionWith({
      fs: repository('enum-typo'),
      cluster
    })
    double.assertNoViolations()
    expect(outcome.result).toMatchObject({
      status: 'error',
      reason: 'ValidationFailed',
      phase: 'Validating',
      summary: 'Error: the definition is invalid (1 error)',
      steps: []
    })
    const [run] = double.state.checkRuns
    expect(run?.conclusion).toBe('failure')
    expect(run?.annotations).toEqual([
      expect.objectContaining({
        path: 'cluster.yaml',
        start_line: 18,
        end_line: 18,
        annotation_level: 'failure'
      })
    ])
    expect(statuses().at(-1)).toMatch(/^failure: Error: /)
    expect(double.state.deployments[0]?.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'failure'
    ])
    expect(cluster.objects.size).toBe(0)
    // The page links the error to its line in the file at that commit.
    expect(readEmbeddedRecord(run?.output.text ?? '')?.errors).toEqual([
      expect.objectContaining({ file: 'cluster.yaml', line: 18 })
    ])
  })

  it('never quotes secrets written where text belongs, nor chart URL credentials, in what it sends GitHub', async () => {
    const { outcome, lines } = await actionWith({
      fs: repository('secrets-not-quoted')
    })
    double.assertNoViolations()
    expect(outcome.result.reason).toBe('ValidationFailed')
    const [run] = double.state.checkRuns
    const messages = (run?.annotations ?? []).map((a) => a.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('must be a string, not a mapping'),
        expect.stringContaining('ftp://***@charts.example.com/x')
      ])
    )
    // Every request body, as GitHub would have received it, and the log.
    const sent = JSON.stringify(double.requests) + lines.join('\n')
    expect(sent).not.toMatch(/hunter2|s3cret|\b123456789\b|\b987654321\b/)
  })

  it('says "Error" once in the check-run title and the status of an invalid definition', async () => {
    await actionWith({ fs: repository('enum-typo') })
    expect(checkTitles().at(-1)).toBe(
      '❌ Error: the definition is invalid (1 error)'
    )
    expect(statuses().at(-1)).toBe(
      'failure: Error: the definition is invalid (1 error)'
    )
  })

  it('reports a failed apply as failure on the check, the status and the Deployment', async () => {
    const { outcome } = await actionWith({
      sync: (request) =>
        Promise.resolve({
          result: {
            status: 'error',
            reason: 'ApplyFailed',
            phase: 'Applying',
            metadata: request.metadata,
            diagnostics: [],
            steps: [],
            counts: {
              applied: 0,
              unchanged: 0,
              pruned: 0,
              failed: 1,
              skipped: 0
            },
            summary: 'Error (ApplyFailed): manifest:extra: denied'
          }
        })
    })
    double.assertNoViolations()
    expect(outcome.result.reason).toBe('ApplyFailed')
    expect(double.state.checkRuns[0]?.conclusion).toBe('failure')
    expect(double.state.statuses.at(-1)?.state).toBe('failure')
    expect(double.state.deployments[0]?.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'failure'
    ])
  })

  it('turns writes GitHub refuses into a note, and still syncs', async () => {
    double.fault({ kind: 'read-only', operations: 'write' })
    const cluster = new MemoryCluster()
    const { outcome } = await actionWith({ cluster })
    expect(outcome.result).toMatchObject({
      status: 'synced',
      summary: 'Synced: 6 applied, 0 unchanged'
    })
    expect(outcome.notes).toEqual([
      expect.stringMatching(
        /^GitHub refused to let this run's token create check runs, create commit statuses, create deployments \(a read-only token/
      )
    ])
    expect(outcome.checkRunUrl).toBeUndefined()
    expect(cluster.names('/api/v1/namespaces/apps/configmaps')).toHaveLength(4)
  })

  it('turns a write that keeps failing into a note naming it, and still syncs', async () => {
    double.fault({
      kind: 'server-error',
      operations: ['repos/create-commit-status']
    })
    const { outcome } = await actionWith({ sync: scriptedSync() })
    expect(outcome.result.status).toBe('synced')
    expect(outcome.notes.length).toBeGreaterThan(0)
    for (const note of outcome.notes)
      expect(note).toMatch(/^Could not create commit statuses: /)
    expect(double.state.checkRuns[0]?.conclusion).toBe('success')
  })

  it('counts re-runs, GitHub retries and step retries in retryCount', async () => {
    const step = (name: string, retries: number): StepOutcome => ({
      step: `manifest:${name}`,
      status: 'applied',
      retries,
      durationMs: 0,
      changes: []
    })
    const { outcome } = await actionWith({
      rerunAttempts: 2,
      transientRetries: 3,
      sync: scriptedSync([step('a', 1), step('b', 2)])
    })
    expect(outcome.result.metadata.retryCount).toBe(8)
    // The record at the end, in the check run, carries the sum; the
    // Deployment's payload is written at the start and knows only re-runs.
    expect(double.state.checkRuns[0]?.output.text).toContain('"retryCount":8')
    expect(outcome.history?.[0]).toMatchObject({ retryCount: 2 })
  })

  it("reads the definition's root file from the disk once per run under readOnce, as main.ts wraps it", async () => {
    const disk = repository(fixture)
    const cluster = new MemoryCluster()
    // Each run gets its own readOnce, as each run of main.ts does.
    const first = countReads(disk)
    const synced = await actionWith({ cluster, fs: readOnce(first.fs) })
    expect(synced.outcome.result.summary).toBe('Synced: 6 applied, 0 unchanged')
    // The check run's name, the unchanged check's peek and the loader.
    expect(first.reads(definitionPath)).toBe(1)
    const again = countReads(disk)
    const noop = await actionWith({ cluster, fs: readOnce(again.fs) })
    expect(noop.outcome.result.summary).toBe('Synced: 0 applied, 6 unchanged')
    // The check run's name, the unchanged check's peek and its hash.
    expect(again.reads(definitionPath)).toBe(1)
  })

  it('without readOnce still loads the root file once: no second validation or plan', async () => {
    // No code identity, so no unchanged check: the check run's name and the loader.
    const unchecked = countReads(repository(fixture))
    const plain = await actionWith({ fs: unchecked.fs, build: null })
    expect(plain.outcome.result.summary).toBe('Synced: 6 applied, 0 unchanged')
    expect(unchecked.reads(definitionPath)).toBe(2)
    // With the check (as main.ts runs it) its own name peek is the third.
    const checked = countReads(repository(fixture))
    const full = await actionWith({ fs: checked.fs })
    expect(full.outcome.result.summary).toBe('Synced: 6 applied, 0 unchanged')
    expect(checked.reads(definitionPath)).toBe(3)
  })
})
