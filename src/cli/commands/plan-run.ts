/** What `clustersync plan` does (plan.ts describes the command). */
import { previewLive } from '../../preview/preview-live.js'
import { createCliLogger, type CliLogger } from '../../adapters/cli-logger.js'
import { scrubStrings } from '../../secrets/scrub-strings.js'
import {
  readSopsAgeKeys,
  warnUnneededKeyProblems,
  type AgeKeys
} from '../sops-keys.js'
import { hasErrors, type Diagnostic } from '../../diagnostics.js'
import { UsageError } from '../../errors.js'
import { buildPlan } from '../../plan/build-plan.js'
import { applyChartMirrors } from '../../definition/chart-mirrors.js'
import { chartMirrors } from './cluster-flags.js'
import {
  renderPreviewJson,
  renderPreviewText,
  type PlanPreview
} from '../../plan/preview.js'
import { renderPlanJson, renderPlanText } from '../../plan/render-plan.js'
import type { Plan } from '../../plan/plan-types.js'
import {
  booleanOption,
  outputFormat,
  stringOption,
  type ParsedArgs
} from '../args.js'
import type { CliContext } from '../context.js'
import { formatGithub } from '../../report/diagnostics-format.js'
import { diagnosticsText, writeDiagnostics } from '../write-diagnostics.js'
import { folderTargets, type FleetTarget } from '../fleet-target.js'
import { resolveTarget, type DefinitionTarget } from '../target.js'
import { checkTarget } from './validate-command.js'
import { readWorkflowFlags, workflowMasking } from './workflow-flags.js'
import { writeFleet, type FleetAnswer } from './validate-fleet.js'
import { pruneOptionsFrom } from './sync-flags.js'
import type { PruneOptions } from '../../engine/engine-options.js'

/** `--detailed-exitcode`: the cluster would change, or has drifted. */
export const changesExitCode = 4

export async function runPlan(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  const format = outputFormat(args)
  const fleet = await folderTargets(args, ctx)
  // Read once: validation and the live preview see the same keys.
  const keys = await readSopsAgeKeys(ctx)
  if (fleet) return planFleet(args, ctx, fleet, keys)
  const target = await resolveTarget(args, ctx)
  const detailed = booleanOption(args, 'detailed-exitcode')
  // As for sync (cluster-flags.ts): the flag is passed on, KUBECONFIG is
  // read from the environment by kubectl, helm and the direct channel.
  const kubeconfig = nonEmpty(stringOption(args, 'kubeconfig'))
  const live = booleanOption(
    args,
    'live',
    kubeconfig !== undefined || nonEmpty(ctx.env.KUBECONFIG) !== undefined
  )
  // Checked before anything is read: without a cluster, "nothing to
  // change" would be a guess, and a script would act on it.
  if (detailed && !live) {
    throw new UsageError(
      '--detailed-exitcode compares with a cluster: give --kubeconfig (or set KUBECONFIG) and leave out --no-live'
    )
  }
  // Masks what the flags and the preview say is secret (secret variables,
  // passwords, decrypted values) on both outputs: an object may be named
  // after a variable, and a server's refusal quotes values.
  const logger = createCliLogger(ctx.stderr)
  await readWorkflowFlags(args, ctx, logger)
  const planned = await planOne(args, ctx, target, keys)
  if (!planned.plan) {
    const shown = scrubStrings(planned.diagnostics, logger.redact)
    writeDiagnostics(ctx, format, shown as Diagnostic[], target.file)
    return 1
  }
  const { plan } = planned
  const context = stringOption(args, 'context')
  const preview = live
    ? await previewWithKeys(plan, args, ctx, keys, logger, {
        kubeconfig,
        context,
        kubectl: nonEmpty(stringOption(args, 'kubectl')),
        helm: nonEmpty(stringOption(args, 'helm')),
        // The root: add-ons whose chart is a folder are rendered from it.
        root: target.root,
        prune: pruneOptionsFrom(args)
      })
    : undefined

  if (format === 'json') {
    const json = JSON.parse(renderPlanJson(plan)) as Record<string, unknown>
    if (preview) json.preview = JSON.parse(renderPreviewJson(preview))
    const masked = scrubStrings(json, logger.redact)
    ctx.stdout.write(`${JSON.stringify(masked, null, 2)}\n`)
  } else {
    const write = (text: string) => ctx.stdout.write(logger.redact(text))
    if (format === 'github') write(formatGithub(plan.diagnostics))
    write(renderPlanText(plan))
    if (preview) write(`\n${renderPreviewText(preview)}`)
  }
  warnUnneededKeyProblems(ctx.stderr, keys, plan.diagnostics)
  return detailed && preview ? detailedExitCode(preview) : 0
}

/**
 * The live preview with the age identities and registry logins a sync
 * would use (sops-keys.ts, --registry-credentials), so encrypted steps and
 * charts behind a password are compared too; warnings go through a logger
 * that masks every decrypted value and password.
 */
async function previewWithKeys(
  plan: Plan,
  args: ParsedArgs,
  ctx: CliContext,
  keys: AgeKeys,
  logger: CliLogger,
  target: {
    kubeconfig?: string
    context?: string
    kubectl?: string
    helm?: string
    root: string
    prune: PruneOptions
  }
): Promise<PlanPreview> {
  const { registryCredentials } = await readWorkflowFlags(args, ctx, logger)
  return previewLive(
    plan,
    ctx,
    {
      ...target,
      ...(registryCredentials ? { credentials: registryCredentials } : {}),
      sops: {
        identities: keys.identities,
        problems: keys.problems,
        mask: (secret) => logger.mask(secret)
      },
      noKeyHint: 'set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE'
    },
    (line) => logger.warning(line)
  )
}

/**
 * 1 when some object could not be compared (the answer is incomplete),
 * 4 when anything would be created, changed or pruned, else 0.
 */
function detailedExitCode(preview: PlanPreview): number {
  const c = preview.counts
  if (c.failed > 0) return 1
  return c.created + c.configured + c.pruned > 0 ? changesExitCode : 0
}

/** The validated plan of one definition, or the diagnostics that stop it. */
async function planOne(
  args: ParsedArgs,
  ctx: CliContext,
  target: DefinitionTarget,
  keys: AgeKeys
): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  const result = await checkTarget(args, ctx, target, keys)
  if (!result.definition || hasErrors(result.diagnostics)) {
    return { diagnostics: result.diagnostics }
  }
  const built = buildPlan(
    applyChartMirrors(result.definition, chartMirrors(args))
  )
  // Validation warnings belong with the plan, so they are shown where the
  // plan is read (and in JSON, in the same document).
  const diagnostics = [...result.diagnostics, ...built.diagnostics]
  if (hasErrors(diagnostics)) return { diagnostics }
  return { plan: { ...built, diagnostics }, diagnostics }
}

/**
 * Plans every cluster of a folder, offline: each cluster has its own
 * kubeconfig, so comparing them all with one cluster would be wrong.
 */
async function planFleet(
  args: ParsedArgs,
  ctx: CliContext,
  fleet: FleetTarget[],
  keys: AgeKeys
): Promise<number> {
  const asked = ['kubeconfig', 'context', 'live', 'detailed-exitcode'].find(
    (flag) => args.options[flag] !== undefined && args.options[flag] !== false
  )
  if (asked !== undefined) {
    throw new UsageError(
      `--${asked} compares with one cluster, and a folder holds every cluster's definition: plan each definition with its own kubeconfig`
    )
  }
  const format = outputFormat(args)
  const answers: FleetAnswer[] = []
  for (const target of fleet) {
    const { plan, diagnostics } = await planOne(args, ctx, target, keys)
    answers.push({
      target,
      diagnostics,
      text: plan
        ? `${format === 'github' ? formatGithub(diagnostics) : ''}${renderPlanText(plan)}`
        : diagnosticsText(ctx, format, diagnostics, target.file),
      ...(plan
        ? { json: { plan: JSON.parse(renderPlanJson(plan)) as unknown } }
        : {})
    })
  }
  const mask = await workflowMasking(args, ctx)
  const code = writeFleet(ctx, format, mask(answers))
  warnUnneededKeyProblems(
    ctx.stderr,
    keys,
    answers.flatMap((a) => a.diagnostics)
  )
  return code
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
