import {
  openConnection,
  refusedConnection
} from '../../src/cluster/connection.js'
import { ConfigurationError } from '../../src/errors.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiTarget
} from '../../src/ports/kube-api.js'

/** An opener that counts opens and closes of the one channel it gives. */
function countingOpener(fail?: Error): {
  opener: KubeApiOpener
  opened: KubeApiTarget[]
  closed: () => number
} {
  const opened: KubeApiTarget[] = []
  let closes = 0
  return {
    opened,
    closed: () => closes,
    opener: {
      open: (target) => {
        opened.push(target)
        if (fail) return Promise.reject(fail)
        return Promise.resolve({
          request: () => Promise.resolve({ status: 200, body: '{}' }),
          close: () => {
            closes++
            return Promise.resolve()
          },
          namespace: 'shop'
        })
      }
    }
  }
}

describe('one cluster connection per run', () => {
  it('opens the channel once for every user, and only the owner closes it, once', async () => {
    const fake = countingOpener()
    const connection = openConnection(fake.opener, {
      binary: 'kubectl',
      kubeconfig: '/tmp/kubeconfig',
      context: 'prod'
    })
    const a = await connection.opener.open({ kubectl: 'kubectl' })
    const b = await connection.opener.open({ kubectl: 'kubectl' })
    expect(isOpen(a) && isOpen(b)).toBe(true)
    if (!isOpen(a)) return
    expect(a.namespace).toBe('shop')
    // A user closing its handle leaves the channel open for the others.
    await a.close()
    expect(fake.closed()).toBe(0)
    await connection.close()
    await connection.close()
    expect(fake.closed()).toBe(1)
    expect(fake.opened).toEqual([
      { kubectl: 'kubectl', kubeconfig: '/tmp/kubeconfig', context: 'prod' }
    ])
    await expect(connection.refusal).resolves.toBeUndefined()
  })

  it("keeps the kubeconfig's refusal for whoever asks, and a channel that cannot open as the reason", async () => {
    const refused = openConnection(
      countingOpener(
        new ConfigurationError('context "prod" is not in the kubeconfig')
      ).opener,
      { binary: 'kubectl' }
    )
    await expect(refused.refusal).resolves.toBeInstanceOf(ConfigurationError)
    await expect(refused.opener.open({ kubectl: 'kubectl' })).rejects.toThrow(
      'context "prod" is not in the kubeconfig'
    )
    const unavailable = openConnection(
      countingOpener(new Error('kubectl proxy exited')).opener,
      { binary: 'kubectl' }
    )
    await expect(unavailable.refusal).resolves.toBeUndefined()
    await expect(
      unavailable.opener.open({ kubectl: 'kubectl' })
    ).resolves.toEqual({
      unavailable: 'kubectl proxy exited'
    })
  })

  it('a kubeconfig that does not decode refuses every use with the problem', async () => {
    const problem = new ConfigurationError('input "kubeconfig" accepts …')
    const connection = refusedConnection(problem)
    await expect(connection.refusal).resolves.toBe(problem)
    await expect(connection.opener.open({ kubectl: 'kubectl' })).rejects.toBe(
      problem
    )
  })
})
