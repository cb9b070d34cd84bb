// What a sync costs in processes, counted by a kubectl that logs each of
// its own starts: with the plane's static kubeconfig (a token and CA data)
// Node talks to the API server itself and a whole sync starts no kubectl at
// all, and neither does `status`; when the kubeconfig is one Node leaves to kubectl (here an exec
// plugin hands out the token) it is one `kubectl proxy` however many
// objects it applies; without any channel (a kubectl that cannot serve one)
// the same sync still works, merging its calls into a few processes, never
// one per file or object.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  editOneFile,
  generateSyncRepo,
  type SyncRepo
} from '../../bench/generate-sync-repo.js'
import type { KubeApiOpener } from '../../src/ports/kube-api.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { clusterEnv, kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 300_000
const stamp = Date.now().toString(36)
const scratch = mkdtempSync(join(tmpdir(), 'clustersync-processes-'))
const log = join(scratch, 'kubectl.log')

/** A kubectl that appends its argv to `log`, then becomes the real one. */
function loggingKubectl(): string {
  const path = join(scratch, 'kubectl')
  writeFileSync(
    path,
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${join(clusterEnv().bin, 'kubectl')}' "$@"\n`
  )
  chmodSync(path, 0o755)
  return path
}

/** The kubectl subcommands started since the last call, in order. */
function started(): string[] {
  let text = ''
  try {
    text = readFileSync(log, 'utf8')
  } catch {
    return []
  }
  writeFileSync(log, '')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(' ').find((w) => !w.startsWith('--')) ?? '')
}

/**
 * The plane's kubeconfig with its token handed out by an exec plugin (as
 * `aws eks get-token` does): only kubectl can run one, so the sync leaves
 * the channel to kubectl proxy.
 */
function execPluginKubeconfig(): string {
  const plane = readFileSync(clusterEnv().kubeconfig, 'utf8')
  const token = /^\s*token: (\S+)$/m.exec(plane)?.[1]
  if (!token) throw new Error('the plane kubeconfig has no token')
  const plugin = join(scratch, 'token-plugin')
  writeFileSync(
    plugin,
    `#!/bin/sh\necho '${JSON.stringify({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: { token }
    })}'\n`,
    { mode: 0o700 }
  )
  const path = join(scratch, 'exec-kubeconfig')
  writeFileSync(
    path,
    plane.replace(
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
  return path
}

async function syncRepo(
  definition: string,
  root: string,
  overrides: { kubeApi?: KubeApiOpener } = {},
  extra: readonly string[] = []
): Promise<{ result: SyncResult; stderr: string }> {
  const run = await clustersync(
    [
      'sync',
      definition,
      '--root',
      root,
      '--kubectl',
      loggingKubectl(),
      '--format',
      'json',
      ...extra
    ],
    overrides
  )
  const result = JSON.parse(run.stdout) as SyncResult
  if (run.code !== 0)
    throw new Error(`sync failed (${run.code}):\n${run.stderr}`)
  return { result, stderr: run.stderr }
}

describe('processes per sync', () => {
  const clusters: { ns: string; cluster: string }[] = []
  afterAll(async () => {
    for (const c of clusters) await removeSyncedCluster(c.ns, c.cluster)
  }, slow)

  /** A generated repository of 300 objects (3 stacks) with its own names, cleaned up after. */
  const freshRepo = (tag: string): { repo: SyncRepo; root: string } => {
    const prefix = `cs-proc-${tag}-${stamp}`
    const cluster = `e2e-proc-${tag}-${stamp}`
    const root = join(scratch, tag)
    const repo = generateSyncRepo(root, {
      objects: 300,
      namespacePrefix: prefix,
      cluster
    })
    for (let s = 0; s < repo.stacks; s++)
      clusters.push({ ns: `${prefix}-s00${s}`, cluster })
    started()
    return { repo, root }
  }

  it(
    'syncs 300 objects, then a no-op, then one file, with no kubectl process',
    async () => {
      const { repo, root } = freshRepo('api')

      const full = await syncRepo(repo.definition, root)
      expect(full.result.status).toBe('synced')
      expect(full.result.counts.applied).toBe(33)
      expect(started()).toEqual([])
      const live = await kubectl([
        'get',
        'configmaps,secrets,services,serviceaccounts',
        '-n',
        `${repo.namespacePrefix}-s001`,
        '-l',
        'applyset.kubernetes.io/part-of',
        '-o',
        'name'
      ])
      expect(live.stdout.trim().split('\n')).toHaveLength(100)

      const noop = await syncRepo(repo.definition, root)
      expect(noop.result.counts).toMatchObject({ applied: 0, unchanged: 33 })
      expect(noop.stderr).toMatch(/Nothing to apply/)
      expect(started()).toEqual([])

      editOneFile(repo, 2)
      const one = await syncRepo(repo.definition, root)
      expect(one.result.counts).toMatchObject({ applied: 1, unchanged: 32 })
      expect(started()).toEqual([])
      expect(`${full.stderr}${noop.stderr}${one.stderr}`).not.toMatch(
        /kubectl proxy could not start/
      )

      // `status` reads and checks drift over the same channel.
      const status = await clustersync([
        'status',
        repo.definition,
        '--root',
        root,
        '--kubectl',
        loggingKubectl(),
        '--format',
        'json'
      ])
      expect(status.code).toBe(0)
      expect(JSON.parse(status.stdout)).toMatchObject({
        status: 'Synced',
        drift: { pending: [], drifted: [] }
      })
      expect(started()).toEqual([])
    },
    slow
  )

  it(
    'goes through one kubectl proxy when the kubeconfig is left to kubectl',
    async () => {
      const { repo, root } = freshRepo('proxy')
      const kubeconfig = execPluginKubeconfig()
      const full = await syncRepo(repo.definition, root, {}, [
        '--kubeconfig',
        kubeconfig
      ])
      expect(full.result.status).toBe('synced')
      expect(full.result.counts.applied).toBe(33)
      expect(started()).toEqual(['proxy'])

      const noop = await syncRepo(repo.definition, root, {}, [
        '--kubeconfig',
        kubeconfig
      ])
      expect(noop.result.counts).toMatchObject({ applied: 0, unchanged: 33 })
      expect(started()).toEqual(['proxy'])
    },
    slow
  )

  it(
    'falls back to merged kubectl processes when no API channel opens',
    async () => {
      const { repo, root } = freshRepo('fallback')

      const full = await syncRepo(repo.definition, root, {
        kubeApi: {
          open: () =>
            Promise.resolve({ unavailable: 'switched off by the test' })
        }
      })
      expect(full.result.status).toBe('synced')
      expect(full.result.counts.applied).toBe(33)
      expect(full.stderr).toMatch(
        /kubectl proxy could not start \(switched off by the test\); running one kubectl process per call instead/
      )
      const verbs = started()
      expect(verbs).not.toContain('proxy')
      // 30 files and 3 namespace steps, applied by far fewer processes.
      expect(verbs.filter((v) => v === 'apply').length).toBeLessThanOrEqual(8)
      expect(verbs.length).toBeLessThan(20)
    },
    slow
  )
})
