/**
 * The built Action (dist/index.js) run as the runner runs it, against the
 * GitHub API double, with real webhook payloads. Scenarios of issue 5 that
 * do not need the cluster: Not Configured, validation errors as
 * annotations, pull request plan comments (also from forks), manual runs,
 * re-run attempts, history paging.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  actionNode,
  runMain,
  runPost,
  webhookExample
} from '../support/action-runner.js'
import { actionNodeMajor } from '../scripts/lib/action-node.js'
import { readEmbeddedRecord } from '../../src/report/history.js'

let double: GitHubDouble
const repository = 'Codertocat/Hello-World'

beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())
afterEach(() => double.assertNoViolations())

function workspace(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), `clustersync-ws-${fixture}-`))
  cpSync(resolve('e2e/repos', fixture), dir, { recursive: true })
  return dir
}

function githubEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: double.url,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'f'.repeat(40),
    ...extra
  }
}

const kubeconfig = [
  'apiVersion: v1',
  'kind: Config',
  'clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]',
  'users: [{name: u, user: {token: "s3cr3t-token-value"}}]',
  'contexts: [{name: x, context: {cluster: c, user: u}}]',
  'current-context: x'
].join('\n')

describe('the Action, run from dist/index.js', () => {
  it('runs on the Node major that action.yml names, as GitHub runs it', () => {
    // Every scenario below goes through actionNode(); the machine's own Node
    // may be another major.
    const major = actionNodeMajor(readFileSync('action.yml', 'utf8'))
    const version = execFileSync(actionNode(), ['-p', 'process.version'], {
      encoding: 'utf8'
    })
    expect(version.trim()).toMatch(new RegExp(`^v${major}\\.`))
  })

  it('reports Not Configured (neutral) when there is no definition', async () => {
    const push = webhookExample('push')
    const run = await runMain({
      eventName: 'push',
      payload: push,
      workspace: workspace('action-none'),
      inputs: { token: 'ghs_token' },
      env: githubEnv()
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('not-configured')
    const check = double.state.checkRuns.at(-1)
    expect(check).toMatchObject({
      name: 'ClusterSync / cluster',
      head_sha: push.after,
      status: 'completed',
      conclusion: 'neutral'
    })
    expect(run.summary).toContain('cluster: Not Configured')
    expect(run.outputs['check-run-url']).toBe(
      `${double.url}/${repository}/runs/${check?.id}`
    )
  })

  it('retries GitHub 5xx and rate limits, and counts them as retries', async () => {
    double.fault({
      kind: 'server-error',
      operations: ['checks/create'],
      times: 1
    })
    double.fault({
      kind: 'secondary-rate-limit',
      operations: ['repos/create-commit-status'],
      times: 1,
      seconds: 1
    })
    const run = await runMain({
      eventName: 'push',
      payload: webhookExample('push'),
      workspace: workspace('action-none'),
      inputs: { token: 't' },
      env: githubEnv()
    })
    expect(run.exitCode).toBe(0)
    const check = double.state.checkRuns.at(-1)
    expect(check?.conclusion).toBe('neutral')
    // No definition: recorded as Not Configured (issue 18), with its retries.
    expect(readEmbeddedRecord(check?.output.text ?? '')).toMatchObject({
      retryCount: 2,
      status: 'Not Configured'
    })
    expect(run.summary).toContain('| Retry count | 2 |')
  })

  it('with an empty token (an unset secret) still runs, writes nothing to GitHub and says why', async () => {
    const before = double.requests.length
    const run = await runMain({
      eventName: 'push',
      payload: webhookExample('push'),
      workspace: workspace('action-errors'),
      inputs: { token: '' },
      env: githubEnv()
    })
    // The definition's own errors decide, as with a token; no crash.
    expect(run.outputs.status).toBe('error')
    expect(run.stdout).not.toContain('internal error')
    expect(run.stdout).toContain('the `token` input is empty')
    expect(run.summary).toContain('No token: the `token` input is empty')
    expect(double.requests.length).toBe(before)
  })

  it('fails a push with three errors in two included files, annotated on their lines', async () => {
    const push = webhookExample('push')
    const run = await runMain({
      eventName: 'push',
      payload: push,
      workspace: workspace('action-errors'),
      inputs: { token: 'ghs_token', kubeconfig },
      env: githubEnv()
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    const check = double.state.checkRuns.at(-1)
    expect(check?.conclusion).toBe('failure')
    expect(
      check?.annotations.map((a) => [a.path, a.start_line, a.annotation_level])
    ).toEqual([
      ['addons/cache.yaml', 5, 'failure'],
      ['addons/web.yaml', 5, 'failure'],
      ['addons/web.yaml', 8, 'failure']
    ])
    expect(run.stdout).toContain(
      '::error title=unknown-field,file=addons/web.yaml,line=8'
    )
    const status = double.state.statuses.at(-1)
    expect(status).toMatchObject({
      context: 'clustersync/action-broken',
      state: 'failure'
    })
    // The runner swallows ::add-mask:: commands; nothing else may show it.
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
    expect(shown.join('\n')).not.toContain('s3cr3t-token-value')
    expect(run.stdout).toContain('::add-mask::s3cr3t-token-value')
    // post step removes the kubeconfig, even though main failed
    const dir = run.state['kubeconfig-dir'] as string
    expect(statSync(join(dir, 'kubeconfig')).mode & 0o777).toBe(0o600)
    expect((await runPost(run)).exitCode).toBe(0)
    expect(existsSync(dir)).toBe(false)
  })

  it('reads a definition input written as an absolute path in the workspace (${{ github.workspace }}/…)', async () => {
    const dir = workspace('action-errors')
    const run = await runMain({
      eventName: 'push',
      payload: webhookExample('push'),
      workspace: dir,
      inputs: {
        token: 'ghs_token',
        kubeconfig,
        definition: join(dir, 'cluster.yaml')
      },
      env: githubEnv()
    })
    // Read and validated (it was "Not Configured: no cluster definition").
    expect(run.outputs.status).toBe('error')
    expect(double.state.statuses.at(-1)).toMatchObject({
      context: 'clustersync/action-broken',
      state: 'failure'
    })
    expect(run.stdout).toContain(
      '::error title=unknown-field,file=addons/web.yaml,line=8'
    )
    expect((await runPost(run)).exitCode).toBe(0)
  })

  it("reports a kubeconfig that does not decode on the commit, as the user's mistake", async () => {
    const push = webhookExample('push')
    const run = await runMain({
      eventName: 'push',
      payload: push,
      workspace: workspace('action-valid'),
      inputs: { token: 'ghs_token', kubeconfig: 'not a kubeconfig at all' },
      env: githubEnv()
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    const check = double.state.checkRuns.at(-1)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check?.output?.summary).toContain('input "kubeconfig"')
    expect(double.state.statuses.at(-1)).toMatchObject({ state: 'failure' })
    expect(run.stdout).toContain('input "kubeconfig" accepts')
    expect(run.stdout).not.toContain('internal error')
    // The runner swallows ::add-mask:: commands; nothing else may show it.
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
    expect(shown.join('\n')).not.toContain('not a kubeconfig at all')
  })

  it('reports bad inputs on the commit, every one of them, before anything is applied', async () => {
    const deploymentsBefore = double.state.deployments.length
    const run = await runMain({
      eventName: 'push',
      payload: webhookExample('push'),
      workspace: workspace('action-valid'),
      inputs: {
        token: 'ghs_token',
        kubeconfig,
        concurrency: 'lots',
        prune: 'maybe'
      },
      env: githubEnv()
    })
    expect(run.exitCode).toBe(1)
    const check = double.state.checkRuns.at(-1)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check?.output?.summary).toContain('input "prune"')
    expect(check?.output?.summary).toContain('input "concurrency"')
    expect(run.stdout).toContain(
      'ClusterSync: 2 invalid inputs: input "prune" accepts true or false; got "maybe"'
    )
    expect(run.stdout).not.toContain('internal error')
    // Validate mode, whatever the event: no Deployment for a run that did nothing.
    expect(double.state.deployments.length).toBe(deploymentsBefore)
    // Without a definition too: a bad input is never a green Not Configured.
    const none = await runMain({
      eventName: 'push',
      payload: webhookExample('push'),
      workspace: workspace('action-none'),
      inputs: { token: 'ghs_token', mode: 'validation' },
      env: githubEnv()
    })
    expect(none.exitCode).toBe(1)
    expect(double.state.checkRuns.at(-1)).toMatchObject({
      conclusion: 'failure'
    })
  })

  it('plans a pull request in one comment, updated in place on the next push', async () => {
    const pr = webhookExample('pull_request', (e) => e.action === 'opened')
    const ws = workspace('action-valid')
    // Other scenarios sync the same cluster on the same double: only this
    // test's runs count.
    const deploymentsBefore = double.state.deployments.length
    const first = await runMain({
      eventName: 'pull_request',
      payload: pr,
      workspace: ws,
      inputs: { token: 't' },
      env: githubEnv()
    })
    if (first.exitCode !== 0) throw new Error(first.stdout + first.stderr)
    const number = (pr as { number: number }).number
    const mine = () =>
      double.state.comments.filter((c) => c.issue_number === number)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.body).toContain('ClusterSync plan for `action-demo`')
    expect(first.outputs.plan).toMatch(/clustersync-plan-action-demo\.json$/)
    const second = await runMain({
      eventName: 'pull_request',
      payload: pr,
      workspace: ws,
      inputs: { token: 't' },
      env: githubEnv()
    })
    expect(second.exitCode).toBe(0)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.updated_at).not.toBe(mine()[0]?.created_at)
    expect(
      double.state.deployments
        .slice(deploymentsBefore)
        .filter((d) => d.environment === 'action-demo')
    ).toHaveLength(0)
  })

  it('never uses the kubeconfig for a pull request from a fork, and copes with a read-only token', async () => {
    const pr = webhookExample('pull_request', (e) => e.action === 'opened')
    const head = (
      pr.pull_request as { head: { repo: Record<string, unknown> } }
    ).head
    head.repo = { ...head.repo, fork: true, full_name: 'someone/Hello-World' }
    double.fault({ kind: 'read-only', operations: 'write' })
    try {
      const run = await runMain({
        eventName: 'pull_request',
        payload: pr,
        workspace: workspace('action-valid'),
        inputs: { token: 't', kubeconfig },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(run.state['kubeconfig-dir']).toBeUndefined()
      expect(run.summary).toContain('GitHub refused')
      expect(run.stdout).toContain(
        '::warning title=ClusterSync could not report to GitHub'
      )
    } finally {
      double.clearFaults()
    }
  })

  describe('syncing to the local control plane', () => {
    const liveKubeconfig = (): string =>
      readFileSync(process.env.KUBECONFIG as string, 'utf8')

    it('syncs a push: check run success, status success, deployment, summary', async () => {
      const push = webhookExample('push')
      const run = await runMain({
        eventName: 'push',
        payload: push,
        workspace: workspace('action-valid'),
        inputs: { token: 't', kubeconfig: liveKubeconfig() },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(run.outputs.status).toBe('synced')
      const check = double.state.checkRuns.at(-1)
      expect(check).toMatchObject({
        name: 'ClusterSync / action-demo',
        conclusion: 'success'
      })
      // created in_progress, then one update per phase, then the completion
      expect(check?.history[0]).toMatchObject({ status: 'in_progress' })
      expect(
        check?.history.map((h) => (h.output as { title: string }).title)
      ).toEqual(
        expect.arrayContaining([
          '🔄 Syncing: Fetching',
          '🔄 Syncing: Validating',
          '🔄 Syncing: Applying'
        ])
      )
      const statuses = double.state.statuses.filter(
        (s) => s.context === 'clustersync/action-demo'
      )
      expect(statuses[0]?.state).toBe('pending')
      expect(statuses.at(-1)).toMatchObject({
        state: 'success',
        target_url: `${double.url}/${repository}/actions/runs/4242`
      })
      const deployment = double.state.deployments.at(-1)
      expect(deployment).toMatchObject({
        environment: 'action-demo',
        payload: { source: 'webhook', retryCount: 0 }
      })
      expect(deployment?.statuses.map((x) => x.state)).toEqual([
        'in_progress',
        'success'
      ])
      expect(run.summary).toContain('# ✅ action-demo: Synced')
      expect(run.summary).toContain('## Sync history')
      await runPost(run)
    })

    it('records a workflow_dispatch as manual, triggered by the actor, with the re-run count', async () => {
      const dispatch = webhookExample('workflow_dispatch')
      const run = await runMain({
        eventName: 'workflow_dispatch',
        payload: dispatch,
        workspace: workspace('action-valid'),
        inputs: { token: 't', kubeconfig: liveKubeconfig() },
        env: githubEnv({ GITHUB_ACTOR: 'octocat', GITHUB_RUN_ATTEMPT: '2' })
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(double.state.deployments.at(-1)?.payload).toMatchObject({
        source: 'manual',
        triggeredBy: 'octocat',
        retryCount: 1
      })
      expect(run.summary).toMatch(/\| Source \| manual \|/)
      expect(run.summary).toMatch(/\| Retry count \| 1 \|/)
      expect(run.summary).toMatch(/\| Triggered by \| octocat \|/)
      await runPost(run)
    })

    it('checks drift on a schedule against the live cluster, applying nothing', async () => {
      const deployments = double.state.deployments.length
      const run = await runMain({
        eventName: 'schedule',
        // GitHub's schedule payload holds only the cron expression.
        payload: { schedule: '17 3 * * *' },
        workspace: workspace('action-valid'),
        inputs: { token: 't', kubeconfig: liveKubeconfig() },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(run.outputs.status).toBe('synced')
      expect(run.summary).toMatch(/no drift|drift: /)
      expect(run.summary).toContain('plan only, nothing was applied')
      expect(double.state.deployments).toHaveLength(deployments)
      expect(run.state['kubeconfig-dir']).toBeDefined()
      await runPost(run)
    })

    it('syncs on a schedule when mode asks for it, recorded with the source schedule', async () => {
      const deployments = double.state.deployments.length
      const run = await runMain({
        eventName: 'schedule',
        payload: { schedule: '17 3 * * *' },
        workspace: workspace('action-valid'),
        inputs: {
          token: 't',
          kubeconfig: liveKubeconfig(),
          mode: 'sync',
          'full-reconcile': 'true'
        },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(run.outputs.status).toBe('synced')
      expect(run.summary).not.toContain('plan only, nothing was applied')
      expect(double.state.deployments).toHaveLength(deployments + 1)
      expect(double.state.deployments.at(-1)).toMatchObject({
        environment: 'action-demo',
        payload: { source: 'schedule' }
      })
      await runPost(run)
    })

    it('shows a pull request from this repository what would change in the cluster', async () => {
      const pr = webhookExample(
        'pull_request',
        (e) => e.action === 'synchronize'
      )
      const run = await runMain({
        eventName: 'pull_request',
        payload: pr,
        workspace: workspace('action-valid'),
        inputs: { token: 't', kubeconfig: liveKubeconfig() },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      const number = (pr as { number: number }).number
      const comments = double.state.comments.filter(
        (c) => c.issue_number === number
      )
      expect(comments).toHaveLength(1)
      expect(comments[0]?.body).toContain('Changes for cluster "action-demo"')
      expect(
        double.state.checkRuns.at(-1)?.history.at(-1)?.output
      ).toMatchObject({
        text: expect.stringContaining('```mermaid') as unknown
      })
      await runPost(run)
    })
  })
})
