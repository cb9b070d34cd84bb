// A loopback port that refuses every connection, held until `close()` so no
// other process can take it meanwhile: the local end of a connection to a
// server of our own. A connection's port is bound (any bind of it fails with
// EADDRINUSE) but not listening, so connecting to it is refused, every time.
// A port taken and given back could be bound by anyone in between.
import { once } from 'node:events'
import { connect, createServer, type Socket } from 'node:net'

export interface RefusedPorts {
  /** A new port that refuses connections until close(). */
  next(): Promise<number>
  close(): Promise<void>
}

export function refusedPorts(): RefusedPorts {
  const sockets: Socket[] = []
  const server = createServer((socket) => sockets.push(socket))
  return {
    async next() {
      if (!server.listening) {
        server.listen(0, '127.0.0.1')
        await once(server, 'listening')
      }
      const address = server.address()
      if (typeof address !== 'object' || !address) throw new Error('no port')
      const holder = connect(address.port, '127.0.0.1')
      sockets.push(holder)
      await once(holder, 'connect')
      if (holder.localPort === undefined) throw new Error('no local port')
      return holder.localPort
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      if (server.listening) {
        await new Promise((resolve) => server.close(resolve))
      }
    }
  }
}
