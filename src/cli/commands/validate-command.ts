/**
 * `clustersync validate [definition|folder] [--ref branch] [--format text|json|github]`:
 * loads the definition with its includes, validates it, prints every
 * diagnostic and exits 0 (valid, warnings allowed) or 1 (invalid). A
 * folder validates every cluster definition in it (validate-fleet.ts).
 */
import { bundledRegistryLookup } from '../../catalog/bundled-lookup.js'
import type { ChartMirror } from '../../definition/chart-mirrors.js'
import type { ClusterDefinition } from '../../definition/definition-types.js'
import {
  hasErrors,
  sortDiagnostics,
  type Diagnostic
} from '../../diagnostics.js'
import {
  booleanOption,
  outputFormat,
  stringOption,
  type ParsedArgs
} from '../args.js'
import type { CliContext, Command } from '../context.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../shared-options.js'
import { gitBranch } from '../git-answers.js'
import { diagnosticsText, writeDiagnostics } from '../write-diagnostics.js'
import { folderTargets } from '../fleet-target.js'
import { writeFleet, type FleetAnswer } from './validate-fleet.js'
import { resolveTarget, type DefinitionTarget } from '../target.js'
import type { ValidationResult } from '../../validate/check-definition.js'
import { chartMirrorOption, chartMirrors } from './cluster-flags.js'
import {
  readSopsAgeKeys,
  warnUnneededKeyProblems,
  type AgeKeys
} from '../sops-keys.js'
import {
  readWorkflowFlags,
  workflowMasking,
  workflowOptions
} from './workflow-flags.js'
import { allVariables } from '../../secrets/cluster-variables.js'
import type { RegistryCredentials } from '../../secrets/registry-credentials.js'

/** The `validate` command, registered in commands/all-commands.ts. */
export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Check a cluster definition and everything it includes; report every problem with file:line:col',
  usage: 'clustersync validate [definition|folder] [flags]',
  options: withGlobalOptions(
    ...definitionOptions,
    formatOption(['text', 'json', 'github']),
    {
      name: 'ref',
      type: 'string',
      valueName: '<branch>',
      description:
        'Branch being validated, for the wrong-branch check (default: the pull request base or pushed branch on GitHub Actions, else the current git branch)'
    },
    {
      name: 'check-charts',
      type: 'boolean',
      description:
        "Also check each add-on's chart_version in its repository's index.yaml (goes to the network; an unreachable repository is a notice)"
    },
    chartMirrorOption,
    {
      name: 'strict-secrets',
      type: 'boolean',
      description:
        'Make plaintext-secret warnings errors (a Secret whose values are not SOPS-encrypted)'
    },
    ...workflowOptions
  ),
  examples: [
    {
      description: 'Validate cluster.yaml in the current folder',
      command: 'clustersync validate'
    },
    {
      description:
        'Validate one cluster of a repository, as a pull request into main would',
      command: 'clustersync validate clusters/prod/cluster.yaml --ref main'
    },
    {
      description: 'Validate every cluster definition under clusters/',
      command: 'clustersync validate clusters'
    },
    {
      description: 'Also check that every chart_version exists, for a script',
      command:
        'clustersync validate -f cluster.yaml --check-charts --format json'
    }
  ],
  run: runValidate
}

async function runValidate(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const format = outputFormat(args)
  const fleet = await folderTargets(args, ctx)
  const keys = await readSopsAgeKeys(ctx)
  // A secret variable's value can reach a message (an object named after it).
  const mask = await workflowMasking(args, ctx)
  if (fleet) {
    const answers: FleetAnswer[] = []
    // One after the other: the output keeps the folder's order, and a
    // large fleet does not hold every definition in memory at once.
    for (const target of fleet) {
      const diagnostics = mask(await validateOne(args, ctx, target, keys))
      answers.push({
        target,
        diagnostics,
        text: diagnosticsText(ctx, format, diagnostics, target.file)
      })
    }
    const code = writeFleet(ctx, format, answers)
    warnUnneededKeyProblems(
      ctx.stderr,
      keys,
      answers.flatMap((a) => a.diagnostics)
    )
    return code
  }
  const target = await resolveTarget(args, ctx)
  const diagnostics = mask(await validateOne(args, ctx, target, keys))
  writeDiagnostics(ctx, format, diagnostics, target.file)
  warnUnneededKeyProblems(ctx.stderr, keys, diagnostics)
  return hasErrors(diagnostics) ? 1 : 0
}

/** Every diagnostic of one definition, with the chart check when asked. */
async function validateOne(
  args: ParsedArgs,
  ctx: CliContext,
  target: DefinitionTarget,
  keys: AgeKeys
): Promise<Diagnostic[]> {
  // validate reports Secrets in plain text (checkTarget), for every definition of a fleet too.
  const result = await checkTarget(args, ctx, target, keys, true)
  if (!result.definition) return result.diagnostics
  // What planning finds (a parent against the waves, an object a wave
  // before its Namespace), as a sync would find it before applying.
  const { buildPlan } = await import('../../plan/build-plan.js')
  const planned = hasErrors(result.diagnostics)
    ? []
    : buildPlan(result.definition).diagnostics
  return sortDiagnostics([
    ...result.diagnostics,
    ...planned,
    ...(booleanOption(args, 'check-charts')
      ? await checkCharts(
          result.definition,
          chartMirrors(args),
          (await readWorkflowFlags(args, ctx)).registryCredentials
        )
      : [])
  ])
}

/**
 * The definition at `target` checked as `validate` and `plan` check it (not
 * as a sync); `keys` (sops-keys.ts) say whether an encrypted file has a key.
 */
export async function checkTarget(
  args: ParsedArgs,
  ctx: CliContext,
  target: DefinitionTarget,
  keys: AgeKeys,
  /** `validate` reports Secrets in plain text; `plan` does not. */
  plaintextSecrets = false
): Promise<ValidationResult> {
  // Loaded per command (cli.ts loads every command's description at start).
  const { checkDefinition } = await import('../../validate/check-definition.js')
  const workflow = await readWorkflowFlags(args, ctx)
  return checkDefinition({
    fs: ctx.fs,
    root: target.root,
    file: target.file,
    ref: await currentRef(args, ctx, target.root),
    mode: 'validate',
    registries: bundledRegistryLookup,
    secrets: {
      plaintextSecrets,
      strictSecrets: booleanOption(args, 'strict-secrets'),
      sopsKeys: keys.identities.length > 0,
      sopsKeyProblems: keys.problems
    },
    variables: allVariables(workflow.variables),
    secretVariableNames: new Set(Object.keys(workflow.variables.secret)),
    // Checked only when credentials were given: offline, nothing is known.
    ...(workflow.registryCredentials
      ? { credentialNames: new Set(workflow.registryCredentials.keys()) }
      : {})
  })
}

/**
 * Opt-in: every add-on's chart_version looked up in its repository's
 * index.yaml (through the chart mirrors, as a sync would fetch it). Network
 * failures are notices, so validation stays deterministic offline.
 */
async function checkCharts(
  definition: ClusterDefinition,
  mirrors: ChartMirror[],
  credentials?: RegistryCredentials
): Promise<Diagnostic[]> {
  const { createNodeHttp } = await import('../../adapters/node-http.js')
  const { checkChartVersions } =
    await import('../../catalog/check-chart-versions.js')
  const { applyChartMirrors } =
    await import('../../definition/chart-mirrors.js')
  const mirrored = applyChartMirrors(definition, mirrors)
  return checkChartVersions(
    mirrored.stacks.flatMap((s) => s.addons),
    createNodeHttp(),
    { timeoutMs: 10_000 },
    credentials
  )
}

/**
 * The ref for the wrong-branch check: `--ref`; on GitHub Actions the pull
 * request's base branch, else the pushed branch; else the checkout's branch.
 */
export async function currentRef(
  args: ParsedArgs,
  ctx: CliContext,
  root: string
): Promise<string | undefined> {
  const flag = stringOption(args, 'ref')
  if (flag !== undefined) return flag
  if (ctx.env.GITHUB_ACTIONS === 'true') {
    const base = ctx.env.GITHUB_BASE_REF
    return base !== undefined && base !== '' ? base : ctx.env.GITHUB_REF_NAME
  }
  return gitBranch(ctx, root)
}
