/**
 * A session over the API channel ends what is still in flight when it is
 * closed: a read the run stopped waiting for (its sibling failed first, and
 * the run printed its result) must not go on retrying, or say so after the
 * result.
 */
import { openClusterClient } from '../../src/cluster/open-client.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import type { RetryEvent } from '../../src/cluster/retry.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeKubeApi } from '../../__fixtures__/fakes/fake-kube-api.js'

it('a read still retrying when the session closes ends there, announcing no further retry', async () => {
  // Every answer is a dropped connection (transient): the read backs off
  // and would try again; the clock's backoff lasts until it is aborted.
  const transport = new FakeKubeApi().on(() => ({
    status: 0,
    body: 'read tcp 127.0.0.1:6443: unexpected EOF'
  }))
  const retries: RetryEvent[] = []
  const session = await openClusterClient(
    {
      exec: new FakeExec(),
      clock: new StillClock(),
      kubeApi: { open: () => Promise.resolve(transport) }
    },
    defaultKubectlConfig(),
    { concurrency: 4, onRetry: (event) => retries.push(event) }
  )
  const read = session.client
    .get([{ apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'x' }])
    .then(
      () => 'answered',
      (error: unknown) => (error as Error).message
    )
  // Let the first attempt fail and its backoff start.
  for (let i = 0; i < 20 && retries.length === 0; i++)
    await new Promise((resolve) => setImmediate(resolve))
  expect(retries).toHaveLength(1)
  const sent = transport.requests.length
  await session.close()
  expect(await read).not.toBe('answered')
  expect(retries).toHaveLength(1)
  expect(transport.requests).toHaveLength(sent)
})
