/**
 * Plans of a SOPS-encrypted values change against the local control plane
 * (issue 17, "Drift that shows"): after a sync, the add-on's values file
 * is switched to another one the real sops encrypted
 * (e2e/repos/sops/values/web-changed.yaml). With the age key, `plan`
 * shows what the change does to the release and to the objects it
 * renders, as paths without values; without it, "encrypted, not compared"
 * and how to give a key. The Action's pull request plan (dist/index.js)
 * shows the same. No plaintext, old or new, appears on any channel, and
 * nothing is applied.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, helm } from '../support/cluster.js'
import { runMain, webhookExample } from '../support/action-runner.js'
import {
  actionChannels,
  cliChannels,
  clusterRecords,
  expectNoLeaks
} from '../support/leak-channels.js'
import { startGitHubDouble } from '../support/github-double/server.js'
import {
  clustersync,
  editFile,
  prepareRepo,
  removeSyncedCluster,
  type CliRun
} from './sync-support.js'

const slow = 300_000
const id = Date.now().toString(36)
const ns = `cs-sops-plan-${id}`
const cluster = `e2e-sops-plan-${id}`
const release = `${ns}-web`
const keys = join(import.meta.dirname, '../../__fixtures__/sops')
const key = readFileSync(join(keys, 'test-only-age-key.txt'), 'utf8')
const ageKey = key.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'))
const emptyConfigHome = mkdtempSync(join(tmpdir(), 'clustersync-no-sops-keys-'))

/** The plaintexts of web.yaml and web-changed.yaml (__fixtures__/sops/plain/e2e-web-values*.yaml), and the Secret's. */
const plaintexts = {
  'Secret stringData': 'sops-strdata-Mq4Rz8Lb2Xe6',
  'Secret data': 'sops-data-Tc5Wn1Hy9Ks3',
  'values message': 'sops-message-Vd3Kw8Qa5Zr2',
  'values password': 'sops-values-Gh7Tn2Px4Lc9',
  'changed message': 'sops-message-changed-Pf6Ys1Jd8Wq4',
  'changed password': 'sops-values-changed-Rb3Nx7Km2Ht5',
  'age key': ageKey ?? ''
}

async function cli(
  repo: string,
  argv: string[],
  withKey: boolean
): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.SOPS_AGE_KEY_FILE
  // A developer's own sops/age/keys.txt must not stand in for the key.
  env.XDG_CONFIG_HOME = emptyConfigHome
  if (withKey) env.SOPS_AGE_KEY = key
  else delete env.SOPS_AGE_KEY
  return clustersync(
    [
      argv[0] as string,
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      ...argv.slice(1)
    ],
    { env }
  )
}

/** The repository synced as it was, then changed to web-changed.yaml. */
let changed: string

beforeAll(async () => {
  const repo = prepareRepo('sops', { ns, cluster })
  const synced = await cli(repo, ['sync', '--timeout', '90s'], true)
  if (synced.code !== 0) throw new Error(synced.stdout + synced.stderr)
  editFile(repo, 'cluster.yaml', (t) =>
    t.replace(
      'from_file: values/web.yaml',
      'from_file: values/web-changed.yaml'
    )
  )
  changed = repo
}, slow)
afterAll(() => removeSyncedCluster(ns, cluster))

describe('clustersync plan of an encrypted values change', () => {
  it(
    'with the key, shows the rendered change as paths only; without, says how to give a key',
    async () => {
      const plan = await cli(changed, ['plan'], true)
      expect(plan.code).toBe(0)
      const out = plan.stdout
      expect(out).toContain(`~ helm:${ns}/${release}  configured`)
      expect(out).toContain(
        '      ~ values.message: (sensitive value) → (sensitive value)'
      )
      expect(out).toContain(
        '      ~ values.password: (sensitive value) → (sensitive value)'
      )
      // The chart renders `message` into its ConfigMap.
      expect(out).toMatch(
        new RegExp(
          `~ ConfigMap/${ns}/\\S+  configured  \\(rendered by release ${release}\\)\\n      ~ data\\.message: \\(sensitive value\\) → \\(sensitive value\\)\\n`
        )
      )
      // The encrypted Secret is compared too, and found as synced.
      expect(out).toContain(`= Secret/${ns}/sops-credentials  unchanged`)
      expect(out).not.toContain('encrypted')

      const detailed = await cli(changed, ['plan', '--detailed-exitcode'], true)
      expect(detailed.code).toBe(4)
      const json = await cli(changed, ['plan', '--format', 'json'], true)
      expect(json.code).toBe(0)

      const noKey = await cli(changed, ['plan'], false)
      expect(noKey.code).toBe(0)
      const notCompared =
        'encrypted  (encrypted, not compared: no age key (set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE))'
      expect(noKey.stdout).toContain(`? helm:${ns}/${release}  ${notCompared}`)
      expect(noKey.stdout).toContain(
        `? Secret/${ns}/sops-credentials  ${notCompared}`
      )

      // Nothing was applied: the release keeps the synced values.
      const values = await helm(3, [
        'get',
        'values',
        release,
        '-n',
        ns,
        '-o',
        'json'
      ])
      expect(JSON.parse(values.stdout)).toMatchObject({
        password: plaintexts['values password']
      })
      expectNoLeaks(
        {
          ...cliChannels({
            plan,
            'plan --detailed-exitcode': detailed,
            'plan --format json': json,
            'plan without a key': noKey
          }),
          ...(await clusterRecords(cluster))
        },
        plaintexts
      )
    },
    slow
  )
})

describe("the Action's pull request plan of an encrypted values change", () => {
  it.each([
    ['with sops-age-key', true],
    ['without sops-age-key', false]
  ])(
    '%s',
    async (_, withKey) => {
      const double = await startGitHubDouble()
      try {
        const pr = webhookExample(
          'pull_request',
          (e) => e.action === 'synchronize'
        )
        const run = await runMain({
          eventName: 'pull_request',
          payload: pr,
          workspace: changed,
          inputs: {
            token: 't',
            kubeconfig: readFileSync(clusterEnv().kubeconfig, 'utf8'),
            ...(withKey ? { 'sops-age-key': key } : {})
          },
          env: {
            GITHUB_API_URL: double.url,
            GITHUB_SERVER_URL: double.url,
            GITHUB_REPOSITORY: 'Codertocat/Hello-World',
            GITHUB_RUN_ID: '4245',
            GITHUB_RUN_ATTEMPT: '1',
            GITHUB_ACTOR: 'Codertocat'
          }
        })
        if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
        const comment = double.state.comments.at(-1)?.body ?? ''
        if (withKey) {
          expect(comment).toContain(`~ helm:${ns}/${release}  configured`)
          expect(comment).toContain(
            '~ data.message: (sensitive value) → (sensitive value)'
          )
          expect(comment).not.toContain('not compared')
          expect(run.outputs.drifted).toBe('true')
        } else {
          expect(comment).toContain(
            `? helm:${ns}/${release}  encrypted  (encrypted, not compared: no age key (give the input sops-age-key))`
          )
        }
        expectNoLeaks(await actionChannels(run, double), plaintexts)
      } finally {
        await double.close()
      }
    },
    slow
  )
})
