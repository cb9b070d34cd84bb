import {
  defaultRetryOptions,
  describeRetry,
  isTransient,
  isUnreachable,
  retryAnnouncer,
  withRetry
} from '../../src/cluster/retry.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { ConfigurationError, isUnreachableError } from '../../src/errors.js'

describe('transient failures', () => {
  it("treats kubectl's own wording for a dead API server as transient and unreachable", () => {
    const stderr =
      'The connection to the server 127.0.0.1:36257 was refused - did you specify the right host or port?'
    expect(isTransient({ stderr })).toBe(true)
    expect(isUnreachable({ stderr })).toBe(true)
  })
})

describe("helm's own wait running out", () => {
  it('is not retried (each retry waited the whole timeout again), while a request that timed out still is', () => {
    for (const stderr of [
      'Error: UPGRADE FAILED: release web failed, and has been rolled back due to atomic being set: context deadline exceeded',
      'Error: INSTALLATION FAILED: release web failed, and has been uninstalled due to atomic being set: context deadline exceeded',
      'Error: release web failed: context deadline exceeded',
      'Error: UPGRADE FAILED: context deadline exceeded',
      'Error: timed out waiting for the condition'
    ]) {
      expect(isTransient({ stderr })).toBe(false)
    }
    expect(
      isTransient({
        stderr:
          'Error: Kubernetes cluster unreachable: Get "https://127.0.0.1:6443/version": context deadline exceeded'
      })
    ).toBe(true)
  })
})

describe('a credential the kubeconfig could not give', () => {
  it('is neither retried nor "cannot reach": the server was never asked, and only logging in helps', () => {
    // kubectl and helm, with an exec plugin that exited 1 (their words
    // against the e2e control plane).
    const plugin =
      'getting credentials: exec: executable /tmp/p/aws failed with exit code 1'
    for (const stderr of [
      `the session expired\nUnable to connect to the server: ${plugin}`,
      `Error: Kubernetes cluster unreachable: ${plugin}`
    ]) {
      expect(isTransient({ stderr })).toBe(false)
      expect(isUnreachable({ stderr })).toBe(false)
      expect(isUnreachableError(new Error(stderr))).toBe(false)
    }
    // Without it, the same words still mean an unreachable server.
    const away = 'Unable to connect to the server: dial tcp: i/o timeout'
    expect(isTransient({ stderr: away })).toBe(true)
    expect(isUnreachable({ stderr: away })).toBe(true)
  })
})

describe('an API server whose certificate the kubeconfig does not trust', () => {
  it('is "cannot reach" but not retried: only fixing the kubeconfig or the server helps', () => {
    // kubectl's words with another cluster's CA, and ours for the same.
    for (const stderr of [
      'Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'Unable to connect to the server: x509: self-signed certificate in certificate chain'
    ]) {
      expect(isTransient({ stderr })).toBe(false)
      expect(isUnreachable({ stderr })).toBe(true)
    }
    // A webhook's certificate the API server rejects is the server's
    // answer, often right a moment later (its CA being injected): retried.
    expect(
      isTransient({
        stderr:
          'Error from server (InternalError): Internal error occurred: failed calling webhook "webhook.cert-manager.io": failed to call webhook: Post "https://cert-manager-webhook.cert-manager.svc:443/validate": tls: failed to verify certificate: x509: certificate signed by unknown authority'
      })
    ).toBe(true)
  })
})

describe("server errors in client-go's words", () => {
  it('retries a 5xx the API server answered without a Status body (helm and kubectl say it so)', () => {
    // What helm printed when the API server answered one discovery request
    // with a 500 (the fault suite's proxy, e2e/tests/sync-faults.test.ts).
    const stderr =
      'Error: Kubernetes cluster unreachable: an error on the server ("unknown") has prevented the request from succeeding'
    expect(isTransient({ stderr })).toBe(true)
    expect(
      isTransient({
        stderr:
          'Error from server (InternalError): an error on the server ("etcdserver: request timed out") has prevented the request from succeeding (get configmaps)'
      })
    ).toBe(true)
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

describe('retryAnnouncer', () => {
  it('says each retry once, however many requests waited for it together', () => {
    const clock = new FakeClock()
    const lines: string[] = []
    const { listener, count } = retryAnnouncer(
      (line) => lines.push(line),
      clock,
      'manifest:app: '
    )
    const refused = 'dial tcp 127.0.0.1:6443: connect: connection refused'
    const event = (retry: number, delayMs: number) => ({
      retry,
      of: 5,
      delayMs,
      failure: refused
    })
    // Two reads sent together fail together, then again after the wait.
    listener(event(1, 1000))
    listener(event(1, 1000))
    clock.advance(1000)
    listener(event(2, 2000))
    listener(event(2, 2000))
    // Much later, the same first retry of another outage is said again.
    clock.advance(60_000)
    listener(event(1, 1000))
    expect(lines).toEqual([
      'manifest:app: cannot reach the cluster (connection refused); retry 1 of 5 in 1s',
      'manifest:app: cannot reach the cluster (connection refused); retry 2 of 5 in 2s',
      'manifest:app: cannot reach the cluster (connection refused); retry 1 of 5 in 1s'
    ])
    expect(count()).toBe(3)
  })

  it('counts each wait of the shared retry once, however the requests interleave', () => {
    const refused = 'dial tcp 127.0.0.1:6443: connect: connection refused'
    const event = (retry: number) => ({
      retry,
      of: 5,
      delayMs: Math.min(1000 * 2 ** (retry - 1), 10_000),
      failure: refused
    })
    // Three requests to a cluster that is away, each retried five times,
    // started at different moments: whatever the order their retries
    // arrive in, the user waited through retries 1 to 5 once.
    const orders = [
      [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5],
      [1, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 5],
      [1, 2, 1, 3, 2, 1, 4, 3, 2, 5, 4, 3, 5, 4, 5]
    ]
    for (const order of orders) {
      const clock = new FakeClock()
      const lines: string[] = []
      const { listener, count } = retryAnnouncer((l) => lines.push(l), clock)
      for (const retry of order) {
        listener(event(retry))
        clock.advance(300)
      }
      expect(count()).toBe(5)
      expect(lines).toEqual(
        [1, 2, 3, 4, 5].map(
          (n) =>
            `cannot reach the cluster (connection refused); retry ${n} of 5 in ${event(n).delayMs / 1000}s`
        )
      )
    }
  })
})

describe('withRetry', () => {
  it('waits a drawn part of each doubling ceiling, and says exactly the wait it sleeps', async () => {
    // Draws as Math.random gives them; ceilings 1, 2, 4, 8 and 10 s.
    const draws = [0.5, 0.75, 0, 0.25, 0.9375]
    const clock = Object.assign(new FakeClock(), {
      random: () => draws.shift() ?? 0
    })
    const lines: string[] = []
    const { listener, count } = retryAnnouncer((l) => lines.push(l), clock)
    let attempts = 0
    const result = await withRetry(
      () => {
        attempts++
        return Promise.resolve({
          exitCode: 1,
          stdout: '',
          stderr: 'dial tcp 127.0.0.1:6443: connect: connection refused',
          timedOut: false
        })
      },
      clock,
      defaultRetryOptions(),
      listener
    )
    expect(result.exitCode).toBe(1)
    expect(attempts).toBe(6)
    expect(clock.sleeps).toEqual([500, 500, 4000, 6000, 700])
    expect(lines).toEqual(
      ['0.5', '0.5', '4', '6', '0.7'].map(
        (s, i) =>
          `cannot reach the cluster (connection refused); retry ${i + 1} of 5 in ${s}s`
      )
    )
    expect(count()).toBe(5)
  })

  it('waits the whole doubling ceilings on a clock without a random source', async () => {
    const clock = new FakeClock()
    await withRetry(
      () =>
        Promise.resolve({
          exitCode: 1,
          stdout: '',
          stderr: 'i/o timeout',
          timedOut: false
        }),
      clock
    )
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 10_000])
  })
})

describe('a chart repository that is away', () => {
  it('is named as the chart repository, not the cluster, in the retry line', () => {
    const failure =
      'Error: looks like "http://127.0.0.1:44859" is not a valid chart repository or cannot be reached: Get "http://127.0.0.1:44859/index.yaml": dial tcp 127.0.0.1:44859: connect: connection refused'
    expect(describeRetry({ retry: 1, of: 5, delayMs: 1000, failure })).toBe(
      'cannot reach the chart repository (connection refused); retry 1 of 5 in 1s'
    )
    const oci =
      'Error: failed to do request: Head "https://registry.example/v2/charts/web/manifests/1.0.0": dial tcp: lookup registry.example: no such host'
    expect(
      describeRetry({ retry: 1, of: 5, delayMs: 1000, failure: oci })
    ).toBe('cannot reach the chart registry (no such host); retry 1 of 5 in 1s')
    // helm's own words when the cluster is away stay the cluster's.
    const cluster =
      'Error: Kubernetes cluster unreachable: Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused'
    expect(
      describeRetry({ retry: 1, of: 5, delayMs: 1000, failure: cluster })
    ).toBe('cannot reach the cluster (connection refused); retry 1 of 5 in 1s')
  })
})
