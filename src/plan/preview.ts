/**
 * What a plan would change on a live cluster (`clustersync plan` with a
 * kubeconfig): per object created / configured / unchanged, per release the
 * same, with diffs that never contain Secret values. `src/preview/diff.ts`
 * fills it in; this file holds the types and the renderings, which are pure.
 */
import { displayText, redactUrlCredentials } from '../redact.js'

/** What applying the plan would do to one object or release. */
export type PreviewAction =
  | 'created'
  | 'configured'
  | 'unchanged'
  | 'pruned'
  | 'failed'
  /** SOPS-encrypted in the repository: not decrypted for a preview, so not compared. */
  | 'encrypted'

export interface ChangePreview {
  /** `Kind/namespace/name`, `Kind/name` or `helm:<namespace>/<release>`. */
  subject: string
  action: PreviewAction
  /** Change lines (`~ spec.replicas: 2 → 3`); Secret values masked. */
  diff?: string[]
  /** Why it failed, or a note (e.g. "its Namespace is created by an earlier step"). */
  message?: string
}

export interface StepPreview {
  /** The plan step id (`manifest:<name>`, `addon:<name>`). */
  step: string
  /** True for a step the definition no longer has (only prunes). */
  removed?: boolean
  changes: ChangePreview[]
}

/** What a sync would delete; filled from the inventory in the cluster. */
export interface PrunePreview {
  /** Per inventory step, the objects and release it would delete. */
  steps: StepPreview[]
  /** Why the sync would refuse to prune without `--allow-destructive-prune`. */
  blocked: string[]
}

export interface PlanPreview {
  cluster: string
  /** Steps in plan order, then removed steps that only prune. */
  steps: StepPreview[]
  /** `encrypted` is present only when some object is SOPS-encrypted. */
  counts: PreviewCounts
  /** Guard rails the prune would hit; empty when it may run. */
  pruneBlocked: string[]
}

/**
 * Adds a prune preview to the step previews: entries of a step still in the
 * plan join that step, removed steps are appended in prune order.
 */
export function mergePrune(
  steps: readonly StepPreview[],
  prune: PrunePreview
): StepPreview[] {
  const merged = steps.map((s) => ({ ...s, changes: [...s.changes] }))
  for (const pruned of prune.steps) {
    const existing = merged.find((s) => s.step === pruned.step)
    if (existing) for (const c of pruned.changes) existing.changes.push(c)
    else merged.push({ ...pruned, changes: [...pruned.changes] })
  }
  return merged
}

/**
 * How many objects and releases each action applies to. `encrypted` appears
 * only when a step is SOPS-encrypted, so plans of definitions without
 * secrets keep the shape they always had.
 */
export type PreviewCounts = Record<
  Exclude<PreviewAction, 'encrypted'>,
  number
> & { encrypted?: number }

/** Counts the actions of all steps. */
export function countPreview(steps: readonly StepPreview[]): PreviewCounts {
  const counts: PreviewCounts = {
    created: 0,
    configured: 0,
    unchanged: 0,
    pruned: 0,
    failed: 0
  }
  for (const step of steps) {
    for (const c of step.changes) counts[c.action] = (counts[c.action] ?? 0) + 1
  }
  return counts
}

const marks: Record<PreviewAction, string> = {
  created: '+',
  configured: '~',
  unchanged: '=',
  pruned: '-',
  failed: '!',
  encrypted: '?'
}

/** The preview as text: one line per object or release, diffs indented under it. */
export function renderPreviewText(preview: PlanPreview): string {
  const c = preview.counts
  const out = [
    `Changes for cluster "${preview.cluster}": ${c.created} to create, ${c.configured} to configure, ${c.unchanged} unchanged, ${c.pruned} to prune, ${c.failed} failed${c.encrypted ? `, ${c.encrypted} encrypted (not compared)` : ''}`
  ]
  for (const step of preview.steps) {
    out.push(
      '',
      step.removed ? `${step.step}  (removed from the definition)` : step.step
    )
    for (const change of step.changes) {
      const note = change.message ? `  (${change.message})` : ''
      out.push(
        `  ${marks[change.action]} ${change.subject}  ${change.action}${note}`
      )
      for (const line of change.diff ?? []) out.push(`      ${line}`)
    }
  }
  if (preview.pruneBlocked.length > 0) {
    out.push(
      '',
      'The prune would stop: it needs --allow-destructive-prune because it'
    )
    for (const reason of preview.pruneBlocked) out.push(`  ${reason}`)
  }
  out.push(
    '',
    `Legend: + create  ~ configure  = unchanged  - prune  ! failed${c.encrypted ? '  ? encrypted, not compared' : ''}`
  )
  // Subjects, messages and diffs hold names and tool output: each line is
  // shown with credentials hidden and control characters escaped.
  return `${out.map(displayText).join('\n')}\n`
}

/** The preview as JSON with a fixed key order. */
export function renderPreviewJson(preview: PlanPreview): string {
  const json = {
    cluster: preview.cluster,
    counts: preview.counts,
    pruneBlocked: preview.pruneBlocked,
    steps: preview.steps.map((s) => ({
      step: s.step,
      ...(s.removed ? { removed: true } : {}),
      changes: s.changes.map((c) => ({
        subject: c.subject,
        action: c.action,
        ...(c.message ? { message: redactUrlCredentials(c.message) } : {}),
        ...(c.diff && c.diff.length > 0 ? { diff: c.diff } : {})
      }))
    }))
  }
  return `${JSON.stringify(json, null, 2)}\n`
}
