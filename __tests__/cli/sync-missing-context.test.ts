// A --context the kubeconfig does not have is the user's configuration to
// fix, found before anything is applied: a failed validation (exit 1), not
// a failed apply after "Applying: N steps".
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import { ConfigurationError } from '../../src/errors.js'
import type { SyncResult } from '../../src/sync/sync-result.js'

const refusal =
  'context "nope" not found in kubeconfig /tmp/k.yaml; contexts: merged'

function definition(): { file: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'cs-context-'))
  writeFileSync(
    join(root, 'objects.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: one, namespace: default }\n'
  )
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: context-test }',
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

describe('sync --context naming a context the kubeconfig lacks', () => {
  it('fails validating, before the Applying line, with exit 1', async () => {
    let out = ''
    let err = ''
    const exec = new FakeExec()
    const ctx: CliContext = {
      stdout: { write: (t) => void (out += t), isTTY: false },
      stderr: { write: (t) => void (err += t), isTTY: false },
      cwd: process.cwd(),
      env: {},
      fs: createNodeFs(),
      exec,
      clock: new FakeClock(),
      // As kube-direct.ts refuses it: the kubeconfig is read, the context
      // is not there.
      kubeApi: { open: () => Promise.reject(new ConfigurationError(refusal)) }
    }
    const { file, root } = definition()
    const code = await runCli(
      [
        'sync',
        file,
        '--root',
        root,
        '--kubeconfig',
        '/tmp/k.yaml',
        '--context',
        'nope',
        '--format',
        'json'
      ],
      ctx
    )
    const result = JSON.parse(out) as SyncResult
    expect(code).toBe(1)
    expect(result.status).toBe('error')
    expect(result.reason).toBe('ValidationFailed')
    expect(result.phase).toBe('Validating')
    expect(result.summary).toBe(`Error: ${refusal}`)
    expect(result.steps).toEqual([])
    expect(err).not.toMatch(/Applying/)
    expect(err).not.toMatch(/retry|cannot reach/)
  })
})
