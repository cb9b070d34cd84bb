/**
 * What a reviewer sees on a pull request that changes an add-on (issue 17,
 * "Drift that shows"): the built Action (dist/index.js on the Action's
 * Node) against the GitHub API double, with real webhook payloads, on the
 * local control plane. A push syncs the plane's `app` chart 1.0.0; then a
 * pull request that changes its values and one that bumps it to 1.1.0 are
 * planned. The check run and the PR comment name each rendered object the
 * upgrade would change, with its fields old → new; a value that ends up in
 * a Secret is masked; and the release keeps its revision (a plan never
 * changes the cluster).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { webhookExample, type ActionRun } from '../support/action-runner.js'
import { runPlaneJob } from '../support/action-job.js'
import {
  clusterEnv,
  helm,
  kubectlGet,
  uniqueNamespace
} from '../support/cluster.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { expectNoLeaks } from '../support/leak-channels.js'
import { removeSyncedCluster } from './sync-support.js'

const slow = 240_000
const id = Date.now().toString(36)
/** What the chart puts in its Secret (templates/secret.yaml): never shown. */
const tokens = {
  'deployed api token': `deployed-token-${id}`,
  'proposed api token': `proposed-token-${id}`
}

/** The definition: one add-on, `app` from the plane's chart repository. */
function definition(
  cluster: string,
  ns: string,
  add: { version: string; replicas: number; token: string }
): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: addons',
    '      addons:',
    '        - name: app',
    '          chart_name: app',
    `          chart_version: ${add.version}`,
    `          repository_url: ${clusterEnv().chartRepo}`,
    `          namespace: ${ns}`,
    '          configuration:',
    '            values: |',
    `              replicas: ${add.replicas}`,
    `              apiToken: ${add.token}`,
    ''
  ].join('\n')
}

/** What GitHub and the reviewer got from one pull request's plan. */
interface PlannedPullRequest {
  run: ActionRun
  /** The plan comment's body. */
  comment: string
  /** The completed check run's output (summary and text). */
  checkRun: string
}

describe('a pull request that changes an add-on, planned by the Action', () => {
  let double: GitHubDouble
  let ns: string
  let cluster: string
  let workspace: string
  let deployedRevision: number

  /** The release's revision and status, as `helm status` reports them. */
  const release = async (): Promise<{ version: number; status: string }> => {
    const out = await helm(3, ['status', 'app', '-n', ns, '-o', 'json'])
    const parsed = JSON.parse(out.stdout) as {
      version: number
      info: { status: string }
    }
    return { version: parsed.version, status: parsed.info.status }
  }

  /**
   * Commits `cluster.yaml` as the pull request's head (the workspace) and
   * runs the Action for a `pull_request` event of PR `number`.
   */
  async function planPullRequest(
    number: number,
    change: { version: string; replicas: number; token: string }
  ): Promise<PlannedPullRequest> {
    writeFileSync(
      join(workspace, 'cluster.yaml'),
      definition(cluster, ns, change)
    )
    const payload = webhookExample(
      'pull_request',
      (e) => e.action === 'synchronize'
    )
    const pr = payload.pull_request as {
      number: number
      head: { sha: string }
    }
    const sha = number.toString(16).padStart(40, '0')
    payload.number = number
    pr.number = number
    pr.head.sha = sha
    const run = await runPlaneJob({
      double,
      runId: String(5000 + number),
      sha: 'b'.repeat(40),
      ref: `refs/pull/${number}/merge`,
      eventName: 'pull_request',
      payload,
      workspace
    })
    if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
    const comments = double.state.comments.filter(
      (c) => c.issue_number === number
    )
    expect(comments).toHaveLength(1)
    const check = double.state.checkRuns.find((c) => c.head_sha === sha)
    expect(check).toMatchObject({
      name: `ClusterSync / ${cluster}`,
      status: 'completed'
    })
    return {
      run,
      comment: comments[0]?.body ?? '',
      checkRun: `${check?.output.summary ?? ''}\n${check?.output.text ?? ''}`
    }
  }

  beforeAll(async () => {
    double = await startGitHubDouble()
    ns = (await uniqueNamespace('prplan')).name
    cluster = `e2e-${ns}`
    workspace = mkdtempSync(join(tmpdir(), 'clustersync-pr-plan-'))
    writeFileSync(
      join(workspace, 'cluster.yaml'),
      definition(cluster, ns, {
        version: '1.0.0',
        replicas: 1,
        token: tokens['deployed api token']
      })
    )
    const push = await runPlaneJob({
      double,
      runId: '5000',
      sha: 'a'.repeat(40),
      eventName: 'push',
      payload: webhookExample('push'),
      workspace
    })
    if (push.exitCode !== 0) throw new Error(push.stdout + push.stderr)
    expect(push.outputs.status).toBe('synced')
    const installed = await release()
    expect(installed.status).toBe('deployed')
    deployedRevision = installed.version
  }, slow)

  afterEach(() => double.assertNoViolations())
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    await double.close()
    rmSync(workspace, { recursive: true, force: true })
  })

  it(
    'shows a values change as the fields of the objects it renders, a Secret’s masked',
    async () => {
      const planned = await planPullRequest(17, {
        version: '1.0.0',
        replicas: 2,
        token: tokens['proposed api token']
      })
      for (const [channel, text] of Object.entries({
        'PR comment': planned.comment,
        'check run': planned.checkRun
      })) {
        expect([channel, text]).toEqual([
          channel,
          expect.stringContaining(
            [
              `  ~ Deployment/${ns}/app  configured  (rendered by release app)`,
              '      ~ spec.replicas: 1 → 2'
            ].join('\n')
          )
        ])
        expect([channel, text]).toEqual([
          channel,
          expect.stringContaining(
            [
              `  ~ Secret/${ns}/app  configured  (rendered by release app)`,
              '      ~ stringData.api-token: (sensitive value) → (sensitive value)'
            ].join('\n')
          )
        ])
        // In the open, before the folded plan: what a reviewer reads first.
        const shown = text.indexOf('#### What would change in the cluster')
        expect([channel, shown > -1]).toEqual([channel, true])
        expect(shown).toBeLessThan(text.indexOf('<details>'))
        expect(text.indexOf(`Deployment/${ns}/app`)).toBeLessThan(
          text.indexOf('<details>')
        )
        // The ConfigMap and Service render the same: not listed.
        expect(text).not.toContain(`ConfigMap/${ns}/app`)
        expect(text).not.toContain(`Service/${ns}/app`)
      }
      expectNoLeaks(
        {
          'PR comment': planned.comment,
          'check run': planned.checkRun,
          'job summary': planned.run.summary,
          'Action log': planned.run.stdout + planned.run.stderr
        },
        tokens
      )
      expect(await release()).toEqual({
        version: deployedRevision,
        status: 'deployed'
      })
      expect(
        await kubectlGet(['deployment', 'app', '-n', ns], '{.spec.replicas}')
      ).toBe('1')
    },
    slow
  )

  it(
    'shows a chart version bump as the objects the new chart renders differently',
    async () => {
      const planned = await planPullRequest(19, {
        version: '1.1.0',
        replicas: 1,
        token: tokens['deployed api token']
      })
      for (const text of [planned.comment, planned.checkRun]) {
        expect(text).toContain(`~ helm:${ns}/app  configured`)
        expect(text).toContain('~ chart: app-1.0.0 → app-1.1.0')
        expect(text).toContain(
          [
            `  ~ ConfigMap/${ns}/app  configured  (rendered by release app)`,
            '      ~ data.chartVersion: "1.0.0" → "1.1.0"'
          ].join('\n')
        )
        expect(text).toContain('+ data.color: "blue"')
        expect(text).toContain(
          `~ metadata.labels.helm.sh/chart: "app-1.0.0" → "app-1.1.0"`
        )
        // The one field of the container that changes, not the whole list.
        expect(text).toContain(
          '~ spec.template.spec.containers[name=app].image: "registry.example/clustersync/app:1.0.0" → "registry.example/clustersync/app:1.1.0"'
        )
      }
      expect(await release()).toEqual({
        version: deployedRevision,
        status: 'deployed'
      })
    },
    slow
  )
})
