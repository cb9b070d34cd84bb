/**
 * The direct API channel against a plain-HTTP server on 127.0.0.1 (an
 * `http://` kubeconfig): it checks `GET /version`, sends the token, keeps the
 * server's path prefix and its connections, answers any HTTP status like the
 * proxy does, words a dead server as kubectl would (so the retry rules treat
 * it as transient and unreachable), and leaves every kubeconfig it cannot
 * serve, or a server that does not answer, to the fallback opener.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { delimiter, join } from 'node:path'
import { decodeKubeconfig } from '../../src/action/kubeconfig.js'
import { ConfigurationError } from '../../src/errors.js'
import {
  createKubeApiOpener,
  openDirect
} from '../../src/adapters/kube-direct.js'
import { isTransient, isUnreachable } from '../../src/cluster/retry.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiTarget,
  type KubeApiTransport
} from '../../src/ports/kube-api.js'
import {
  apiServer,
  kubeconfig,
  scratchFolder,
  stop,
  token
} from '../../__fixtures__/loopback-api.js'

const scratch = scratchFolder()

/** A fallback opener that records what it was asked to open. */
function recordingFallback(): KubeApiOpener & { targets: KubeApiTarget[] } {
  const targets: KubeApiTarget[] = []
  return {
    targets,
    open: (target) => {
      targets.push(target)
      return Promise.resolve({ unavailable: 'the fallback was used' })
    }
  }
}

async function openedDirect(target: KubeApiTarget): Promise<KubeApiTransport> {
  const fallback = recordingFallback()
  const opened = await createKubeApiOpener(fallback, {}).open(target)
  if (!isOpen(opened)) throw new Error(`not opened: ${opened.unavailable}`)
  expect(fallback.targets).toEqual([])
  return opened
}

describe('createKubeApiOpener, straight to the API server', () => {
  it('checks /version, sends the token, keeps the path prefix and the connection', async () => {
    const api = await apiServer((req, res, body) => {
      if (req.method === 'PATCH') {
        res.writeHead(201, { 'content-type': 'application/json' })
        res.end(body)
      } else if (req.url?.endsWith('/missing')) {
        res.writeHead(404)
        res.end('{"kind":"Status","reason":"NotFound"}')
      } else {
        res.writeHead(200)
        res.end('{"major":"1"}')
      }
    })
    const transport = await openedDirect({
      kubectl: 'kubectl-not-used',
      kubeconfig: kubeconfig(
        `http://127.0.0.1:${api.port}/k8s/clusters/c-1/`,
        { tokenFile: 'token' },
        'team'
      )
    })
    try {
      expect(transport.namespace).toBe('team')
      const patched = await transport.request({
        method: 'PATCH',
        path: '/api/v1/namespaces/team/configmaps/a?fieldManager=clustersync',
        body: '{"kind":"ConfigMap"}',
        contentType: 'application/apply-patch+yaml',
        timeoutMs: 5_000
      })
      expect(patched).toEqual({ status: 201, body: '{"kind":"ConfigMap"}' })
      // Any HTTP status resolves, as over the proxy.
      const missing = await transport.request({
        method: 'GET',
        path: '/api/v1/namespaces/team/configmaps/missing'
      })
      expect(missing.status).toBe(404)
    } finally {
      await transport.close()
      await stop(api.server)
    }
    expect(api.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /k8s/clusters/c-1/version',
      'PATCH /k8s/clusters/c-1/api/v1/namespaces/team/configmaps/a?fieldManager=clustersync',
      'GET /k8s/clusters/c-1/api/v1/namespaces/team/configmaps/missing'
    ])
    expect(api.seen[1]?.contentType).toBe('application/apply-patch+yaml')
    // One keep-alive connection served the check and both requests.
    expect(new Set(api.seen.map((s) => s.port)).size).toBe(1)
    expect(api.seen.map((s) => s.authorization)).toEqual([
      `Bearer file-${token}`,
      `Bearer file-${token}`,
      `Bearer file-${token}`
    ])
  })

  it('sends a DELETE body with its length, so the next request on the connection reads right', async () => {
    // Node sends a DELETE's body neither chunked nor with a length unless
    // told: the server then reads the body as the next request.
    const api = await apiServer((req, res, body) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(req.method === 'DELETE' ? body : '{"major":"1"}')
    })
    const transport = await openedDirect({
      kubectl: 'kubectl-not-used',
      kubeconfig: kubeconfig(`http://127.0.0.1:${api.port}`, {
        tokenFile: 'token'
      })
    })
    const options = '{"kind":"DeleteOptions","propagationPolicy":"Background"}'
    try {
      for (const name of ['a', 'b']) {
        const deleted = await transport.request({
          method: 'DELETE',
          path: `/api/v1/namespaces/team/configmaps/${name}`,
          body: options,
          contentType: 'application/json',
          timeoutMs: 5_000
        })
        expect(deleted).toEqual({ status: 200, body: options })
      }
      const after = await transport.request({ method: 'GET', path: '/version' })
      expect(after.status).toBe(200)
    } finally {
      await transport.close()
      await stop(api.server)
    }
    expect(api.seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual([
      'GET /version ',
      `DELETE /api/v1/namespaces/team/configmaps/a ${options}`,
      `DELETE /api/v1/namespaces/team/configmaps/b ${options}`,
      'GET /version '
    ])
  })

  it('sends an inline token, defaults the namespace, and reads a relative kubeconfig path', async () => {
    const api = await apiServer()
    const transport = await openedDirect({
      kubectl: 'kubectl-not-used',
      kubeconfig: kubeconfig(`http://127.0.0.1:${api.port}`)
    })
    await transport.close()
    await stop(api.server)
    expect(transport.namespace).toBe('default')
    expect(api.seen).toMatchObject([
      { method: 'GET', url: '/version', authorization: `Bearer ${token}` }
    ])
  })

  it('words a server that went away as kubectl does: transient and unreachable', async () => {
    const api = await apiServer()
    const transport = await openedDirect({
      kubectl: 'kubectl-not-used',
      kubeconfig: kubeconfig(`http://127.0.0.1:${api.port}`)
    })
    await stop(api.server)
    // Let the agent see its idle connection closed.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const failed = await transport
      .request({ method: 'GET', path: '/api/v1', timeoutMs: 5_000 })
      .then(
        () => 'answered',
        (error: unknown) => (error as Error).message
      )
    await transport.close()
    expect(failed).toBe(
      `dial tcp 127.0.0.1:${api.port}: connect: connection refused`
    )
    expect(isTransient({ stderr: failed })).toBe(true)
    expect(isUnreachable({ stderr: failed })).toBe(true)
  })

  it('words a request that outlives its timeout as an i/o timeout', async () => {
    const api = await apiServer((req, res) => {
      if (req.url === '/version') res.end('{}')
      // Anything else is never answered.
    })
    const transport = await openedDirect({
      kubectl: 'kubectl-not-used',
      kubeconfig: kubeconfig(`http://127.0.0.1:${api.port}`)
    })
    const failed = await transport
      .request({ method: 'GET', path: '/api/v1', timeoutMs: 100 })
      .then(
        () => 'answered',
        (error: unknown) => (error as Error).message
      )
    const cancel = new AbortController()
    const pending = transport.request({
      method: 'GET',
      path: '/api/v1',
      signal: cancel.signal
    })
    cancel.abort()
    await expect(pending).rejects.toThrow('context canceled')
    await transport.close()
    await stop(api.server)
    expect(failed).toBe(
      `read tcp 127.0.0.1:${api.port}: i/o timeout (no answer within 100 ms)`
    )
    expect(isTransient({ stderr: failed })).toBe(true)
  })
})

describe('createKubeApiOpener, given the kubeconfig already decoded', () => {
  it('opens the channel from the decoded value, reading no kubeconfig file', async () => {
    const api = await apiServer((_req, res) => {
      res.writeHead(200)
      res.end('{"major":"1"}')
    })
    const written = kubeconfig(
      `http://127.0.0.1:${api.port}`,
      { token },
      'team'
    )
    const decoded = decodeKubeconfig(
      Buffer.from(readFileSync(written, 'utf8')).toString('base64')
    )
    // The file kubectl and helm read is gone: only the decoded value is left.
    rmSync(written)
    const transport = await openedDirect({
      kubectl: 'kubectl-not-used',
      kubeconfig: written,
      decoded: { file: written, value: decoded.document }
    })
    try {
      expect(transport.namespace).toBe('team')
    } finally {
      await transport.close()
      await stop(api.server)
    }
    expect(api.seen.map((s) => s.authorization)).toEqual([`Bearer ${token}`])
  })
})

describe('createKubeApiOpener, falling back to kubectl', () => {
  it('uses the fallback when nothing listens, closing what it opened', async () => {
    const api = await apiServer()
    await stop(api.server)
    const target = {
      kubectl: 'kubectl',
      kubeconfig: kubeconfig(`http://127.0.0.1:${api.port}`),
      context: 'local'
    }
    const fallback = recordingFallback()
    expect(await createKubeApiOpener(fallback, {}).open(target)).toEqual({
      unavailable: 'the fallback was used'
    })
    expect(fallback.targets).toEqual([target])
    expect(await openDirect(target, {})).toEqual({
      fallback: `the API server did not answer (dial tcp 127.0.0.1:${api.port}: connect: connection refused)`
    })
  })

  it('leaves kubeconfigs it cannot serve to the fallback, without a request', async () => {
    const api = await apiServer()
    const server = `http://127.0.0.1:${api.port}`
    const cases: [KubeApiTarget, NodeJS.ProcessEnv, string][] = [
      [
        {
          kubectl: 'kubectl',
          kubeconfig: kubeconfig(server, {
            exec: {
              apiVersion: 'client.authentication.k8s.io/v1',
              command: 'x'
            }
          })
        },
        {},
        'user "me" has "exec", which only kubectl can use'
      ],
      [
        { kubectl: 'kubectl', kubeconfig: kubeconfig(server) },
        { HTTPS_PROXY: 'http://127.0.0.1:9' },
        'HTTPS_PROXY is set (kubectl goes through it)'
      ],
      [
        { kubectl: 'kubectl' },
        { HOME: join(scratch, 'no-home') },
        `cannot read the kubeconfig ${join(scratch, 'no-home', '.kube', 'config')} (ENOENT)`
      ],
      [
        {
          kubectl: 'kubectl',
          kubeconfig: kubeconfig(server, { tokenFile: 'no-such-token' })
        },
        {},
        'cannot read a credential file (ENOENT)'
      ],
      [
        {
          kubectl: 'kubectl',
          kubeconfig: kubeconfig(server, { tokenFile: 'empty-token' })
        },
        {},
        'cannot read a credential file (EMPTY)'
      ]
    ]
    for (const [target, env, why] of cases) {
      expect(await openDirect(target, env)).toEqual({ fallback: why })
      const fallback = recordingFallback()
      await createKubeApiOpener(fallback, env).open(target)
      expect(fallback.targets).toEqual([target])
    }
    await stop(api.server)
    expect(api.seen).toEqual([])
  })
})

describe('createKubeApiOpener, with several kubeconfig files or none', () => {
  it('merges a KUBECONFIG list as kubectl does and talks to the merged context', async () => {
    const api = await apiServer()
    const here = mkdtempSync(join(scratch, 'merge-'))
    const first = join(here, 'first.yaml')
    const second = join(here, 'second', 'config')
    mkdirSync(join(here, 'second'))
    // The first file sets the context and the cluster; the second the user,
    // whose token file is beside the second file, and a context of the same
    // name that must lose.
    writeFileSync(
      first,
      JSON.stringify({
        'current-context': 'merged',
        contexts: [
          {
            name: 'merged',
            context: { cluster: 'c', user: 'u', namespace: 'team' }
          }
        ],
        clusters: [
          { name: 'c', cluster: { server: `http://127.0.0.1:${api.port}` } }
        ]
      })
    )
    writeFileSync(join(here, 'second', 'token'), 'second-token\n')
    writeFileSync(
      second,
      JSON.stringify({
        'current-context': 'other',
        contexts: [{ name: 'merged', context: { cluster: 'x', user: 'x' } }],
        users: [{ name: 'u', user: { tokenFile: 'token' } }]
      })
    )
    const missing = join(here, 'not-there.yaml')
    const env = { KUBECONFIG: [missing, first, '', second].join(delimiter) }
    const fallback = recordingFallback()
    const opened = await createKubeApiOpener(fallback, env).open({
      kubectl: 'kubectl-not-used'
    })
    if (!isOpen(opened)) throw new Error(`not opened: ${opened.unavailable}`)
    await opened.close()
    await stop(api.server)
    expect(fallback.targets).toEqual([])
    expect(opened.namespace).toBe('team')
    expect(api.seen).toMatchObject([
      { method: 'GET', url: '/version', authorization: 'Bearer second-token' }
    ])
  })

  it('refuses what kubectl would refuse too, naming the contexts there are', async () => {
    const api = await apiServer()
    const path = kubeconfig(`http://127.0.0.1:${api.port}`)
    const missing = join(scratch, 'no-such-config')
    const cases: [KubeApiTarget, NodeJS.ProcessEnv, string][] = [
      [
        { kubectl: 'kubectl', kubeconfig: path, context: 'prod' },
        {},
        `context "prod" not found in kubeconfig ${path}; contexts: local`
      ],
      [
        { kubectl: 'kubectl', context: 'prod' },
        { KUBECONFIG: `${path}${delimiter}${missing}` },
        `context "prod" not found in kubeconfig ${path}; contexts: local`
      ],
      [
        // A proxy variable does not hide it: kubectl would refuse it too.
        { kubectl: 'kubectl', kubeconfig: path, context: 'prod' },
        { HTTPS_PROXY: 'http://127.0.0.1:9' },
        `context "prod" not found in kubeconfig ${path}; contexts: local`
      ],
      [
        { kubectl: 'kubectl', kubeconfig: missing },
        // --kubeconfig wins over KUBECONFIG, as in kubectl.
        { KUBECONFIG: path },
        `kubeconfig ${missing} does not exist`
      ],
      [
        { kubectl: 'kubectl' },
        { KUBECONFIG: missing },
        `no file KUBECONFIG lists exists (${missing})`
      ]
    ]
    for (const [target, env, why] of cases) {
      expect(await openDirect(target, env)).toEqual({ problem: why })
      const fallback = recordingFallback()
      await expect(
        createKubeApiOpener(fallback, env).open(target)
      ).rejects.toThrow(new ConfigurationError(why))
      expect(fallback.targets).toEqual([])
    }
    await stop(api.server)
    expect(api.seen).toEqual([])
  })
})
