// Helpers for the fault suite (sync-faults.test.ts): the repository every
// scenario syncs, a sync in-process or as the installed CLI's process, what
// the cluster holds afterwards, and the two checks every scenario ends with:
// the faulted run told the truth, and the runs after it converge.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createKubeApiOpener } from '../../src/adapters/kube-direct.js'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { createSystemClock } from '../../src/adapters/system-clock.js'
import { runCli } from '../../src/cli.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import type { Inventory } from '../../src/state/inventory.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { currentBundle } from '../support/bundles.js'
import { helm, kubectl } from '../support/cluster.js'
import { recordOf, withRecord } from '../support/inventory-record.js'

/** The manifest steps after the namespace, each the parent of the next. */
export const chain = ['first', 'second', 'third']
export const release = 'web'

export interface FaultRepo {
  dir: string
  ns: string
  cluster: string
  chartRepo: string
}

/**
 * (Re)writes the definition at `revision`: a namespace, a chain of three
 * ConfigMap steps and an add-on (the app chart) beside it. Every object and
 * the release's values carry the revision, so each scenario has work to do
 * and the checks can tell which run wrote what.
 */
export function writeRepo(repo: FaultRepo, revision: number): void {
  const { dir, ns } = repo
  mkdirSync(join(dir, 'manifests'), { recursive: true })
  writeFileSync(
    join(dir, 'manifests', 'namespace.yaml'),
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
  )
  const entries = [
    '        - name: namespace\n          from_file: manifests/namespace.yaml\n'
  ]
  let parent = 'namespace'
  for (const step of chain) {
    const docs = [1, 2, 3].map(
      (i) =>
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${step}-${i}\n  namespace: ${ns}\ndata:\n  revision: "${revision}"\n`
    )
    writeFileSync(join(dir, 'manifests', `${step}.yaml`), docs.join('---\n'))
    entries.push(
      `        - name: ${step}\n          from_file: manifests/${step}.yaml\n          parents:\n            - manifest: ${parent}\n`
    )
    parent = step
  }
  const addon = [
    `        - name: ${release}`,
    '          chart_name: app',
    '          chart_version: 1.0.0',
    `          repository_url: ${repo.chartRepo}`,
    `          namespace: ${ns}`,
    '          configuration_type: standalone',
    '          configuration:',
    `            values: "message: revision ${revision}"`,
    '          parents:',
    '            - manifest: namespace',
    ''
  ]
  writeFileSync(
    join(dir, 'cluster.yaml'),
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${repo.cluster}\nspec:\n  stacks:\n    - name: chain\n      manifests:\n${entries.join('')}      addons:\n${addon.join('\n')}`
  )
}

export interface SyncRun {
  code: number
  /** Undefined when the process printed no result (it was killed). */
  result?: SyncResult
  stdout: string
  stderr: string
}

function syncArgs(repo: FaultRepo, kubeconfig: string): string[] {
  return [
    'sync',
    join(repo.dir, 'cluster.yaml'),
    '--root',
    repo.dir,
    '--kubeconfig',
    kubeconfig,
    '--concurrency',
    '1',
    '--timeout',
    '60s',
    '--lock-timeout',
    '3m',
    '--format',
    'json'
  ]
}

function parsed(stdout: string): SyncResult | undefined {
  try {
    return JSON.parse(stdout) as SyncResult
  } catch {
    return undefined
  }
}

/** `clustersync sync --format json` in-process; `onProgress` sees each stderr line as it comes. */
export async function syncInProcess(
  repo: FaultRepo,
  kubeconfig: string,
  onProgress: (line: string) => void = () => {}
): Promise<SyncRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(syncArgs(repo, kubeconfig), {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: {
      write: (t) => {
        stderr += t
        for (const line of t.split('\n')) if (line) onProgress(line)
      },
      isTTY: false
    },
    cwd: process.cwd(),
    env: process.env,
    fs: createNodeFs(),
    exec: createNodeExec(),
    kubeApi: createKubeApiOpener(),
    clock: createSystemClock()
  })
  return { code, result: parsed(stdout), stdout, stderr }
}

/**
 * The installed CLI (bin/clustersync.js → dist/) as its own process, the way
 * a runner runs it; `onProgress` gets each stderr line and the process, so a
 * scenario can signal it at a chosen moment.
 */
export function syncProcess(
  repo: FaultRepo,
  kubeconfig: string,
  onProgress: (line: string, pid: number) => void
): Promise<SyncRun & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(currentBundle, 'bin', 'clustersync.js'),
        ...syncArgs(repo, kubeconfig)
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stdout = ''
    let stderr = ''
    let partial = ''
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t))
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      stderr += t
      const lines = (partial + t).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) onProgress(line, child.pid ?? 0)
    })
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? -1,
        signal,
        result: parsed(stdout),
        stdout,
        stderr
      })
    )
  })
}

/** What the cluster holds for the repository. */
export interface ClusterState {
  /** ConfigMap name → its `revision`. */
  revisions: Record<string, string>
  /** The release's revisions, oldest first (status and the values' message). */
  releaseStatuses: string[]
  releaseMessage?: string
  lease?: { holder: string; renewTime: string; durationSeconds: number }
  inventory?: Inventory
}

export async function clusterState(
  repo: FaultRepo,
  kubeconfig: string
): Promise<ClusterState> {
  const k = ['--kubeconfig', kubeconfig]
  const maps = JSON.parse(
    (await kubectl([...k, 'get', 'configmaps', '-n', repo.ns, '-o', 'json']))
      .stdout
  ) as {
    items: { metadata: { name: string }; data?: Record<string, string> }[]
  }
  const revisions: Record<string, string> = {}
  let releaseMessage: string | undefined
  for (const item of maps.items) {
    if (item.data?.revision) revisions[item.metadata.name] = item.data.revision
    if (item.metadata.name.startsWith(release))
      releaseMessage = item.data?.message
  }
  const history = await helm(
    3,
    [...k, 'history', release, '-n', repo.ns, '-o', 'json'],
    { allowFailure: true }
  )
  const releaseStatuses =
    history.code === 0
      ? (JSON.parse(history.stdout) as { status: string }[]).map(
          (r) => r.status
        )
      : []
  const system = [...k, '-n', 'clustersync-system', '--ignore-not-found']
  const name = `clustersync-${repo.cluster}`
  const leaseText = (
    await kubectl(['get', 'lease', name, '-o', 'json', ...system])
  ).stdout
  const spec = leaseText
    ? (
        JSON.parse(leaseText) as {
          spec: {
            holderIdentity: string
            renewTime: string
            leaseDurationSeconds: number
          }
        }
      ).spec
    : undefined
  const inventoryText = (
    await kubectl(['get', 'configmap', name, '-o', 'json', ...system])
  ).stdout
  const inventory = inventoryText
    ? (recordOf<Inventory>(JSON.parse(inventoryText) as KubeJson) ??
      ({} as Inventory))
    : undefined
  return {
    revisions,
    releaseStatuses,
    ...(releaseMessage !== undefined ? { releaseMessage } : {}),
    ...(spec
      ? {
          lease: {
            holder: spec.holderIdentity,
            renewTime: spec.renewTime,
            durationSeconds: spec.leaseDurationSeconds
          }
        }
      : {}),
    ...(inventory ? { inventory } : {})
  }
}

/** The ConfigMap names of a manifest step. */
export function stepObjects(step: string): string[] {
  return [1, 2, 3].map((i) => `${step}-${i}`)
}

/** Exit code, status and failed steps' messages: what a failed expectation should show. */
export function outcome(run: SyncRun): {
  code: number
  status?: string
  failed: string[]
} {
  return {
    code: run.code,
    ...(run.result ? { status: run.result.status } : {}),
    failed: (run.result?.steps ?? [])
      .filter((s) => s.status === 'failed')
      .map((s) => `${s.step}: ${s.message ?? ''}`)
  }
}

/** Lease absent (released), or due to expire within its duration (a killed holder's). */
function expectReleasedOrExpiring(state: ClusterState): void {
  if (!state.lease) return
  const expires =
    Date.parse(state.lease.renewTime) + state.lease.durationSeconds * 1000
  expect(expires - Date.now()).toBeLessThanOrEqual(
    state.lease.durationSeconds * 1000
  )
}

/**
 * The faulted run told the truth: its exit code matches its result; every
 * step it calls applied holds this revision in the cluster, every step it
 * skipped still holds an older one; the inventory records the same end (or,
 * for a run that could not record it, says the run never finished); the lock
 * is released or expiring.
 */
export function expectTruthful(
  run: SyncRun,
  state: ClusterState,
  revision: number
): void {
  const inventory = state.inventory
  expectReleasedOrExpiring(state)
  const result = run.result
  if (!result) {
    // Killed before it could print: the start marker says so.
    expect(inventory?.lastStarted).toBeDefined()
    return
  }
  const expectedCode =
    result.status === 'synced'
      ? 0
      : result.reason === 'ClusterUnreachable'
        ? 3
        : 1
  expect(run.code).toBe(expectedCode)
  for (const step of result.steps) {
    const [kind, name = ''] = step.step.split(':')
    const done = step.status === 'applied' || step.status === 'unchanged'
    if (kind === 'manifest' && name !== 'namespace') {
      const held = stepObjects(name).map((o) => state.revisions[o])
      if (done) expect(held).toEqual(held.map(() => String(revision)))
      if (step.status === 'skipped') {
        expect(held).not.toContain(String(revision))
      }
    }
    if (kind === 'addon' && done) {
      expect(state.releaseMessage).toBe(`revision ${revision}`)
      expect(state.releaseStatuses.at(-1)).toBe('deployed')
    }
  }
  const startedAt = result.metadata.startedAt
  if (inventory?.lastSync?.startedAt === startedAt) {
    // The run recorded its end: the same as it printed.
    expect(inventory.lastSync.status).toBe(result.status)
    expect(inventory.lastStarted).toBeUndefined()
  } else if (inventory?.lastStarted?.startedAt === startedAt) {
    // It recorded its start but not its end: only a run that lost the
    // cluster may; `status` then says it did not finish.
    expect(result.reason).toBe('ClusterUnreachable')
  } else {
    // It recorded nothing: then it applied nothing.
    expect(result.steps.filter((s) => s.status === 'applied')).toEqual([])
  }
}

/**
 * The runs after a fault converge: the next sync succeeds, the one after it
 * has nothing to do, every object and the release hold `revision`, no
 * release is left pending, the lock is released and the inventory records
 * every step as applied.
 */
export async function expectConverges(
  repo: FaultRepo,
  kubeconfig: string,
  revision: number
): Promise<{ second: SyncRun; third: SyncRun }> {
  const second = await syncInProcess(repo, kubeconfig)
  expect(outcome(second)).toEqual({ code: 0, status: 'synced', failed: [] })
  const third = await syncInProcess(repo, kubeconfig)
  expect(third.code).toBe(0)
  expect(third.result?.steps.filter((s) => s.status !== 'unchanged')).toEqual(
    []
  )
  const state = await clusterState(repo, kubeconfig)
  for (const step of chain) {
    for (const object of stepObjects(step)) {
      expect([object, state.revisions[object]]).toEqual([
        object,
        String(revision)
      ])
    }
  }
  expect(state.releaseMessage).toBe(`revision ${revision}`)
  // Only the latest revision can block helm: a pending one recovered by a
  // rollback stays in the history as Helm left it, under a deployed one.
  expect(state.releaseStatuses.at(-1)).toBe('deployed')
  expect(state.lease).toBeUndefined()
  expect(state.inventory?.lastStarted).toBeUndefined()
  expect(state.inventory?.lastSync?.status).toBe('synced')
  const recorded = new Map(
    (state.inventory?.steps ?? []).map((s) => [s.id, s.digest])
  )
  for (const step of third.result?.steps ?? []) {
    expect([
      step.step,
      recorded.get(step.step) ? 'recorded' : 'missing'
    ]).toEqual([step.step, 'recorded'])
  }
  return { second, third }
}

/**
 * Marks the inventory the way a run killed mid-apply leaves it: a start
 * marker newer than the last recorded end.
 */
export async function markUnfinished(
  repo: FaultRepo,
  kubeconfig: string
): Promise<void> {
  const k = ['--kubeconfig', kubeconfig, '-n', 'clustersync-system']
  const name = `clustersync-${repo.cluster}`
  const parent = JSON.parse(
    (await kubectl([...k, 'get', 'configmap', name, '-o', 'json'])).stdout
  ) as KubeJson
  const record = recordOf<Inventory>(parent)
  const edited = withRecord(parent, {
    ...record,
    lastStarted: {
      startedAt: new Date().toISOString(),
      source: 'cli'
    }
  })
  await kubectl([...k, 'replace', '-f', '-'], { input: JSON.stringify(edited) })
}
