// `clustersync validate --check-charts`: the opt-in network check that each
// add-on's chart_version exists in its repository's index.yaml, against a
// real HTTP chart repository on 127.0.0.1.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import {
  startLocalChartRepo,
  type LocalChartRepo
} from '../catalog/local-chart-repo.js'

let repo: LocalChartRepo
beforeAll(async () => {
  repo = await startLocalChartRepo()
})
afterAll(() => repo.close())

function definition(url: string, version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-check-charts-'))
  writeFileSync(
    join(dir, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: c }',
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      addons:',
      '        - name: web',
      '          chart_name: app',
      `          chart_version: "${version}"`,
      `          repository_url: ${url}`,
      ''
    ].join('\n')
  )
  return dir
}

async function validate(dir: string, ...flags: string[]) {
  const out: string[] = []
  const code = await runCli(
    ['validate', 'cluster.yaml', '--root', dir, '--format', 'json', ...flags],
    {
      stdout: { write: (t) => void out.push(t), isTTY: false },
      stderr: { write: () => undefined, isTTY: false },
      cwd: dir,
      env: {},
      fs: createNodeFs(),
      exec: new FakeExec(),
      clock: new FakeClock()
    }
  )
  const parsed = JSON.parse(out.join('')) as {
    valid: boolean
    diagnostics: { code: string; severity: string; line: number }[]
  }
  return { code, ...parsed }
}

describe('clustersync validate --check-charts', () => {
  it('passes when the version exists, Helm-style (1.0.0 ≡ v1.0.0)', async () => {
    const result = await validate(
      definition(repo.url, '1.0.0'),
      '--check-charts'
    )
    expect(result.code).toBe(0)
    expect(result.diagnostics).toEqual([])
  })

  it('fails a version the repository does not have, at the add-on', async () => {
    const dir = definition(repo.url, '9.9.9')
    expect((await validate(dir)).code).toBe(0) // offline by default
    const result = await validate(dir, '--check-charts')
    expect(result.code).toBe(1)
    expect(result.diagnostics).toMatchObject([
      { code: 'chart-version-not-found', severity: 'error', line: 8 }
    ])
  })

  it('gives a notice, not a failure, when the repository is unreachable', async () => {
    const result = await validate(
      definition(repo.closedUrl, '1.0.0'),
      '--check-charts'
    )
    expect(result.code).toBe(0)
    expect(result.diagnostics).toMatchObject([
      { code: 'chart-index-unavailable', severity: 'info' }
    ])
  })

  it('reads the index through a chart mirror', async () => {
    const result = await validate(
      definition('https://charts.example.com/stable', '1.1.0'),
      '--check-charts',
      '--chart-mirror',
      `https://charts.example.com/stable=${repo.url}`
    )
    expect(result.code).toBe(0)
    expect(result.diagnostics).toEqual([])
  })
})
