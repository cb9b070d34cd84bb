/**
 * What the Action runs once it has reported the start: validation, a plan
 * (pull requests, schedules), or a sync. Validate and plan are computed here
 * from the shared core (checkDefinition, buildPlan, the plan renderers); a
 * sync is delegated whole to the sync runner given by the composition root
 * (the same prepare-and-apply the CLI runs), which hands back the plan it
 * applied for the check run to show.
 */
import { allVariables } from '../secrets/cluster-variables.js'
import type { SecretInputs } from '../secrets/secret-inputs.js'
import { plural } from '../plural.js'
import { bundledRegistryLookup } from '../catalog/bundled-lookup.js'
import { hasErrors, type Diagnostic } from '../diagnostics.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { buildPlan } from '../plan/build-plan.js'
import {
  applyChartMirrors,
  type ChartMirror
} from '../definition/chart-mirrors.js'
import { renderPreviewText, type PlanPreview } from '../plan/preview.js'
import { renderPlanMermaid, renderPlanText } from '../plan/render-plan.js'
import type { Plan } from '../plan/plan-types.js'
import type { RenderedPlan } from '../report/sections.js'
import type { FileSystem } from '../ports/fs.js'
import type { Phase, SyncMetadata, SyncResult } from '../sync/sync-result.js'
import { checkDefinition } from '../validate/check-definition.js'
import { describeDrift, type DriftCheck } from './drift-check.js'
import type { Trigger } from './event.js'
import { countDrift, type DriftCount } from './drift-verdict.js'

export interface EngineRequest {
  root: string
  definition: string
  trigger: Trigger
  kubeconfigPath?: string
  metadata: SyncMetadata
  onPhase: (phase: Phase, detail?: string) => Promise<void>
}

export interface EngineOutcome {
  result: SyncResult
  plan?: Plan
  planRendered?: RenderedPlan
  /** What a comparison with the live cluster found (drift checks, live plans). */
  drift?: DriftCount
  /**
   * The run was stopped (cancelled, out of time) and its work abandoned,
   * not ended: helm and kubectl processes may still run (main.ts exits).
   */
  abandoned?: true
}

export interface Engine {
  run(request: EngineRequest): Promise<EngineOutcome>
  /** Runs even when the definition file is missing (it reports something else). */
  runsWithoutDefinition?: boolean
}

/** Runs a sync; resolves with its result (user errors are results) and the plan it applied. */
export type SyncRunner = (
  request: EngineRequest
) => Promise<{ result: SyncResult; plan?: Plan }>

const zero = { applied: 0, unchanged: 0, pruned: 0, failed: 0, skipped: 0 }

/** The result for a run with nothing to sync (neutral, Not Configured). */
export function notConfigured(metadata: SyncMetadata, why: string): SyncResult {
  return {
    status: 'not-configured',
    reason: 'NotConfigured',
    phase: 'Fetching',
    metadata,
    diagnostics: [],
    steps: [],
    counts: { ...zero },
    summary: why
  }
}

/**
 * The engine of a run whose inputs are wrong (inputs.ts readInputsChecked):
 * nothing is validated or applied; the run fails in Validating with each
 * bad input as an error, on the check run and the commit like any other
 * mistake in the repository.
 */
export function refusingEngine(problems: readonly Error[]): Engine {
  return {
    runsWithoutDefinition: true,
    async run(request) {
      await request.onPhase('Validating')
      return {
        result: {
          status: 'error',
          reason: 'ValidationFailed',
          phase: 'Validating',
          metadata: request.metadata,
          diagnostics: problems.map((problem) => ({
            severity: 'error',
            code: 'invalid-input',
            message: `${problem.message} (fix it in the workflow's \`with:\`)`
          })),
          steps: [],
          counts: { ...zero },
          summary: `${plural(problems.length, 'invalid input')}: ${problems.map((p) => p.message).join('; ')}`
        }
      }
    }
  }
}

/** What the workflow adds to a validation or plan (secrets/secret-inputs.ts). */
export interface PlanInputs {
  variables?: Readonly<Record<string, string>>
  /** Which of `variables` are secret (kept out of step digests in clear). */
  secretVariableNames?: ReadonlySet<string>
  /** Only when credentials were given: a fork's pull request gets none. */
  credentialNames?: ReadonlySet<string>
  /** Whether `sops-age-key` was given (no sops-no-key warning then). */
  secrets?: { sopsKeys: boolean }
}

/** The PlanInputs of the Action's inputs. */
export function planInputs(
  inputs: SecretInputs & { sopsAgeKeys: readonly string[] }
): PlanInputs {
  const { registryCredentials } = inputs
  return {
    variables: allVariables(inputs.variables),
    secretVariableNames: new Set(Object.keys(inputs.variables.secret)),
    secrets: { sopsKeys: inputs.sopsAgeKeys.length > 0 },
    ...(registryCredentials.size > 0
      ? { credentialNames: new Set(registryCredentials.keys()) }
      : {})
  }
}

/**
 * The engine: validate and plan here; sync through `sync`. Plans are
 * offline (the definition's steps, order and stages); pull requests from
 * forks get the same, since they never see the cluster. A sync validates
 * and plans once, inside the sync (so a sync of unchanged files skips it).
 */
export function createEngine(
  fs: FileSystem,
  sync: SyncRunner,
  drift?: DriftCheck,
  chartMirrors: readonly ChartMirror[] = [],
  workflow: PlanInputs = {}
): Engine {
  return {
    async run(request) {
      const { trigger, metadata } = request
      await request.onPhase('Validating')
      if (trigger.mode === 'sync') {
        const { result, plan } = await sync(request)
        return {
          result,
          ...(plan
            ? {
                plan,
                planRendered: {
                  mermaid: renderPlanMermaid(plan),
                  text: renderPlanText(plan)
                }
              }
            : {})
        }
      }
      const checked = await checkDefinition({
        fs,
        root: request.root,
        file: request.definition,
        ref: trigger.branch,
        mode: 'validate',
        registries: bundledRegistryLookup,
        ...workflow
      })
      const base = {
        metadata,
        diagnostics: checked.diagnostics,
        steps: [],
        counts: { ...zero }
      }
      if (!checked.definition || hasErrors(checked.diagnostics)) {
        const errors = checked.diagnostics.filter(
          (d) => d.severity === 'error'
        ).length
        return {
          result: {
            ...base,
            status: 'error',
            reason: 'ValidationFailed',
            phase: 'Validating',
            summary: `${plural(errors, 'validation error')} in the definition`
          }
        }
      }
      metadata.cluster = checked.definition.name
      if (trigger.mode === 'validate') {
        return {
          result: {
            ...base,
            status: 'synced',
            reason: 'Succeeded',
            phase: 'Completed',
            summary: 'the definition is valid'
          }
        }
      }
      const plan = buildPlan(
        applyChartMirrors(checked.definition, chartMirrors)
      )
      const diagnostics = [...checked.diagnostics, ...plan.diagnostics]
      const planned = hasErrors(plan.diagnostics)
      // With the cluster at hand (schedules; pull requests from this
      // repository when a kubeconfig is given) the plan says what would
      // change there. Forks never get here: they have no kubeconfig.
      if (drift) {
        return checkDrift(plan, drift, base, request)
      }
      // A drift check without a cluster has nothing to compare with: an
      // offline plan would read as a check that found no drift.
      if (trigger.source === 'schedule') {
        return {
          result: notConfigured(
            metadata,
            'no credentials: a drift check compares with the live cluster; set the kubeconfig input from a secret'
          )
        }
      }
      await request.onPhase('Completed')
      return {
        plan,
        planRendered: {
          mermaid: renderPlanMermaid(plan),
          text: renderPlanText(plan)
        },
        result: {
          ...base,
          diagnostics,
          status: planned ? 'error' : 'synced',
          reason: planned ? 'PlanFailed' : 'Succeeded',
          phase: 'Completed',
          summary: `plan: ${plural(plan.steps.length, 'step')} in ${plural(plan.stages.length, 'stage')}`
        }
      }
    }
  }
}

/** The scheduled run: the plan compared with the live cluster. */
async function checkDrift(
  plan: Plan,
  drift: DriftCheck,
  base: Pick<SyncResult, 'metadata' | 'diagnostics' | 'steps' | 'counts'>,
  request: EngineRequest
): Promise<EngineOutcome> {
  const planned = {
    mermaid: renderPlanMermaid(plan),
    text: renderPlanText(plan)
  }
  // A kubeconfig that cannot name the cluster is the user's to fix, not a
  // cluster that is away: found before the comparison is announced, so the
  // run ends where it was found, at Validating.
  const refused = await drift.refusal?.()
  if (refused) return failedDrift(plan, planned, base, refused)
  await request.onPhase(
    'Applying',
    'comparing with the live cluster (nothing is applied)'
  )
  try {
    const preview = await drift(plan)
    await request.onPhase('Completed')
    const summary = describeDrift(
      preview,
      request.trigger.source === 'schedule'
    )
    // An object the sync would fail on (a field another manager owns, a
    // chart version the repository lacks) or that could not be compared
    // makes the plan fail: a green check on a pull request whose merge
    // fails, or a drift check that cannot vouch for the cluster, misleads.
    const failures = failedChanges(plan, preview)
    return {
      plan,
      drift: countDrift(preview),
      planRendered: {
        ...planned,
        changes: renderPreviewText(preview)
      },
      result:
        failures.length > 0
          ? {
              ...base,
              diagnostics: [...base.diagnostics, ...failures],
              status: 'error',
              reason: 'PlanFailed',
              phase: 'Completed',
              summary: `${summary}: ${plural(failures.length, 'object')} would fail to apply or could not be compared (see the plan)`
            }
          : {
              ...base,
              status: 'synced',
              reason: 'Succeeded',
              phase: 'Completed',
              summary
            }
    }
  } catch (error) {
    return failedDrift(plan, planned, base, error)
  }
}

/** Most failed objects named as diagnostics; the plan lists them all. */
const failuresNamed = 50

/**
 * One error per object of the preview that failed (at most
 * `failuresNamed`), placed at the line of the step that declares it, so the
 * check run annotates the definition there.
 */
function failedChanges(plan: Plan, preview: PlanPreview): Diagnostic[] {
  const sources = new Map(plan.steps.map((s) => [s.id, s.source]))
  return preview.steps
    .flatMap((step) =>
      step.changes
        .filter((c) => c.action === 'failed')
        .map((c): Diagnostic => {
          const source = sources.get(step.step)
          return {
            severity: 'error',
            code: 'plan-object-failed',
            message: `${step.step}: ${c.subject}: ${c.message ?? 'could not be compared'}`,
            ...(source ? { file: source.file, line: source.line } : {})
          }
        })
    )
    .slice(0, failuresNamed)
}

/**
 * The drift check's failure, keeping the offline plan: a refused
 * kubeconfig is ValidationFailed, anything else a cluster that could not
 * be read.
 */
function failedDrift(
  plan: Plan,
  planned: NonNullable<EngineOutcome['planRendered']>,
  base: Pick<SyncResult, 'metadata' | 'diagnostics' | 'steps' | 'counts'>,
  error: unknown
): EngineOutcome {
  const refused = error instanceof ConfigurationError
  return {
    plan,
    planRendered: planned,
    result: {
      ...base,
      status: 'error',
      reason: refused ? 'ValidationFailed' : 'ClusterUnreachable',
      phase: refused ? 'Validating' : 'Applying',
      summary: `could not compare with the cluster: ${getErrorMessage(error)}`
    }
  }
}
