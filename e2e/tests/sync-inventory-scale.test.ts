/**
 * An inventory too big for a plain ConfigMap (over 1 MiB of JSON) is kept
 * gzipped in binaryData, and the syncs after it read it back: against the
 * real control plane, through the CLI with its real adapters. Kept fast by
 * inflating object names (up to 253 characters) rather than counts: a few
 * thousand ConfigMaps in a handful of files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import {
  gzipKey,
  maxDataBytes,
  plainKey
} from '../../src/state/inventory-encoding.js'
import { inventoryOf, type Inventory } from '../../src/state/inventory.js'
import { kubectl } from '../support/cluster.js'
import { removeSyncedCluster, statuses, sync } from './sync-support.js'

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `invscale-${id}`
const cluster = `invscale-${id}`
const files = 6
const perFile = 600
/** The file the prune drops: small, as a prune's deletions wait one by one. */
const extra = files
const extraObjects = 20
const slow = 600_000
let repo: string

/** A 240-character name: long names make a big record from few objects. */
const nameOf = (file: number, i: number): string =>
  `cm-${file}-${String(i).padStart(4, '0')}-`.padEnd(240, 'x')

function writeObjects(file: number, count: number): void {
  const docs = Array.from(
    { length: count },
    (_, i) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${nameOf(file, i)}\n  namespace: ${ns}\ndata:\n  index: "${i}"\n`
  )
  writeFileSync(join(repo, 'objects', `f${file}.yaml`), docs.join('---\n'))
}

/** The definition: a Namespace and `included` object files (default: all). */
function writeDefinition(included: number[], comment = ''): void {
  const entries = included.map(
    (f) =>
      `        - name: f${f}\n          from_file: objects/f${f}.yaml\n          parents:\n            - manifest: namespace\n`
  )
  writeFileSync(
    join(repo, 'cluster.yaml'),
    `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: base
      manifests:
        - name: namespace
          manifest: |
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ${ns}
${entries.join('')}${comment}`
  )
}

/** The inventory's ConfigMap as stored. */
async function stored(): Promise<KubeJson> {
  const r = await kubectl([
    'get',
    'configmap',
    `clustersync-${cluster}`,
    '-n',
    'clustersync-system',
    '-o',
    'json'
  ])
  return JSON.parse(r.stdout) as KubeJson
}

const keys = (parent: KubeJson) => ({
  data: Object.keys(parent.data ?? {}),
  binaryData: Object.keys(parent.binaryData ?? {})
})

const all = [...Array(files + 1).keys()]
const objectCount = (inventory: Inventory | undefined): number =>
  (inventory?.steps ?? []).reduce((n, s) => n + s.objects.length, 0)

async function liveConfigMaps(): Promise<number> {
  const r = await kubectl(['get', 'configmaps', '-n', ns, '-o', 'name'])
  return r.stdout.split('\n').filter((l) => l.includes('/cm-')).length
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'clustersync-invscale-'))
  mkdirSync(join(repo, 'objects'))
  for (let f = 0; f < files; f++) writeObjects(f, perFile)
  writeObjects(extra, extraObjects)
})

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(repo, { recursive: true, force: true })
}, slow)

describe('an inventory over 1 MiB of JSON', () => {
  it(
    'is written compressed in place of the plain record, and read back by a no-op sync and a prune',
    async () => {
      // Small first: the plain record older releases read.
      writeDefinition([0])
      writeObjects(0, 3)
      const small = await sync(repo, 'helm')
      expect(small.result.status).toBe('synced')
      expect(keys(await stored())).toEqual({ data: [plainKey], binaryData: [] })

      // Grown past what a plain ConfigMap holds: server-side apply drops the
      // plain key this field manager no longer sends.
      writeObjects(0, perFile)
      writeDefinition(all)
      const grown = await sync(repo, 'helm')
      expect(grown.code).toBe(0)
      expect(grown.result.status).toBe('synced')
      const parent = await stored()
      expect(keys(parent)).toEqual({ data: [], binaryData: [gzipKey] })
      const inventory = inventoryOf(parent, cluster)
      expect(objectCount(inventory)).toBe(files * perFile + extraObjects + 1)
      // What the plain form would have been: more than the API accepts.
      expect(JSON.stringify(inventory).length).toBeGreaterThan(maxDataBytes)
      expect(await liveConfigMaps()).toBe(files * perFile + extraObjects)

      // Another byte in the definition: not the unchanged-files shortcut,
      // so the sync reads the compressed record in full and finds every
      // step as recorded: nothing applied (it records the new inputs).
      writeDefinition(all, '# touched\n')
      const noop = await sync(repo, 'helm')
      expect(noop.result.status).toBe('synced')
      expect(noop.stderr).toMatch(/0 of 8 steps to apply/)
      expect(new Set(Object.values(statuses(noop.result)))).toEqual(
        new Set(['unchanged'])
      )
      expect(keys(await stored())).toEqual({ data: [], binaryData: [gzipKey] })

      // One file dropped: the prune list comes from the compressed record.
      writeDefinition([...Array(files).keys()])
      const pruned = await sync(repo, 'helm')
      expect(pruned.result.status).toBe('synced')
      const prunes = pruned.result.steps
        .flatMap((s) => s.changes)
        .filter((c) => c.action === 'pruned')
      expect(prunes).toHaveLength(extraObjects)
      expect(await liveConfigMaps()).toBe(files * perFile)
      const last = await stored()
      expect(keys(last)).toEqual({ data: [], binaryData: [gzipKey] })
      expect(objectCount(inventoryOf(last, cluster))).toBe(files * perFile + 1)
    },
    slow
  )
})
