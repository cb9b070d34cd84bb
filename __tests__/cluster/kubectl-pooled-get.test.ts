// The kubectl fallback's pooled reads (several requests merged into one
// `kubectl get`) must find an object asked for without a namespace, which
// comes back in the context's: the prune's owner check and the kept objects
// of a pruned release read through it, and an object they miss reads as
// gone (found by a reviewer: the plain client found it, the pooled one not).
import { KubectlClient } from '../../src/cluster/kubectl.js'
import {
  CallPool,
  defaultCallPoolOptions
} from '../../src/cluster/call-pool.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'

test('a pooled read finds an object asked for without a namespace, as a plain one does', async () => {
  const live = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'web', namespace: 'default' }
  }
  const exec = new FakeExec().on(['get'], {
    stdout: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [live] })
  })
  const pooled = new KubectlClient(
    exec,
    new FakeClock(),
    defaultKubectlConfig(),
    undefined,
    undefined,
    new CallPool(defaultCallPoolOptions(2))
  )
  const plain = new KubectlClient(exec, new FakeClock(), defaultKubectlConfig())
  const ref = { apiVersion: 'v1', kind: 'ConfigMap', name: 'web' }
  const seen: unknown[] = []
  const seenPlain: unknown[] = []
  await pooled.readLive([ref], (o) => seen.push(o))
  await plain.readLive([ref], (o) => seenPlain.push(o))
  expect(seenPlain).toEqual([live])
  expect(seen).toEqual([live])
})
