/**
 * A sync of files that did not change since the last Synced run ends after
 * one read of the cluster, without validating them again — and any change
 * the loader would see (an edited byte, a file added to an included folder,
 * another branch, `--full`) goes the normal way. Against the real control
 * plane, through the CLI with its real adapters.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inventoryOf, type Inventory } from '../../src/state/inventory.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import { kubectl } from '../support/cluster.js'
import { removeSyncedCluster, sync } from './sync-support.js'

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `unchanged-${id}`
const cluster = `unchanged-${id}`
const skipped = /validation skipped, no lock taken, nothing written/
let repo: string

function writeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-unchanged-'))
  mkdirSync(join(dir, 'apps'))
  writeFileSync(
    join(dir, 'cluster.yaml'),
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
        - include: apps/
`
  )
  writeApp(dir, 'a', 'one')
  // A warning the fast path must report again: two sources, the first wins.
  writeFileSync(
    join(dir, 'apps', 'b.yaml'),
    `name: b
manifest_base64: e30K
manifest: |
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: b
    namespace: ${ns}
parents:
  - manifest: namespace
`
  )
  return dir
}

function writeApp(dir: string, name: string, value: string): void {
  writeFileSync(
    join(dir, 'apps', `${name}.yaml`),
    `name: ${name}
manifest: |
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: ${name}
    namespace: ${ns}
  data:
    value: ${value}
parents:
  - manifest: namespace
`
  )
}

/** The inventory's ConfigMap as stored. */
async function storedInventory(): Promise<KubeJson> {
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

/** The inventory as ClusterSync reads it back (the inputs record from its annotation). */
async function inventory(): Promise<Inventory> {
  const parent = await storedInventory()
  // The record lives in an annotation, not in the data the sync reads in full.
  const data = (parent.data ?? {}) as Record<string, string>
  expect(JSON.parse(data['inventory.json'] ?? '{}')).not.toHaveProperty(
    'inputs'
  )
  return inventoryOf(parent, cluster) ?? ({} as Inventory)
}

beforeAll(() => {
  repo = writeRepo()
})

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(repo, { recursive: true, force: true })
})

describe('a sync of unchanged files', () => {
  it('records what a Synced run read, then ends the next run after one read', async () => {
    const first = await sync(repo, 'helm')
    expect(first.result.status).toBe('synced')
    expect(first.stderr).not.toMatch(skipped)
    const recorded = (await inventory()).inputs
    const reads = recorded?.reads ?? {}
    expect(reads['cluster.yaml']).toContain('r')
    expect(reads.apps).toContain('l')
    expect(reads['apps/a.yaml']).toContain('r')

    const again = await sync(repo, 'helm')
    expect(again.stderr).toMatch(skipped)
    expect(again.result).toMatchObject({
      status: 'synced',
      phase: 'Completed',
      metadata: { cluster },
      counts: { applied: 0, unchanged: first.result.steps.length }
    })
    // The same steps, at the same places, and the same warning.
    expect(again.result.steps.map((s) => [s.step, s.file, s.line])).toEqual(
      first.result.steps.map((s) => [s.step, s.file, s.line])
    )
    expect(
      again.result.diagnostics.map((d) => [d.code, d.file, d.line])
    ).toEqual(first.result.diagnostics.map((d) => [d.code, d.file, d.line]))
    expect(again.result.diagnostics.map((d) => d.code)).toContain(
      'manifest-multiple-sources'
    )
  })

  it('validates again when a byte changed, and records the new files', async () => {
    writeApp(repo, 'a', 'two')
    const changed = await sync(repo, 'helm')
    expect(changed.stderr).not.toMatch(skipped)
    expect(changed.result.counts.applied).toBe(1)
    const value = await kubectl([
      'get',
      'configmap',
      'a',
      '-n',
      ns,
      '-o',
      'jsonpath={.data.value}'
    ])
    expect(value.stdout).toBe('two')
    expect((await sync(repo, 'helm')).stderr).toMatch(skipped)
  })

  it('validates again when an included folder gains a file', async () => {
    writeApp(repo, 'c', 'three')
    const grown = await sync(repo, 'helm')
    expect(grown.stderr).not.toMatch(skipped)
    expect(grown.result.steps.map((s) => s.step)).toContain('manifest:c')
    expect((await sync(repo, 'helm')).stderr).toMatch(skipped)
  })

  it('moves inputs an older ClusterSync kept in the data to the annotation, validating once', async () => {
    expect((await sync(repo, 'helm')).stderr).toMatch(skipped)
    // Rewrite the record as the previous release wrote it: the inputs
    // record in the data, no annotation.
    const parent = await storedInventory()
    const data = parent.data as Record<string, string>
    const current = (await inventory()) as Inventory & { inputs: unknown }
    data['inventory.json'] = JSON.stringify(current)
    const metadata = parent.metadata as { annotations: Record<string, string> }
    delete metadata.annotations['clustersync.io/synced-inputs']
    const replaced = await kubectl(['replace', '-f', '-'], {
      input: JSON.stringify(parent)
    })
    expect(replaced.code).toBe(0)

    const migrating = await sync(repo, 'helm')
    expect(migrating.stderr).not.toMatch(skipped)
    expect(migrating.result.status).toBe('synced')
    expect(migrating.result.counts.applied).toBe(0)
    expect((await inventory()).inputs).toBeDefined()
    expect((await sync(repo, 'helm')).stderr).toMatch(skipped)
  })

  it('validates again for --full and for another branch', async () => {
    const full = await sync(repo, 'helm', ['--full'])
    expect(full.stderr).not.toMatch(skipped)
    expect(full.result.status).toBe('synced')
    const branch = await sync(repo, 'helm', ['--ref', 'other'])
    expect(branch.stderr).not.toMatch(skipped)
    expect(branch.result.status).toBe('synced')
  })

  it('never skips while a Lease is left (here an expired one of a killed run)', async () => {
    expect((await sync(repo, 'helm', ['--ref', 'other'])).stderr).toMatch(
      skipped
    )
    const lease = JSON.stringify({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: `clustersync-${cluster}`,
        namespace: 'clustersync-system'
      },
      spec: {
        holderIdentity: 'a-killed-run',
        leaseDurationSeconds: 1,
        acquireTime: '2026-01-01T00:00:00.000000Z',
        renewTime: '2026-01-01T00:00:00.000000Z'
      }
    })
    const file = join(repo, '..', `lease-${id}.json`)
    writeFileSync(file, lease)
    await kubectl(['create', '-f', file])
    rmSync(file)
    // An expired lease: a run died holding it, so this one goes the whole
    // way (taking the lock over) instead of trusting the record.
    const afterKill = await sync(repo, 'helm', ['--ref', 'other'])
    expect(afterKill.stderr).not.toMatch(skipped)
    expect(afterKill.result.status).toBe('synced')
  })
})
