// The CLI's --registry-credentials, --var and --secret-vars-file: read from
// files, masked on arrival, and used as a sync would use them by
// `validate --check-charts` against a password-protected chart repository.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import { parseArgs } from '../../src/cli/args.js'
import type { CliContext } from '../../src/cli/context.js'
import {
  readWorkflowFlags,
  workflowOptions
} from '../../src/cli/commands/workflow-flags.js'
import {
  startLocalChartRepo,
  type LocalChartRepo
} from '../catalog/local-chart-repo.js'

const password = 'r3po-pa55word'
let repo: LocalChartRepo
beforeAll(async () => {
  repo = await startLocalChartRepo({ username: 'ci', password })
})
afterAll(() => repo.close())

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-workflow-flags-'))
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, name), text)
  return dir
}

const cluster = (url: string): string =>
  [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: { name: c }',
    'spec:',
    '  helm_registries:',
    '    - name: private',
    `      url: ${url}`,
    '      credential_name: charts-login',
    '  stacks:',
    '    - name: apps',
    '      addons:',
    '        - name: web',
    '          chart_name: app',
    '          chart_version: "1.0.0"',
    '          registry_name: private',
    ''
  ].join('\n')

const context = (dir: string, out: string[], err: string[]): CliContext => ({
  stdout: { write: (t) => void out.push(t), isTTY: false },
  stderr: { write: (t) => void err.push(t), isTTY: false },
  cwd: dir,
  env: {},
  fs: createNodeFs(),
  exec: new FakeExec(),
  clock: new FakeClock()
})

async function validate(dir: string, ...flags: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(
    ['validate', 'cluster.yaml', '--root', dir, '--format', 'json', ...flags],
    context(dir, out, err)
  )
  const text = out.join('')
  const parsed = (text ? JSON.parse(text) : { diagnostics: [] }) as {
    diagnostics: { code: string; severity: string; message: string }[]
  }
  return { code, err: err.join(''), out: text, ...parsed }
}

describe('validate with registry credentials', () => {
  it('reads a password-protected index with the named credential', async () => {
    const dir = folder({
      'cluster.yaml': cluster(repo.url),
      'creds.yaml': `charts-login:\n  username: ci\n  password: "${password}"\n`
    })
    const result = await validate(
      dir,
      '--check-charts',
      '--registry-credentials',
      'creds.yaml'
    )
    expect(result).toMatchObject({ code: 0, diagnostics: [] })
    expect(result.out).not.toContain(password)
  })

  it('names the credential a repository refused, never its value', async () => {
    const dir = folder({
      'cluster.yaml': cluster(repo.url),
      'creds.yaml': 'charts-login:\n  username: ci\n  password: wrong-one\n'
    })
    const result = await validate(
      dir,
      '--check-charts',
      '--registry-credentials',
      'creds.yaml'
    )
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'chart-index-unavailable',
        severity: 'warning',
        message: `add-on "web": chart_version not checked, ${repo.url}/index.yaml could not be read (HTTP 401, refused credential "charts-login")`
      })
    ])
    expect(result.out).not.toContain('wrong-one')
  })

  it('is an error when the file lacks a credential the definition names', async () => {
    const dir = folder({
      'cluster.yaml': cluster(repo.url),
      'creds.yaml': 'other:\n  username: ci\n  password: x1234\n'
    })
    const result = await validate(dir, '--registry-credentials', 'creds.yaml')
    expect(result.code).toBe(1)
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'missing-registry-credential'
    ])
  })

  it('sends credentials written in the URL as a header (fetch refuses them in the URL)', async () => {
    const withUser = repo.url.replace('http://', `http://ci:${password}@`)
    const dir = folder({
      'cluster.yaml': cluster(withUser).replace(
        '      credential_name: charts-login\n',
        ''
      )
    })
    const result = await validate(dir, '--check-charts')
    expect(result).toMatchObject({ code: 0, diagnostics: [] })
  })

  it('refuses an unreadable or malformed file without quoting it (usage, exit 2)', async () => {
    const dir = folder({
      'cluster.yaml': cluster(repo.url),
      'creds.yaml': `charts-login: "${password}"\n`
    })
    const missing = await validate(dir, '--registry-credentials', 'nope.yaml')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain(
      'option --registry-credentials: cannot read nope.yaml (ENOENT)'
    )
    const bad = await validate(dir, '--registry-credentials', 'creds.yaml')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain(
      'credential "charts-login" must be a mapping with username and password'
    )
    expect(bad.err).not.toContain(password)
  })
})

describe('--var and --secret-vars-file', () => {
  it('fill ${{ ankra.NAME }} and mask every form of a secret value', async () => {
    const dir = folder({
      'secret.yaml': 'token: "line-one\\nline-two"\n',
      'creds.yaml': `charts-login:\n  username: ci\n  password: "${password}"\n`
    })
    const args = parseArgs(
      [
        '--var',
        'region=eu-west-1',
        '--var',
        'url=https://x/?a=b',
        '--secret-vars-file',
        'secret.yaml',
        '--registry-credentials',
        'creds.yaml'
      ],
      workflowOptions
    )
    const logger = new RecordingLogger()
    const flags = await readWorkflowFlags(args, context(dir, [], []), logger)
    expect(flags.variables).toEqual({
      plain: { region: 'eu-west-1', url: 'https://x/?a=b' },
      secret: { token: 'line-one\nline-two' }
    })
    expect(logger.masked.sort()).toEqual(
      [
        password,
        Buffer.from(`ci:${password}`).toString('base64'),
        'line-one\nline-two',
        // As a quoted name or JSON text shows it (escaped once, twice).
        'line-one\\nline-two',
        'line-one\\\\nline-two',
        'line-one',
        'line-two',
        Buffer.from('line-one\nline-two').toString('base64')
      ].sort()
    )
  })

  it('a stack variable left open by the definition is filled by --var', async () => {
    const manifest = Buffer.from(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: s, namespace: a }\ndata: { region: "${{ ankra.region }}" }\n'
    ).toString('base64')
    const dir = folder({
      'cluster.yaml': [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata: { name: c }',
        'spec:',
        '  stacks:',
        '    - name: apps',
        '      manifests:',
        '        - name: s',
        `          manifest_base64: ${manifest}`,
        ''
      ].join('\n')
    })
    expect((await validate(dir)).diagnostics.map((d) => d.code)).toEqual([
      'unknown-variable'
    ])
    expect((await validate(dir, '--var', 'region=eu')).diagnostics).toEqual([])
    const bad = await validate(dir, '--var', 'no-equals-sign')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('option --var takes NAME=VALUE')
  })
})

describe('a secret variable in what validate and an offline plan print', () => {
  // Lowercase: the value lands in a ConfigMap's name, a DNS subdomain.
  const secret = 'sup3rs3crett0kenvalue'
  const configMap = (name: string): string =>
    Buffer.from(
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: "cm-\${{ ankra.tok }}", namespace: web }\ndata: { from: ${name} }\n`
    ).toString('base64')
  // Two manifests declare one object named after the secret: validate's
  // duplicate-object error names it; with one manifest, plan lists it.
  const definition = (manifests: string[]): string =>
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: c }',
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      manifests:',
      ...manifests.flatMap((name) => [
        `        - name: ${name}`,
        `          manifest_base64: ${configMap(name)}`
      ]),
      ''
    ].join('\n')

  it.each(['text', 'json', 'github'])(
    'is masked by validate --format %s',
    async (format) => {
      const dir = folder({
        'secrets.yaml': `tok: ${secret}\n`,
        'cluster.yaml': definition(['one', 'two'])
      })
      const out: string[] = []
      const err: string[] = []
      const code = await runCli(
        [
          'validate',
          'cluster.yaml',
          '--root',
          dir,
          '--format',
          format,
          '--secret-vars-file',
          'secrets.yaml'
        ],
        context(dir, out, err)
      )
      expect(code).toBe(1)
      expect(out.join('')).toContain('cm-***')
      expect(out.join('') + err.join('')).not.toContain(secret)
    }
  )

  it.each(['text', 'json'])(
    'is masked by plan --no-live --format %s',
    async (format) => {
      const dir = folder({
        'secrets.yaml': `tok: ${secret}\n`,
        'cluster.yaml': definition(['one'])
      })
      const out: string[] = []
      const err: string[] = []
      const code = await runCli(
        [
          'plan',
          'cluster.yaml',
          '--root',
          dir,
          '--no-live',
          '--format',
          format,
          '--secret-vars-file',
          'secrets.yaml'
        ],
        context(dir, out, err)
      )
      expect(code).toBe(0)
      expect(out.join('')).toContain('cm-***')
      expect(out.join('') + err.join('')).not.toContain(secret)
      if (format === 'json')
        expect(() => JSON.parse(out.join('')) as unknown).not.toThrow()
    }
  )
})
