// Faults injected into a live sync against a real control plane of this
// file's own (issue 15; sync-apiserver-kill.test.ts is the first of them):
// a slow link that drops every connection now and then, an API server that
// answers 429 and 500, etcd restarted under the API server, a Helm release
// left pending-upgrade, and the runner cancelled mid-apply (SIGTERM, then
// SIGKILL). Each scenario bumps the repository's revision so the faulted run
// has work to do, then checks that the run told the truth (fault-support.ts,
// expectTruthful) and that the runs after it converge (expectConverges).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  proxiedKubeconfig,
  startHttpFaultProxy,
  startTcpFaultProxy
} from '../support/fault-proxy.js'
import {
  startPrivatePlane,
  type PrivatePlane
} from '../support/private-plane.js'
import { craftPendingUpgrade } from './helm-release-state.js'
import {
  clusterState,
  expectConverges,
  expectTruthful,
  outcome,
  release,
  syncInProcess,
  syncProcess,
  writeRepo,
  type FaultRepo
} from './fault-support.js'

const slow = 600_000
const stamp = Date.now().toString(36)
const scratch = mkdtempSync(join(tmpdir(), 'clustersync-faults-'))
let plane: PrivatePlane
let repo: FaultRepo
let revision = 1
/** One line per scenario, printed at the end for RELIABILITY.md. */
const figures: string[] = []

beforeAll(async () => {
  plane = startPrivatePlane('faults')
  repo = {
    dir: join(scratch, 'repo'),
    ns: `cs-faults-${stamp}`,
    cluster: `e2e-faults-${stamp}`,
    chartRepo: plane.chartRepo
  }
  writeRepo(repo, revision)
  await expectConverges(repo, plane.kubeconfig, revision)
}, slow)

afterAll(() => {
  console.log(`fault scenarios:\n${figures.join('\n')}`)
  // Always, also after a failure: no process of this plane outlives Jest.
  plane?.down()
  rmSync(scratch, { recursive: true, force: true })
}, slow)

/** Bumps the revision, so the next sync has every step to apply. */
function nextRevision(): number {
  revision += 1
  writeRepo(repo, revision)
  return revision
}

it(
  'a slow link that drops every connection every 2.5 s: the run tells the truth, the next converges',
  async () => {
    const r = nextRevision()
    const proxy = await startTcpFaultProxy(plane.apiPort, {
      delayMs: 20,
      dropEveryMs: 2500
    })
    const kubeconfig = proxiedKubeconfig(plane.kubeconfig, proxy.port, scratch)
    const run = await syncInProcess(repo, kubeconfig).finally(() =>
      proxy.close()
    )
    figures.push(
      `slow+dropping link: ${run.result?.status} (exit ${run.code}), ${proxy.counts.connections} connections, ${proxy.counts.dropped} dropped, ${run.result?.metadata.retryCount} retries`
    )
    expectTruthful(run, await clusterState(repo, plane.kubeconfig), r)
    expect(proxy.counts.dropped).toBeGreaterThan(0)
    await expectConverges(repo, plane.kubeconfig, r)
  },
  slow
)

it(
  'an API server answering 429 and 500 to some requests: retried, the run succeeds and the next has nothing to do',
  async () => {
    const r = nextRevision()
    // Every 5th request is throttled (client-go waits and retries those
    // itself); six requests fail with a 500, which ClusterSync must retry.
    // Helm retries no 500 and makes dozens of requests per upgrade, so a
    // steady 500 rate would fail every attempt: the faults come in a burst.
    let failed = 0
    const proxy = await startHttpFaultProxy(plane, (n) => {
      if (n % 5 === 0) return 429
      if (n % 7 === 3 && failed < 6) {
        failed += 1
        return 500
      }
      return undefined
    })
    const kubeconfig = proxiedKubeconfig(plane.kubeconfig, proxy.port, scratch)
    const run = await syncInProcess(repo, kubeconfig).finally(() =>
      proxy.close()
    )
    figures.push(
      `429/500 answers: ${run.result?.status} (exit ${run.code}), ${proxy.counts.requests} requests, ${proxy.counts[429]} × 429, ${proxy.counts[500]} × 500, ${run.result?.metadata.retryCount} retries`
    )
    expectTruthful(run, await clusterState(repo, plane.kubeconfig), r)
    expect(proxy.counts[429]).toBeGreaterThan(0)
    expect(proxy.counts[500]).toBeGreaterThan(0)
    expect(outcome(run)).toEqual({ code: 0, status: 'synced', failed: [] })
    await expectConverges(repo, plane.kubeconfig, r)
  },
  slow
)

it(
  'etcd killed and restarted mid-apply: the run tells the truth, the next converges',
  async () => {
    const r = nextRevision()
    let restarted: Promise<void> | undefined
    const run = await syncInProcess(repo, plane.kubeconfig, (line) => {
      if (restarted || !line.startsWith('✓ manifest:first')) return
      process.kill(plane.pid('etcd'), 'SIGKILL')
      restarted = sleep(2000).then(() => plane.restart('etcd'))
    })
    figures.push(
      `etcd restart: ${run.result?.status} (exit ${run.code}), ${run.result?.metadata.retryCount} retries, steps ${run.result?.steps.map((s) => `${s.step}=${s.status}`).join(' ')}`
    )
    expect(restarted).toBeDefined()
    await restarted
    expectTruthful(run, await clusterState(repo, plane.kubeconfig), r)
    await expectConverges(repo, plane.kubeconfig, r)
  },
  slow
)

it(
  'a release left pending-upgrade is recovered by the next sync',
  async () => {
    const pendingAt = await craftPendingUpgrade(
      plane.kubeconfig,
      release,
      repo.ns
    )
    const r = nextRevision()
    const run = await syncInProcess(repo, plane.kubeconfig)
    figures.push(
      `pending-upgrade (changed inputs): recovered, ${run.result?.status}`
    )
    expect(outcome(run)).toEqual({ code: 0, status: 'synced', failed: [] })
    expect(run.stderr).toContain(
      `release ${repo.ns}/${release} was pending-upgrade (revision ${pendingAt})`
    )
    expectTruthful(run, await clusterState(repo, plane.kubeconfig), r)
    await expectConverges(repo, plane.kubeconfig, r)
  },
  slow
)

it(
  'the runner cancelled mid-apply (SIGTERM): in-flight work finishes, nothing more starts, the result says so and the lock is released',
  async () => {
    const r = nextRevision()
    let signalled = false
    const run = await syncProcess(repo, plane.kubeconfig, (line, pid) => {
      if (signalled || !line.startsWith('✓ manifest:first')) return
      signalled = true
      process.kill(pid, 'SIGTERM')
    })
    figures.push(
      `SIGTERM mid-apply: exit ${run.code}, ${run.result?.summary.split('\n')[0]}`
    )
    expect(signalled).toBe(true)
    const state = await clusterState(repo, plane.kubeconfig)
    expect(run.result?.status).toBe('error')
    expect(run.result?.summary).toMatch(/cancelled/)
    expect(state.lease).toBeUndefined()
    expect(
      run.result?.steps.find((s) => s.step === 'manifest:third')?.status
    ).toBe('skipped')
    expectTruthful(run, state, r)
    await expectConverges(repo, plane.kubeconfig, r)
  },
  slow
)

it(
  'the runner cancelled, then killed (SIGTERM, SIGKILL) mid-apply, then the commit before it synced: the lock expires and is taken over, nothing the killed run half-applied stays',
  async () => {
    const r = nextRevision()
    let signalled = false
    const run = await syncProcess(repo, plane.kubeconfig, (line, pid) => {
      if (signalled || !line.startsWith('✓ manifest:first')) return
      signalled = true
      process.kill(pid, 'SIGTERM')
      process.kill(pid, 'SIGKILL')
    })
    expect(run.signal).toBe('SIGKILL')
    const state = await clusterState(repo, plane.kubeconfig)
    expectTruthful(run, state, r)
    // The killed run applied `first` at its revision; the revert must put
    // back the revision before it, though its inputs are the recorded ones.
    expect(state.revisions['first-1']).toBe(String(r))
    revision -= 1
    writeRepo(repo, revision)
    const started = Date.now()
    const { second } = await expectConverges(repo, plane.kubeconfig, revision)
    expect(second.stderr).toMatch(
      /taking over the cluster lock from .*: it expired/
    )
    figures.push(
      `SIGTERM then SIGKILL, then the previous commit: lease taken over after ${Math.round((Date.now() - started) / 1000)}s, converged to revision ${revision}`
    )
  },
  slow
)
