import { refusedPorts } from '../../__fixtures__/refused-port.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import { createGitHubApi } from '../../src/adapters/actions-github.js'
import { silentLogger } from '../../src/ports/logger.js'
import {
  deploymentDescription,
  deploymentState,
  syncRecord
} from '../../src/report/history.js'
import type { SyncResult } from '../../src/sync/sync-result.js'

let double: GitHubDouble
const now = new Date('2025-03-01T12:00:00Z')

function context(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: (t) => void err.push(t), isTTY: false },
    cwd: '/nowhere',
    env: {
      GITHUB_TOKEN: 'ghs_x',
      GITHUB_API_URL: double.url,
      GITHUB_SERVER_URL: 'https://ghe.example.com'
    },
    fs: {} as CliContext['fs'],
    exec: {} as CliContext['exec'],
    clock: { now: () => now, sleep: () => Promise.resolve() }
  }
}

beforeAll(async () => {
  double = await startGitHubDouble()
  const api = createGitHubApi({
    token: 'ghs_x',
    apiUrl: double.url,
    owner: 'octo',
    repo: 'clusters',
    clock: { now: () => now, sleep: () => Promise.resolve() },
    logger: silentLogger
  })
  // 25 syncs, one an hour back from `now`; every 5th failed; every 3rd manual.
  for (let i = 0; i < 25; i++) {
    const sha = i.toString(16).padStart(2, '0').repeat(20)
    const startedAt = new Date(
      now.getTime() - (25 - i) * 3600_000
    ).toISOString()
    const record = syncRecord({
      cluster: 'prod',
      commit: sha,
      source: i % 3 === 0 ? 'manual' : 'webhook',
      triggeredBy: i % 3 === 0 ? `user${i}` : 'github-actions[bot]',
      retryCount: 0,
      startedAt
    })
    const d = await api.createDeployment({
      ref: sha,
      environment: 'prod',
      description: 'sync',
      payload: { ...record }
    })
    await api.createDeploymentStatus(d.id, {
      state: i % 5 === 0 ? 'failure' : 'success',
      description: 'done'
    })
  }
})
afterAll(() => double.close())
afterEach(() => double.assertNoViolations())

const history = async (...args: string[]) => {
  const ctx = context()
  const code = await runCli(
    [
      'history',
      '--cluster',
      'prod',
      '--repo',
      'octo/clusters',
      '--format',
      'json',
      ...args
    ],
    ctx
  )
  return {
    code,
    json: JSON.parse(ctx.out.join('')) as {
      page: number
      pages: number
      total: number
      syncs: {
        commit: string
        status: string
        source: string
        startedAt: string
        commitUrl: string
      }[]
    }
  }
}

describe('clustersync history over 25 syncs', () => {
  it('shows three pages of 10, 10 and 5, newest first by default', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((p) => history('--page', String(p)))
    )
    expect(
      pages.map((p) => [p.code, p.json.page, p.json.pages, p.json.syncs.length])
    ).toEqual([
      [0, 1, 3, 10],
      [0, 2, 3, 10],
      [0, 3, 3, 5]
    ])
    const started = pages.flatMap((p) => p.json.syncs.map((s) => s.startedAt))
    expect(started).toEqual([...started].sort().reverse())
    expect(pages[0]?.json.syncs[0]?.commitUrl).toBe(
      `https://ghe.example.com/octo/clusters/commit/${'18'.repeat(20)}`
    )
  })

  it('sorts by any column, ascending or descending', async () => {
    const asc = await history('--sort', 'started:asc')
    expect(asc.json.syncs[0]?.startedAt).toBe('2025-02-28T11:00:00.000Z')
    const status = await history('--sort', 'status')
    expect(status.json.syncs.slice(0, 5).map((s) => s.status)).toEqual(
      Array(5).fill('Failed')
    )
    const source = await history('--sort', 'source:desc', '--page', '3')
    expect(source.json.syncs.every((s) => s.source === 'manual')).toBe(true)
  })

  it('prints the seed table as text', async () => {
    const ctx = context()
    await runCli(
      [
        'history',
        '--cluster',
        'prod',
        '--repo',
        'octo/clusters',
        '--page',
        '3'
      ],
      ctx
    )
    const text = ctx.out.join('')
    expect(text.split('\n')[0]).toBe(
      'STATUS   SOURCE   COMMIT   STARTED       TRIGGERED BY         LINK'
    )
    expect(text).toContain('page 3 of 3 (25 syncs)')
    expect(text).toContain('Failed   manual   0000000  1 day ago     user0')
  })

  it('names what --sort accepts', async () => {
    const ctx = context()
    expect(
      await runCli(
        [
          'history',
          '--cluster',
          'prod',
          '--repo',
          'octo/clusters',
          '--sort',
          'colour'
        ],
        ctx
      )
    ).toBe(2)
    expect(ctx.err.join('')).toContain(
      'option --sort accepts status, source, commit, started, triggered-by'
    )
  })
})

describe('clustersync history without GitHub', () => {
  it('exits 3 and says GitHub cannot be reached, announcing each retry', async () => {
    // A loopback port that refuses every request.
    const refused = refusedPorts()
    const closed = await refused.next()
    const ctx = context()
    const code = await runCli(
      ['history', '--cluster', 'prod', '--repo', 'octo/clusters'],
      {
        ...ctx,
        env: { ...ctx.env, GITHUB_API_URL: `http://127.0.0.1:${closed}` }
      }
    )
    expect(code).toBe(3)
    const stderr = ctx.err.join('')
    expect(stderr).toContain(
      `cannot reach GitHub (connect ECONNREFUSED 127.0.0.1:${closed}); retry 1 of 4 in 1s\n`
    )
    expect(stderr).toMatch(
      new RegExp(
        `error: cannot reach GitHub at http://127\\.0\\.0\\.1:${closed}: connect ECONNREFUSED 127\\.0\\.0\\.1:${closed}\\n$`
      )
    )
    expect(ctx.out.join('')).toBe('')
    await refused.close()
  })
})

describe('clustersync history of a run that was Not Configured', () => {
  it('shows Not Configured, not Success, though GitHub has no such deployment state', async () => {
    const api = createGitHubApi({
      token: 'ghs_x',
      apiUrl: double.url,
      owner: 'octo',
      repo: 'clusters',
      clock: { now: () => now, sleep: () => Promise.resolve() },
      logger: silentLogger
    })
    const record = syncRecord({
      cluster: 'edge',
      commit: 'e'.repeat(40),
      source: 'webhook',
      retryCount: 0,
      startedAt: now.toISOString()
    })
    const d = await api.createDeployment({
      ref: 'e'.repeat(40),
      environment: 'edge',
      description: 'sync',
      payload: { ...record }
    })
    const result = {
      status: 'not-configured',
      summary: 'no credentials: set the kubeconfig input from a secret'
    } as SyncResult
    await api.createDeploymentStatus(d.id, {
      state: deploymentState(result),
      description: deploymentDescription(result)
    })
    const ctx = context()
    const code = await runCli(
      [
        'history',
        '--cluster',
        'edge',
        '--repo',
        'octo/clusters',
        '--format',
        'json'
      ],
      ctx
    )
    expect(code).toBe(0)
    const json = JSON.parse(ctx.out.join('')) as {
      syncs: { status: string }[]
    }
    expect(json.syncs.map((s) => s.status)).toEqual(['Not Configured'])
  })
})
