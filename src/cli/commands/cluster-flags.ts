/**
 * Flags shared by the commands that talk to a cluster (`sync`, `status`):
 * which kubeconfig and context, which kubectl and helm binaries. The
 * kubeconfig comes from --kubeconfig or KUBECONFIG and is required, so a
 * sync never lands on whatever cluster a default kubeconfig points at.
 * --kubeconfig is passed on to kubectl and helm as the flag; KUBECONFIG is
 * left in their environment, where they read it themselves (a list of files
 * is merged by them as by the direct channel; kubeconfig-merge.ts).
 */
import { randomBytes } from 'node:crypto'
import { hostname, userInfo } from 'node:os'
import {
  parseChartMirror,
  type ChartMirror
} from '../../definition/chart-mirrors.js'
import { UsageError, getErrorMessage } from '../../errors.js'
import { stringOption, type OptionSpec, type ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import {
  defaultHelmConfig,
  defaultKubectlConfig,
  type HelmConfig,
  type KubectlConfig
} from '../../engine/engine-options.js'

/** The connection flags. */
export const clusterOptions: readonly OptionSpec[] = [
  {
    name: 'kubeconfig',
    type: 'string',
    valueName: '<file>',
    complete: 'file',
    description: 'Kubeconfig file (default: $KUBECONFIG); never printed'
  },
  {
    name: 'context',
    type: 'string',
    valueName: '<name>',
    complete: 'context',
    description: 'Kubeconfig context'
  },
  {
    name: 'kubectl',
    type: 'string',
    valueName: '<path>',
    complete: 'file',
    description: 'kubectl binary (default: kubectl on PATH)'
  },
  {
    name: 'helm',
    type: 'string',
    valueName: '<path>',
    complete: 'file',
    description: 'helm binary, v3 or v4 (default: helm on PATH)'
  }
]

/** `--chart-mirror FROM=TO`, for the commands that fetch or compare charts. */
export const chartMirrorOption: OptionSpec = {
  name: 'chart-mirror',
  type: 'string',
  repeatable: true,
  valueName: '<FROM=TO>',
  description: 'Fetch charts of repository FROM from TO instead'
}

/** The parsed `--chart-mirror` flags; throws UsageError naming a bad one. */
export function chartMirrors(args: ParsedArgs): ChartMirror[] {
  const values = args.options['chart-mirror']
  const list = Array.isArray(values) ? values : []
  try {
    return list.map(parseChartMirror)
  } catch (error) {
    throw new UsageError(`option --chart-mirror: ${getErrorMessage(error)}`)
  }
}

/** kubectl and helm settings from the flags; throws UsageError without a kubeconfig. */
export function clusterConfig(
  args: ParsedArgs,
  ctx: CliContext
): { kubectl: KubectlConfig; helm: HelmConfig } {
  const kubeconfig = stringOption(args, 'kubeconfig')
  if (!kubeconfig && !ctx.env.KUBECONFIG) {
    throw new UsageError(
      'no kubeconfig: pass --kubeconfig <file> or set KUBECONFIG'
    )
  }
  const context = stringOption(args, 'context')
  const connection = {
    ...(kubeconfig ? { kubeconfig } : {}),
    ...(context ? { context } : {})
  }
  return {
    kubectl: {
      ...defaultKubectlConfig(),
      ...connection,
      binary: stringOption(args, 'kubectl') ?? 'kubectl'
    },
    helm: {
      ...defaultHelmConfig(),
      ...connection,
      binary: stringOption(args, 'helm') ?? 'helm'
    }
  }
}

/** Who holds the cluster lock: user@host, pid, the CI run when there is one, and a random id. */
export function lockIdentity(ctx: CliContext): string {
  let user = ctx.env.USER ?? 'unknown'
  try {
    user = userInfo().username
  } catch {
    // No passwd entry (containers): the environment's USER will do.
  }
  const run = ctx.env.GITHUB_RUN_ID
    ? ` run ${ctx.env.GITHUB_REPOSITORY ?? ''}#${ctx.env.GITHUB_RUN_ID}`
    : ''
  // The random part tells two runs of one process (or one pid reused) apart.
  const id = randomBytes(3).toString('hex')
  return `${user}@${hostname()} pid ${process.pid}${run} (${id})`
}
