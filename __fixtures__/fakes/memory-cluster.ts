/**
 * An API server that remembers: a FakeKubeApi whose objects live in a map
 * by path, so a whole sync (lock, inventory, applies, prune) runs against it
 * in-process and a second sync sees what the first one left. Server-side
 * apply stores the body as sent; create answers AlreadyExists for a taken
 * name; a dry run stores nothing. The prune deletes with a kubectl process
 * (`kubectl delete -f -`), which `kubectl()` serves from the same objects.
 * Enough of the API for the seams' tests
 * (runSync, the Action's sync runner), not a model of Kubernetes.
 */
import type {
  KubeApiOpener,
  KubeApiRequest,
  KubeApiResponse
} from '../../src/ports/kube-api.js'
import { FakeExec } from './fake-exec.js'
import { FakeKubeApi, statusBody } from './fake-kube-api.js'

type Json = Record<string, unknown> & {
  metadata?: Record<string, unknown>
}

export class MemoryCluster extends FakeKubeApi {
  /** Every object by its API path (no query). */
  readonly objects = new Map<string, Json>()
  /** The context's namespace, as a direct channel reads it from the kubeconfig. */
  readonly namespace = 'default'
  private version = 0

  constructor() {
    super()
    this.serve('coordination.k8s.io/v1', [
      { name: 'leases', kind: 'Lease', namespaced: true }
    ])
    this.serve('rbac.authorization.k8s.io/v1', [
      { name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
      {
        name: 'clusterrolebindings',
        kind: 'ClusterRoleBinding',
        namespaced: false
      }
    ])
    this.on((request) => this.answer(request))
  }

  /** An opener that hands out this cluster as the sync's API channel. */
  opener(): KubeApiOpener {
    return { open: () => Promise.resolve(this) }
  }

  /**
   * kubectl as a process on this cluster: `delete -f -` removes the listed
   * objects (missing ones are fine, as with --ignore-not-found); any other
   * call fails as an unscripted FakeExec call does.
   */
  kubectl(): FakeExec {
    return new FakeExec().on(['delete', '-f', '-'], (call) => {
      const list = JSON.parse(call.input ?? '{}') as { items?: Json[] }
      for (const item of list.items ?? []) {
        const path = [...this.objects].find(
          ([, o]) =>
            o.kind === item.kind &&
            o.metadata?.name === item.metadata?.name &&
            o.metadata?.namespace === item.metadata?.namespace
        )?.[0]
        if (path !== undefined) this.objects.delete(path)
      }
      return {}
    })
  }

  /** The names of the stored objects of one kind's collection path. */
  names(collection: string): string[] {
    return [...this.objects.keys()]
      .filter((path) => path.startsWith(`${collection}/`))
      .map((path) => path.slice(collection.length + 1))
      .filter((name) => !name.includes('/'))
      .sort()
  }

  private answer(request: KubeApiRequest): KubeApiResponse | undefined {
    const [path = '', query = ''] = request.path.split('?')
    const dryRun = new URLSearchParams(query).get('dryRun') === 'All'
    const stored = this.objects.get(path)
    switch (request.method) {
      case 'GET':
        return stored ? ok(stored) : undefined
      case 'PATCH': {
        const object = this.stamp(parse(request.body), stored)
        if (!dryRun) this.objects.set(path, object)
        return ok(object)
      }
      case 'PUT': {
        const object = this.stamp(parse(request.body), stored)
        this.objects.set(path, object)
        return ok(object)
      }
      case 'POST': {
        const body = parse(request.body)
        const name =
          typeof body.metadata?.name === 'string' ? body.metadata.name : ''
        const at = `${path}/${name}`
        if (this.objects.has(at)) {
          return {
            status: 409,
            body: statusBody(409, 'AlreadyExists', `"${name}" already exists`)
          }
        }
        const object = this.stamp(body)
        this.objects.set(at, object)
        return { status: 201, body: JSON.stringify(object) }
      }
      case 'DELETE':
        if (!stored) return undefined
        this.objects.delete(path)
        return ok({ kind: 'Status', status: 'Success' })
    }
  }

  /** The object with a new resourceVersion (and the uid it had). */
  private stamp(object: Json, previous?: Json): Json {
    return {
      ...object,
      metadata: {
        ...object.metadata,
        uid: previous?.metadata?.uid ?? `uid-${++this.version}`,
        resourceVersion: String(++this.version)
      }
    }
  }
}

function parse(body: string | undefined): Json {
  return JSON.parse(body ?? '{}') as Json
}

function ok(object: object): KubeApiResponse {
  return { status: 200, body: JSON.stringify(object) }
}
