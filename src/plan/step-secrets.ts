/**
 * Which plan steps' inputs hold secrets: a SOPS-encrypted manifest file or
 * values, or a secret variable. Their objects (or, for an add-on, every
 * object its chart renders) may then hold a secret in any field, so a
 * preview lists their changes without values, and the inventory records
 * the step as holding secrets (state/inventory.ts) for the previews after
 * it: a pull request that drops the encryption must not reveal what the
 * cluster still holds.
 */
import type { Addon } from '../definition/definition-types.js'
import {
  isEncryptedManifest,
  isEncryptedValues
} from '../sops/sops-metadata.js'
import type { PlanStep } from './plan-types.js'

/**
 * True when an add-on's values hold secrets (SOPS-encrypted, or using a
 * secret variable): a chart may render them into any field of any object.
 */
export function valuesHoldSecrets(addon: Addon): boolean {
  return isEncryptedValues(addon.values) || addon.secretDigest !== undefined
}

/** True when the step's objects or release may hold a secret from its inputs. */
export function stepHoldsSecrets(step: PlanStep): boolean {
  return step.kind === 'addon'
    ? valuesHoldSecrets(step.addon)
    : isEncryptedManifest(step) || step.manifest.secretDigest !== undefined
}
