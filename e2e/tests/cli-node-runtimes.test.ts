// The `clustersync` command as users install it (`npm install -g` of the
// package this repository packs) on every Node major it supports that this
// machine has: the `node` on PATH (the machine's own) and the pinned release
// the Action runs on. Each run covers what differs between runtimes: the
// bundle loading, a validation, GitHub over the network (octokit parses the
// answer with content-type, which declares Node ≥ 22) and a sync over the
// direct API channel.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import { actionNode } from '../support/action-runner.js'
import { clusterEnv, run, type RunResult } from '../support/cluster.js'
import { createGitHubApi } from '../../src/adapters/actions-github.js'
import { silentLogger } from '../../src/ports/logger.js'
import { syncRecord } from '../../src/report/history.js'
import { prepareRepo, removeSyncedCluster } from './sync-support.js'

const slow = 300_000
const prefix = mkdtempSync(join(tmpdir(), 'clustersync-install-'))
const installed = join(prefix, 'lib', 'node_modules', 'clustersync')
const bin = join(installed, 'bin', 'clustersync.js')
let install: RunResult
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string
  engines: { node: string }
}

/** `node -p process.version` of a binary, e.g. `v20.20.2`. */
function versionOf(node: string): string {
  return execFileSync(node, ['-p', 'process.version'], {
    encoding: 'utf8'
  }).trim()
}

/** True when `version` (v20.20.2) is at least the `>=20.19` of engines. */
function satisfiesEngines(version: string): boolean {
  const floor = /^>=(\d+)\.(\d+)$/.exec(manifest.engines.node)
  if (!floor) throw new Error(`engines.node is ${manifest.engines.node}`)
  const [major = 0, minor = 0] = version.slice(1).split('.').map(Number)
  const [floorMajor, floorMinor] = [Number(floor[1]), Number(floor[2])]
  return major > floorMajor || (major === floorMajor && minor >= floorMinor)
}

const runtimes = [
  ['node from PATH', 'node'],
  ["the Action's pinned Node", actionNode()]
].map(([label, node]) => [
  `${label} (${versionOf(node as string)})`,
  node as string
])

let double: GitHubDouble
beforeAll(async () => {
  // What a user gets from the registry: the packed files and nothing else.
  // --offline: the package must need nothing the registry would have to send.
  const pack = await run('npm', [
    'pack',
    '--json',
    '--pack-destination',
    prefix
  ])
  const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }]
  install = await run(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      '--no-audit',
      '--no-fund',
      join(prefix, filename)
    ],
    { allowFailure: true }
  )
  double = await startGitHubDouble()
  const api = createGitHubApi({
    token: 'ghs_x',
    apiUrl: double.url,
    owner: 'octo',
    repo: 'clusters',
    clock: { now: () => new Date(), sleep: () => Promise.resolve() },
    logger: silentLogger
  })
  const deployment = await api.createDeployment({
    ref: 'a'.repeat(40),
    environment: 'prod',
    description: 'sync',
    payload: {
      ...syncRecord({
        cluster: 'prod',
        commit: 'a'.repeat(40),
        source: 'manual',
        triggeredBy: 'octocat',
        retryCount: 0,
        startedAt: '2026-12-01T12:00:00.000Z'
      })
    }
  })
  await api.createDeploymentStatus(deployment.id, {
    state: 'success',
    description: 'done'
  })
})
afterAll(() => {
  rmSync(prefix, { recursive: true, force: true })
  return double.close()
})
afterEach(() => double.assertNoViolations())

describe('npm install -g clustersync', () => {
  it('installs the package alone, offline, without an engine warning', () => {
    expect(install.stderr).not.toMatch(/EBADENGINE|ENOTCACHED/)
    expect(install.code).toBe(0)
    expect(install.stdout).toMatch(/added 1 package/)
    // The bundles carry every library; package.json declares none.
    expect(existsSync(join(installed, 'node_modules'))).toBe(false)
  })
})

describe.each(runtimes)('clustersync on %s', (_label, node) => {
  const cli = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    run(node, [bin, ...args], { allowFailure: true, env })

  it('is a release that package.json engines allows', () => {
    const version = versionOf(node)
    expect({ version, allowed: satisfiesEngines(version) }).toEqual({
      version,
      allowed: true
    })
  })

  it('prints its version', async () => {
    const out = await cli(['--version'])
    expect(out).toMatchObject({ code: 0, stdout: `${manifest.version}\n` })
  })

  it('reports each error of a broken definition at its file:line', async () => {
    const repo = resolve('e2e/repos/action-errors')
    const out = await cli([
      'validate',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--format',
      'json'
    ])
    expect(out.code).toBe(1)
    const report = JSON.parse(out.stdout) as {
      valid: boolean
      diagnostics: { file: string; line: number }[]
    }
    expect(report.valid).toBe(false)
    expect(report.diagnostics.map((d) => [d.file, d.line])).toEqual([
      ['addons/cache.yaml', 5],
      ['addons/web.yaml', 5],
      ['addons/web.yaml', 8]
    ])
  })

  it('reads the sync history from GitHub', async () => {
    const out = await cli(
      ['history', '--cluster', 'prod', '--repo', 'octo/clusters'],
      { ...process.env, GITHUB_TOKEN: 'ghs_x', GITHUB_API_URL: double.url }
    )
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('octocat')
  })

  it(
    'syncs into the control plane, then finds it Synced',
    async () => {
      const stamp = `${major(node)}-${Date.now().toString(36)}`
      const [ns, cluster] = [`cs-runtime-${stamp}`, `e2e-runtime-${stamp}`]
      const repo = prepareRepo('basic', { ns, cluster })
      const target = [
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--kubeconfig',
        clusterEnv().kubeconfig
      ]
      try {
        const sync = await cli(['sync', ...target, '--timeout', '90s'])
        expect(sync.stderr).toMatch(/Completed: Synced/)
        expect(sync.code).toBe(0)
        const status = await cli(['status', ...target, '--format', 'json'])
        expect(status.code).toBe(0)
        expect(JSON.parse(status.stdout)).toMatchObject({ status: 'Synced' })
      } finally {
        await removeSyncedCluster(ns, cluster)
      }
    },
    slow
  )
})

function major(node: string): string {
  return versionOf(node).slice(1).split('.')[0] ?? ''
}
