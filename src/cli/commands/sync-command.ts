/**
 * `clustersync sync [definition] --kubeconfig <file> [--context name]
 * [--full] [--no-prune] [--allow-destructive-prune] [--concurrency N]
 * [--timeout 5m] [--format text|json|github]`: applies the definition to the
 * cluster. Progress goes to stderr, the result to stdout. Exit codes: 0
 * synced, 1 failed, 2 usage, 3 cluster unreachable.
 */
import { codeIdentity } from '../../adapters/code-identity.js'
import { machineCapacity } from '../../adapters/machine-capacity.js'
import { addonPaceFor } from '../../engine/addon-pace.js'
import { bundledRegistryLookup } from '../../catalog/bundled-lookup.js'
import { createCliLogger } from '../../adapters/cli-logger.js'
import { scrubStrings } from '../../secrets/scrub-strings.js'
import { parseDuration } from '../../duration.js'
import { UsageError } from '../../errors.js'
import { openConnection } from '../../cluster/connection.js'
import { readOnce } from '../../sync/read-once.js'
import { runSync } from '../../sync/run-sync.js'
import type { SyncOptions } from '../../sync/sync-options.js'
import type { SyncResult } from '../../sync/sync-result.js'
import {
  booleanOption,
  numberOption,
  outputFormat,
  stringOption,
  type ParsedArgs
} from '../args.js'
import type { CliContext, Command } from '../context.js'
import { gitCommit } from '../git-answers.js'
import { resolveTarget } from '../target.js'
import { chartMirrors, clusterConfig, lockIdentity } from './cluster-flags.js'
import { readSopsAgeKeys, warnUnneededKeyProblems } from '../sops-keys.js'
import { renderSyncText } from './sync-output.js'
import { formatGithub } from '../../report/diagnostics-format.js'
import { pruneOptionsFrom, syncOptions } from './sync-flags.js'
import { readWorkflowFlags } from './workflow-flags.js'
import { currentRef } from './validate-command.js'
import {
  defaultHealthOptions,
  defaultLockOptions
} from '../../engine/engine-options.js'

/** The `sync` command, registered in commands/all-commands.ts. */
export const syncCommand: Command = {
  name: 'sync',
  summary:
    'Apply the cluster definition to a cluster: only what changed, pruning what was removed',
  usage: 'clustersync sync [definition] --kubeconfig <file> [flags]',
  options: syncOptions,
  examples: [
    {
      description: 'Apply cluster.yaml to the cluster of a kubeconfig',
      command: 'clustersync sync --kubeconfig ~/.kube/prod.yaml'
    },
    {
      description: 'Re-apply every step and correct drift, without pruning',
      command:
        'clustersync sync clusters/prod/cluster.yaml --kubeconfig prod.yaml --context prod --full --no-prune'
    },
    {
      description: 'Give each step up to 1h30m, and print the result as JSON',
      command:
        'clustersync sync --kubeconfig prod.yaml --timeout 1h30m --format json'
    }
  ],
  run: runSyncCommand
}

async function runSyncCommand(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  const target = await resolveTarget(args, ctx)
  const { kubectl, helm } = clusterConfig(args, ctx)
  const cap = numberOption(args, 'concurrency')
  const concurrency = cap ?? 4
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(
      `option --concurrency takes a whole number ≥ 1; got ${concurrency}`
    )
  }
  const timeout = stringOption(args, 'timeout')
  const lockTimeout = stringOption(args, 'lock-timeout')
  const logger = createCliLogger(ctx.stderr, booleanOption(args, 'verbose'))
  // Masked before anything is logged.
  const workflow = await readWorkflowFlags(args, ctx, logger)
  // A source that gives no key fails only a step that needs one.
  const keys = await readSopsAgeKeys(ctx)
  // Every flag is checked before anything starts.
  const options = {
    // One view of the repository for the run: the unchanged-files check and
    // the loader read each file once.
    fs: readOnce(ctx.fs),
    exec: ctx.exec,
    clock: ctx.clock,
    logger,
    root: target.root,
    file: target.file,
    registries: bundledRegistryLookup,
    source: ctx.env.GITHUB_ACTIONS === 'true' ? 'webhook' : 'cli',
    ...(ctx.env.GITHUB_ACTOR ? { triggeredBy: ctx.env.GITHUB_ACTOR } : {}),
    kubectl,
    helm: {
      ...helm,
      ...(workflow.registryCredentials
        ? { credentials: workflow.registryCredentials }
        : {})
    },
    variables: workflow.variables,
    chartMirrors: chartMirrors(args),
    sopsIdentities: keys.identities,
    sopsKeyProblems: keys.problems,
    full: booleanOption(args, 'full'),
    concurrency,
    addonPace: addonPaceFor(machineCapacity(), cap),
    prune: pruneOptionsFrom(args),
    stepTimeoutMs: timeout
      ? parseDuration(timeout, 'option --timeout', UsageError)
      : 300_000,
    healthIntervalMs: defaultHealthOptions().intervalMs,
    ...(ctx.signal ? { stop: ctx.signal } : {}),
    lock: {
      ...defaultLockOptions(lockIdentity(ctx)),
      ...(lockTimeout
        ? {
            waitTimeoutMs: parseDuration(
              lockTimeout,
              'option --lock-timeout',
              UsageError,
              // 0 means "do not wait": fail at once when another sync runs.
              { allowZero: true }
            )
          }
        : {})
    }
  } satisfies Omit<SyncOptions, 'commit' | 'ref' | 'build'>
  // The run's one connection opens first: its TLS handshake runs while the
  // code identity is computed and the commit and the branch are read.
  const connection = ctx.kubeApi
    ? openConnection(ctx.kubeApi, kubectl)
    : undefined
  let result: SyncResult
  try {
    const build = ctx.build ?? codeIdentity()
    const [commit, ref] = await Promise.all([
      commitOf(ctx, target.root),
      currentRef(args, ctx, target.root)
    ])
    result = await runSync({
      ...options,
      build,
      ...(connection ? { connection } : {}),
      ...(ref ? { ref } : {}),
      ...(commit ? { commit } : {})
    })
  } finally {
    await connection?.close()
  }
  const format = outputFormat(args)
  // The result may quote a value a tool's error named: masked as the
  // progress lines are.
  ctx.stdout.write(
    format === 'json'
      ? `${JSON.stringify(scrubStrings(result, logger.redact), null, 2)}\n`
      : logger.redact(renderSyncText(result))
  )
  if (format === 'github')
    ctx.stdout.write(logger.redact(formatGithub(result.diagnostics)))
  // Only once the definition was validated: before that, what it holds is unknown.
  if (result.phase === 'Applying' || result.phase === 'Completed')
    warnUnneededKeyProblems(ctx.stderr, keys, result.diagnostics)
  if (result.status === 'synced') return 0
  return result.reason === 'ClusterUnreachable' ? 3 : 1
}

/** The commit synced: GITHUB_SHA on Actions, else HEAD's (none outside a checkout). */
function commitOf(ctx: CliContext, root: string): Promise<string | undefined> {
  return ctx.env.GITHUB_SHA
    ? Promise.resolve(ctx.env.GITHUB_SHA)
    : gitCommit(ctx, root)
}
