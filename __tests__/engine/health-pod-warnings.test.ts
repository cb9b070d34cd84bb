/**
 * A rollout that does not become ready says why in the step's message: a
 * workload's own events only say it scaled, while the reason (no node
 * fits, an image that cannot be pulled) is on its Pods. The message quotes
 * the Pods' last distinct warnings; before, a user saw "0/1 available" and
 * had to go looking with kubectl.
 */
import { waitForHealth } from '../../src/engine/health.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import type { KubeJson, ObjectRef } from '../../src/cluster/kube-objects.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { VirtualClock } from '../../__fixtures__/fakes/virtual-clock.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'

const web: ObjectRef = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  name: 'web',
  namespace: 'shop'
}

const stuck: KubeJson = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', generation: 1 },
  spec: { replicas: 1 },
  status: { observedGeneration: 1, updatedReplicas: 1, availableReplicas: 0 }
}

const scheduling =
  "FailedScheduling: 0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector"

describe('a readiness timeout', () => {
  it("names the workload's Pods' warnings", async () => {
    const client = {
      get: () => Promise.resolve([stuck]),
      events: () =>
        Promise.resolve([
          'ScalingReplicaSet: Scaled up replica set web-7d9 to 1'
        ]),
      podWarnings: (owner: ObjectRef) =>
        Promise.resolve(owner.name === 'web' ? [scheduling] : [])
    } as unknown as ClusterClient
    const clock = new VirtualClock()
    const failure = await clock
      .run(
        waitForHealth(client, [web], clock, {
          timeoutMs: 5_000,
          intervalMs: 1_000
        })
      )
      .then(
        () => 'ready',
        (error: Error) => error.message
      )
    expect(failure).toMatch(/^not ready after 5s: Deployment\/shop\/web: /)
    expect(failure).toContain(`its pods: ${scheduling}`)
  })
})

describe('KubectlClient.podWarnings', () => {
  const event = (pod: string, reason: string, message: string) => ({
    involvedObject: { kind: 'Pod', name: pod },
    reason,
    message
  })

  it("keeps the owner's Pods' warnings, each text once, newest last", async () => {
    const items = [
      event('web-7d9-abcde', 'FailedScheduling', 'no node fits'),
      event('webhook-1', 'BackOff', 'another workload'),
      event('web-7d9-fghij', 'FailedScheduling', 'no node fits'),
      event('web-7d9-abcde', 'Failed', 'image not found'),
      event('api-0', 'Failed', 'not ours')
    ]
    const exec = new FakeExec().on(['get', 'events'], {
      stdout: JSON.stringify({ kind: 'List', items })
    })
    const kubectl = new KubectlClient(
      exec,
      new FakeClock(),
      defaultKubectlConfig()
    )
    expect(await kubectl.podWarnings(web)).toEqual([
      'FailedScheduling: no node fits',
      'Failed: image not found'
    ])
    expect(exec.callsWith('events')[0]?.args).toEqual([
      'get',
      'events',
      '--namespace',
      'shop',
      '--field-selector',
      'involvedObject.kind=Pod,type=Warning',
      '--sort-by=.lastTimestamp',
      '-o',
      'json'
    ])
  })
})
