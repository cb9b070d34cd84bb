/**
 * `clustersync page` against the GitHub API double: the files it writes,
 * the requests it says it made, an incremental rebuild, and the bad data a
 * real history holds (no check run, a deleted commit, hostile names).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import {
  doubleApi,
  hostileCluster,
  pageNow,
  pageServer,
  seedPageHistory
} from '../../__fixtures__/page-history.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import { clusterPath } from '../../src/page/html.js'
import { checkRunName } from '../../src/report/checks.js'
import { embedRecord, syncRecord } from '../../src/report/history.js'

let double: GitHubDouble
let dir: string

function context(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: (t) => void err.push(t), isTTY: false },
    cwd: dir,
    env: {
      GITHUB_TOKEN: 'ghs_page',
      GITHUB_API_URL: double.url,
      GITHUB_SERVER_URL: pageServer
    },
    fs: {} as CliContext['fs'],
    exec: {} as CliContext['exec'],
    clock: { now: () => pageNow, sleep: () => Promise.resolve() }
  }
}

async function page(...args: string[]) {
  const ctx = context()
  const code = await runCli(
    ['page', '--repo', 'octo/clusters', '--out', 'site', ...args],
    ctx
  )
  return { code, out: ctx.out.join(''), err: ctx.err.join('') }
}

const read = (path: string): string =>
  readFileSync(join(dir, 'site', path), 'utf8')

beforeEach(async () => {
  double = await startGitHubDouble()
  dir = mkdtempSync(join(tmpdir(), 'clustersync-page-'))
})
afterEach(async () => {
  double.assertNoViolations()
  await double.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('clustersync page', () => {
  it('writes the fleet, a page and a badge per cluster, and says how many requests it made', async () => {
    await seedPageHistory(double, { prod: 25, [hostileCluster]: 5 })
    const before = double.requests.length
    const { code, out, err } = await page()
    expect(err).toBe('')
    expect(code).toBe(0)
    const made = double.requests.length - before
    expect(out).toBe(
      `wrote site/index.html: 2 clusters, 30 syncs (first build); ${made} GitHub requests\n`
    )
    // environments, one list per cluster, one check-run list per commit,
    // and a Deployment status for each sync whose check run is not there
    // (one per cluster without one, one whose commit was deleted).
    expect(made).toBe(1 + 2 + 30 + 3)
    const hostile = clusterPath(hostileCluster)
    expect(readdirSync(join(dir, 'site')).sort()).toEqual(
      [hostile, 'clustersync-page.json', 'index.html', 'prod'].sort()
    )
    expect(read('prod/badge.svg')).toContain('>Error</text>')
    const fleet = read('index.html')
    expect(fleet).toContain(`href="${hostile}/index.html"`)
    for (const html of [fleet, read(`${hostile}/index.html`)]) {
      expect(html).not.toContain('<script>window.pwned')
      expect(html).toContain('edge&lt;script&gt;window.pwned=1&lt;/script&gt;')
    }
  })

  it('shows the first 10 rows without scripting, and the bad data for what it is', async () => {
    await seedPageHistory(double, { prod: 25 })
    await page()
    const html = read('prod/index.html')
    const rows = html.match(/<tr data-order="\d+"[^>]*>/g) ?? []
    expect(rows).toHaveLength(25)
    expect(rows.filter((r) => !r.includes(' hidden'))).toHaveLength(10)
    expect(html).toContain('(no longer in the repository)')
    expect(html).toContain(
      'step &lt;script&gt;window.pwned=2&lt;/script&gt; failed'
    )
    expect(html).toContain(
      `href="${pageServer}/octo/clusters/blob/${'19'.repeat(20)}/clusters/stacks/web.yaml#L12"`
    )
    const data = JSON.parse(read('clustersync-page.json')) as {
      clusters: { syncs: { noCheckRun?: boolean; commitMissing?: boolean }[] }[]
    }
    const syncs = data.clusters[0]?.syncs ?? []
    // The deleted commit's check runs cannot be read either.
    expect(syncs.filter((s) => s.noCheckRun)).toHaveLength(2)
    expect(syncs.filter((s) => s.commitMissing)).toHaveLength(1)
  })

  it('rebuilds incrementally: only the new syncs are read', async () => {
    await seedPageHistory(double, { prod: 12 })
    await page()
    const api = doubleApi(double)
    const d = await api.createDeployment({
      ref: 'ff'.repeat(20),
      environment: 'prod',
      description: 'sync',
      payload: {
        v: 1,
        cluster: 'prod',
        source: 'manual',
        retryCount: 0,
        startedAt: pageNow.toISOString(),
        status: 'Running'
      }
    })
    await api.createDeploymentStatus(d.id, {
      state: 'success',
      description: 'done'
    })
    const before = double.requests.length
    const { out } = await page()
    // environments, one list, the new commit's check runs, its status.
    expect(out).toBe(
      'wrote site/index.html: 1 cluster, 13 syncs (incremental); 4 GitHub requests\n'
    )
    expect(double.requests.length - before).toBe(4)
    expect(read('prod/index.html')).toContain('ffffff')
  })

  it('shows drift from the newest scheduled drift check on the fleet page', async () => {
    const seeded = await seedPageHistory(double, { prod: 3 })
    const newest = seeded[0]
    if (!newest) throw new Error('nothing seeded')
    // A scheduled drift check of the last synced commit: a check run of the
    // cluster whose record came from the schedule, with no Deployment.
    const api = doubleApi(double)
    const checkedAt = new Date(pageNow.getTime() - 60_000).toISOString()
    const record = syncRecord(
      {
        cluster: 'prod',
        commit: newest.sha,
        source: 'schedule',
        retryCount: 0,
        startedAt: checkedAt
      },
      undefined,
      `${pageServer}/octo/clusters/actions/runs/999`
    )
    const run = await api.createCheckRun({
      name: checkRunName('prod'),
      head_sha: newest.sha,
      status: 'in_progress',
      started_at: checkedAt
    })
    await api.updateCheckRun(run.id, {
      status: 'completed',
      conclusion: 'neutral',
      output: {
        title: '⚪ Drift: 2 objects in 1 step',
        summary: 'drift',
        text: embedRecord(record)
      }
    })
    expect((await page()).code).toBe(0)
    const fleet = read('index.html')
    expect(fleet).toContain('Drift: 2 objects in 1 step')
    expect(fleet).toContain(`/octo/clusters/runs/${run.id}`)
    // The drift check is no sync: the history still holds three.
    expect(read(`${clusterPath('prod')}/index.html`)).not.toContain(
      'Drift: 2 objects'
    )
  })

  it('writes a site that says so when nothing was ever synced', async () => {
    const { code, out } = await page()
    expect(code).toBe(0)
    expect(out).toContain('0 clusters, 0 syncs')
    expect(read('index.html')).toContain('No cluster has been synced yet')
  })

  it('needs --out and a repository', async () => {
    const ctx = context()
    expect(await runCli(['page', '--repo', 'octo/clusters'], ctx)).toBe(2)
    expect(ctx.err.join('')).toContain('--out <dir> is required')
  })
})
