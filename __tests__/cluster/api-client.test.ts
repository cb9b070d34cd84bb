/**
 * Reads and server-side applies over the API channel: the requests kubectl
 * would send, kind order kept between runs of equal rank, many requests in
 * flight within a run, per-object failures in kubectl's words, retries of
 * transient answers, a CRD's kind found once it exists, and the readiness
 * probe `status` makes.
 */
import { proxyFailure } from '../../src/adapters/kubectl-proxy.js'
import { KubeApi } from '../../src/cluster/api-client.js'
import { ApiClusterClient } from '../../src/cluster/client-over-api.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { applyManifestStep } from '../../src/engine/manifest-step.js'
import type { HelmClient } from '../../src/cluster/helm.js'
import type { ApplyContext } from '../../src/engine/step-types.js'
import {
  defaultRetryOptions,
  describeRetry,
  isUnreachable
} from '../../src/cluster/retry.js'
import { directFailure } from '../../src/adapters/kube-direct-failure.js'
import type { ManifestStep } from '../../src/plan/plan-types.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import {
  FakeKubeApi,
  echoApplied,
  statusBody
} from '../../__fixtures__/fakes/fake-kube-api.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'

const rankOf = (o: Record<string, unknown>): number =>
  o.kind === 'Namespace' ? 0 : 10

const configMap = (name: string, namespace?: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(namespace ? { namespace } : {}) }
})

function api(transport: FakeKubeApi, clock = new FakeClock(), inFlight = 8) {
  return new KubeApi(
    transport,
    clock,
    defaultRetryOptions(),
    () => Promise.resolve('team-default'),
    inFlight
  )
}

describe('KubeApi.applyAll', () => {
  it('sends server-side applies as kubectl does, Namespaces before what lives in them', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH' ? echoApplied(r) : undefined
    )
    const { applied, failures } = await api(transport).applyAll(
      [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
        configMap('a', 'shop'),
        configMap('b', 'shop')
      ],
      rankOf,
      { force: false }
    )
    expect(failures).toEqual([])
    expect(applied.map((o) => (o.metadata as { name: string }).name)).toEqual([
      'shop',
      'a',
      'b'
    ])
    const patches = transport.requests.filter((r) => r.method === 'PATCH')
    expect(patches.map((r) => r.path)).toEqual([
      '/api/v1/namespaces/shop?fieldManager=clustersync&fieldValidation=Strict',
      '/api/v1/namespaces/shop/configmaps/a?fieldManager=clustersync&fieldValidation=Strict',
      '/api/v1/namespaces/shop/configmaps/b?fieldManager=clustersync&fieldValidation=Strict'
    ])
    expect(patches[0]?.contentType).toBe('application/apply-patch+yaml')
  })

  it('keeps many requests in flight, within the bound', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH' ? echoApplied(r) : undefined
    )
    const objects = Array.from({ length: 40 }, (_, i) =>
      configMap(`c${i}`, 'shop')
    )
    await api(transport, new FakeClock(), 6).applyAll(objects, rankOf, {
      force: false
    })
    expect(transport.maxInFlight).toBe(6)
  })

  it('applies custom resources one at a time, in the order written', async () => {
    const transport = new FakeKubeApi()
      .serve('example.com/v1', [
        { name: 'widgets', kind: 'Widget', namespaced: true }
      ])
      .on((r) => (r.method === 'PATCH' ? echoApplied(r) : undefined))
    const client = new ApiClusterClient(
      api(transport),
      new KubectlClient(new FakeExec(), new FakeClock(), defaultKubectlConfig())
    )
    const widgets = ['w3', 'w1', 'w2'].map((name) => ({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name, namespace: 'shop' }
    }))
    const answer = await client.apply(widgets, { force: false })
    expect(answer.result.exitCode).toBe(0)
    expect(transport.maxInFlight).toBe(1)
    expect(transport.calls()).toEqual([
      'PATCH /apis/example.com/v1/namespaces/shop/widgets/w3',
      'PATCH /apis/example.com/v1/namespaces/shop/widgets/w1',
      'PATCH /apis/example.com/v1/namespaces/shop/widgets/w2'
    ])
  })

  it('passes force and dry-run as query parameters', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH' ? echoApplied(r) : undefined
    )
    await api(transport).applyAll([configMap('a', 'shop')], rankOf, {
      force: true,
      dryRun: true
    })
    expect(transport.calls()).toEqual([
      'PATCH /api/v1/namespaces/shop/configmaps/a'
    ])
    expect(transport.requests.at(-1)?.path).toContain('&force=true&dryRun=All')
  })

  it('puts a namespaced object that names no namespace into the context namespace', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH' ? echoApplied(r) : undefined
    )
    await api(transport).applyAll([configMap('a')], rankOf, { force: false })
    const patch = transport.requests.find((r) => r.method === 'PATCH')
    expect(patch?.path.split('?')[0]).toBe(
      '/api/v1/namespaces/team-default/configmaps/a'
    )
    expect(JSON.parse(patch?.body ?? '{}')).toMatchObject({
      metadata: { namespace: 'team-default' }
    })
  })

  it('reports each failed object in kubectl words and still applies the others', async () => {
    const transport = new FakeKubeApi().on((r) => {
      if (r.method !== 'PATCH') return undefined
      if (r.path.includes('/configmaps/bad'))
        return {
          status: 422,
          body: statusBody(
            422,
            'Invalid',
            'ConfigMap "bad" is invalid: data[x y]: Invalid value: "x y"'
          )
        }
      return echoApplied(r)
    })
    const { applied, failures } = await api(transport).applyAll(
      [
        configMap('ok1', 'shop'),
        configMap('bad', 'shop'),
        configMap('ok2', 'shop')
      ],
      rankOf,
      { force: false }
    )
    expect(applied).toHaveLength(2)
    expect(failures).toEqual([
      {
        index: 1,
        status: 422,
        reason: 'Invalid',
        text: 'Error from server (Invalid): ConfigMap "bad" is invalid: data[x y]: Invalid value: "x y"'
      }
    ])
  })

  it('retries a 503 and an etcd leader change, counting the retries', async () => {
    let answers = 0
    const transport = new FakeKubeApi().on((r) => {
      if (r.method !== 'PATCH') return undefined
      answers++
      if (answers === 1)
        return {
          status: 503,
          body: 'Error trying to reach service: dial tcp 127.0.0.1:6443: connect: connection refused'
        }
      if (answers === 2)
        return {
          status: 500,
          body: statusBody(500, 'InternalError', 'etcdserver: leader changed')
        }
      return echoApplied(r)
    })
    const clock = new FakeClock()
    const retries: string[] = []
    const { applied } = await api(transport, clock).applyAll(
      [configMap('a', 'shop')],
      rankOf,
      { force: false },
      (event) => retries.push(describeRetry(event))
    )
    expect(applied).toHaveLength(1)
    expect(retries).toEqual([
      'Error from server (HTTP 503 Service Unavailable): Error trying to reach service: dial tcp 127.0.0.1:6443: connect: connection refused; retry 1 of 5 in 1s',
      'Error from server (InternalError): etcdserver: leader changed; retry 2 of 5 in 2s'
    ])
    expect(clock.sleeps).toEqual([1000, 2000])
  })

  it('retries a connection reset, but not a channel that is gone', async () => {
    // The proxy transport words its failures (kubectl-proxy.ts).
    const failing = (code: string) =>
      new Error(
        proxyFailure(
          Object.assign(new Error(`${code} on the socket`), { code })
        )
      )
    let resets = 0
    const reset = new FakeKubeApi().on((r) => {
      if (r.method !== 'PATCH') return undefined
      if (resets++ === 0) throw failing('ECONNRESET')
      return echoApplied(r)
    })
    const retried = await api(reset).applyAll(
      [configMap('a', 'shop')],
      rankOf,
      { force: false }
    )
    expect(retried.failures).toEqual([])

    const gone = new FakeKubeApi().on((r) => {
      if (r.method === 'PATCH') throw failing('ECONNREFUSED')
      return undefined
    })
    const clock = new FakeClock()
    const failed = await api(gone, clock).applyAll(
      [configMap('a', 'shop')],
      rankOf,
      { force: false }
    )
    expect(failed.failures[0]?.text).toMatch(
      /^the API channel \(kubectl proxy\) is gone: kubectl proxy stopped/
    )
    expect(clock.sleeps).toEqual([])
  })

  it('sends nothing more once the sync is cancelled', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH' ? echoApplied(r) : undefined
    )
    const cancel = new AbortController()
    cancel.abort()
    const { applied, failures } = await api(transport).applyAll(
      [configMap('a', 'shop'), configMap('b', 'shop')],
      rankOf,
      { force: false },
      undefined,
      cancel.signal
    )
    expect(applied).toEqual([])
    expect(failures.map((f) => f.text)).toEqual([
      'the run was cancelled',
      'the run was cancelled'
    ])
    expect(transport.requests).toEqual([])
  })

  it('says the run ran out of time when its time budget stopped a request in flight', async () => {
    const budget = new AbortController()
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH'
        ? new Promise((_resolve, reject) => {
            r.signal?.addEventListener('abort', () =>
              reject(new Error('This operation was aborted'))
            )
            budget.abort(new DOMException('timed out', 'TimeoutError'))
          })
        : undefined
    )
    const { failures } = await api(transport).applyAll(
      [configMap('a', 'shop')],
      rankOf,
      { force: false },
      undefined,
      budget.signal
    )
    expect(failures.map((f) => f.text)).toEqual(['the run ran out of time'])
  })

  it('finds the kind of a CRD made during the sync by reading its group again', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'PATCH' ? echoApplied(r) : undefined
    )
    const client = api(transport)
    const widget = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w', namespace: 'shop' }
    }
    const before = await client.applyAll([widget], rankOf, { force: false })
    expect(before.failures[0]?.text).toMatch(
      /no matches for kind "Widget" in version "example.com\/v1"/
    )
    transport.serve('example.com/v1', [
      { name: 'widgets', kind: 'Widget', namespaced: true }
    ])
    const after = await client.applyAll([widget], rankOf, { force: false })
    expect(after.failures).toEqual([])
    expect(transport.calls().at(-1)).toBe(
      'PATCH /apis/example.com/v1/namespaces/shop/widgets/w'
    )
  })
})

describe('KubeApi.getAll', () => {
  it('reads objects, leaves out missing ones and strips managedFields unless asked', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.method === 'GET' && r.path === '/api/v1/namespaces/shop/configmaps/a'
        ? {
            status: 200,
            body: JSON.stringify({
              ...configMap('a', 'shop'),
              metadata: {
                name: 'a',
                namespace: 'shop',
                managedFields: [{ manager: 'x' }]
              }
            })
          }
        : undefined
    )
    const refs = [
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'shop' },
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'gone', namespace: 'shop' }
    ]
    const plain = await api(transport).getAll(refs, false)
    expect(plain).toEqual([configMap('a', 'shop')])
    const withFields = await api(transport).getAll(refs, true)
    expect(withFields[0]?.metadata).toHaveProperty('managedFields')
  })

  it('looks a missing kind up again once for many concurrent reads, not once each', async () => {
    const transport = new FakeKubeApi()
    const refs = Array.from({ length: 5 }, (_, i) => ({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      name: `w${i}`,
      namespace: 'shop'
    }))
    expect(await api(transport).getAll(refs, false)).toEqual([])
    const lookups = transport.requests.filter(
      (r) => r.path === '/apis/example.com/v1'
    )
    expect(lookups).toHaveLength(2)
  })

  it('fails with the server words when access is denied', async () => {
    const transport = new FakeKubeApi().on(() => ({
      status: 403,
      body: statusBody(
        403,
        'Forbidden',
        'configmaps "a" is forbidden: User "ci" cannot get resource "configmaps" in API group "" in the namespace "shop"'
      )
    }))
    await expect(
      api(transport).getAll(
        [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'shop' }],
        false
      )
    ).rejects.toThrow(
      'Error from server (Forbidden): configmaps "a" is forbidden: User "ci" cannot get resource'
    )
  })
})

describe('credentials the cluster refuses', () => {
  it('says so in kubectl words, with what to do, not the bare "Unauthorized"', async () => {
    const transport = new FakeKubeApi().on(() => ({
      status: 401,
      body: statusBody(401, 'Unauthorized', 'Unauthorized')
    }))
    await expect(
      api(transport).getAll(
        [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'shop' }],
        false
      )
    ).rejects.toThrow(
      /^Error from server \(Unauthorized\): You must be logged in to the server: the cluster refused the kubeconfig's credentials \(a token or client certificate that is wrong or has expired\); get a fresh kubeconfig for this cluster$/
    )
  })
})

describe('KubeApi.remove', () => {
  it('deletes with the resourceVersion as precondition when given', async () => {
    const transport = new FakeKubeApi()
      .serve('coordination.k8s.io/v1', [
        { name: 'leases', kind: 'Lease', namespaced: true }
      ])
      .on((r) =>
        r.method === 'DELETE' ? { status: 200, body: '{}' } : undefined
      )
    await api(transport).remove(
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        name: 'clustersync-prod',
        namespace: 'clustersync-system'
      },
      '42'
    )
    const call = transport.requests.find((r) => r.method === 'DELETE')
    expect(call?.path).toBe(
      '/apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/clustersync-prod'
    )
    expect(JSON.parse(call?.body ?? '{}')).toMatchObject({
      kind: 'DeleteOptions',
      preconditions: { resourceVersion: '42' }
    })
  })
})

/** A ClusterClient whose reads and applies go over `transport`. */
function clientOver(
  transport: FakeKubeApi,
  clock: FakeClock,
  exec = new FakeExec()
): ApiClusterClient {
  return new ApiClusterClient(
    api(transport, clock),
    new KubectlClient(exec, clock, defaultKubectlConfig())
  )
}

describe('ApiClusterClient.readyz over the API channel', () => {
  const client = (transport: FakeKubeApi, exec: FakeExec, clock: FakeClock) =>
    clientOver(transport, clock, exec)

  it('asks the API server, starting no kubectl', async () => {
    const transport = new FakeKubeApi().on((r) =>
      r.path === '/readyz' ? { status: 200, body: 'ok' } : undefined
    )
    const exec = new FakeExec()
    const answer = await client(transport, exec, new FakeClock()).readyz()
    expect(answer).toMatchObject({ exitCode: 0, stdout: 'ok' })
    expect(transport.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /readyz'
    ])
    expect(exec.calls).toEqual([])
  })

  it('retries a refused connection, then answers in kubectl words that say unreachable', async () => {
    const server = { address: '127.0.0.1:6443', hostname: '127.0.0.1' }
    const transport = new FakeKubeApi().on(() => {
      throw new Error(
        directFailure(
          Object.assign(new Error('connect ECONNREFUSED'), {
            code: 'ECONNREFUSED'
          }),
          server
        )
      )
    })
    const clock = new FakeClock()
    const answer = await client(transport, new FakeExec(), clock).readyz()
    expect(answer.exitCode).toBe(1)
    expect(isUnreachable(answer)).toBe(true)
    expect(transport.requests).toHaveLength(defaultRetryOptions().attempts)
    expect(clock.sleeps.length).toBe(defaultRetryOptions().attempts - 1)
  })

  it('says why a server that answers is not ready', async () => {
    const transport = new FakeKubeApi().on(() => ({
      status: 500,
      body: '[-]etcd failed: reason withheld\nreadyz check failed'
    }))
    const answer = await client(
      transport,
      new FakeExec(),
      new FakeClock()
    ).readyz()
    expect(answer.exitCode).toBe(1)
    expect(answer.stderr).toMatch(/HTTP 500.*etcd failed/)
    expect(isUnreachable(answer)).toBe(false)
  })
})

describe('a manifest step over the API channel', () => {
  function context(transport: FakeKubeApi): ApplyContext {
    const clock = new FakeClock()
    return {
      kubectl: clientOver(transport, clock),
      helm: undefined as unknown as HelmClient,
      clock,
      logger: new RecordingLogger(),
      root: '/repo',
      applySetId: 'applyset-x-v1',
      stepTimeoutMs: 60_000,
      healthIntervalMs: 1_000,
      createdNamespaces: new Set(['shop'])
    }
  }

  const step = {
    id: 'manifest:app',
    name: 'app',
    kind: 'manifest',
    namespaces: ['shop'],
    manifest: { force: false },
    objects: ['settings', 'flags'].map((name, i) => ({
      subject: `ConfigMap/shop/${name}`,
      group: '',
      namespace: 'shop',
      object: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name,
        body: configMap(name),
        source: { file: 'manifests/app.yaml', line: 1 + i * 6 }
      }
    }))
  } as unknown as ManifestStep

  it('names the conflicting object and its file:line, and what landed', async () => {
    const transport = new FakeKubeApi().on((r) => {
      if (r.method !== 'PATCH') return undefined
      if (r.path.includes('/configmaps/flags'))
        return {
          status: 409,
          body: statusBody(
            409,
            'Conflict',
            'Apply failed with 1 conflict: conflict with "kubectl-edit" using v1: .data.beta'
          )
        }
      return echoApplied(r, '7')
    })
    const failure = (await applyManifestStep(step, context(transport)).then(
      () => undefined,
      (e: unknown) => e
    )) as Error & { changes: { subject: string; action: string }[] }
    expect(failure).toBeInstanceOf(Error)
    expect(failure.message).toBe(
      'Resource conflict: ConfigMap/shop/flags (manifests/app.yaml:7): field manager "kubectl-edit" owns .data.beta; set force: true on manifest app to take ownership'
    )
    expect(failure.changes.map((c) => `${c.action} ${c.subject}`)).toEqual([
      'created ConfigMap/shop/settings',
      'failed ConfigMap/shop/flags'
    ])
    // Nothing was read again to find out which object it was.
    expect(transport.calls().filter((c) => c.startsWith('GET'))).toEqual([])
  })
})
