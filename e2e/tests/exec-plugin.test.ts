// A kubeconfig whose user is an exec plugin, as the clouds' login steps
// leave one (kubelogin, `aws eks get-token`, gke-gcloud-auth-plugin),
// against the real control plane: the plugin is a small script printing an
// ExecCredential with the plane's token. `sync` (manifests and a Helm
// add-on), `status` and a live `plan` work through it; a plugin that fails
// is reported in its own words, naming it, never as a stack; and the
// Action, with its `kubeconfig` input empty, uses the KUBECONFIG the job's
// environment points at.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clusterEnv } from '../support/cluster.js'
import { runMain, webhookExample } from '../support/action-runner.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  clustersync,
  prepareRepo,
  removeSyncedCluster,
  sync
} from './sync-support.js'

const slow = 300_000
const stamp = Date.now().toString(36)
const ns = `cs-exec-${stamp}`
const cluster = `e2e-exec-${stamp}`
const actionNs = `cs-exec-action-${stamp}`
const actionCluster = `e2e-exec-action-${stamp}`
const scratch = mkdtempSync(join(tmpdir(), 'clustersync-exec-plugin-'))
/** Each run of the plugin appends a line here. */
const calls = join(scratch, 'plugin-calls')
let repo: string

/** The plane's token, from its kubeconfig. */
function planeToken(): string {
  const plane = readFileSync(clusterEnv().kubeconfig, 'utf8')
  const token = /^\s*token: (\S+)$/m.exec(plane)?.[1]
  if (!token) throw new Error('the plane kubeconfig has no token')
  return token
}

/**
 * Writes a plugin script and a kubeconfig whose user runs it (the plane's
 * cluster and CA as they are); returns the kubeconfig's path and the
 * plugin's. `body` is the script after its shebang.
 */
function execKubeconfig(
  name: string,
  body: string
): {
  kubeconfig: string
  plugin: string
} {
  const plugin = join(scratch, `${name}-plugin`)
  writeFileSync(plugin, `#!/bin/sh\necho "$0" >> '${calls}'\n${body}\n`, {
    mode: 0o700
  })
  const kubeconfig = join(scratch, `${name}-kubeconfig`)
  writeFileSync(
    kubeconfig,
    readFileSync(clusterEnv().kubeconfig, 'utf8').replace(
      /^(\s*)token: \S+$/m,
      [
        '$1exec:',
        '$1  apiVersion: client.authentication.k8s.io/v1',
        `$1  command: ${plugin}`,
        '$1  interactiveMode: Never'
      ].join('\n')
    ),
    { mode: 0o600 }
  )
  return { kubeconfig, plugin }
}

/** A plugin that hands out the plane's token. */
function workingPlugin(): { kubeconfig: string; plugin: string } {
  const credential = JSON.stringify({
    apiVersion: 'client.authentication.k8s.io/v1',
    kind: 'ExecCredential',
    status: { token: planeToken() }
  })
  return execKubeconfig('working', `echo '${credential}'`)
}

/** How often each plugin ran since the last call; resets the count. */
function pluginCalls(): Record<string, number> {
  if (!existsSync(calls)) return {}
  const lines = readFileSync(calls, 'utf8').split('\n').filter(Boolean)
  writeFileSync(calls, '')
  const counts: Record<string, number> = {}
  for (const line of lines) counts[line] = (counts[line] ?? 0) + 1
  return counts
}

const definition = (): string[] => [join(repo, 'cluster.yaml'), '--root', repo]

beforeAll(() => {
  repo = prepareRepo('basic', { ns, cluster })
})
afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  await removeSyncedCluster(actionNs, actionCluster)
  rmSync(scratch, { recursive: true, force: true })
})

describe('a kubeconfig whose user is an exec plugin', () => {
  it(
    'syncs (manifests and a Helm add-on), reads status and plans through the plugin',
    async () => {
      const { kubeconfig, plugin } = workingPlugin()
      const withPlugin = ['--kubeconfig', kubeconfig]
      const synced = await sync(repo, 'helm', withPlugin)
      if (synced.code !== 0) throw new Error(synced.stderr)
      expect(synced.result.status).toBe('synced')
      expect(synced.result.steps.map((s) => s.status)).not.toContain('failed')
      // kubectl and helm asked the plugin; nothing else held a credential.
      expect(pluginCalls()[plugin]).toBeGreaterThan(0)

      const status = await clustersync([
        'status',
        ...definition(),
        ...withPlugin
      ])
      expect(status.stderr).toBe('')
      expect(status.code).toBe(0)
      expect(status.stdout).toContain(cluster)

      const plan = await clustersync(['plan', ...definition(), ...withPlugin])
      expect(plan.stderr).toBe('')
      expect(plan.code).toBe(0)
      expect(plan.stdout).toContain(`Changes for cluster "${cluster}"`)
      expect(pluginCalls()[plugin]).toBeGreaterThan(0)
    },
    slow
  )

  it(
    'reports a plugin that fails in its own words, naming it, with no stack',
    async () => {
      const { kubeconfig, plugin } = execKubeconfig(
        'failing',
        "echo 'the session expired: run the login again' >&2\nexit 1"
      )
      const withPlugin = ['--kubeconfig', kubeconfig]
      const runs = {
        status: await clustersync(['status', ...definition(), ...withPlugin]),
        plan: await clustersync(['plan', ...definition(), ...withPlugin]),
        sync: await clustersync([
          'sync',
          ...definition(),
          '--helm',
          'helm',
          '--timeout',
          '60s',
          ...withPlugin
        ])
      }
      for (const [command, run] of Object.entries(runs)) {
        const said = `${command}: ${run.stdout}${run.stderr}`
        expect(said).toContain(plugin)
        expect(said).toContain('the session expired: run the login again')
        expect(said).not.toMatch(/\n\s+at /)
        // A credential that cannot be had is the user's to fix (exit 1),
        // not a cluster that is away (3): retrying would not help.
        expect({ command, code: run.code }).toEqual({ command, code: 1 })
        // Said once, not once per retry.
        expect(run.stderr).not.toMatch(/retry \d of/)
      }
    },
    slow
  )
})

describe('the Action with an empty kubeconfig input', () => {
  let double: GitHubDouble
  beforeAll(async () => {
    double = await startGitHubDouble()
  })
  afterAll(() => double.close())
  afterEach(() => double.assertNoViolations())

  it(
    "syncs a push with the job's KUBECONFIG, whose user is an exec plugin, and says so",
    async () => {
      const { kubeconfig, plugin } = workingPlugin()
      const workspace = mkdtempSync(join(tmpdir(), 'clustersync-ws-exec-'))
      writeFileSync(
        join(workspace, 'cluster.yaml'),
        [
          'apiVersion: v1',
          'kind: ImportCluster',
          `metadata: { name: ${actionCluster} }`,
          'spec:',
          '  stacks:',
          '    - name: platform',
          '      manifests:',
          '        - name: namespace',
          '          from_file: ns.yaml',
          ''
        ].join('\n')
      )
      writeFileSync(
        join(workspace, 'ns.yaml'),
        `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${actionNs}\n`
      )
      const run = await runMain({
        eventName: 'push',
        payload: webhookExample('push'),
        workspace,
        inputs: { token: 't' },
        env: {
          KUBECONFIG: kubeconfig,
          GITHUB_API_URL: double.url,
          GITHUB_SERVER_URL: double.url,
          GITHUB_REPOSITORY: 'Codertocat/Hello-World',
          GITHUB_RUN_ID: '4343',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: 'e'.repeat(40)
        }
      })
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr)
      expect(run.stdout).toContain(
        `ClusterSync: the input "kubeconfig" is empty; using the kubeconfig at ${kubeconfig} from the job's KUBECONFIG`
      )
      expect(run.outputs.status).toBe('synced')
      expect(double.state.checkRuns.at(-1)).toMatchObject({
        name: `ClusterSync / ${actionCluster}`,
        conclusion: 'success'
      })
      expect(pluginCalls()[plugin]).toBeGreaterThan(0)
    },
    slow
  )
})
