import { jest } from '@jest/globals'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import { once } from 'node:events'
import { createServer as createHttpServer } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import { refusedPorts } from '../../__fixtures__/refused-port.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { createGitHubApi } from '../../src/adapters/actions-github.js'
import { maskValue } from '../../src/adapters/masked-values.js'
import { defaultGitHubRetryPolicy } from '../../src/adapters/octokit-retries.js'
import { UnreachableError } from '../../src/errors.js'
import { GitHubPermissionError } from '../../src/ports/github.js'
import { silentLogger } from '../../src/ports/logger.js'
import type { Clock } from '../../src/ports/clock.js'

let double: GitHubDouble
const sleeps: number[] = []
const clock: Clock = {
  now: () => new Date(),
  sleep: (ms) => {
    sleeps.push(ms)
    return Promise.resolve()
  }
}
const api = () =>
  createGitHubApi({
    token: 'ghs_test',
    apiUrl: double.url,
    owner: 'octo',
    repo: 'clusters',
    clock,
    logger: silentLogger
  })
const sha = 'a'.repeat(40)

beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())
beforeEach(() => {
  sleeps.length = 0
  double.clearFaults()
  double.violations.length = 0
})

describe('the GitHub adapter against the API double', () => {
  it('creates and updates a check run that reads back as sent', async () => {
    const gh = api()
    const ref = await gh.createCheckRun({
      name: 'ClusterSync / prod',
      head_sha: sha,
      status: 'in_progress',
      output: { title: 'Fetching', summary: 'Fetching the definition' }
    })
    expect(ref.html_url).toBe(`${double.url}/octo/clusters/runs/${ref.id}`)
    await gh.updateCheckRun(ref.id, {
      conclusion: 'success',
      output: { title: 'Synced', summary: 'ok' }
    })
    double.assertNoViolations()
    const run = double.state.checkRuns.find((r) => r.id === ref.id)
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  it('sends no masked value to GitHub: check runs, their annotations, statuses and comments are scrubbed', async () => {
    // The runner masks the log only; a helm error quoting a secret value
    // would otherwise reach the check run as it is.
    const secret = 'sv-Qm4Tz8Lk2Wp6'
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation(() => true)
    try {
      maskValue(secret)
    } finally {
      spy.mockRestore()
    }
    const gh = api()
    const quoted = `helm: values.apiKey "${secret}" is invalid`
    const ref = await gh.createCheckRun({
      name: 'ClusterSync / prod',
      head_sha: sha,
      status: 'in_progress',
      output: { title: 'Applying', summary: quoted }
    })
    await gh.updateCheckRun(ref.id, {
      conclusion: 'failure',
      output: {
        title: 'Error',
        summary: quoted,
        text: quoted,
        annotations: [
          {
            path: 'cluster.yaml',
            start_line: 1,
            end_line: 1,
            annotation_level: 'failure',
            message: quoted
          }
        ]
      }
    })
    await gh.createCommitStatus({
      sha,
      state: 'failure',
      context: 'clustersync/prod',
      description: quoted
    })
    await gh.createIssueComment(1, quoted)
    double.assertNoViolations()
    expect(JSON.stringify(double.state)).not.toContain(secret)
    const shown = 'helm: values.apiKey "***" is invalid'
    const run = double.state.checkRuns.find((r) => r.id === ref.id)
    expect(run?.output).toMatchObject({ summary: shown, text: shown })
    expect(run?.annotations[0]?.message).toBe(shown)
    expect(double.state.statuses.at(-1)?.description).toBe(shown)
    expect(double.state.comments.at(-1)?.body).toBe(shown)
    // The later tests count statuses from an empty list.
    double.state.statuses.length = 0
    double.state.comments.length = 0
  })

  it('answers a request GitHub would reject with 422 and a violation', async () => {
    const gh = api()
    await expect(
      gh.createCommitStatus({
        sha,
        // @ts-expect-error: deliberately invalid state
        state: 'running',
        context: 'clustersync/prod',
        description: 'x'
      })
    ).rejects.toMatchObject({ status: 422 })
    expect(double.violations[0]).toMatchObject({
      operationId: 'repos/create-commit-status',
      pointer: '/body/state'
    })
  })

  it('flags more than 50 annotations in one request', async () => {
    const gh = api()
    const ref = await gh.createCheckRun({
      name: 'n',
      head_sha: sha,
      status: 'in_progress'
    })
    const annotation = {
      path: 'cluster.yaml',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure' as const,
      message: 'm'
    }
    await expect(
      gh.updateCheckRun(ref.id, {
        output: {
          title: 't',
          summary: 's',
          annotations: Array(51).fill(annotation)
        }
      })
    ).rejects.toMatchObject({ status: 422 })
    expect(double.violations.map((v) => v.pointer)).toEqual([
      '/body/output/annotations'
    ])
  })

  it('retries 5xx with doubling backoff, then succeeds', async () => {
    double.fault({ kind: 'server-error', times: 2 })
    await api().createCommitStatus({
      sha,
      state: 'pending',
      context: 'c',
      description: 'd'
    })
    expect(sleeps).toEqual([1000, 2000])
    expect(double.state.statuses).toHaveLength(1)
  })

  it('waits retry-after on 429 and x-ratelimit-reset on a primary limit', async () => {
    double.fault({ kind: 'secondary-rate-limit', times: 1, seconds: 3 })
    double.fault({ kind: 'rate-limit', times: 1, seconds: 2 })
    await api().createCommitStatus({
      sha,
      state: 'pending',
      context: 'c',
      description: 'd'
    })
    expect(sleeps[0]).toBe(3000)
    // GitHub's rule: until a second after
    // x-ratelimit-reset (whole seconds; the double's reset is 2 to 3 s away).
    expect(sleeps[1]).toBeGreaterThanOrEqual(3000)
    expect(sleeps[1]).toBeLessThanOrEqual(4000)
  })

  it('waits retry-after on a secondary limit that GitHub answers with 403', async () => {
    double.fault({
      kind: 'secondary-rate-limit',
      status: 403,
      times: 1,
      seconds: 5
    })
    const before = double.requests.length
    await api().createCommitStatus({
      sha,
      state: 'pending',
      context: 'c',
      description: 'd'
    })
    expect(sleeps).toEqual([5000])
    expect(double.requests.slice(before).map((r) => r.status)).toEqual([
      403, 201
    ])
  })

  it('waits a minute on a secondary limit that names no wait', async () => {
    // GitHub's docs: without retry-after or a spent primary limit, wait
    // at least a minute.
    double.fault({
      kind: 'secondary-rate-limit',
      status: 403,
      retryAfter: false,
      times: 1
    })
    await api().createCommitStatus({
      sha,
      state: 'pending',
      context: 'c',
      description: 'd'
    })
    expect(sleeps).toEqual([60_000])
  })

  it('gives up on rate limits after the bounded retries', async () => {
    double.fault({ kind: 'secondary-rate-limit', seconds: 1 })
    await expect(
      api().createCommitStatus({
        sha,
        state: 'pending',
        context: 'c',
        description: 'd'
      })
    ).rejects.toMatchObject({ status: 429 })
    expect(sleeps).toEqual([1000, 1000, 1000, 1000])
  })

  it('gives up after the bounded retries', async () => {
    double.fault({ kind: 'server-error' })
    await expect(
      api().createCommitStatus({
        sha,
        state: 'pending',
        context: 'c',
        description: 'd'
      })
    ).rejects.toMatchObject({ status: 502 })
    expect(sleeps).toEqual([1000, 2000, 4000, 8000])
  })

  it("spends a request's retries once, across a rate-limit wait in between", async () => {
    double.fault({ kind: 'server-error', times: 3 })
    double.fault({ kind: 'secondary-rate-limit', times: 1, seconds: 1 })
    double.fault({ kind: 'server-error' })
    const before = double.requests.length
    await expect(
      api().createCommitStatus({
        sha,
        state: 'pending',
        context: 'c',
        description: 'd'
      })
    ).rejects.toMatchObject({ status: 502 })
    expect(sleeps).toEqual([1000, 2000, 4000, 1000, 8000])
    expect(double.requests.slice(before).map((r) => r.status)).toEqual([
      502, 502, 502, 429, 502, 502
    ])
  })

  it('lets a rate limit that asks for more than a minute surface at once', async () => {
    double.fault({ kind: 'secondary-rate-limit', times: 1, seconds: 120 })
    await expect(
      api().createCommitStatus({
        sha,
        state: 'pending',
        context: 'c',
        description: 'd'
      })
    ).rejects.toMatchObject({ status: 429 })
    expect(sleeps).toEqual([])
  })

  it('draws each 5xx wait up to its doubling ceiling, says it and counts it', async () => {
    double.fault({ kind: 'server-error', times: 2 })
    double.fault({ kind: 'secondary-rate-limit', times: 1, seconds: 2 })
    const draws = [0.5, 0.75]
    const logger = new RecordingLogger()
    const heard: [string, number][] = []
    await createGitHubApi({
      token: 'ghs_test',
      apiUrl: double.url,
      owner: 'octo',
      repo: 'clusters',
      clock: { ...clock, random: () => draws.shift() ?? 0 },
      logger,
      onRetry: (operation, delayMs) => heard.push([operation, delayMs])
    }).createCommitStatus({
      sha,
      state: 'pending',
      context: 'c',
      description: 'd'
    })
    // Ceilings 1 s and 2 s; the rate limit waits what GitHub said.
    expect(sleeps).toEqual([500, 500, 2000])
    const operation = 'POST /repos/{owner}/{repo}/statuses/{sha}'
    expect(heard).toEqual([
      [operation, 500],
      [operation, 500],
      [operation, 2000]
    ])
    expect(logger.lines).toEqual([
      `debug: GitHub answered 502 to ${operation}; retry 1 of 4 in 0.5s`,
      `debug: GitHub answered 502 to ${operation}; retry 2 of 4 in 0.5s`,
      `debug: GitHub answered a rate limit to ${operation}; retry 1 of 4 in 2s`
    ])
  })

  it('sends writes one after another without waiting between them', async () => {
    // No spacing of writes (plugin-throttling's would add a second to each).
    const gh = api()
    const started = Date.now()
    for (let i = 0; i < 4; i++)
      await gh.createCommitStatus({
        sha,
        state: 'pending',
        context: `c${i}`,
        description: 'd'
      })
    expect(Date.now() - started).toBeLessThan(2500)
  })

  it('turns a read-only token 403 into GitHubPermissionError without retrying', async () => {
    double.fault({ kind: 'read-only', operations: 'write' })
    await expect(api().createIssueComment(1, 'hello')).rejects.toBeInstanceOf(
      GitHubPermissionError
    )
    expect(sleeps).toEqual([])
  })

  it('pages through comments and deployments', async () => {
    const gh = api()
    for (let i = 0; i < 105; i++)
      double.state.comments.push({
        id: 5000 + i,
        issue_number: 7,
        body: `c${i}`,
        created_at: '',
        updated_at: ''
      })
    expect(await gh.listIssueComments(7)).toHaveLength(105)
    const d = await gh.createDeployment({
      ref: sha,
      environment: 'prod',
      description: 'sync',
      payload: { source: 'webhook' }
    })
    await gh.createDeploymentStatus(d.id, {
      state: 'success',
      description: 'Synced',
      log_url: 'http://x/run'
    })
    const [listed] = await gh.listDeployments('prod', 1, 10)
    expect(listed).toMatchObject({
      id: d.id,
      sha,
      environment: 'prod',
      payload: { source: 'webhook' }
    })
    expect(await gh.latestDeploymentStatus(d.id)).toMatchObject({
      state: 'success'
    })
    double.assertNoViolations()
  })
})

describe('the GitHub adapter when GitHub cannot be reached', () => {
  // A server that takes each connection and closes it before answering.
  async function resettingServer(): Promise<{
    url: string
    close: () => Promise<void>
  }> {
    const server = createServer((socket) => socket.destroy())
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise((resolve) => server.close(() => resolve()))
    }
  }

  async function statusTo(apiUrl: string, logger: RecordingLogger) {
    const error: unknown = await createGitHubApi({
      token: 'ghs_test',
      apiUrl,
      owner: 'octo',
      repo: 'clusters',
      clock,
      logger
    })
      .createCommitStatus({
        sha,
        state: 'pending',
        context: 'c',
        description: 'd'
      })
      .then(
        () => undefined,
        (e: unknown) => e
      )
    expect(error).toBeInstanceOf(UnreachableError)
    return (error as Error).message
  }

  it('says the connection was refused, not that GitHub answered, after each announced retry', async () => {
    const refused = refusedPorts()
    const port = await refused.next()
    const logger = new RecordingLogger()
    const message = await statusTo(`http://127.0.0.1:${port}`, logger)
    await refused.close()
    expect(message).toBe(
      `cannot reach GitHub at http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`
    )
    expect(sleeps).toEqual([1000, 2000, 4000, 8000])
    expect(logger.lines).toEqual(
      [1, 2, 4, 8].map(
        (s, i) =>
          `warning: cannot reach GitHub (connect ECONNREFUSED 127.0.0.1:${port}); retry ${i + 1} of 4 in ${s}s`
      )
    )
    expect(logger.lines.join('\n')).not.toMatch(/answered/)
  })

  it('says the connection was closed without an answer', async () => {
    const server = await resettingServer()
    const logger = new RecordingLogger()
    const message = await statusTo(server.url, logger)
    await server.close()
    expect(message).toMatch(
      new RegExp(
        `^cannot reach GitHub at ${server.url}: (other side closed|read ECONNRESET|socket hang up)$`
      )
    )
    expect(sleeps).toHaveLength(4)
    expect(logger.lines.join('\n')).not.toMatch(/answered/)
  })

  it('says no answer came in time from a server that accepts and stays silent', async () => {
    const silent = createHttpServer(() => undefined)
    silent.listen(0, '127.0.0.1')
    await once(silent, 'listening')
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    const logger = new RecordingLogger()
    const error: unknown = await createGitHubApi({
      token: 'ghs_test',
      apiUrl: url,
      owner: 'octo',
      repo: 'clusters',
      clock,
      logger,
      retry: { ...defaultGitHubRetryPolicy(), attemptTimeoutMs: 200 }
    })
      .createCommitStatus({
        sha,
        state: 'pending',
        context: 'c',
        description: 'd'
      })
      .then(
        () => undefined,
        (e: unknown) => e
      )
    silent.closeAllConnections()
    silent.close()
    expect(error).toBeInstanceOf(UnreachableError)
    expect((error as Error).message).toBe(
      `cannot reach GitHub at ${url}: no answer within 0.2s`
    )
    expect(sleeps).toEqual([1000, 2000, 4000, 8000])
    expect(logger.lines[0]).toBe(
      'warning: cannot reach GitHub (no answer within 0.2s); retry 1 of 4 in 1s'
    )
  })

  it('says the host name did not resolve', async () => {
    // .invalid is reserved (RFC 2606): it never resolves, and no query
    // leaves the machine for it.
    const logger = new RecordingLogger()
    const message = await statusTo('http://github.invalid', logger)
    expect(message).toMatch(
      /^cannot reach GitHub at http:\/\/github\.invalid: getaddrinfo (ENOTFOUND|EAI_AGAIN) github\.invalid$/
    )
    expect(logger.lines.join('\n')).not.toMatch(/answered/)
  })
})
