/**
 * The channel cli-entry.ts opens for a `sync` before the CLI has loaded: the
 * command gets it only when it asks for the same kubeconfig and context
 * (then the API server sees one check, not two); otherwise it gets a channel
 * of its own, and the early one is closed when the CLI ends. Other commands,
 * and a command line without a kubeconfig, open nothing early.
 */
import type { Server } from 'node:http'
import { openEarlyChannel } from '../../src/adapters/kube-direct-early.js'
import { createKubeApiOpener } from '../../src/adapters/kube-direct.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiTarget,
  type KubeApiTransport
} from '../../src/ports/kube-api.js'
import { apiServer, kubeconfig, stop } from '../../__fixtures__/loopback-api.js'

const noFallback: KubeApiOpener = {
  open: () => Promise.reject(new Error('the fallback must not be used'))
}

async function open(
  opener: KubeApiOpener,
  target: KubeApiTarget
): Promise<KubeApiTransport> {
  const opened = await opener.open(target)
  if (!isOpen(opened)) throw new Error(opened.unavailable)
  return opened
}

/** Connections the server has open right now. */
async function connections(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, count) =>
      error ? reject(error) : resolve(count)
    )
  )
}

describe('openEarlyChannel', () => {
  it('hands its channel to a sync asking for the same kubeconfig and context', async () => {
    const api = await apiServer()
    const config = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel(
        ['sync', 'cluster.yaml', '--kubeconfig', config, '--context=local'],
        {}
      )
      expect(early).toBeDefined()
      const opener = createKubeApiOpener(noFallback, {}, early)
      const transport = await open(opener, {
        kubectl: 'kubectl',
        kubeconfig: config,
        context: 'local'
      })
      await transport.request({ method: 'GET', path: '/api' })
      await early?.discard() // taken: the command closes it, not discard
      await transport.request({ method: 'GET', path: '/apis' })
      await transport.close()
      expect(api.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
        'GET /version',
        'GET /api',
        'GET /apis'
      ])
    } finally {
      await stop(api.server)
    }
  })

  it('leaves a sync asking for another kubeconfig its own channel, and closes the unused one', async () => {
    const api = await apiServer()
    const glanced = kubeconfig(`http://127.0.0.1:${api.port}`)
    const parsed = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel(['sync', `--kubeconfig=${glanced}`], {})
      const opener = createKubeApiOpener(noFallback, {}, early)
      const transport = await open(opener, {
        kubectl: 'kubectl',
        kubeconfig: parsed
      })
      await transport.close()
      await early?.discard()
      // Two checks: the early channel's and the command's own.
      expect(api.seen.map((s) => s.url)).toEqual(['/version', '/version'])
      expect(new Set(api.seen.map((s) => s.port)).size).toBe(2)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(await connections(api.server)).toBe(0)
    } finally {
      await stop(api.server)
    }
  })

  it('closes a channel no command took, so the CLI can exit', async () => {
    const api = await apiServer()
    const config = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel(['sync', '--kubeconfig', config], {})
      await early?.discard()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(api.seen.map((s) => s.url)).toEqual(['/version'])
      expect(await connections(api.server)).toBe(0)
    } finally {
      await stop(api.server)
    }
  })

  it('uses KUBECONFIG when no flag names a kubeconfig, and ignores flags after --', async () => {
    const api = await apiServer()
    const config = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel(
        ['sync', '--', '--kubeconfig', '/elsewhere'],
        { KUBECONFIG: config }
      )
      const opener = createKubeApiOpener(noFallback, {}, early)
      const transport = await open(opener, {
        kubectl: 'kubectl',
        kubeconfig: config
      })
      await transport.close()
      expect(api.seen.map((s) => s.url)).toEqual(['/version'])
    } finally {
      await stop(api.server)
    }
  })

  it('opens nothing for other commands or without a kubeconfig', () => {
    expect(
      openEarlyChannel(['plan', '--kubeconfig', '/some/config'], {})
    ).toBeUndefined()
    expect(openEarlyChannel(['sync', 'cluster.yaml'], {})).toBeUndefined()
    expect(openEarlyChannel([], { KUBECONFIG: '/some/config' })).toBeUndefined()
  })
})
