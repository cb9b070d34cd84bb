/**
 * Markdown sections shared by the job summary, the check run and the pull
 * request comment, so the three say the same thing in the same words. All
 * pure functions of SyncResult (and the plan text the planner renders).
 */
import { plural } from '../plural.js'
import type { Diagnostic } from '../diagnostics.js'
import { sortDiagnostics } from '../diagnostics.js'
import type { StepOutcome, SyncResult } from '../sync/sync-result.js'
import type { RepoLinks } from './links.js'
import { shortSha } from './links.js'
import { cell, code, formatDuration } from './status-words.js'

const stepIcons: Record<StepOutcome['status'], string> = {
  applied: '🟢 applied',
  unchanged: '⚪ unchanged',
  failed: '🔴 failed',
  skipped: '⏭️ skipped'
}

/** The sync metadata as a two-column table (seed docs: Sync Metadata). */
export function metadataTable(
  result: SyncResult,
  links: RepoLinks,
  statusWord: string
): string {
  const m = result.metadata
  const commit = m.commit
    ? `[\`${shortSha(m.commit)}\`](${links.commitUrl(m.commit)})`
    : 'unknown'
  const rows: [string, string][] = [
    ['Status', statusWord],
    ['Commit', m.ref ? `${commit} on ${code(m.ref)}` : commit],
    ['Source', m.source],
    ['Started', m.startedAt],
    ['Triggered by', m.triggeredBy ? cell(m.triggeredBy) : '–'],
    ['Retry count', String(m.retryCount)],
    ['Duration', formatDuration(m.durationMs)],
    [
      'IaC files',
      m.filesUrl ? `[definition at this commit](${m.filesUrl})` : '–'
    ]
  ]
  if (links.runUrl) rows.push(['Workflow run', `[logs](${links.runUrl})`])
  return [
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`)
  ].join('\n')
}

/** Stacks and steps with what happened to each. */
export function stepsTable(steps: readonly StepOutcome[]): string {
  if (steps.length === 0) return '_No steps ran._'
  const lines = [
    '| Step | Result | Changes | Duration | Details |',
    '|---|---|---|---|---|'
  ]
  for (const s of steps) {
    const changed = s.changes.filter((c) => c.action !== 'unchanged').length
    const details = s.skippedBecause
      ? `skipped because \`${s.skippedBecause}\` failed`
      : (s.message ?? '')
    const retries =
      s.retries > 0 ? ` (${plural(s.retries, 'retry', 'retries')})` : ''
    lines.push(
      `| ${code(s.step)} | ${stepIcons[s.status]}${retries} | ${changed} of ${s.changes.length} | ${formatDuration(s.durationMs)} | ${cell(details)} |`
    )
  }
  return lines.join('\n')
}

/** What changed: every created, configured or pruned object, grouped by step. */
export function changesList(steps: readonly StepOutcome[]): string {
  const lines: string[] = []
  for (const s of steps) {
    for (const c of s.changes) {
      if (c.action === 'unchanged' || c.action === 'skipped') continue
      lines.push(
        `- ${code(c.subject)} ${c.action}${c.message ? `: ${cell(c.message)}` : ''}`
      )
    }
  }
  return lines.length > 0
    ? lines.join('\n')
    : '_Nothing changed in the cluster._'
}

/** Diagnostics as a table with places, codes and hints (all of them). */
export function diagnosticsTable(
  diagnostics: readonly Diagnostic[],
  links: RepoLinks,
  commit?: string
): string {
  const sorted = sortDiagnostics(diagnostics)
  const lines = ['| | Where | Problem | How to fix |', '|---|---|---|---|']
  for (const d of sorted) {
    const icon =
      d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️'
    const place = d.file
      ? `${d.file}${d.line ? `:${d.line}` : ''}`
      : '(definition)'
    const where =
      d.file && commit
        ? `[${place}](${links.treeUrl(commit, d.file)}${d.line ? `#L${d.line}` : ''})`
        : place
    const pointer = d.pointer ? ` at ${code(d.pointer)}` : ''
    lines.push(
      `| ${icon} | ${where} | **${cell(d.code)}**${pointer}: ${cell(d.message)} | ${cell(d.hint ?? '')} |`
    )
  }
  return lines.join('\n')
}

/** The failed steps with their messages (what failed and why). */
export function failuresList(result: SyncResult): string {
  const failed = result.steps.filter((s) => s.status === 'failed')
  return failed
    .map((s) => {
      const place = s.file ? ` (${s.file}${s.line ? `:${s.line}` : ''})` : ''
      return `- ${code(s.step)}${cell(place)}: ${cell(s.message ?? 'failed')}`
    })
    .join('\n')
}

/**
 * A plan as the reports show it: the step graph, the offline plan text,
 * and, when the run compared with the cluster (pull requests from this
 * repository, drift checks), what would change there object by object.
 */
export interface RenderedPlan {
  mermaid?: string
  text?: string
  changes?: string
}

/**
 * The plan: what would change in the cluster in the open (what a reviewer
 * reads first), at most `maxChanges` characters of it cut at a line and
 * ended by `… and N more lines: ${restShownBy}`, then the Mermaid graph
 * (rendered by GitHub) and the plan text, folded.
 */
export function planSection(
  plan: RenderedPlan,
  maxChanges = 40_000,
  restShownBy = 'the job summary shows them all'
): string {
  const parts: string[] = []
  if (plan.changes) {
    const changes = cutAtLine(plan.changes.trimEnd(), maxChanges, restShownBy)
    parts.push(
      `#### What would change in the cluster\n\n${fenced('text', changes)}`
    )
  }
  if (plan.mermaid) parts.push(fenced('mermaid', plan.mermaid.trimEnd()))
  if (plan.text) {
    parts.push(
      `<details><summary>Plan as text</summary>\n\n${fenced('text', plan.text.trimEnd())}\n\n</details>`
    )
  }
  return parts.join('\n\n')
}

/**
 * `content` in a code block whose fence is longer than any run of
 * backticks in it: plan text holds names and values from the repository
 * and the cluster, and a line of backticks among them would otherwise
 * close the block and turn the rest of the report into markdown.
 */
function fenced(info: string, content: string): string {
  // A loop, not Math.max(...runs): a long plan may hold more runs than a
  // call can take arguments.
  let longest = 0
  for (const run of content.match(/`+/g) ?? []) {
    longest = Math.max(longest, run.length)
  }
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${content}\n${fence}`
}

/**
 * The first whole lines of `text` within `max` characters, and how many
 * lines were left out and where they are (`restShownBy`): a code block
 * cut mid-line (or mid-fence by the comment's own limit) would leave the
 * rest of the comment inside it.
 */
function cutAtLine(text: string, max: number, restShownBy: string): string {
  if (text.length <= max) return text
  const at = text.lastIndexOf('\n', max)
  const kept = text.slice(0, at > 0 ? at : max)
  const left = text.slice(kept.length).replace(/^\n/, '').split('\n').length
  return `${kept}\n… and ${plural(left, 'more line')}: ${restShownBy}`
}

/**
 * `text` cut to `max` characters with `…` as its last when it is longer: a
 * cut is always marked, so the scrubber can tell what is left of a secret
 * cut there from a text that merely ends like one (masked-values.ts).
 */
export function cutTo(text: string, max: number): string {
  if (text.length <= max) return text
  const kept = text.slice(0, max - 1)
  // A surrogate pair is never split: its first half alone is no character.
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`
}

/** Cuts markdown to `max` characters with a visible note, for API limits. */
export function truncate(text: string, max: number, note: string): string {
  if (text.length <= max) return text
  const tail = `\n\n…truncated: ${note}\n`
  return text.slice(0, max - tail.length) + tail
}
