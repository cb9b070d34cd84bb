/**
 * A channel opened before the CLI has loaded, with its command's first
 * reads sent: the command gets it only when it asks for the same
 * kubeconfig and context (then the API server sees each read once, the
 * first as the check instead of /version); its requests get the waiting
 * answers only while they are the same reads in the same order; a channel
 * no command took is closed when the CLI ends.
 */
import type { Server } from 'node:http'
import { openEarlyChannel } from '../../src/adapters/kube-direct-early.js'
import { createKubeApiOpener } from '../../src/adapters/kube-direct.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiRequest,
  type KubeApiTarget,
  type KubeApiTransport
} from '../../src/ports/kube-api.js'
import { apiServer, kubeconfig, stop } from '../../__fixtures__/loopback-api.js'

const noFallback: KubeApiOpener = {
  open: () => Promise.reject(new Error('the fallback must not be used'))
}

const lease: KubeApiRequest = { method: 'GET', path: '/apis/x/leases/a' }
const metadata: KubeApiRequest = {
  method: 'GET',
  path: '/api/v1/configmaps/a',
  headers: { accept: 'application/json;as=PartialObjectMetadata' }
}

async function open(
  opener: KubeApiOpener,
  target: KubeApiTarget
): Promise<KubeApiTransport> {
  const opened = await opener.open(target)
  if (!isOpen(opened)) throw new Error(opened.unavailable)
  return opened
}

/** The early channel to `config` with the two reads, as the command takes it. */
async function takenWithReads(config: string): Promise<KubeApiTransport> {
  const early = openEarlyChannel({ kubeconfig: config }, {}, [lease, metadata])
  return open(createKubeApiOpener(noFallback, {}, early), {
    kubectl: 'kubectl',
    kubeconfig: config
  })
}

/** Connections the server has open, once none is left or after 2 s. */
async function connections(server: Server): Promise<number> {
  const count = (): Promise<number> =>
    new Promise((resolve, reject) =>
      server.getConnections((error, n) => (error ? reject(error) : resolve(n)))
    )
  // A closed socket reaches the server a moment later.
  const deadline = Date.now() + 2_000
  let open = await count()
  while (open > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    open = await count()
  }
  return open
}

/** A server answering each path with its own name, and 404 for the lease. */
async function server(): Promise<Awaited<ReturnType<typeof apiServer>>> {
  return apiServer((req, res) => {
    res.writeHead(req.url === lease.path ? 404 : 200)
    res.end(`answer to ${req.url ?? ''}`)
  })
}

describe('openEarlyChannel', () => {
  it('sends the reads at once, the first as the check, and answers them to the command once each', async () => {
    const api = await server()
    const config = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel(
        { kubeconfig: config, context: 'local' },
        {},
        [lease, metadata]
      )
      const opener = createKubeApiOpener(noFallback, {}, early)
      const transport = await open(opener, {
        kubectl: 'kubectl',
        kubeconfig: config,
        context: 'local'
      })
      expect(await transport.request({ ...lease, timeoutMs: 5 })).toEqual({
        status: 404,
        body: `answer to ${lease.path}`
      })
      expect((await transport.request(metadata)).status).toBe(200)
      // Asked again: the answer was handed out once, so this goes out.
      await transport.request(metadata)
      await early.discard() // taken: the command closes it, not discard
      await transport.close()
      expect(api.seen.map((s) => s.url)).toEqual([
        lease.path,
        metadata.path,
        metadata.path
      ])
    } finally {
      await stop(api.server)
    }
  })

  it('drops the waiting answers at the first request that is not the next read', async () => {
    const api = await server()
    const config = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const transport = await takenWithReads(config)
      // The metadata read first: out of order, so it goes to the server,
      // and so does the lease read after it.
      await transport.request(metadata)
      await transport.request(lease)
      await transport.close()
      expect(api.seen.map((s) => s.url)).toEqual([
        lease.path,
        metadata.path,
        metadata.path,
        lease.path
      ])
    } finally {
      await stop(api.server)
    }
  })

  it('leaves a command asking for another kubeconfig its own channel, and closes the unused one', async () => {
    const api = await server()
    const glanced = kubeconfig(`http://127.0.0.1:${api.port}`)
    const parsed = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel({ kubeconfig: glanced }, {}, [])
      const opener = createKubeApiOpener(noFallback, {}, early)
      const transport = await open(opener, {
        kubectl: 'kubectl',
        kubeconfig: parsed
      })
      await transport.close()
      await early.discard()
      // Two checks (with no reads to send, /version): the early channel's
      // and the command's own, on two connections, both closed.
      expect(api.seen.map((s) => s.url)).toEqual(['/version', '/version'])
      expect(new Set(api.seen.map((s) => s.port)).size).toBe(2)
      expect(await connections(api.server)).toBe(0)
    } finally {
      await stop(api.server)
    }
  })

  it('closes a channel no command took, so the CLI can exit', async () => {
    const api = await server()
    const config = kubeconfig(`http://127.0.0.1:${api.port}`)
    try {
      const early = openEarlyChannel({ kubeconfig: config }, {}, [
        lease,
        metadata
      ])
      await early.discard()
      expect(await connections(api.server)).toBe(0)
    } finally {
      await stop(api.server)
    }
  })
})
