/**
 * The GitHubApi port over @actions/github's octokit. The API URL is always
 * given (GITHUB_API_URL, read by the composition root), so GitHub Enterprise
 * Server and the test double work the same way as api.github.com. Retries
 * and rate limits follow GitHub's rules through octokit's plugins
 * (octokit-retries.ts); here each wait is said and counted, a request that
 * never got an answer becomes an UnreachableError saying why, and a 403
 * that is about permissions becomes a GitHubPermissionError so the report
 * layer can downgrade it to a warning.
 */
import { scrubMaskedDeep } from './masked-values.js'
import {
  getErrorMessage,
  isUnreachableError,
  UnreachableError
} from '../errors.js'
import type { Clock } from '../ports/clock.js'
import type { Logger } from '../ports/logger.js'
import {
  GitHubPermissionError,
  noToken,
  type DeploymentRecord,
  type GitHubApi
} from '../ports/github.js'
import {
  createRetryingOctokit,
  defaultGitHubRetryPolicy,
  NoAnswerError,
  statusOf,
  type GitHubRetryPolicy,
  type GitHubRetryWait
} from './octokit-retries.js'

export interface GitHubClientOptions {
  token: string
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string
  owner: string
  repo: string
  clock: Clock
  logger: Logger
  retry?: GitHubRetryPolicy
  /** Called before each retry's wait, so the run can count them. */
  onRetry?: (operation: string, delayMs: number) => void
}

/** The parameters of GitHub writes that carry ClusterSync's own text. */
const scrubbedParameters = ['output', 'body', 'description', 'payload']

/** Creates the port for one repository. Never throws; requests may reject. */
export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  if (options.token.trim() === '') return tokenless()
  const { owner, repo, logger } = options
  const policy = options.retry ?? defaultGitHubRetryPolicy()
  const octokit = createRetryingOctokit({
    token: options.token,
    apiUrl: options.apiUrl,
    clock: options.clock,
    policy,
    onWait: (wait) => {
      sayWait(wait, policy, logger)
      options.onRetry?.(wait.operation, wait.delayMs)
    }
  })
  // What ClusterSync writes to GitHub is not masked by the runner: scrub
  // every masked value from the text it sends (masked-values.ts).
  octokit.hook.before('request', (endpoint) => {
    const params = endpoint as Record<string, unknown>
    for (const key of scrubbedParameters) {
      if (params[key] !== undefined) params[key] = scrubMaskedDeep(params[key])
    }
  })
  // Outermost: sees each request's last failure, after every retry.
  octokit.hook.wrap('request', async (request, endpoint) => {
    try {
      return await request(endpoint)
    } catch (error: unknown) {
      // octokit reports a request that got no answer at all as a 500;
      // its cause says what happened to the connection.
      if (unanswered(error)) {
        throw new UnreachableError(
          `cannot reach GitHub at ${options.apiUrl}: ${innermostMessage(error)}`,
          { cause: error }
        )
      }
      if (isPermissionRefusal(error)) {
        const operation = `${endpoint.method} ${endpoint.url}`
        throw new GitHubPermissionError(
          `GitHub refused ${operation}: ${getErrorMessage(error)} (the token lacks permission, e.g. a pull request from a fork)`,
          operation
        )
      }
      throw error
    }
  })
  const base = { owner, repo }
  return {
    async createCheckRun(payload) {
      const { data } = await octokit.rest.checks.create({
        ...base,
        ...payload,
        name: payload.name ?? '',
        head_sha: payload.head_sha ?? ''
      })
      return { id: data.id, html_url: data.html_url ?? '' }
    },
    async updateCheckRun(id, payload) {
      await octokit.rest.checks.update({
        ...base,
        check_run_id: id,
        ...payload
      })
    },
    async createCommitStatus(payload) {
      await octokit.rest.repos.createCommitStatus({ ...base, ...payload })
    },
    async listIssueComments(issueNumber) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        ...base,
        issue_number: issueNumber,
        per_page: 100
      })
      return all.map((c) => ({
        id: c.id,
        body: c.body ?? '',
        html_url: c.html_url,
        // Both are always in GitHub's answer; without them (an older
        // server) the author is unknown and not judged.
        ...(c.user?.type !== undefined || c.author_association !== undefined
          ? {
              author: {
                ...(c.user?.type ? { type: c.user.type } : {}),
                ...(c.author_association
                  ? { association: c.author_association }
                  : {})
              }
            }
          : {})
      }))
    },
    async createIssueComment(issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...base,
        issue_number: issueNumber,
        body
      })
      return { id: data.id, body: data.body ?? '', html_url: data.html_url }
    },
    async updateIssueComment(commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({
        ...base,
        comment_id: commentId,
        body
      })
      return { id: data.id, body: data.body ?? '', html_url: data.html_url }
    },
    async createDeployment(payload) {
      const { data } = await octokit.rest.repos.createDeployment({
        ...base,
        ...payload,
        task: 'deploy',
        auto_merge: false,
        // Deployments check required status contexts by default; ours is
        // a record of a sync that already happened, so none are required.
        required_contexts: [],
        transient_environment: false
      })
      if (!('id' in data))
        throw new Error(
          `GitHub did not create the deployment: ${data.message ?? ''}`
        )
      return { id: data.id }
    },
    async createDeploymentStatus(deploymentId, payload) {
      await octokit.rest.repos.createDeploymentStatus({
        ...base,
        deployment_id: deploymentId,
        ...payload
      })
    },
    async listDeployments(environment, page, perPage) {
      const { data } = await octokit.rest.repos.listDeployments({
        ...base,
        environment,
        page,
        per_page: perPage
      })
      return data.map((d): DeploymentRecord => ({
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        environment: d.environment,
        created_at: d.created_at,
        creator: d.creator?.login,
        payload: d.payload
      }))
    },
    async latestDeploymentStatus(deploymentId) {
      const { data } = await octokit.rest.repos.listDeploymentStatuses({
        ...base,
        deployment_id: deploymentId,
        per_page: 1
      })
      const s = data[0]
      return s
        ? {
            state: s.state,
            created_at: s.created_at,
            log_url: s.log_url,
            ...(s.description ? { description: s.description } : {})
          }
        : undefined
    },
    async listCheckRunsForCommit(sha) {
      try {
        const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
          ...base,
          ref: sha,
          filter: 'all',
          per_page: 100
        })
        return runs.map((r) => ({
          id: r.id,
          name: r.name,
          status: r.status,
          conclusion: r.conclusion,
          title: r.output.title ?? undefined,
          text: r.output.text ?? undefined,
          external_id: r.external_id ?? undefined,
          started_at: r.started_at ?? undefined,
          completed_at: r.completed_at ?? undefined,
          html_url: r.html_url ?? undefined
        }))
      } catch (error: unknown) {
        // 404 for a commit the repository does not have, 422 for a ref
        // GitHub cannot resolve: either way there are no check runs to read.
        const status = statusOf(error)
        if (status === 404 || status === 422) return undefined
        throw error
      }
    },
    async listEnvironments() {
      const names: string[] = []
      for (let page = 1; ; page++) {
        const { data } = await octokit.rest.repos.getAllEnvironments({
          ...base,
          page,
          per_page: 100
        })
        const batch = data.environments ?? []
        names.push(...batch.map((e) => e.name))
        if (batch.length < 100) return names
      }
    }
  }
}

/** Says a wait before it is slept: without an answer a wait looks like a hang. */
function sayWait(
  wait: GitHubRetryWait,
  policy: GitHubRetryPolicy,
  logger: Logger
): void {
  const seconds = wait.delayMs / 1000
  if (wait.kind === 'failure' && unanswered(wait.error)) {
    logger.warning(
      `cannot reach GitHub (${innermostMessage(wait.error)}); retry ${wait.retry} of ${policy.retries} in ${seconds}s`
    )
    return
  }
  const answered =
    wait.kind === 'rate-limit'
      ? 'a rate limit'
      : String(statusOf(wait.error) ?? 'an error')
  logger.debug(
    `GitHub answered ${answered} to ${wait.operation}; retry ${wait.retry} of ${policy.retries} in ${seconds}s`
  )
}

/** True when a request got no answer: no connection, or silence past the attempt's timeout. */
function unanswered(error: unknown): boolean {
  if (isUnreachableError(error)) return true
  let current: unknown = error
  for (let depth = 0; depth < 8; depth++) {
    if (current instanceof NoAnswerError) return true
    if (typeof current !== 'object' || current === null) return false
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/**
 * The message of the deepest cause (`connect ECONNREFUSED 127.0.0.1:443`),
 * not fetch's "fetch failed" around it.
 */
function innermostMessage(error: unknown): string {
  let message = getErrorMessage(error)
  let current: unknown = error
  for (let depth = 0; depth < 8; depth++) {
    if (typeof current !== 'object' || current === null) break
    const text = (current as { message?: unknown }).message
    if (typeof text === 'string' && text !== '') message = text
    current = (current as { cause?: unknown }).cause
  }
  return message
}

/**
 * True for a 403 that is about permissions, not rate limits: the token may
 * not make this write (read-only GITHUB_TOKEN on a fork's pull request).
 */
function isPermissionRefusal(error: unknown): boolean {
  if (statusOf(error) !== 403) return false
  const headers =
    (error as { response?: { headers?: Record<string, unknown> } }).response
      ?.headers ?? {}
  return (
    String(headers['x-ratelimit-remaining']) !== '0' &&
    headers['retry-after'] === undefined &&
    !/rate limit/i.test(getErrorMessage(error))
  )
}

/**
 * The API for a run given an empty token (an unset secret evaluates to ''):
 * every call is refused as a write the token may not make, so the sync
 * still runs and its report goes to the job summary (github-writes.ts).
 * Spelled out, not a Proxy: one would also answer `then`, and the object
 * would pass for a promise that never settles.
 */
function tokenless(): GitHubApi {
  const refuse = (operation: string) => (): Promise<never> =>
    Promise.reject(new GitHubPermissionError(noToken, operation))
  return {
    createCheckRun: refuse('createCheckRun'),
    updateCheckRun: refuse('updateCheckRun'),
    createCommitStatus: refuse('createCommitStatus'),
    listIssueComments: refuse('listIssueComments'),
    createIssueComment: refuse('createIssueComment'),
    updateIssueComment: refuse('updateIssueComment'),
    createDeployment: refuse('createDeployment'),
    createDeploymentStatus: refuse('createDeploymentStatus'),
    listDeployments: refuse('listDeployments'),
    latestDeploymentStatus: refuse('latestDeploymentStatus'),
    listCheckRunsForCommit: refuse('listCheckRunsForCommit'),
    listEnvironments: refuse('listEnvironments')
  }
}
