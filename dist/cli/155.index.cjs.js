"use strict";
exports.id = 155;
exports.ids = [155];
exports.modules = {

/***/ 3155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(6811);
// EXTERNAL MODULE: ./src/secrets/cut-starts.ts
var cut_starts = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/secrets/scrub-strings.ts
var scrub_strings = __webpack_require__(6885);
;// CONCATENATED MODULE: ./src/adapters/masked-values.ts
/**
 * Every value this process asked the runner to mask. The runner hides them
 * in the job's log only: what ClusterSync sends to GitHub's API (check runs,
 * their annotations, statuses, comments, Deployments) and writes to the job
 * summary is not masked by anyone. Text bound there is scrubbed here, so a
 * secret a tool quoted in an error (helm printing a value) never reaches it.
 */



const masked = new Set();
/**
 * Shorter values are masked in the log but not scrubbed: a one-letter
 * "secret" (a test token `t`) would turn every word sent to GitHub into
 * asterisks, and no credential is that short.
 */
const minScrubbedLength = 4;
let longestFirst;
/** Masks `value` in the log (core.setSecret) and in everything scrubbed. */
function maskValue(value) {
    if (value === '')
        return;
    core.setSecret(value);
    if (value.length >= minScrubbedLength && !masked.has(value)) {
        masked.add(value);
        longestFirst = undefined;
    }
}
/**
 * `text` with every masked value replaced by `***`, as the runner shows it,
 * and the start of one left at a cut (see `scrubCutStarts`).
 */
function scrubMasked(text) {
    if (masked.size === 0 || text === '')
        return text;
    longestFirst ??= [...masked].sort((a, b) => b.length - a.length);
    return (0,cut_starts/* hideSecrets */.s)(text, longestFirst);
}
/** A copy of `value` with every string in it scrubbed (request parameters). */
function scrubMaskedDeep(value) {
    return (0,scrub_strings/* scrubStrings */.a)(value, scrubMasked);
}

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
/** The GitHubPermissionError message of every call made with an empty token. */
const noToken = 'no token: the token input is empty';
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(2116);
// EXTERNAL MODULE: ./src/backoff.ts
var backoff = __webpack_require__(2431);
;// CONCATENATED MODULE: ./src/adapters/octokit-retries.ts



/**
 * 4 retries; a failed request's waits drawn up to 1 s doubling (full
 * jitter); no wait longer than 60 s: a rate limit asking more surfaces
 * instead, so a job never sits out an hour's rate-limit window. An attempt
 * gets 30 s: GitHub ends a request it cannot serve in 10 s itself, so
 * silence past that is the network, not GitHub thinking.
 */
function defaultGitHubRetryPolicy() {
    return {
        retries: 4,
        baseDelayMs: 1000,
        maxDelayMs: 60_000,
        attemptTimeoutMs: 30_000
    };
}
/** Thrown (as the cause of octokit's error) when an attempt got no answer in time. */
class NoAnswerError extends Error {
    name = 'NoAnswerError';
}
// plugin-retry's default list plus 429: rate limits (403 or 429) are
// waited out as GitHub says in waitBeforeRetry, never with a backoff.
const doNotRetry = [400, 401, 403, 404, 410, 422, 429, 451];
/** Creates the octokit; never throws. Requests reject with the last failure. */
function createRetryingOctokit(options) {
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl,
        retry: {
            retries: options.policy.retries,
            doNotRetry,
            // The wait was slept in waitBeforeRetry; the plugin retries at once.
            retryAfterBaseValue: 0
        }
    }, 
    // Innermost, so it runs around every attempt plugin-retry makes.
    waitBeforeRetry(options), dist_bundle/* retry */.L);
}
/**
 * A plugin whose hook bounds each attempt by `attemptTimeoutMs`, waits out
 * and repeats a rate-limited attempt itself (plugin-retry leaves 403 and
 * 429 alone), and, when an attempt fails in a way plugin-retry retries,
 * sleeps the jittered backoff before the failure reaches plugin-retry.
 * Both counts are per request across plugin-retry's rounds, so a request's
 * retries of each kind are spent once.
 */
function waitBeforeRetry({ clock, policy, onWait }) {
    const failures = new WeakMap();
    const limits = new WeakMap();
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const operation = `${options.method} ${options.url}`;
            for (;;) {
                try {
                    return await attempt(() => request(options), options, policy);
                }
                catch (error) {
                    const limitMs = rateLimitWaitMs(error, clock.now().getTime());
                    if (limitMs !== undefined) {
                        const n = (limits.get(options) ?? 0) + 1;
                        if (n > policy.retries || limitMs > policy.maxDelayMs)
                            throw error;
                        limits.set(options, n);
                        onWait({
                            operation,
                            retry: n,
                            delayMs: limitMs,
                            error,
                            kind: 'rate-limit'
                        });
                        await clock.sleep(limitMs);
                        continue;
                    }
                    const status = statusOf(error);
                    if (status === undefined ||
                        status < 400 ||
                        doNotRetry.includes(status))
                        throw error;
                    const n = (failures.get(options) ?? 0) + 1;
                    failures.set(options, n);
                    if (n > policy.retries) {
                        // plugin-retry's per-request setting: no more attempts.
                        options.request.retries = 0;
                        throw error;
                    }
                    const delayMs = (0,backoff/* jitteredDelay */.$)(n, policy, clock.random?.() ?? 0);
                    onWait({ operation, retry: n, delayMs, error, kind: 'failure' });
                    await clock.sleep(delayMs);
                    throw error;
                }
            }
        });
    };
}
/** One attempt, abandoned when no answer came within `attemptTimeoutMs`. */
async function attempt(send, options, policy) {
    const timeout = AbortSignal.timeout(policy.attemptTimeoutMs);
    options.request.signal = timeout;
    try {
        return await send();
    }
    catch (error) {
        if (timeout.aborted && error instanceof Error) {
            // octokit's error stays (plugin-retry reads it); the cause says
            // what happened instead of "The operation was aborted".
            error.cause = new NoAnswerError(`no answer within ${policy.attemptTimeoutMs / 1000}s`);
        }
        throw error;
    }
}
/**
 * How long GitHub asks to wait before repeating a rate-limited request, or
 * undefined when `error` is no rate limit. GitHub's rules ("Rate limits for
 * the REST API"): a 403 or 429 with `retry-after` waits that many seconds;
 * one whose `x-ratelimit-remaining` is 0 waits until `x-ratelimit-reset`
 * (a second after, as clocks differ); a secondary limit naming neither
 * waits at least a minute.
 */
function rateLimitWaitMs(error, nowMs) {
    const status = statusOf(error);
    if (status !== 403 && status !== 429)
        return undefined;
    const headers = headersOf(error);
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
        return Math.max(0, retryAfter) * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - nowMs) + 1000;
    const message = error instanceof Error ? error.message : '';
    if (status === 429 || /secondary rate limit/i.test(message))
        return 60_000;
    return undefined;
}
function headersOf(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return {};
    const response = error.response;
    if (typeof response !== 'object' || response === null)
        return {};
    const headers = response.headers;
    if (typeof headers !== 'object' || headers === null)
        return {};
    const out = {};
    for (const [name, value] of Object.entries(headers))
        out[name.toLowerCase()] = value === undefined ? undefined : String(value);
    return out;
}
/** The HTTP status of an octokit RequestError (500 when no answer came). */
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/actions-github.ts
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




/** The parameters of GitHub writes that carry ClusterSync's own text. */
const scrubbedParameters = ['output', 'body', 'description', 'payload'];
/** Creates the port for one repository. Never throws; requests may reject. */
function createGitHubApi(options) {
    if (options.token.trim() === '')
        return tokenless();
    const { owner, repo, logger } = options;
    const policy = options.retry ?? defaultGitHubRetryPolicy();
    const octokit = createRetryingOctokit({
        token: options.token,
        apiUrl: options.apiUrl,
        clock: options.clock,
        policy,
        onWait: (wait) => {
            sayWait(wait, policy, logger);
            options.onRetry?.(wait.operation, wait.delayMs);
        }
    });
    // What ClusterSync writes to GitHub is not masked by the runner: scrub
    // every masked value from the text it sends (masked-values.ts).
    octokit.hook.before('request', (endpoint) => {
        const params = endpoint;
        for (const key of scrubbedParameters) {
            if (params[key] !== undefined)
                params[key] = scrubMaskedDeep(params[key]);
        }
    });
    // Outermost: sees each request's last failure, after every retry.
    octokit.hook.wrap('request', async (request, endpoint) => {
        try {
            return await request(endpoint);
        }
        catch (error) {
            // octokit reports a request that got no answer at all as a 500;
            // its cause says what happened to the connection.
            if (unanswered(error)) {
                throw new errors/* UnreachableError */.Jk(`cannot reach GitHub at ${options.apiUrl}: ${innermostMessage(error)}`, { cause: error });
            }
            if (isPermissionRefusal(error)) {
                const operation = `${endpoint.method} ${endpoint.url}`;
                throw new GitHubPermissionError(`GitHub refused ${operation}: ${(0,errors/* getErrorMessage */.u1)(error)} (the token lacks permission, e.g. a pull request from a fork)`, operation);
            }
            throw error;
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
                ? {
                    state: s.state,
                    created_at: s.created_at,
                    log_url: s.log_url,
                    ...(s.description ? { description: s.description } : {})
                }
                : undefined;
        },
        async listCheckRunsForCommit(sha) {
            try {
                const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
                    ...base,
                    ref: sha,
                    filter: 'all',
                    per_page: 100
                });
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
                }));
            }
            catch (error) {
                // 404 for a commit the repository does not have, 422 for a ref
                // GitHub cannot resolve: either way there are no check runs to read.
                const status = statusOf(error);
                if (status === 404 || status === 422)
                    return undefined;
                throw error;
            }
        },
        async listEnvironments() {
            const names = [];
            for (let page = 1;; page++) {
                const { data } = await octokit.rest.repos.getAllEnvironments({
                    ...base,
                    page,
                    per_page: 100
                });
                const batch = data.environments ?? [];
                names.push(...batch.map((e) => e.name));
                if (batch.length < 100)
                    return names;
            }
        }
    };
}
/** Says a wait before it is slept: without an answer a wait looks like a hang. */
function sayWait(wait, policy, logger) {
    const seconds = wait.delayMs / 1000;
    if (wait.kind === 'failure' && unanswered(wait.error)) {
        logger.warning(`cannot reach GitHub (${innermostMessage(wait.error)}); retry ${wait.retry} of ${policy.retries} in ${seconds}s`);
        return;
    }
    const answered = wait.kind === 'rate-limit'
        ? 'a rate limit'
        : String(statusOf(wait.error) ?? 'an error');
    logger.debug(`GitHub answered ${answered} to ${wait.operation}; retry ${wait.retry} of ${policy.retries} in ${seconds}s`);
}
/** True when a request got no answer: no connection, or silence past the attempt's timeout. */
function unanswered(error) {
    if ((0,errors/* isUnreachableError */.Fy)(error))
        return true;
    let current = error;
    for (let depth = 0; depth < 8; depth++) {
        if (current instanceof NoAnswerError)
            return true;
        if (typeof current !== 'object' || current === null)
            return false;
        current = current.cause;
    }
    return false;
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
/**
 * True for a 403 that is about permissions, not rate limits: the token may
 * not make this write (read-only GITHUB_TOKEN on a fork's pull request).
 */
function isPermissionRefusal(error) {
    if (statusOf(error) !== 403)
        return false;
    const headers = error.response
        ?.headers ?? {};
    return (String(headers['x-ratelimit-remaining']) !== '0' &&
        headers['retry-after'] === undefined &&
        !/rate limit/i.test((0,errors/* getErrorMessage */.u1)(error)));
}
/**
 * The API for a run given an empty token (an unset secret evaluates to ''):
 * every call is refused as a write the token may not make, so the sync
 * still runs and its report goes to the job summary (github-writes.ts).
 * Spelled out, not a Proxy: one would also answer `then`, and the object
 * would pass for a promise that never settles.
 */
function tokenless() {
    const refuse = (operation) => () => Promise.reject(new GitHubPermissionError(noToken, operation));
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
    };
}


/***/ })

};
;