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

/** Escapes text for a markdown table cell (pipes and newlines). */
export function cell(text: string): string {
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
