// What a sync costs in processes, counted by a kubectl that logs each of
// its own starts: over the API channel a whole sync is one `kubectl proxy`
// however many objects it applies; without the channel (a kubectl that
// cannot serve one) the same sync still works, merging its calls into a
// few processes, never one per file or object.
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
import type { SyncResult } from '../../src/sync-result.js'
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

async function syncRepo(
  definition: string,
  root: string,
  overrides: { kubeApi?: KubeApiOpener } = {}
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
      'json'
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
    'syncs 300 objects, then a no-op, then one file, each with one kubectl process',
    async () => {
      const { repo, root } = freshRepo('api')

      const full = await syncRepo(repo.definition, root)
      expect(full.result.status).toBe('synced')
      expect(full.result.counts.applied).toBe(33)
      expect(started()).toEqual(['proxy'])
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
      expect(started()).toEqual(['proxy'])

      editOneFile(repo, 2)
      const one = await syncRepo(repo.definition, root)
      expect(one.result.counts).toMatchObject({ applied: 1, unchanged: 32 })
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
