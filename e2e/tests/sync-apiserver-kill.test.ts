// Issue 4's proof "kill the API server in the middle of a sync": on a
// private control plane (its own state directory, so the shared plane other
// suites use is never disturbed), a chain of manifest steps is synced and the
// kube-apiserver is SIGKILLed as soon as the first real step has applied. The
// run must retry, then end with status error, a message saying the cluster
// went away, and a per-step result telling applied from failed and skipped.
// After `cluster.js restart kube-apiserver` (same etcd data), the next sync
// completes the work. The plane's kubeconfig is static, so the sync talks to
// the API server directly: this also proves a dead server's words there
// (`dial tcp …: connect: connection refused`) are retried and reported as
// an unreachable cluster.
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createKubeApiOpener } from '../../src/adapters/kube-direct.js'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { createSystemClock } from '../../src/adapters/system-clock.js'
import { runCli } from '../../src/cli.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { kubectl } from '../support/cluster.js'
import { statuses } from './sync-support.js'

const clusterScript = fileURLToPath(
  new URL('../scripts/cluster.js', import.meta.url)
)
const slow = 400_000
const chain = ['first', 'second', 'third']

/** Runs cluster.js with the private state directory; throws on failure. */
function planeCommand(stateDir: string, args: string[]): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CLUSTERSYNC_STATE_DIR: stateDir
  }
  for (const name of Object.keys(env)) {
    // Pinned ports belong to the shared plane; this one takes free ones.
    if (/^CLUSTERSYNC_\w+_PORT$/.test(name)) delete env[name]
  }
  const run = spawnSync(process.execPath, [clusterScript, ...args], {
    env,
    encoding: 'utf8',
    timeout: 300_000
  })
  if (run.status !== 0) {
    throw new Error(`cluster.js ${args.join(' ')} failed:\n${run.stderr}`)
  }
  return run.stdout
}

/** A definition of a namespace and a chain of steps, each the parent of the next. */
function writeRepo(dir: string, ns: string, cluster: string): void {
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
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${step}-${i}\n  namespace: ${ns}\ndata:\n  step: ${step}\n`
    )
    writeFileSync(join(dir, 'manifests', `${step}.yaml`), docs.join('---\n'))
    entries.push(
      `        - name: ${step}\n          from_file: manifests/${step}.yaml\n          parents:\n            - manifest: ${parent}\n`
    )
    parent = step
  }
  writeFileSync(
    join(dir, 'cluster.yaml'),
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${cluster}\nspec:\n  stacks:\n    - name: chain\n      manifests:\n${entries.join('')}`
  )
}

/**
 * `clustersync sync --format json` in-process; `onProgress` sees every
 * progress line on stderr as it is written (that is how the test knows when
 * to kill the API server).
 */
async function syncJson(
  repo: string,
  kubeconfig: string,
  onProgress: (line: string) => void = () => {}
): Promise<{ code: number; result: SyncResult; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    [
      'sync',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--kubeconfig',
      kubeconfig,
      '--concurrency',
      '1',
      '--lock-timeout',
      '3m',
      '--format',
      'json'
    ],
    {
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
    }
  )
  return { code, result: JSON.parse(stdout) as SyncResult, stderr }
}

describe('the API server dies in the middle of a sync', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'clustersync-kill-plane-'))
  const repo = mkdtempSync(join(tmpdir(), 'clustersync-kill-repo-'))
  const ns = `cs-kill-${Date.now().toString(36)}`
  let kubeconfig = ''

  beforeAll(() => {
    const exports = planeCommand(stateDir, ['up'])
    const match = /^export KUBECONFIG=(.*)$/m.exec(exports)
    if (!match?.[1]) throw new Error(`no KUBECONFIG in:\n${exports}`)
    kubeconfig = match[1].replace(/^'(.*)'$/, '$1')
    writeRepo(repo, ns, `e2e-kill-${Date.now().toString(36)}`)
  }, slow)

  afterAll(() => {
    // Always, also after a failure: no process of this plane outlives Jest.
    planeCommand(stateDir, ['down'])
    rmSync(stateDir, { recursive: true, force: true })
    rmSync(repo, { recursive: true, force: true })
  }, slow)

  it(
    'retries, fails clearly listing what was and was not applied, and the next sync completes',
    async () => {
      let killed = false
      const first = await syncJson(repo, kubeconfig, (line) => {
        if (killed || !line.startsWith('✓ manifest:first')) return
        killed = true
        const pid = Number(
          readFileSync(join(stateDir, 'pids', 'kube-apiserver.pid'), 'utf8')
        )
        process.kill(pid, 'SIGKILL')
      })
      expect(killed).toBe(true)
      expect(first.result.status).toBe('error')
      expect(first.code).not.toBe(0)
      expect(first.result.metadata.retryCount).toBeGreaterThan(0)
      // The first retry is said with the first failure: a request in flight
      // when the server died ("connection reset by peer"), or a refused
      // connection; which one comes first is the kernel's timing. Its wait
      // is drawn (jitter) in tenths of a second up to 1 s.
      expect(first.stderr).toMatch(
        /manifest:second: (?:cannot reach the cluster \([^)]+\)|[^\n]*connection reset by peer); retry 1 of 5 in (?:0\.[1-9]|1)s\n/
      )
      expect(statuses(first.result)).toEqual({
        'manifest:namespace': 'applied',
        'manifest:first': 'applied',
        'manifest:second': 'failed',
        'manifest:third': 'skipped'
      })
      const second = first.result.steps.find(
        (s) => s.step === 'manifest:second'
      )
      expect(second?.message).toMatch(/refused|unable to connect/i)
      expect(first.result.summary).toMatch(
        /^Error \(ClusterUnreachable\): the cluster became unreachable during the sync/
      )
      expect(first.result.summary).toMatch(/2 applied.*1 failed.*1 skipped/)

      planeCommand(stateDir, ['restart', 'kube-apiserver'])
      const again = await syncJson(repo, kubeconfig)
      expect(again.result.status).toBe('synced')
      expect(again.code).toBe(0)
      expect(statuses(again.result)['manifest:second']).toBe('applied')
      expect(statuses(again.result)['manifest:third']).toBe('applied')
      const names = await kubectl([
        '--kubeconfig',
        kubeconfig,
        'get',
        'configmaps',
        '-n',
        ns,
        '-o',
        'name'
      ])
      for (const step of chain) {
        expect(names.stdout).toContain(`configmap/${step}-3`)
      }
    },
    slow
  )
})
