// `clustersync status` in-process: what it prints and its exit code when the
// cluster was never synced, and when it answers but is not ready.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import {
  FakeKubeApi,
  statusBody
} from '../../__fixtures__/fakes/fake-kube-api.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

function definitionArgs(): string[] {
  const root = mkdtempSync(join(tmpdir(), 'cs-status-'))
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: quiet }',
      'spec:',
      '  stacks:',
      '    - name: base',
      '      manifests:',
      '        - name: objects',
      '          manifest: |',
      '            apiVersion: v1',
      '            kind: ConfigMap',
      '            metadata: { name: one, namespace: default }',
      ''
    ].join('\n')
  )
  const file = join(root, 'cluster.yaml')
  return [file, '--root', root, '--kubeconfig', join(root, 'kubeconfig')]
}

async function status(
  argv: string[],
  transport: FakeKubeApi
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    cwd: process.cwd(),
    env: {},
    fs: createNodeFs(),
    exec: new FakeExec(),
    clock: new FakeClock(),
    kubeApi: { open: () => Promise.resolve(transport) }
  }
  const code = await runCli(['status', ...argv], ctx)
  return { code, out, err }
}

describe('clustersync status', () => {
  it('says Not Configured, exit 1, for a cluster never synced', async () => {
    const cluster = new FakeKubeApi().on((request) =>
      request.path.startsWith('/readyz')
        ? { status: 200, body: 'ok' }
        : { status: 404, body: statusBody(404, 'NotFound', 'not found') }
    )
    const json = await status(
      [...definitionArgs(), '--format', 'json'],
      cluster
    )
    expect(json).toEqual({
      code: 1,
      out: `${JSON.stringify({ cluster: 'quiet', status: 'Not Configured' }, null, 2)}\n`,
      err: ''
    })
    const text = await status(definitionArgs(), cluster)
    expect(text.out).toBe('quiet: Not Configured\n')
    expect(text.code).toBe(1)
  })

  it('reports a cluster that answers but is not ready, exit 1', async () => {
    const cluster = new FakeKubeApi().on(() => ({
      status: 403,
      body: statusBody(403, 'Forbidden', 'readyz is forbidden for "nobody"')
    }))
    const { code, out, err } = await status(definitionArgs(), cluster)
    expect(out).toBe('')
    expect(err).toMatch(/^error: cannot reach the cluster: .*forbidden/m)
    expect(code).toBe(1)
  })
})
