/**
 * A direct request to the API server that got no answer, worded as kubectl
 * (Go's net/http and crypto/tls) words it, so the retry rules
 * (cluster/retry.ts) read it as they read kubectl's stderr: a refused or reset
 * connection or a timeout is transient, a refused connection, a timeout or
 * an unknown host means the cluster is unreachable. Node's own message is
 * kept where Go's words would lose something (TLS details).
 */

/** The `code` a request that outlived its own timeout is destroyed with. */
export const requestTimeout = 'CLUSTERSYNC_TIMEOUT'

/** OpenSSL's certificate-verification codes, which Go reports as `x509: …`. */
const certificateCodes =
  /CERT|CRL|INVALID_CA|PATH_LENGTH|INVALID_PURPOSE|HOSTNAME_MISMATCH|LEAF_SIGNATURE|ISSUER/

/**
 * kubectl's words for `error`, a failed request to the server at `address`
 * (`host:port`) named `hostname` in the kubeconfig.
 */
export function directFailure(
  error: unknown,
  server: { address: string; hostname: string }
): string {
  const fields =
    typeof error === 'object' && error !== null
      ? (error as {
          code?: unknown
          address?: unknown
          port?: unknown
          dialing?: unknown
        })
      : {}
  const message = error instanceof Error ? error.message : String(error)
  const code = typeof fields.code === 'string' ? fields.code : ''
  // The address dialled (Go prints the IP it resolved), else the server's.
  const address =
    typeof fields.address === 'string' && typeof fields.port === 'number'
      ? `${fields.address.includes(':') ? `[${fields.address}]` : fields.address}:${fields.port}`
      : server.address
  switch (code) {
    case 'ECONNREFUSED':
      return `dial tcp ${address}: connect: connection refused`
    case 'ECONNRESET':
      // Node's "socket hang up": the server closed before answering.
      return message === 'socket hang up'
        ? `read tcp ${address}: unexpected EOF`
        : `read tcp ${address}: connection reset by peer`
    case 'EPIPE':
      return `write tcp ${address}: broken pipe`
    case 'ETIMEDOUT':
      return `dial tcp ${address}: i/o timeout`
    case requestTimeout:
      return fields.dialing === true
        ? `dial tcp ${address}: i/o timeout (${message})`
        : `read tcp ${address}: i/o timeout (${message})`
    case 'ENOTFOUND':
      return `dial tcp: lookup ${server.hostname}: no such host`
    case 'EAI_AGAIN':
      return `dial tcp: lookup ${server.hostname}: temporary failure in name resolution`
    case 'EHOSTUNREACH':
      return `dial tcp ${address}: connect: no route to host`
    case 'ENETUNREACH':
      return `dial tcp ${address}: connect: network is unreachable`
    case 'ABORT_ERR':
      return 'context canceled'
    default:
      if (certificateCodes.test(code)) return `x509: ${message}`
      if (/^ERR_(SSL|TLS)_|^EPROTO$/.test(code)) return `tls: ${message}`
      return message
  }
}
