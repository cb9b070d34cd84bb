import { isTransient, isUnreachable } from '../../src/apply/retry.js'
import { ConfigurationError, isUnreachableError } from '../../src/errors.js'

describe('transient failures', () => {
  it("treats kubectl's own wording for a dead API server as transient and unreachable", () => {
    const stderr =
      'The connection to the server 127.0.0.1:36257 was refused - did you specify the right host or port?'
    expect(isTransient({ stderr })).toBe(true)
    expect(isUnreachable({ stderr })).toBe(true)
  })
})

describe('unreachable, classified once', () => {
  it('reads a GitHub request that never got an answer from its causes', () => {
    // What octokit throws when fetch could not connect: a 500 wrapping
    // fetch's TypeError wrapping Node's connection error.
    const refused = Object.assign(
      new Error('connect ECONNREFUSED 127.0.0.1:1'),
      { code: 'ECONNREFUSED' }
    )
    const fetchFailed = new TypeError('fetch failed', { cause: refused })
    const octokit = Object.assign(new Error('fetch failed'), {
      status: 500,
      cause: fetchFailed
    })
    expect(isUnreachableError(octokit)).toBe(true)
    expect(isUnreachableError(new Error('Internal Server Error'))).toBe(false)
  })

  it('reads the direct channel, kubectl and helm the same way', () => {
    for (const said of [
      'dial tcp 10.0.0.1:6443: connect: no route to host',
      'dial tcp 10.0.0.1:6443: connect: network is unreachable',
      'Error: Kubernetes cluster unreachable: Get "https://k:6443/version": EOF',
      'reading ConfigMap/x/y failed: The connection to the server k:6443 was refused - did you specify the right host or port?'
    ]) {
      expect(isUnreachable({ stderr: said })).toBe(true)
      expect(isUnreachableError(new Error(said))).toBe(true)
    }
    expect(
      isUnreachableError(new ConfigurationError('context "x" not found'))
    ).toBe(false)
  })
})
