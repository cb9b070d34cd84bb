// Load against the real control plane (issue 15), run as the installed CLI
// (bin/clustersync.js → dist/) in processes of their own, the way runners
// run it:
// - one sync of many objects and add-ons (the app chart from the plane's
//   chart repository) with its peak memory measured (VmHWM, read by the
//   process itself at exit: report-peak.cjs) and bounded;
// - many syncs of one cluster started together: the lock runs them one at a
//   time; each ends synced, exactly one applies the change and every other
//   finds nothing to do; the cluster ends converged, no inventory entry lost.
// Small in the default run; CLUSTERSYNC_LONG=1 runs the sizes
// (3,000 objects, 50 add-ons, 20 syncs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sized } from '../../__fixtures__/long-mode.js'
import { generateSyncRepo } from '../../bench/generate-sync-repo.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import { inventoryOf, type Inventory } from '../../src/state/inventory.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { currentBundle } from '../support/bundles.js'
import { clusterEnv, kubectl, run } from '../support/cluster.js'

const slow = 1_800_000
const objects = sized(300, 3000)
const addons = sized(5, 50)
const concurrentSyncs = sized(5, 20)
/** Generous: the figures recorded in RELIABILITY.md are well under it. */
const peakBoundMb = sized(400, 1024)
const stamp = Date.now().toString(36)
const cluster = `e2e-load-${stamp}`
const prefix = `cs-load-${stamp}`
const scratch = mkdtempSync(join(tmpdir(), 'clustersync-load-'))
const repo = join(scratch, 'repo')
const reportPeak = fileURLToPath(
  new URL('../support/report-peak.cjs', import.meta.url)
)

interface Run {
  code: number
  result: SyncResult
  stderr: string
  peakMb: number
}

/** One `clustersync sync --format json` process; its result and peak RSS. */
async function syncProcess(index: number): Promise<Run> {
  const peakFile = join(scratch, `peak-${index}`)
  const out = await run(
    process.execPath,
    [
      '--require',
      reportPeak,
      join(currentBundle, 'bin', 'clustersync.js'),
      'sync',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--timeout',
      '120s',
      '--lock-timeout',
      '20m',
      '--format',
      'json'
    ],
    {
      allowFailure: true,
      timeoutMs: slow,
      env: { ...process.env, CLUSTERSYNC_PEAK_RSS_FILE: peakFile }
    }
  )
  let result: SyncResult
  try {
    result = JSON.parse(out.stdout) as SyncResult
  } catch {
    throw new Error(
      `sync ${index} printed no JSON (exit ${out.code}):\n${out.stderr}`
    )
  }
  const peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024
  return { code: out.code, result, stderr: out.stderr, peakMb }
}

/** The bench generator's objects, plus a stack of `addons` app releases. */
function writeRepo(revision: number): void {
  generateSyncRepo(repo, {
    objects,
    namespacePrefix: prefix,
    cluster,
    revision
  })
  const entries = Array.from({ length: addons }, (_, i) =>
    [
      `        - name: app-${String(i).padStart(2, '0')}`,
      '          chart_name: app',
      '          chart_version: 1.0.0',
      `          repository_url: ${clusterEnv().chartRepo}`,
      `          namespace: ${prefix}-addons`,
      '          configuration_type: standalone',
      '          configuration:',
      `            values: "message: revision ${revision}"`
    ].join('\n')
  )
  const path = join(repo, 'cluster.yaml')
  writeFileSync(
    path,
    `${readFileSync(path, 'utf8')}    - name: addons\n      addons:\n${entries.join('\n')}\n`
  )
}

async function inventory(): Promise<Inventory> {
  const raw = await kubectl([
    'get',
    'configmap',
    `clustersync-${cluster}`,
    '-n',
    'clustersync-system',
    '-o',
    'json'
  ])
  const parent = JSON.parse(raw.stdout) as KubeJson
  const record = inventoryOf(parent, cluster)
  if (!record) throw new Error(`no inventory for ${cluster}`)
  return record
}

afterAll(async () => {
  const namespaces = await kubectl(['get', 'namespaces', '-o', 'name'])
  const ours = namespaces.stdout
    .split('\n')
    .filter((n) => n.startsWith(`namespace/${prefix}-`))
  if (ours.length > 0) {
    await kubectl(['delete', ...ours, '--wait=false'])
  }
  await kubectl([
    'delete',
    'configmap,lease',
    `clustersync-${cluster}`,
    '-n',
    'clustersync-system',
    '--ignore-not-found'
  ])
  rmSync(scratch, { recursive: true, force: true })
}, slow)

it(
  `syncs ${objects} objects and ${addons} add-ons in one run within ${peakBoundMb} MB`,
  async () => {
    writeRepo(1)
    const started = Date.now()
    const first = await syncProcess(0)
    const seconds = Math.round((Date.now() - started) / 1000)
    expect({ code: first.code, status: first.result.status }).toEqual({
      code: 0,
      status: 'synced'
    })
    expect(first.result.counts.applied).toBe(first.result.steps.length)
    expect(first.peakMb).toBeLessThan(peakBoundMb)
    const recorded = await inventory()
    const objectCount = recorded.steps.reduce((n, s) => n + s.objects.length, 0)
    const releases = recorded.steps.filter((s) => s.release).length
    expect(releases).toBe(addons)
    expect(objectCount).toBeGreaterThanOrEqual(objects)
    console.log(
      `load: ${objectCount} objects, ${releases} add-ons, ${first.result.steps.length} steps in ${seconds}s; peak RSS ${Math.round(first.peakMb)} MB`
    )
  },
  slow
)

it(
  `runs ${concurrentSyncs} syncs of one cluster started together one at a time, losing nothing`,
  async () => {
    writeRepo(2)
    const before = await inventory()
    const started = Date.now()
    const runs = await Promise.all(
      Array.from({ length: concurrentSyncs }, (_, i) => syncProcess(i + 1))
    )
    const seconds = Math.round((Date.now() - started) / 1000)
    for (const r of runs) {
      expect({ code: r.code, status: r.result.status }).toEqual({
        code: 0,
        status: 'synced'
      })
    }
    // One run applied the new revision; every other one found it applied.
    const applied = runs.filter((r) => r.result.counts.applied > 0)
    expect(applied).toHaveLength(1)
    const idle = runs.filter((r) =>
      r.result.steps.every((s) => s.status === 'unchanged')
    )
    expect(idle).toHaveLength(concurrentSyncs - 1)
    const waited = runs.filter((r) =>
      r.stderr.includes('waiting for the cluster lock')
    ).length

    // Nothing lost: every step of the first sync is still recorded, with
    // its objects, and the cluster holds the new revision.
    const after = await inventory()
    expect(after.steps.map((s) => [s.id, s.objects.length])).toEqual(
      before.steps.map((s) => [s.id, s.objects.length])
    )
    expect(after.lastStarted).toBeUndefined()
    const revisions = await kubectl([
      'get',
      'configmaps',
      '-A',
      '-o',
      'jsonpath={range .items[*]}{.metadata.namespace}{" "}{.data.revision}{"\\n"}{end}'
    ])
    const ours = revisions.stdout
      .split('\n')
      // Only the generated ConfigMaps carry a revision (not kube-root-ca.crt).
      .filter((l) => l.startsWith(`${prefix}-s`) && !l.endsWith(' '))
    expect(ours.length).toBeGreaterThan(0)
    expect(ours.filter((l) => !l.endsWith(' 2'))).toEqual([])
    const lease = await kubectl([
      'get',
      'lease',
      `clustersync-${cluster}`,
      '-n',
      'clustersync-system',
      '--ignore-not-found',
      '-o',
      'name'
    ])
    expect(lease.stdout).toBe('')
    console.log(
      `load: ${concurrentSyncs} concurrent syncs in ${seconds}s: 1 applied, ${idle.length} nothing to do (${waited} waited for the lock), ${after.steps.length} inventory steps kept; peak RSS max ${Math.round(Math.max(...runs.map((r) => r.peakMb)))} MB`
    )
  },
  slow
)
