/**
 * The Validating phase of a sync: load, validate and plan, as one result
 * that never rejects. Its modules load on first use, so a sync of unchanged
 * files (sync/unchanged-check.ts) never compiles them.
 */
import type { Diagnostic } from '../diagnostics.js'
import { hasErrors } from '../diagnostics.js'
import { getErrorMessage } from '../errors.js'
import type { Plan } from '../plan/plan-types.js'
import type { SyncOptions } from './sync-options.js'
import type { SyncReason } from './sync-result.js'
import { allVariables } from '../secrets/cluster-variables.js'

/** The validated plan and its diagnostics, or why there is none. */
export type Validated =
  | {
      plan: Plan
      diagnostics: Diagnostic[]
      /** Whether the bundled registry catalog may have been consulted. */
      catalogUsed: boolean
    }
  | {
      failed: Extract<SyncReason, 'ValidationFailed' | 'PlanFailed'>
      diagnostics: Diagnostic[]
    }

/** Loads, validates and plans; never rejects. */
export async function validateAndPlan(
  fs: SyncOptions['fs'],
  options: SyncOptions
): Promise<Validated> {
  const registries = options.registries
  // A lookup given as data may have been used; a loader says when it is.
  let catalogUsed = registries !== undefined && typeof registries !== 'function'
  try {
    // Loaded on first use: a sync of unchanged files never needs them, and
    // they are most of ClusterSync's code (see state/unchanged-inputs.ts).
    // One after the other: Jest's ESM loader fails on concurrent imports
    // that share a module (the bundle does not care).
    const { checkDefinition } = await import('../validate/check-definition.js')
    const { buildPlan } = await import('../plan/build-plan.js')
    const { applyChartMirrors } = await import('../definition/chart-mirrors.js')
    const checked = await checkDefinition({
      fs,
      root: options.root,
      file: options.file,
      ...(options.ref ? { ref: options.ref } : {}),
      mode: 'sync',
      secrets: {
        sopsKeys: (options.sopsIdentities?.length ?? 0) > 0,
        ...(options.sopsKeyProblems
          ? { sopsKeyProblems: options.sopsKeyProblems }
          : {})
      },
      ...(options.variables
        ? {
            variables: allVariables(options.variables),
            secretVariableNames: new Set(Object.keys(options.variables.secret))
          }
        : {}),
      // A sync installs the charts: every credential they name must be held.
      credentialNames: new Set(options.helm.credentials?.keys() ?? []),
      // The bundled catalog is not among the recorded inputs: a run that
      // consults it records none (it is then validated every time).
      ...(typeof registries === 'function'
        ? {
            registries: () => {
              catalogUsed = true
              return registries()
            }
          }
        : registries
          ? { registries }
          : {})
    })
    if (!checked.definition) {
      return { failed: 'ValidationFailed', diagnostics: checked.diagnostics }
    }
    const plan = buildPlan(
      applyChartMirrors(checked.definition, options.chartMirrors ?? [])
    )
    const diagnostics = [...checked.diagnostics, ...plan.diagnostics]
    if (hasErrors(plan.diagnostics))
      return { failed: 'PlanFailed', diagnostics }
    return { plan, diagnostics, catalogUsed }
  } catch (error) {
    return {
      failed: 'PlanFailed',
      diagnostics: [
        {
          severity: 'error',
          code: 'plan-failed',
          message: getErrorMessage(error)
        }
      ]
    }
  }
}
