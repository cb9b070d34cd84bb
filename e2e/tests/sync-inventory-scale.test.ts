/**
 * An inventory too big for a plain ConfigMap (over 1 MiB of JSON) is kept
 * gzipped in binaryData, and the syncs after it read it back: against the
 * real control plane, through the CLI with its real adapters. Kept fast by
 * inflating object names (up to 253 characters) rather than counts: a few
 * thousand ConfigMaps in a handful of files.
 */
import {
  gzipKey,
  maxDataBytes,
  plainKey
} from '../../src/state/inventory-encoding.js'
import { inventoryOf } from '../../src/state/inventory.js'
import { keysOf, LongNamesRepo, objectCount } from './long-names-repo.js'
import { removeSyncedCluster, statuses, sync } from './sync-support.js'

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const files = 6
const perFile = 600
/** The file the prune drops: small, as a prune's deletions wait one by one. */
const extra = files
const extraObjects = 20
const all = [...Array(files + 1).keys()]
const slow = 600_000
let repo: LongNamesRepo

beforeAll(() => {
  repo = new LongNamesRepo(`invscale-${id}`, `invscale-${id}`)
  for (let f = 0; f < files; f++) repo.writeObjects(f, perFile)
  repo.writeObjects(extra, extraObjects)
})

afterAll(async () => {
  await removeSyncedCluster(repo.ns, repo.cluster)
  repo.remove()
}, slow)

describe('an inventory over 1 MiB of JSON', () => {
  it(
    'is written compressed in place of the plain record, and read back by a no-op sync and a prune',
    async () => {
      // Small first: the plain record older releases read.
      repo.writeDefinition([0])
      repo.writeObjects(0, 3)
      const small = await sync(repo.root, 'helm')
      expect(small.result.status).toBe('synced')
      expect(keysOf(await repo.stored())).toEqual({
        data: [plainKey],
        binaryData: []
      })

      // Grown past what a plain ConfigMap holds: server-side apply drops the
      // plain key this field manager no longer sends.
      repo.writeObjects(0, perFile)
      repo.writeDefinition(all)
      const grown = await sync(repo.root, 'helm')
      expect(grown.code).toBe(0)
      expect(grown.result.status).toBe('synced')
      const parent = await repo.stored()
      expect(keysOf(parent)).toEqual({ data: [], binaryData: [gzipKey] })
      const inventory = inventoryOf(parent, repo.cluster)
      expect(objectCount(inventory)).toBe(files * perFile + extraObjects + 1)
      // What the plain form would have been: more than the API accepts.
      expect(JSON.stringify(inventory).length).toBeGreaterThan(maxDataBytes)
      expect(await repo.liveConfigMaps()).toBe(files * perFile + extraObjects)

      // Another byte in the definition: not the unchanged-files shortcut,
      // so the sync reads the compressed record in full and finds every
      // step as recorded: nothing applied (it records the new inputs).
      repo.writeDefinition(all, '# touched\n')
      const noop = await sync(repo.root, 'helm')
      expect(noop.result.status).toBe('synced')
      expect(noop.stderr).toMatch(/0 of 8 steps to apply/)
      expect(new Set(Object.values(statuses(noop.result)))).toEqual(
        new Set(['unchanged'])
      )
      expect(keysOf(await repo.stored())).toEqual({
        data: [],
        binaryData: [gzipKey]
      })

      // One file dropped: the prune list comes from the compressed record.
      repo.writeDefinition([...Array(files).keys()])
      const pruned = await sync(repo.root, 'helm')
      expect(pruned.result.status).toBe('synced')
      const prunes = pruned.result.steps
        .flatMap((s) => s.changes)
        .filter((c) => c.action === 'pruned')
      expect(prunes).toHaveLength(extraObjects)
      expect(await repo.liveConfigMaps()).toBe(files * perFile)
      const last = await repo.stored()
      expect(keysOf(last)).toEqual({ data: [], binaryData: [gzipKey] })
      expect(objectCount(inventoryOf(last, repo.cluster))).toBe(
        files * perFile + 1
      )
    },
    slow
  )
})
