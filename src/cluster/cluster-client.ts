/**
 * The KubectlClient a command talks to the cluster with: over the API
 * channel when one opens (ports/kube-api.ts: direct, or through kubectl proxy),
 * else one kubectl process per call, merged across concurrent steps
 * (call-pool.ts). One per command run; close it when done.
 */
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import { isOpen, type KubeApiOpener } from '../ports/kube-api.js'
import { apiTarget } from './connection.js'
import { CallPool, defaultCallPoolOptions } from './call-pool.js'
import { inFlightFor, KubeApi } from './api-client.js'
import { KubectlClient } from './kubectl.js'
import type { RetryListener } from './retry.js'
import type { KubectlConfig } from '../engine/engine-options.js'

/** An open client; `unavailable` says why the channel could not open. */
export interface ClusterClient {
  kubectl: KubectlClient
  close(): Promise<void>
  unavailable?: string
}

/** Opens the client; see the file comment. */
export async function openClusterClient(
  ports: { exec: Exec; clock: Clock; kubeApi?: KubeApiOpener },
  config: KubectlConfig,
  options: {
    concurrency: number
    signal?: AbortSignal
    /** Told about every retry of a call made outside a step's own client. */
    onRetry?: RetryListener
  }
): Promise<ClusterClient> {
  const opened = await ports.kubeApi?.open(apiTarget(config))
  const transport = opened && isOpen(opened) ? opened : undefined
  // Concurrent steps' get/apply calls are merged into at most
  // `concurrency` kubectl processes at a time when there is no channel.
  const pool = new CallPool(defaultCallPoolOptions(options.concurrency))
  const api: KubeApi | undefined = transport
    ? new KubeApi(
        transport,
        ports.clock,
        config.retry,
        // A transport that read the kubeconfig knows the namespace; else
        // kubectl is asked (`run` is a plain process on any client), and
        // only when needed.
        (): Promise<string> =>
          transport.namespace !== undefined
            ? Promise.resolve(transport.namespace)
            : contextNamespace(kubectl),
        inFlightFor(options.concurrency)
      )
    : undefined
  const kubectl: KubectlClient = new KubectlClient(
    ports.exec,
    ports.clock,
    config,
    options.onRetry,
    options.signal,
    pool,
    api
  )
  return {
    kubectl,
    close: async () => transport?.close(),
    ...(opened && !isOpen(opened) ? { unavailable: opened.unavailable } : {})
  }
}

/** The namespace kubectl puts namespaced objects that name none into. */
async function contextNamespace(kubectl: KubectlClient): Promise<string> {
  const result = await kubectl.run([
    'config',
    'view',
    '--minify',
    '-o',
    'jsonpath={.contexts[0].context.namespace}'
  ])
  const namespace = result.exitCode === 0 ? result.stdout.trim() : ''
  return namespace === '' ? 'default' : namespace
}
