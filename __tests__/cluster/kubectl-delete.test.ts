/**
 * Deleting many objects through kubectl processes (no API channel): kubectl
 * limits itself to 5 requests a second and spends three per deleted object
 * (the DELETE, then a LIST and a watch to wait for it), so one process is
 * given only as many objects as fit its time; the batches go in order and
 * the first failure stops the rest.
 */
import { KubectlClient } from '../../src/cluster/kubectl.js'
import type { ObjectRef } from '../../src/cluster/kube-objects.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  FakeExec,
  type RecordedCall
} from '../../__fixtures__/fakes/fake-exec.js'

const refs = (n: number): ObjectRef[] =>
  [...Array(n).keys()].map((i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: 'shop',
    name: `cm-${i}`
  }))

const namesIn = (call: RecordedCall): string[] =>
  (
    JSON.parse(call.input ?? '{}') as {
      items: { metadata: { name: string } }[]
    }
  ).items.map((o) => o.metadata.name)

const kube = (exec: FakeExec, callTimeoutMs = 120_000): KubectlClient =>
  new KubectlClient(exec, new FakeClock(), {
    ...defaultKubectlConfig(),
    callTimeoutMs
  })

describe('KubectlClient.delete', () => {
  it('splits 600 objects into processes whose requests fit the rate limit, in order', async () => {
    const exec = new FakeExec().on(['delete'], {})
    await kube(exec).delete(refs(600), 300_000)
    const calls = exec.callsWith('delete')
    // 100 objects: 300 requests at 5 a second, a minute, half of the
    // two minutes a process may run.
    expect(calls).toHaveLength(6)
    expect(calls.flatMap(namesIn)).toEqual(refs(600).map((r) => r.name))
    for (const call of calls) {
      expect(namesIn(call)).toHaveLength(100)
      expect(call.args).toEqual([
        'delete',
        '-f',
        '-',
        '--ignore-not-found',
        '--wait=true',
        '--timeout=300s'
      ])
    }
  })

  it('gives a process fewer objects when the timeout is shorter', async () => {
    const exec = new FakeExec().on(['delete'], {})
    await kube(exec).delete(refs(60), 30_000)
    expect(exec.callsWith('delete').map((c) => namesIn(c).length)).toEqual([
      25, 25, 10
    ])
  })

  it('keeps a small delete in one process', async () => {
    const exec = new FakeExec().on(['delete'], {})
    await kube(exec).delete(refs(3), 300_000)
    expect(exec.callsWith('delete')).toHaveLength(1)
  })

  it('stops at the first batch that fails, naming the failure', async () => {
    const exec = new FakeExec().on(
      ['delete'],
      {},
      {
        exitCode: 1,
        stderr:
          'error: timed out waiting for the condition on configmaps/cm-150'
      },
      {}
    )
    const error = await kube(exec)
      .delete(refs(300), 300_000)
      .catch((e: Error) => e)
    expect(String(error)).toContain(
      'timed out waiting for the condition on configmaps/cm-150'
    )
    expect(exec.callsWith('delete')).toHaveLength(2)
  })
})
