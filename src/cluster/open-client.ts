/**
 * Opens the ClusterClient a command talks to the cluster with, choosing its
 * implementation once: over the API channel when one opens
 * (ports/kube-api.ts: direct, or through kubectl proxy; client-over-api.ts),
 * else kubectl processes, one per call, merged across concurrent steps
 * (kubectl.ts, call-pool.ts). One per command run; close it when done.
 */
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiTransport
} from '../ports/kube-api.js'
import { apiTarget } from './connection.js'
import { CallPool, defaultCallPoolOptions } from './call-pool.js'
import { inFlightFor, KubeApi } from './api-client.js'
import { ApiClusterClient } from './client-over-api.js'
import type { ClusterClient } from './cluster-client.js'
import { KubectlClient } from './kubectl.js'
import type { RetryListener } from './retry.js'
import type { KubectlConfig } from '../engine/engine-options.js'

/** An open client; `unavailable` says why the channel could not open. */
export interface ClusterSession {
  client: ClusterClient
  /** True when the client's calls go over the API channel, not processes. */
  overApi: boolean
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
): Promise<ClusterSession> {
  const opened = await ports.kubeApi?.open(apiTarget(config))
  if (opened && isOpen(opened)) {
    return {
      client: clientOverApi(opened, ports, config, options),
      overApi: true,
      close: () => opened.close()
    }
  }
  // Concurrent steps' get/apply calls are merged into at most
  // `concurrency` kubectl processes at a time.
  const pool = new CallPool(defaultCallPoolOptions(options.concurrency))
  return {
    client: new KubectlClient(
      ports.exec,
      ports.clock,
      config,
      options.onRetry,
      options.signal,
      pool
    ),
    overApi: false,
    close: async () => {},
    ...(opened ? { unavailable: opened.unavailable } : {})
  }
}

function clientOverApi(
  transport: KubeApiTransport,
  ports: { exec: Exec; clock: Clock },
  config: KubectlConfig,
  options: {
    concurrency: number
    signal?: AbortSignal
    onRetry?: RetryListener
  }
): ApiClusterClient {
  // For what the channel does not carry: one process per call.
  const processes = new KubectlClient(
    ports.exec,
    ports.clock,
    config,
    options.onRetry,
    options.signal
  )
  const api = new KubeApi(
    transport,
    ports.clock,
    config.retry,
    // A transport that read the kubeconfig knows the namespace; else
    // kubectl is asked, and only when needed.
    (): Promise<string> =>
      transport.namespace !== undefined
        ? Promise.resolve(transport.namespace)
        : processes.contextNamespace(),
    inFlightFor(options.concurrency)
  )
  return new ApiClusterClient(api, processes, options.onRetry, options.signal)
}
