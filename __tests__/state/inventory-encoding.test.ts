/**
 * The inventory's two stored forms: plain JSON while it is small (what older
 * releases and `kubectl get -o yaml` read), gzip in binaryData past the
 * threshold, and a clear refusal when even that cannot fit a ConfigMap.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import {
  encodeInventory,
  gzipKey,
  InventoryTooLargeError,
  maxDataBytes,
  maxPlainBytes,
  plainKey
} from '../../src/state/inventory-encoding.js'
import {
  inventoryObject,
  inventoryOf,
  type Inventory,
  type InputsRecord
} from '../../src/state/inventory.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'

/** A name no compressor can shrink much: hex of a hash chain. */
const hashName = (i: number, length: number): string => {
  let out = ''
  for (let n = 0; out.length < length; n++) {
    out += createHash('sha256').update(`${i}/${n}`).digest('hex')
  }
  return out.slice(0, length)
}

/** An inventory of `count` ConfigMaps, each in its own namespace when `spread`. */
function inventoryOfSize(
  count: number,
  name: (i: number) => string,
  spread = false
): Inventory {
  return {
    version: 1,
    cluster: 'prod',
    steps: [
      {
        id: 'manifest:app',
        kind: 'manifest',
        digest: 'sha256:1',
        order: 0,
        dependsOn: [],
        objects: Array.from({ length: count }, (_, i) => ({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name: name(i),
          namespace: spread ? `ns-${hashName(i, 40)}` : 'shop'
        }))
      }
    ],
    lastSync: {
      status: 'synced',
      reason: 'Succeeded',
      source: 'cli',
      startedAt: '2026-12-01T00:00:00.000Z',
      finishedAt: '2026-12-01T00:00:05.000Z'
    }
  }
}

/** The ConfigMap as the API server returns it after the write. */
const stored = (inventory: Inventory): KubeJson =>
  JSON.parse(JSON.stringify(inventoryObject(inventory))) as KubeJson

const annotationsOf = (parent: KubeJson): Record<string, string> =>
  (parent.metadata as { annotations: Record<string, string> }).annotations

const dataOf = (parent: KubeJson) => ({
  data: parent.data as Record<string, string> | undefined,
  binaryData: parent.binaryData as Record<string, string> | undefined
})

describe('inventory storage', () => {
  it('keeps a small inventory as plain JSON under inventory.json, as before', () => {
    const inventory = inventoryOfSize(100, (i) => `settings-${i}`)
    const parent = stored(inventory)
    expect(dataOf(parent)).toEqual({
      data: { [plainKey]: JSON.stringify(inventory) },
      binaryData: undefined
    })
    expect(inventoryOf(parent, 'prod')).toEqual(inventory)
  })

  it('gzips a large inventory into binaryData alone, and reads it back', () => {
    // 10,000 objects with 120-character names: about 1.5 MiB of JSON, over
    // the 1 MiB a plain ConfigMap can hold.
    const inventory = inventoryOfSize(10_000, (i) => `app-${hashName(i, 116)}`)
    expect(JSON.stringify(inventory).length).toBeGreaterThan(maxDataBytes)
    const parent = stored(inventory)
    const { data, binaryData } = dataOf(parent)
    expect(data).toBeUndefined()
    expect(Object.keys(binaryData ?? {})).toEqual([gzipKey])
    const bytes = Buffer.from(binaryData?.[gzipKey] ?? '', 'base64')
    expect(bytes.length).toBeLessThan(maxDataBytes)
    // Real gzip, as `base64 -d | gunzip` reads it.
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    expect(inventoryOf(parent, 'prod')).toEqual(inventory)
  })

  it('switches form exactly past the threshold', () => {
    const atThreshold = 'x'.repeat(maxPlainBytes)
    expect(encodeInventory(atThreshold, 1)).toEqual({
      data: { [plainKey]: atThreshold }
    })
    const over = encodeInventory(`${atThreshold}x`, 1)
    expect(over).not.toHaveProperty('data')
    expect(over).toHaveProperty(['binaryData', gzipKey])
  })

  it('counts the threshold in bytes, not characters', () => {
    const wide = 'é'.repeat(maxPlainBytes / 2 + 1)
    expect(encodeInventory(wide, 1)).toHaveProperty('binaryData')
  })

  it('refuses an inventory that cannot fit even compressed, saying how many objects and what to do', () => {
    const inventory = inventoryOfSize(12_000, (i) => hashName(i, 250))
    expect(() => inventoryObject(inventory)).toThrow(InventoryTooLargeError)
    expect(() => inventoryObject(inventory)).toThrow(
      /inventory of this definition \(12000 objects, .* MiB of JSON, .* MiB compressed\) does not fit the 1\.0 MiB a ConfigMap can hold\. Split the definition into several clusters/
    )
  })

  it('reads a plain inventory written by an older release', () => {
    const inventory = inventoryOfSize(3, (i) => `legacy-${i}`)
    const legacy: KubeJson = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'clustersync-prod', namespace: 'clustersync-system' },
      data: { 'inventory.json': JSON.stringify(inventory) }
    }
    expect(inventoryOf(legacy, 'prod')).toEqual(inventory)
  })

  it('reads a ConfigMap with neither key as no inventory', () => {
    expect(
      inventoryOf({ apiVersion: 'v1', kind: 'ConfigMap', data: {} }, 'prod')
    ).toBeUndefined()
  })

  it('refuses a ConfigMap holding both forms rather than guess which to prune from', () => {
    const inventory = inventoryOfSize(3, (i) => `both-${i}`)
    const json = JSON.stringify(inventory)
    const both: KubeJson = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { [plainKey]: json },
      binaryData: { [gzipKey]: gzipSync(json).toString('base64') }
    }
    expect(() => inventoryOf(both, 'prod')).toThrow(
      /inventory clustersync-system\/clustersync-prod holds both data\["inventory\.json"\] and binaryData\["inventory\.json\.gz"\].*Remove the one that was not written last/
    )
  })

  it('refuses a compressed value that is not gzip, naming the object', () => {
    const broken: KubeJson = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      binaryData: { [gzipKey]: Buffer.from('{"version":1}').toString('base64') }
    }
    expect(() => inventoryOf(broken, 'prod')).toThrow(
      /inventory clustersync-system\/clustersync-prod has a binaryData\["inventory\.json\.gz"\] that is not gzip/
    )
  })

  it('refuses a compressed value that unpacks past any real record (a gzip bomb), without unpacking it all', () => {
    // 1 MiB of gzip can stand for a gigabyte of zeros.
    const bomb = gzipSync(Buffer.alloc(300 * 1024 * 1024), {
      level: 9
    })
    const parent: KubeJson = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      binaryData: { [gzipKey]: bomb.toString('base64') }
    }
    expect(() => inventoryOf(parent, 'prod')).toThrow(
      /inventory clustersync-system\/clustersync-prod has a binaryData\["inventory\.json\.gz"\] that unpacks to more than 128\.0 MiB/
    )
  })

  it('checks the unpacked record as strictly as a plain one', () => {
    const bad: KubeJson = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      binaryData: {
        [gzipKey]: gzipSync('{"version":2}').toString('base64')
      }
    }
    expect(() => inventoryOf(bad, 'prod')).toThrow(/has version 2/)
  })
})

describe('inventory annotations', () => {
  const inputs = (bytes: number): InputsRecord => ({
    digest: 'sha256:in',
    reads: { 'cluster.yaml': 'x'.repeat(bytes) },
    diagnostics: [],
    steps: []
  })

  it('leaves the inputs record out rather than pass the 256 KiB annotation limit', () => {
    // 1,500 namespaces of 43 characters: about 66 KB of ApplySet annotation,
    // which a 200 KB inputs record would push past the limit.
    const inventory = {
      ...inventoryOfSize(1_500, (i) => `cm-${i}`, true),
      inputs: inputs(200_000)
    }
    const annotations = annotationsOf(stored(inventory))
    expect(annotations).not.toHaveProperty(['clustersync.io/synced-inputs'])
    expect(annotations['applyset.kubernetes.io/additional-namespaces']).toMatch(
      /^ns-/
    )
    const small = {
      ...inventoryOfSize(3, (i) => `cm-${i}`),
      inputs: inputs(10)
    }
    expect(annotationsOf(stored(small))).toHaveProperty([
      'clustersync.io/synced-inputs'
    ])
  })

  it('refuses a definition whose namespaces alone overflow the ApplySet annotation', () => {
    const inventory = inventoryOfSize(7_000, (i) => `cm-${i}`, true)
    expect(() => inventoryObject(inventory)).toThrow(
      /ApplySet annotations \(7000 namespaces, 1 kind\) exceed the 256 KiB an object's annotations can hold\. Split the definition/
    )
  })
})
