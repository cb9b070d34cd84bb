/**
 * A cluster's page: the sync status banner, the latest sync (its phases
 * with their durations, its errors with `file:line` linking to the file at
 * that commit, and its metadata), and the history table — Status, Source,
 * Commit, Started, Triggered by, Retries, IaC files — 10 rows a page,
 * sortable by every column.
 */
import { shortSha, type RepoLinks } from '../report/links.js'
import { formatDuration } from '../report/status-words.js'
import type { Phase } from '../sync/sync-result.js'
import { absoluteTime, esc, link } from './html.js'
import type { PageCluster, PageSync } from './page-data.js'
import {
  clusterBanner,
  document,
  statusBadge,
  statusClass,
  timeTag
} from './render-parts.js'

/** Rows a page of the history table shows (Ankra's 10). */
export const rowsPerPage = 10
const phases: readonly Phase[] = ['Fetching', 'Validating', 'Applying']

/** The cluster page's HTML. */
export function renderClusterPage(
  cluster: PageCluster,
  context: { links: RepoLinks; builtAt: string; now: Date; repository: string }
): string {
  const { links, now } = context
  const banner = clusterBanner(cluster)
  const latest = cluster.syncs[0]
  const body = [
    `<p class="crumbs"><a href="../index.html">${esc(context.repository)} clusters</a></p>`,
    `<h1>${esc(cluster.name)}</h1>`,
    `<section class="banner" aria-label="Sync status"><span class="badge ${statusClass(banner)}" id="banner">${esc(banner)}</span>`,
    latest
      ? `<span>Latest sync ${timeTag(latest.startedAt, now)} at ${commitLink(latest, links)}${latest.reason ? ` <span class="muted">(${esc(latest.reason)})</span>` : ''}</span>`
      : '<span>No sync recorded yet.</span>',
    '</section>',
    latest ? latestSection(latest, links, now) : '',
    historySection(cluster, links, now)
  ].join('\n')
  return document({
    title: `${cluster.name}: ${banner} · ClusterSync`,
    body,
    builtAt: context.builtAt,
    now
  })
}

function latestSection(sync: PageSync, links: RepoLinks, now: Date): string {
  const durations = new Map(sync.phases?.map((p) => [p.name, p.durationMs]))
  const phaseItems = phases
    .map(
      (p) =>
        `<li>${p} <span class="muted">${sync.phases ? esc(durations.has(p) ? formatDuration(durations.get(p)) : 'not reached') : '—'}</span></li>`
    )
    .join('')
  const done = sync.status !== 'Running'
  return [
    '<h2>Latest sync</h2>',
    `<ol class="phases" aria-label="Phases">${phaseItems}<li>Completed <span class="muted">${done ? esc(formatDuration(sync.durationMs)) : '—'}</span></li></ol>`,
    errorsSection(sync, links),
    '<h2>Details</h2>',
    '<dl class="meta">',
    `<dt>Commit</dt><dd>${commitLink(sync, links)}</dd>`,
    `<dt>Source</dt><dd>${esc(sync.source)}</dd>`,
    `<dt>Started</dt><dd>${timeTag(sync.startedAt, now)} (${esc(absoluteTime(sync.startedAt))})</dd>`,
    `<dt>Triggered by</dt><dd>${esc(sync.triggeredBy || '—')}</dd>`,
    `<dt>Retries</dt><dd>${sync.retryCount}</dd>`,
    `<dt>IaC files</dt><dd>${sync.filesUrl ? link(sync.filesUrl, 'definition at this commit') : '—'}</dd>`,
    `<dt>Run</dt><dd>${sync.runUrl ? link(sync.runUrl, 'workflow run') : '—'}${sync.noCheckRun && !sync.commitMissing ? ' <span class="muted">(no check run was recorded for this sync)</span>' : ''}</dd>`,
    '</dl>'
  ].join('\n')
}

function errorsSection(sync: PageSync, links: RepoLinks): string {
  if (sync.errors === undefined)
    return sync.status === 'Failed'
      ? '<h2>Errors</h2><p class="muted">—: this sync recorded no error details (written by an older ClusterSync, or without a check run).</p>'
      : ''
  if (sync.errors.length === 0) return ''
  const rows = sync.errors.map((e) => {
    const place = e.file
      ? link(
          `${links.treeUrl(sync.commit, e.file)}${e.line ? `#L${e.line}` : ''}`,
          `<code>${esc(e.file)}${e.line ? `:${e.line}` : ''}</code>`
        )
      : '—'
    return `<tr><td><code>${esc(e.code)}</code></td><td>${esc(e.message)}${e.hint ? `<br><span class="muted">hint: ${esc(e.hint)}</span>` : ''}</td><td>${place}</td></tr>`
  })
  const more =
    (sync.errorsTotal ?? 0) > sync.errors.length
      ? `<p class="muted">and ${(sync.errorsTotal ?? 0) - sync.errors.length} more in the ${link(sync.runUrl, 'workflow run')}.</p>`
      : ''
  return `<h2>Errors</h2><div class="scroll"><table><thead><tr><th scope="col">Code</th><th scope="col">Message</th><th scope="col">File</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${more}`
}

function commitLink(sync: PageSync, links: RepoLinks): string {
  const text = `<code>${esc(shortSha(sync.commit))}</code>`
  return sync.commitMissing
    ? `${text} <span class="muted">(no longer in the repository)</span>`
    : link(links.commitUrl(sync.commit), text)
}

const columns: { label: string; first: 'ascending' | 'descending' }[] = [
  { label: 'Status', first: 'ascending' },
  { label: 'Source', first: 'ascending' },
  { label: 'Commit', first: 'ascending' },
  { label: 'Started', first: 'descending' },
  { label: 'Triggered by', first: 'ascending' },
  { label: 'Retries', first: 'descending' },
  { label: 'IaC files', first: 'ascending' }
]

function historySection(
  cluster: PageCluster,
  links: RepoLinks,
  now: Date
): string {
  if (cluster.syncs.length === 0)
    return '<h2>Sync history</h2><p>No syncs recorded yet.</p>'
  const head = columns
    .map(
      (c) =>
        `<th scope="col" aria-sort="${c.label === 'Started' ? 'descending' : 'none'}" data-first="${c.first}"><button type="button">${c.label}</button></th>`
    )
    .join('')
  // Every row is in the page; those after the first 10 are hidden, so the
  // page reads the same with scripting off and the script only pages.
  const rows = cluster.syncs.map((s, i) => historyRow(s, i, links, now))
  const count = cluster.complete
    ? `${cluster.syncs.length} syncs`
    : `the newest ${cluster.syncs.length} syncs`
  return [
    '<h2 id="history-title">Sync history</h2>',
    `<p class="muted">${esc(count)}, newest first.</p>`,
    `<div class="scroll"><table id="history" aria-labelledby="history-title" data-per-page="${rowsPerPage}"><thead><tr>${head}</tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table></div>',
    `<nav class="pager" id="pager" aria-label="History pages"${cluster.syncs.length > rowsPerPage ? '' : ' hidden'}><noscript>Showing the newest ${rowsPerPage}; turn on scripting to page and sort.</noscript></nav>`
  ].join('\n')
}

function historyRow(
  s: PageSync,
  order: number,
  links: RepoLinks,
  now: Date
): string {
  const cells = [
    `<td data-sort="${esc(s.resolved || s.noCheckRun ? s.status : 'Unknown')}">${statusBadge(s)}</td>`,
    `<td>${esc(s.source)}</td>`,
    `<td data-sort="${esc(s.commit)}">${commitLink(s, links)}</td>`,
    `<td data-sort="${esc(s.startedAt)}">${timeTag(s.startedAt, now)}</td>`,
    `<td data-sort="${esc(s.triggeredBy.toLowerCase())}">${esc(s.triggeredBy || '—')}</td>`,
    `<td data-sort="${String(s.retryCount).padStart(10, '0')}">${s.retryCount}</td>`,
    `<td data-sort="${esc(s.filesUrl ?? '')}">${s.filesUrl ? link(s.filesUrl, 'files') : '—'}</td>`
  ]
  return `<tr data-order="${order}"${order >= rowsPerPage ? ' hidden' : ''}>${cells.join('')}</tr>`
}
