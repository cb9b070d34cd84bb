// `clustersync plan --detailed-exitcode`, for scripts that branch on the
// outcome as they do on Terraform's and `helmfile diff`'s: 0 nothing to
// change, 4 changes to apply or drift, 1 invalid or failed, 3 unreachable,
// 2 a usage error (also when there is no cluster to compare with).
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import { planFixtures } from './golden-files.js'

const repo = join(planFixtures, 'shop-with-includes', 'repo')

/** What the add-on's release rendered: one ConfigMap. */
const cacheManifest =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache\ndata:\n  a: "1"\n'

async function plan(
  argv: string[],
  exec: FakeExec
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    cwd: repo,
    env: {},
    fs: createNodeFs(),
    exec,
    clock: new FakeClock()
  }
  const code = await runCli(
    ['plan', '--root', repo, '--detailed-exitcode', ...argv],
    ctx
  )
  return { code, stdout, stderr }
}

describe('clustersync plan --detailed-exitcode', () => {
  it('exits 4 when the cluster would change', async () => {
    // Nothing exists yet: every object would be created.
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get'], { stdout: '' })
      .on(['helm', 'list'], { stdout: '[]' })
    const run = await plan(['--kubeconfig', '/tmp/kc'], exec)
    expect(run.stdout).toContain('10 to create')
    expect(run.code).toBe(4)
  })

  it('exits 0 when nothing would change', async () => {
    // Every object is live exactly as the dry run answers.
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get'], (call) => ({ stdout: call.input ?? '' }))
      .on(['helm', 'list'], {
        stdout: JSON.stringify([
          {
            name: 'cache',
            namespace: 'shop',
            revision: '1',
            chart: 'redis-18.1.0',
            status: 'deployed'
          }
        ])
      })
      .on(['helm', 'get', 'values'], {
        stdout: JSON.stringify({ replicas: 1 })
      })
      .on(['helm', 'get', 'manifest'], { stdout: cacheManifest })
    const run = await plan(['--kubeconfig', '/tmp/kc'], exec)
    expect(run.stdout).toContain('0 to create, 0 to configure')
    expect(run.code).toBe(0)
  })

  it("exits 4 when an object an add-on's release rendered was changed by hand", async () => {
    const edited = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'cache',
        namespace: 'shop',
        managedFields: [
          { manager: 'kubectl-edit', fieldsV1: { 'f:data': { 'f:a': {} } } }
        ]
      },
      data: { a: '2' }
    }
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get'], (call) => ({ stdout: call.input ?? '' }))
      .on(['kubectl', 'get', '--show-managed-fields'], {
        stdout: JSON.stringify({ kind: 'List', items: [edited] })
      })
      .on(['helm', 'list'], {
        stdout: JSON.stringify([
          {
            name: 'cache',
            revision: '2',
            chart: 'redis-18.1.0',
            status: 'deployed'
          }
        ])
      })
      .on(['helm', 'get', 'values'], {
        stdout: JSON.stringify({ replicas: 1 })
      })
      .on(['helm', 'get', 'manifest'], { stdout: cacheManifest })
    const run = await plan(['--kubeconfig', '/tmp/kc'], exec)
    expect(run.stdout).toContain(
      '~ ConfigMap/shop/cache  configured  (rendered by release cache, changed outside Helm (by kubectl-edit))'
    )
    // This cluster holds no inventory of the definition (never synced by
    // it, or the definition renamed): what it holds may be secret.
    expect(run.stdout).toContain(
      '~ data.a: (sensitive value) → (sensitive value)'
    )
    expect(run.code).toBe(4)
  })

  it('exits 3 when the cluster cannot be reached', async () => {
    const exec = new FakeExec().on(['kubectl'], {
      exitCode: 1,
      stderr:
        'Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: connection refused'
    })
    expect((await plan(['--kubeconfig', '/tmp/kc'], exec)).code).toBe(3)
  })

  it('exits 1 for an invalid definition', async () => {
    const dir = join(planFixtures, '..', 'definitions', 'dependency-cycle')
    const run = await plan(
      ['-f', join(dir, 'cluster.yaml'), '--root', dir, '--kubeconfig', 'kc'],
      new FakeExec()
    )
    expect(run.code).toBe(1)
  })

  it('is a usage error (exit 2) without a cluster to compare with', async () => {
    const run = await plan(['--no-live'], new FakeExec())
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'error: --detailed-exitcode compares with a cluster: give --kubeconfig (or set KUBECONFIG) and leave out --no-live'
    )
  })
})
