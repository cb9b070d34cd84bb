// `clustersync discover` on a real git repository: three clusters sharing a
// file, as Ankra's example layout keeps them (clusters/<name>/cluster.yaml).
// Selection is by what each definition reads, so a shared file selects all
// three and one cluster's file selects one; deleted definitions are listed
// under "removed" with a notice, and the list splits into shards.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  unlinkSync,
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

function definition(name: string, ownValues: boolean): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  stacks:',
    '    - name: base',
    '      manifests:',
    '        - name: namespace',
    '          from_file: ../../shared/namespace.yaml',
    ...(ownValues
      ? ['        - name: own', `          from_file: own.yaml`]
      : []),
    ''
  ].join('\n')
}

async function discover(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const ctx: CliContext = {
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: (t) => void err.push(t), isTTY: false },
    cwd: repo,
    env: {},
    fs: createNodeFs(),
    exec: createNodeExec(),
    clock: new FakeClock()
  }
  const code = await runCli(['discover', ...args], ctx)
  return { code, out: out.join(''), err: err.join('') }
}

const all = [
  { cluster: 'alpha', definition: 'clusters/alpha/cluster.yaml' },
  { cluster: 'beta', definition: 'clusters/beta/cluster.yaml' },
  { cluster: 'gamma', definition: 'clusters/gamma/cluster.yaml' }
]

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'clustersync-discover-'))
  git('init', '-q')
  write(
    'shared/namespace.yaml',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n'
  )
  write('clusters/alpha/cluster.yaml', definition('alpha', false))
  write('clusters/beta/cluster.yaml', definition('beta', true))
  write(
    'clusters/beta/own.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: own\n  namespace: demo\n'
  )
  write('clusters/gamma/cluster.yaml', definition('gamma', false))
  // Not definitions: a fragment without the kind, and a hidden folder.
  write('shared/stack.yaml', 'name: base\nmanifests: []\n')
  write('.github/cluster.yaml', definition('hidden', false))
  git('add', '-A')
  git('commit', '-qm', 'fleet')
})

afterEach(() => rmSync(repo, { recursive: true, force: true }))

describe('clustersync discover', () => {
  it('prints every definition as one line of matrix JSON', async () => {
    const { code, out } = await discover()
    expect(code).toBe(0)
    expect(out).toBe(`${JSON.stringify({ include: all })}\n`)
  })

  it('selects every cluster when a file they share changed', async () => {
    write(
      'shared/namespace.yaml',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n'
    )
    git('commit', '-qam', 'shared')
    const { code, out } = await discover('--changed-since', 'HEAD~1')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({ include: all, removed: [] })
  })

  it('selects one cluster when only a file it alone reads changed', async () => {
    write(
      'clusters/beta/own.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: own2\n  namespace: demo\n'
    )
    git('commit', '-qam', 'beta')
    const { out } = await discover('--changed-since', 'HEAD~1')
    expect(JSON.parse(out)).toEqual({ include: [all[1]], removed: [] })
  })

  it('counts uncommitted changes, and selects nothing when nothing a definition reads changed', async () => {
    write('README.md', '# fleet\n')
    expect(JSON.parse((await discover('--changed-since', 'HEAD')).out)).toEqual(
      {
        include: [],
        removed: []
      }
    )
    write(
      'clusters/gamma/cluster.yaml',
      definition('gamma', false).replace('base', 'core')
    )
    expect(JSON.parse((await discover('--changed-since', 'HEAD')).out)).toEqual(
      {
        include: [all[2]],
        removed: []
      }
    )
  })

  it('selects a cluster when a file it looked for and did not find appears', async () => {
    unlinkSync(join(repo, 'clusters/beta/own.yaml'))
    git('commit', '-qam', 'lost')
    write(
      'clusters/beta/own.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: back\n'
    )
    const { out } = await discover('--changed-since', 'HEAD')
    expect(JSON.parse(out)).toEqual({ include: [all[1]], removed: [] })
  })

  it('lists a deleted definition under "removed" with a notice that nothing was pruned', async () => {
    git('rm', '-q', 'clusters/gamma/cluster.yaml')
    git('commit', '-qm', 'retire gamma')
    const { code, out, err } = await discover('--changed-since', 'HEAD~1')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({
      include: [],
      removed: [all[2]]
    })
    expect(err).toContain(
      'notice: clusters/gamma/cluster.yaml was deleted since HEAD~1: cluster "gamma" is no longer managed by ClusterSync, and nothing was pruned from it'
    )
  })

  it('does not call a moved definition removed', async () => {
    git('mv', 'clusters/gamma', 'clusters/gamma-eu')
    git('commit', '-qm', 'move gamma')
    const { out } = await discover('--changed-since', 'HEAD~1')
    expect(JSON.parse(out)).toEqual({
      include: [
        { cluster: 'gamma', definition: 'clusters/gamma-eu/cluster.yaml' }
      ],
      removed: []
    })
  })

  it('splits the list into shards that together hold every cluster once', async () => {
    const shards = await Promise.all(
      ['1/2', '2/2'].map(
        async (s) => JSON.parse((await discover('--shard', s)).out) as unknown
      )
    )
    expect(shards).toEqual([
      { include: [all[0]] },
      { include: [all[1], all[2]] }
    ])
    const bad = await discover('--shard', '0/2')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--shard takes i/n with 1 <= i <= n')
  })

  it('prints a table with --format text, and searches only the folder given', async () => {
    write('other/cluster.yaml', definition('delta', false))
    const { out } = await discover('clusters', '--format', 'text')
    expect(out).toBe(
      'CLUSTER  DEFINITION\nalpha    clusters/alpha/cluster.yaml\nbeta     clusters/beta/cluster.yaml\ngamma    clusters/gamma/cluster.yaml\n'
    )
  })

  it('refuses two definitions of one cluster and a commit git does not know (exit 1)', async () => {
    write('clusters/copy/cluster.yaml', definition('alpha', false))
    const twice = await discover()
    expect(twice.code).toBe(1)
    expect(twice.err).toContain(
      'clusters/alpha/cluster.yaml and clusters/copy/cluster.yaml both define cluster "alpha"'
    )
    unlinkSync(join(repo, 'clusters/copy/cluster.yaml'))
    const unknown = await discover('--changed-since', 'no-such-ref')
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('git knows no commit "no-such-ref"')
  })
})
