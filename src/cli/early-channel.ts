/**
 * What cli-entry.ts starts before the rest of the CLI loads: for `sync`, the
 * direct API channel to the kubeconfig and context its flags name, with the
 * unchanged-files check's two reads of the definition's cluster already
 * sent (adapters/kube-direct-early.ts). The command line is parsed with the
 * sync command's own flags; anything it cannot read (a usage error, no
 * kubeconfig, a definition without a name) starts less or nothing, and the
 * command then opens and reads as it always does.
 */
import { readFileSync } from 'node:fs'
import {
  openEarlyChannel,
  type EarlyChannel
} from '../adapters/kube-direct-early.js'
import { unchangedCheckReads } from '../state/unchanged-reads.js'
import { clusterNameIn } from '../definition/cluster-name.js'
import { parseArgs, stringOption, type ParsedArgs } from './args.js'
import { syncOptions } from './commands/sync-options.js'
import { definitionPath } from './target.js'

/** The early channel for `argv` (command first), or undefined when it starts none. */
export function openEarlySyncChannel(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string
): EarlyChannel | undefined {
  const [command, ...rest] = argv
  if (command !== 'sync') return undefined
  let args: ParsedArgs
  try {
    args = parseArgs(rest, syncOptions)
  } catch {
    // The command reports it; nothing starts early.
    return undefined
  }
  if (args.options.help === true) return undefined
  // The target as the sync command builds it (cluster-flags.ts): the flag,
  // or nothing and KUBECONFIG from the environment.
  const kubeconfig = stringOption(args, 'kubeconfig')
  if (!kubeconfig && !env.KUBECONFIG) return undefined
  const context = stringOption(args, 'context')
  // `--full` skips the check, so there is nothing to read ahead.
  const cluster = args.options.full === true ? undefined : clusterOf(args, cwd)
  return openEarlyChannel(
    { ...(kubeconfig ? { kubeconfig } : {}), ...(context ? { context } : {}) },
    env,
    cluster === undefined ? [] : unchangedCheckReads(cluster)
  )
}

/** The definition's `metadata.name`, read as the sync command will find it (cli/target.ts). */
function clusterOf(args: ParsedArgs, cwd: string): string | undefined {
  try {
    return clusterNameIn(readFileSync(definitionPath(args, cwd), 'utf8'))
  } catch {
    return undefined
  }
}
