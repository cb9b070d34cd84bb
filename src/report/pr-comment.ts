/**
 * The one pull request comment per cluster with the plan, found again by a
 * hidden marker and updated in place on every push, so a PR never collects a
 * pile of stale plans.
 */
import type { GitHubApi, IssueComment } from '../ports/github.js'
import type { SyncResult } from '../sync/sync-result.js'
import type { RepoLinks } from './links.js'
import { shortSha } from './links.js'
import {
  diagnosticsTable,
  planSection,
  truncate,
  type RenderedPlan
} from './sections.js'
import { bannerFor, bannerIcon, headline } from './status-words.js'

/** GitHub's limit for a comment body. */
const commentLimit = 65536

/** The hidden marker that identifies our comment for a cluster. */
export function commentMarker(cluster: string): string {
  return `<!-- clustersync:plan-comment cluster=${encodeURIComponent(cluster)} -->`
}

/** The comment body: verdict, errors, the plan (order, creations, prunes). */
export function renderPlanComment(input: {
  result: SyncResult
  links: RepoLinks
  plan?: RenderedPlan
  checkRunUrl?: string
}): string {
  const { result, links } = input
  const m = result.metadata
  const ok = result.status !== 'error'
  const banner = ok ? 'Plan ready' : bannerFor(result.status)
  const icon = ok ? '📋' : bannerIcon('Error')
  const parts = [
    commentMarker(m.cluster),
    `### ${icon} ClusterSync plan for \`${m.cluster}\`: ${banner}`,
    `${headline(result)} · commit [\`${shortSha(m.commit)}\`](${m.commit ? links.commitUrl(m.commit) : links.repoUrl})` +
      (input.checkRunUrl ? ` · [check run](${input.checkRunUrl})` : '') +
      (links.runUrl ? ` · [run](${links.runUrl})` : ''),
    'Pull requests are only validated and planned; nothing is applied until the change is merged.'
  ]
  if (result.diagnostics.length > 0) {
    parts.push(diagnosticsTable(result.diagnostics, links, m.commit))
  }
  if (input.plan) parts.push(planSection(input.plan))
  return truncate(parts.join('\n\n') + '\n', commentLimit, 'see the check run')
}

/**
 * Whether a comment carrying the marker may be ClusterSync's own: written
 * by an app (the workflow's token comments as github-actions[bot]) or by
 * someone with write access (a maintainer's token). Anyone may comment on
 * a public pull request, and could copy the hidden marker into a comment
 * of their own: the plan would then be written into it (their comment,
 * which they can edit after each push) or, where the token may not edit
 * it, never posted. A comment whose author was not read counts.
 */
function mayBeOurs(comment: IssueComment): boolean {
  const { author } = comment
  if (author === undefined) return true
  return (
    author.type === 'Bot' ||
    ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(author.association ?? '')
  )
}

/**
 * Creates the comment, or updates the one carrying the marker. Resolves with
 * the comment and whether it was created. Throws what the port throws.
 */
export async function upsertPlanComment(
  api: GitHubApi,
  issueNumber: number,
  cluster: string,
  body: string
): Promise<{ comment: IssueComment; created: boolean }> {
  const marker = commentMarker(cluster)
  const existing = (await api.listIssueComments(issueNumber)).find(
    (c) => c.body.includes(marker) && mayBeOurs(c)
  )
  if (existing) {
    return {
      comment: await api.updateIssueComment(existing.id, body),
      created: false
    }
  }
  return {
    comment: await api.createIssueComment(issueNumber, body),
    created: true
  }
}
