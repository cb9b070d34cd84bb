/**
 * A full reconcile's add-on step when its inputs are as last applied: the
 * release itself is compared with the definition first (chart, version,
 * values, status: the drift check's comparison, preview/diff-release.ts),
 * then the objects it rendered with the live ones (the comparison
 * `status`, `plan --live` and the drift check use,
 * preview/release-drift.ts). The release is upgraded when either differs,
 * once, with the definition's chart and values. A clean release is left
 * alone: no upgrade, no new revision. An upgrade puts back every rendered
 * field that differs, as any `helm upgrade` does: a client-side three-way
 * merge (helm v3, and helm v4 on a release it applies that way, one helm v3
 * installed) does so by itself; helm v4's server-side apply needs
 * `--force-conflicts` for the fields a person's `kubectl` took, and refuses
 * that flag on a client-side release.
 */
import { getErrorMessage } from '../errors.js'
import type { ChangePreview } from '../plan/preview.js'
import type { AddonStep } from '../plan/plan-types.js'
import type { Exec } from '../ports/exec.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import type { ChangeSetEntry } from '../sync/sync-result.js'
import { releaseDrift } from '../preview/release-drift.js'
import { compareRelease } from '../preview/diff-release.js'
import { helmBinary, helmFlags } from '../preview/release-objects.js'
import { runTool, type PreviewOptions } from '../preview/diff-exec.js'
import { isRecord, maskedValue } from '../plan/object-diff.js'
import type { HelmConfig } from './engine-options.js'
import { applyAddonStep } from './addon-step.js'
import { decryptAddonValues } from './decrypt-step.js'
import type { ApplyContext, StepApplied } from './step-types.js'

/** What a full reconcile reads about an unchanged add-on's release. */
export interface ReleaseDriftReader {
  /**
   * The release against the definition's chart, version and `values` (the
   * ones the upgrade would give helm, decrypted): `unchanged` or not, as the
   * drift check judges it; throws when it cannot be read.
   */
  release(
    step: AddonStep,
    values: Record<string, unknown>
  ): Promise<ChangePreview>
  /**
   * The drifted objects, field values hidden (a sync's output names paths,
   * never values); throws when they cannot be read.
   */
  drift(step: AddonStep): Promise<ChangePreview[]>
  /** Whether helm v4 applies the release server-side (`applyMethod: ssa`). */
  serverSide(step: AddonStep): Promise<boolean>
}

/**
 * Reads with `helm get manifest` and `helm get metadata` (helm as the sync
 * runs it) and the objects through `client`.
 */
export function releaseDriftReader(
  exec: Exec,
  helm: HelmConfig,
  client: ClusterClient,
  timeoutMs: number
): ReleaseDriftReader {
  const options: PreviewOptions = {
    exec,
    helm: helm.binary,
    ...(helm.kubeconfig ? { kubeconfig: helm.kubeconfig } : {}),
    ...(helm.context ? { context: helm.context } : {}),
    kubectl: client,
    concurrency: 1,
    timeoutMs
  }
  return {
    release: (step, values) => compareRelease(step, values, options),
    // Paths only, whatever the values hold: a sync's report names what it
    // corrected, never what the fields held.
    drift: (step) => releaseDrift(step, options, true),
    serverSide: async (step) => {
      const result = await runTool(options, helmBinary(options), [
        'get',
        'metadata',
        ...helmFlags(options, step.namespace),
        '-o',
        'json',
        '--',
        step.addon.name
      ])
      if (result.exitCode !== 0) return false
      try {
        const parsed = JSON.parse(result.stdout) as unknown
        return isRecord(parsed) && parsed.applyMethod === 'ssa'
      } catch {
        return false
      }
    }
  }
}

/**
 * Upgrades the add-on's release when the release differs from the
 * definition (values or chart changed with helm, a rollback, a failed or
 * missing release: the step's release entry says which, never a value) or
 * its rendered objects drifted (the step's changes then name the release
 * and each corrected object), else reports it unchanged. What cannot be
 * compared (helm failed, the release was uninstalled by hand) is upgraded,
 * as a full reconcile did before it compared. Throws StepFailure as
 * applyAddonStep, also when encrypted values cannot be decrypted.
 */
export async function correctAddonDrift(
  step: AddonStep,
  ctx: ApplyContext,
  read: ReleaseDriftReader
): Promise<StepApplied> {
  const subject = `helm:${step.namespace}/${step.addon.name}`
  const upgrade = async (why: string): Promise<StepApplied> => {
    const applied = await applyAddonStep(
      step,
      ctx,
      await forceConflicts(step, ctx, read)
    )
    return {
      ...applied,
      changes: applied.changes.map((c) =>
        c.subject === subject
          ? { ...c, message: c.message ? `${c.message}, ${why}` : why }
          : c
      )
    }
  }
  const unread = (what: string, error: unknown): Promise<StepApplied> => {
    ctx.logger.warning(
      `${step.id}: ${what} not compared (${firstLine(getErrorMessage(error))}); upgrading it`
    )
    return upgrade('upgraded')
  }
  // The values helm would get: a release changed by hand renders objects
  // that match live, so only its values and chart show it.
  const values = await decryptAddonValues(step, ctx)
  let release: ChangePreview
  try {
    release = await read.release(step, values)
  } catch (error) {
    return unread('the release was', error)
  }
  if (pendingOnly(release)) {
    // Another helm command (someone's, outside the cluster lock) may be
    // running on it: an upgrade now would roll that back.
    ctx.logger.warning(
      `${step.id}: ${release.message ?? 'the release is pending'}, as if another helm command were running on it; left alone`
    )
    return {
      changes: [
        {
          subject,
          action: 'unchanged',
          step: step.id,
          ...(release.message
            ? { message: `${release.message}, left alone` }
            : {})
        }
      ],
      objects: [],
      release: untouchedRelease(step, ctx)
    }
  }
  if (release.action !== 'unchanged')
    return upgrade(`upgraded: ${releaseReason(release)}`)
  let drifted: ChangePreview[]
  try {
    drifted = await read.drift(step)
  } catch (error) {
    return unread("the release's objects were", error)
  }
  if (drifted.length === 0) {
    return {
      changes: [{ subject, action: 'unchanged', step: step.id }],
      objects: [],
      release: untouchedRelease(step, ctx)
    }
  }
  const applied = await upgrade('upgraded to correct drift')
  return {
    ...applied,
    changes: [
      ...applied.changes,
      ...drifted.map((d) => correctedEntry(d, step.id))
    ]
  }
}

/**
 * The record of a release this run left alone: the revision the last sync
 * saw ready stays what a failed upgrade goes back to (addon-wait.ts).
 */
function untouchedRelease(
  step: AddonStep,
  ctx: ApplyContext
): StepApplied['release'] {
  const release = { name: step.addon.name, namespace: step.namespace }
  return ctx.readyRevision === undefined
    ? release
    : { ...release, ready: ctx.readyRevision }
}

/** The release differs only by a `pending-*` status: its chart and values match. */
function pendingOnly(release: ChangePreview): boolean {
  return (
    release.action === 'configured' &&
    (release.diff ?? []).length === 0 &&
    /^release is pending-/.test(release.message ?? '')
  )
}

/** An error's first line (what failed, e.g. `helm list failed (exit 1): …`), cut. */
function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? ''
  return line.length > maxReasonLength
    ? `${line.slice(0, maxReasonLength)}…`
    : line
}

const maxReasonLength = 300

/**
 * Why a release that differs from the definition is upgraded, from
 * compareRelease's entry: its chart line names charts, its value lines
 * only paths (values masked), so neither is quoted; a status is.
 */
function releaseReason(release: ChangePreview): string {
  if (release.action === 'created')
    return 'release not found (uninstalled outside ClusterSync)'
  const reasons: string[] = []
  const lines = release.diff ?? []
  const chart = lines
    .map((l) => /^~ chart: (\S+) → (\S+)$/.exec(l))
    .find((m) => m !== null)
  if (chart)
    reasons.push(
      `chart ${chart[1]} deployed, not ${chart[2]} (changed outside ClusterSync)`
    )
  if (lines.some((l) => /^[~+-] values\b/.test(l)))
    reasons.push(
      'values differ from the definition (changed outside ClusterSync)'
    )
  if (release.message) reasons.push(release.message)
  return reasons.length > 0 ? reasons.join('; ') : 'differs from the definition'
}

/**
 * Whether the upgrade needs `--force-conflicts`: helm v4 applying the
 * release server-side. Not when unsure: a server-side upgrade without it
 * fails naming the conflict, while the flag on a client-side release fails
 * the upgrade and the rollback after it (helm v4.3.1).
 */
async function forceConflicts(
  step: AddonStep,
  ctx: ApplyContext,
  read: ReleaseDriftReader
): Promise<boolean> {
  if ((await ctx.helm.major()) !== 4) return false
  return read.serverSide(step).catch(() => false)
}

/** One corrected object: what happened to it outside Helm, and which fields. */
export function correctedEntry(
  drift: ChangePreview,
  step: string
): ChangeSetEntry {
  const paths = (drift.diff ?? []).map(fieldPath)
  const what = drift.message ?? 'changed outside Helm'
  return {
    subject: drift.subject,
    action: drift.action === 'created' ? 'created' : 'configured',
    step,
    message: paths.length > 0 ? `${what}: ${paths.join(', ')}` : what
  }
}

/**
 * The path of a field line whose values are hidden (release-drift.ts
 * fieldLine: `~ path: (sensitive value) → …`, `- path: … (removed)`);
 * `… and N more` stays as it is.
 */
function fieldPath(line: string): string {
  // The last one: a quoted item name in the path may hold the same text.
  const end = line.lastIndexOf(`: ${maskedValue}`)
  if (end < 0 || !/^[~-] /.test(line)) return line
  return line.startsWith('- ')
    ? `${line.slice(2, end)} (removed)`
    : line.slice(2, end)
}
