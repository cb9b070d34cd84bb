/**
 * Proxies on 127.0.0.1 between ClusterSync and a private plane's API
 * server, to inject the faults a real network and a busy API server cause:
 *
 * - `startTcpFaultProxy`: a TCP relay that holds every chunk for `delayMs`
 *   and, every `dropEveryMs`, cuts every connection open through it (a
 *   flapping link or a NAT dropping its table). TLS passes through untouched.
 * - `startHttpFaultProxy`: terminates TLS with the API server's own serving
 *   certificate (the plane's kubeconfig already trusts its CA, and it names
 *   127.0.0.1 whatever the port), answers some requests itself with a 429 or
 *   a 500 the way kube-apiserver words them, and forwards the rest.
 *
 * `proxiedKubeconfig` writes a copy of the plane's kubeconfig whose server is
 * the proxy: kubectl, helm and Node's API channel all go through it.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import {
  createServer as createHttpsServer,
  request as httpsRequest
} from 'node:https'
import { connect, createServer, type Socket } from 'node:net'
import { join } from 'node:path'

export interface FaultProxy {
  port: number
  /** What the proxy did so far. */
  counts: Record<string, number>
  close(): Promise<void>
}

/** The TCP relay's faults. */
export interface TcpFaults {
  /** Each chunk waits this long, in each direction. */
  delayMs: number
  /** Every this many ms, every open connection is cut (0: never). */
  dropEveryMs: number
}

export async function startTcpFaultProxy(
  targetPort: number,
  faults: TcpFaults
): Promise<FaultProxy> {
  const counts = { connections: 0, dropped: 0 }
  const pairs = new Set<[Socket, Socket]>()
  const server = createServer((client) => {
    counts.connections++
    const upstream = connect(targetPort, '127.0.0.1')
    const pair: [Socket, Socket] = [client, upstream]
    pairs.add(pair)
    for (const [from, to] of [pair, [upstream, client] as const]) {
      from.on('data', (chunk) =>
        setTimeout(() => to.writable && to.write(chunk), faults.delayMs)
      )
      from.on('end', () => setTimeout(() => to.end(), faults.delayMs))
      from.on('error', () => to.destroy())
      from.on('close', () => {
        to.destroy()
        pairs.delete(pair)
      })
    }
  })
  const dropper =
    faults.dropEveryMs > 0
      ? setInterval(() => {
          for (const [client, upstream] of pairs) {
            counts.dropped++
            // A reset, not a polite close: what a dropped link looks like.
            client.resetAndDestroy()
            upstream.destroy()
          }
        }, faults.dropEveryMs)
      : undefined
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as { port: number }).port,
    counts,
    close: () =>
      new Promise((resolve) => {
        clearInterval(dropper)
        for (const [client, upstream] of pairs) {
          client.destroy()
          upstream.destroy()
        }
        server.close(() => resolve())
      })
  }
}

/** Which answer the proxy gives the `n`th request (1-based) itself, if any. */
export type HttpFault = (
  n: number,
  method: string,
  path: string
) => 429 | 500 | undefined

/** kube-apiserver's own Status bodies for the two answers. */
const statusBodies = {
  429: {
    reason: 'TooManyRequests',
    message: 'Too many requests, please try again later.',
    details: { retryAfterSeconds: 1 }
  },
  500: {
    reason: 'InternalError',
    message: 'Internal error occurred: injected by the fault proxy',
    details: { causes: [{ message: 'injected by the fault proxy' }] }
  }
} as const

export async function startHttpFaultProxy(
  plane: { stateDir: string; apiPort: number },
  fault: HttpFault
): Promise<FaultProxy> {
  const pki = join(plane.stateDir, 'pki')
  const cert = readFileSync(join(pki, 'apiserver.crt'))
  const key = readFileSync(join(pki, 'apiserver.key'))
  const counts = { requests: 0, 429: 0, 500: 0, forwarded: 0 }
  const server = createHttpsServer({ cert, key }, (req, res) => {
    const n = ++counts.requests
    const injected = fault(n, req.method ?? 'GET', req.url ?? '/')
    if (injected !== undefined) {
      counts[injected]++
      req.resume()
      const status = statusBodies[injected]
      res.writeHead(injected, {
        'content-type': 'application/json',
        ...(injected === 429 ? { 'retry-after': '1' } : {})
      })
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          code: injected,
          ...status
        })
      )
      return
    }
    counts.forwarded++
    const upstream = httpsRequest(
      {
        host: '127.0.0.1',
        port: plane.apiPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
        ca: cert
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    res.on('close', () => upstream.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as { port: number }).port,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A copy of `kubeconfig` (in `dir`) whose server is 127.0.0.1:`port`. */
export function proxiedKubeconfig(
  kubeconfig: string,
  port: number,
  dir: string
): string {
  const text = readFileSync(kubeconfig, 'utf8').replace(
    /server: https:\/\/127\.0\.0\.1:\d+/,
    `server: https://127.0.0.1:${port}`
  )
  const path = join(dir, `kubeconfig-${randomBytes(4).toString('hex')}`)
  writeFileSync(path, text, { mode: 0o600 })
  return path
}
