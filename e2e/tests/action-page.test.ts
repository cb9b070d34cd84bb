/**
 * `mode: page` as the runner runs it (dist/index.js on the Action's Node):
 * the GitOps page built from the syncs the API double holds, into the
 * `page-dir` of the workspace, and built again incrementally.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runMain, webhookExample } from '../support/action-runner.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { createGitHubApi } from '../../src/adapters/actions-github.js'
import { silentLogger } from '../../src/ports/logger.js'
import { syncRecord } from '../../src/report/history.js'

let double: GitHubDouble
const repository = 'Codertocat/Hello-World'

beforeAll(async () => {
  double = await startGitHubDouble()
  const [owner = '', repo = ''] = repository.split('/')
  const api = createGitHubApi({
    token: 't',
    apiUrl: double.url,
    owner,
    repo,
    clock: { now: () => new Date(), sleep: () => Promise.resolve() },
    logger: silentLogger
  })
  // Three syncs of prod, the newest failed.
  for (let i = 0; i < 3; i++) {
    const sha = String(i + 1).repeat(40)
    const record = syncRecord({
      cluster: 'prod',
      commit: sha,
      source: 'webhook',
      triggeredBy: 'github-actions[bot]',
      retryCount: 0,
      startedAt: new Date(Date.now() - (3 - i) * 60_000).toISOString()
    })
    const d = await api.createDeployment({
      ref: sha,
      environment: 'prod',
      description: 'sync',
      payload: { ...record }
    })
    await api.createDeploymentStatus(d.id, {
      state: i === 2 ? 'failure' : 'success',
      description: i === 2 ? 'manifest:web failed' : 'synced'
    })
  }
})
afterAll(() => double.close())
afterEach(() => double.assertNoViolations())

describe('the Action in mode page', () => {
  it('writes the site into page-dir, then builds it again incrementally', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'clustersync-ws-page-'))
    const run = () =>
      runMain({
        eventName: 'workflow_dispatch',
        payload: webhookExample('workflow_dispatch'),
        workspace,
        inputs: { token: 't', mode: 'page', 'page-dir': 'site' },
        env: {
          GITHUB_API_URL: double.url,
          GITHUB_SERVER_URL: double.url,
          GITHUB_REPOSITORY: repository,
          GITHUB_RUN_ID: '77',
          GITHUB_SHA: '3'.repeat(40),
          GITHUB_REF: 'refs/heads/main'
        }
      })
    const first = await run()
    if (first.exitCode !== 0) throw new Error(first.stdout + first.stderr)
    expect(first.stdout).toMatch(
      /GitOps page written to site: 1 cluster, 3 syncs \(first build\), \d+ GitHub requests/
    )
    for (const file of ['index.html', 'prod/index.html', 'prod/badge.svg'])
      expect(existsSync(join(workspace, 'site', file))).toBe(true)
    const page = readFileSync(
      join(workspace, 'site', 'prod', 'index.html'),
      'utf8'
    )
    expect(page).toContain('Failed')
    expect(
      readFileSync(join(workspace, 'site', 'prod', 'badge.svg'), 'utf8')
    ).toMatch(/<svg/)
    // A mode that writes a site needs no definition and no kubeconfig.
    expect(double.state.checkRuns).toHaveLength(0)
    const second = await run()
    expect(second.exitCode).toBe(0)
    expect(second.stdout).toMatch(/3 syncs \(incremental\)/)
  })
})
