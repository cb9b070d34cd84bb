/**
 * Upgrading ClusterSync keeps what it wrote to the cluster and to GitHub
 * (issue 14, "Compatibility and speed are kept"): the per-step digests and
 * the inventory ConfigMap, the lock Lease, and the sync records on
 * deployments. The previous bundle (dist/ of `previousCommit`, unpacked from
 * git) syncs first; this checkout's dist/ then syncs the same files and must
 * apply nothing — no object sent again, no Helm revision — wait for the
 * previous bundle's lock naming its holder, and show the previous Action's
 * run in its history; the previous bundle, run again after it (a rollback),
 * applies nothing either. Both bundles run as processes, the way users run
 * them.
 */
import {
  chmodSync,
  existsSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { runMain, runPost, webhookExample } from '../support/action-runner.js'
import {
  currentBundle,
  runBundleCli,
  sameBuild,
  unpackBundle
} from '../support/bundles.js'
import { clusterEnv, helm, kubectl, waitFor } from '../support/cluster.js'
import type { RunResult } from '../support/cluster.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { prepareRepo, removeSyncedCluster, statuses } from './sync-support.js'

/**
 * f834312, main when issue 14's redesign started: the last bundle before
 * it, whose records every later one must read as its own.
 */
const previousCommit = 'f834312bf7434e1dfb9d18a5fb6c5009cb0b3a17'
const slow = 120_000

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
let previous: string

beforeAll(() => {
  if (!existsSync(join(currentBundle, 'dist', 'cli', 'build-id'))) {
    throw new Error('dist/ is not built here: run `npm run build` first')
  }
  previous = unpackBundle(previousCommit)
})
afterAll(() => rmSync(previous, { recursive: true, force: true }))

/** A copy of e2e/repos/basic: raw manifests and a Helm add-on from the plane's chart repository. */
interface Fixture {
  ns: string
  cluster: string
  release: string
  repo: string
}

function fixture(name: string): Fixture {
  const ns = `compat-${name}-${id}`
  const cluster = `compat-${name}-${id}`
  return {
    ns,
    cluster,
    release: `${ns}-web`,
    repo: prepareRepo('basic', { ns, cluster })
  }
}

async function dispose(f: Fixture): Promise<void> {
  await removeSyncedCluster(f.ns, f.cluster)
  rmSync(f.repo, { recursive: true, force: true })
}

function syncArgs(
  f: Fixture,
  helmBinary = 'helm',
  extra: readonly string[] = []
): string[] {
  return [
    'sync',
    join(f.repo, 'cluster.yaml'),
    '--root',
    f.repo,
    '--kubeconfig',
    clusterEnv().kubeconfig,
    '--helm',
    helmBinary,
    '--timeout',
    '90s',
    '--format',
    'json',
    ...extra
  ]
}

/** The sync's JSON result; throws with everything it printed when there is none. */
function resultOf(run: RunResult, bundle: string): SyncResult {
  try {
    return JSON.parse(run.stdout) as SyncResult
  } catch {
    throw new Error(
      `the ${bundle} bundle's sync printed no JSON (exit ${run.code}):\n${run.stderr}\n${run.stdout}`
    )
  }
}

async function syncWith(
  root: string,
  f: Fixture,
  helmBinary?: string,
  extra?: readonly string[]
): Promise<RunResult & { result: SyncResult }> {
  const run = await runBundleCli(root, syncArgs(f, helmBinary, extra))
  const bundle = root === previous ? 'previous' : 'current'
  return { ...run, result: resultOf(run, bundle) }
}

/** Each step of the fixture → `value`. */
const allSteps = (f: Fixture, value: string): Record<string, string> => ({
  'manifest:namespace': value,
  'manifest:config': value,
  'manifest:worker': value,
  'manifest:extra': value,
  [`addon:${f.release}`]: value
})

/**
 * The unchanged-files record counts only for the build that wrote it, so a
 * new bundle compares the digests. While this checkout's dist/ is still the
 * previous build, drop the record, or the second sync would end before the
 * digests are compared at all.
 */
async function compareDigestsNext(
  cluster: string,
  folder: 'dist' | 'dist/cli'
): Promise<void> {
  if (!sameBuild(previous, currentBundle, folder)) return
  await kubectl([
    'annotate',
    'configmap',
    `clustersync-${cluster}`,
    '-n',
    'clustersync-system',
    'clustersync.io/synced-inputs-'
  ])
}

/**
 * What a second apply would change: each object's server-side-apply field
 * sets (with their times), the resourceVersion of objects no controller
 * writes to, the Helm release's revision, and the digests the inventory
 * records per step.
 */
async function clusterState(f: Fixture): Promise<Record<string, unknown>> {
  const got = await kubectl([
    'get',
    `namespace/${f.ns}`,
    'configmap/settings',
    'configmap/extra',
    'deployment/worker',
    '-n',
    f.ns,
    '-o',
    'json'
  ])
  const objects = (
    JSON.parse(got.stdout) as {
      items: {
        kind: string
        metadata: {
          name: string
          resourceVersion: string
          managedFields?: { operation: string }[]
        }
      }[]
    }
  ).items.map((o) => [
    `${o.kind}/${o.metadata.name}`,
    {
      // A Deployment's status moves on its own (controller, kwok).
      ...(o.kind === 'Deployment'
        ? {}
        : { resourceVersion: o.metadata.resourceVersion }),
      applied: (o.metadata.managedFields ?? []).filter(
        (m) => m.operation === 'Apply'
      )
    }
  ])
  const history = await helm(3, [
    'history',
    f.release,
    '-n',
    f.ns,
    '-o',
    'json'
  ])
  const revisions = (JSON.parse(history.stdout) as { revision: number }[]).map(
    (r) => r.revision
  )
  return {
    objects: Object.fromEntries(objects),
    helmRevisions: revisions,
    inventoryDigests: await inventoryDigests(f.cluster)
  }
}

/** Step id → digest, read from the inventory ConfigMap's JSON as stored. */
async function inventoryDigests(
  cluster: string
): Promise<Record<string, string>> {
  const got = await kubectl([
    'get',
    'configmap',
    `clustersync-${cluster}`,
    '-n',
    'clustersync-system',
    '-o',
    'jsonpath={.data.inventory\\.json}'
  ])
  const inventory = JSON.parse(got.stdout) as {
    steps: { id: string; digest: string }[]
  }
  return Object.fromEntries(inventory.steps.map((s) => [s.id, s.digest]))
}

/** The steps that sent objects to the API server. */
const resent = (result: SyncResult): string[] =>
  result.steps.filter((s) => s.changes.length > 0).map((s) => s.step)

/**
 * Step → its Changes cell in the job summary's steps table ("changed of
 * sent"): "0 of 0" for a step that sent nothing.
 */
function summaryChanges(summary: string): Record<string, string> {
  const rows = summary
    .split('\n')
    .map((line) =>
      /^\| `((?:manifest|addon):[^`]+)` \| .*? \| (\d+ of \d+) \|/.exec(line)
    )
    .filter((m) => m !== null)
    .map((m): [string, string] => [m[1] ?? '', m[2] ?? ''])
  return Object.fromEntries(rows)
}

/** Every step of the fixture unchanged, and nothing sent to the API server or to Helm. */
function expectNothingApplied(
  f: Fixture,
  run: RunResult & { result: SyncResult }
): void {
  // Step by step, so a failure names the steps sent again. A manifest step
  // applied again without effect still reports unchanged, but lists its
  // objects; an add-on's new Helm revision reports applied.
  expect(resent(run.result)).toEqual([])
  expect(statuses(run.result)).toEqual(allSteps(f, 'unchanged'))
  expect(run.result).toMatchObject({
    status: 'synced',
    counts: { applied: 0, unchanged: 5, pruned: 0, failed: 0 }
  })
  expect(run.code).toBe(0)
}

describe('the CLI, previous bundle and this one', () => {
  let f: Fixture
  let first: RunResult & { result: SyncResult }
  beforeAll(() => {
    f = fixture('cli')
  })
  afterAll(() => dispose(f))

  it(
    'applies nothing at the same commit: no object sent, no Helm revision, the inventory read',
    async () => {
      first = await syncWith(previous, f)
      expect(first.result.status).toBe('synced')
      expect(statuses(first.result)).toEqual(allSteps(f, 'applied'))
      await compareDigestsNext(f.cluster, 'dist/cli')
      const before = await clusterState(f)
      expect(before.helmRevisions).toEqual([1])

      const second = await syncWith(currentBundle, f)
      expectNothingApplied(f, second)
      // An inventory it could not read would have meant another message.
      expect(second.result.diagnostics.map((d) => d.code)).toEqual(
        first.result.diagnostics.map((d) => d.code)
      )
      expect(await clusterState(f)).toEqual(before)
    },
    slow
  )

  it(
    'and back: the previous bundle, after this one, applies nothing either (a rollback)',
    async () => {
      expect(first.result.status).toBe('synced')
      await compareDigestsNext(f.cluster, 'dist/cli')
      const before = await clusterState(f)
      expectNothingApplied(f, await syncWith(previous, f))
      expect(await clusterState(f)).toEqual(before)
    },
    slow
  )
})

/**
 * A `helm` that holds `helm upgrade` until `open()`, so the sync running it
 * keeps the cluster lock meanwhile; every other call goes straight to helm.
 */
function helmGate(dir: string): { helm: string; open(): void } {
  const gate = join(dir, 'gate-open')
  const helmPath = join(dir, 'helm-gate.cjs')
  writeFileSync(
    helmPath,
    `#!${process.execPath}
const { existsSync } = require('node:fs')
const { spawnSync } = require('node:child_process')
const args = process.argv.slice(2)
const deadline = Date.now() + 60000
const run = () =>
  process.exit(spawnSync('helm', args, { stdio: 'inherit' }).status ?? 1)
if (args[0] !== 'upgrade') run()
const poll = setInterval(() => {
  if (existsSync(${JSON.stringify(gate)}) || Date.now() > deadline) {
    clearInterval(poll)
    run()
  }
}, 100)
`
  )
  chmodSync(helmPath, 0o755)
  return { helm: helmPath, open: () => writeFileSync(gate, '') }
}

/** The holder written in the cluster's Lease, once there is one. */
async function leaseHolder(cluster: string): Promise<string> {
  return waitFor(
    'the previous bundle to take the cluster lock',
    async () => {
      const got = await kubectl(
        [
          'get',
          'lease',
          `clustersync-${cluster}`,
          '-n',
          'clustersync-system',
          '-o',
          'jsonpath={.spec.holderIdentity}'
        ],
        { allowFailure: true }
      )
      return got.code === 0 && got.stdout ? got.stdout : undefined
    },
    60_000,
    100
  )
}

describe('the lock the previous bundle holds', () => {
  let f: Fixture
  beforeAll(() => {
    f = fixture('lock')
  })
  afterAll(() => dispose(f))

  it(
    'is seen by this one: status Syncing, the sync waits and names the holder, then takes over once released',
    async () => {
      const gate = helmGate(f.repo)
      const old = syncWith(previous, f, gate.helm)
      // Awaited below; when an assertion fails first, not an unhandled rejection.
      old.catch(() => undefined)
      try {
        const holder = await leaseHolder(f.cluster)

        const status = await runBundleCli(currentBundle, [
          'status',
          join(f.repo, 'cluster.yaml'),
          '--root',
          f.repo,
          '--kubeconfig',
          clusterEnv().kubeconfig,
          '--format',
          'json'
        ])
        expect(JSON.parse(status.stdout)).toMatchObject({
          status: 'Syncing',
          lock: { holder }
        })

        const blocked = await syncWith(currentBundle, f, 'helm', [
          '--lock-timeout',
          '3s'
        ])
        expect(blocked.result).toMatchObject({
          status: 'error',
          reason: 'LockTimeout'
        })
        expect(blocked.result.summary).toContain(`held by ${holder}`)
        expect(blocked.code).toBe(1)
      } finally {
        gate.open()
      }
      const held = await old
      expect(held.result.status).toBe('synced')
      expect(statuses(held.result)).toEqual(allSteps(f, 'applied'))

      await compareDigestsNext(f.cluster, 'dist/cli')
      expectNothingApplied(f, await syncWith(currentBundle, f))
    },
    slow
  )
})

describe('the Action, previous bundle then this one', () => {
  const repository = 'Codertocat/Hello-World'
  const payload = webhookExample('push')
  let double: GitHubDouble
  let f: Fixture

  beforeAll(async () => {
    double = await startGitHubDouble()
    f = fixture('action')
  })
  afterAll(async () => {
    await double.close()
    await dispose(f)
  })
  afterEach(() => double.assertNoViolations())

  /** One push run of the Action from `root`'s dist/index.js, post step included. */
  async function push(root: string, runId: string): ReturnType<typeof runMain> {
    const run = await runMain({
      bundle: join(root, 'dist', 'index.js'),
      eventName: 'push',
      payload,
      workspace: f.repo,
      inputs: {
        token: 't',
        kubeconfig: readFileSync(clusterEnv().kubeconfig, 'utf8')
      },
      env: {
        GITHUB_API_URL: double.url,
        GITHUB_SERVER_URL: double.url,
        GITHUB_REPOSITORY: repository,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'Codertocat',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'c'.repeat(40)
      }
    })
    const bundle = root === previous ? 'previous' : 'current'
    if (run.exitCode !== 0) {
      throw new Error(
        `the ${bundle} Action failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`
      )
    }
    await runPost(run)
    return run
  }

  it(
    'applies nothing at the same commit, and shows the previous run in its history',
    async () => {
      const first = await push(previous, '5001')
      expect(first.outputs).toMatchObject({ status: 'synced', applied: '5' })
      await compareDigestsNext(f.cluster, 'dist')
      const before = await clusterState(f)

      const second = await push(currentBundle, '5002')
      // The previous run's deployment record, read back by this bundle: a
      // settled row of its own, linked to its run, below this run's.
      const sha = payload.after as string
      const rows = second.summary
        .split('\n')
        .filter((line) => /^\| ▶? +\| (\*\*)?\[/.test(line))
        .map((line) => line.split(' | ').slice(1))
      expect(rows).toEqual([
        [
          expect.stringMatching(/\/actions\/runs\/5002\)\*\*$/),
          '**webhook**',
          expect.anything(),
          expect.anything(),
          '**Codertocat** |'
        ],
        [
          `[✅ Success](${double.url}/${repository}/actions/runs/5001)`,
          'webhook',
          `[\`${sha.slice(0, 7)}\`](${double.url}/${repository}/commit/${sha})`,
          expect.stringMatching(/^(just now|\d+ minutes? ago)$/),
          'Codertocat |'
        ]
      ])

      expect(summaryChanges(second.summary)).toEqual(allSteps(f, '0 of 0'))
      expect(second.outputs).toMatchObject({
        status: 'synced',
        applied: '0',
        unchanged: '5',
        pruned: '0',
        failed: '0'
      })
      expect(await clusterState(f)).toEqual(before)
    },
    slow
  )
})
