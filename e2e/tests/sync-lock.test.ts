// The cluster lock against the real control plane: two syncs started at
// once (one waits for the other), a lock held by a live holder (the second
// run gives up naming it, and status says Syncing), and a lock left by a
// killed run (expired, taken over). Ends with status Synced and no drift.
import { join } from 'node:path'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import { kubectl } from '../support/cluster.js'
import { recordOf, withRecord } from '../support/inventory-record.js'
import {
  clustersync,
  prepareRepo,
  sync,
  removeSyncedCluster
} from './sync-support.js'

const slow = 300_000
const ns = `cs-lock-${Date.now().toString(36)}`
const cluster = `e2e-lock-${Date.now().toString(36)}`
const leaseName = `clustersync-${cluster}`
let repo: string

/** Writes the cluster's Lease as if another runner held it. */
async function holdLease(
  holder: string,
  renewedSecondsAgo: number,
  durationSeconds: number
): Promise<void> {
  const renew = new Date(Date.now() - renewedSecondsAgo * 1000)
    .toISOString()
    .replace(/\.(\d{3})Z$/, '.$1000Z')
  const lease = {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: leaseName, namespace: 'clustersync-system' },
    spec: {
      holderIdentity: holder,
      leaseDurationSeconds: durationSeconds,
      acquireTime: renew,
      renewTime: renew
    }
  }
  await kubectl(['apply', '-f', '-'], { input: JSON.stringify(lease) })
}

const status = async (): Promise<{
  code: number
  body: Record<string, unknown>
}> => {
  const run = await clustersync([
    'status',
    join(repo, 'cluster.yaml'),
    '--root',
    repo,
    '--format',
    'json'
  ])
  return {
    code: run.code,
    body: JSON.parse(run.stdout) as Record<string, unknown>
  }
}

beforeAll(() => {
  repo = prepareRepo('basic', { ns, cluster })
})
afterAll(() => removeSyncedCluster(ns, cluster))

it(
  'runs two syncs started at once one after the other',
  async () => {
    const [a, b] = await Promise.all([sync(repo, 'helm'), sync(repo, 'helm')])
    expect([a.code, b.code]).toEqual([0, 0])
    const waited = [a, b].filter((r) =>
      r.stderr.includes('waiting for the cluster lock, held by')
    )
    expect(waited).toHaveLength(1)
    // The one that waited found the other's work recorded: nothing left to do.
    expect(waited[0]?.result.steps.every((s) => s.status === 'unchanged')).toBe(
      true
    )
  },
  slow
)

it(
  'gives up after --lock-timeout naming a live holder; status says Syncing',
  async () => {
    await holdLease('alice@ci-runner-7 run 4242', 0, 300)
    expect((await status()).body).toMatchObject({
      status: 'Syncing',
      lock: { holder: 'alice@ci-runner-7 run 4242' }
    })
    const { code, result } = await sync(repo, 'helm', ['--lock-timeout', '3s'])
    expect(code).toBe(1)
    expect(result.reason).toBe('LockTimeout')
    expect(result.summary).toContain('held by alice@ci-runner-7 run 4242')
  },
  slow
)

it(
  'takes over a lock left by a killed run once it expired',
  async () => {
    await holdLease('bob@dead-runner run 1', 120, 60)
    const { code, stderr } = await sync(repo, 'helm', ['--lock-timeout', '3s'])
    expect(code).toBe(0)
    expect(stderr).toContain(
      'taking over the cluster lock from bob@dead-runner run 1'
    )
    const lease = await kubectl([
      'get',
      'lease',
      leaseName,
      '-n',
      'clustersync-system',
      '--ignore-not-found',
      '-o',
      'name'
    ])
    expect(lease.stdout).toBe('') // released at the end
  },
  slow
)

it(
  'status: Synced with the time, then drift after an object is deleted by hand',
  async () => {
    const synced = await status()
    expect(synced.code).toBe(0)
    expect(synced.body).toMatchObject({
      status: 'Synced',
      drift: { drifted: [], pending: [] }
    })
    // A hand edit by another field manager would be a conflict (reported,
    // not overwritten); a deleted object is drift that --full repairs.
    await kubectl(['delete', 'configmap', 'settings', '-n', ns])
    const drifted = await status()
    expect(drifted.body).toMatchObject({
      status: 'Synced',
      drift: { drifted: [`v1.ConfigMap.${ns}.settings`] }
    })
    const full = await sync(repo, 'helm', ['--full'])
    expect(full.code).toBe(0)
    const config = full.result.steps.find((s) => s.step === 'manifest:config')
    expect(config?.message).toBe(`drift corrected: ConfigMap/${ns}/settings`)
  },
  slow
)

it(
  'status: Error when a sync started applying and never recorded its end; the next sync clears it',
  async () => {
    // What a runner killed mid-apply leaves behind: the start marker written
    // before applying, newer than the last recorded end (its lease expired).
    const raw = await kubectl([
      'get',
      'configmap',
      leaseName,
      '-n',
      'clustersync-system',
      '-o',
      'json'
    ])
    const parent = JSON.parse(raw.stdout) as KubeJson
    const record = recordOf<{ lastSync: { startedAt: string } }>(parent)
    if (!record) throw new Error('the sync left no inventory record')
    const started = new Date(
      Date.parse(record.lastSync.startedAt) + 1000
    ).toISOString()
    const edited = withRecord(parent, {
      ...record,
      lastStarted: { startedAt: started, commit: 'f'.repeat(40), source: 'cli' }
    })
    await kubectl(['replace', '-f', '-'], { input: JSON.stringify(edited) })

    const unfinished = await status()
    expect(unfinished.code).toBe(1)
    expect(unfinished.body).toMatchObject({
      status: 'Error',
      unfinished: { startedAt: started, commit: 'f'.repeat(40) }
    })
    const text = await clustersync([
      'status',
      join(repo, 'cluster.yaml'),
      '--root',
      repo
    ])
    expect(text.stdout).toContain(
      `the sync started at ${started} (commit ffffffffffff) did not finish`
    )

    expect((await sync(repo, 'helm', ['--full'])).code).toBe(0)
    expect((await status()).body).toMatchObject({ status: 'Synced' })
    expect((await status()).body).not.toHaveProperty('unfinished')
  },
  slow
)
