/**
 * A scripted KubeApiTransport for unit tests: serves discovery for the core
 * group and apps/v1 (plus whatever a test adds), answers requests through
 * rules, records every request, and tracks how many were in flight at once.
 */
import type {
  KubeApiRequest,
  KubeApiResponse,
  KubeApiTransport
} from '../../src/ports/kube-api.js'
import { KubeApi } from '../../src/cluster/api-client.js'
import { ApiClusterClient } from '../../src/cluster/client-over-api.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { defaultRetryOptions } from '../../src/cluster/retry.js'
import type { Clock } from '../../src/ports/clock.js'
import type { Exec } from '../../src/ports/exec.js'
import { StillClock } from './fake-clock.js'
import { FakeExec } from './fake-exec.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'

/** An answer, or undefined (also after a wait) to leave the request to older rules. */
type Rule = (
  request: KubeApiRequest
) => KubeApiResponse | Promise<KubeApiResponse | undefined> | undefined

const coreResources = {
  kind: 'APIResourceList',
  groupVersion: 'v1',
  resources: [
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
    { name: 'secrets', kind: 'Secret', namespaced: true },
    { name: 'services', kind: 'Service', namespaced: true },
    { name: 'services/status', kind: 'Service', namespaced: true }
  ]
}

const appsResources = {
  kind: 'APIResourceList',
  groupVersion: 'apps/v1',
  resources: [{ name: 'deployments', kind: 'Deployment', namespaced: true }]
}

/** A Status body as the API server sends it. */
export function statusBody(code: number, reason: string, message: string): string {
  return JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message,
    reason,
    code
  })
}

export class FakeKubeApi implements KubeApiTransport {
  readonly requests: KubeApiRequest[] = []
  inFlight = 0
  maxInFlight = 0
  closed = false
  private readonly rules: Rule[] = []
  private readonly discovery = new Map<string, object>([
    ['/api/v1', coreResources],
    ['/apis/apps/v1', appsResources]
  ])

  /** Answers requests the rule returns a response for (newest rule first). */
  on(rule: Rule): this {
    this.rules.unshift(rule)
    return this
  }

  /** Serves `resources` as the APIResourceList of `groupVersion`. */
  serve(
    groupVersion: string,
    resources: { name: string; kind: string; namespaced: boolean }[]
  ): this {
    this.discovery.set(`/apis/${groupVersion}`, {
      kind: 'APIResourceList',
      groupVersion,
      resources
    })
    return this
  }

  async request(request: KubeApiRequest): Promise<KubeApiResponse> {
    this.requests.push(request)
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    try {
      // Let other requests start before this one answers.
      await new Promise((resolve) => setImmediate(resolve))
      const listed = this.discovery.get(request.path)
      if (request.method === 'GET' && listed) {
        return { status: 200, body: JSON.stringify(listed) }
      }
      for (const rule of this.rules) {
        const answer = await rule(request)
        if (answer) return answer
      }
      return {
        status: 404,
        body: statusBody(404, 'NotFound', `the server could not find ${request.path}`)
      }
    } finally {
      this.inFlight--
    }
  }

  close(): Promise<void> {
    this.closed = true
    return Promise.resolve()
  }

  /** Requests other than discovery, as `METHOD path` without the query. */
  calls(): string[] {
    return this.requests
      .filter((r) => !(r.method === 'GET' && this.discovery.has(r.path)))
      .map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`)
  }
}

/** The object a PATCH applied, echoed back with a resourceVersion. */
export function echoApplied(request: KubeApiRequest, resourceVersion = '1'): KubeApiResponse {
  const body = JSON.parse(request.body ?? '{}') as { metadata?: object }
  return {
    status: 200,
    body: JSON.stringify({
      ...body,
      metadata: { ...body.metadata, resourceVersion }
    })
  }
}

/**
 * A ClusterClient whose reads and applies go over `transport`, as a command
 * with an open API channel has one; processes (helm, or kubectl's fallback)
 * go to `exec`.
 */
export function kubectlOver(
  transport: KubeApiTransport,
  options: { exec?: Exec; clock?: Clock; attempts?: number } = {}
): ApiClusterClient {
  const clock = options.clock ?? new StillClock()
  const retry = {
    ...defaultRetryOptions(),
    ...(options.attempts ? { attempts: options.attempts } : {})
  }
  return new ApiClusterClient(
    new KubeApi(transport, clock, retry, () => Promise.resolve('default')),
    new KubectlClient(options.exec ?? new FakeExec(), clock, defaultKubectlConfig())
  )
}
