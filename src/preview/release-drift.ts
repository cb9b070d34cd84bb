/**
 * Drift of a Helm release's objects, as Flux's helm-controller detects it:
 * the objects the deployed revision rendered (`helm get manifest`) against
 * the live ones, field by field (rendered-fields.ts says which differences
 * count). One preview entry per object that drifted: `configured` with its
 * fields, or `created` for one deleted since (a sync puts both back only
 * when the add-on changes; `sync` on an unchanged add-on skips it).
 * Secret values are never shown, nor any value of an add-on whose values
 * hold secrets (valuesHoldSecrets).
 */
import { maskedValue } from '../plan/object-diff.js'
import type { ChangePreview } from '../plan/preview.js'
import {
  groupOf,
  refKey,
  refOf,
  subjectOf,
  type KubeJson
} from '../cluster/kube-objects.js'
import { renderedDrift, type FieldDrift } from './rendered-fields.js'
import { deployedObjects, liveObjects } from './release-objects.js'
import type { PreviewOptions } from './diff-exec.js'
import type { AddonStep } from '../plan/plan-types.js'
import { valuesHoldSecrets } from '../plan/step-secrets.js'
import { noneHeld, type HeldSecrets } from '../state/held-secrets.js'

/** Field lines shown per object; the rest are counted. */
export const maxFieldLines = 20

/**
 * The drifted objects of the add-on's release, without any value when its
 * values hold secrets (valuesHoldSecrets), and an object's without its
 * values when `held` says it held secrets at the last sync (a manifest with
 * `force: true` may have taken it over). Throws ReleaseReadError when
 * helm or kubectl fails, UnreachableError when the cluster cannot be
 * reached.
 */
export async function releaseDrift(
  step: Pick<AddonStep, 'addon' | 'namespace'>,
  options: PreviewOptions,
  hideValues = valuesHoldSecrets(step.addon),
  held: HeldSecrets = noneHeld
): Promise<ChangePreview[]> {
  const release = step.addon.name
  const rendered = await deployedObjects(release, step.namespace, options)
  if (rendered.length === 0) return []
  const live = await liveObjects(rendered, options)
  return driftedObjects(rendered, live, release, hideValues, held)
}

/** The preview entries for rendered objects against what was found live. */
export function driftedObjects(
  rendered: readonly KubeJson[],
  live: ReadonlyMap<string, KubeJson>,
  release: string,
  hideValues = false,
  held: HeldSecrets = noneHeld
): ChangePreview[] {
  const changes: ChangePreview[] = []
  for (const object of rendered) {
    const ref = refOf(object)
    const hide = hideValues || held.object(refKey(ref))
    const subject = subjectOf(ref)
    const found = live.get(refKey(ref))
    if (!found) {
      changes.push({
        subject,
        action: 'created',
        message: `rendered by release ${release}, deleted outside Helm`
      })
      continue
    }
    const fields = renderedDrift(object, found)
    if (fields.length === 0) continue
    const secret = ref.kind === 'Secret' && groupOf(ref.apiVersion) === ''
    const managers = [
      ...new Set(fields.flatMap((f) => (f.manager ? [f.manager] : [])))
    ]
    changes.push({
      subject,
      action: 'configured',
      message: `rendered by release ${release}, changed outside Helm${managers.length ? ` (by ${managers.join(', ')})` : ''}`,
      diff: capLines(fields.map((f) => fieldLine(f, secret, hide)))
    })
  }
  return changes
}

/**
 * `~ path: rendered → live`, or `- path` for a field removed; Secret
 * values masked, and every value when `hideValues`.
 */
export function fieldLine(
  field: FieldDrift,
  secret: boolean,
  hideValues = false
): string {
  const masked =
    hideValues ||
    (secret &&
      (field.path.startsWith('data') || field.path.startsWith('stringData')))
  const show = (value: unknown): string =>
    masked ? maskedValue : shortJson(value)
  if (field.live === undefined)
    return `- ${field.path}: ${show(field.rendered)} (removed)`
  return `~ ${field.path}: ${show(field.rendered)} → ${show(field.live)}`
}

/** At most `maxFieldLines` lines, then how many more. */
export function capLines(lines: readonly string[]): string[] {
  if (lines.length <= maxFieldLines) return [...lines]
  return [
    ...lines.slice(0, maxFieldLines),
    `… and ${lines.length - maxFieldLines} more`
  ]
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null'
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
