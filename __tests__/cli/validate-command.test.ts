import { resolve } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import {
  escapeProperty,
  formatGithub
} from '../../src/report/diagnostics-format.js'

const fixtures = resolve(import.meta.dirname, '../../__fixtures__/definitions')

function context(env: Record<string, string> = {}, branch = 'main') {
  const out: string[] = []
  const err: string[] = []
  const exec = new FakeExec().on(['git', 'rev-parse', '--abbrev-ref', 'HEAD'], {
    exitCode: 0,
    stdout: `${branch}\n`
  })
  const ctx: CliContext = {
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: (t) => void err.push(t), isTTY: false },
    cwd: fixtures,
    env,
    fs: createNodeFs(),
    exec,
    clock: new FakeClock()
  }
  return { ctx, out, err, exec }
}

describe('clustersync validate', () => {
  it('prints the JSON contract and exits 1 for an invalid definition', async () => {
    const { ctx, out } = context()
    const code = await runCli(
      [
        'validate',
        'unknown-key-suggests/cluster.yaml',
        '--root',
        'unknown-key-suggests',
        '--format',
        'json'
      ],
      ctx
    )
    expect(code).toBe(1)
    const json: unknown = JSON.parse(out.join(''))
    expect(json).toMatchObject({
      valid: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'unknown-field',
          file: 'cluster.yaml',
          line: 18,
          column: 11,
          pointer: '/spec/stacks/0/addons/0/chart_verison',
          hint: 'Did you mean "chart_version"?'
        },
        { code: 'unknown-field', line: 21 }
      ]
    })
  })

  it('prints file:line:col first in text, a summary, and exits 0 with warnings', async () => {
    const { ctx, out } = context({}, 'feature/x')
    const code = await runCli(
      ['validate', '-f', 'wrong-branch/cluster.yaml', '--root', 'wrong-branch'],
      ctx
    )
    expect(code).toBe(0)
    expect(out.join('')).toBe(
      'cluster.yaml:10:13: warning: the definition is for branch "main", but the ref being validated is "feature/x" [wrong-branch]\n' +
        '    hint: Fine for a pull request into another branch; a sync from this ref would be refused.\n' +
        'cluster.yaml is valid (0 errors, 1 warning, 0 notices)\n'
    )
  })

  it('takes the ref from the pull request base on GitHub Actions', async () => {
    const { ctx, out, exec } = context({
      GITHUB_ACTIONS: 'true',
      GITHUB_BASE_REF: 'main',
      GITHUB_REF_NAME: '12/merge'
    })
    const code = await runCli(
      [
        'validate',
        'wrong-branch/cluster.yaml',
        '--root',
        'wrong-branch',
        '--format',
        'github'
      ],
      ctx
    )
    expect(code).toBe(0)
    expect(exec.calls).toEqual([])
    expect(out.join('')).toBe(
      'cluster.yaml is valid (0 errors, 0 warnings, 0 notices)\n'
    )
  })

  it('--ref wins, and github annotations are escaped', async () => {
    const { ctx, out } = context({
      GITHUB_ACTIONS: 'true',
      GITHUB_REF_NAME: 'main'
    })
    await runCli(
      [
        'validate',
        'wrong-branch/cluster.yaml',
        '--root',
        'wrong-branch',
        '--format',
        'github',
        '--ref',
        'a,b'
      ],
      ctx
    )
    expect(out.join('')).toContain(
      '::warning file=cluster.yaml,line=10,col=13,title=wrong-branch::the definition is for branch "main", but the ref being validated is "a,b"%0AFine'
    )
  })

  it('exits 2 for a usage error', async () => {
    const { ctx } = context()
    expect(await runCli(['validate', 'a.yaml', '-f', 'b.yaml'], ctx)).toBe(2)
  })
})

describe('workflow command escaping', () => {
  it('escapes % CR LF in data and also : , in properties', () => {
    expect(escapeProperty('a:b,c%\r\n')).toBe('a%3Ab%2Cc%25%0D%0A')
    expect(
      formatGithub([{ severity: 'info', code: 'x', message: '50%\nnext' }])
    ).toBe('::notice title=x::50%25%0Anext\n')
  })
})
