/**
 * A loopback API server (plain HTTP on 127.0.0.1) and kubeconfigs that point
 * at it, for the direct channel's tests: the server records every request
 * and answers through a callback.
 */
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const token = 'unit-test-token-0123'
const scratch = mkdtempSync(join(tmpdir(), 'clustersync-direct-test-'))

/** The folder the kubeconfigs are written in. */
export function scratchFolder(): string {
  return scratch
}

export interface Seen {
  method: string
  url: string
  authorization?: string
  contentType?: string
  body: string
  port: number
}

/** A loopback API server that records requests and answers through `answer`. */
export async function apiServer(
  answer: (req: IncomingMessage, res: ServerResponse, body: string) => void = (
    _req,
    res
  ) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"major":"1"}')
  }
): Promise<{ server: Server; port: number; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        ...(req.headers.authorization
          ? { authorization: req.headers.authorization }
          : {}),
        ...(req.headers['content-type']
          ? { contentType: req.headers['content-type'] }
          : {}),
        body,
        port: req.socket.remotePort ?? 0
      })
      answer(req, res, body)
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, port: (server.address() as AddressInfo).port, seen }
}

export async function stop(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

let files = 0
/** Writes a kubeconfig for `server` whose user is `user`; returns its path. */
export function kubeconfig(
  server: string,
  user: Record<string, unknown> = { token },
  namespace?: string
): string {
  const dir = mkdtempSync(join(scratch, `kc${files++}-`))
  const path = join(dir, 'config')
  // Token files beside it, for users that name them relatively.
  writeFileSync(join(dir, 'token'), ` file-${token}\n`)
  writeFileSync(join(dir, 'empty-token'), '\n')
  writeFileSync(
    path,
    JSON.stringify({
      'current-context': 'local',
      clusters: [{ name: 'local', cluster: { server } }],
      users: [{ name: 'me', user }],
      contexts: [
        {
          name: 'local',
          context: { cluster: 'local', user: 'me', namespace }
        }
      ]
    })
  )
  return path
}
