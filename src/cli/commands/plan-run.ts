/** What `clustersync plan` does (plan.ts describes the command). */
import { previewLive } from '../../preview/preview-live.js'
import { hasErrors } from '../../diagnostics.js'
import { buildPlan } from '../../plan/build-plan.js'
import { applyChartMirrors } from '../../definition/chart-mirrors.js'
import { chartMirrors } from './cluster-flags.js'
import { renderPreviewJson, renderPreviewText } from '../../plan/preview.js'
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
import { writeDiagnostics } from '../write-diagnostics.js'
import { resolveTarget } from '../target.js'
import { checkTarget } from './validate-command.js'

export async function runPlan(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  const target = await resolveTarget(args, ctx)
  const format = outputFormat(args)
  const result = await checkTarget(args, ctx, target)
  if (!result.definition || hasErrors(result.diagnostics)) {
    writeDiagnostics(ctx, format, result.diagnostics, target.file)
    return 1
  }
  const built = buildPlan(
    applyChartMirrors(result.definition, chartMirrors(args))
  )
  // Validation warnings belong with the plan, so they are shown where the
  // plan is read (and in JSON, in the same document).
  const plan: Plan = {
    ...built,
    diagnostics: [...result.diagnostics, ...built.diagnostics]
  }
  if (hasErrors(plan.diagnostics)) {
    writeDiagnostics(ctx, format, plan.diagnostics, target.file)
    return 1
  }
  // As for sync (cluster-flags.ts): the flag is passed on, KUBECONFIG is
  // read from the environment by kubectl, helm and the direct channel.
  const kubeconfig = nonEmpty(stringOption(args, 'kubeconfig'))
  const live = booleanOption(
    args,
    'live',
    kubeconfig !== undefined || nonEmpty(ctx.env.KUBECONFIG) !== undefined
  )
  const context = stringOption(args, 'context')
  const preview = live
    ? await previewLive(plan, ctx, { kubeconfig, context }, (line) =>
        ctx.stderr.write(`warning: ${line}\n`)
      )
    : undefined

  if (format === 'json') {
    const json = JSON.parse(renderPlanJson(plan)) as Record<string, unknown>
    if (preview) json.preview = JSON.parse(renderPreviewJson(preview))
    ctx.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  }
  if (format === 'github') ctx.stdout.write(formatGithub(plan.diagnostics))
  ctx.stdout.write(renderPlanText(plan))
  if (preview) ctx.stdout.write(`\n${renderPreviewText(preview)}`)
  return 0
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
