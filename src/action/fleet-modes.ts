/**
 * The Action's two fleet modes, which run no sync themselves:
 *
 * - `discover` lists the cluster definitions under a folder as a matrix
 *   for the sync jobs, only those the push or pull request touched when
 *   its base commit is known (base-commit.ts);
 * - `summary` runs after the matrix and gathers the commit's per-cluster
 *   check runs (`ClusterSync / <cluster>`) into one fleet table. Each
 *   cluster's own check run and status stay as its job wrote them.
 */
import { resolve } from 'node:path'
import { discover } from '../fleet/discover.js'
import { renderMatrix, removedNotice } from '../fleet/matrix.js'
import type { Shard } from '../fleet/shard.js'
import type { Exec } from '../ports/exec.js'
import type { FileSystem } from '../ports/fs.js'
import type { CheckRunRecord, GitHubApi } from '../ports/github.js'
import type { Logger } from '../ports/logger.js'
import { checkRunName } from '../report/checks.js'
import { cell } from '../report/status-words.js'
import type { BaseCommit } from './base-commit.js'

/** What `mode: discover` outputs. */
export interface DiscoverOutcome {
  /** `{"include":[…]}` (and `"removed"`), one line. */
  matrix: string
  clusters: number
}

/** Discovers the fleet under `folder` (repository-relative) for the Action. */
export async function discoverFleet(
  deps: {
    fs: FileSystem
    exec: Exec
    logger: Logger
    /** A notice annotation on the run (why all, what was removed). */
    notice: (message: string) => void
  },
  request: { root: string; folder: string; base: BaseCommit; shard?: Shard }
): Promise<DiscoverOutcome> {
  const { logger } = deps
  if ('all' in request.base) {
    deps.notice(`ClusterSync: every cluster is selected: ${request.base.all}`)
  }
  const found = await discover({
    fs: deps.fs,
    exec: deps.exec,
    root: request.root,
    folder: resolve(request.root, request.folder),
    ...('sha' in request.base ? { changedSince: request.base.sha } : {}),
    ...(request.shard ? { shard: request.shard } : {})
  })
  for (const removed of found.removed ?? []) {
    deps.notice(
      `ClusterSync: ${removedNotice(removed, (found.base ?? '').slice(0, 12))}`
    )
  }
  const selected = found.include.map((m) => m.cluster).join(', ')
  logger.info(
    `ClusterSync: ${found.include.length} of ${found.found} clusters selected${
      'sha' in request.base
        ? ` (changed since ${request.base.sha.slice(0, 12)})`
        : ''
    }${selected ? `: ${selected}` : ''}`
  )
  return { matrix: renderMatrix(found), clusters: found.include.length }
}

/**
 * The fleet table for the job summary: one row per cluster that has a
 * check run on `sha` (its newest one), linking to it.
 */
export async function fleetSummary(
  github: GitHubApi,
  sha: string
): Promise<{ markdown: string; clusters: number }> {
  const prefix = checkRunName('')
  const newest = new Map<string, CheckRunRecord>()
  for (const run of (await github.listCheckRunsForCommit(sha)) ?? []) {
    if (!run.name.startsWith(prefix)) continue
    const seen = newest.get(run.name)
    if (!seen || run.id > seen.id) newest.set(run.name, run)
  }
  const rows = [...newest.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  const heading = `## ClusterSync fleet: ${rows.length} cluster${rows.length === 1 ? '' : 's'} at ${sha.slice(0, 12)}`
  if (rows.length === 0) {
    return {
      markdown: `${heading}\n\nNo cluster reported on this commit (the matrix was empty, or its jobs did not start).\n`,
      clusters: 0
    }
  }
  const lines = [
    heading,
    '',
    '| Cluster | Result | Details |',
    '| --- | --- | --- |',
    ...rows.map((run) => {
      const cluster = cell(run.name.slice(prefix.length))
      const name = run.html_url ? `[${cluster}](${run.html_url})` : cluster
      return `| ${name} | ${result(run)} | ${cell(run.title ?? '')} |`
    })
  ]
  return { markdown: `${lines.join('\n')}\n`, clusters: rows.length }
}

function result(run: CheckRunRecord): string {
  if (run.status !== 'completed') return '🔄 running'
  switch (run.conclusion) {
    case 'success':
      return '✅ success'
    case 'failure':
      return '❌ failure'
    case 'neutral':
      return '⚪ neutral'
    default:
      return `⚪ ${run.conclusion ?? 'unknown'}`
  }
}
