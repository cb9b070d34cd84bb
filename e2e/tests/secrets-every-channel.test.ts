/**
 * Secrets on every output channel (issue 15): full syncs and pull request
 * plans against the local control plane, with a kubeconfig that holds a
 * token, a client key and a password, Secrets in manifests, a user and token
 * in the chart repository URL, a secret in add-on values and in a stack
 * variable; then every channel scanned for each value, plain and encoded
 * (__fixtures__/secret-scan.ts): stdout, stderr, the job summary, the
 * Action's outputs and what it left in the runner's temp folder (plan
 * JSON), check runs (text, annotations, every update), comments, statuses,
 * Deployments and everything else the GitHub double received, the CLI's
 * `sync`, `plan`, `plan --format json`, `validate`, `status` and `history`,
 * and the records ClusterSync keeps in the cluster (inventory, lock).
 *
 * The kubeconfig is meaningful only if its secrets are used: the current
 * user authenticates with the plane's own token (the apiserver accepts it)
 * and presents a real certificate and key pair (kubectl, helm and the direct
 * channel load it; the apiserver asks for no client certificate); the
 * password sits in a second user, still part of the kubeconfig passed in,
 * since kubectl refuses a token and a password on one user.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'js-yaml'
import {
  runMain,
  runPost,
  webhookExample,
  type ActionRun
} from '../support/action-runner.js'
import { clusterEnv, kubectlGet } from '../support/cluster.js'
import {
  actionChannels as allActionChannels,
  cliChannels,
  clusterRecords,
  expectNoLeaks as expectNoLeaksOf
} from '../support/leak-channels.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  clustersync,
  editFile,
  prepareRepo,
  removeSyncedCluster,
  type CliRun
} from './sync-support.js'

const slow = 300_000
const id = Date.now().toString(36)
const repository = 'Codertocat/Hello-World'

/** The values the fixture repositories hold (e2e/repos/secrets*). */
const inRepository = {
  'Secret data': 'data-3Kq9vZx7Lm2Pw8',
  'Secret stringData': 'strdata-Hn4Tc8Rf1Yb6',
  'stack variable': 'variable-Ue5Wj2Np7Gs3',
  'add-on values': 'values-Zr6Mk1Qd9Ft4'
}
/** What a pull request changes them to: its plan shows a change, not the values. */
const inPullRequest = {
  'Secret data (PR)': 'prdata-Wm7Yc2Kx5Hb9',
  'Secret stringData (PR)': 'prstrdata-Ad4Ev8Ln3Gu6',
  'stack variable (PR)': 'prvariable-Sb1Fz6Qp9Tj2',
  'add-on values (PR)': 'prvalues-Nk5Rh2Dw8Mc4'
}
/** The invalid fixture's values (e2e/repos/secrets-invalid). */
const inInvalid = {
  'Secret written as a mapping': 'mapping-Tg5Sa8Kc2Vx6',
  'add-on values as a mapping': 'valuesmap-Xc8Gn3Tz6Re1',
  'variable as a mapping': 'varmap-Lf3Rb7Nd1Qw5',
  'ftp URL token': 'ftptoken-Pk4Ds9Hv2Jm7'
}
const chartToken = 'charttoken-Bv3Lp8Xs5Ca1'
const kubePassword = 'kubepass-Jy7Ee2Ho4Wn9'
/** Credentials of kubeconfigs that fail: refused, unreadable, in the server URL. */
const failing = {
  'refused token': 'refusedtoken-Qe2Vn7Bk4Ls9',
  'token in unreadable kubeconfig': 'brokentoken-Hd6Xu1Ra8Mp3',
  'server URL password': 'serverpass-Cy9Tf4Wg2Kn5'
}

interface PlaneKubeconfig {
  clusters: { name: string; cluster: Record<string, unknown> }[]
  users: { user: { token: string } }[]
}

/** The kubeconfig under test (text) and the secrets it holds. */
function secretKubeconfig(): { text: string; secrets: Record<string, string> } {
  const plane = load(
    readFileSync(clusterEnv().kubeconfig, 'utf8')
  ) as PlaneKubeconfig
  const token = plane.users[0]?.user.token ?? ''
  // The serving pair the apiserver wrote into the plane's state directory.
  const pki = join(process.env.CLUSTERSYNC_STATE_DIR ?? '', 'pki')
  const cert = readFileSync(join(pki, 'apiserver.crt'))
  const key = readFileSync(join(pki, 'apiserver.key'))
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'admin',
    clusters: plane.clusters,
    users: [
      {
        name: 'admin',
        user: {
          token,
          'client-certificate-data': cert.toString('base64'),
          'client-key-data': key.toString('base64')
        }
      },
      {
        name: 'operator',
        user: { username: 'operator', password: kubePassword }
      }
    ],
    contexts: [
      {
        name: 'admin',
        context: { cluster: plane.clusters[0]?.name, user: 'admin' }
      },
      {
        name: 'operator',
        context: { cluster: plane.clusters[0]?.name, user: 'operator' }
      }
    ]
  }
  return {
    text: JSON.stringify(config, null, 2),
    secrets: {
      'kubeconfig token': token,
      'kubeconfig client key': key.toString('utf8'),
      'kubeconfig password': kubePassword
    }
  }
}

/**
 * Kubeconfigs that fail, each holding one of `failing`: the current user's
 * token replaced by one the apiserver refuses; the text cut after the token
 * line so that it is not YAML; the server URL carrying a user and password.
 */
function failingKubeconfigs(
  text: string
): Record<'refused token' | 'not YAML' | 'server URL with a password', string> {
  const config = JSON.parse(text) as {
    users: { user: Record<string, unknown> }[]
    clusters: { cluster: { server: string } }[]
  }
  const refused = structuredClone(config)
  refused.users[0]!.user.token = failing['refused token']
  const withPassword = structuredClone(config)
  withPassword.clusters[0]!.cluster.server =
    withPassword.clusters[0]!.cluster.server.replace(
      'https://',
      `https://admin:${failing['server URL password']}@`
    )
  const unreadable = [
    'apiVersion: v1',
    'kind: Config',
    'users:',
    '- name: admin',
    '  user:',
    `    token: ${failing['token in unreadable kubeconfig']}`,
    '    client-key-data: [not, closed',
    ''
  ].join('\n')
  return {
    'refused token': JSON.stringify(refused),
    'not YAML': unreadable,
    'server URL with a password': JSON.stringify(withPassword)
  }
}

let kubeconfig: { text: string; secrets: Record<string, string> }
let kubeconfigFile: string
let secrets: Record<string, string>

beforeAll(() => {
  kubeconfig = secretKubeconfig()
  kubeconfigFile = join(
    mkdtempSync(join(tmpdir(), 'clustersync-secret-kubeconfig-')),
    'config'
  )
  writeFileSync(kubeconfigFile, kubeconfig.text, { mode: 0o600 })
  secrets = {
    ...kubeconfig.secrets,
    ...inRepository,
    ...inPullRequest,
    ...inInvalid,
    ...failing,
    'chart URL token': chartToken
  }
})

/** A prepared copy of e2e/repos/secrets, its chart URL carrying a user and token. */
function secretsRepo(ns: string, cluster: string): string {
  const repo = prepareRepo('secrets', { ns, cluster })
  editFile(repo, 'cluster.yaml', (t) =>
    t.replace(
      `repository_url: ${clusterEnv().chartRepo}`,
      `repository_url: ${clusterEnv().chartRepo.replace('http://', `http://chartuser:${chartToken}@`)}`
    )
  )
  return repo
}

/** The pull request's change: every secret value replaced by a new one. */
function changeSecrets(repo: string): void {
  const swap = (t: string): string =>
    Object.entries(inRepository).reduce(
      (text, [name, value]) =>
        text
          .replaceAll(
            value,
            inPullRequest[`${name} (PR)` as keyof typeof inPullRequest]
          )
          .replaceAll(
            Buffer.from(value).toString('base64'),
            Buffer.from(
              inPullRequest[`${name} (PR)` as keyof typeof inPullRequest]
            ).toString('base64')
          ),
      t
    )
  editFile(repo, 'cluster.yaml', swap)
  editFile(repo, 'manifests/credentials.yaml', swap)
}

/** Fails with every leak of any secret of this suite. */
function expectNoLeaks(channels: Record<string, string>): void {
  expectNoLeaksOf(channels, secrets)
}

describe('the Action, run from dist/index.js', () => {
  let double: GitHubDouble
  beforeEach(async () => {
    // A double per test: each test scans only what its own run sent.
    double = await startGitHubDouble()
  })
  afterEach(() => double.close())

  function githubEnv(): Record<string, string> {
    return {
      GITHUB_API_URL: double.url,
      GITHUB_SERVER_URL: double.url,
      GITHUB_REPOSITORY: repository,
      GITHUB_RUN_ID: '4243',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'Codertocat',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'e'.repeat(40)
    }
  }

  /** Every channel of one run, after its post step. */
  const actionChannels = (run: ActionRun): Promise<Record<string, string>> =>
    allActionChannels(run, double)

  const ns = `cs-leak-act-${id}`
  const cluster = `e2e-leak-act-${id}`
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'syncs a push with every secret applied, and shows none of them anywhere',
    async () => {
      const run = await runMain({
        eventName: 'push',
        payload: webhookExample('push'),
        workspace: secretsRepo(ns, cluster),
        inputs: { token: 't', kubeconfig: kubeconfig.text },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(run.outputs.status).toBe('synced')
      // The values went where they belong: into the cluster.
      expect(
        await kubectlGet(
          ['secret', 'credentials', '-n', ns],
          '{.data.api-token}'
        )
      ).toBe(Buffer.from(inRepository['Secret data']).toString('base64'))
      // The runner was told to mask each credential of the kubeconfig.
      for (const name of ['kubeconfig token', 'kubeconfig password'] as const)
        expect(run.stdout).toContain(`::add-mask::${kubeconfig.secrets[name]}`)
      expect(double.state.deployments).toHaveLength(1)
      const history = await clustersync([
        'history',
        '--cluster',
        cluster,
        '--repo',
        repository,
        '--token',
        't',
        '--api-url',
        double.url
      ])
      expect(history.code).toBe(0)
      expectNoLeaks({
        ...(await actionChannels(run)),
        'clustersync history': history.stdout + history.stderr,
        ...(await clusterRecords(cluster))
      })
    },
    slow
  )

  it(
    'plans a pull request that changes every secret (kubeconfig given as base64), and shows none of them',
    async () => {
      const workspace = secretsRepo(ns, cluster)
      changeSecrets(workspace)
      const pr = webhookExample(
        'pull_request',
        (e) => e.action === 'synchronize'
      )
      const run = await runMain({
        eventName: 'pull_request',
        payload: pr,
        workspace,
        inputs: {
          token: 't',
          kubeconfig: Buffer.from(kubeconfig.text).toString('base64')
        },
        env: githubEnv()
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      const comment = double.state.comments.at(-1)?.body ?? ''
      expect(comment).toContain(`Changes for cluster "${cluster}"`)
      // The plan does show that the Secret and the values change, only not to what.
      expect(comment).toMatch(
        /~ Secret\/\S+\/credentials {2}configured\n\s+~ data\.api-token: \(sensitive value\) → \(sensitive value\)/
      )
      expect(comment).toContain('~ values.apiKey: (sensitive value)')
      expect(run.outputs.plan).toMatch(/\.json$/)
      expectNoLeaks(await actionChannels(run))
    },
    slow
  )

  it(
    'reports secrets written with the wrong type as annotations that quote none of them',
    async () => {
      const run = await runMain({
        eventName: 'pull_request',
        payload: webhookExample('pull_request', (e) => e.action === 'opened'),
        workspace: prepareRepo('secrets-invalid', { ns, cluster }),
        inputs: { token: 't', kubeconfig: kubeconfig.text },
        env: githubEnv()
      })
      expect(run.exitCode).toBe(1)
      const annotations = double.state.checkRuns.flatMap((c) => c.annotations)
      // One per misplaced secret: the manifest, the values, the variable, the URL.
      expect(annotations.length).toBeGreaterThanOrEqual(4)
      expectNoLeaks(await actionChannels(run))
    },
    slow
  )
})

describe('the CLI', () => {
  const ns = `cs-leak-cli-${id}`
  const cluster = `e2e-leak-cli-${id}`
  let repo: string
  beforeAll(() => {
    repo = secretsRepo(ns, cluster)
  })
  afterAll(() => removeSyncedCluster(ns, cluster))

  const at = (dir: string): string[] => [
    join(dir, 'cluster.yaml'),
    '--root',
    dir
  ]
  /** A command against the cluster, with the kubeconfig under test. */
  const cli = (argv: string[]): Promise<CliRun> =>
    clustersync([...argv, '--kubeconfig', kubeconfigFile])
  const channels = cliChannels

  it(
    'syncs, reads status and syncs again without showing a secret',
    async () => {
      const runs = {
        'sync --format json': await cli([
          'sync',
          ...at(repo),
          '--format',
          'json'
        ]),
        status: await cli(['status', ...at(repo)]),
        'status --format json': await cli([
          'status',
          ...at(repo),
          '--format',
          'json'
        ]),
        sync: await cli(['sync', ...at(repo)])
      }
      for (const [name, r] of Object.entries(runs))
        expect([name, r.code, r.stderr]).toEqual([name, 0, expect.any(String)])
      expect(
        await kubectlGet(
          ['secret', 'credentials', '-n', ns],
          '{.data.password}'
        )
      ).toBe(Buffer.from(inRepository['Secret stringData']).toString('base64'))
      expectNoLeaks({ ...channels(runs), ...(await clusterRecords(cluster)) })
    },
    slow
  )

  it(
    'plans a change of every secret, as text and JSON, without showing one',
    async () => {
      const changed = secretsRepo(ns, cluster)
      changeSecrets(changed)
      const runs = {
        plan: await cli(['plan', ...at(changed)]),
        'plan --format json': await cli([
          'plan',
          ...at(changed),
          '--format',
          'json'
        ])
      }
      expect(runs.plan.code).toBe(0)
      expect(runs.plan.stdout).toContain(`Changes for cluster "${cluster}"`)
      expect(runs.plan.stdout).toMatch(/credentials/)
      expect(JSON.parse(runs['plan --format json'].stdout)).toBeTruthy()
      expectNoLeaks(channels(runs))
    },
    slow
  )

  it(
    'fails to install a chart version the repository lacks, and says so without the token of its URL',
    async () => {
      const missing = secretsRepo(`${ns}-missing`, `${cluster}-missing`)
      editFile(missing, 'cluster.yaml', (t) =>
        t.replace('chart_version: 1.0.0', 'chart_version: 9.9.9')
      )
      try {
        const runs = {
          'sync --format json': await cli([
            'sync',
            ...at(missing),
            '--format',
            'json',
            '--timeout',
            '30s'
          ])
        }
        expect(runs['sync --format json'].code).not.toBe(0)
        expect(runs['sync --format json'].stdout).toMatch(/9\.9\.9/)
        // A repository nothing answers: helm and ClusterSync both name it.
        editFile(missing, 'cluster.yaml', (t) =>
          t.replace(/@127\.0\.0\.1:\d+/, '@127.0.0.1:9')
        )
        const unreachable = await cli([
          'sync',
          ...at(missing),
          '--format',
          'json',
          '--timeout',
          '30s'
        ])
        expect(unreachable.stdout).toContain('chart repository unreachable')
        Object.assign(runs, { 'sync (repository unreachable)': unreachable })
        expectNoLeaks(channels(runs))
      } finally {
        await removeSyncedCluster(`${ns}-missing`, `${cluster}-missing`)
      }
    },
    slow
  )

  it(
    'validates (also the chart URLs) and reports wrong-typed secrets without quoting them',
    async () => {
      const invalid = prepareRepo('secrets-invalid', { ns, cluster })
      const runs = {
        'validate --check-charts': await clustersync([
          'validate',
          ...at(repo),
          '--check-charts'
        ]),
        'validate (invalid)': await clustersync(['validate', ...at(invalid)]),
        'validate --format json (invalid)': await clustersync([
          'validate',
          ...at(invalid),
          '--format',
          'json'
        ]),
        'plan (invalid)': await cli(['plan', ...at(invalid)]),
        'plan --format json (invalid)': await cli([
          'plan',
          ...at(invalid),
          '--format',
          'json'
        ])
      }
      expect(runs['validate (invalid)'].code).toBe(1)
      expect(runs['plan (invalid)'].code).toBe(1)
      expectNoLeaks(channels(runs))
    },
    slow
  )
})

describe('kubeconfigs that fail', () => {
  const ns = `cs-leak-kcfg-${id}`
  const cluster = `e2e-leak-kcfg-${id}`
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'never show their credentials, from the CLI or the Action',
    async () => {
      // Without credentials in the chart URL: only the kubeconfig's are at stake.
      const repo = prepareRepo('secrets', { ns, cluster })
      const dir = mkdtempSync(
        join(tmpdir(), 'clustersync-failing-kubeconfigs-')
      )
      const channels: Record<string, string> = {}
      for (const [name, text] of Object.entries(
        failingKubeconfigs(kubeconfig.text)
      )) {
        const file = join(dir, name.replace(/\W+/g, '-'))
        writeFileSync(file, text, { mode: 0o600 })
        const target = [join(repo, 'cluster.yaml'), '--root', repo]
        for (const argv of [
          ['status', ...target],
          ['plan', ...target, '--format', 'json'],
          ['sync', ...target, '--timeout', '30s']
        ]) {
          const run = await clustersync([...argv, '--kubeconfig', file])
          channels[`${name}: ${argv[0]}: stdout`] = run.stdout
          channels[`${name}: ${argv[0]}: stderr`] = run.stderr
          if (name !== 'server URL with a password')
            expect([name, argv[0], run.code]).not.toEqual([name, argv[0], 0])
        }
      }
      const double = await startGitHubDouble()
      try {
        const run = await runMain({
          eventName: 'push',
          payload: webhookExample('push'),
          workspace: repo,
          inputs: {
            token: 't',
            kubeconfig: failingKubeconfigs(kubeconfig.text)['refused token']
          },
          env: {
            GITHUB_API_URL: double.url,
            GITHUB_SERVER_URL: double.url,
            GITHUB_REPOSITORY: repository,
            GITHUB_RUN_ID: '4244',
            GITHUB_SHA: 'd'.repeat(40)
          }
        })
        expect(run.exitCode).not.toBe(0)
        await runPost(run)
        Object.assign(channels, {
          'Action stdout': run.stdout
            .split('\n')
            .filter((l) => !l.startsWith('::add-mask::'))
            .join('\n'),
          'Action stderr': run.stderr,
          'Action job summary': run.summary,
          'requests the GitHub double received': JSON.stringify(double.requests)
        })
      } finally {
        await double.close()
      }
      expectNoLeaks(channels)
    },
    slow
  )
})
