/**
 * Listing objects by label (the other definitions' records, read before
 * the prune uninstalls a release): over kubectl, one `get` with the
 * selector; a failure rejects, so the prune decides nothing blind.
 */
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'

const records = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  name: '',
  namespace: 'clustersync-system'
}

describe('KubectlClient.listSelected', () => {
  it('gets the kind in the namespace with the selector', async () => {
    const exec = new FakeExec().on(['get'], {
      stdout: JSON.stringify({
        kind: 'List',
        items: [
          { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }
        ]
      })
    })
    const kubectl = new KubectlClient(
      exec,
      new FakeClock(),
      defaultKubectlConfig()
    )
    const found = await kubectl.listSelected(
      records,
      'applyset.kubernetes.io/id'
    )
    expect(found.map((o) => (o.metadata as { name: string }).name)).toEqual([
      'x'
    ])
    expect(exec.callsWith('get')[0]?.args).toEqual([
      'get',
      'ConfigMap',
      '--namespace',
      'clustersync-system',
      '--selector',
      'applyset.kubernetes.io/id',
      '-o',
      'json'
    ])
  })

  it('rejects when the cluster refuses the read', async () => {
    const exec = new FakeExec().on(['get'], {
      exitCode: 1,
      stderr: 'Error from server (Forbidden): configmaps is forbidden'
    })
    const kubectl = new KubectlClient(
      exec,
      new FakeClock(),
      defaultKubectlConfig()
    )
    await expect(
      kubectl.listSelected(records, 'applyset.kubernetes.io/id')
    ).rejects.toThrow(/Forbidden/)
  })
})
