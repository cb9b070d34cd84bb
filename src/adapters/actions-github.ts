/**
 * The GitHubApi port over @actions/github's octokit. The API URL is always
 * given (GITHUB_API_URL, read by the composition root), so GitHub Enterprise
 * Server and the test double work the same way as api.github.com. Transient
 * failures (5xx, 429, rate limits) are retried with bounded backoff inside a
 * request hook; a 403 that is about permissions becomes a
 * GitHubPermissionError so the report layer can downgrade it to a warning.
 */
import { getOctokit } from '@actions/github'
import {
  getErrorMessage,
  isUnreachableError,
  UnreachableError
} from '../errors.js'
import type { Clock } from '../ports/clock.js'
import type { Logger } from '../ports/logger.js'
import {
  GitHubPermissionError,
  type DeploymentRecord,
  type GitHubApi
} from '../ports/github.js'
import {
  defaultRetryPolicy,
  isPermissionRefusal,
  retryDelay,
  type FailedResponse,
  type RetryPolicy
} from './github-retry.js'

export interface GitHubClientOptions {
  token: string
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string
  owner: string
  repo: string
  clock: Clock
  logger: Logger
  retry?: RetryPolicy
  /** Called after each transient retry, so the run can count them. */
  onRetry?: (operation: string, delayMs: number) => void
}

/** Creates the port for one repository. Never throws; requests may reject. */
export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  const { owner, repo, clock, logger } = options
  const policy = options.retry ?? defaultRetryPolicy()
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl })
  octokit.hook.wrap('request', async (request, endpoint) => {
    const operation = `${endpoint.method} ${endpoint.url}`
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint)
      } catch (error: unknown) {
        const failure = toFailure(error)
        if (!failure) throw error
        // octokit reports a request that got no answer at all as a 500;
        // its cause says what happened to the connection.
        const unanswered = isUnreachableError(error)
          ? innermostMessage(error)
          : undefined
        const delay = retryDelay(
          failure,
          attempt,
          policy,
          clock.now().getTime()
        )
        if (delay === undefined) {
          if (unanswered !== undefined) {
            throw new UnreachableError(
              `cannot reach GitHub at ${options.apiUrl}: ${unanswered}`,
              { cause: error }
            )
          }
          if (isPermissionRefusal(failure)) {
            throw new GitHubPermissionError(
              `GitHub refused ${operation}: ${failure.message} (the token lacks permission, e.g. a pull request from a fork)`,
              operation
            )
          }
          throw error
        }
        if (unanswered !== undefined) {
          // Said out loud: without an answer the wait looks like a hang.
          logger.warning(
            `cannot reach GitHub (${unanswered}); retry ${attempt + 1} of ${policy.retries} in ${Math.round(delay / 1000)}s`
          )
        } else {
          logger.debug(
            `GitHub answered ${failure.status} to ${operation}; retrying in ${Math.round(delay / 1000)} s`
          )
        }
        options.onRetry?.(operation, delay)
        await clock.sleep(delay)
      }
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
        html_url: c.html_url
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
        ? { state: s.state, created_at: s.created_at, log_url: s.log_url }
        : undefined
    }
  }
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

/** Reads status, headers and message from an octokit RequestError (duck-typed: it is not our dependency). */
function toFailure(error: unknown): FailedResponse | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error))
    return undefined
  const status = error.status
  if (typeof status !== 'number') return undefined
  const response = (
    error as {
      response?: { headers?: Record<string, string | number | undefined> }
    }
  ).response
  return {
    status,
    headers: response?.headers ?? {},
    message: error instanceof Error ? error.message : String(status)
  }
}
