/**
 * The `timeout` input bounds a pull request's plan as it bounds a sync: a
 * plan whose comparison waits on a chart repository that never answers
 * (as a firewalled one does: here the pull request moves an installed
 * add-on to such a repository) ends when the timeout has passed, completes
 * its check run and status saying it ran out of time, and exits; before,
 * it waited out helm's own timeouts and retries, minutes, whatever the
 * input said. The built Action (dist/index.js on the Action's Node)
 * against the GitHub API double, with a real webhook payload, on the
 * local control plane.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { webhookExample } from '../support/action-runner.js'
import { runPlaneJob } from '../support/action-job.js'
import { clusterEnv } from '../support/cluster.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { removeSyncedCluster } from './sync-support.js'

const slow = 180_000
const id = Date.now().toString(36)
const ns = `cs-plan-timeout-${id}`
const cluster = `e2e-plan-timeout-${id}`

describe('a pull request plan that waits on a chart repository that never answers', () => {
  let double: GitHubDouble
  let silent: Server
  let workspace: string

  /** One add-on, `app` 1.0.0 from `repository`. */
  const definition = (repository: string, version: string) =>
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      `metadata: {name: ${cluster}}`,
      'spec:',
      '  stacks:',
      '    - name: app',
      '      addons:',
      '        - name: web',
      '          chart_name: app',
      `          chart_version: ${version}`,
      `          repository_url: ${repository}`,
      `          namespace: ${ns}`,
      ''
    ].join('\n')

  beforeAll(async () => {
    double = await startGitHubDouble()
    silent = createServer(() => undefined)
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done))
    workspace = mkdtempSync(join(tmpdir(), 'clustersync-plan-timeout-'))
    // The release exists, so the plan renders the proposed chart to compare.
    writeFileSync(
      join(workspace, 'cluster.yaml'),
      definition(clusterEnv().chartRepo, '1.0.0')
    )
    const push = await runPlaneJob({
      double,
      runId: '7000',
      sha: 'a'.repeat(40),
      eventName: 'push',
      payload: webhookExample('push'),
      workspace
    })
    if (push.exitCode !== 0) throw new Error(push.stdout + push.stderr)
    const { port } = silent.address() as AddressInfo
    writeFileSync(
      join(workspace, 'cluster.yaml'),
      definition(`http://127.0.0.1:${port}`, '1.1.0')
    )
  }, slow)

  afterEach(() => double.assertNoViolations())
  afterAll(async () => {
    silent.close()
    await removeSyncedCluster(ns, cluster)
    await double.close()
    rmSync(workspace, { recursive: true, force: true })
  })

  it(
    'ends at the timeout input, saying so on the check run and the status',
    async () => {
      const payload = webhookExample(
        'pull_request',
        (e) => e.action === 'synchronize'
      )
      const started = performance.now()
      const run = await runPlaneJob({
        double,
        runId: '7001',
        sha: 'c'.repeat(40),
        ref: 'refs/pull/41/merge',
        eventName: 'pull_request',
        payload,
        workspace,
        inputs: { timeout: '4s' }
      })
      const seconds = (performance.now() - started) / 1000
      // helm alone waits minutes for a repository that never answers.
      expect(seconds).toBeLessThan(60)
      expect(run.exitCode).toBe(1)
      const check = double.state.checkRuns.at(-1)
      expect(check?.status).toBe('completed')
      expect(check?.conclusion).toBe('failure')
      expect(check?.output.title).toMatch(
        /the run ran out of time \(the timeout input: 4 s\)/
      )
      expect(double.state.statuses.at(-1)).toMatchObject({ state: 'failure' })
    },
    slow
  )
})
