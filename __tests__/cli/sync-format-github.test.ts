import { runCliCaptured, type CliRun } from '../../__fixtures__/run-cli.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function run(...argv: string[]): Promise<CliRun> {
  return runCliCaptured(argv)
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
