/**
 * The direct channel of a `sync`, opened before the CLI has loaded.
 * cli-entry.ts starts it from the raw command line, then loads the rest of
 * the CLI, so the TLS handshake and the `GET /version` check run while the
 * commands, the sync engine and their dependencies are read and compiled
 * (~20 ms of a ~0.13 s no-op on a 2-CPU runner, measured in BENCHMARKS.md).
 *
 * The flags are only glanced at here. The command parses them properly
 * later and asks createKubeApiOpener for a channel to its kubeconfig and
 * context; it gets this one only when both are exactly the ones it was
 * opened for, and otherwise a new one. A channel no command took is closed
 * when the CLI ends. A run that stops on a usage error may therefore have
 * asked the API server for its version, which reads nothing of the cluster.
 */
import type { KubeApiTarget, KubeApiTransport } from '../ports/kube-api.js'
import { openDirect } from './kube-direct.js'
import type { NoDirectChannel } from './kubeconfig-direct.js'

/** A channel being opened for one kubeconfig and context. */
export interface EarlyChannel {
  /** Its opening, handed out once, when `target` names the same kubeconfig and context. */
  take(
    target: KubeApiTarget
  ): Promise<KubeApiTransport | NoDirectChannel> | undefined
  /** Closes it when no command took it. */
  discard(): Promise<void>
}

/** Commands that open a channel as soon as they start. */
const openingCommands = new Set(['sync'])

/**
 * Starts the direct channel `argv` (the CLI's arguments, command first)
 * will ask for, or returns undefined when the command opens none or names
 * no kubeconfig.
 */
export function openEarlyChannel(
  argv: readonly string[],
  env: NodeJS.ProcessEnv
): EarlyChannel | undefined {
  if (!openingCommands.has(argv[0] ?? '')) return undefined
  const kubeconfig = lastValue(argv, 'kubeconfig') ?? env.KUBECONFIG
  if (kubeconfig === undefined || kubeconfig === '') return undefined
  const context = lastValue(argv, 'context')
  const opening = openDirect(
    { kubectl: 'kubectl', kubeconfig, ...(context ? { context } : {}) },
    env
  )
  let taken = false
  return {
    take: (target) => {
      if (
        taken ||
        target.kubeconfig !== kubeconfig ||
        (target.context || undefined) !== (context || undefined)
      ) {
        return undefined
      }
      taken = true
      return opening
    },
    discard: async () => {
      if (taken) return
      taken = true
      const opened = await opening
      if ('request' in opened) await opened.close()
    }
  }
}

/** `--name value` or `--name=value`, the last one given, before any `--`. */
function lastValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') break
    if (arg === `--${name}`) value = argv[++i]
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3)
  }
  return value
}
