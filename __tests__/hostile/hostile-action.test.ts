/**
 * The hostile repositories (hostile-repos.ts) as a fork's pull request: the
 * built Action (dist/index.js) run as the runner runs it — the Node of
 * action.yml's major, a real `pull_request` payload from
 * @octokit/webhooks-examples with a fork as head — against the GitHub API
 * double, under the limits of limited-process.ts (30 s, 1 GiB). A failing
 * case must end in a check run concluded as failure with an annotation on
 * the file, never in a hang or a crash; no case may show a secret on any
 * channel (stdout, stderr, job summary, what GitHub received). Needs
 * `npm run build`; no cluster.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  runLimited,
  type LimitedRun
} from '../../__fixtures__/limited-process.js'
import { webhookExample } from '../../e2e/support/action-runner.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import { ensureActionNode } from '../../e2e/scripts/lib/action-node.js'
import {
  buildCase,
  forgedLines,
  hostileCases,
  printRunFigures,
  recordRun,
  secretForms,
  type HostileCase
} from './hostile-repos.js'

const kubeconfigToken = 'hostile-kubeconfig-token-77aa'
const kubeconfig = [
  'apiVersion: v1',
  'kind: Config',
  'clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]',
  `users: [{name: u, user: {token: "${kubeconfigToken}"}}]`,
  'contexts: [{name: x, context: {cluster: c, user: u}}]',
  'current-context: x'
].join('\n')

let double: GitHubDouble
let node: string

beforeAll(async () => {
  node = ensureActionNode()
  double = await startGitHubDouble()
})
afterAll(async () => {
  printRunFigures('Action')
  await double.close()
})

/** A fork's pull request of its own number and head, so cases run side by side. */
function forkPullRequest(index: number): {
  payload: Record<string, unknown>
  sha: string
  number: number
} {
  const payload = webhookExample('pull_request', (e) => e.action === 'opened')
  const number = 9000 + index
  const sha = (index + 1).toString(16).padStart(40, 'a')
  const pr = payload.pull_request as {
    number: number
    head: { sha: string; repo: Record<string, unknown> }
  }
  payload.number = number
  pr.number = number
  pr.head.sha = sha
  pr.head.repo = {
    ...pr.head.repo,
    fork: true,
    full_name: 'someone/Hello-World'
  }
  return { payload, sha, number }
}

/** Runs the main step on `workspace`; the runner's files read back. */
async function runAction(
  index: number,
  workspace: string
): Promise<LimitedRun & { summary: string; sha: string; number: number }> {
  const { payload, sha, number } = forkPullRequest(index)
  const job = mkdtempSync(join(tmpdir(), 'clustersync-hostile-job-'))
  const files = {
    GITHUB_OUTPUT: join(job, 'output'),
    GITHUB_STATE: join(job, 'state'),
    GITHUB_STEP_SUMMARY: join(job, 'summary'),
    GITHUB_EVENT_PATH: join(job, 'event.json')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(payload))
  const run = await runLimited(node, [resolve('dist/index.js')], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: job,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(job, 'temp'),
      GITHUB_API_URL: double.url,
      GITHUB_SERVER_URL: double.url,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_RUN_ID: String(5000 + index),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'someone',
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_SHA: sha,
      INPUT_TOKEN: 'ghs_hostile',
      INPUT_KUBECONFIG: kubeconfig,
      ...files
    }
  })
  return {
    ...run,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    sha,
    number
  }
}

describe('the Action on hostile pull requests from a fork', () => {
  it.concurrent.each(hostileCases.map((c, i) => [c.name, c, i] as const))(
    '%s',
    async (_name, c: HostileCase, index: number) => {
      const { repo } = buildCase(c)
      const run = await runAction(index, repo)
      recordRun(c.name, run)
      expect({ killedFor: run.killedFor, signal: run.signal }).toEqual({
        killedFor: undefined,
        signal: null
      })
      const checks = double.state.checkRuns.filter(
        (r) => r.head_sha === run.sha
      )
      const received = JSON.stringify({
        checks,
        comments: double.state.comments.filter(
          (m) => m.issue_number === run.number
        ),
        statuses: double.state.statuses.filter((s) => s.sha === run.sha)
      })
      expect({ code: run.code, stdout: run.stdout.slice(-2000) }).toMatchObject(
        {
          code: c.exit
        }
      )
      const check = checks.at(-1)
      expect(check?.conclusion).toBe(c.exit === 0 ? 'success' : 'failure')
      if (c.file) {
        expect(
          check?.annotations.map((a) => (a as { path: string }).path)
        ).toContain(c.file)
      }
      // The runner swallows ::add-mask:: lines; every other byte is shown.
      const shown = [
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        run.stderr,
        run.summary,
        received
      ].join('\n')
      for (const secret of secretForms([...(c.secrets ?? []), kubeconfigToken]))
        expect(shown).not.toContain(secret)
      expect(forgedLines(run.stdout)).toEqual([])
    }
  )

  it('sent GitHub only requests its API description allows', () => {
    double.assertNoViolations()
  })
})
