// A TCP relay on 127.0.0.1 that holds every chunk for `delayMs` in each
// direction, so a cluster on this machine answers as one `2 × delayMs` away
// would (the kernel's netem is not available here). TLS passes through
// untouched: the API server's certificate names 127.0.0.1, whatever the
// port. Chunks keep their order: each direction's timers all wait the same.
import { createServer, connect } from 'node:net'

/**
 * Starts the relay to 127.0.0.1:`targetPort`; resolves with its port and a
 * `close()` that stops it and every connection through it.
 */
export async function startLatencyProxy(targetPort, delayMs) {
  const sockets = new Set()
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1')
    for (const [from, to] of [
      [client, upstream],
      [upstream, client]
    ]) {
      sockets.add(from)
      from.on('data', (chunk) =>
        setTimeout(() => to.writable && to.write(chunk), delayMs)
      )
      from.on('end', () => setTimeout(() => to.end(), delayMs))
      from.on('error', () => to.destroy())
      from.on('close', () => sockets.delete(from))
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(resolve)
      })
  }
}
