import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import type { KubeApiOpener } from '../../src/ports/kube-api.js'
import { planFixtures } from './golden-files.js'

const repo = join(planFixtures, 'shop-with-includes', 'repo')

async function plan(
  argv: string[],
  env: Record<string, string> = {},
  exec = new FakeExec(),
  kubeApi?: KubeApiOpener
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    cwd: repo,
    env,
    fs: createNodeFs(),
    exec,
    clock: new FakeClock(),
    ...(kubeApi ? { kubeApi } : {})
  }
  const code = await runCli(['plan', ...argv], ctx)
  return { code, stdout, stderr }
}

const golden = (name: string): string =>
  readFileSync(join(planFixtures, 'shop-with-includes', name), 'utf8')

describe('clustersync plan', () => {
  it('prints the offline plan without a kubeconfig', async () => {
    const exec = new FakeExec()
    const run = await plan(['cluster.yaml', '--root', repo], {}, exec)
    expect(run).toEqual({
      code: 0,
      stdout: golden('expected-plan.txt'),
      stderr: ''
    })
    expect(exec.calls.filter((c) => c.command !== 'git')).toEqual([])
  })

  it('prints the plan as JSON', async () => {
    const run = await plan(['--root', repo, '--format', 'json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(golden('expected-plan.json'))
  })

  it('exits 1 with diagnostics for an invalid definition', async () => {
    const dir = join(planFixtures, '..', 'definitions', 'dependency-cycle')
    const run = await plan(['-f', join(dir, 'cluster.yaml'), '--root', dir])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/error: .*\[[a-z-]+\]/)
  })

  it('previews against the cluster named by KUBECONFIG', async () => {
    // The dry-run answers with what it was sent; nothing exists yet.
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get'], { stdout: '' })
      .on(['helm', 'list'], { stdout: '[]' })
    const run = await plan(
      ['--root', repo, '--context', 'ci'],
      { KUBECONFIG: '/tmp/kc' },
      exec
    )
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith(golden('expected-plan.txt'))).toBe(true)
    expect(run.stdout).toContain(
      'Changes for cluster "shop": 10 to create, 0 to configure'
    )
    expect(exec.callsWith('apply')).toHaveLength(5)
    // KUBECONFIG stays in kubectl's environment, where kubectl reads it
    // (a list of files included); only the flags given are passed on.
    expect(exec.callsWith('apply')[0]?.args.slice(0, 2)).toEqual([
      '--context=ci',
      'apply'
    ])
    expect(run.stdout).not.toContain('/tmp/kc')
  })

  it('lists what the inventory in the cluster says would be pruned', async () => {
    const inventory = {
      version: 1,
      cluster: 'shop',
      steps: [
        {
          id: 'manifest:legacy',
          kind: 'manifest',
          digest: 'sha256:x',
          order: 0,
          dependsOn: [],
          objects: [
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              name: 'old',
              namespace: 'shop'
            }
          ]
        }
      ]
    }
    const parent = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'clustersync-shop', namespace: 'clustersync-system' },
      data: { 'inventory.json': JSON.stringify(inventory) }
    }
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get'], (call) => ({
        stdout: call.input?.includes('clustersync-system')
          ? JSON.stringify(parent)
          : ''
      }))
      .on(['helm', 'list'], { stdout: '[]' })
    const run = await plan(
      ['--root', repo, '--kubeconfig', '/tmp/kc'],
      {},
      exec
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'manifest:legacy  (removed from the definition)\n  - ConfigMap/shop/old  pruned  (was applied by manifest:legacy)\n'
    )
  })

  it('stays offline with --no-live', async () => {
    const exec = new FakeExec()
    const run = await plan(
      ['--root', repo, '--no-live'],
      { KUBECONFIG: '/tmp/kc' },
      exec
    )
    expect(run.code).toBe(0)
    expect(exec.callsWith('apply')).toEqual([])
  })

  it('exits 3 when the cluster cannot be reached', async () => {
    const exec = new FakeExec().on(['kubectl'], {
      exitCode: 1,
      stderr:
        'Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: connection refused'
    })
    const run = await plan(
      ['--root', repo, '--kubeconfig', '/tmp/kc'],
      {},
      exec
    )
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/^error: the cluster cannot be reached/)
  })

  it('exits 3 when the cluster cannot be reached over the API channel', async () => {
    // kubectl proxy's channel to a server that refuses every connection
    // (kubectl-proxy.ts words the proxy's 502 as kubectl would).
    const refused =
      'The connection to the server 127.0.0.1:9 was refused - did you specify the right host or port?'
    const requests: string[] = []
    const opener: KubeApiOpener = {
      open: () =>
        Promise.resolve({
          request: (r) => {
            requests.push(r.path)
            return Promise.reject(new Error(refused))
          },
          close: () => Promise.resolve()
        })
    }
    // helm answers (as if it were elsewhere): the channel alone fails.
    const exec = new FakeExec().on(['helm', 'list'], { stdout: '[]' })
    const run = await plan(
      ['--root', repo, '--kubeconfig', '/tmp/kc'],
      {},
      exec,
      opener
    )
    expect(requests.length).toBeGreaterThan(0)
    expect(run.stderr).toContain(refused)
    expect(run.code).toBe(3)
  })

  it('exits 2 on a usage error', async () => {
    const run = await plan(['a.yaml', 'b.yaml'])
    expect(run.code).toBe(2)
  })
})
