/**
 * KUBECONFIG's files merged as kubectl merges them: the first file to name
 * a cluster, user or context wins it whole; current-context comes from the
 * first file that sets one; each entry keeps its own file's folder for
 * relative paths; a name given twice in one file leaves it to kubectl.
 */
import { delimiter, join } from 'node:path'
import {
  mergeKubeconfigs,
  readKubeconfigs
} from '../../src/adapters/kubeconfig-merge.js'
import {
  hostileRepo,
  unblockFifoAfter
} from '../../__fixtures__/hostile-files.js'

const a = {
  file: '/a/config',
  text: JSON.stringify({
    contexts: [{ name: 'dev', context: { cluster: 'dev', user: 'me' } }],
    clusters: [{ name: 'dev', cluster: { server: 'https://a' } }]
  })
}
const b = {
  file: '/b/config',
  text: JSON.stringify({
    'current-context': 'dev',
    contexts: [
      { name: 'dev', context: { cluster: 'other', user: 'other' } },
      { name: 'prod', context: { cluster: 'prod', user: 'me' } }
    ],
    clusters: [
      { name: 'dev', cluster: { server: 'https://b' } },
      { name: 'prod', cluster: { server: 'https://prod' } }
    ],
    users: [{ name: 'me', user: { token: 't' } }]
  })
}
const c = {
  file: '/c/config',
  text: JSON.stringify({ 'current-context': 'prod' })
}

describe('mergeKubeconfigs', () => {
  it('lets the first file to name an entry, or set current-context, win', () => {
    const merged = mergeKubeconfigs([a, b, c])
    if ('fallback' in merged) throw new Error(merged.fallback)
    expect(merged.files).toBe(
      ['/a/config', '/b/config', '/c/config'].join(delimiter)
    )
    expect(merged.currentContext).toBe('dev')
    expect(merged.contexts.get('dev')).toEqual({
      value: { cluster: 'dev', user: 'me' },
      base: '/a'
    })
    expect(merged.clusters.get('dev')?.value).toEqual({ server: 'https://a' })
    expect(merged.clusters.get('prod')?.base).toBe('/b')
    expect(merged.users.get('me')?.base).toBe('/b')
    expect([...merged.contexts.keys()]).toEqual(['dev', 'prod'])
  })

  it('takes current-context from a later file when the first sets none', () => {
    const merged = mergeKubeconfigs([a, c, b])
    expect('fallback' in merged ? merged : merged.currentContext).toBe('prod')
  })

  it('skips empty files and leaves a doubled name to kubectl, which refuses it', () => {
    const empty = { file: '/e/config', text: '' }
    expect(mergeKubeconfigs([empty])).toEqual({
      fallback: 'the kubeconfig is empty'
    })
    const merged = mergeKubeconfigs([empty, a])
    expect('fallback' in merged ? merged : merged.files).toBe(
      '/e/config' + delimiter + '/a/config'
    )
    const doubled = {
      file: '/d/config',
      text: JSON.stringify({
        users: [
          { name: 'u', user: { token: 'first' } },
          { name: 'u', user: { token: 'second' } }
        ]
      })
    }
    expect(mergeKubeconfigs([a, doubled])).toEqual({
      fallback: 'user "u" is in the kubeconfig twice'
    })
  })
})

describe('readKubeconfigs reads only regular files, bounded', () => {
  it('refuses a kubeconfig that is a FIFO or a device at once, naming what it is', () => {
    const root = hostileRepo({ config: { fifo: true } })
    const fifo = join(root, 'config')
    const guard = unblockFifoAfter(fifo, 10_000)
    const started = Date.now()
    try {
      expect(readKubeconfigs({ kubeconfig: fifo }, {}, root)).toEqual({
        problem: `kubeconfig ${fifo} is a FIFO, not a file; name a regular file`
      })
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      guard.stop()
    }
    expect(readKubeconfigs({}, { KUBECONFIG: '/dev/zero' }, root)).toEqual({
      problem:
        'kubeconfig /dev/zero is a device, not a file; name a regular file'
    })
  })
})
