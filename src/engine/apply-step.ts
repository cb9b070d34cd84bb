/**
 * The apply engine: one function per step kind (a manifest's objects through
 * kubectl, an add-on's release through helm), behind one entry point the
 * executor calls. Steps report what they changed; failures carry the partial
 * change set so the result can say what did land.
 */
import type { PlanStep } from '../plan/plan-types.js'
import { applyAddonStep } from './addon-step.js'
import { applyManifestStep } from './manifest-step.js'
import type { ApplyContext, StepApplied } from './step-types.js'

/** Applies one plan step; throws StepFailure (or a ToolError) when it fails. */
export async function applyStep(
  step: PlanStep,
  ctx: ApplyContext
): Promise<StepApplied> {
  return step.kind === 'manifest'
    ? applyManifestStep(step, ctx)
    : applyAddonStep(step, ctx)
}
