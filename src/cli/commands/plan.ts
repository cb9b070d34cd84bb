/**
 * `clustersync plan [definition] [--kubeconfig file] [--context name]
 * [--live|--no-live] [--format text|json|github]`: validates the definition
 * and prints the ordered plan. With a cluster (a kubeconfig from the flag or
 * KUBECONFIG, or `--live`) it also shows what would change there, found with
 * server-side dry-runs; nothing is applied. Exit 0 planned, 1 invalid,
 * 2 usage, 3 cluster unreachable.
 */
import { defaultPreviewOptions, previewPlan } from '../../apply/diff.js'
import { previewPrune } from '../../apply/diff-prune.js'
import { readInventory } from '../../apply/inventory.js'
import { KubectlClient, defaultKubectlConfig } from '../../apply/kubectl.js'
import { bundledRegistryLookup } from '../../catalog/bundled-lookup.js'
import { hasErrors } from '../../diagnostics.js'
import { buildPlan } from '../../plan/build-plan.js'
import { applyChartMirrors } from '../../definition/chart-mirrors.js'
import { chartMirrorOption, chartMirrors } from './cluster-flags.js'
import { renderPreviewJson, renderPreviewText } from '../../plan/preview.js'
import { renderPlanJson, renderPlanText } from '../../plan/render-plan.js'
import type { Plan } from '../../plan/types.js'
import { checkDefinition } from '../../validate/validate.js'
import {
  booleanOption,
  outputFormat,
  stringOption,
  type ParsedArgs
} from '../args.js'
import type { CliContext, Command } from '../context.js'
import { formatGithub } from '../../report/diagnostics-format.js'
import { writeDiagnostics } from '../write-diagnostics.js'
import { resolveTarget } from '../target.js'
import { currentRef } from './validate.js'

/** The `plan` command, registered in commands/index.ts. */
export const planCommand: Command = {
  name: 'plan',
  summary:
    'Show the order steps will be applied in and why; with a kubeconfig, what would change on the cluster',
  usage:
    'clustersync plan [definition] [-f path] [--root dir] [--kubeconfig file] [--context name] [--live|--no-live] [--format text|json|github]',
  options: [
    {
      name: 'kubeconfig',
      type: 'string',
      description:
        'Kubeconfig of the cluster to compare with (default: KUBECONFIG); turns on the live preview'
    },
    {
      name: 'context',
      type: 'string',
      description: 'Kubeconfig context (default: its current context)'
    },
    {
      name: 'live',
      type: 'boolean',
      description:
        'Compare with the cluster (default: on when a kubeconfig is given); --no-live plans offline'
    },
    {
      name: 'ref',
      type: 'string',
      description: 'Branch being planned, for the wrong-branch check'
    },
    chartMirrorOption
  ],
  run: runPlan
}

async function runPlan(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const target = await resolveTarget(args, ctx)
  const format = outputFormat(args)
  const result = await checkDefinition({
    fs: ctx.fs,
    root: target.root,
    file: target.file,
    ref: await currentRef(args, ctx, target.root),
    mode: 'validate',
    registries: bundledRegistryLookup
  })
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
  const kubeconfig =
    stringOption(args, 'kubeconfig') ?? nonEmpty(ctx.env.KUBECONFIG)
  const live = booleanOption(args, 'live', kubeconfig !== undefined)
  const context = stringOption(args, 'context')
  const connection = {
    ...(kubeconfig ? { kubeconfig } : {}),
    ...(context ? { context } : {})
  }
  // The prune list comes from the inventory the sync keeps in the cluster,
  // read with the sync's own client so both see the same record.
  const kubectl = new KubectlClient(ctx.exec, ctx.clock, {
    ...defaultKubectlConfig(),
    ...connection
  })
  const preview = live
    ? await previewPlan(plan, {
        ...defaultPreviewOptions(ctx.exec),
        ...connection,
        loadPrune: async () =>
          previewPrune(plan, await readInventory(kubectl, plan.cluster))
      })
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
