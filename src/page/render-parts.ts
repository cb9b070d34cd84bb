/**
 * Pieces both pages share: the document frame, the banner, status badges
 * and times. Pure string builders; every value is escaped here.
 */
import type { Banner } from '../report/status-words.js'
import { absoluteTime, esc } from './html.js'
import type { PageCluster, PageSync } from './page-data.js'
import { pageScript } from './page-script.js'
import { pageStyle } from './page-style.js'

/** The banner of a cluster: its latest sync's outcome, in Ankra's words. */
export function clusterBanner(cluster: PageCluster): Banner {
  const latest = cluster.syncs[0]
  if (!latest) return 'Not Configured'
  switch (latest.status) {
    case 'Success':
      return 'Synced'
    case 'Failed':
      return 'Error'
    case 'Running':
      return 'Syncing'
    case 'Not Configured':
      return 'Not Configured'
  }
}

/** A CSS class for a status or banner word. */
export function statusClass(word: string): string {
  return `s-${word.toLowerCase().replace(/\s+/g, '-')}`
}

/** The status badge of a sync; "Unknown" until its outcome has been read. */
export function statusBadge(sync: PageSync): string {
  if (!sync.resolved && sync.status === 'Running' && sync.noCheckRun !== true)
    return `<span class="badge s-unknown" title="Not read yet: the next build reads it">Unknown</span>`
  return `<span class="badge ${statusClass(sync.status)}">${esc(sync.status)}</span>`
}

/** A time shown relative to `now`, its absolute time on hover. */
export function timeTag(iso: string, now: Date): string {
  return `<time datetime="${esc(iso)}" title="${esc(absoluteTime(iso))}" data-relative>${esc(relative(iso, now))}</time>`
}

/** "3 hours ago", as the script writes it in the browser. */
export function relative(iso: string, now: Date): string {
  const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000)
  if (!Number.isFinite(seconds)) return iso
  const units: [number, string][] = [
    [31536000, 'year'],
    [2592000, 'month'],
    [604800, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute']
  ]
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size)
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'} ago`
  }
  return 'just now'
}

/** A whole page: title, inline style and script, and when it was built. */
export function document(options: {
  title: string
  body: string
  builtAt: string
  now: Date
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${esc(options.title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<main>
${options.body}
<p class="built">Built ${timeTag(options.builtAt, options.now)} (${esc(absoluteTime(options.builtAt))}) by ClusterSync.</p>
</main>
<script>${pageScript}</script>
</body>
</html>
`
}
