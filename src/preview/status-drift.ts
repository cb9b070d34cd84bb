/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied (read in
 * bulk and judged by the fields ClusterSync owns, live-state.ts; those not
 * as applied are confirmed by the client's `diffServerSide`: dry-runs over
 * the API channel, one `kubectl diff --server-side` over processes). Both
 * name objects as kubectl diff does. Only names are reported, never the
 * diff itself (Secret values stay out of the output). The unchanged
 * add-ons' releases are compared too when helm can be run: the objects
 * each rendered against the live ones (release-drift.ts), with the fields
 * changed outside Helm (Secret values masked). A SOPS-encrypted manifest's
 * objects are compared decrypted, with the run's age identities, through
 * the sync's own decryption; without a key that opens it, the step is
 * listed as not compared (ciphertext dry-run would be refused, and would
 * make every other object's drift unknown too).
 */
import type { Plan } from '../plan/plan-types.js'
import type { Inventory } from '../state/inventory.js'
import { moveLegacyStepIds } from '../state/inventory-ids.js'
import type { ClusterClient, LiveDiff } from '../cluster/cluster-client.js'
import {
  appliedDocument,
  refKey,
  refOf,
  type KubeJson
} from '../cluster/kube-objects.js'
import { readLiveState, removesItself } from '../cluster/live-state.js'
import { getErrorMessage, trimOutput } from '../errors.js'
import type { AddonStep, ManifestStep } from '../plan/plan-types.js'
import {
  isEncryptedManifest,
  isEncryptedValues
} from '../sops/sops-metadata.js'
import {
  decryptedAddonValues,
  decryptedManifestBodies,
  DecryptFailure
} from '../engine/decrypt-step.js'
import type { PreviewOptions } from './diff-exec.js'
import { noKeyReason } from './preview-decrypt.js'
import { withBodies } from './diff.js'
import { releaseDrift } from './release-drift.js'
import { compareRelease } from './diff-release.js'
import { ReleaseReadError } from './release-objects.js'

/** What `status` says about drift. */
export interface DriftReport {
  /**
   * Steps a sync would apply: the definition changed them since they were
   * last applied, they are new, removed (to prune), or not applied by the
   * last sync that ran them (`notApplied`). Their objects are not compared.
   */
  pending: string[]
  /**
   * The pending steps the last sync that ran them did not apply (failed,
   * or cut off): the inventory keeps no digest for them, so whether their
   * definition changed is unknown.
   */
  notApplied?: string[]
  /** Live objects that differ from the definition (`Kind.group ns/name` as kubectl names them). */
  drifted: string[]
  /** Set when the diff could not be computed. */
  error?: string
  /**
   * Objects an add-on's release rendered that changed outside Helm (only
   * when some did, or a release could not be compared).
   */
  releases?: ReleaseDrift[]
  /** Encrypted manifest steps whose objects were not compared, and why. */
  notCompared?: NotCompared[]
}

/** A step left out of the comparison. */
export interface NotCompared {
  step: string
  /** No key, or why the file could not be decrypted (never a value). */
  reason: string
}

/** How `detectDrift` reads what it cannot read from the plan alone. */
export interface DriftOptions {
  /** How to run helm; without it releases are not compared. */
  releases?: PreviewOptions
  /**
   * The run's age identities and masking, to open encrypted manifests;
   * without identities those steps are not compared.
   */
  keys?: Pick<PreviewOptions, 'sops' | 'noKeyHint'>
}

/** One release's drift, as `status` reports it. */
export interface ReleaseDrift {
  /** `helm:<namespace>/<release>`. */
  release: string
  /**
   * The release itself against the add-on, as `plan` and the drift check
   * compare it: changed with helm outside the definition (chart or value
   * paths, values masked; a status other than deployed), or `created`
   * when it is gone. Absent when it matches.
   */
  helm?: {
    action: string
    fields?: string[]
    message?: string
  }
  objects: {
    /** `Kind/namespace/name`. */
    subject: string
    /** `configured` (fields changed) or `created` (deleted since). */
    action: string
    /** `~ path: rendered → live`; Secret values masked. */
    fields?: string[]
  }[]
  /** Why the release could not be compared. */
  error?: string
}

/** Compares the live cluster with `plan` for the steps `inventory` says are applied. */
export async function detectDrift(
  plan: Plan,
  read: Inventory,
  kubectl: ClusterClient,
  applySetId: string,
  options: DriftOptions = {}
): Promise<DriftReport> {
  // Steps recorded under old manifest names are not pending work.
  const inventory = moveLegacyStepIds(read, plan)
  const recorded = new Map(inventory.steps.map((s) => [s.id, s]))
  const pending: string[] = []
  const bodies: KubeJson[] = []
  const addons: AddonStep[] = []
  const notCompared: NotCompared[] = []
  const notApplied: string[] = []
  for (const step of plan.steps) {
    const digest = recorded.get(step.id)?.digest
    if (digest !== step.digest) {
      pending.push(step.id)
      if (digest === '') notApplied.push(step.id)
      continue
    }
    if (step.kind === 'addon') addons.push(step)
    if (step.kind !== 'manifest') continue
    const opened = isEncryptedManifest(step)
      ? await openStep(step, options.keys ?? {})
      : step
    if ('reason' in opened) {
      notCompared.push({ step: step.id, reason: opened.reason })
      continue
    }
    for (const o of opened.objects) bodies.push(appliedDocument(o, applySetId))
  }
  const removed = inventory.steps
    .filter((s) => !plan.steps.some((p) => p.id === s.id))
    .map((s) => s.id)
  for (const r of removed) pending.push(r)
  const [objects, releases] = await Promise.all([
    bodies.length === 0 ? { drifted: [] } : liveDrift(kubectl, bodies),
    options.releases
      ? addonDrift(addons, {
          ...options.releases,
          ...(options.keys?.sops ? { sops: options.keys.sops } : {}),
          kubectl
        })
      : []
  ])
  return {
    pending,
    ...objects,
    ...(releases.length > 0 ? { releases } : {}),
    ...(notCompared.length > 0 ? { notCompared } : {}),
    ...(notApplied.length > 0 ? { notApplied } : {})
  }
}

/**
 * The encrypted step with its objects decrypted (every plaintext given to
 * the keys' masking), or why it cannot be compared.
 */
async function openStep(
  step: ManifestStep,
  keys: Pick<PreviewOptions, 'sops' | 'noKeyHint'>
): Promise<ManifestStep | { reason: string }> {
  if (!keys.sops?.identities.length) return { reason: noKeyReason(keys) }
  try {
    return withBodies(step, await decryptedManifestBodies(step, keys.sops))
  } catch (error) {
    if (!(error instanceof DecryptFailure)) throw error
    return { reason: `not compared: ${error.message}` }
  }
}

/**
 * The releases of `addons` whose rendered objects drifted, in plan order;
 * a few compared at once (each mostly waits on helm and the API server).
 */
async function addonDrift(
  addons: readonly AddonStep[],
  options: PreviewOptions
): Promise<ReleaseDrift[]> {
  const results: (ReleaseDrift | undefined)[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < addons.length) {
      const i = next++
      results[i] = await compareAddon(addons[i] as AddonStep, options)
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency, addons.length) }, worker)
  )
  return results.filter((r): r is ReleaseDrift => r !== undefined)
}

/** One release's drift; undefined when it has none. */
async function compareAddon(
  step: AddonStep,
  options: PreviewOptions
): Promise<ReleaseDrift | undefined> {
  const release = `helm:${step.namespace}/${step.addon.name}`
  try {
    const own = await releaseChange(step, options)
    // Gone: nothing rendered is left to compare.
    if (own?.action === 'created') return { release, helm: own, objects: [] }
    const changes = await releaseDrift(step, options)
    if (changes.length === 0 && !own) return undefined
    return {
      release,
      ...(own ? { helm: own } : {}),
      objects: changes.map((c) => ({
        subject: c.subject,
        action: c.action,
        ...(c.diff ? { fields: c.diff } : {})
      }))
    }
  } catch (error) {
    if (!(error instanceof ReleaseReadError)) throw error
    return { release, objects: [], error: error.message }
  }
}

/**
 * The release against the add-on (compareRelease: chart, value paths,
 * status), when they differ. Encrypted values are compared decrypted with
 * the run's keys; without a key only chart and status are.
 */
async function releaseChange(
  step: AddonStep,
  options: PreviewOptions
): Promise<ReleaseDrift['helm']> {
  let values: Record<string, unknown> | undefined = step.addon.values
  const encrypted = isEncryptedValues(values)
  if (encrypted) {
    const keys = options.sops
    if (!keys?.identities.length) values = undefined
    else {
      try {
        values = await decryptedAddonValues(step, keys)
      } catch (error) {
        if (!(error instanceof DecryptFailure)) throw error
        values = undefined
      }
    }
  }
  const found = await compareRelease(step, values ?? {}, options)
  // Without the values, only what is not a value path counts.
  const fields = (found.diff ?? []).filter(
    (line) => values !== undefined || !/^. values\b/.test(line)
  )
  if (found.action === 'unchanged') return undefined
  if (found.action === 'configured' && fields.length === 0 && !found.message)
    return undefined
  return {
    action: found.action,
    ...(fields.length > 0 ? { fields } : {}),
    ...(found.message ? { message: found.message } : {})
  }
}

/**
 * The objects read in bulk and judged (live-state.ts); only those that are
 * not as ClusterSync applied them are dry-run, so a value the server
 * normalises differently is not reported as drift.
 */
async function liveDrift(
  kubectl: ClusterClient,
  bodies: readonly KubeJson[]
): Promise<LiveDiff> {
  let live
  try {
    // Every step compared here was applied as it is now.
    const gone = new Set(
      bodies.filter(removesItself).map((b) => refKey(refOf(b)))
    )
    live = await readLiveState(kubectl, bodies, [], gone)
  } catch (error) {
    return { drifted: [], error: trimOutput(getErrorMessage(error), 3) }
  }
  const doubtful = bodies.filter((b) => !live.unchanged(refOf(b)))
  if (doubtful.length === 0) return { drifted: [] }
  return kubectl.diffServerSide(doubtful)
}
