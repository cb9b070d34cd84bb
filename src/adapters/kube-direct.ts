/**
 * The KubeApi port straight to the API server: when the kubeconfig holds
 * only static credentials (kubeconfig-direct.ts says when), Node reads them
 * in-process and sends each request over HTTPS on a keep-alive agent, with
 * no kubectl process at all. In every other case, and whenever the direct
 * channel does not answer, the fallback opener (kubectl proxy) opens the
 * channel as before, so kubectl reaches the server its own way and reports
 * its own errors.
 *
 * Why: `kubectl proxy` costs ~75 ms before its first answer and ~0.5 CPU-s
 * per 1,000 applied objects on a 2-CPU runner, where the sync is CPU-bound.
 *
 * Credentials never leave this file: they go into the agent and the
 * Authorization header, never into a message.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { homedir } from 'node:os'
import { createSecureContext } from 'node:tls'
import { ConfigurationError, errorCode } from '../errors.js'
import type {
  KubeApiOpener,
  KubeApiRequest,
  KubeApiResponse,
  KubeApiTarget,
  KubeApiTransport
} from '../ports/kube-api.js'
import { directFailure, requestTimeout } from './kube-direct-failure.js'
import { exchange, requestOptions } from './http-exchange.js'
import {
  directChannel,
  proxyVariable,
  type CredentialSource,
  type DirectChannel,
  type KubeconfigProblem,
  type NoDirectChannel
} from './kubeconfig-direct.js'
import { readKubeconfigs } from './kubeconfig-merge.js'
import { readBoundedSync } from './node-fs.js'
import { maxFileBytes } from '../definition/guarded-read.js'

/** How long the API server may take to answer the check (`GET /version`). */
const checkTimeoutMs = 15_000
/** Connections kept open to the API server (requests beyond wait for one). */
const maxSockets = 16
/**
 * Idle connections are closed after this long, well before the API server
 * closes them (90 s), so a request never races a closing connection.
 */
const idleMs = 30_000

/**
 * Opens the direct channel when the kubeconfig allows it, else (or when the
 * API server does not answer it) whatever `fallback` opens; see the file
 * comment. `env` supplies KUBECONFIG, HOME and the proxy variables. Rejects with a ConfigurationError when the
 * kubeconfig is one kubectl would refuse too (a context that is not in it,
 * a --kubeconfig that does not exist; kubeconfig-merge.ts).
 */
export function createKubeApiOpener(
  fallback: KubeApiOpener = kubectlProxyWhenNeeded,
  env: NodeJS.ProcessEnv = process.env
): KubeApiOpener {
  return {
    open: async (target) => {
      const direct = await openDirect(target, env)
      // kubectl would refuse this kubeconfig too; no fallback can help.
      if ('problem' in direct) throw new ConfigurationError(direct.problem)
      // No warning: the fallback gives the same result, only slower.
      return 'fallback' in direct ? fallback.open(target) : direct
    }
  }
}

/**
 * The kubectl proxy opener, loaded on first use: most syncs never need it,
 * and it brings node:child_process, which every CLI start would otherwise
 * load (~2 ms measured in the bundle).
 */
const kubectlProxyWhenNeeded: KubeApiOpener = {
  open: async (target) =>
    (await import('./kubectl-proxy.js')).createKubectlProxyOpener().open(target)
}

/** The request that proves a new channel. */
const versionCheck: KubeApiRequest = {
  method: 'GET',
  path: '/version',
  timeoutMs: checkTimeoutMs
}

/**
 * The direct channel for `target`, checked with `GET /version`; or why the
 * sync uses kubectl instead. Never rejects.
 */
export async function openDirect(
  target: KubeApiTarget,
  env: NodeJS.ProcessEnv
): Promise<KubeApiTransport | NoDirectChannel | KubeconfigProblem> {
  // Synchronous reads, here and for the credential files: the request below
  // then leaves in the caller's turn, and the TLS handshake runs while the
  // caller goes on (the CLI asks git for the commit meanwhile).
  // A kubeconfig decoded once already (the Action's input) is not read again.
  const texts = target.decoded
    ? [target.decoded]
    : readKubeconfigs(target, env, env.HOME || homedir())
  if (!Array.isArray(texts)) return texts
  const channel = directChannel(texts, target.context)
  if (!('protocol' in channel)) return channel
  // Checked after the context, so a context that is not there is reported
  // the same way whatever the environment.
  const proxy = proxyVariable(env)
  if (proxy) return { fallback: `${proxy} is set (kubectl goes through it)` }
  let connection: { agent: HttpAgent; headers: Record<string, string> }
  try {
    connection = connectionOf(channel)
  } catch (error) {
    // Only the error's code: a credential file's content is never quoted.
    return { fallback: `cannot read a credential file (${errorCode(error)})` }
  }
  const { agent, headers } = connection
  // Any HTTP answer proves the channel (a 401 or a 503 is the sync's to
  // report, as kubectl would); no answer at all (TLS, refused, no route)
  // is kubectl's to meet and word its own way.
  const answered = await send(channel, agent, headers, versionCheck).then(
    () => ({}),
    (error: unknown) => ({ failed: directFailure(error, channel) })
  )
  if ('failed' in answered) {
    agent.destroy()
    return { fallback: `the API server did not answer (${answered.failed})` }
  }
  const transport: KubeApiTransport = {
    namespace: channel.namespace,
    request: (r) =>
      send(channel, agent, headers, r).catch((error: unknown) => {
        throw new Error(directFailure(error, channel), { cause: error })
      }),
    close: () => {
      agent.destroy()
      return Promise.resolve()
    }
  }
  return transport
}

/** The agent (TLS material included) and the headers every request carries. */
function connectionOf(channel: DirectChannel): {
  agent: HttpAgent
  headers: Record<string, string>
} {
  // kubectl reads the token file on each refresh and trims it; once per
  // sync is enough here (a sync lasts minutes, projected tokens hours).
  const token = channel.tokenFile
    ? new TextDecoder().decode(readCredential(channel.tokenFile)).trim()
    : channel.token
  if (channel.tokenFile && !token) throw emptyToken()
  const headers: Record<string, string> = token
    ? { authorization: `Bearer ${token}` }
    : {}
  const common = { keepAlive: true, maxSockets, timeout: idleMs }
  if (channel.protocol === 'http:')
    return { agent: new HttpAgent(common), headers }
  const [ca, cert, key] = [
    bytesOf(channel.ca),
    bytesOf(channel.cert),
    bytesOf(channel.key)
  ]
  // One TLS context for every connection of the channel: given only `ca`,
  // the agent builds a context per connection, and each copies Node's
  // whole root store (measured: 8 connections took 48-72 ms instead of
  // 22-28 ms where NODE_EXTRA_CA_CERTS is not set).
  const secureContext = createSecureContext({
    ...(ca ? { ca } : {}),
    ...(cert && key ? { cert, key } : {})
  })
  const agent = new HttpsAgent({
    ...common,
    secureContext,
    ...(channel.servername ? { servername: channel.servername } : {}),
    rejectUnauthorized: !channel.insecure
  })
  return { agent, headers }
}

function bytesOf(source: CredentialSource | undefined): Buffer | undefined {
  if (source === undefined) return undefined
  return 'data' in source
    ? source.data
    : Buffer.from(readCredential(source.file))
}

/** A file the kubeconfig names: bounded, never waiting on a FIFO (node-fs.ts). */
function readCredential(file: string): Uint8Array {
  return readBoundedSync(file, maxFileBytes)
}

function emptyToken(): Error {
  return Object.assign(new Error('the token file is empty'), {
    code: 'EMPTY'
  })
}

/** One request; resolves on any HTTP status, rejects on transport failures. */
function send(
  channel: DirectChannel,
  agent: HttpAgent,
  auth: Record<string, string>,
  r: KubeApiRequest
): Promise<KubeApiResponse> {
  const request = channel.protocol === 'https:' ? httpsRequest : httpRequest
  const req = request({
    agent,
    protocol: channel.protocol,
    hostname: channel.hostname,
    port: channel.port,
    path: `${channel.prefix}${r.path}`,
    ...requestOptions(r, { 'user-agent': 'clustersync', ...auth })
  })
  return exchange(req, r.body, () =>
    // Without a timeout of its own, the event is the agent's idle timer,
    // which only closes idle connections.
    r.timeoutMs === undefined
      ? undefined
      : Object.assign(new Error(`no answer within ${r.timeoutMs} ms`), {
          code: requestTimeout,
          // Still dialling, or waiting for the answer: Go says which.
          dialing: req.socket?.connecting === true
        })
  )
}
