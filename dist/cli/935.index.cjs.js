"use strict";
exports.id = 935;
exports.ids = [935];
exports.modules = {

/***/ 4935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHistory: () => (/* binding */ runHistory),
  serverFromApi: () => (/* binding */ serverFromApi)
});

// EXTERNAL MODULE: ./src/adapters/cli-logger.ts
var cli_logger = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/definition/cluster-name.ts
var cluster_name = __webpack_require__(2075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/history-columns.ts
var history_columns = __webpack_require__(6004);
// EXTERNAL MODULE: ./src/report/history.ts + 1 modules
var report_history = __webpack_require__(1705);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(3303);
// EXTERNAL MODULE: ./src/report/status-words.ts
var status_words = __webpack_require__(2666);
;// CONCATENATED MODULE: ./src/report/history-table.ts
/**
 * The sync history table of the seed docs — Status, Source, Commit (link),
 * Started (relative), Triggered by — as markdown for the job summary and as
 * plain text for the CLI. Pure: the current time is a parameter.
 */



const badges = {
    Success: '✅ Success',
    Failed: '❌ Failed',
    Running: '🔄 Running',
    'Not Configured': '⚪ Not Configured'
};
/** "just now", "5 minutes ago", "3 days ago"; future times read "just now". */
function relativeTime(iso, now) {
    const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
    if (!Number.isFinite(seconds))
        return iso;
    const units = [
        [365 * 86400, 'year'],
        [30 * 86400, 'month'],
        [7 * 86400, 'week'],
        [86400, 'day'],
        [3600, 'hour'],
        [60, 'minute']
    ];
    for (const [size, name] of units) {
        const n = Math.floor(seconds / size);
        if (n >= 1)
            return `${(0,plural/* plural */.L)(n, name)} ago`;
    }
    return 'just now';
}
/**
 * Markdown table; the row with id `currentId` is highlighted (bold, ▶) so
 * the reader finds this run among the last ones.
 */
function renderHistoryMarkdown(rows, links, now, currentId) {
    if (rows.length === 0)
        return '_No syncs recorded yet._\n';
    const lines = [
        '| | Status | Source | Commit | Started | Triggered by |',
        '|---|---|---|---|---|---|'
    ];
    for (const r of rows) {
        const current = r.id === currentId;
        const b = (t) => (current ? `**${t}**` : t);
        const status = r.runUrl
            ? `[${badges[r.status]}](${r.runUrl})`
            : badges[r.status];
        lines.push(`| ${current ? '▶' : ''} | ${b(status)} | ${b(cell(r.source))} | ` +
            `${b(`[\`${shortSha(r.commit)}\`](${links.commitUrl(r.commit)})`)} | ` +
            `${b(relativeTime(r.startedAt, now))} | ${b(cell(r.triggeredBy))} |`);
    }
    return `${lines.join('\n')}\n`;
}
/** Aligned plain-text table with the commit URL, and a page footer. */
function renderHistoryText(page, links, now) {
    const header = [
        'STATUS',
        'SOURCE',
        'COMMIT',
        'STARTED',
        'TRIGGERED BY',
        'LINK'
    ];
    const body = page.rows.map((r) => [
        r.status,
        r.source,
        (0,report_links/* shortSha */.F)(r.commit),
        relativeTime(r.startedAt, now),
        r.triggeredBy,
        links.commitUrl(r.commit)
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
    const line = (row) => row
        .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ');
    const footer = page.total === 0
        ? 'no syncs recorded yet'
        : `page ${page.page} of ${page.pages} (${(0,plural/* plural */.L)(page.total, 'sync')})`;
    return [line(header), ...body.map(line), '', footer, ''].join('\n');
}
/** The JSON form: rows with absolute times and links, and the paging. */
function renderHistoryJson(page, links) {
    return `${JSON.stringify({
        page: page.page,
        pages: page.pages,
        total: page.total,
        syncs: page.rows.map((r) => ({
            ...r,
            commitUrl: links.commitUrl(r.commit)
        }))
    }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/target.ts
var cli_target = __webpack_require__(9917);
;// CONCATENATED MODULE: ./src/cli/commands/history-run.ts
/** What `clustersync history` runs (history.ts has the command and its flags). */









async function runHistory(args, ctx) {
    const repository = (0,cli_args/* stringOption */.Pp)(args, 'repo') ?? ctx.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors/* UsageError */.eb('--repo owner/name is required (or set GITHUB_REPOSITORY)');
    }
    const token = (0,cli_args/* stringOption */.Pp)(args, 'token') ?? ctx.env.GITHUB_TOKEN ?? '';
    if (token === '')
        throw new errors/* UsageError */.eb('a GitHub token is required: --token or GITHUB_TOKEN');
    const page = (0,cli_args/* numberOption */.jZ)(args, 'page') ?? 1;
    if (!Number.isInteger(page) || page < 1)
        throw new errors/* UsageError */.eb(`option --page takes a whole number of 1 or more; got ${page}`);
    const sort = (0,report_history/* parseSort */.g7)((0,cli_args/* stringOption */.Pp)(args, 'sort'));
    if (!sort) {
        throw new errors/* UsageError */.eb(`option --sort accepts ${history_columns/* historyColumns */.A.join(', ')}, optionally followed by :asc or :desc; got "${(0,cli_args/* stringOption */.Pp)(args, 'sort') ?? ''}"`);
    }
    const format = (0,cli_args/* outputFormat */.B$)(args);
    if (format === 'github')
        throw new errors/* UsageError */.eb('history prints text or json');
    const cluster = (0,cli_args/* stringOption */.Pp)(args, 'cluster') ?? (await clusterFromDefinition(args, ctx));
    const apiUrl = (0,cli_args/* stringOption */.Pp)(args, 'api-url') ??
        ctx.env.GITHUB_API_URL ??
        'https://api.github.com';
    const logger = (0,cli_logger/* createCliLogger */.x)(ctx.stderr);
    logger.mask(token);
    // Loaded on demand: octokit and undici are most of the CLI bundle's
    // start-up time, and only this command talks to GitHub.
    const { createGitHubApi } = await Promise.all(/* import() */[__webpack_require__.e(910), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 3155));
    const api = createGitHubApi({
        token,
        apiUrl,
        owner,
        repo,
        clock: ctx.clock,
        logger
    });
    const result = await (0,report_history/* readHistory */.Lu)(api, { cluster, page, perPage: 10, sort });
    const links = (0,report_links/* repoLinks */.A)(ctx.env.GITHUB_SERVER_URL ?? serverFromApi(apiUrl), `${owner}/${repo}`);
    ctx.stdout.write(format === 'json'
        ? renderHistoryJson(result, links)
        : renderHistoryText(result, links, ctx.clock.now()));
    return 0;
}
async function clusterFromDefinition(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const name = await (0,cluster_name/* peekClusterName */.h)(ctx.fs, target.root, target.file);
    if (!name) {
        throw new errors/* UsageError */.eb(`could not read metadata.name from ${target.file}; pass --cluster`);
    }
    return name;
}
/** api.github.com → github.com; GHES https://host/api/v3 → https://host. */
function serverFromApi(apiUrl) {
    const url = new URL(apiUrl);
    if (url.hostname.startsWith('api.'))
        return `${url.protocol}//${url.host.slice(4)}`;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/$/, '');
}


/***/ }),

/***/ 1705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OQ: () => (/* binding */ historyStatusOf),
  Hh: () => (/* binding */ parseRecord),
  g7: () => (/* binding */ parseSort),
  ow: () => (/* binding */ readEmbeddedRecord),
  Lu: () => (/* binding */ readHistory)
});

// UNUSED EXPORTS: compareRows, deploymentDescription, deploymentState, embedRecord, historyStatus, syncRecord

// EXTERNAL MODULE: ./src/report/history-columns.ts
var history_columns = __webpack_require__(6004);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/report/record-details.ts

/**
 * At most this many errors are stored: a check run's text holds 65,535
 * characters and the record must fit whole beside the plan; the count of
 * all errors is stored with them.
 */
const maxRecordErrors = 20;
/** Longest message or hint kept; the rest is in the check run. */
const maxErrorText = 500;
const phaseNames = [
    'Fetching',
    'Validating',
    'Applying',
    'Completed'
];
/**
 * Phase durations from the times each phase started and the end of the
 * sync; Completed marks the end, so it is not a phase with a duration.
 */
function phaseDurations(starts, end) {
    const timed = starts.filter((s) => s.phase !== 'Completed');
    return timed.map((s, i) => ({
        name: s.phase,
        durationMs: Math.max(0, (timed[i + 1]?.at ?? end) - s.at)
    }));
}
/**
 * The errors of a sync, capped at maxRecordErrors and redacted as the
 * diagnostics anywhere else are (URL credentials hidden, controls escaped).
 */
function record_details_recordErrors(diagnostics) {
    const all = diagnostics.filter((d) => d.severity === 'error');
    const errors = all.slice(0, maxRecordErrors).map((given) => {
        const d = showDiagnostic(given, (t) => cut(displayText(t)));
        return {
            code: d.code,
            message: d.message,
            ...(d.hint === undefined ? {} : { hint: d.hint }),
            ...(d.file === undefined ? {} : { file: d.file }),
            ...(d.line === undefined ? {} : { line: d.line })
        };
    });
    return { errors, total: all.length };
}
function cut(text) {
    return text.length > maxErrorText ? `${text.slice(0, maxErrorText)}…` : text;
}
/** Reads stored phases back; undefined when absent or not a list of phases. */
function parsePhases(value) {
    if (!Array.isArray(value))
        return undefined;
    const phases = [];
    for (const item of value) {
        if (typeof item !== 'object' || item === null)
            return undefined;
        const p = item;
        const name = phaseNames.find((n) => n === p.name);
        if (name === undefined || !isCount(p.durationMs))
            return undefined;
        phases.push({ name, durationMs: p.durationMs });
    }
    return phases;
}
/** Reads stored errors back, dropping malformed entries; undefined when absent. */
function parseErrors(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.flatMap((item) => {
        if (typeof item !== 'object' || item === null)
            return [];
        const e = item;
        if (typeof e.code !== 'string' || typeof e.message !== 'string')
            return [];
        return [
            {
                code: e.code,
                message: e.message,
                ...(typeof e.hint === 'string' ? { hint: e.hint } : {}),
                ...(typeof e.file === 'string' ? { file: e.file } : {}),
                ...(isCount(e.line) && e.line > 0 ? { line: e.line } : {})
            }
        ];
    });
}
function isCount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

;// CONCATENATED MODULE: ./src/report/history.ts



const finishedStatuses = [
    'Success',
    'Failed',
    'Not Configured'
];
/**
 * The record of a sync that has started (Running) or ended (with its
 * result, and the phases it went through when they were timed).
 */
function syncRecord(metadata, result, runUrl, phases) {
    const failed = result ? recordErrors(result.diagnostics) : undefined;
    const record = {
        v: 1,
        cluster: metadata.cluster,
        commit: metadata.commit,
        ref: metadata.ref,
        source: metadata.source,
        triggeredBy: metadata.triggeredBy,
        retryCount: metadata.retryCount,
        startedAt: metadata.startedAt,
        finishedAt: metadata.finishedAt,
        durationMs: metadata.durationMs,
        status: result ? historyStatus(result) : 'Running',
        reason: result?.reason,
        runUrl,
        filesUrl: metadata.filesUrl,
        phases,
        ...(failed && failed.total > 0
            ? { errors: failed.errors, errorsTotal: failed.total }
            : {})
    };
    // Drop undefined fields so the JSON (and the payload GitHub stores) is stable.
    return JSON.parse(JSON.stringify(record));
}
/** Success for synced runs, Failed for errors, Not Configured as it is. */
function historyStatus(result) {
    switch (result.status) {
        case 'synced':
            return 'Success';
        case 'error':
            return 'Failed';
        case 'not-configured':
            return 'Not Configured';
    }
}
/**
 * Deployment statuses have no state for Not Configured (a run with no
 * definition or no credentials posts `inactive`: it deployed nothing, and
 * did not fail), so its description says it, and readers of the history
 * tell it apart by that (older runs posted `success`).
 */
const notConfiguredPrefix = 'Not Configured: ';
/** The deployment status description of a result (140 characters at most). */
function deploymentDescription(result) {
    const prefix = result.status === 'not-configured' ? notConfiguredPrefix : '';
    return cutTo(`${prefix}${result.summary}`, 140);
}
/** The history badge of a deployment's latest status. */
function historyStatusOf(status) {
    const state = status?.state;
    if (state === 'success' || state === 'inactive') {
        return status?.description?.startsWith(notConfiguredPrefix)
            ? 'Not Configured'
            : 'Success';
    }
    if (state === 'failure' || state === 'error')
        return 'Failed';
    return 'Running';
}
/** The deployment status state matching a result. */
function deploymentState(result) {
    // Nothing was deployed: the environment must not read as deployed at
    // this commit (historyStatusOf reads it back as Not Configured).
    if (result.status === 'not-configured')
        return 'inactive';
    if (result.status !== 'error')
        return 'success';
    // An unreachable cluster or a lock timeout is infrastructure, not the change.
    return result.reason === 'ClusterUnreachable' ||
        result.reason === 'LockTimeout'
        ? 'error'
        : 'failure';
}
const marker = 'clustersync:sync-record';
/** The record as a hidden block for a check run's text. */
function embedRecord(record) {
    return `<!-- ${marker} ${JSON.stringify(record).replace(/--/g, '\\u002d\\u002d')} -->`;
}
/** Reads an embedded record back; undefined when absent or malformed. */
function readEmbeddedRecord(text) {
    const m = new RegExp(`<!-- ${marker} (\\{.*?\\}) -->`).exec(text);
    if (!m)
        return undefined;
    return parseRecord(JSON.parse(m[1]));
}
/** Validates an unknown value (deployment payload) as a v1 record. */
function parseRecord(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const r = value;
    if (r.v !== 1 ||
        typeof r.cluster !== 'string' ||
        typeof r.source !== 'string' ||
        typeof r.startedAt !== 'string' ||
        typeof r.retryCount !== 'number') {
        return undefined;
    }
    const text = (k) => typeof r[k] === 'string' ? r[k] : undefined;
    return JSON.parse(JSON.stringify({
        v: 1,
        cluster: r.cluster,
        commit: text('commit'),
        ref: text('ref'),
        source: r.source,
        triggeredBy: text('triggeredBy'),
        retryCount: r.retryCount,
        startedAt: r.startedAt,
        finishedAt: text('finishedAt'),
        durationMs: typeof r.durationMs === 'number' ? r.durationMs : undefined,
        // A deployment's payload is written at the start (Running); a check
        // run's record at the end carries the outcome.
        status: finishedStatuses.includes(r.status)
            ? r.status
            : 'Running',
        reason: text('reason'),
        runUrl: text('runUrl'),
        filesUrl: text('filesUrl'),
        phases: parsePhases(r.phases),
        errors: parseErrors(r.errors),
        errorsTotal: typeof r.errorsTotal === 'number' ? r.errorsTotal : undefined
    }));
}
/**
 * Reads one page of a cluster's sync history: lists its deployments (100 per
 * call), sorts, and asks for the outcome of the rows shown only (of all rows
 * when sorting by status). Throws what the GitHub port throws.
 */
async function readHistory(api, query) {
    const limit = query.limit ?? 1000;
    const rows = [];
    for (let page = 1; rows.length < limit; page++) {
        const batch = await api.listDeployments(query.cluster, page, 100);
        for (const d of batch) {
            const record = parseRecord(d.payload);
            if (!record)
                continue; // someone else's deployment to this environment
            rows.push({
                id: d.id,
                status: 'Running',
                source: record.source,
                commit: d.sha,
                startedAt: record.startedAt,
                triggeredBy: record.triggeredBy ?? d.creator ?? '',
                retryCount: record.retryCount,
                runUrl: record.runUrl
            });
        }
        if (batch.length < 100)
            break;
    }
    const resolve = async (list) => {
        await Promise.all(list.map(async (row) => {
            const s = await api.latestDeploymentStatus(row.id);
            row.status = historyStatusOf(s);
            row.runUrl ??= s?.log_url;
        }));
    };
    if (query.sort.column === 'status')
        await resolve(rows);
    rows.sort(compareRows(query.sort));
    const pages = Math.max(1, Math.ceil(rows.length / query.perPage));
    const page = Math.min(Math.max(1, query.page), pages);
    const shown = rows.slice((page - 1) * query.perPage, page * query.perPage);
    if (query.sort.column !== 'status')
        await resolve(shown);
    return { rows: shown, page, pages, total: rows.length };
}
/** Compares by the column, then newest first, then id, so order is total. */
function compareRows(sort) {
    const key = (r) => {
        switch (sort.column) {
            case 'status':
                return r.status;
            case 'source':
                return r.source;
            case 'commit':
                return r.commit;
            case 'started':
                return r.startedAt;
            case 'triggered-by':
                return r.triggeredBy.toLowerCase();
        }
    };
    const sign = sort.direction === 'asc' ? 1 : -1;
    return (a, b) => {
        const ka = key(a);
        const kb = key(b);
        const primary = ka < kb ? -1 : ka > kb ? 1 : 0;
        if (primary !== 0)
            return primary * sign;
        if (a.startedAt !== b.startedAt)
            return a.startedAt < b.startedAt ? 1 : -1;
        return b.id - a.id;
    };
}
/** Parses `column[:asc|:desc]`; default direction: desc for started, else asc. */
function parseSort(text) {
    const [column = 'started', direction] = (text ?? 'started').split(':');
    if (!history_columns/* historyColumns */.A.includes(column))
        return undefined;
    if (direction !== undefined && direction !== 'asc' && direction !== 'desc') {
        return undefined;
    }
    return {
        column: column,
        direction: direction ?? (column === 'started' ? 'desc' : 'asc')
    };
}


/***/ }),

/***/ 3303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ repoLinks),
/* harmony export */   F: () => (/* binding */ shortSha)
/* harmony export */ });
/**
 * Links into the repository on its GitHub server. Every URL is built from
 * the run's server URL (GITHUB_SERVER_URL, read by the composition root), so
 * GitHub Enterprise Server works and nothing is hard-coded to github.com.
 */
/** Builds the links for `owner/name` on `serverUrl`; `runId` adds the run link. */
function repoLinks(serverUrl, repository, runId, runAttempt) {
    const repoUrl = `${serverUrl.replace(/\/+$/, '')}/${repository}`;
    const attempt = runAttempt !== undefined && runAttempt > 1 ? `/attempts/${runAttempt}` : '';
    return {
        repoUrl,
        runUrl: runId ? `${repoUrl}/actions/runs/${runId}${attempt}` : undefined,
        commitUrl: (sha) => `${repoUrl}/commit/${sha}`,
        treeUrl: (sha, path) => `${repoUrl}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}`
    };
}
/** The first 7 characters of a commit SHA, as GitHub shows it. */
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'unknown';
}


/***/ }),

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports metadataTable, stepsTable, changesList, diagnosticsTable, failuresList, planSection, cutTo, truncate */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4851);
/* harmony import */ var _status_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2666);
/**
 * Markdown sections shared by the job summary, the check run and the pull
 * request comment, so the three say the same thing in the same words. All
 * pure functions of SyncResult (and the plan text the planner renders).
 */




const stepIcons = {
    applied: '🟢 applied',
    unchanged: '⚪ unchanged',
    failed: '🔴 failed',
    skipped: '⏭️ skipped'
};
/** The sync metadata as a two-column table (seed docs: Sync Metadata). */
function metadataTable(result, links, statusWord) {
    const m = result.metadata;
    const commit = m.commit
        ? `[\`${shortSha(m.commit)}\`](${links.commitUrl(m.commit)})`
        : 'unknown';
    const rows = [
        ['Status', statusWord],
        ['Commit', m.ref ? `${commit} on ${code(m.ref)}` : commit],
        ['Source', m.source],
        ['Started', m.startedAt],
        ['Triggered by', m.triggeredBy ? cell(m.triggeredBy) : '–'],
        ['Retry count', String(m.retryCount)],
        ['Duration', formatDuration(m.durationMs)],
        [
            'IaC files',
            m.filesUrl ? `[definition at this commit](${m.filesUrl})` : '–'
        ]
    ];
    if (links.runUrl)
        rows.push(['Workflow run', `[logs](${links.runUrl})`]);
    return [
        '| | |',
        '|---|---|',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`)
    ].join('\n');
}
/** Stacks and steps with what happened to each. */
function stepsTable(steps) {
    if (steps.length === 0)
        return '_No steps ran._';
    const lines = [
        '| Step | Result | Changes | Duration | Details |',
        '|---|---|---|---|---|'
    ];
    for (const s of steps) {
        const changed = s.changes.filter((c) => c.action !== 'unchanged').length;
        const details = s.skippedBecause
            ? `skipped because \`${s.skippedBecause}\` failed`
            : (s.message ?? '');
        const retries = s.retries > 0 ? ` (${plural(s.retries, 'retry', 'retries')})` : '';
        lines.push(`| ${code(s.step)} | ${stepIcons[s.status]}${retries} | ${changed} of ${s.changes.length} | ${formatDuration(s.durationMs)} | ${cell(details)} |`);
    }
    return lines.join('\n');
}
/** What changed: every created, configured or pruned object, grouped by step. */
function changesList(steps) {
    const lines = [];
    for (const s of steps) {
        for (const c of s.changes) {
            if (c.action === 'unchanged' || c.action === 'skipped')
                continue;
            lines.push(`- ${code(c.subject)} ${c.action}${c.message ? `: ${cell(c.message)}` : ''}`);
        }
    }
    return lines.length > 0
        ? lines.join('\n')
        : '_Nothing changed in the cluster._';
}
/** Diagnostics as a table with places, codes and hints (all of them). */
function diagnosticsTable(diagnostics, links, commit) {
    const sorted = sortDiagnostics(diagnostics);
    const lines = ['| | Where | Problem | How to fix |', '|---|---|---|---|'];
    for (const d of sorted) {
        const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
        const place = d.file
            ? `${d.file}${d.line ? `:${d.line}` : ''}`
            : '(definition)';
        const where = d.file && commit
            ? `[${place}](${links.treeUrl(commit, d.file)}${d.line ? `#L${d.line}` : ''})`
            : place;
        const pointer = d.pointer ? ` at ${code(d.pointer)}` : '';
        lines.push(`| ${icon} | ${where} | **${cell(d.code)}**${pointer}: ${cell(d.message)} | ${cell(d.hint ?? '')} |`);
    }
    return lines.join('\n');
}
/** The failed steps with their messages (what failed and why). */
function failuresList(result) {
    const failed = result.steps.filter((s) => s.status === 'failed');
    return failed
        .map((s) => {
        const place = s.file ? ` (${s.file}${s.line ? `:${s.line}` : ''})` : '';
        return `- ${code(s.step)}${cell(place)}: ${cell(s.message ?? 'failed')}`;
    })
        .join('\n');
}
/**
 * The plan: what would change in the cluster in the open (what a reviewer
 * reads first), at most `maxChanges` characters of it cut at a line and
 * ended by `… and N more lines: ${restShownBy}`, then the Mermaid graph
 * (rendered by GitHub) and the plan text, folded.
 */
function planSection(plan, maxChanges = 40_000, restShownBy = 'the job summary shows them all') {
    const parts = [];
    if (plan.changes) {
        const changes = cutAtLine(plan.changes.trimEnd(), maxChanges, restShownBy);
        parts.push(`#### What would change in the cluster\n\n${fenced('text', changes)}`);
    }
    if (plan.mermaid)
        parts.push(fenced('mermaid', plan.mermaid.trimEnd()));
    if (plan.text) {
        parts.push(`<details><summary>Plan as text</summary>\n\n${fenced('text', plan.text.trimEnd())}\n\n</details>`);
    }
    return parts.join('\n\n');
}
/**
 * `content` in a code block whose fence is longer than any run of
 * backticks in it: plan text holds names and values from the repository
 * and the cluster, and a line of backticks among them would otherwise
 * close the block and turn the rest of the report into markdown.
 */
function fenced(info, content) {
    // A loop, not Math.max(...runs): a long plan may hold more runs than a
    // call can take arguments.
    let longest = 0;
    for (const run of content.match(/`+/g) ?? []) {
        longest = Math.max(longest, run.length);
    }
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${content}\n${fence}`;
}
/**
 * The first whole lines of `text` within `max` characters, and how many
 * lines were left out and where they are (`restShownBy`): a code block
 * cut mid-line (or mid-fence by the comment's own limit) would leave the
 * rest of the comment inside it.
 */
function cutAtLine(text, max, restShownBy) {
    if (text.length <= max)
        return text;
    const at = text.lastIndexOf('\n', max);
    const kept = text.slice(0, at > 0 ? at : max);
    const left = text.slice(kept.length).replace(/^\n/, '').split('\n').length;
    return `${kept}\n… and ${plural(left, 'more line')}: ${restShownBy}`;
}
/**
 * `text` cut to `max` characters with `…` as its last when it is longer: a
 * cut is always marked, so the scrubber can tell what is left of a secret
 * cut there from a text that merely ends like one (masked-values.ts).
 */
function cutTo(text, max) {
    if (text.length <= max)
        return text;
    const kept = text.slice(0, max - 1);
    // A surrogate pair is never split: its first half alone is no character.
    return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}
/** Cuts markdown to `max` characters with a visible note, for API limits. */
function truncate(text, max, note) {
    if (text.length <= max)
        return text;
    const tail = `\n\n…truncated: ${note}\n`;
    return text.slice(0, max - tail.length) + tail;
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports bannerFor, bannerIcon, headline, cell, code */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);

/** The banner for a finished result, or Syncing while it runs. */
function bannerFor(status) {
    switch (status) {
        case 'synced':
            return 'Synced';
        case 'error':
            return 'Error';
        case 'not-configured':
            return 'Not Configured';
        case 'running':
            return 'Syncing';
    }
}
/** An emoji that reads the same in light and dark themes. */
function bannerIcon(banner) {
    return { Synced: '✅', Syncing: '🔄', Error: '❌', 'Not Configured': '⚪' }[banner];
}
/** The one-line headline: counts for a sync that ran steps, the summary otherwise. */
function headline(result) {
    const c = result.counts;
    // Plans and drift checks run no steps: their summary says what they found.
    if (result.status === 'synced' && result.steps.length > 0) {
        const parts = [
            `${c.applied} applied`,
            `${c.unchanged} unchanged`,
            c.pruned > 0 ? `${c.pruned} pruned` : ''
        ].filter((p) => p !== '');
        return parts.join(', ');
    }
    // Every headline follows its banner ("❌ Error: …", "failure: …"), so the
    // summary's own leading status word is not said twice.
    return result.summary
        .replace(/^Error \((\w+)\): /, '$1: ')
        .replace(/^(?:Error|Synced): /, '');
}
/**
 * Text for a markdown table cell or line, shown as text: pipes and
 * newlines escaped, and what GitHub would render from it (HTML, links,
 * images, @-mentions) made inert. A pull request writes much of what is
 * quoted, and GitHub shows it under ClusterSync's identity.
 */
function cell(text) {
    return (oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([[\]])/g, '\\$1')
        .replace(/@(?=[A-Za-z0-9])/g, '@\u2060')
        // Bare URLs are linked by GitHub: a word joiner keeps them text.
        .replace(/\b(https?):\/\//gi, '$1:\u2060//')
        .replace(/\bwww\./gi, 'www\u2060.'));
}
/**
 * Text as a markdown code span: fenced with one backtick more than its
 * longest run of them (padded when it starts or ends with one), so it
 * cannot close the span; pipes and newlines escaped for a table.
 */
function code(text) {
    const shown = oneLine(text);
    const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${shown}${pad}${fence}`;
}
/** One line, control characters escaped, pipes escaped for a table. */
function oneLine(text) {
    return displayText(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
}
/** A duration for people: `850 ms`, `12.3 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (ms === undefined)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)} min ${s % 60} s`;
}


/***/ })

};
;