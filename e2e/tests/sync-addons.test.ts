// Add-ons against the local control plane: a sync of several releases of
// the app chart from empty, run at the pace ClusterSync chooses
// (engine/addon-pace.ts), then a change to one add-on's values, which must
// stay one `helm upgrade`: every other release keeps revision 1. Helm runs
// through a wrapper that records each call: the chart is pulled once per
// run and every release installed from that archive (cluster/chart-pulls.ts),
// which is gone when the run ends.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv, helm, uniqueNamespace } from '../support/cluster.js'
import { removeSyncedCluster, statuses, sync } from './sync-support.js'

const releases = ['app-0', 'app-1', 'app-2', 'app-3', 'app-4', 'app-5']

function definition(cluster: string, ns: string, changed?: string): string {
  const addons = releases.map((name) =>
    [
      `        - name: ${name}`,
      '          chart_name: app',
      '          chart_version: 1.1.0',
      `          repository_url: ${clusterEnv().chartRepo}`,
      `          namespace: ${ns}`,
      ...(name === changed
        ? [
            '          configuration_type: standalone',
            '          configuration:',
            '            values: "message: changed"'
          ]
        : [])
    ].join('\n')
  )
  return `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${cluster}\nspec:\n  stacks:\n    - name: addons\n      addons:\n${addons.join('\n')}\n`
}

/**
 * A `helm` that appends its arguments to a log, then runs the real helm
 * (found on PATH: the wrapper itself is not on it) with the same stdin.
 */
function recordingHelm(dir: string): {
  binary: string
  calls: () => string[][]
} {
  const log = join(dir, 'helm-calls.jsonl')
  const binary = join(dir, 'helm-recorder')
  writeFileSync(
    binary,
    [
      `#!${process.execPath}`,
      "const { appendFileSync } = require('node:fs')",
      "const { spawnSync } = require('node:child_process')",
      `appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n')`,
      "const r = spawnSync('helm', process.argv.slice(2), { stdio: 'inherit' })",
      'process.exit(r.status ?? 1)',
      ''
    ].join('\n'),
    { mode: 0o755 }
  )
  return {
    binary,
    calls: () => {
      const text = existsSync(log) ? readFileSync(log, 'utf8') : ''
      writeFileSync(log, '')
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[])
    }
  }
}

/** What each `helm upgrade` installed: the positional chart argument. */
const installedCharts = (calls: string[][]): string[] =>
  calls.filter((c) => c[0] === 'upgrade').map((c) => c.at(-1) ?? '')

describe('add-ons', () => {
  let repo: string
  let ns: string
  let cluster: string

  beforeAll(async () => {
    const namespace = await uniqueNamespace('addons')
    ns = namespace.name
    cluster = `e2e-${ns}`
    repo = mkdtempSync(join(tmpdir(), 'clustersync-addons-'))
  })
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(repo, { recursive: true, force: true })
  })

  const revisions = async (): Promise<Record<string, number>> => {
    const { stdout } = await helm(3, ['list', '-n', ns, '-o', 'json'])
    const list = JSON.parse(stdout) as { name: string; revision: string }[]
    return Object.fromEntries(list.map((r) => [r.name, Number(r.revision)]))
  }

  it('installs every release from empty, then upgrades only the one whose values changed', async () => {
    const recorder = recordingHelm(repo)
    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns))
    const first = await sync(repo, recorder.binary)
    expect(first.code).toBe(0)
    const firstCalls = recorder.calls()
    const pulls = firstCalls.filter((c) => c[0] === 'pull')
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).toEqual(
      expect.arrayContaining(['--repo', clusterEnv().chartRepo, '1.1.0'])
    )
    const archives = installedCharts(firstCalls)
    expect(archives).toHaveLength(releases.length)
    for (const archive of archives)
      expect(archive).toMatch(/\/app-1\.1\.0\.tgz$/)
    // The archive lived in the run's private folder, removed at its end.
    expect(existsSync(archives[0] ?? '')).toBe(false)
    expect(Object.values(statuses(first.result))).toEqual(
      releases.map(() => 'applied')
    )
    expect(await revisions()).toEqual(
      Object.fromEntries(releases.map((r) => [r, 1]))
    )

    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns, 'app-3'))
    const second = await sync(repo, recorder.binary)
    expect(second.code).toBe(0)
    const secondCalls = recorder.calls()
    expect(secondCalls.filter((c) => c[0] === 'pull')).toHaveLength(1)
    expect(installedCharts(secondCalls)).toHaveLength(1)
    expect(statuses(second.result)).toEqual(
      Object.fromEntries(
        releases.map((r) => [
          `addon:${r}`,
          r === 'app-3' ? 'applied' : 'unchanged'
        ])
      )
    )
    expect(await revisions()).toEqual(
      Object.fromEntries(releases.map((r) => [r, r === 'app-3' ? 2 : 1]))
    )
  }, 240_000)
})
