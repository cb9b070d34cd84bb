/**
 * Requests to the Kubernetes API over a local channel that kubectl has
 * already authenticated (`kubectl proxy` on a private Unix socket): every
 * credential stays with kubectl, whatever the kubeconfig uses (client
 * certificates, tokens, exec plugins), and ClusterSync speaks plain HTTP.
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
  /** Any HTTP status resolves; only transport failures reject. */
  status: number
  body: string
}

/** One open channel to the API server; close it when the sync ends. */
export interface KubeApiTransport {
  request(request: KubeApiRequest): Promise<KubeApiResponse>
  close(): Promise<void>
}

/** Where kubectl is and which cluster to open the channel to. */
export interface KubeApiTarget {
  kubectl: string
  kubeconfig?: string
  context?: string
}

/** Why no channel could be had, in one line for the user. */
export interface KubeApiUnavailable {
  unavailable: string
}

/**
 * Opens channels. Resolves KubeApiUnavailable when kubectl cannot serve one
 * here; callers then run one kubectl process per call.
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
