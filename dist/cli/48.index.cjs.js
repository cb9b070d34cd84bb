"use strict";
exports.id = 48;
exports.ids = [48];
exports.modules = {

/***/ 6048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/ports/github.ts
/**
 * The part of GitHub's REST API that ClusterSync writes to and reads from:
 * check runs, commit statuses, the pull request comment and the Deployments
 * that hold the sync history. The Action and the CLI get an implementation
 * over @actions/github (src/adapters/actions-github.ts); tests use the API
 * double. Field names follow the REST API so payloads stay recognisable.
 */
/**
 * GitHub refused a write because the token may not make it (403 without a
 * rate limit), as for pull requests from forks: reported, never fatal.
 */
class GitHubPermissionError extends Error {
    operation;
    name = 'GitHubPermissionError';
    constructor(message, operation) {
        super(message);
        this.operation = operation;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github-retry.ts
/**
 * When to retry a GitHub request, following GitHub's guidance for REST
 * clients: 5xx → retry with backoff; 429 or a secondary rate limit →
 * wait `retry-after`; a primary rate limit (403 with x-ratelimit-remaining 0)
 * → wait until `x-ratelimit-reset`. Waits are bounded so a job never sits
 * out a full hour's rate-limit window; past the bound the error surfaces.
 */
/** The defaults: 4 retries, 1 s doubling, at most 60 s per wait. */
function defaultRetryPolicy() {
    return { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };
}
/**
 * How long to wait before retrying attempt `attempt` (0-based), or undefined
 * when the failure is not transient or the wait would exceed the policy.
 */
function retryDelay(failure, attempt, policy, nowMs) {
    if (attempt >= policy.retries)
        return undefined;
    const header = (name) => {
        const v = failure.headers[name];
        const n = typeof v === 'number' ? v : v === undefined ? NaN : Number(v);
        return Number.isFinite(n) ? n : undefined;
    };
    const backoff = policy.baseDelayMs * 2 ** attempt;
    let delay;
    const retryAfter = header('retry-after');
    if (failure.status === 429 ||
        (failure.status === 403 && retryAfter !== undefined)) {
        delay = retryAfter !== undefined ? retryAfter * 1000 : backoff;
    }
    else if (failure.status === 403 && header('x-ratelimit-remaining') === 0) {
        const reset = header('x-ratelimit-reset');
        delay = reset !== undefined ? Math.max(0, reset * 1000 - nowMs) : backoff;
    }
    else if (failure.status === 403 &&
        /secondary rate limit/i.test(failure.message)) {
        delay = backoff;
    }
    else if (failure.status >= 500) {
        delay = backoff;
    }
    if (delay === undefined || delay > policy.maxDelayMs)
        return undefined;
    return delay;
}
/**
 * True for a 403 that is about permissions, not rate limits: the token may
 * not make this write (read-only GITHUB_TOKEN on a fork's pull request).
 */
function isPermissionRefusal(failure) {
    return (failure.status === 403 &&
        failure.headers['x-ratelimit-remaining'] !== '0' &&
        failure.headers['x-ratelimit-remaining'] !== 0 &&
        failure.headers['retry-after'] === undefined &&
        !/rate limit/i.test(failure.message));
}

;// CONCATENATED MODULE: ./src/adapters/actions-github.ts
/**
 * The GitHubApi port over @actions/github's octokit. The API URL is always
 * given (GITHUB_API_URL, read by the composition root), so GitHub Enterprise
 * Server and the test double work the same way as api.github.com. Transient
 * failures (5xx, 429, rate limits) are retried with bounded backoff inside a
 * request hook; a 403 that is about permissions becomes a
 * GitHubPermissionError so the report layer can downgrade it to a warning.
 */




/** Creates the port for one repository. Never throws; requests may reject. */
function createGitHubApi(options) {
    const { owner, repo, clock, logger } = options;
    const policy = options.retry ?? defaultRetryPolicy();
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: options.apiUrl });
    octokit.hook.wrap('request', async (request, endpoint) => {
        const operation = `${endpoint.method} ${endpoint.url}`;
        for (let attempt = 0;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (error) {
                const failure = toFailure(error);
                if (!failure)
                    throw error;
                // octokit reports a request that got no answer at all as a 500;
                // its cause says what happened to the connection.
                const unanswered = (0,errors/* isUnreachableError */.Fy)(error)
                    ? innermostMessage(error)
                    : undefined;
                const delay = retryDelay(failure, attempt, policy, clock.now().getTime());
                if (delay === undefined) {
                    if (unanswered !== undefined) {
                        throw new errors/* UnreachableError */.Jk(`cannot reach GitHub at ${options.apiUrl}: ${unanswered}`, { cause: error });
                    }
                    if (isPermissionRefusal(failure)) {
                        throw new GitHubPermissionError(`GitHub refused ${operation}: ${failure.message} (the token lacks permission, e.g. a pull request from a fork)`, operation);
                    }
                    throw error;
                }
                if (unanswered !== undefined) {
                    // Said out loud: without an answer the wait looks like a hang.
                    logger.warning(`cannot reach GitHub (${unanswered}); retry ${attempt + 1} of ${policy.retries} in ${Math.round(delay / 1000)}s`);
                }
                else {
                    logger.debug(`GitHub answered ${failure.status} to ${operation}; retrying in ${Math.round(delay / 1000)} s`);
                }
                options.onRetry?.(operation, delay);
                await clock.sleep(delay);
            }
        }
    });
    const base = { owner, repo };
    return {
        async createCheckRun(payload) {
            const { data } = await octokit.rest.checks.create({
                ...base,
                ...payload,
                name: payload.name ?? '',
                head_sha: payload.head_sha ?? ''
            });
            return { id: data.id, html_url: data.html_url ?? '' };
        },
        async updateCheckRun(id, payload) {
            await octokit.rest.checks.update({
                ...base,
                check_run_id: id,
                ...payload
            });
        },
        async createCommitStatus(payload) {
            await octokit.rest.repos.createCommitStatus({ ...base, ...payload });
        },
        async listIssueComments(issueNumber) {
            const all = await octokit.paginate(octokit.rest.issues.listComments, {
                ...base,
                issue_number: issueNumber,
                per_page: 100
            });
            return all.map((c) => ({
                id: c.id,
                body: c.body ?? '',
                html_url: c.html_url
            }));
        },
        async createIssueComment(issueNumber, body) {
            const { data } = await octokit.rest.issues.createComment({
                ...base,
                issue_number: issueNumber,
                body
            });
            return { id: data.id, body: data.body ?? '', html_url: data.html_url };
        },
        async updateIssueComment(commentId, body) {
            const { data } = await octokit.rest.issues.updateComment({
                ...base,
                comment_id: commentId,
                body
            });
            return { id: data.id, body: data.body ?? '', html_url: data.html_url };
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
            });
            if (!('id' in data))
                throw new Error(`GitHub did not create the deployment: ${data.message ?? ''}`);
            return { id: data.id };
        },
        async createDeploymentStatus(deploymentId, payload) {
            await octokit.rest.repos.createDeploymentStatus({
                ...base,
                deployment_id: deploymentId,
                ...payload
            });
        },
        async listDeployments(environment, page, perPage) {
            const { data } = await octokit.rest.repos.listDeployments({
                ...base,
                environment,
                page,
                per_page: perPage
            });
            return data.map((d) => ({
                id: d.id,
                sha: d.sha,
                ref: d.ref,
                environment: d.environment,
                created_at: d.created_at,
                creator: d.creator?.login,
                payload: d.payload
            }));
        },
        async latestDeploymentStatus(deploymentId) {
            const { data } = await octokit.rest.repos.listDeploymentStatuses({
                ...base,
                deployment_id: deploymentId,
                per_page: 1
            });
            const s = data[0];
            return s
                ? { state: s.state, created_at: s.created_at, log_url: s.log_url }
                : undefined;
        }
    };
}
/**
 * The message of the deepest cause (`connect ECONNREFUSED 127.0.0.1:443`),
 * not fetch's "fetch failed" around it.
 */
function innermostMessage(error) {
    let message = (0,errors/* getErrorMessage */.u1)(error);
    let current = error;
    for (let depth = 0; depth < 8; depth++) {
        if (typeof current !== 'object' || current === null)
            break;
        const text = current.message;
        if (typeof text === 'string' && text !== '')
            message = text;
        current = current.cause;
    }
    return message;
}
/** Reads status, headers and message from an octokit RequestError (duck-typed: it is not our dependency). */
function toFailure(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    const status = error.status;
    if (typeof status !== 'number')
        return undefined;
    const response = error.response;
    return {
        status,
        headers: response?.headers ?? {},
        message: error instanceof Error ? error.message : String(status)
    };
}


/***/ })

};
;