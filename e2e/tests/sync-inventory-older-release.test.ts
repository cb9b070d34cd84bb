/**
 * What a release from before compression does on meeting a compressed
 * inventory (docs/sync.md, "Large inventories"): it finds no
 * `inventory.json`, reads the cluster as never synced, applies every step
 * again, prunes nothing, and writes a plain record in place of the
 * compressed one; objects only the compressed record listed stay in the
 * cluster, off the record. The older bundle runs as a process, the way
 * users run it (e2e/support/bundles.ts).
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import {
  gzipKey,
  maxPlainBytes,
  plainKey
} from '../../src/state/inventory-encoding.js'
import { inventoryOf } from '../../src/state/inventory.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import {
  currentBundle,
  runBundleCli,
  unpackBundle
} from '../support/bundles.js'
import { clusterEnv } from '../support/cluster.js'
import { keysOf, LongNamesRepo, objectCount } from './long-names-repo.js'
import { removeSyncedCluster, sync } from './sync-support.js'

/** main before compression: its dist/ reads only `data["inventory.json"]`. */
const olderCommit = '0a3f4d77d6b1fe26feaa3c32dee5395c6303ea56'
const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
/** About 640 KB of record: compressed now, still under 1 MiB plain. */
const files = 4
const perFile = 500
const dropped = files
const droppedObjects = 10
const slow = 600_000
let repo: LongNamesRepo
let older: string

beforeAll(() => {
  if (!existsSync(join(currentBundle, 'dist', 'cli', 'build-id'))) {
    throw new Error('dist/ is not built here: run `npm run build` first')
  }
  older = unpackBundle(olderCommit)
  repo = new LongNamesRepo(`invold-${id}`, `invold-${id}`)
  for (let f = 0; f < files; f++) repo.writeObjects(f, perFile)
  repo.writeObjects(dropped, droppedObjects)
})

afterAll(async () => {
  await removeSyncedCluster(repo.ns, repo.cluster)
  repo.remove()
  rmSync(older, { recursive: true, force: true })
}, slow)

it(
  'an older release re-applies everything, prunes nothing, and writes the record plain',
  async () => {
    repo.writeDefinition([...Array(files + 1).keys()])
    const current = await sync(repo.root, 'helm')
    expect(current.result.status).toBe('synced')
    const compressed = await repo.stored()
    expect(keysOf(compressed)).toEqual({ data: [], binaryData: [gzipKey] })
    const record = inventoryOf(compressed, repo.cluster)
    expect(JSON.stringify(record).length).toBeGreaterThan(maxPlainBytes)

    // The older release syncs a definition without the last file.
    repo.writeDefinition([...Array(files).keys()])
    const run = await runBundleCli(older, [
      'sync',
      join(repo.root, 'cluster.yaml'),
      '--root',
      repo.root,
      '--kubeconfig',
      clusterEnv().kubeconfig,
      '--timeout',
      '90s',
      '--format',
      'json'
    ])
    const result = JSON.parse(run.stdout) as SyncResult
    expect(result.status).toBe('synced')
    // Every step sent again, as on a first sync (the server finds the
    // objects as they were, so they report unchanged); nothing pruned.
    expect(run.stderr).toMatch(/5 of 5 steps to apply/)
    const changes = result.steps.flatMap((s) => s.changes)
    expect(changes).toHaveLength(files * perFile + 1)
    expect(new Set(changes.map((c) => c.action))).toEqual(
      new Set(['unchanged'])
    )
    expect(await repo.liveConfigMaps()).toBe(files * perFile + droppedObjects)

    // Its write replaced the compressed record with a plain one that no
    // longer lists the dropped file's objects.
    const plain = await repo.stored()
    expect(keysOf(plain)).toEqual({ data: [plainKey], binaryData: [] })
    expect(objectCount(inventoryOf(plain, repo.cluster))).toBe(
      files * perFile + 1
    )

    // So this release, reading that record, has nothing to prune: the
    // dropped objects stay, off the record.
    repo.writeDefinition([...Array(files).keys()], '# after the older run\n')
    const after = await sync(repo.root, 'helm')
    expect(after.result.status).toBe('synced')
    expect(await repo.liveConfigMaps()).toBe(files * perFile + droppedObjects)
  },
  slow
)
