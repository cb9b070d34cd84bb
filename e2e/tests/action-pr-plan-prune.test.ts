/**
 * A pull request's plan lists what the sync it previews would prune, under
 * that sync's settings: the job's `prune` and `allow-destructive-prune`
 * inputs. The built Action (dist/index.js on the Action's Node) against the
 * GitHub API double, with real webhook payloads, on the local control plane.
 * A push syncs a ConfigMap and a Namespace; a pull request removes both.
 * With the defaults the plan lists both as pruned and says the guard stops
 * the prune at the Namespace; with `prune: false` both are left in place
 * and nothing is to prune; with `allow-destructive-prune: true` both are
 * pruned and no guard is named. Nothing in the cluster changes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { webhookExample } from '../support/action-runner.js'
import { runPlaneJob } from '../support/action-job.js'
import {
  kubectl,
  kubectlGet,
  testNamespaceLabel,
  uniqueNamespace
} from '../support/cluster.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { removeSyncedCluster } from './sync-support.js'

const slow = 240_000

describe('a pull request that removes objects, planned under the job’s prune inputs', () => {
  let double: GitHubDouble
  let ns: string
  let extraNs: string
  let cluster: string
  let workspace: string

  /** The definition; `withRemoved` keeps the two manifests the PR removes. */
  function definition(withRemoved: boolean): string {
    const manifest = (name: string, file: string) => [
      `        - name: ${name}`,
      `          from_file: ${file}`
    ]
    return [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: objects',
      '      manifests:',
      ...manifest('kept', 'kept.yaml'),
      ...(withRemoved
        ? [
            ...manifest('gone', 'gone.yaml'),
            ...manifest('extra-namespace', 'namespace.yaml')
          ]
        : []),
      ''
    ].join('\n')
  }

  const configMap = (name: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ndata:\n  k: v\n`

  /** The plan comment of a pull request that removes `gone` and the Namespace. */
  async function planRemoval(
    number: number,
    inputs: Record<string, string>
  ): Promise<string> {
    writeFileSync(join(workspace, 'cluster.yaml'), definition(false))
    const payload = webhookExample(
      'pull_request',
      (e) => e.action === 'synchronize'
    )
    const pr = payload.pull_request as { number: number; head: { sha: string } }
    const sha = number.toString(16).padStart(40, '0')
    payload.number = number
    pr.number = number
    pr.head.sha = sha
    const run = await runPlaneJob({
      double,
      runId: String(6000 + number),
      sha: 'b'.repeat(40),
      ref: `refs/pull/${number}/merge`,
      eventName: 'pull_request',
      payload,
      workspace,
      inputs
    })
    if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
    const comments = double.state.comments.filter(
      (c) => c.issue_number === number
    )
    expect(comments).toHaveLength(1)
    return comments[0]?.body ?? ''
  }

  beforeAll(async () => {
    double = await startGitHubDouble()
    ns = (await uniqueNamespace('prprune')).name
    extraNs = `${ns}-extra`
    cluster = `e2e-${ns}`
    workspace = mkdtempSync(join(tmpdir(), 'clustersync-pr-prune-'))
    writeFileSync(join(workspace, 'kept.yaml'), configMap('kept'))
    writeFileSync(join(workspace, 'gone.yaml'), configMap('gone'))
    writeFileSync(
      join(workspace, 'namespace.yaml'),
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${extraNs}\n  labels:\n    ${testNamespaceLabel}: "true"\n`
    )
    writeFileSync(join(workspace, 'cluster.yaml'), definition(true))
    const push = await runPlaneJob({
      double,
      runId: '6000',
      sha: 'a'.repeat(40),
      eventName: 'push',
      payload: webhookExample('push'),
      workspace
    })
    if (push.exitCode !== 0) throw new Error(push.stdout + push.stderr)
    expect(push.outputs.status).toBe('synced')
  }, slow)

  afterEach(() => double.assertNoViolations())
  afterAll(async () => {
    await kubectl([
      'delete',
      'namespace',
      extraNs,
      '--ignore-not-found',
      '--wait=false'
    ])
    await removeSyncedCluster(ns, cluster)
    await double.close()
    rmSync(workspace, { recursive: true, force: true })
  })

  /** Both removed objects are still in the cluster: a plan changes nothing. */
  async function expectNothingDeleted(): Promise<void> {
    expect(
      await kubectlGet(['configmap', 'gone', '-n', ns], '{.metadata.name}')
    ).toBe('gone')
    expect(await kubectlGet(['namespace', extraNs], '{.status.phase}')).toBe(
      'Active'
    )
  }

  it(
    'lists both as pruned and says the guard stops the prune at the Namespace',
    async () => {
      const comment = await planRemoval(31, {})
      expect(comment).toContain(`- ConfigMap/${ns}/gone  pruned`)
      expect(comment).toContain(`- Namespace/${extraNs}  pruned`)
      expect(comment).toContain(
        'The prune would stop: it needs --allow-destructive-prune'
      )
      expect(comment).toContain(
        `would delete Namespace/${extraNs} (a Namespace)`
      )
      await expectNothingDeleted()
    },
    slow
  )

  it(
    'with prune: false, leaves both in place and lists nothing to prune',
    async () => {
      const comment = await planRemoval(33, { prune: 'false' })
      expect(comment).toContain('0 to prune')
      expect(comment).toContain(
        `= ConfigMap/${ns}/gone  unchanged  (left in place: pruning is off`
      )
      expect(comment).toContain(
        `= Namespace/${extraNs}  unchanged  (left in place: pruning is off`
      )
      expect(comment).not.toContain('The prune would stop')
      await expectNothingDeleted()
    },
    slow
  )

  it(
    'with allow-destructive-prune: true, lists both as pruned and names no guard',
    async () => {
      const comment = await planRemoval(35, {
        'allow-destructive-prune': 'true'
      })
      expect(comment).toContain(`- ConfigMap/${ns}/gone  pruned`)
      expect(comment).toContain(`- Namespace/${extraNs}  pruned`)
      expect(comment).not.toContain('The prune would stop')
      await expectNothingDeleted()
    },
    slow
  )
})
