/// <reference lib="dom" />
/**
 * The GitOps page's two figures (issue 18): building the site for 2
 * clusters × 1,000 syncs once the API has answered (an in-memory GitHub
 * port answers at once, so only reading, merging, rendering and writing are
 * timed), and a cluster page's load event in headless chromium (Debian's).
 * Medians of several rounds. Run: `npm run bench:page`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import type { GitHubApi } from '../src/ports/github.js'
import { checkRunName } from '../src/report/checks.js'
import { embedRecord } from '../src/report/history.js'
import { updateSite } from '../src/page/update-site.js'
import { browserPath } from '../e2e/browser/browser-path.js'

const now = new Date('2025-03-01T12:00:00Z')
const perCluster = 1000
const clusters = ['prod', 'staging']
const rounds = 7

function record(cluster: string, n: number): Record<string, unknown> {
  return {
    v: 1,
    cluster,
    source: n % 3 === 0 ? 'manual' : 'webhook',
    triggeredBy: n % 3 === 0 ? `user${n % 7}` : 'github-actions[bot]',
    retryCount: n % 4,
    startedAt: new Date(now.getTime() - n * 60_000).toISOString(),
    status: n % 9 === 0 ? 'Failed' : 'Success',
    durationMs: 60_000,
    filesUrl: `https://github.com/octo/clusters/blob/${sha(n)}/cluster.yaml`,
    phases: [
      { name: 'Fetching', durationMs: 900 },
      { name: 'Validating', durationMs: 200 },
      { name: 'Applying', durationMs: 58_900 }
    ],
    ...(n % 9 === 0
      ? {
          errors: [
            { code: 'apply-failed', message: 'failed', file: 'a.yaml', line: 3 }
          ],
          errorsTotal: 1
        }
      : {})
  }
}
const sha = (n: number): string => n.toString(16).padStart(40, '0')

/** Both clusters synced at each commit, as a matrix workflow does. */
const api = {
  listEnvironments: () => Promise.resolve(clusters),
  listDeployments: (env: string, page: number, perPage: number) => {
    const from = (page - 1) * perPage
    const count = Math.max(0, Math.min(perPage, perCluster - from))
    return Promise.resolve(
      Array.from({ length: count }, (_, i) => {
        const n = from + i
        return {
          id: clusters.indexOf(env) * 1_000_000 + perCluster - n,
          sha: sha(n),
          ref: 'main',
          environment: env,
          created_at: now.toISOString(),
          payload: { ...record(env, n), status: 'Running' }
        }
      })
    )
  },
  listCheckRunsForCommit: (commit: string) => {
    const n = parseInt(commit, 16)
    return Promise.resolve(
      clusters.map((c, i) => ({
        id: n * 10 + i,
        name: checkRunName(c),
        text: embedRecord(record(c, n) as never)
      }))
    )
  },
  latestDeploymentStatus: () => Promise.resolve(undefined)
} as unknown as GitHubApi

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

const builds: number[] = []
let site = ''
for (let r = 0; r < rounds; r++) {
  if (site) rmSync(site, { recursive: true, force: true })
  site = mkdtempSync(join(tmpdir(), 'clustersync-page-bench-'))
  const t = performance.now()
  await updateSite(api, {
    dir: site,
    repository: 'octo/clusters',
    serverUrl: 'https://github.com',
    all: true,
    now,
    maxRequests: 10_000
  })
  builds.push(performance.now() - t)
}

const browser = await chromium.launch({ executablePath: browserPath() })
const loads: number[] = []
for (let r = 0; r < rounds; r++) {
  const page = await browser.newPage()
  await page.goto(pathToFileURL(join(site, 'prod/index.html')).href)
  loads.push(
    await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation')
      return (nav as PerformanceNavigationTiming).loadEventStart
    })
  )
  await page.close()
}
await browser.close()
rmSync(site, { recursive: true, force: true })
console.log(
  `page build, 2 clusters × ${perCluster} syncs (API answered): median ${median(builds).toFixed(0)} ms of ${rounds} [${builds.map((b) => b.toFixed(0)).join(', ')}]`
)
console.log(
  `cluster page load event, headless chromium: median ${median(loads).toFixed(0)} ms of ${rounds} [${loads.map((b) => b.toFixed(0)).join(', ')}]`
)
