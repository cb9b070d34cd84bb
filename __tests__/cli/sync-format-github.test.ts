import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    cwd: process.cwd(),
    env: {},
    fs: createNodeFs(),
    exec: new FakeExec(),
    clock: new FakeClock()
  }
  return { code: await runCli(argv, ctx), out }
}

// `--format github` was accepted by every command before the help was made
// exact; workflows that pass it to `sync` keep working and now also get the
// sync's diagnostics as annotations.
describe('sync --format github', () => {
  it('prints the text result and each diagnostic as a workflow command', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cs-gh-'))
    writeFileSync(
      join(root, 'cluster.yaml'),
      [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata:',
        '  name: gh',
        'spec:',
        '  stacks:',
        '    - name: a',
        '      manifests:',
        '        - name: m',
        '          from_file: missing.yaml',
        ''
      ].join('\n')
    )
    const { code, out } = await run(
      'sync',
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--kubeconfig',
      join(root, 'none.yaml'),
      '--format',
      'github'
    )
    expect(code).toBe(1)
    expect(out).toMatch(/^::error file=cluster\.yaml,line=10,col=\d+,title=/m)
  })
})
