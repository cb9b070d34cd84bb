/**
 * A direct request that got no answer reads as kubectl's stderr would, so
 * the retry rules (cluster/retry.ts) decide on it as on kubectl's: refused,
 * reset and timed-out connections are retried, and a refused connection,
 * a timeout or an unknown host says the cluster is unreachable.
 */
import {
  directFailure,
  requestTimeout
} from '../../src/adapters/kube-direct-failure.js'
import { isTransient, isUnreachable } from '../../src/cluster/retry.js'

const server = { address: 'k8s.test:6443', hostname: 'k8s.test' }

const failure = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields)

describe('directFailure', () => {
  it.each<[string, Error, string, boolean, boolean]>([
    [
      'a refused connection',
      failure('connect ECONNREFUSED 10.0.0.1:6443', {
        code: 'ECONNREFUSED',
        address: '10.0.0.1',
        port: 6443
      }),
      'dial tcp 10.0.0.1:6443: connect: connection refused',
      true,
      true
    ],
    [
      'a refused IPv6 connection',
      failure('connect ECONNREFUSED ::1:6443', {
        code: 'ECONNREFUSED',
        address: '::1',
        port: 6443
      }),
      'dial tcp [::1]:6443: connect: connection refused',
      true,
      true
    ],
    [
      'a reset',
      failure('read ECONNRESET', { code: 'ECONNRESET' }),
      'read tcp k8s.test:6443: connection reset by peer',
      true,
      false
    ],
    [
      'a connection closed before the answer',
      failure('socket hang up', { code: 'ECONNRESET' }),
      'read tcp k8s.test:6443: unexpected EOF',
      true,
      false
    ],
    [
      'a broken pipe',
      failure('write EPIPE', { code: 'EPIPE' }),
      'write tcp k8s.test:6443: broken pipe',
      true,
      false
    ],
    [
      'a connect timeout',
      failure('connect ETIMEDOUT 10.0.0.1:6443', {
        code: 'ETIMEDOUT',
        address: '10.0.0.1',
        port: 6443
      }),
      'dial tcp 10.0.0.1:6443: i/o timeout',
      true,
      true
    ],
    [
      'a request timeout while dialling',
      failure('no answer within 100 ms', {
        code: requestTimeout,
        dialing: true
      }),
      'dial tcp k8s.test:6443: i/o timeout (no answer within 100 ms)',
      true,
      true
    ],
    [
      'an unknown host',
      failure('getaddrinfo ENOTFOUND k8s.test', { code: 'ENOTFOUND' }),
      'dial tcp: lookup k8s.test: no such host',
      false,
      true
    ],
    [
      'a certificate from an unknown authority',
      failure('self-signed certificate in certificate chain', {
        code: 'SELF_SIGNED_CERT_IN_CHAIN'
      }),
      'x509: self-signed certificate in certificate chain',
      false,
      false
    ],
    [
      'a certificate for another name',
      failure("Hostname/IP does not match certificate's altnames", {
        code: 'ERR_TLS_CERT_ALTNAME_INVALID'
      }),
      "x509: Hostname/IP does not match certificate's altnames",
      false,
      false
    ],
    [
      'a TLS protocol error',
      failure('wrong version number', { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }),
      'tls: wrong version number',
      false,
      false
    ],
    [
      'a cancelled request',
      failure('The operation was aborted', { code: 'ABORT_ERR' }),
      'context canceled',
      false,
      false
    ]
  ])('words %s', (_, error, words, transient, unreachable) => {
    const text = directFailure(error, server)
    expect(text).toBe(words)
    expect(isTransient({ stderr: text })).toBe(transient)
    expect(isUnreachable({ stderr: text })).toBe(unreachable)
  })

  it("keeps Node's message for anything else, and copes with non-errors", () => {
    expect(directFailure(new Error('Parse Error: bad header'), server)).toBe(
      'Parse Error: bad header'
    )
    expect(directFailure('odd', server)).toBe('odd')
    expect(directFailure(undefined, server)).toBe('undefined')
  })
})
