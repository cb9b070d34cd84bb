/**
 * Upgrading across the change of raw-object manifest names (docs/format.md,
 * "Names of raw-object manifests"): a repository whose definition is not at
 * the repository root is synced by the previous release's bundle, which
 * names those manifests (and records their steps) by repository-relative
 * paths; the next sync with this code must re-apply nothing and prune
 * nothing, accept the old names in parents with a warning, and leave the
 * inventory under the new step ids.
 */
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inventoryOf } from '../../src/state/inventory.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { clusterEnv, kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, statuses } from './sync-support.js'

/**
 * The last commit whose bundle names raw-object files by their
 * repository-relative path: the release users upgrade from.
 */
const previousRelease = '228c7cda514b1a99c1f57dd2d5a1a3a60866565b'
const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const slow = 300_000

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `upgrade-${id}`
const cluster = `upgrade-${id}`
let repo: string
let previous: string

/** Writes `text` at `path` under `dir`, creating folders. */
function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), text)
}

/**
 * A repository with the cluster in clusters/prod/ and a shared folder. With
 * `collision`, the cluster's folder has a shared/defaults.yaml of its own:
 * named shared/defaults now, the old name of the root's shared/defaults.yaml.
 */
function writeRepo(
  { ns, cluster }: { ns: string; cluster: string },
  collision = false
): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-upgrade-'))
  const configMap = (name: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ndata: { a: "1" }\n`
  const ownDefaults = collision
    ? '\n        - include: shared/defaults.yaml'
    : ''
  write(
    dir,
    'clusters/prod/cluster.yaml',
    `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: platform
      manifests:
        - include: platform/${ownDefaults}
        - include: ../../shared/defaults.yaml
    - name: apps
      manifests:
        - name: settings
          manifest: |
${configMap('settings')
  .split('\n')
  .map((line) => (line ? `            ${line}` : line))
  .join('\n')}
          parents:
            - manifest: clusters/prod/platform/namespace
            - manifest: shared/defaults
`
  )
  write(
    dir,
    'clusters/prod/platform/namespace.yaml',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
  )
  write(dir, 'clusters/prod/platform/config.yaml', configMap('platform'))
  write(dir, 'shared/defaults.yaml', configMap('defaults'))
  if (collision) {
    write(dir, 'clusters/prod/shared/defaults.yaml', configMap('own-defaults'))
  }
  return dir
}

/** The previous release's CLI bundle, unpacked from git into a temp folder. */
function unpackPreviousRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-previous-'))
  const archive = spawnSync(
    'git',
    [
      'archive',
      '--format=tar',
      previousRelease,
      'bin',
      'dist/cli',
      'package.json',
      'schemas',
      'helm_registries'
    ],
    { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024 }
  )
  if (archive.status !== 0) {
    throw new Error(
      `cannot read the previous release ${previousRelease} from git (a shallow clone?): ${archive.stderr.toString()}`
    )
  }
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
  if (tar.status !== 0) throw new Error(tar.stderr.toString())
  return dir
}

/** `clustersync sync` with the previous release's bundle, as a process. */
function syncWithPreviousRelease(dir = repo): SyncResult {
  const run = spawnSync(
    process.execPath,
    [join(previous, 'bin', 'clustersync.js'), ...syncArgs(dir)],
    { encoding: 'utf8', timeout: 240_000, env: process.env }
  )
  if (run.status !== 0) {
    throw new Error(
      `the previous release's sync exited ${run.status}:\n${run.stderr}\n${run.stdout}`
    )
  }
  return JSON.parse(run.stdout) as SyncResult
}

function syncArgs(dir = repo): string[] {
  return [
    'sync',
    join(dir, 'clusters/prod/cluster.yaml'),
    '--root',
    dir,
    '--kubeconfig',
    clusterEnv().kubeconfig,
    '--timeout',
    '90s',
    '--format',
    'json'
  ]
}

async function recordedStepIds(name = cluster): Promise<string[]> {
  const got = await kubectl([
    'get',
    'configmap',
    `clustersync-${name}`,
    '-n',
    'clustersync-system',
    '-o',
    'json'
  ])
  const inventory = inventoryOf(JSON.parse(got.stdout) as KubeJson, name)
  return (inventory?.steps ?? []).map((s) => s.id)
}

beforeAll(() => {
  repo = writeRepo({ ns, cluster })
  previous = unpackPreviousRelease()
})

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(repo, { recursive: true, force: true })
  rmSync(previous, { recursive: true, force: true })
})

it(
  'syncs with the previous release, then with this one: nothing applied, nothing pruned, the inventory under the new ids',
  async () => {
    const first = syncWithPreviousRelease()
    expect(first.status).toBe('synced')
    expect(statuses(first)).toEqual({
      'manifest:clusters/prod/platform/config': 'applied',
      'manifest:clusters/prod/platform/namespace': 'applied',
      'manifest:shared/defaults': 'applied',
      'manifest:settings': 'applied'
    })
    expect(await recordedStepIds()).toContain(
      'manifest:clusters/prod/platform/namespace'
    )

    const run = await clustersync(syncArgs())
    expect(run.code).toBe(0)
    const upgraded = JSON.parse(run.stdout) as SyncResult
    expect(upgraded).toMatchObject({
      status: 'synced',
      counts: { applied: 0, unchanged: 4, pruned: 0, failed: 0 }
    })
    // Not sent to the API server at all: a step re-applied without effect
    // would also count as unchanged, but would list its objects.
    expect(run.stderr).toContain('0 of 4 steps to apply')
    expect(upgraded.steps.flatMap((s) => s.changes)).toEqual([])
    expect(statuses(upgraded)).toEqual({
      'manifest:platform/config': 'unchanged',
      'manifest:platform/namespace': 'unchanged',
      'manifest:/shared/defaults': 'unchanged',
      'manifest:settings': 'unchanged'
    })
    // The old names in parents still work, each with the new one to write,
    // reported at the parent's line.
    const definition = readFileSync(
      join(repo, 'clusters/prod/cluster.yaml'),
      'utf8'
    ).split('\n')
    const lineOf = (text: string) =>
      definition.findIndex((line) => line.includes(text)) + 1
    expect(
      upgraded.diagnostics
        .filter((d) => d.code === 'deprecated-manifest-name')
        .map((d) => [d.file, d.line, /now "([^"]+)"/.exec(d.message)?.[1]])
    ).toEqual([
      [
        'clusters/prod/cluster.yaml',
        lineOf('manifest: clusters/prod/platform/namespace'),
        'platform/namespace'
      ],
      [
        'clusters/prod/cluster.yaml',
        lineOf('manifest: shared/defaults'),
        '/shared/defaults'
      ]
    ])
    expect((await recordedStepIds()).sort()).toEqual([
      'manifest:/shared/defaults',
      'manifest:platform/config',
      'manifest:platform/namespace',
      'manifest:settings'
    ])

    // Once the parents use the new names, still nothing to do.
    write(
      repo,
      'clusters/prod/cluster.yaml',
      readFileSync(join(repo, 'clusters/prod/cluster.yaml'), 'utf8')
        .replace(
          'manifest: clusters/prod/platform/namespace',
          'manifest: platform/namespace'
        )
        .replace('manifest: shared/defaults', 'manifest: /shared/defaults')
    )
    const again = await clustersync(syncArgs())
    expect(again.code).toBe(0)
    const settled = JSON.parse(again.stdout) as SyncResult
    expect(settled).toMatchObject({
      status: 'synced',
      counts: { applied: 0, unchanged: 4, pruned: 0 }
    })
    expect(settled.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  },
  slow
)

describe("when an old name is now another file's name", () => {
  const both = { ns: `${ns}-b`, cluster: `${cluster}-b` }
  let dir: string

  beforeAll(() => {
    dir = writeRepo(both, true)
  })

  afterAll(async () => {
    await removeSyncedCluster(both.ns, both.cluster)
    rmSync(dir, { recursive: true, force: true })
  })

  it(
    'swaps the two recorded steps: nothing applied, nothing pruned, the parent warned about',
    async () => {
      const first = syncWithPreviousRelease(dir)
      expect(first.status).toBe('synced')
      expect(statuses(first)).toEqual({
        'manifest:clusters/prod/platform/config': 'applied',
        'manifest:clusters/prod/platform/namespace': 'applied',
        'manifest:clusters/prod/shared/defaults': 'applied',
        'manifest:shared/defaults': 'applied',
        'manifest:settings': 'applied'
      })

      const run = await clustersync(syncArgs(dir))
      expect(run.code).toBe(0)
      const upgraded = JSON.parse(run.stdout) as SyncResult
      expect(upgraded).toMatchObject({
        status: 'synced',
        counts: { applied: 0, unchanged: 5, pruned: 0, failed: 0 }
      })
      expect(run.stderr).toContain('0 of 5 steps to apply')
      expect(upgraded.steps.flatMap((s) => s.changes)).toEqual([])
      expect(statuses(upgraded)).toEqual({
        'manifest:platform/config': 'unchanged',
        'manifest:platform/namespace': 'unchanged',
        'manifest:shared/defaults': 'unchanged',
        'manifest:/shared/defaults': 'unchanged',
        'manifest:settings': 'unchanged'
      })
      // The previous release read the parent as the root's file; it now
      // means the folder's own one, and the user is told so at its line.
      const definition = readFileSync(
        join(dir, 'clusters/prod/cluster.yaml'),
        'utf8'
      ).split('\n')
      const line =
        definition.findIndex((l) => l.includes('manifest: shared/defaults')) + 1
      expect(
        upgraded.diagnostics
          .filter((d) => d.code === 'ambiguous-manifest-name')
          .map((d) => [d.file, d.line, d.hint])
      ).toEqual([
        [
          'clusters/prod/cluster.yaml',
          line,
          expect.stringContaining(
            'To depend on shared/defaults.yaml, write "/shared/defaults"'
          )
        ]
      ])
      expect((await recordedStepIds(both.cluster)).sort()).toEqual([
        'manifest:/shared/defaults',
        'manifest:platform/config',
        'manifest:platform/namespace',
        'manifest:settings',
        'manifest:shared/defaults'
      ])

      // Read again, the ids written under the new names do not swap back.
      const again = await clustersync(syncArgs(dir))
      expect(again.code).toBe(0)
      const settled = JSON.parse(again.stdout) as SyncResult
      expect(settled).toMatchObject({
        status: 'synced',
        counts: { applied: 0, unchanged: 5, pruned: 0, failed: 0 }
      })
    },
    slow
  )
})
