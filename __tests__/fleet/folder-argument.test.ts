// A folder where a definition is expected: validate and plan answer for
// every cluster definition in it, wrapped as {"valid", "clusters": […]};
// the commands that act on one cluster refuse it with a usage error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

let repo: string

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true })
  writeFileSync(join(repo, path), text)
}

const valid = (name: string): string =>
  `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${name}\nspec:\n  stacks:\n    - name: base\n      manifests:\n        - name: ns\n          from_file: ns.yaml\n`

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    cwd: repo,
    env: {},
    fs: createNodeFs(),
    // Not a git checkout: the folder is the root.
    exec: new FakeExec().on(['git'], { exitCode: 128 }),
    clock: new FakeClock()
  }
  const code = await runCli([...argv, '--root', repo], ctx)
  return { code, stdout, stderr }
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'clustersync-folder-'))
  for (const name of ['alpha', 'beta']) {
    write(`clusters/${name}/cluster.yaml`, valid(name))
    write(
      `clusters/${name}/ns.yaml`,
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`
    )
  }
})

afterEach(() => rmSync(repo, { recursive: true, force: true }))

describe('a folder of definitions', () => {
  it('validates every cluster in it, as JSON wrapping each answer', async () => {
    write(
      'clusters/beta/cluster.yaml',
      valid('beta').replace('stacks:', 'stackz:')
    )
    const run = await cli('validate', 'clusters', '--format', 'json')
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as {
      valid: boolean
      clusters: { cluster: string; definition: string; valid: boolean }[]
    }
    expect(json.valid).toBe(false)
    expect(
      json.clusters.map(({ cluster, definition, valid }) => ({
        cluster,
        definition,
        valid
      }))
    ).toEqual([
      {
        cluster: 'alpha',
        definition: 'clusters/alpha/cluster.yaml',
        valid: true
      },
      {
        cluster: 'beta',
        definition: 'clusters/beta/cluster.yaml',
        valid: false
      }
    ])
  })

  it('says in text which cluster each answer is about, and exits 0 when all are valid', async () => {
    const run = await cli('validate', 'clusters')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '== clusters/alpha/cluster.yaml (cluster alpha)\nclusters/alpha/cluster.yaml is valid'
    )
    expect(run.stdout).toMatch(/2 clusters: 2 valid, 0 invalid\n$/)
  })

  it('plans every cluster in it, offline', async () => {
    const run = await cli('plan', 'clusters', '--format', 'json')
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as {
      valid: boolean
      clusters: { cluster: string; plan: { cluster: string } }[]
    }
    expect(json.valid).toBe(true)
    expect(json.clusters.map((c) => c.plan.cluster)).toEqual(['alpha', 'beta'])
    const live = await cli('plan', 'clusters', '--kubeconfig', 'kc')
    expect(live.code).toBe(2)
    expect(live.stderr).toContain('--kubeconfig compares with one cluster')
  })

  it('is refused by sync, which acts on one cluster (exit 2)', async () => {
    const run = await cli('sync', 'clusters', '--kubeconfig', 'kc')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'is a folder, and this command acts on one cluster'
    )
  })

  it('with no definitions in it is an error naming the folder (exit 1)', async () => {
    mkdirSync(join(repo, 'empty'))
    const run = await cli('validate', 'empty')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('no cluster definitions')
  })
})
