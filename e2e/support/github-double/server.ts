/**
 * A GitHub REST API double on 127.0.0.1 (random port) that accepts only what
 * GitHub's published description accepts. Every request is matched to an
 * operation and validated (./openapi.ts) and checked against the documented
 * limits the schema does not encode (./limits.ts); anything else is answered
 * 4xx and recorded as a violation, which `assertNoViolations()` turns into a
 * test failure naming the operation and the JSON pointer. Faults can be
 * scripted to answer as GitHub does for read-only tokens, rate limits and
 * server errors.
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadApiDescription, type Violation } from './openapi.js'
import { checkLimits } from './limits.js'
import { createStore } from './store.js'

export type { Violation } from './openapi.js'

export type FaultKind =
  /** 403 "Resource not accessible by integration" (fork pull requests). */
  | 'read-only'
  /** 403 with x-ratelimit-remaining: 0 and x-ratelimit-reset. */
  | 'rate-limit'
  /**
   * A secondary rate limit: 429 with retry-after by default; GitHub's docs
   * say it may also come as a 403, and without retry-after.
   */
  | 'secondary-rate-limit'
  /** 502 Bad Gateway. */
  | 'server-error'

export interface Fault {
  kind: FaultKind
  /** Operation ids it applies to; 'write' = every non-GET; default: all. */
  operations?: string[] | 'write'
  /** How many matching requests it answers; default: unlimited. */
  times?: number
  /** retry-after / reset delay in seconds (default 1). */
  seconds?: number
  /** secondary-rate-limit only: the status (default 429). */
  status?: 403 | 429
  /** secondary-rate-limit only: false sends no retry-after (default true). */
  retryAfter?: boolean
}

export interface RecordedRequest {
  operationId: string
  method: string
  path: string
  query: Record<string, unknown>
  body: unknown
  status: number
  authorization?: string
}

/** Starts the double; resolves once it listens. */
export async function startGitHubDouble() {
  const api = loadApiDescription()
  let baseUrl = ''
  const store = createStore(api, () => baseUrl)
  const violations: Violation[] = []
  const requests: RecordedRequest[] = []
  const faults: Fault[] = []

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: String(error) })
    })
  })

  async function handle(
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl)
    const method = req.method ?? 'GET'
    const text = await readBody(req)
    const found = api.match(method, url.pathname)
    if (!found) {
      violations.push({
        operationId: '(none)',
        method,
        path: url.pathname,
        pointer: '',
        message: `no operation in GitHub's API description matches ${method} ${url.pathname}`
      })
      send(res, 404, { message: 'Not Found' })
      return
    }
    const { operation } = found
    let body: unknown
    if (text !== '') {
      try {
        body = JSON.parse(text) as unknown
      } catch {
        violations.push({
          ...where(),
          pointer: '/body',
          message: 'body is not JSON'
        })
        send(res, 400, { message: 'Problems parsing JSON' })
        return
      }
    }
    function where() {
      return { operationId: operation.operationId, method, path: url.pathname }
    }
    const checked = api.validate(
      operation,
      url.pathname,
      found.params,
      url.searchParams,
      body
    )
    // The schema encodes some limits too (maxItems): report each place once.
    const broken = [
      ...checked.violations,
      ...checkLimits(operation.operationId, body).map((v) => ({
        ...where(),
        ...v
      }))
    ].filter((v, i, all) => all.findIndex((w) => w.pointer === v.pointer) === i)
    const record = (status: number): void => {
      requests.push({
        operationId: operation.operationId,
        method,
        path: url.pathname,
        query: checked.query,
        body,
        status,
        authorization: req.headers.authorization
      })
    }
    if (broken.length > 0) {
      violations.push(...broken)
      record(422)
      send(res, 422, {
        message: 'Validation Failed',
        errors: broken.map((v) => ({
          resource: operation.operationId,
          field: v.pointer,
          code: 'invalid',
          message: v.message
        }))
      })
      return
    }
    const fault = takeFault(operation.operationId, method)
    if (fault) {
      record(answerFault(res, fault))
      return
    }
    const handler = store.handlers[operation.operationId]
    if (!handler) {
      violations.push({
        ...where(),
        pointer: '',
        message:
          'valid request, but the double does not implement this operation'
      })
      record(501)
      send(res, 501, { message: 'Not Implemented by the double' })
      return
    }
    const result = handler({
      operation,
      params: checked.params,
      query: checked.query,
      body: (body ?? {}) as Record<string, unknown>
    })
    record(result.status)
    const headers: Record<string, string> = {}
    if (result.page) {
      const { page, perPage, total } = result.page
      const last = Math.max(1, Math.ceil(total / perPage))
      const link = (p: number, rel: string): string => {
        const u = new URL(url)
        u.searchParams.set('page', String(p))
        u.searchParams.set('per_page', String(perPage))
        return `<${u.toString()}>; rel="${rel}"`
      }
      const links = []
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
      if (links.length > 0) headers.link = links.join(', ')
    }
    send(res, result.status, result.body, headers)
  }

  function takeFault(operationId: string, method: string): Fault | undefined {
    const i = faults.findIndex(
      (f) =>
        f.operations === undefined ||
        (f.operations === 'write'
          ? method !== 'GET'
          : f.operations.includes(operationId))
    )
    const fault = faults[i]
    if (!fault) return undefined
    if (fault.times !== undefined && --fault.times <= 0) faults.splice(i, 1)
    return fault
  }

  function answerFault(res: ServerResponse, fault: Fault): number {
    const seconds = fault.seconds ?? 1
    const docs = 'https://docs.github.com/rest'
    switch (fault.kind) {
      case 'read-only':
        send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: docs
        })
        return 403
      case 'rate-limit':
        send(
          res,
          403,
          {
            message: 'API rate limit exceeded for installation.',
            documentation_url: docs
          },
          {
            'x-ratelimit-limit': '1000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + seconds)
          }
        )
        return 403
      case 'secondary-rate-limit': {
        const status = fault.status ?? 429
        send(
          res,
          status,
          {
            message: 'You have exceeded a secondary rate limit.',
            documentation_url: docs
          },
          fault.retryAfter === false ? {} : { 'retry-after': String(seconds) }
        )
        return status
      }
      case 'server-error':
        send(res, 502, { message: 'Server Error' })
        return 502
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    /** The API URL (GITHUB_API_URL) and, for links, the server URL. */
    url: baseUrl,
    state: store.state,
    requests,
    violations,
    /** Scripts a fault; the most recently added matching fault wins last. */
    fault(f: Fault): void {
      faults.push(f)
    },
    clearFaults(): void {
      faults.length = 0
    },
    /** Throws a readable error listing every violation so far. */
    assertNoViolations(): void {
      if (violations.length === 0) return
      throw new Error(
        `GitHub would reject ${violations.length} request(s):\n` +
          violations
            .map(
              (v) =>
                `  ${v.operationId} (${v.method} ${v.path}) at ${v.pointer || '/'}: ${v.message}`
            )
            .join('\n')
      )
    },
    close(): Promise<void> {
      return new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
    }
  }
}

/** The running double, as tests see it. */
export type GitHubDouble = Awaited<ReturnType<typeof startGitHubDouble>>

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...headers
  })
  res.end(body === undefined ? '' : JSON.stringify(body))
}
