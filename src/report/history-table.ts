/**
 * The sync history table of the seed docs — Status, Source, Commit (link),
 * Started (relative), Triggered by — as markdown for the job summary and as
 * plain text for the CLI. Pure: the current time is a parameter.
 */
import { plural } from '../plural.js'
import type { HistoryPage, HistoryRow } from './history.js'
import type { RepoLinks } from './links.js'
import { shortSha } from './links.js'
import { cell } from './status-words.js'

const badges = {
  Success: '✅ Success',
  Failed: '❌ Failed',
  Running: '🔄 Running',
  'Not Configured': '⚪ Not Configured'
}

/** "just now", "5 minutes ago", "3 days ago"; future times read "just now". */
export function relativeTime(iso: string, now: Date): string {
  const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000)
  if (!Number.isFinite(seconds)) return iso
  const units: [number, string][] = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute']
  ]
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size)
    if (n >= 1) return `${plural(n, name)} ago`
  }
  return 'just now'
}

/**
 * Markdown table; the row with id `currentId` is highlighted (bold, ▶) so
 * the reader finds this run among the last ones.
 */
export function renderHistoryMarkdown(
  rows: readonly HistoryRow[],
  links: RepoLinks,
  now: Date,
  currentId?: number
): string {
  if (rows.length === 0) return '_No syncs recorded yet._\n'
  const lines = [
    '| | Status | Source | Commit | Started | Triggered by |',
    '|---|---|---|---|---|---|'
  ]
  for (const r of rows) {
    const current = r.id === currentId
    const b = (t: string): string => (current ? `**${t}**` : t)
    const status = r.runUrl
      ? `[${badges[r.status]}](${r.runUrl})`
      : badges[r.status]
    lines.push(
      `| ${current ? '▶' : ''} | ${b(status)} | ${b(cell(r.source))} | ` +
        `${b(`[\`${shortSha(r.commit)}\`](${links.commitUrl(r.commit)})`)} | ` +
        `${b(relativeTime(r.startedAt, now))} | ${b(cell(r.triggeredBy))} |`
    )
  }
  return `${lines.join('\n')}\n`
}

/** Aligned plain-text table with the commit URL, and a page footer. */
export function renderHistoryText(
  page: HistoryPage,
  links: RepoLinks,
  now: Date
): string {
  const header = [
    'STATUS',
    'SOURCE',
    'COMMIT',
    'STARTED',
    'TRIGGERED BY',
    'LINK'
  ]
  const body = page.rows.map((r) => [
    r.status,
    r.source,
    shortSha(r.commit),
    relativeTime(r.startedAt, now),
    r.triggeredBy,
    links.commitUrl(r.commit)
  ])
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] ?? '').length))
  )
  const line = (row: string[]): string =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
  const footer =
    page.total === 0
      ? 'no syncs recorded yet'
      : `page ${page.page} of ${page.pages} (${plural(page.total, 'sync')})`
  return [line(header), ...body.map(line), '', footer, ''].join('\n')
}

/** The JSON form: rows with absolute times and links, and the paging. */
export function renderHistoryJson(page: HistoryPage, links: RepoLinks): string {
  return `${JSON.stringify(
    {
      page: page.page,
      pages: page.pages,
      total: page.total,
      syncs: page.rows.map((r) => ({
        ...r,
        commitUrl: links.commitUrl(r.commit)
      }))
    },
    null,
    2
  )}\n`
}
