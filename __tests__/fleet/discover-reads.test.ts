// `clustersync discover --changed-since` selects a cluster by every kind of
// file its sync reads, not only `from_file` manifests: a Helm values file,
// a file inside a local chart folder, a SOPS-encrypted file, an include
// target that was missing and now exists, a file added to an included
// folder, and a file reached through a symbolic link. Each cluster reads
// one kind; a change to it selects that cluster alone. Discovery loads
// definitions in the loader's reads-only mode (definition/reads-only.ts),
// so these are the cases its shortcuts could miss.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

let repo: string

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true })
  writeFileSync(join(repo, path), text)
}

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })
}

/** A definition with one stack whose entries are `lines`. */
function definition(name: string, lines: string[]): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  stacks:',
    '    - name: base',
    ...lines.map((line) => `      ${line}`),
    ''
  ].join('\n')
}

const configMap = (name: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: demo\n`

/** Each cluster reads one kind of file (see the file comment). */
const clusters: Record<string, string[]> = {
  values: [
    'addons:',
    '  - name: web',
    '    chart_name: app',
    '    chart_version: 1.0.0',
    '    repository_url: https://charts.example.com',
    '    namespace: demo',
    '    configuration:',
    '      from_file: values/web.yaml'
  ],
  chart: [
    'addons:',
    '  - name: local',
    '    chart_name: ./charts/local',
    '    namespace: demo'
  ],
  sops: [
    'manifests:',
    '  - name: secret',
    '    from_file: secret.enc.yaml',
    '    encrypted_paths: [stringData.password]'
  ],
  missing: ['manifests:', '  - include: later/'],
  folder: ['manifests:', '  - include: team/'],
  linked: ['manifests:', '  - name: linked', '    from_file: linked/cm.yaml']
}

async function discover(...args: string[]) {
  const out: string[] = []
  const ctx: CliContext = {
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    cwd: repo,
    env: {},
    fs: createNodeFs(),
    exec: createNodeExec(),
    clock: new FakeClock()
  }
  const code = await runCli(['discover', ...args], ctx)
  expect(code).toBe(0)
  const parsed = JSON.parse(out.join('')) as {
    include: { cluster: string }[]
  }
  return parsed.include.map((m) => m.cluster)
}

/** Commits the change `edit` makes and returns the clusters selected since. */
async function selectedBy(edit: () => void): Promise<string[]> {
  edit()
  git('add', '-A')
  git('commit', '-qm', 'change')
  return discover('--changed-since', 'HEAD~1')
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'clustersync-discover-reads-'))
  git('init', '-q')
  for (const [name, lines] of Object.entries(clusters))
    write(`clusters/${name}/cluster.yaml`, definition(name, lines))
  write('clusters/values/values/web.yaml', 'replicas: 1\n')
  write(
    'clusters/chart/charts/local/Chart.yaml',
    'apiVersion: v2\nname: local\nversion: 0.1.0\n'
  )
  write('clusters/chart/charts/local/templates/cm.yaml', configMap('local'))
  write(
    'clusters/sops/secret.enc.yaml',
    readFileSync('e2e/repos/sops/manifests/credentials.yaml', 'utf8')
  )
  write('clusters/folder/team/a.yaml', configMap('a'))
  write('shared/real/cm.yaml', configMap('linked'))
  symlinkSync('../../shared/real', join(repo, 'clusters/linked/linked'))
  git('add', '-A')
  git('commit', '-qm', 'fleet')
})

afterEach(() => rmSync(repo, { recursive: true, force: true }))

describe('discover --changed-since, by what each sync reads', () => {
  it('selects the cluster whose Helm values file changed', async () => {
    expect(
      await selectedBy(() =>
        write('clusters/values/values/web.yaml', 'replicas: 2\n')
      )
    ).toEqual(['values'])
  })

  it('selects the cluster when a file in its local chart folder changed', async () => {
    expect(
      await selectedBy(() =>
        write('clusters/chart/charts/local/templates/cm.yaml', configMap('b'))
      )
    ).toEqual(['chart'])
  })

  it('selects the cluster whose encrypted file changed', async () => {
    expect(
      await selectedBy(() =>
        write(
          'clusters/sops/secret.enc.yaml',
          `${configMap('x')}# re-encrypted\n`
        )
      )
    ).toEqual(['sops'])
  })

  it('selects the cluster whose missing include target now exists', async () => {
    expect(
      await selectedBy(() =>
        write('clusters/missing/later/a.yaml', configMap('a'))
      )
    ).toEqual(['missing'])
  })

  it('selects the cluster when a file is added to a folder it includes', async () => {
    expect(
      await selectedBy(() =>
        write('clusters/folder/team/b.yaml', configMap('b'))
      )
    ).toEqual(['folder'])
  })

  it('selects the cluster that reads a changed file through a symbolic link', async () => {
    expect(
      await selectedBy(() => write('shared/real/cm.yaml', configMap('moved')))
    ).toEqual(['linked'])
  })

  it('selects no cluster for a file none of them reads, though it sits beside them', async () => {
    expect(
      await selectedBy(() => write('clusters/values/README.md', '# values\n'))
    ).toEqual([])
  })
})
