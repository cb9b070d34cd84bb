/**
 * On helm 3, an add-on whose chart declares no post-install or post-upgrade
 * hook is installed without helm's `--wait` and its release is waited for by
 * ClusterSync (engine/addon-wait.ts), on the real plane: a release that
 * becomes ready is Synced with its pods available; one that cannot (a
 * ResourceQuota of no pods) is undone as `--atomic` would: an upgrade
 * rolled back to the revision it had, a new release uninstalled, and the
 * failure names the Deployment and why. A release helm 3 calls ready is ready here too: a
 * paused Deployment, an OnDelete StatefulSet whose template changed, a
 * Deployment one replica short of four (a reviewer found all three failed
 * and were undone by stricter rules). An add-on that only waits for its
 * pods does not hold the bound on add-ons at once: with `--concurrency 1`
 * the next one installs meanwhile, and installs still never overlap.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  clusterEnv,
  helm,
  kubectl,
  uniqueNamespace
} from '../support/cluster.js'
import {
  appAddonLines,
  cliIn,
  removeSyncedCluster,
  writeAddonDefinition
} from './sync-support.js'

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
  writeAddonDefinition(
    root,
    cluster,
    addons.flatMap(({ name, message }) => [
      ...appAddonLines(name, ns),
      '          configuration:',
      '            values: |',
      `              message: ${message}`
    ])
  )
}

const sync = (...extra: string[]) =>
  cliIn(root)('sync', '--format', 'json', ...extra)

interface Revision {
  revision: number
  status: string
  description: string
}

async function history(release: string, namespace = ns): Promise<Revision[]> {
  return JSON.parse(
    (await helm(3, ['history', release, '-n', namespace, '-o', 'json'])).stdout
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

test(
  'a release helm 3 calls ready (paused, OnDelete, one replica short of four) is Synced, not undone',
  async () => {
    const chart = join(root, 'charts/kit/templates')
    mkdirSync(chart, { recursive: true })
    writeFileSync(
      join(root, 'charts/kit/Chart.yaml'),
      'apiVersion: v2\nname: kit\nversion: 0.1.0\n'
    )
    writeFileSync(join(root, 'charts/kit/values.yaml'), 'message: one\n')
    // Only the StatefulSet's template follows the value: the Deployment one
    // short of four could not roll under the quota (helm 3 would wait too).
    const workload = (kind: string, name: string, spec: string[]) =>
      [
        'apiVersion: apps/v1',
        `kind: ${kind}`,
        `metadata: {name: ${name}}`,
        'spec:',
        ...spec.map((line) => `  ${line}`),
        `  selector: {matchLabels: {app: ${name}}}`,
        '  template:',
        `    metadata: {labels: {app: ${name}}, annotations: {msg: "${name === 'ondelete' ? '{{ .Values.message }}' : 'fixed'}"}}`,
        '    spec: {containers: [{name: c, image: x}]}'
      ].join('\n')
    writeFileSync(
      join(chart, 'workloads.yaml'),
      [
        workload('Deployment', 'paused', ['paused: true', 'replicas: 1']),
        workload('StatefulSet', 'ondelete', [
          'serviceName: ondelete',
          'replicas: 1',
          'updateStrategy: {type: OnDelete}'
        ]),
        workload('Deployment', 'short', ['replicas: 4'])
      ].join('\n---\n')
    )
    const kitNs = `${ns}-kit`
    await kubectl(['create', 'namespace', kitNs])
    // One StatefulSet pod and three of the four Deployment pods.
    await kubectl(['create', 'quota', 'four', '--hard=pods=4', '-n', kitNs])
    writeAddonDefinition(root, cluster, [
      '        - name: kit',
      '          chart_name: ./charts/kit',
      '          chart_version: 0.1.0',
      `          namespace: ${kitNs}`
    ])
    try {
      const first = await sync('--timeout', '30s')
      expect(JSON.parse(first.stdout)).toMatchObject({ reason: 'Succeeded' })
      // The StatefulSet's template changes; OnDelete never rolls it.
      writeFileSync(join(root, 'charts/kit/values.yaml'), 'message: two\n')
      const second = await sync('--timeout', '30s')
      expect(JSON.parse(second.stdout)).toMatchObject({ reason: 'Succeeded' })
      expect((await history('kit', kitNs)).map((r) => r.status)).toEqual([
        'superseded',
        'deployed'
      ])
    } finally {
      await kubectl(['delete', 'namespace', kitNs, '--wait=false'])
    }
  },
  slow
)

test(
  'with --concurrency 1, the next add-on installs while one only waits for its pods, and no two installs overlap',
  async () => {
    // Its own namespace and cluster: the first test left a quota of no pods.
    const slowNs = `${ns}-slow`
    const slowCluster = `${cluster}-slow`
    const slowRoot = join(root, 'slow')
    mkdirSync(slowRoot)
    // A helm that records when each process starts and ends.
    const log = join(slowRoot, 'helm.log')
    const loggingHelm = join(slowRoot, 'helm-logging')
    writeFileSync(
      loggingHelm,
      `#!/bin/sh\necho "start $$ $1" >> '${log}'\n'${join(clusterEnv().bin, 'helm')}' "$@"\nrc=$?\necho "end $$ $1" >> '${log}'\nexit $rc\n`,
      { mode: 0o755 }
    )
    // kwok makes these pods wait 3 s before they are ready (kwok-stages.yaml).
    const slowPods = (name: string) => [
      ...appAddonLines(name, slowNs),
      '          configuration:',
      '            values: |',
      '              podAnnotations:',
      '                pod-ready.stage.kwok.x-k8s.io/delay: 3s'
    ]
    writeAddonDefinition(slowRoot, slowCluster, [
      ...slowPods('slow-a'),
      ...slowPods('slow-b')
    ])
    const run = await cliIn(slowRoot, loggingHelm)(
      'sync',
      '--format',
      'json',
      '--concurrency',
      '1'
    ).finally(() => removeSyncedCluster(slowNs, slowCluster))
    const result = JSON.parse(run.stdout) as {
      reason: string
      steps: { step: string; durationMs: number }[]
    }
    expect(result.reason).toBe('Succeeded')
    // The pods did take their 3 s (else this test would prove nothing).
    const slowA = result.steps.find((s) => s.step === 'addon:slow-a')
    expect(slowA?.durationMs).toBeGreaterThanOrEqual(3000)
    // slow-b started while slow-a waited for its pods.
    const said = run.stderr
    expect(said.indexOf('→ addon:slow-b')).toBeGreaterThan(-1)
    expect(said.indexOf('→ addon:slow-b')).toBeLessThan(
      said.indexOf('✓ addon:slow-a')
    )
    // One install at a time, as asked.
    let installing = 0
    let most = 0
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
      if (!line.endsWith(' upgrade')) continue
      installing += line.startsWith('start ') ? 1 : -1
      most = Math.max(most, installing)
    }
    expect(most).toBe(1)
  },
  slow
)
