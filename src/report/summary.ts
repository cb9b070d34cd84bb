/**
 * The job summary (GITHUB_STEP_SUMMARY): the page a user reads about their
 * cluster after a run. Status banner, what changed, what failed and why, the
 * plan, the last syncs with this one highlighted, and the sync metadata.
 * A pure function → markdown, kept under GitHub's 1 MiB per step.
 */
import type { SyncResult } from '../sync/sync-result.js'
import type { HistoryRow } from './history.js'
import { renderHistoryMarkdown } from './history-table.js'
import type { RepoLinks } from './links.js'
import {
  changesList,
  diagnosticsTable,
  failuresList,
  metadataTable,
  planSection,
  stepsTable,
  truncate,
  type RenderedPlan
} from './sections.js'
import { bannerFor, bannerIcon, headline } from './status-words.js'

export interface SummaryModel {
  result: SyncResult
  /** sync | plan | validate. */
  mode: string
  links: RepoLinks
  checkRunUrl?: string
  plan?: RenderedPlan
  /** The last syncs (newest first); undefined when history could not be read. */
  history?: HistoryRow[]
  /** The deployment id of this run in `history`, to highlight it. */
  currentHistoryId?: number
  /** Why a part is missing (a GitHub write the token could not make…). */
  notes: string[]
  now: Date
}

/** A step summary must stay under 1 MiB; leave room for the runner. */
const summaryLimit = 1_000_000

/** Renders the whole summary. */
export function renderSummary(model: SummaryModel): string {
  const { result, links } = model
  const banner = bannerFor(result.status)
  const cluster = result.metadata.cluster
  const parts: string[] = [
    `# ${bannerIcon(banner)} ${cluster}: ${banner}`,
    `**${headline(result)}**${model.mode !== 'sync' ? ` · ${model.mode} only, nothing was applied` : ''}`
  ]
  if (model.checkRunUrl) {
    parts.push(`Check run: [ClusterSync / ${cluster}](${model.checkRunUrl})`)
  }
  if (result.status === 'not-configured') {
    parts.push(notConfiguredHelp(result.summary))
  }
  for (const note of model.notes) parts.push(`> [!WARNING]\n> ${note}`)
  const failures = failuresList(result)
  const errors = result.diagnostics.filter((d) => d.severity !== 'info')
  if (failures !== '' || errors.length > 0) {
    parts.push('## What failed and why')
    if (failures !== '') parts.push(failures)
    if (result.diagnostics.length > 0) {
      parts.push(
        diagnosticsTable(result.diagnostics, links, result.metadata.commit)
      )
    }
  }
  if (result.steps.length > 0) {
    parts.push(
      '## What changed',
      changesList(result.steps),
      '### Steps',
      stepsTable(result.steps)
    )
  }
  if (
    model.plan &&
    (model.plan.mermaid || model.plan.text || model.plan.changes)
  ) {
    // The summary's limit is 1 MiB: room for nearly every change a plan
    // lists; past that, only the CLI's live plan shows the rest.
    parts.push(
      '## Plan',
      planSection(
        model.plan,
        summaryLimit / 2,
        "clustersync plan with this cluster's kubeconfig shows them all"
      )
    )
  }
  if (model.history) {
    parts.push(
      '## Sync history',
      renderHistoryMarkdown(
        model.history,
        links,
        model.now,
        model.currentHistoryId
      ).trimEnd()
    )
  }
  parts.push(
    '## Sync metadata',
    metadataTable(result, links, `${banner} (${result.reason})`)
  )
  return truncate(
    `${parts.join('\n\n')}\n`,
    summaryLimit,
    'the summary is over 1 MiB'
  )
}

function notConfiguredHelp(reason: string): string {
  return [
    `ClusterSync found nothing to sync: ${reason}.`,
    '',
    'To connect this repository, commit a cluster definition (`cluster.yaml`, or set the `definition` input) and give the step a `kubeconfig` from a secret.'
  ].join('\n')
}
