// Failures against the real control plane, both helm majors: a failing
// add-on is rolled back (nothing left installed), its descendants are
// skipped naming it, independent steps are still applied, the exit code is
// non-zero and `status` reports the error; then a field-manager conflict,
// and a cluster that is not there.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { refusedPorts } from '../../__fixtures__/refused-port.js'
import { clusterEnv, helm, kubectl } from '../support/cluster.js'
import {
  clustersync,
  prepareRepo,
  statuses,
  sync,
  removeSyncedCluster
} from './sync-support.js'
import { join } from 'node:path'

const slow = 300_000

describe.each([
  ['helm', 3],
  ['helm4', 4]
] as const)('failing add-on with %s', (helmBinary, major) => {
  const ns = `cs-fail-h${major}-${Date.now().toString(36)}`
  const cluster = `e2e-fail-h${major}-${Date.now().toString(36)}`
  let repo: string

  beforeAll(() => {
    repo = prepareRepo('failing', { ns, cluster })
  })
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'is Not Configured before the first sync',
    async () => {
      const run = await clustersync([
        'status',
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--format',
        'json'
      ])
      expect(run.code).toBe(1)
      expect(JSON.parse(run.stdout)).toMatchObject({
        cluster,
        status: 'Not Configured'
      })
    },
    slow
  )

  it(
    'rolls the add-on back, skips its descendants, applies the rest',
    async () => {
      const { code, result } = await sync(repo, helmBinary, [
        '--timeout',
        '20s'
      ])
      expect(code).toBe(1)
      expect(result.status).toBe('error')
      expect(result.reason).toBe('ApplyFailed')
      expect(statuses(result)).toEqual({
        'manifest:namespace': 'applied',
        [`addon:${ns}-bad`]: 'failed',
        'manifest:after-bad': 'skipped',
        'manifest:independent': 'applied'
      })
      const bad = result.steps.find((s) => s.step === `addon:${ns}-bad`)
      expect(bad?.message).toMatch(
        /helm upgrade --install .*-bad failed \(cluster\.yaml:\d+\)/
      )
      expect(bad?.file).toBe('cluster.yaml')
      const skipped = result.steps.find((s) => s.step === 'manifest:after-bad')
      expect(skipped?.skippedBecause).toBe(`addon:${ns}-bad`)
      expect(result.counts).toMatchObject({ applied: 2, failed: 1, skipped: 1 })
      // --atomic / --rollback-on-failure removed the failed first install.
      const status = await helm(major, ['status', `${ns}-bad`, '-n', ns], {
        allowFailure: true
      })
      expect(status.stderr).toMatch(/not found/)
      const independent = await kubectl([
        'get',
        'configmap',
        'independent',
        '-n',
        ns,
        '-o',
        'name'
      ])
      expect(independent.stdout.trim()).toBe('configmap/independent')
    },
    slow
  )

  it(
    'status reports the error from the cluster',
    async () => {
      const run = await clustersync([
        'status',
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--format',
        'json'
      ])
      expect(run.code).toBe(1)
      const status = JSON.parse(run.stdout) as {
        status: string
        lastSync: { reason: string; message: string }
      }
      expect(status.status).toBe('Error')
      expect(status.lastSync.reason).toBe('ApplyFailed')
      expect(status.lastSync.message).toContain(`addon:${ns}-bad`)
    },
    slow
  )
})

describe('field-manager conflicts', () => {
  const ns = `cs-conflict-${Date.now().toString(36)}`
  const cluster = `e2e-conflict-${Date.now().toString(36)}`
  let repo: string

  beforeAll(() => {
    repo = prepareRepo('basic', { ns, cluster })
  })
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'names the object, the other manager and the file:line',
    async () => {
      expect((await sync(repo, 'helm')).code).toBe(0)
      await kubectl([
        'patch',
        'configmap',
        'settings',
        '-n',
        ns,
        '--type',
        'merge',
        '-p',
        '{"data":{"greeting":"hi"}}',
        '--field-manager',
        'someone-else'
      ])
      const { code, result } = await sync(repo, 'helm', ['--full'])
      expect(code).toBe(1)
      const config = result.steps.find((s) => s.step === 'manifest:config')
      expect(config?.status).toBe('failed')
      expect(config?.message).toBe(
        `Resource conflict: ConfigMap/${ns}/settings (manifests/config.yaml:1): field manager "someone-else" owns .data.greeting; set force: true on manifest config to take ownership`
      )
      expect(statuses(result)['manifest:worker']).toBe('skipped')
    },
    slow
  )
})

describe('a cluster that is not there', () => {
  // A loopback port that refuses connections, held while the tests run.
  const refused = refusedPorts()
  afterAll(() => refused.close())
  const refusedPort = () => refused.next()

  it(
    'status exits 3 and says so in kubectl words, through kubectl proxy too',
    async () => {
      const port = await refusedPort()
      const kubeconfig = join(tmpdir(), `clustersync-gone-${port}.yaml`)
      // The plane's credentials, another server: the direct channel's check
      // is refused, so the channel is kubectl proxy's, which answers for the
      // server it cannot reach.
      writeFileSync(
        kubeconfig,
        readFileSync(clusterEnv().kubeconfig, 'utf8').replace(
          /server: \S+/,
          `server: https://127.0.0.1:${port}`
        ),
        { mode: 0o600 }
      )
      const repo = prepareRepo('basic', {
        ns: 'cs-gone',
        cluster: 'e2e-gone'
      })
      const run = await clustersync([
        'status',
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--kubeconfig',
        kubeconfig
      ]).finally(() => rmSync(kubeconfig, { force: true }))
      expect(run.code).toBe(3)
      expect(run.stderr).toBe(
        `error: cannot reach the cluster: The connection to the server 127.0.0.1:${port} was refused - did you specify the right host or port?\n`
      )
    },
    slow
  )
})
