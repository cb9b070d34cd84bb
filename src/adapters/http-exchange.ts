/**
 * One HTTP exchange of the KubeApi port, whichever way the channel goes
 * (kubectl proxy's Unix socket, or straight to the API server): send the
 * body, collect the whole answer, resolve on any status, reject only when
 * no answer came.
 */
import type { ClientRequest } from 'node:http'
import type { KubeApiRequest, KubeApiResponse } from '../ports/kube-api.js'

/**
 * The request's headers and options every channel sends; the caller adds
 * where to (socket or host) and its own headers, which win over the
 * request's (credentials are never replaced by a caller's header).
 */
export function requestOptions(
  r: KubeApiRequest,
  headers: Record<string, string>
): {
  method: KubeApiRequest['method']
  headers: Record<string, string>
  timeout?: number
  signal?: AbortSignal
} {
  return {
    method: r.method,
    headers: {
      accept: 'application/json',
      ...(r.contentType ? { 'content-type': r.contentType } : {}),
      // Node sends a DELETE's body neither chunked nor with a length, and
      // the server would read it as the next request on the connection.
      ...(r.body !== undefined
        ? { 'content-length': String(Buffer.byteLength(r.body)) }
        : {}),
      ...r.headers,
      ...headers
    },
    ...(r.timeoutMs !== undefined ? { timeout: r.timeoutMs } : {}),
    ...(r.signal ? { signal: r.signal } : {})
  }
}

/**
 * Sends `body` on `req` and resolves with the answer. On the request's
 * timeout event, `onTimeout` gives the error to end it with (undefined:
 * leave it running).
 */
export function exchange(
  req: ClientRequest,
  body: string | undefined,
  onTimeout: () => Error | undefined
): Promise<KubeApiResponse> {
  return new Promise((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8')
        })
      )
      res.on('error', reject)
    })
    req.on('timeout', () => {
      const error = onTimeout()
      if (error) req.destroy(error)
    })
    req.on('error', reject)
    req.end(body)
  })
}
