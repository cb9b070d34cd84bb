/**
 * `sync --no-prune` leaves what the definition dropped on record, for a
 * later sync with pruning on (docs/sync.md, "Guard rails"). That later sync
 * reads the same files: the unchanged-files check must not end it before
 * the prune. `plan --no-prune` lists nothing to prune, as that sync prunes
 * nothing. Against the real control plane.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `cs-noprune-${stamp}`
const cluster = `e2e-noprune-${stamp}`

function definition(names: readonly string[]): string {
  const maps = names
    .map(
      (name) => `        - name: ${name}
          manifest: |
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: ${name}, namespace: ${ns}}
            data: {a: "1"}
          parents:
            - manifest: namespace
`
    )
    .join('')
  return `apiVersion: v1
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
            metadata: {name: ${ns}}
${maps}`
}

describe('a sync after sync --no-prune, with the same files', () => {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-noprune-'))
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(root, { recursive: true, force: true })
  })
  const sync = async (...flags: string[]): Promise<SyncResult> => {
    const run = await clustersync([
      'sync',
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--format',
      'json',
      ...flags
    ])
    return JSON.parse(run.stdout) as SyncResult
  }
  const exists = async (name: string): Promise<boolean> =>
    (
      await kubectl([
        'get',
        'configmap',
        name,
        '-n',
        ns,
        '--ignore-not-found',
        '-o',
        'name'
      ])
    ).stdout.trim() !== ''

  it('prunes what the --no-prune run left', async () => {
    writeFileSync(join(root, 'cluster.yaml'), definition(['kept', 'dropped']))
    expect((await sync()).reason).toBe('Succeeded')
    writeFileSync(join(root, 'cluster.yaml'), definition(['kept']))

    // The plan of that sync says the same: nothing to prune, `dropped` stays.
    const planned = await clustersync([
      'plan',
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--no-prune'
    ])
    expect(planned.stdout).toContain('0 to prune')
    expect(planned.stdout).toMatch(
      /= ConfigMap\/\S+\/dropped +unchanged +\(left in place: pruning is off/
    )
    const skipped = await sync('--no-prune')
    expect(skipped.steps.find((s) => s.step === 'prune')?.status).toBe(
      'skipped'
    )
    expect(await exists('dropped')).toBe(true)

    const pruned = await sync()
    expect(pruned.counts.pruned).toBe(1)
    expect(await exists('dropped')).toBe(false)
    expect(await exists('kept')).toBe(true)
  }, 120_000)
})
