/**
 * The words a user reads about a sync, in Ankra's vocabulary (seed docs:
 * the sync status banner Synced / Syncing / Error / Not Configured, and the
 * history badges Success / Failed / Running), derived from SyncResult only.
 */
import type { SyncResult, SyncStatus } from '../sync/sync-result.js'
import { displayText } from '../redact.js'

export type Banner = 'Synced' | 'Syncing' | 'Error' | 'Not Configured'

/** The banner for a finished result, or Syncing while it runs. */
export function bannerFor(status: SyncStatus | 'running'): Banner {
  switch (status) {
    case 'synced':
      return 'Synced'
    case 'error':
      return 'Error'
    case 'not-configured':
      return 'Not Configured'
    case 'running':
      return 'Syncing'
  }
}

/** An emoji that reads the same in light and dark themes. */
export function bannerIcon(banner: Banner): string {
  return { Synced: '✅', Syncing: '🔄', Error: '❌', 'Not Configured': '⚪' }[
    banner
  ]
}

/** The one-line headline: counts for a sync that ran steps, the summary otherwise. */
export function headline(result: SyncResult): string {
  const c = result.counts
  // Plans and drift checks run no steps: their summary says what they found.
  if (result.status === 'synced' && result.steps.length > 0) {
    const parts = [
      `${c.applied} applied`,
      `${c.unchanged} unchanged`,
      c.pruned > 0 ? `${c.pruned} pruned` : ''
    ].filter((p) => p !== '')
    return parts.join(', ')
  }
  // Every headline follows its banner ("❌ Error: …", "failure: …"), so the
  // summary's own leading status word is not said twice.
  return result.summary
    .replace(/^Error \((\w+)\): /, '$1: ')
    .replace(/^(?:Error|Synced): /, '')
}

/**
 * Text for a markdown table cell or line, shown as text: pipes and
 * newlines escaped, and what GitHub would render from it (HTML, links,
 * images, @-mentions) made inert. A pull request writes much of what is
 * quoted, and GitHub shows it under ClusterSync's identity.
 */
export function cell(text: string): string {
  return (
    oneLine(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([[\]])/g, '\\$1')
      .replace(/@(?=[A-Za-z0-9])/g, '@\u2060')
      // Bare URLs are linked by GitHub: a word joiner keeps them text.
      .replace(/\b(https?):\/\//gi, '$1:\u2060//')
      .replace(/\bwww\./gi, 'www\u2060.')
  )
}

/**
 * Text as a markdown code span: fenced with one backtick more than its
 * longest run of them (padded when it starts or ends with one), so it
 * cannot close the span; pipes and newlines escaped for a table.
 */
export function code(text: string): string {
  const shown = oneLine(text)
  const longest = Math.max(
    0,
    ...[...shown.matchAll(/`+/g)].map((m) => m[0].length)
  )
  const fence = '`'.repeat(longest + 1)
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

/** One line, control characters escaped, pipes escaped for a table. */
function oneLine(text: string): string {
  return displayText(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|')
}

/** A duration for people: `850 ms`, `12.3 s`, `2 min 5 s`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '–'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${s % 60} s`
}
