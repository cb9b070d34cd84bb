/**
 * A chart repository on 127.0.0.1 for tests: serves
 * __fixtures__/catalog/chart-repo/index.yaml at `/charts/index.yaml` and
 * answers 404 elsewhere, so tests read a real index over real HTTP.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LocalChartRepo {
  /** Repository root, e.g. http://127.0.0.1:41234/charts */
  url: string
  /** A URL on which nothing listens (connection refused). */
  closedUrl: string
  requests: string[]
  close(): Promise<void>
}

/**
 * With `basicAuth`, the index answers 401 to a request without exactly
 * those credentials (as a password-protected repository does).
 */
export async function startLocalChartRepo(basicAuth?: {
  username: string
  password: string
}): Promise<LocalChartRepo> {
  const index = readFileSync('__fixtures__/catalog/chart-repo/index.yaml')
  const requests: string[] = []
  const expected = basicAuth
    ? `Basic ${Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString('base64')}`
    : undefined
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (expected !== undefined && req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="charts"' }).end()
    } else if (req.url === '/charts/index.yaml') {
      res.writeHead(200, { 'content-type': 'application/yaml' }).end(index)
    } else {
      res.writeHead(404).end('not found')
    }
  })
  const port = await listen(server)
  const closedPort = await freePort()
  return {
    url: `http://127.0.0.1:${port}/charts`,
    closedUrl: `http://127.0.0.1:${closedPort}/charts`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve((server.address() as AddressInfo).port)
    )
  )
}

/** A port that was free a moment ago and is closed again. */
async function freePort(): Promise<number> {
  const probe = createServer()
  const port = await listen(probe)
  await new Promise((resolve) => probe.close(resolve))
  return port
}
