/**
 * Private chart registries through a whole sync (issue 16), from the CLI
 * (`--registry-credentials FILE`, with both helm majors) and from the Action (dist/index.js on the
 * runner's Node, input `registry-credentials`): one add-on from an HTTP
 * repository behind Basic auth, one from the htpasswd OCI registry, both
 * installed; `validate --check-charts` and `plan` use the same credentials;
 * and neither password (nor the Basic header made from it) shows on any
 * output channel or in what ClusterSync keeps in the cluster.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { webhookExample } from '../support/action-runner.js'
import { runPlaneJob, withGitHubDouble } from '../support/action-job.js'
import {
  httpPassword,
  ociPassword,
  pushAppChart,
  registryUser,
  startHtpasswdRegistry,
  startProtectedChartRepo,
  type AuthServer
} from '../support/auth-registries.js'
import { clusterEnv, helm } from '../support/cluster.js'
import {
  actionChannels,
  cliChannels,
  clusterRecords,
  expectNoLeaks
} from '../support/leak-channels.js'
import {
  clustersync,
  editFile,
  prepareRepo,
  removeSyncedCluster,
  statuses
} from './sync-support.js'

const slow = 300_000
const id = Date.now().toString(36)

/** The registry-credentials YAML, as the input and the file take it. */
const credentials = [
  'http-login:',
  `  username: ${registryUser}`,
  `  password: ${httpPassword}`,
  'oci-login:',
  `  username: ${registryUser}`,
  `  password: ${ociPassword}`,
  ''
].join('\n')

/** What must appear nowhere: each password and its Basic header. */
const secrets = {
  'HTTP repository password': httpPassword,
  'OCI registry password': ociPassword,
  'HTTP Basic credentials': `${registryUser}:${httpPassword}`,
  'OCI Basic credentials': `${registryUser}:${ociPassword}`
}

let registry: AuthServer
let repository: AuthServer
let credentialsFile: string

beforeAll(async () => {
  registry = await startHtpasswdRegistry()
  repository = await startProtectedChartRepo()
  await pushAppChart(registry.address)
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-registry-creds-'))
  credentialsFile = join(dir, 'credentials.yaml')
  writeFileSync(credentialsFile, credentials, { mode: 0o600 })
}, slow)

afterAll(async () => {
  await registry.close()
  await repository.close()
})

/** A prepared copy of e2e/repos/private-charts pointing at the servers. */
function privateChartsRepo(ns: string, cluster: string): string {
  const repo = prepareRepo('private-charts', { ns, cluster })
  editFile(repo, 'cluster.yaml', (t) =>
    t
      .replaceAll('__HTTP_REPO__', repository.address)
      .replaceAll('__OCI_REGISTRY__', `oci://${registry.address}/charts`)
  )
  return repo
}

/** `[release, status]` of the helm releases in `ns`, sorted. */
async function releases(ns: string, major: 3 | 4 = 3): Promise<string[][]> {
  const listed = await helm(major, ['list', '-n', ns, '-o', 'json'])
  return (JSON.parse(listed.stdout) as { name: string; status: string }[])
    .map((r) => [r.name, r.status])
    .sort()
}

describe.each([
  [3, 'helm'],
  [4, 'helm4']
] as const)(
  'the CLI with --registry-credentials, helm v%i',
  (major, binary) => {
    const ns = `cs-privcharts${major}-${id}`
    const cluster = `e2e-privcharts${major}-${id}`
    afterAll(() => removeSyncedCluster(ns, cluster))

    it(
      'validates the charts, plans and installs both add-ons, and shows no password',
      async () => {
        const repo = privateChartsRepo(ns, cluster)
        const at = [join(repo, 'cluster.yaml'), '--root', repo]
        const creds = ['--registry-credentials', credentialsFile]
        const kubeconfig = ['--kubeconfig', clusterEnv().kubeconfig]
        // Only sync takes --helm: it installs with the major under test.
        const helmFlag = ['--helm', join(clusterEnv().bin, binary)]
        const runs = {
          'validate --check-charts': await clustersync([
            'validate',
            ...at,
            '--check-charts',
            ...creds
          ]),
          'validate --check-charts (no credentials)': await clustersync([
            'validate',
            ...at,
            '--check-charts'
          ]),
          plan: await clustersync(['plan', ...at, ...creds, ...kubeconfig]),
          'sync --format json': await clustersync([
            'sync',
            ...at,
            ...creds,
            ...kubeconfig,
            ...helmFlag,
            '--timeout',
            '90s',
            '--format',
            'json'
          ]),
          'sync without the file': await clustersync([
            'sync',
            ...at,
            ...kubeconfig,
            ...helmFlag,
            '--full'
          ])
        }
        expect(runs['validate --check-charts'].code).toBe(0)
        // Without the credentials the protected index cannot be read.
        expect(runs['validate --check-charts (no credentials)'].stdout).toMatch(
          /401/
        )
        expect([runs.plan.code, runs.plan.stderr]).toEqual([0, ''])
        expect(runs.plan.stdout).toContain(`helm:${ns}/${ns}-http`)
        const synced = JSON.parse(
          runs['sync --format json'].stdout
        ) as SyncResult
        expect([runs['sync --format json'].code, statuses(synced)]).toEqual([
          0,
          {
            'manifest:namespace': 'applied',
            [`addon:${ns}-http`]: 'applied',
            [`addon:${ns}-oci`]: 'applied'
          }
        ])
        expect(await releases(ns, major)).toEqual([
          [`${ns}-http`, 'deployed'],
          [`${ns}-oci`, 'deployed']
        ])
        // A plan of a values change renders the chart through the same
        // logins: the changed ConfigMap, not "rendered objects not compared".
        editFile(repo, 'cluster.yaml', (t) =>
          t.replace(
            'message: from the password-protected repository',
            'message: changed behind the password'
          )
        )
        const replan = await clustersync([
          'plan',
          ...at,
          ...creds,
          ...kubeconfig,
          '--format',
          'json'
        ])
        expect(replan.stdout).not.toContain('rendered objects not compared')
        expect(replan.stdout).toContain(`ConfigMap/${ns}/${ns}-http`)
        expect(replan.stdout).toContain('changed behind the password')
        // A sync not given the credentials refuses before applying anything.
        expect(runs['sync without the file'].code).not.toBe(0)
        expect(runs['sync without the file'].stdout).toContain(
          'needs the registry credential "http-login"'
        )
        expectNoLeaks(
          {
            ...cliChannels({ ...runs, 'plan of a values change': replan }),
            ...(await clusterRecords(cluster))
          },
          secrets
        )
      },
      slow
    )
  }
)

describe('the Action, run from dist/index.js with registry-credentials', () => {
  const ns = `cs-privcharts-act-${id}`
  const cluster = `e2e-privcharts-act-${id}`
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'installs both add-ons, masks the passwords, and shows them on no channel',
    async () => {
      await withGitHubDouble(async (double) => {
        const run = await runPlaneJob({
          double,
          runId: '4245',
          sha: 'a'.repeat(40),
          eventName: 'push',
          payload: webhookExample('push'),
          workspace: privateChartsRepo(ns, cluster),
          inputs: { 'registry-credentials': credentials }
        })
        if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
        expect(run.outputs.status).toBe('synced')
        expect(await releases(ns)).toEqual([
          [`${ns}-http`, 'deployed'],
          [`${ns}-oci`, 'deployed']
        ])
        const masks = run.stdout
          .split('\n')
          .filter((l) => l.startsWith('::add-mask::'))
        expect(masks).toContain(`::add-mask::${httpPassword}`)
        expect(masks).toContain(`::add-mask::${ociPassword}`)
        expectNoLeaks(
          {
            ...(await actionChannels(run, double)),
            ...(await clusterRecords(cluster))
          },
          secrets
        )
      })
    },
    slow
  )
})
