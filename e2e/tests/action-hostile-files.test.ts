/**
 * The built Action (dist/index.js, as the runner runs it) on repositories a
 * pull request could push: a cluster.yaml that is a FIFO or a link to
 * /dev/zero, and a chart folder whose links leave the repository. The
 * Action reads the definition before any check, in every mode and for
 * forks too, so each must end within seconds in a failed run whose
 * annotation names the file and what to do. Each run is bounded (killed
 * after 30 s or above 1 GB, RELIABILITY.md), so a regression fails here
 * instead of hanging the job or filling the machine's memory.
 */
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  runMain,
  webhookExample,
  type ActionRun
} from '../support/action-runner.js'
import {
  definition,
  hostileRepo,
  unblockFifoAfter,
  type HostileEntry
} from '../../__fixtures__/hostile-files.js'
import { join } from 'node:path'

let double: GitHubDouble
beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())
afterEach(() => double.assertNoViolations())

const limits = { seconds: 30, rssBytes: 1024 ** 3 }

const kubeconfig = [
  'apiVersion: v1',
  'kind: Config',
  'clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]',
  'users: [{name: u, user: {token: "s3cr3t-token-value"}}]',
  'contexts: [{name: x, context: {cluster: c, user: u}}]',
  'current-context: x'
].join('\n')

function githubEnv(): Record<string, string> {
  return {
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: double.url,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4343',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'f'.repeat(40)
  }
}

/** A pull request from a fork: a plan, no kubeconfig. */
function forkPullRequest(): unknown {
  const pr = webhookExample('pull_request', (e) => e.action === 'opened')
  const head = (pr.pull_request as { head: { repo: Record<string, unknown> } })
    .head
  head.repo = { ...head.repo, fork: true, full_name: 'someone/Hello-World' }
  return pr
}

/** Runs the Action on a fresh repository of `entries`, bounded by `limits`. */
async function runOn(
  entries: Record<string, HostileEntry>,
  event: 'fork' | 'push' | 'validate',
  fifos: string[] = []
): Promise<ActionRun & { seconds: number }> {
  const workspace = hostileRepo(entries)
  // Released after the limit: a read still blocked on the FIFO by then
  // has already failed the run (killed for time).
  const guards = fifos.map((f) =>
    unblockFifoAfter(join(workspace, f), limits.seconds * 1000 + 5000)
  )
  const started = Date.now()
  try {
    const run = await runMain({
      eventName: event === 'fork' ? 'pull_request' : 'push',
      payload: event === 'fork' ? forkPullRequest() : webhookExample('push'),
      workspace,
      inputs:
        event === 'fork'
          ? { token: 't' }
          : event === 'validate'
            ? { token: 't', mode: 'validate' }
            : { token: 't', kubeconfig },
      env: githubEnv(),
      limits
    })
    return { ...run, seconds: (Date.now() - started) / 1000 }
  } finally {
    for (const g of guards) g.stop()
  }
}

/** The run failed in time, with an error annotation at `file` saying `words`. */
function expectRefused(
  run: ActionRun & { seconds: number },
  code: string,
  file: string,
  words: string
): void {
  expect(run.killed).toBeUndefined()
  expect(run.exitCode).toBe(1)
  expect(run.outputs.status).toBe('error')
  expect(run.stdout).toContain(`::error title=${code},file=${file}`)
  expect(run.stdout).toContain(words)
  expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at /)
  expect(double.state.checkRuns.at(-1)).toMatchObject({
    conclusion: 'failure'
  })
}

describe('the Action on hostile files', () => {
  it.each(['fork', 'push', 'validate'] as const)(
    'refuses a cluster.yaml that is a FIFO within seconds (%s)',
    async (event) => {
      const run = await runOn({ 'cluster.yaml': { fifo: true } }, event, [
        'cluster.yaml'
      ])
      expectRefused(
        run,
        'not-a-file',
        'cluster.yaml',
        'the cluster definition "cluster.yaml" is a FIFO, not a file'
      )
      expect(run.seconds).toBeLessThan(limits.seconds)
    }
  )

  it.each(['fork', 'push'] as const)(
    'refuses a cluster.yaml linked to /dev/zero without reading it (%s)',
    async (event) => {
      const run = await runOn({ 'cluster.yaml': { link: '/dev/zero' } }, event)
      expectRefused(
        run,
        'path-escapes-repository',
        'cluster.yaml',
        'is a symbolic link to a place outside the repository'
      )
    }
  )

  it('refuses a fork whose chart folder links to /etc, before Helm sees it', async () => {
    const run = await runOn(
      {
        'cluster.yaml': definition([
          'addons:',
          '  - name: app',
          '    chart_name: ./charts/app',
          '    chart_version: 1.0.0',
          '    namespace: apps'
        ]),
        'charts/app/Chart.yaml': { link: '/etc/passwd' },
        'charts/app/templates': { link: '/etc' }
      },
      'fork'
    )
    expectRefused(
      run,
      'path-escapes-repository',
      'cluster.yaml',
      '"charts/app/Chart.yaml" in the chart folder "charts/app" is a symbolic link to a place outside the repository'
    )
    expect(run.stdout).toContain(
      '"charts/app/templates" in the chart folder "charts/app" is a symbolic link'
    )
  })
})
