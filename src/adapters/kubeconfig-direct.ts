/**
 * Whether a sync may talk to the API server itself, read from the kubeconfig
 * alone (no file is opened here): only when the context's cluster is a plain
 * http(s) URL and its user holds static credentials, a client certificate
 * and key and/or a bearer token. Anything kubectl does that Node would not
 * (exec plugins, auth providers, impersonation, basic auth, proxies, keys
 * we do not know) answers why not, so the caller uses kubectl instead and
 * the result stays exactly kubectl's. Several files in KUBECONFIG are merged
 * first, as kubectl merges them (kubeconfig-merge.ts). A context that is not
 * there is neither: it is the user's to fix, and the answer says so.
 *
 * The reasons name keys, contexts, clusters, users and files, never a value
 * read from them: a kubeconfig holds credentials.
 */
import { isAbsolute, join } from 'node:path'
import {
  isRecord,
  isString,
  mergeKubeconfigs,
  type KubeconfigEntry,
  type KubeconfigProblem,
  type KubeconfigSource,
  type MergedKubeconfig,
  type NoDirectChannel
} from './kubeconfig-merge.js'

export type {
  KubeconfigProblem,
  KubeconfigText,
  NoDirectChannel
} from './kubeconfig-merge.js'

/** Bytes given inline (`…-data`, base64-decoded) or as an absolute file path. */
export type CredentialSource = { data: Buffer } | { file: string }

/** Everything needed to reach the API server directly (see the file comment). */
export interface DirectChannel {
  protocol: 'https:' | 'http:'
  /** Host name or IP (IPv6 without brackets). */
  hostname: string
  port: number
  /** `host:port` as Go prints it, for error messages. */
  address: string
  /** The server URL's path (`/k8s/clusters/c-1`), without trailing slash; '' for none. */
  prefix: string
  ca?: CredentialSource
  cert?: CredentialSource
  key?: CredentialSource
  token?: string
  /** An absolute path whose trimmed content replaces `token` (as kubectl does). */
  tokenFile?: string
  /** `tls-server-name`: the name the server's certificate is checked against. */
  servername?: string
  /** `insecure-skip-tls-verify: true`. */
  insecure: boolean
  /** The context's namespace, 'default' when it names none. */
  namespace: string
}

/** Variables kubectl honours to reach the server through a proxy. */
const proxyVariables = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy'
]

const clusterKeys = new Set([
  'server',
  'certificate-authority',
  'certificate-authority-data',
  'insecure-skip-tls-verify',
  'tls-server-name',
  'disable-compression',
  'extensions'
])
const userKeys = new Set([
  'client-certificate',
  'client-certificate-data',
  'client-key',
  'client-key-data',
  'token',
  'tokenFile',
  'extensions'
])

/** The first proxy variable set, whose proxy kubectl would go through. */
export function proxyVariable(env: NodeJS.ProcessEnv): string | undefined {
  return proxyVariables.find((name) => env[name])
}

/**
 * Reads the kubeconfig files `texts` (as read, or already decoded; merged
 * as kubectl merges them) for
 * `context`, else their current-context: the channel to open, why kubectl
 * must open it, or, when the context is not there, the problem to report.
 */
export function directChannel(
  texts: readonly KubeconfigSource[],
  context?: string
): DirectChannel | NoDirectChannel | KubeconfigProblem {
  const config = mergeKubeconfigs(texts)
  if ('fallback' in config) return config
  const chosen = chooseContext(config, context)
  if (!('name' in chosen)) return chosen
  const contextName = chosen.name
  const ctx = named(config.contexts, contextName, 'context')
  if ('fallback' in ctx) return ctx
  const clusterName = ctx.value.cluster
  const userName = ctx.value.user
  if (typeof clusterName !== 'string' || typeof userName !== 'string')
    return { fallback: `context "${contextName}" names no cluster or no user` }
  const cluster = named(config.clusters, clusterName, 'cluster')
  if ('fallback' in cluster) return cluster
  const user = named(config.users, userName, 'user')
  if ('fallback' in user) return user
  const namespace = ctx.value.namespace
  if (present(namespace) && !isString(namespace))
    return {
      fallback: `context "${contextName}" has a namespace that is not a string`
    }
  const server = serverOf(cluster.value, clusterName, cluster.base)
  if ('fallback' in server) return server
  const auth = credentialsOf(user.value, userName, user.base)
  if ('fallback' in auth) return auth
  return {
    ...server,
    ...auth,
    namespace: isString(namespace) && namespace ? namespace : 'default'
  }
}

/** The cluster's half of the channel: where it is and how TLS is checked. */
function serverOf(
  cluster: Record<string, unknown>,
  name: string,
  base: string
):
  | Omit<DirectChannel, 'namespace' | 'cert' | 'key' | 'token' | 'tokenFile'>
  | NoDirectChannel {
  if (present(cluster['proxy-url']))
    return { fallback: `cluster "${name}" has a proxy-url` }
  const unknown = Object.keys(cluster).find(
    (k) => present(cluster[k]) && !clusterKeys.has(k)
  )
  if (unknown)
    return {
      fallback: `cluster "${name}" has "${unknown}", which only kubectl reads`
    }
  const server = cluster.server
  if (!isString(server) || server === '')
    return { fallback: `cluster "${name}" has no server` }
  let url: URL
  try {
    url = new URL(server)
  } catch {
    return { fallback: `cluster "${name}" has a server that is not a URL` }
  }
  // The URL itself is not quoted: it may carry a user and password.
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { fallback: `cluster "${name}" has a server that is not http(s)` }
  if (url.username || url.password || url.search || url.hash)
    return {
      fallback: `cluster "${name}" has a server URL with credentials, a query or a fragment`
    }
  const ca = source(cluster, 'certificate-authority', `cluster "${name}"`, base)
  if (ca !== undefined && 'fallback' in ca) return ca
  const insecure = cluster['insecure-skip-tls-verify'] ?? false
  if (typeof insecure !== 'boolean')
    return {
      fallback: `cluster "${name}" has an insecure-skip-tls-verify that is not a boolean`
    }
  // kubectl refuses this combination; it says so itself.
  if (insecure && ca !== undefined)
    return {
      fallback: `cluster "${name}" sets both insecure-skip-tls-verify and a certificate authority`
    }
  const servername = cluster['tls-server-name']
  if (present(servername) && !isString(servername))
    return {
      fallback: `cluster "${name}" has a tls-server-name that is not a string`
    }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  return {
    protocol: url.protocol,
    hostname,
    port,
    address: `${url.hostname}:${port}`,
    // Requests go below the prefix; kubectl joins the paths the same way.
    prefix: url.pathname.replace(/\/+$/, ''),
    ...(ca ? { ca } : {}),
    ...(isString(servername) && servername ? { servername } : {}),
    insecure
  }
}

/** The user's half of the channel: static credentials only. */
function credentialsOf(
  user: Record<string, unknown>,
  name: string,
  base: string
):
  | Pick<DirectChannel, 'cert' | 'key' | 'token' | 'tokenFile'>
  | NoDirectChannel {
  const unknown = Object.keys(user).find(
    (k) => present(user[k]) && !userKeys.has(k)
  )
  // exec, auth-provider, username/password, as/as-uid/as-groups/as-user-extra
  // and anything newer: kubectl does more with them than send them.
  if (unknown)
    return {
      fallback: `user "${name}" has "${unknown}", which only kubectl can use`
    }
  const cert = source(user, 'client-certificate', `user "${name}"`, base)
  if (cert !== undefined && 'fallback' in cert) return cert
  const key = source(user, 'client-key', `user "${name}"`, base)
  if (key !== undefined && 'fallback' in key) return key
  if ((cert === undefined) !== (key === undefined))
    return {
      fallback: `user "${name}" has a client certificate or key without the other`
    }
  const token = user.token
  if (present(token) && !isString(token))
    return { fallback: `user "${name}" has a token that is not a string` }
  const tokenFile = user.tokenFile
  if (present(tokenFile) && !isString(tokenFile))
    return { fallback: `user "${name}" has a tokenFile that is not a string` }
  if (!cert && !present(token) && !present(tokenFile))
    return { fallback: `user "${name}" has no client certificate and no token` }
  return {
    ...(cert && key ? { cert, key } : {}),
    ...(isString(token) && token ? { token } : {}),
    ...(isString(tokenFile) && tokenFile
      ? { tokenFile: inFolder(tokenFile, base) }
      : {})
  }
}

/**
 * `<key>-data` (base64) or `<key>` (a path, relative to the kubeconfig's
 * folder as kubectl resolves it); undefined when neither is given.
 */
function source(
  entry: Record<string, unknown>,
  key: string,
  /** `cluster "name"` or `user "name"`, for the reasons. */
  owner: string,
  base: string
): CredentialSource | NoDirectChannel | undefined {
  const data = entry[`${key}-data`]
  const file = entry[key]
  // kubectl rejects a kubeconfig that gives both.
  if (present(data) && present(file))
    return { fallback: `${owner} has both ${key} and ${key}-data` }
  if (present(data)) {
    const text = isString(data) ? data.replace(/[\r\n]/g, '') : undefined
    if (
      text === undefined ||
      !/^[A-Za-z0-9+/]*={0,2}$/.test(text) ||
      text.length % 4 !== 0
    )
      return { fallback: `${owner} has a ${key}-data that is not base64` }
    return { data: Buffer.from(text, 'base64') }
  }
  if (present(file)) {
    if (!isString(file))
      return { fallback: `${owner} has a ${key} that is not a path` }
    return { file: inFolder(file, base) }
  }
  return undefined
}

/**
 * The context to use: `context` when given, else the current-context; a
 * name that is not among the contexts is a problem listing those that are.
 * With no name and no contexts at all, kubectl decides (in a pod it may use
 * the in-cluster configuration).
 */
function chooseContext(
  config: MergedKubeconfig,
  context: string | undefined
): { name: string } | NoDirectChannel | KubeconfigProblem {
  const name = context || config.currentContext
  const known = [...config.contexts.keys()].sort()
  const listed =
    known.length > 0 ? `contexts: ${known.join(', ')}` : 'it has no contexts'
  const where = `kubeconfig ${config.files}`
  if (name === undefined) {
    if (known.length === 0)
      return { fallback: 'the kubeconfig names no current-context' }
    return {
      problem: `no context given and ${where} sets no current-context; ${listed}`
    }
  }
  if (!config.contexts.has(name)) {
    const which = context ? 'context' : 'current-context'
    return { problem: `${which} "${name}" not found in ${where}; ${listed}` }
  }
  return { name }
}

/** The entry called `name`, and the folder its relative paths are read from. */
function named(
  entries: Map<string, KubeconfigEntry>,
  name: string,
  kind: 'context' | 'cluster' | 'user'
): { value: Record<string, unknown>; base: string } | NoDirectChannel {
  const found = entries.get(name)
  if (found === undefined)
    return { fallback: `${kind} "${name}" is not in the kubeconfig` }
  const value = found.value ?? {}
  if (!isRecord(value))
    return { fallback: `${kind} "${name}" is not a mapping` }
  return { value, base: found.base }
}

function inFolder(path: string, base: string): string {
  return isAbsolute(path) ? path : join(base, path)
}

/** Set, as kubectl counts it: null, '', [] and {} mean absent. */
function present(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (isRecord(value)) return Object.keys(value).length > 0
  return true
}
