/**
 * The runner cancels a sync (issue 15): dist/index.js on the Action's Node,
 * against the local control plane and the GitHub API double, signalled as
 * the runner signals a cancelled step — SIGINT, SIGTERM 7.5 s later, the
 * process killed 2.5 s after that. Mid-apply and while waiting for the
 * cluster lock, the Action must end before the kill with its check run
 * completed, the end recorded, and the lock released (or, when it never
 * held it, left to its holder).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  runMain,
  webhookExample,
  type ActionRun
} from '../support/action-runner.js'
import { clusterEnv, kubectl, kubectlGet } from '../support/cluster.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { removeSyncedCluster, stuckRepo } from './sync-support.js'
import { leaseName, systemNamespace } from '../../src/state/cluster-names.js'

const slow = 180_000
const id = Date.now().toString(36)
const repository = 'Codertocat/Hello-World'
let double: GitHubDouble

beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())
afterEach(() => double.assertNoViolations())

function githubEnv(): Record<string, string> {
  return {
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: double.url,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: '5151',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'c'.repeat(40)
  }
}

/**
 * Signals the process as the runner does once `ready` sees its line, and
 * records when: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that.
 */
function cancelLikeTheRunner(ready: (line: string) => boolean): {
  onLine: (line: string, pid: number) => void
  cancelledAt: () => number | undefined
} {
  let at: number | undefined
  return {
    cancelledAt: () => at,
    onLine: (line, pid) => {
      if (at !== undefined || !ready(line)) return
      at = Date.now()
      process.kill(pid, 'SIGINT')
      const term = setTimeout(() => signal(pid, 'SIGTERM'), 7_500)
      const kill = setTimeout(() => signal(pid, 'SIGKILL'), 10_000)
      term.unref()
      kill.unref()
    }
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // Gone already: the Action ended in time.
  }
}

async function runCancelled(
  workspace: string,
  ready: (line: string) => boolean,
  event: { name: string; payload: Record<string, unknown> } = {
    name: 'push',
    payload: webhookExample('push')
  }
): Promise<{ run: ActionRun; secondsAfterCancel: number }> {
  const kubeconfig = readFileSync(clusterEnv().kubeconfig, 'utf8')
  const cancel = cancelLikeTheRunner(ready)
  const run = await runMain({
    eventName: event.name,
    payload: event.payload,
    workspace,
    inputs: { token: 't', kubeconfig, timeout: '120' },
    env: githubEnv(),
    onLine: cancel.onLine
  })
  const at = cancel.cancelledAt()
  if (at === undefined) throw new Error(`never cancelled:\n${run.stdout}`)
  const secondsAfterCancel = (Date.now() - at) / 1000
  // For RELIABILITY.md's table.
  console.log(
    `cancelled: the Action ended ${secondsAfterCancel.toFixed(1)}s after SIGINT`
  )
  return { run, secondsAfterCancel }
}

async function leaseHolder(cluster: string): Promise<string> {
  const out = await kubectl(
    [
      'get',
      'lease',
      leaseName(cluster),
      '-n',
      systemNamespace,
      '--ignore-not-found',
      '-o',
      'jsonpath={.spec.holderIdentity}'
    ],
    { allowFailure: true }
  )
  return out.stdout.trim()
}

describe('the Action cancelled by the runner', () => {
  const ns = `cs-cancel-${id}`
  const cluster = `e2e-cancel-${id}`
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'mid-apply: starts no more steps, interrupts the health wait in flight, completes its check run and releases the lock before the kill',
    async () => {
      const { run, secondsAfterCancel } = await runCancelled(
        stuckRepo(ns, cluster),
        (line) => line.includes('→ manifest:stuck')
      )
      // Ended on its own, before the runner's SIGTERM at 7.5 s.
      expect(run.killed).toBeUndefined()
      expect(secondsAfterCancel).toBeLessThan(7.5)
      expect(run.exitCode).toBe(1)
      const check = double.state.checkRuns.at(-1)
      expect(check?.status).toBe('completed')
      expect(check?.conclusion).toBe('failure')
      expect(check?.output.summary).toMatch(/cancelled/)
      expect(run.stdout).toMatch(/the job was cancelled \(SIGINT\)/)
      expect(run.stdout).toMatch(
        /cancelled while waiting for Deployment\/\S+\/stuck to become ready/
      )
      // The step after the interrupted one never started.
      expect(
        await kubectlGet(
          ['configmap', 'after', '-n', ns, '--ignore-not-found'],
          '{.metadata.name}'
        )
      ).toBe('')
      expect(await leaseHolder(cluster)).toBe('')
      // The end is recorded in the cluster: a cancelled sync, not a live one.
      const recorded = JSON.parse(
        await kubectlGet(
          ['configmap', `clustersync-${cluster}`, '-n', systemNamespace],
          '{.data.inventory\\.json}'
        )
      ) as {
        lastStarted?: unknown
        lastSync?: { status: string; message?: string }
      }
      expect(recorded.lastStarted).toBeUndefined()
      expect(recorded.lastSync?.status).toBe('error')
    },
    slow
  )

  it(
    'while waiting for the cluster lock: stops waiting at once, applies nothing, completes its check run and leaves the lock to its holder',
    async () => {
      const holder = 'github-actions Codertocat/Hello-World run 1 (another job)'
      const now = new Date().toISOString().replace(/\.\d+Z$/, '.000000Z')
      await kubectl(['create', 'namespace', systemNamespace], {
        allowFailure: true
      })
      await kubectl(['apply', '-f', '-'], {
        input: JSON.stringify({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: leaseName(cluster), namespace: systemNamespace },
          spec: {
            holderIdentity: holder,
            leaseDurationSeconds: 3600,
            acquireTime: now,
            renewTime: now
          }
        })
      })
      const workspace = stuckRepo(ns, cluster)
      // A change, so this run has work to do and needs the lock.
      writeFileSync(
        join(workspace, 'cluster.yaml'),
        readFileSync(join(workspace, 'cluster.yaml'), 'utf8').replace(
          'name: after}',
          'name: after, labels: {changed: "yes"}}'
        )
      )
      const { run, secondsAfterCancel } = await runCancelled(
        workspace,
        (line) => line.includes('waiting for the cluster lock')
      )
      expect(run.killed).toBeUndefined()
      expect(secondsAfterCancel).toBeLessThan(5)
      expect(run.exitCode).toBe(1)
      const check = double.state.checkRuns.at(-1)
      expect(check?.status).toBe('completed')
      expect(check?.output.summary).toMatch(
        /cancelled while waiting for the cluster lock \(held by github-actions Codertocat\/Hello-World run 1 \(another job\)/
      )
      expect(await leaseHolder(cluster)).toBe(holder)
      await kubectl([
        'delete',
        'lease',
        leaseName(cluster),
        '-n',
        systemNamespace
      ])
    },
    slow
  )

  it(
    "a pull request's plan: stops waiting for the live comparison, completes its check run and its status as cancelled before the kill",
    async () => {
      // A chart repository that accepts connections and never answers, as
      // a firewalled one does: the plan's comparison would wait for it.
      const silent = createServer(() => undefined)
      await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done))
      const { port } = silent.address() as AddressInfo
      try {
        const workspace = mkdtempSync(join(tmpdir(), 'clustersync-cancel-pr-'))
        writeFileSync(
          join(workspace, 'cluster.yaml'),
          [
            'apiVersion: v1',
            'kind: ImportCluster',
            `metadata: {name: e2e-cancel-pr-${id}}`,
            'spec:',
            '  stacks:',
            '    - name: app',
            '      addons:',
            '        - name: web',
            '          chart_name: app',
            '          chart_version: 1.0.0',
            `          repository_url: http://127.0.0.1:${port}`,
            `          namespace: cs-cancel-pr-${id}`,
            ''
          ].join('\n')
        )
        const payload = webhookExample(
          'pull_request',
          (e) => e.action === 'synchronize'
        )
        const { run, secondsAfterCancel } = await runCancelled(
          workspace,
          (line) => line.includes('comparing with the live cluster'),
          { name: 'pull_request', payload }
        )
        expect(run.killed).toBeUndefined()
        expect(secondsAfterCancel).toBeLessThan(7.5)
        expect(run.exitCode).toBe(1)
        const check = double.state.checkRuns.at(-1)
        expect(check?.status).toBe('completed')
        expect(check?.conclusion).toBe('failure')
        expect(check?.output.title).toMatch(/the job was cancelled/)
        expect(double.state.statuses.at(-1)).toMatchObject({
          state: 'failure'
        })
      } finally {
        silent.close()
      }
    },
    slow
  )
})
