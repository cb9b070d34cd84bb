/**
 * Removing a big stack from a definition prunes every object it held:
 * against the real control plane, through the CLI with its real adapters.
 * One kubectl process used to delete a step's objects and wait for them,
 * and its own rate limit (5 requests a second) could not fit 600 deletes
 * and waits into the step's timeout. Over the API channel the deletes go
 * many at once and the wait reads what is left in bulk; without it, kubectl
 * gets the objects in batches that fit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliContext } from '../../src/cli/context.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, statuses } from './sync-support.js'

const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const slow = 600_000

/** A generated repository: a `base` stack kept, a `bulk` stack removed. */
class BigStackRepo {
  readonly ns: string
  readonly cluster: string
  readonly root = mkdtempSync(join(tmpdir(), 'clustersync-bigprune-'))

  constructor(
    name: string,
    readonly bulk: number,
    readonly kept: number
  ) {
    this.ns = `${name}-${stamp}`
    this.cluster = this.ns
    writeFileSync(join(this.root, 'kept.yaml'), this.configMaps('kept', kept))
    writeFileSync(join(this.root, 'bulk.yaml'), this.configMaps('bulk', bulk))
  }

  /** cluster.yaml: the `base` stack, and the `bulk` stack when `withBulk`. */
  writeDefinition(withBulk: boolean): void {
    const bulkStack = `    - name: bulk
      manifests:
        - name: bulk-objects
          from_file: bulk.yaml
          parents:
            - manifest: namespace
`
    writeFileSync(
      join(this.root, 'cluster.yaml'),
      `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${this.cluster}
spec:
  stacks:
    - name: base
      manifests:
        - name: namespace
          manifest: |
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ${this.ns}
        - name: kept-objects
          from_file: kept.yaml
          parents:
            - manifest: namespace
${withBulk ? bulkStack : ''}`
    )
  }

  /** `clustersync sync` as sync-support's `sync`, with `overrides` of the ports. */
  async sync(
    overrides: Partial<CliContext> = {}
  ): Promise<{ code: number; stderr: string; result: SyncResult }> {
    const run = await clustersync(
      [
        'sync',
        join(this.root, 'cluster.yaml'),
        '--root',
        this.root,
        '--timeout',
        '90s',
        '--format',
        'json'
      ],
      overrides
    )
    if (run.code !== 0) throw new Error(`sync exit ${run.code}:\n${run.stderr}`)
    return { ...run, result: JSON.parse(run.stdout) as SyncResult }
  }

  /** How many ConfigMaps named `<prefix>-…` the namespace holds. */
  async live(prefix: string): Promise<number> {
    const r = await kubectl(['get', 'configmaps', '-n', this.ns, '-o', 'name'])
    return r.stdout
      .split('\n')
      .filter((l) => l.startsWith(`configmap/${prefix}-`)).length
  }

  async remove(): Promise<void> {
    await removeSyncedCluster(this.ns, this.cluster)
    rmSync(this.root, { recursive: true, force: true })
  }

  private configMaps(prefix: string, count: number): string {
    return Array.from(
      { length: count },
      (_, i) =>
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${prefix}-${i}\n  namespace: ${this.ns}\ndata:\n  index: "${i}"\n`
    ).join('---\n')
  }
}

/** Syncs with the bulk stack, then without it: every bulk object pruned. */
async function removeBulkStack(
  repo: BigStackRepo,
  overrides: Partial<CliContext> = {}
): Promise<void> {
  repo.writeDefinition(true)
  const first = await repo.sync(overrides)
  expect(first.result.status).toBe('synced')
  expect(await repo.live('bulk')).toBe(repo.bulk)

  repo.writeDefinition(false)
  const pruned = await repo.sync(overrides)
  expect(pruned.result.status).toBe('synced')
  expect(statuses(pruned.result).prune).toBe('applied')
  const prunes = pruned.result.steps
    .flatMap((s) => s.changes)
    .filter((c) => c.action === 'pruned')
  expect(prunes).toHaveLength(repo.bulk)
  expect(new Set(prunes.map((c) => c.subject)).size).toBe(repo.bulk)
  expect(await repo.live('bulk')).toBe(0)
  expect(await repo.live('kept')).toBe(repo.kept)

  // The record forgot them: the next sync has nothing to prune.
  const again = await repo.sync(overrides)
  expect(again.result.status).toBe('synced')
  expect(statuses(again.result).prune).toBeUndefined()
}

describe('removing a big stack from a definition', () => {
  // The stack kept is the larger, so the prune stays under the guard's half.
  const overApi = new BigStackRepo('bigprune', 600, 650)
  // The same without the channel: one process for all 600 ran out of
  // its timeout on its rate limiter; batches fit.
  const processes = new BigStackRepo('bigprune-kubectl', 600, 650)

  afterAll(async () => {
    await overApi.remove()
    await processes.remove()
  }, slow)

  it(
    'prunes all 600 of its objects over the API channel and keeps the rest',
    () => removeBulkStack(overApi),
    slow
  )

  it(
    'prunes all 600 of its objects through kubectl processes when no API channel opens',
    () =>
      removeBulkStack(processes, {
        kubeApi: {
          open: () =>
            Promise.resolve({ unavailable: 'switched off by the test' })
        }
      }),
    slow
  )
})
