/**
 * A recorded sync history for the GitOps page's tests and benchmark: syncs
 * written to the GitHub API double the way the Action writes them (a
 * Deployment with the start record and its final status, and a completed
 * check run with the full record embedded), plus the bad data the page must
 * survive: a sync without a check run, a commit that no longer exists, and
 * names holding HTML and script.
 */
import { createGitHubApi } from '../src/adapters/actions-github.js'
import type { GitHubApi } from '../src/ports/github.js'
import { silentLogger } from '../src/ports/logger.js'
import { checkRunName } from '../src/report/checks.js'
import { embedRecord, syncRecord } from '../src/report/history.js'
import { repoLinks } from '../src/report/links.js'
import type { SyncResult, SyncSource } from '../src/sync/sync-result.js'
import type { GitHubDouble } from '../e2e/support/github-double/server.js'

export const pageNow = new Date('2025-03-01T12:00:00Z')
export const pageRepo = { owner: 'octo', repo: 'clusters' }
export const pageServer = 'https://github.example.com'
/** A cluster whose name would run script if it were not escaped. */
export const hostileCluster = 'edge<script>window.pwned=1</script>'

export interface SeededSync {
  cluster: string
  sha: string
  status: 'Success' | 'Failed' | 'Not Configured'
  startedAt: string
  source: SyncSource
  triggeredBy: string
  retryCount: number
}

/** An API client for the double, as the CLI makes it. */
export function doubleApi(double: GitHubDouble): GitHubApi {
  return createGitHubApi({
    token: 'ghs_page',
    apiUrl: double.url,
    ...pageRepo,
    clock: { now: () => pageNow, sleep: () => Promise.resolve() },
    logger: silentLogger
  })
}

const sources: SyncSource[] = ['webhook', 'manual', 'schedule']

/**
 * Records `counts[cluster]` syncs per cluster, one an hour back from
 * pageNow, oldest first. In each cluster the newest sync failed with two
 * errors (one holding `<script>`); every 5th failed; the 4th has no check
 * run; the 8th's commit is then deleted. Returns the syncs, newest first.
 */
export async function seedPageHistory(
  double: GitHubDouble,
  counts: Record<string, number>
): Promise<SeededSync[]> {
  const api = doubleApi(double)
  const links = repoLinks(pageServer, `${pageRepo.owner}/${pageRepo.repo}`)
  const seeded: SeededSync[] = []
  let n = 0
  for (const [cluster, count] of Object.entries(counts)) {
    for (let i = 0; i < count; i++, n++) {
      const sha = (n + 1).toString(16).padStart(2, '0').repeat(20)
      const startedAt = new Date(
        pageNow.getTime() - (count - i) * 3600_000 - n * 1000
      ).toISOString()
      const newest = i === count - 1
      const status: SeededSync['status'] =
        newest || i % 5 === 0
          ? 'Failed'
          : cluster === hostileCluster && i === 1
            ? 'Not Configured'
            : 'Success'
      const source = sources[i % 3] ?? 'webhook'
      const metadata = {
        cluster,
        commit: sha,
        ref: 'main',
        source,
        triggeredBy: source === 'manual' ? `user${i % 4}` : 'github-actions[bot]',
        retryCount: i % 4,
        startedAt,
        finishedAt: new Date(Date.parse(startedAt) + 65_000).toISOString(),
        durationMs: 65_000,
        filesUrl: links.treeUrl(sha, 'clusters/cluster.yaml')
      }
      const result: SyncResult = {
        status:
          status === 'Success'
            ? 'synced'
            : status === 'Failed'
              ? 'error'
              : 'not-configured',
        reason:
          status === 'Success'
            ? 'Succeeded'
            : status === 'Failed'
              ? 'ApplyFailed'
              : 'NotConfigured',
        phase: 'Completed',
        metadata,
        diagnostics:
          status === 'Failed'
            ? [
                {
                  severity: 'error',
                  code: 'apply-failed',
                  message: 'step <script>window.pwned=2</script> failed',
                  hint: 'check the manifest',
                  file: 'clusters/stacks/web.yaml',
                  line: 12
                },
                { severity: 'error', code: 'helm-failed', message: 'timed out' }
              ]
            : [],
        steps: [],
        counts: { applied: 0, unchanged: 0, pruned: 0, failed: 0, skipped: 0 },
        summary: status
      }
      const runUrl = `${pageServer}/octo/clusters/actions/runs/${100 + n}`
      const deployment = await api.createDeployment({
        ref: sha,
        environment: cluster,
        description: 'sync',
        payload: { ...syncRecord(metadata, undefined, runUrl) }
      })
      await api.createDeploymentStatus(deployment.id, {
        state: status === 'Failed' ? 'failure' : 'success',
        description: status
      })
      if (i !== 3) {
        const record = syncRecord(metadata, result, runUrl, [
          { name: 'Fetching', durationMs: 1200 },
          { name: 'Validating', durationMs: 300 },
          { name: 'Applying', durationMs: 63_500 }
        ])
        const run = await api.createCheckRun({
          name: checkRunName(cluster),
          head_sha: sha,
          status: 'in_progress',
          started_at: startedAt
        })
        await api.updateCheckRun(run.id, {
          status: 'completed',
          conclusion: status === 'Failed' ? 'failure' : 'success',
          output: { title: status, summary: status, text: embedRecord(record) }
        })
      }
      if (i === 7) double.state.missingCommits.add(sha)
      seeded.push({
        cluster,
        sha,
        status,
        startedAt,
        source,
        triggeredBy: metadata.triggeredBy,
        retryCount: metadata.retryCount
      })
    }
  }
  return seeded.sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1))
}
