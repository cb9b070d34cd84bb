/**
 * The unchanged-files check on its own: it vouches for a run only when the
 * cluster's record and every recorded answer agree, hands its read on in
 * every other case, and never reads a path an edited record names outside
 * the repository.
 */
import type { FileSystem } from '../../src/ports/fs.js'
import {
  InputJournal,
  replayDigest
} from '../../src/definition/input-journal.js'
import {
  inventoryObject,
  type InputsRecord,
  type Inventory
} from '../../src/state/inventory.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import { checkUnchanged } from '../../src/state/unchanged-inputs.js'
import { FakeKubeApi } from '../../__fixtures__/fakes/fake-kube-api.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'

const files = { '/repo/cluster.yaml': 'metadata: {name: shop}\n' }

/** What the last synced run recorded after reading cluster.yaml. */
async function recorded(): Promise<InputsRecord> {
  const journal = new InputJournal('/repo')
  await journal.wrap(new MemoryFs(files)).readFile('/repo/cluster.yaml', 1024)
  return {
    digest: await journal.digest('key'),
    reads: journal.reads(),
    diagnostics: [],
    steps: [{ id: 'manifest:app', file: 'cluster.yaml', line: 3 }]
  }
}

function inventory(inputs: InputsRecord, commit = 'abc'): Inventory {
  return {
    version: 1,
    cluster: 'shop',
    steps: [],
    lastSync: {
      status: 'synced',
      reason: 'Succeeded',
      commit,
      source: 'cli',
      startedAt: '2026-11-29T00:00:00.000Z',
      finishedAt: '2026-11-29T00:00:01.000Z'
    },
    lastSynced: { commit, finishedAt: '2026-11-29T00:00:01.000Z' },
    inputs
  }
}

/** The API server, holding `record` as ClusterSync writes it (inventoryObject). */
function cluster(record: Inventory, lease = false): FakeKubeApi {
  return stored(inventoryObject(record), lease)
}

function stored(parent: KubeJson, lease = false): FakeKubeApi {
  return new FakeKubeApi().on((r) => {
    if (r.path.endsWith('/configmaps/clustersync-shop'))
      return { status: 200, body: JSON.stringify(parent) }
    if (lease && r.path.endsWith('/leases/clustersync-shop'))
      return { status: 200, body: JSON.stringify({ kind: 'Lease' }) }
    return undefined
  })
}

/** `fs`, remembering every path asked about. */
function watched(fs: FileSystem): { fs: FileSystem; asked: string[] } {
  const asked: string[] = []
  const note =
    <T>(call: (path: string) => Promise<T>) =>
    (path: string): Promise<T> => {
      asked.push(path)
      return call(path)
    }
  return {
    asked,
    fs: {
      readFile: note((p) => fs.readFile(p, 1024)),
      stat: note((p) => fs.stat(p)),
      readdir: note((p) => fs.readdir(p)),
      realpath: note((p) => fs.realpath(p))
    }
  }
}

const check = (transport: FakeKubeApi, fs: FileSystem, commit = 'abc') =>
  checkUnchanged({
    transport,
    fs,
    root: '/repo',
    cluster: 'shop',
    key: 'key',
    metadata: { commit }
  })

describe('checkUnchanged', () => {
  it('vouches for a run whose files, commit and record all match', async () => {
    const inputs = await recorded()
    const api = cluster(inventory(inputs))
    const result = await check(api, new MemoryFs(files))
    expect(result.unchanged).toEqual({ cluster: 'shop', inputs })
    // The lock, then the inventory's metadata alone: not the whole record.
    expect(api.requests.map((r) => [r.path, r.headers?.accept])).toEqual([
      [
        '/apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/clustersync-shop',
        undefined
      ],
      [
        '/api/v1/namespaces/clustersync-system/configmaps/clustersync-shop',
        'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1'
      ]
    ])
  })

  it('does not vouch for a record whose inputs are in its data (written before they moved to an annotation)', async () => {
    const inputs = await recorded()
    const parent = inventoryObject(inventory(inputs))
    const data = parent.data as Record<string, string>
    data['inventory.json'] = JSON.stringify(inventory(inputs))
    delete (parent.metadata as { annotations: Record<string, string> })
      .annotations['clustersync.io/synced-inputs']
    const result = await check(stored(parent), new MemoryFs(files))
    expect(result.unchanged).toBeUndefined()
    // The full read is handed on without those inputs, so the sync goes the
    // whole way once and records them in the annotation.
    expect(result.first?.record.inventory?.steps).toEqual([])
    expect(result.first?.record.inventory?.inputs).toBeUndefined()
  })

  it('finds no inputs record after a write that was not a Synced end', async () => {
    const inputs = await recorded()
    const started: Inventory = {
      ...inventory(inputs),
      lastStarted: { startedAt: '2026-11-29T00:00:02.000Z', source: 'cli' }
    }
    const failed: Inventory = {
      ...inventory(inputs),
      lastSync: { ...inventory(inputs).lastSync!, status: 'error' }
    }
    for (const record of [started, failed]) {
      const parent = inventoryObject(record)
      expect(JSON.stringify(parent.metadata)).not.toContain('synced-inputs')
      expect(JSON.stringify(parent.data)).not.toContain(inputs.digest)
      const result = await check(cluster(record), new MemoryFs(files))
      expect(result.unchanged).toBeUndefined()
    }
  })

  it.each([
    ['a file changed', files, false, 'abc', '/repo/cluster.yaml'],
    ['another commit', files, false, 'def', undefined],
    ['a sync holds the lock', files, true, 'abc', undefined]
  ])(
    'goes the normal way when %s, handing its read on',
    async (_, tree, lease, commit, edited) => {
      const inputs = await recorded()
      const fs = new MemoryFs(tree)
      if (edited) fs.write(edited, 'metadata: {name: shop} # edited\n')
      const result = await check(cluster(inventory(inputs), lease), fs, commit)
      expect(result.unchanged).toBeUndefined()
      expect(result.first?.record.inventory?.inputs).toEqual(inputs)
    }
  )

  it.each(['/etc/passwd', '../outside.yaml', 'a/../../b'])(
    'never reads %s, a path an edited record names outside the repository',
    async (path) => {
      const inputs = await recorded()
      const forged = { ...inputs, reads: { ...inputs.reads, [path]: 'r' } }
      // The forger knows the content and computes the digest it would give.
      const outside = new MemoryFs({ ...files, '/etc/passwd': 'root:x:0:0' })
      forged.digest = await replayDigest(outside, '/repo', forged.reads, 'key')
      const { fs, asked } = watched(outside)
      const result = await check(cluster(inventory(forged)), fs)
      expect(result.unchanged).toBeUndefined()
      expect(asked).toEqual([])
    }
  )

  it('resolves with nothing when the cluster does not answer, so the sync reads again with retries', async () => {
    const failing = new FakeKubeApi().on(() => ({ status: 503, body: '' }))
    expect(await check(failing, new MemoryFs(files))).toEqual({})
  })
})
