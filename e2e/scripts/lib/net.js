// Loopback networking for the harness: free ports and small HTTP(S) requests
// for health checks and the few API calls `up` makes (no kubectl needed).
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { createServer } from 'node:net'

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(address.port))
    })
  })
}

/** True when nothing listens on 127.0.0.1:`port` (used for pinned ports). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer()
    server.unref()
    server.on('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/**
 * One HTTP(S) request. Resolves `{ status, body }` for any response and
 * rejects only on connection errors or after `timeoutMs`. `tls.ca` pins the
 * CA; `tls.insecure` accepts the self-signed in-memory certificates of the
 * controller-manager and scheduler health endpoints (loopback only).
 */
export function fetchText(url, options = {}) {
  const { method = 'GET', headers = {}, body, ca, insecure } = options
  const timeoutMs = options.timeoutMs ?? 3000
  const target = new URL(url)
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method,
        headers,
        // No keep-alive: idle sockets would linger in the Jest process that
        // runs the global setup.
        agent: false,
        timeout: timeoutMs,
        ca,
        rejectUnauthorized: !insecure
      },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
        res.on('error', reject)
      }
    )
    req.on('timeout', () =>
      req.destroy(new Error(`timeout after ${timeoutMs}ms`))
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** True when `url` answers 200 (any error or other status is false). */
export async function answersOk(url, options) {
  try {
    return (await fetchText(url, options)).status === 200
  } catch {
    return false
  }
}
