/**
 * On helm 3, an add-on whose chart declares no hooks is installed without
 * helm's `--wait` and its release is waited for by ClusterSync
 * (engine/addon-wait.ts), on the real plane: a release that becomes ready
 * is Synced with its pods available; one that cannot (a ResourceQuota of
 * no pods) is undone as `--atomic` would: an upgrade rolled back to the
 * revision it had, a new release uninstalled, and the failure names the
 * Deployment and why.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { helm, kubectl, uniqueNamespace } from '../support/cluster.js'
import { appAddonLines, cliIn, removeSyncedCluster } from './sync-support.js'

const slow = 240_000
let ns: string
let cluster: string
let root: string

beforeAll(async () => {
  ns = (await uniqueNamespace('own-wait')).name
  cluster = `e2e-${ns}`
  root = mkdtempSync(join(tmpdir(), 'clustersync-own-wait-'))
})
afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

function definition(addons: { name: string; message: string }[]): void {
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: s',
      '      addons:',
      ...addons.flatMap(({ name, message }) => [
        ...appAddonLines(name, ns),
        '          configuration:',
        '            values: |',
        `              message: ${message}`
      ]),
      ''
    ].join('\n')
  )
}

const sync = (...extra: string[]) =>
  cliIn(root)('sync', '--format', 'json', ...extra)

interface Revision {
  revision: number
  status: string
  description: string
}

async function history(release: string): Promise<Revision[]> {
  return JSON.parse(
    (await helm(3, ['history', release, '-n', ns, '-o', 'json'])).stdout
  ) as Revision[]
}

test(
  'a release ready at once is Synced with its Deployment available; one that cannot become ready is rolled back or uninstalled',
  async () => {
    definition([{ name: 'web', message: 'first' }])
    const first = await sync()
    expect(first.code).toBe(0)
    const deployment = JSON.parse(
      (await kubectl(['get', 'deployment', 'web', '-n', ns, '-o', 'json']))
        .stdout
    ) as { status: { availableReplicas?: number } }
    expect(deployment.status.availableReplicas).toBe(1)
    expect((await history('web')).map((r) => r.status)).toEqual(['deployed'])

    // No new pods from here on: the upgrade's new ReplicaSet cannot start.
    await kubectl(['create', 'quota', 'no-pods', '--hard=pods=0', '-n', ns])
    definition([
      { name: 'web', message: 'second' },
      { name: 'fresh', message: 'new' }
    ])
    const failed = await sync('--timeout', '8s')
    expect(failed.code).toBe(1)
    const result = JSON.parse(failed.stdout) as {
      reason: string
      steps: { step: string; status: string; message?: string }[]
    }
    expect(result.reason).toBe('HealthCheckFailed')
    const web = result.steps.find((s) => s.step === 'addon:web')
    expect(web?.status).toBe('failed')
    expect(web?.message).toMatch(
      new RegExp(
        `release ${ns}/web not ready after 8s: Deployment/${ns}/web: .*replicas.*; rolled back to revision 1$`
      )
    )
    const revisions = await history('web')
    expect(revisions.at(-1)).toMatchObject({
      status: 'deployed',
      description: 'Rollback to 1'
    })
    const fresh = result.steps.find((s) => s.step === 'addon:fresh')
    expect(fresh?.message).toMatch(/; uninstalled$/)
    const gone = await helm(3, ['status', 'fresh', '-n', ns], {
      allowFailure: true
    })
    expect(gone.stderr).toMatch(/not found/)
  },
  slow
)
