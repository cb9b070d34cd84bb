/**
 * The readiness wait finds an object whatever namespace it was written
 * with: one that names none was applied to the kubeconfig context's
 * namespace and is read back with it; a cluster-scoped object written with
 * one (its CRD not in the definition) is read back without. Both used to
 * stay "not found" until the step's timeout, and the step failed.
 */
import { waitForHealth } from '../../src/engine/health.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import type { KubeJson, ObjectRef } from '../../src/cluster/kube-objects.js'
import { VirtualClock } from '../../__fixtures__/fakes/virtual-clock.js'

const ready = {
  observedGeneration: 1,
  updatedReplicas: 1,
  availableReplicas: 1
}

const deployment = (name: string, namespace?: string): KubeJson => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, generation: 1, ...(namespace ? { namespace } : {}) },
  spec: { replicas: 1 },
  status: ready
})

/** A cluster that answers every read with `objects`. */
const answering = (objects: KubeJson[]): ClusterClient =>
  ({
    get: () => Promise.resolve(objects),
    events: () => Promise.resolve([]),
    podWarnings: () => Promise.resolve([])
  }) as unknown as ClusterClient

async function wait(client: ClusterClient, refs: ObjectRef[]): Promise<string> {
  const clock = new VirtualClock()
  try {
    await clock.run(
      waitForHealth(client, refs, clock, {
        timeoutMs: 5_000,
        intervalMs: 1_000
      })
    )
    return 'ready'
  } catch (error) {
    return (error as Error).message
  }
}

describe('waitForHealth and namespaces', () => {
  it('finds an object written without a namespace, read back in the context namespace', async () => {
    const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }
    expect(await wait(answering([deployment('web', 'default')]), [ref])).toBe(
      'ready'
    )
  })

  it('finds a cluster-scoped object written with a namespace, read back without', async () => {
    const ref = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'default'
    }
    expect(await wait(answering([deployment('web')]), [ref])).toBe('ready')
  })

  it('does not take an object another reference names for one written without a namespace', async () => {
    const unnamed = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }
    const named = { ...unnamed, namespace: 'blog' }
    // Only blog/web is there (the context namespace's is not up yet).
    expect(
      await wait(answering([deployment('web', 'blog')]), [named, unnamed])
    ).toMatch(/Deployment\/web: not found/)
  })

  it('does not take an object of another namespace for the one written', async () => {
    const ref = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop'
    }
    expect(await wait(answering([deployment('web', 'blog')]), [ref])).toMatch(
      /Deployment\/shop\/web: not found/
    )
  })
})
