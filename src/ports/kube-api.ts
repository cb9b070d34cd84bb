/**
 * Requests to the Kubernetes API over one channel per sync: straight to the
 * API server when the kubeconfig holds only static credentials (a client
 * certificate, a token), else through `kubectl proxy` on a private Unix
 * socket, where every credential stays with kubectl (exec plugins, auth
 * providers, impersonation). Either way the sync speaks plain requests.
 */

export interface KubeApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Path and query, e.g. `/api/v1/namespaces/shop/configmaps/settings`. */
  path: string
  body?: string
  /** Content-Type of the body (e.g. `application/apply-patch+yaml`). */
  contentType?: string
  /** Extra request headers (e.g. an Accept for aggregated discovery). */
  headers?: Record<string, string>
  timeoutMs?: number
  /** Abandons the request (the sync was cancelled or timed out). */
  signal?: AbortSignal
}

export interface KubeApiResponse {
  /**
   * Any HTTP status resolves; only transport failures reject, with a message
   * already in the words kubectl would use (retries and unreachable-cluster
   * reports read them).
   */
  status: number
  body: string
}

/** One open channel to the API server; close it when the sync ends. */
export interface KubeApiTransport {
  request(request: KubeApiRequest): Promise<KubeApiResponse>
  close(): Promise<void>
  /**
   * The kubeconfig context's namespace ('default' when it names none), when
   * the transport read the kubeconfig itself; otherwise kubectl is asked.
   */
  namespace?: string
}

/**
 * A kubeconfig file as it was decoded once (the Action's input): its path,
 * for kubectl and for credential paths relative to it, and its YAML. It
 * holds credentials: never logged.
 */
export interface KubeconfigDocument {
  file: string
  value: unknown
}

/** Where kubectl is and which cluster to open the channel to. */
export interface KubeApiTarget {
  kubectl: string
  kubeconfig?: string
  context?: string
  /** The kubeconfig at `kubeconfig`, already decoded: no file is read again. */
  decoded?: KubeconfigDocument
}

/** Why no channel could be had, in one line for the user. */
export interface KubeApiUnavailable {
  unavailable: string
}

/**
 * Opens channels. Resolves KubeApiUnavailable when none can be had here
 * (kubectl cannot serve one); callers then run one kubectl process per call.
 */
export interface KubeApiOpener {
  open(target: KubeApiTarget): Promise<KubeApiTransport | KubeApiUnavailable>
}

/** True for an open channel, false for the reason there is none. */
export function isOpen(
  opened: KubeApiTransport | KubeApiUnavailable
): opened is KubeApiTransport {
  return 'request' in opened
}
