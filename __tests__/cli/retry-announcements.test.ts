// A live plan and status read several objects at once; when the cluster is
// away, each retry is one wait for the user and is said once, as sync says it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { FakeKubeApi } from '../../__fixtures__/fakes/fake-kube-api.js'
import { directFailure } from '../../src/adapters/kube-direct-failure.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

function definition(): { file: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'cs-retries-'))
  const configMap = (name: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name}, namespace: default }\ndata: { a: b }\n`
  writeFileSync(
    join(root, 'objects.yaml'),
    ['one', 'two', 'three'].map(configMap).join('---\n')
  )
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: retries }',
      'spec:',
      '  stacks:',
      '    - name: base',
      '      manifests:',
      '        - { name: objects, from_file: objects.yaml }',
      ''
    ].join('\n')
  )
  return { file: join(root, 'cluster.yaml'), root }
}

async function run(
  argv: string[]
): Promise<{ code: number; err: string; requests: number }> {
  let err = ''
  const server = { address: '127.0.0.1:6443', hostname: '127.0.0.1' }
  // The cluster answers its readiness probe, then goes away.
  const transport = new FakeKubeApi().on((request) => {
    if (request.path.startsWith('/readyz')) return { status: 200, body: 'ok' }
    throw new Error(
      directFailure(
        Object.assign(new Error('connect ECONNREFUSED'), {
          code: 'ECONNREFUSED'
        }),
        server
      )
    )
  })
  const ctx: CliContext = {
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    cwd: process.cwd(),
    env: {},
    fs: createNodeFs(),
    exec: new FakeExec(),
    clock: new FakeClock(),
    kubeApi: { open: () => Promise.resolve(transport) }
  }
  const code = await runCli(argv, ctx)
  return { code, err, requests: transport.requests.length }
}

const retryLines = (err: string): string[] =>
  err.split('\n').filter((l) => l.includes('; retry '))

describe('retries of a cluster that is away', () => {
  it('a live plan says each retry once', async () => {
    const { file, root } = definition()
    const { code, err } = await run([
      'plan',
      file,
      '--root',
      root,
      '--kubeconfig',
      join(root, 'kubeconfig')
    ])
    expect(code).toBe(3)
    const lines = retryLines(err)
    expect(lines.length).toBeGreaterThan(0)
    expect(new Set(lines).size).toBe(lines.length)
    expect(lines[0]).toBe(
      'warning: cannot reach the cluster (connection refused); retry 1 of 1 in 1s'
    )
  })

  it('status says each retry once', async () => {
    const { file, root } = definition()
    const { code, err } = await run([
      'status',
      file,
      '--root',
      root,
      '--kubeconfig',
      join(root, 'kubeconfig')
    ])
    expect(code).toBe(3)
    const lines = retryLines(err)
    expect(lines).toEqual([
      'warning: cannot reach the cluster (connection refused); retry 1 of 1 in 1s'
    ])
  })
})
