/**
 * The check run "ClusterSync / <cluster>": created in_progress, updated at
 * each phase with a progress line, completed with success / failure /
 * neutral. Its output holds the steps table and the plan graph; every
 * diagnostic becomes an annotation, sent 50 per request (GitHub's limit; they
 * accumulate across updates), the last batch with the conclusion. The sync
 * record is embedded in the text so history can be rebuilt from check runs.
 */
import type { Phase, SyncResult } from '../sync/sync-result.js'
import type {
  CheckConclusion,
  CheckRunOutput,
  CheckRunPayload
} from '../ports/github.js'
import { checkAnnotations } from './annotations.js'
import { embedRecord, type SyncRecord } from './history.js'
import type { RepoLinks } from './links.js'
import {
  diagnosticsTable,
  metadataTable,
  planSection,
  stepsTable,
  cutTo,
  truncate,
  type RenderedPlan
} from './sections.js'
import { bannerFor, bannerIcon, headline } from './status-words.js'

/** GitHub's limit of annotations per create/update request. */
export const annotationsPerRequest = 50
/**
 * The most annotations one check run gets (10 requests). A definition a
 * pull request writes can hold any number of mistakes, and 50,000 took
 * 1,000 requests: a token's hourly budget. The rest are in the summary and
 * the log; errors are annotated first.
 */
export const maxAnnotations = 500
/** GitHub's limit for output.summary and output.text. */
const outputLimit = 65535
const phases: readonly Phase[] = [
  'Fetching',
  'Validating',
  'Applying',
  'Completed'
]

/** The check run's name for a cluster. */
export function checkRunName(cluster: string): string {
  return `ClusterSync / ${cluster}`
}

/** "✔ Fetching → ● Validating → ○ Applying → ○ Completed". */
export function progressLine(current: Phase, done = false): string {
  const at = phases.indexOf(current)
  return phases
    .map(
      (p, i) =>
        `${i < at || (done && i === at) ? '✔' : i === at ? '●' : '○'} ${p}`
    )
    .join(' → ')
}

/** The create request: in progress, at Fetching. */
export function startCheckRun(input: {
  cluster: string
  sha: string
  startedAt: string
  externalId: string
  detailsUrl?: string
}): CheckRunPayload {
  return {
    name: checkRunName(input.cluster),
    head_sha: input.sha,
    status: 'in_progress',
    started_at: input.startedAt,
    external_id: input.externalId,
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: phaseOutput('Fetching')
  }
}

/** The update at the start of a phase. */
export function phaseCheckRun(phase: Phase, detail?: string): CheckRunPayload {
  return { status: 'in_progress', output: phaseOutput(phase, detail) }
}

function phaseOutput(phase: Phase, detail?: string): CheckRunOutput {
  return {
    title: `${bannerIcon('Syncing')} Syncing: ${phase}`,
    summary: `${progressLine(phase)}${detail ? `\n\n${detail}` : ''}`
  }
}

/** success / failure / neutral, as the Checks API names them. */
export function conclusionFor(result: SyncResult): CheckConclusion {
  return result.status === 'synced'
    ? 'success'
    : result.status === 'error'
      ? 'failure'
      : 'neutral'
}

export interface CheckRunReport {
  result: SyncResult
  /** Where diagnostics without a file are annotated (the definition). */
  definitionFile: string
  record: SyncRecord
  links: RepoLinks
  plan?: RenderedPlan
  /** e.g. "plan only: pull requests never apply" */
  modeNote?: string
}

/** The completed output (title, summary, text), without annotations. */
export function completedOutput(report: CheckRunReport): CheckRunOutput {
  const { result, links } = report
  const banner = bannerFor(result.status)
  const summary = [
    `## ${bannerIcon(banner)} ${banner}: ${headline(result)}`,
    progressLine('Completed', result.status !== 'error'),
    report.modeNote ? `> ${report.modeNote}` : '',
    metadataTable(result, links, `${banner} (${result.reason})`),
    '### Stacks and steps',
    stepsTable(result.steps),
    result.diagnostics.length > 0 ? '### Diagnostics' : '',
    result.diagnostics.length > 0
      ? diagnosticsTable(result.diagnostics, links, result.metadata.commit)
      : ''
  ].filter((p) => p !== '')
  const plan = report.plan ? planSection(report.plan) : ''
  const record = embedRecord(report.record)
  const text = [plan ? `### Plan\n\n${plan}` : '', record]
    .filter((p) => p !== '')
    .join('\n\n')
  return {
    title: cutTo(`${bannerIcon(banner)} ${banner}: ${headline(result)}`, 255),
    summary: truncate(summary.join('\n\n'), outputLimit, 'see the job summary'),
    // The record goes last and is kept whole even when the plan is cut.
    text: `${truncate(text.slice(0, -record.length), outputLimit - record.length - 2, 'see the job summary')}${record}`
  }
}

/**
 * The update requests that complete the run: one per batch of 50
 * annotations (the last one carries the conclusion), or one request when
 * there are none.
 */
export function completeCheckRun(
  report: CheckRunReport,
  completedAt: string
): CheckRunPayload[] {
  const all = checkAnnotations(report.result.diagnostics, report.definitionFile)
  const rank = { failure: 0, warning: 1, notice: 2 } as const
  const annotations = [...all]
    .sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level])
    .slice(0, maxAnnotations)
  const completed = completedOutput(report)
  const more = all.length - annotations.length
  // Said under the heading: a summary this long is cut at its end.
  const [heading = '', ...rest] = completed.summary.split('\n')
  const output =
    more > 0
      ? {
          ...completed,
          summary: truncate(
            [
              heading,
              '',
              `${more.toLocaleString('en-US')} more diagnostics are not annotated (at most ${maxAnnotations} are); the job summary and the log list them.`,
              ...rest
            ].join('\n'),
            outputLimit,
            'see the job summary'
          )
        }
      : completed
  const batches: (typeof annotations)[] = []
  for (let i = 0; i < annotations.length; i += annotationsPerRequest) {
    batches.push(annotations.slice(i, i + annotationsPerRequest))
  }
  if (batches.length === 0) batches.push([])
  return batches.map((batch, i) => {
    const last = i === batches.length - 1
    return {
      ...(last
        ? {
            status: 'completed' as const,
            conclusion: conclusionFor(report.result),
            completed_at: completedAt
          }
        : { status: 'in_progress' as const }),
      output: { ...output, ...(batch.length > 0 ? { annotations: batch } : {}) }
    }
  })
}
