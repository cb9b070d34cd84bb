/**
 * SOPS-encrypted values against the local control plane (issue 16): a
 * Secret and an add-on's values file that the real sops encrypted for the
 * test-only age key (e2e/repos/sops) are applied decrypted, and the
 * plaintext shows up in the cluster's objects and nowhere else: not in
 * `sync`, `plan` (text and JSON), `validate` or `status` output, nor in the
 * records ClusterSync keeps in the cluster. A wrong key and a tampered file
 * fail their steps with nothing of them applied. The Action (dist/index.js)
 * is run once with the `sops-age-key` input and every channel scanned.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { helm, kubectl, kubectlGet } from '../support/cluster.js'
import { webhookExample } from '../support/action-runner.js'
import { runPlaneJob, withGitHubDouble } from '../support/action-job.js'
import {
  actionChannels,
  clusterRecords,
  expectNoLeaks
} from '../support/leak-channels.js'
import {
  clustersync,
  editFile,
  prepareRepo,
  removeSyncedCluster,
  statuses,
  type CliRun
} from './sync-support.js'

const slow = 300_000
const id = Date.now().toString(36)
const keys = join(import.meta.dirname, '../../__fixtures__/sops')
const emptyConfigHome = mkdtempSync(join(tmpdir(), 'clustersync-no-sops-keys-'))
const keyFile = (name: string): string =>
  readFileSync(join(keys, `${name}.txt`), 'utf8')

/** The plaintexts of e2e/repos/sops (__fixtures__/sops/plain/e2e-*.yaml). */
const plaintexts = {
  'Secret stringData': 'sops-strdata-Mq4Rz8Lb2Xe6',
  'Secret data': 'sops-data-Tc5Wn1Hy9Ks3',
  'values message': 'sops-message-Vd3Kw8Qa5Zr2',
  'values password': 'sops-values-Gh7Tn2Px4Lc9'
}

async function run(
  repo: string,
  argv: string[],
  key: string | undefined
): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.SOPS_AGE_KEY_FILE
  // An empty config folder: a developer's own sops/age/keys.txt, which
  // the CLI reads as sops does, must not stand in for the key under test.
  env.XDG_CONFIG_HOME = emptyConfigHome
  if (key === undefined) delete env.SOPS_AGE_KEY
  else env.SOPS_AGE_KEY = key
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

async function syncJson(
  repo: string,
  key: string | undefined
): Promise<CliRun & { result: SyncResult }> {
  const out = await run(
    repo,
    ['sync', '--timeout', '90s', '--format', 'json'],
    key
  )
  try {
    return { ...out, result: JSON.parse(out.stdout) as SyncResult }
  } catch {
    throw new Error(`sync printed no JSON (exit ${out.code}):\n${out.stderr}`)
  }
}

describe('a repository with SOPS-encrypted values', () => {
  const ns = `cs-sops-${id}`
  const cluster = `e2e-sops-${id}`
  const key = keyFile('test-only-age-key')
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'syncs them decrypted into the cluster, and shows them nowhere else',
    async () => {
      const repo = prepareRepo('sops', { ns, cluster })
      const synced = await syncJson(repo, key)
      expect(synced.code).toBe(0)
      expect(statuses(synced.result)).toEqual({
        'manifest:namespace': 'applied',
        'manifest:credentials': 'applied',
        [`addon:${ns}-web`]: 'applied'
      })
      const data = (field: string): Promise<string> =>
        kubectlGet(['secret', 'sops-credentials', '-n', ns], `{.data.${field}}`)
      expect(await data('PASSWORD')).toBe(
        Buffer.from(plaintexts['Secret stringData']).toString('base64')
      )
      expect(await data('api-token')).toBe(
        Buffer.from(plaintexts['Secret data']).toString('base64')
      )
      const secret = await kubectl([
        'get',
        'secret',
        'sops-credentials',
        '-n',
        ns,
        '-o',
        'json'
      ])
      expect(secret.stdout).not.toContain('ENC[')
      expect(secret.stdout).not.toContain('"sops"')
      // The chart renders `message` into its ConfigMap.
      const configMaps = await kubectl([
        'get',
        'configmap',
        '-n',
        ns,
        '-o',
        'json'
      ])
      expect(configMaps.stdout).toContain(plaintexts['values message'])
      const values = await helm(3, [
        'get',
        'values',
        `${ns}-web`,
        '-n',
        ns,
        '-o',
        'json'
      ])
      expect(JSON.parse(values.stdout)).toMatchObject({
        password: plaintexts['values password']
      })

      const plan = await run(repo, ['plan'], key)
      expect(plan.code).toBe(0)
      // With the key a plan decrypts as the sync did: both as synced.
      expect(plan.stdout).toContain(
        `= Secret/${ns}/sops-credentials  unchanged`
      )
      expect(plan.stdout).toContain(`= helm:${ns}/${ns}-web  unchanged`)
      const planJson = await run(repo, ['plan', '--format', 'json'], key)
      const validate = await run(repo, ['validate'], undefined)
      expect(validate.stdout).toContain('sops-no-key')
      // `status` compares the encrypted Secret decrypted with the key,
      // and without one names it as not compared, the rest still compared.
      const status = await run(repo, ['status'], key)
      expect(status.code).toBe(0)
      expect(status.stdout).toContain('no drift in live objects')
      expect(status.stdout).not.toContain('drift unknown')
      const statusNoKey = await run(repo, ['status'], undefined)
      expect(statusNoKey.code).toBe(0)
      expect(statusNoKey.stdout).toContain(
        'no drift in the live objects compared'
      )
      expect(statusNoKey.stdout).toContain(
        'manifest:credentials: encrypted, not compared: no age key'
      )
      // Deleted by hand: drift `status` names, and `sync --full` undoes.
      await kubectl(['delete', 'secret', 'sops-credentials', '-n', ns])
      const drifted = await run(repo, ['status', '--format', 'json'], key)
      expect(JSON.parse(drifted.stdout)).toMatchObject({
        drift: { drifted: [`v1.Secret.${ns}.sops-credentials`] }
      })
      const resync = await run(repo, ['sync', '--full'], key)
      expect(resync.code).toBe(0)
      expect(await data('PASSWORD')).toBe(
        Buffer.from(plaintexts['Secret stringData']).toString('base64')
      )
      // A pull request that points the add-on at plain values: the chart's
      // ConfigMap still holds the decrypted message, which nothing in this
      // run decrypts (with or without the key) or registers for masking.
      writeFileSync(
        join(repo, 'values/web-plain.yaml'),
        'message: attacker-message\npassword: attacker-password\n'
      )
      editFile(repo, 'cluster.yaml', (text) =>
        text
          .replace(
            'from_file: values/web.yaml',
            'from_file: values/web-plain.yaml'
          )
          .replace(/\n +encrypted_paths:\n +- message\n +- password/, '')
      )
      const plainPlan = await run(repo, ['plan'], undefined)
      expect(plainPlan.code).toBe(0)
      expect(plainPlan.stdout).toMatch(
        /~ ConfigMap\/\S+ +configured +\(rendered by release/
      )
      expect(plainPlan.stdout).toContain('(sensitive value)')
      const plainPlanJson = await run(repo, ['plan', '--format', 'json'], key)
      // The same pull request renaming the definition, which names the
      // inventory the marks are read from: nothing known is everything held.
      editFile(repo, 'cluster.yaml', (text) =>
        text.replace(`name: ${cluster}`, `name: ${cluster}-renamed`)
      )
      const renamedPlan = await run(repo, ['plan'], key)
      expect(renamedPlan.stdout).toContain('(sensitive value)')
      const channels: Record<string, string> = {
        'plan of plain values': plainPlan.stdout + plainPlan.stderr,
        'plan of plain values, definition renamed':
          renamedPlan.stdout + renamedPlan.stderr,
        'plan of plain values, JSON with the key':
          plainPlanJson.stdout + plainPlanJson.stderr,
        'sync --format json': synced.stdout + synced.stderr,
        'sync again (text)': resync.stdout + resync.stderr,
        plan: plan.stdout + plan.stderr,
        'plan --format json': planJson.stdout + planJson.stderr,
        validate: validate.stdout + validate.stderr,
        status: status.stdout + status.stderr,
        'status without the key': statusNoKey.stdout + statusNoKey.stderr,
        'status of the drifted Secret': drifted.stdout + drifted.stderr,
        ...(await clusterRecords(cluster))
      }
      expectNoLeaks(channels, plaintexts)
    },
    slow
  )
})

describe.each([
  [
    'a wrong key',
    keyFile('test-only-unrelated-age-key'),
    /none of the given age keys opens it/
  ],
  ['no key', undefined, /no age key was given/]
])('with %s', (label, key, why) => {
  const ns = `cs-sops-${label.replace(/ /g, '')}-${id}`.toLowerCase()
  const cluster = `e2e-sops-${label.replace(/ /g, '')}-${id}`.toLowerCase()
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'fails the encrypted steps and applies nothing of them',
    async () => {
      const repo = prepareRepo('sops', { ns, cluster })
      const { code, result } = await syncJson(repo, key)
      expect(code).toBe(1)
      expect(statuses(result)).toEqual({
        'manifest:namespace': 'applied',
        'manifest:credentials': 'failed',
        [`addon:${ns}-web`]: 'failed'
      })
      const failed = result.steps.find((s) => s.step === 'manifest:credentials')
      expect(failed?.message).toMatch(why)
      expect(failed?.message).toContain('manifests/credentials.yaml:')
      const secret = await kubectl(
        ['get', 'secret', 'sops-credentials', '-n', ns],
        { allowFailure: true }
      )
      expect(secret.stderr).toMatch(/NotFound/)
      const releases = await helm(3, ['list', '-n', ns, '-a', '-q'])
      expect(releases.stdout.trim()).toBe('')
    },
    slow
  )
})

describe('a tampered file', () => {
  const ns = `cs-sops-tampered-${id}`
  const cluster = `e2e-sops-tampered-${id}`
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'fails its step naming the file and the path, and applies nothing of it',
    async () => {
      const repo = prepareRepo('sops', { ns, cluster })
      editFile(repo, 'manifests/credentials.yaml', (t) =>
        t.replace(
          /(PASSWORD: ENC\[AES256_GCM,data:)(.)/,
          (_, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`
        )
      )
      const { code, result } = await syncJson(
        repo,
        keyFile('test-only-age-key')
      )
      expect(code).toBe(1)
      expect(statuses(result)).toMatchObject({
        'manifest:credentials': 'failed',
        [`addon:${ns}-web`]: 'applied'
      })
      const failed = result.steps.find((s) => s.step === 'manifest:credentials')
      expect(failed?.message).toMatch(
        /manifests\/credentials\.yaml:\d+, at stringData\.PASSWORD\): the encrypted value does not authenticate/
      )
      const secret = await kubectl(
        ['get', 'secret', 'sops-credentials', '-n', ns],
        { allowFailure: true }
      )
      expect(secret.stderr).toMatch(/NotFound/)
    },
    slow
  )
})

describe('the Action, run from dist/index.js with sops-age-key', () => {
  const ns = `cs-sops-act-${id}`
  const cluster = `e2e-sops-act-${id}`
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'syncs a push with the values decrypted, masks them, and shows them on no channel',
    async () => {
      await withGitHubDouble(async (double) => {
        const key = keyFile('test-only-age-key')
        const run = await runPlaneJob({
          double,
          runId: '4244',
          sha: 'f'.repeat(40),
          eventName: 'push',
          payload: webhookExample('push'),
          workspace: prepareRepo('sops', { ns, cluster }),
          inputs: { 'sops-age-key': key }
        })
        if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
        expect(run.outputs.status).toBe('synced')
        expect(
          await kubectlGet(
            ['secret', 'sops-credentials', '-n', ns],
            '{.data.PASSWORD}'
          )
        ).toBe(Buffer.from(plaintexts['Secret stringData']).toString('base64'))
        // The runner was told to mask the key and each decrypted value.
        const masks = run.stdout
          .split('\n')
          .filter((l) => l.startsWith('::add-mask::'))
        for (const value of Object.values(plaintexts)) {
          expect(masks).toContain(`::add-mask::${value}`)
          expect(masks).toContain(
            `::add-mask::${Buffer.from(value).toString('base64')}`
          )
        }
        expectNoLeaks(await actionChannels(run, double), {
          ...plaintexts,
          'age key':
            key.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-')) ?? ''
        })
      })
    },
    slow
  )
})
