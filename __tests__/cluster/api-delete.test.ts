/**
 * Deleting many objects over the API channel (prune): the DELETEs kubectl
 * would send, many in flight but never more than the channel allows, then a
 * wait until every object is gone, read with one LIST per kind and
 * namespace rather than one GET per object; a timeout names what is left.
 */
import type { KubeApiRequest } from '../../src/ports/kube-api.js'
import type { ObjectRef } from '../../src/cluster/kube-objects.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  FakeKubeApi,
  kubectlOver,
  statusBody
} from '../../__fixtures__/fakes/fake-kube-api.js'

const collection = '/api/v1/namespaces/shop/configmaps'

/**
 * A namespace of ConfigMaps: a DELETE removes one at once, or, for one
 * with a finalizer, marks it terminating until `listsToGo` more LISTs.
 */
class ConfigMapsServer {
  readonly live = new Map<string, { uid: string; terminating?: number }>()
  lists = 0

  constructor(
    names: readonly string[],
    private readonly finalized = new Set<string>(),
    private readonly listsToGo = 2
  ) {
    for (const n of names) this.live.set(n, { uid: `uid-${n}` })
  }

  answer(request: KubeApiRequest) {
    const [path = '', query = ''] = request.path.split('?')
    if (request.method === 'GET' && path === collection) {
      this.lists++
      for (const [name, o] of this.live)
        if (o.terminating !== undefined && this.lists >= o.terminating)
          this.live.delete(name)
      const items = [...this.live].map(([name, o]) => this.object(name, o))
      expect(new URLSearchParams(query).get('limit')).toBe('500')
      return { status: 200, body: JSON.stringify({ kind: 'List', items }) }
    }
    if (request.method !== 'DELETE' || !path.startsWith(`${collection}/`))
      return undefined
    const name = decodeURIComponent(path.slice(collection.length + 1))
    const found = this.live.get(name)
    if (!found)
      return {
        status: 404,
        body: statusBody(404, 'NotFound', `"${name}" not found`)
      }
    if (this.finalized.has(name)) {
      found.terminating ??= this.lists + this.listsToGo
      return { status: 200, body: JSON.stringify(this.object(name, found)) }
    }
    this.live.delete(name)
    return { status: 200, body: JSON.stringify(this.object(name, found)) }
  }

  private object(name: string, o: { uid: string; terminating?: number }) {
    return {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name,
        namespace: 'shop',
        uid: o.uid,
        ...(o.terminating !== undefined
          ? {
              deletionTimestamp: '2025-01-01T00:00:00Z',
              finalizers: [`example.com/keep-${name}`]
            }
          : {})
      }
    }
  }
}

const refs = (names: readonly string[]): ObjectRef[] =>
  names.map((name) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: 'shop',
    name
  }))

const names = (n: number): string[] =>
  [...Array(n).keys()].map((i) => `cm-${i}`)

describe('ApiClusterClient.delete', () => {
  it('sends every DELETE within the concurrency, as kubectl delete does, and waits for the objects to go', async () => {
    const all = names(600)
    const server = new ConfigMapsServer(all, new Set(['cm-7', 'cm-500']))
    const api = new FakeKubeApi().on((r) => server.answer(r))
    const clock = new FakeClock()
    await kubectlOver(api, { clock }).delete(refs(all), 300_000)

    expect(server.live.size).toBe(0)
    const deletes = api.requests.filter((r) => r.method === 'DELETE')
    expect(deletes).toHaveLength(600)
    // kubectl's default cascade: the owner goes now, its dependents after.
    expect(JSON.parse(deletes[0]?.body ?? '{}')).toMatchObject({
      kind: 'DeleteOptions',
      propagationPolicy: 'Background'
    })
    // The channel's bound (8 with the default concurrency), yet concurrent.
    expect(api.maxInFlight).toBeLessThanOrEqual(8)
    expect(api.maxInFlight).toBeGreaterThan(1)
    // The two with finalizers were still there at the first read, gone at
    // the second; one LIST each time, no GET per object.
    expect(server.lists).toBe(2)
    expect(api.calls().filter((c) => c.startsWith('GET'))).toHaveLength(2)
  })

  it('counts an object that is already gone as deleted, as --ignore-not-found does', async () => {
    const server = new ConfigMapsServer(['a'])
    const api = new FakeKubeApi().on((r) => server.answer(r))
    await expect(
      kubectlOver(api, { clock: new FakeClock() }).delete(
        refs(['a', 'gone']),
        30_000
      )
    ).resolves.toBeUndefined()
    expect(api.calls()).toEqual([
      'DELETE /api/v1/namespaces/shop/configmaps/a',
      'DELETE /api/v1/namespaces/shop/configmaps/gone',
      `GET ${collection}`
    ])
  })

  it('counts an object recreated under the same name as deleted: the one it deleted is gone', async () => {
    const server = new ConfigMapsServer(['a'])
    const api = new FakeKubeApi()
      .on((r) => server.answer(r))
      .on((r) => {
        if (r.method === 'DELETE') return undefined
        // Someone created it again right after the DELETE.
        server.live.set('a', { uid: 'uid-new' })
        return undefined
      })
    await kubectlOver(api, { clock: new FakeClock() }).delete(
      refs(['a']),
      30_000
    )
    expect(server.live.get('a')?.uid).toBe('uid-new')
  })

  it('fails after the timeout naming what is still there and why', async () => {
    const all = names(3)
    const server = new ConfigMapsServer(all, new Set(['cm-1', 'cm-2']), 1e9)
    const api = new FakeKubeApi().on((r) => server.answer(r))
    const clock = new FakeClock()
    const error = await kubectlOver(api, { clock })
      .delete(refs(all), 30_000)
      .catch((e: Error) => e)
    expect(String(error)).toMatch(
      /timed out after 30s waiting for 2 deleted objects to go: ConfigMap\/shop\/cm-1 \(finalizers: example\.com\/keep-cm-1\), ConfigMap\/shop\/cm-2 \(finalizers: example\.com\/keep-cm-2\)/
    )
    expect(
      clock.now().getTime() - Date.parse('2025-01-01T00:00:00Z')
    ).toBeGreaterThanOrEqual(30_000)
    expect(
      clock.now().getTime() - Date.parse('2025-01-01T00:00:00Z')
    ).toBeLessThan(32_000)
  })

  it('fails naming an object the server refused to delete, without waiting', async () => {
    const server = new ConfigMapsServer(['a', 'b'])
    const api = new FakeKubeApi()
      .on((r) => server.answer(r))
      .on((r) =>
        r.method === 'DELETE' && r.path.endsWith('/b')
          ? {
              status: 403,
              body: statusBody(
                403,
                'Forbidden',
                'configmaps "b" is forbidden: no'
              )
            }
          : undefined
      )
    const error = await kubectlOver(api, { clock: new FakeClock() })
      .delete(refs(['a', 'b']), 30_000)
      .catch((e: Error) => e)
    expect(String(error)).toContain(
      'deleting ConfigMap/shop/b failed: Error from server (Forbidden): configmaps "b" is forbidden: no'
    )
    expect(api.calls().filter((c) => c.startsWith('GET'))).toEqual([])
  })

  it('fails for a kind the server does not serve in that version, as kubectl does, so prune keeps it on record', async () => {
    // policy/v1beta1 is gone from the server; the object may well live on
    // under policy/v1, so counting it as deleted would lose it.
    const api = new FakeKubeApi()
    const error = await kubectlOver(api, { clock: new FakeClock() })
      .delete(
        [
          {
            apiVersion: 'policy/v1beta1',
            kind: 'PodDisruptionBudget',
            namespace: 'shop',
            name: 'web'
          }
        ],
        30_000
      )
      .catch((e: Error) => e)
    expect(String(error)).toContain(
      'deleting PodDisruptionBudget/shop/web failed: error: no matches for kind "PodDisruptionBudget" in version "policy/v1beta1"'
    )
    expect(api.requests.filter((r) => r.method === 'DELETE')).toEqual([])
  })

  it('deletes in the order given, a run of one rank at a time: a webhook configuration is gone before the Service that answers it is deleted', async () => {
    const events: string[] = []
    const notFound = { status: 404, body: statusBody(404, 'NotFound', 'gone') }
    const api = new FakeKubeApi()
      .serve('admissionregistration.k8s.io/v1', [
        {
          name: 'validatingwebhookconfigurations',
          kind: 'ValidatingWebhookConfiguration',
          namespaced: false
        }
      ])
      .on((r) => {
        if (r.method !== 'DELETE') return undefined
        const name = (r.path.split('?')[0] ?? '').split('/').at(-1) ?? ''
        events.push(`start ${name}`)
        // The webhook configuration's DELETE takes a while to answer.
        return new Promise((resolve) =>
          setTimeout(
            () => {
              events.push(`done ${name}`)
              resolve(notFound)
            },
            name === 'check' ? 30 : 0
          )
        )
      })
    // Reverse apply order, as prune gives it.
    await kubectlOver(api, { clock: new FakeClock() }).delete(
      [
        {
          apiVersion: 'admissionregistration.k8s.io/v1',
          kind: 'ValidatingWebhookConfiguration',
          name: 'check'
        },
        { apiVersion: 'v1', kind: 'Service', namespace: 'shop', name: 'hook' }
      ],
      30_000
    )
    expect(events).toEqual([
      'start check',
      'done check',
      'start hook',
      'done hook'
    ])
  })
})
