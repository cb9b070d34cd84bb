/**
 * How much of a long history the page reads: the newest 500 per cluster on
 * a first build unless `all`, a request budget it never exceeds, and a
 * 5,000-sync history that still shows 10 rows without scripting.
 */
import type { GitHubApi } from '../../src/ports/github.js'
import { buildSite } from '../../src/page/build-site.js'
import { readPageData } from '../../src/page/read-page-data.js'

const now = new Date('2025-03-01T12:00:00Z')

/** A repository with `count` syncs of `prod`, none with a check run. */
function history(count: number): GitHubApi & { calls: string[] } {
  const calls: string[] = []
  const api = {
    calls,
    listEnvironments: () => {
      calls.push('environments')
      return Promise.resolve(['prod'])
    },
    listDeployments: (_env: string, page: number, perPage: number) => {
      calls.push(`deployments ${page}`)
      const from = (page - 1) * perPage
      return Promise.resolve(
        Array.from(
          { length: Math.max(0, Math.min(perPage, count - from)) },
          (_, i) => {
            const n = count - from - i
            return {
              id: n,
              sha: n.toString(16).padStart(40, '0'),
              ref: 'main',
              environment: 'prod',
              created_at: now.toISOString(),
              payload: {
                v: 1,
                cluster: 'prod',
                source: 'webhook',
                retryCount: 0,
                startedAt: new Date(
                  now.getTime() - (count - n) * 60_000
                ).toISOString(),
                status: 'Running'
              }
            }
          }
        )
      )
    },
    listCheckRunsForCommit: () => {
      calls.push('check-runs')
      return Promise.resolve([])
    },
    latestDeploymentStatus: () => {
      calls.push('status')
      return Promise.resolve({ state: 'success', created_at: '' })
    }
  }
  return api as unknown as GitHubApi & { calls: string[] }
}

const options = {
  repository: 'octo/clusters',
  serverUrl: 'https://github.com',
  firstBuildLimit: 500,
  all: false,
  maxRequests: 10_000,
  now
}

describe('reading a long history', () => {
  it('reads the newest 500 of 1,200 syncs on a first build', async () => {
    const api = history(1200)
    const { data, requests } = await readPageData(api, options)
    const prod = data.clusters[0]
    expect(prod?.syncs).toHaveLength(500)
    expect(prod?.syncs[0]?.id).toBe(1200)
    expect(prod?.complete).toBe(false)
    expect(api.calls.filter((c) => c.startsWith('deployments'))).toHaveLength(5)
    expect(requests).toBe(api.calls.length)
  })

  it('reads them all with all', async () => {
    const { data } = await readPageData(history(1200), {
      ...options,
      all: true
    })
    expect(data.clusters[0]?.syncs).toHaveLength(1200)
    expect(data.clusters[0]?.complete).toBe(true)
  })

  it('never makes more requests than its budget, and leaves the rest for the next build', async () => {
    const api = history(300)
    const first = await readPageData(api, { ...options, maxRequests: 100 })
    expect(first.requests).toBe(100)
    expect(api.calls).toHaveLength(100)
    // environments + 4 lists (the 4th finds the end), then 2 requests a
    // sync: 47 syncs read, and the 48th's check runs but not its status.
    expect(first.unresolved).toBe(300 - 47)
    const second = await readPageData(history(300), {
      ...options,
      maxRequests: 1000,
      previous: first.data
    })
    expect(second.unresolved).toBe(0)
    expect(second.data.clusters[0]?.syncs).toHaveLength(300)
  })

  it('renders 5,000 syncs with the newest 10 shown and the rest hidden', async () => {
    const { data } = await readPageData(history(5000), {
      ...options,
      all: true
    })
    const html = buildSite(data, now).get('prod/index.html') ?? ''
    const rows = html.match(/<tr data-order="\d+"[^>]*>/g) ?? []
    expect(rows).toHaveLength(5000)
    expect(rows.filter((r) => !r.includes(' hidden'))).toHaveLength(10)
  })
})
