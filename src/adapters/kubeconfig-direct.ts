/**
 * Whether a sync may talk to the API server itself, read from the kubeconfig
 * alone (no file is opened here): only when the context's cluster is a plain
 * http(s) URL and its user holds static credentials, a client certificate
 * and key and/or a bearer token. Anything kubectl does that Node would not
 * (exec plugins, auth providers, impersonation, basic auth, proxies, merged
 * kubeconfig files, keys we do not know) answers why not, so the caller uses
 * kubectl instead and the result stays exactly kubectl's.
 *
 * The reasons name keys, contexts, clusters, users and files, never a value
 * read from them: a kubeconfig holds credentials.
 */
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path'
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml'

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

/** Why the sync goes through kubectl instead. */
export interface NoDirectChannel {
  fallback: string
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

/**
 * The one kubeconfig file kubectl would read for `target`: `--kubeconfig`,
 * else a single-file KUBECONFIG, else `<home>/.kube/config`; or why the sync
 * cannot use it directly (a proxy variable is set, KUBECONFIG merges files).
 */
export function kubeconfigFile(
  target: { kubeconfig?: string },
  env: NodeJS.ProcessEnv,
  home: string
): string | NoDirectChannel {
  const proxy = proxyVariables.find((name) => env[name])
  if (proxy) return { fallback: `${proxy} is set (kubectl goes through it)` }
  if (target.kubeconfig) return resolve(target.kubeconfig)
  // kubectl skips empty entries and repeats, and merges what is left.
  const listed = [
    ...new Set((env.KUBECONFIG ?? '').split(delimiter).filter((p) => p))
  ]
  if (listed.length > 1) {
    return {
      fallback: `KUBECONFIG lists ${listed.length} files (kubectl merges them)`
    }
  }
  return resolve(listed[0] ?? join(home, '.kube', 'config'))
}

/**
 * Reads the kubeconfig `text` (found at `file`) for `context` (else its
 * current-context): the channel to open, or why kubectl must open it.
 */
export function directChannel(
  text: string,
  file: string,
  context?: string
): DirectChannel | NoDirectChannel {
  // js-yaml reads YAML 1.2 (small and quick to start: this runs on every
  // sync). kubectl reads YAML 1.1, where `yes`, `off`, `<<` merges and the
  // like mean something else; a kubeconfig that uses them is left to it.
  let config: unknown
  try {
    config = load(text, { schema: CORE_SCHEMA })
  } catch (error) {
    // Only the line: the parser's own message quotes the source, which may
    // hold a credential.
    const line =
      error instanceof YAMLException ? error.mark.line + 1 : undefined
    return {
      fallback: `the kubeconfig is not valid YAML${line ? ` (line ${line})` : ''}`
    }
  }
  const yaml11 = yaml11Only(config)
  if (yaml11)
    return {
      fallback: `the kubeconfig uses ${yaml11}, which YAML 1.1 (kubectl's parser) reads differently`
    }
  if (!isRecord(config)) return { fallback: 'the kubeconfig is empty' }
  const contextName = context ?? config['current-context']
  if (typeof contextName !== 'string' || contextName === '')
    return { fallback: 'the kubeconfig names no current-context' }
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
  const base = dirname(file)
  const server = serverOf(cluster.value, clusterName, base)
  if ('fallback' in server) return server
  const auth = credentialsOf(user.value, userName, base)
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

/** The entry called `name` in a kubeconfig list (`- name: …, <kind>: {…}`). */
function named(
  list: unknown,
  name: string,
  kind: 'context' | 'cluster' | 'user'
): { value: Record<string, unknown> } | NoDirectChannel {
  const found = (Array.isArray(list) ? (list as unknown[]) : []).filter(
    (e) => isRecord(e) && e.name === name
  ) as Record<string, unknown>[]
  if (found.length === 0)
    return { fallback: `${kind} "${name}" is not in the kubeconfig` }
  if (found.length > 1)
    return { fallback: `${kind} "${name}" is in the kubeconfig twice` }
  const value = found[0]?.[kind] ?? {}
  if (!isRecord(value))
    return { fallback: `${kind} "${name}" is not a mapping` }
  return { value }
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

/** YAML 1.1's other booleans; YAML 1.2 reads them as strings. */
const yaml11Words = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/

/**
 * What in the parsed kubeconfig YAML 1.1 would read otherwise (a word it
 * takes for a boolean, a `<<` merge key), or undefined when nothing does.
 * Numbers need no check: every field read here must be a string or a
 * boolean, and a number is refused as either.
 */
function yaml11Only(value: unknown): string | undefined {
  if (typeof value === 'string')
    return yaml11Words.test(value) ? `the word "${value}"` : undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = yaml11Only(item)
      if (found) return found
    }
    return undefined
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '<<') return 'a "<<" merge key'
      const found = yaml11Only(key) ?? yaml11Only(item)
      if (found) return found
    }
  }
  return undefined
}
