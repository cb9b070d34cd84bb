"use strict";
exports.id = 492;
exports.ids = [492];
exports.modules = {

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ sameChartVersion),
/* harmony export */   v2: () => (/* binding */ fetchChartIndex)
/* harmony export */ });
/* unused harmony exports chartIndexUrl, parseChartIndex */
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5525);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _ports_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2022);
/**
 * A Helm HTTP repository's index.yaml (importcluster-format.md §12.3): only
 * `entries.<chart>[].version` is read. Reaching the repository is optional,
 * so every failure becomes a reason string, never a throw.
 */



/** `<repository>/index.yaml`, with at most one slash between them. */
function chartIndexUrl(repositoryUrl) {
    return `${repositoryUrl.replace(/\/+$/, '')}/index.yaml`;
}
/**
 * Fetches and reads the index of an HTTP chart repository. Resolves with
 * `unavailable` (and why) when it cannot be reached, answers with a non-2xx
 * status, or is not a Helm index.
 */
async function fetchChartIndex(http, repositoryUrl, options = (0,_ports_http_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultHttpGetOptions */ .u)()) {
    const url = chartIndexUrl(repositoryUrl);
    let text;
    try {
        const response = await http.getText(url, options);
        if (response.status < 200 || response.status > 299) {
            return { status: 'unavailable', url, reason: `HTTP ${response.status}` };
        }
        text = response.text;
    }
    catch (error) {
        return { status: 'unavailable', url, reason: describeFailure(error) };
    }
    const charts = parseChartIndex(text);
    return typeof charts === 'string'
        ? { status: 'unavailable', url, reason: charts }
        : { status: 'ok', url, charts };
}
/**
 * The charts of an index.yaml text, sorted by name, or a reason string when
 * it is not a Helm repository index. Versions that are not strings are skipped.
 */
function parseChartIndex(text) {
    let parsed;
    try {
        // Real indexes are large and machine-written; duplicate keys are not ours to judge.
        parsed = (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfigYaml */ .F)(text, { lenient: true });
    }
    catch (error) {
        return `index.yaml is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error).split('\n')[0] ?? ''}`;
    }
    if (!isRecord(parsed) || !isRecord(parsed.entries)) {
        return 'index.yaml has no "entries" mapping; is this a Helm chart repository?';
    }
    return Object.entries(parsed.entries)
        .map(([name, versions]) => ({
        name,
        versions: Array.isArray(versions)
            ? versions.flatMap((v) => isRecord(v) && typeof v.version === 'string' ? [v.version] : [])
            : []
    }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Helm-style version equality: a leading `v` does not count (`1.2.0` ≡
 * `v1.2.0`) and missing minor or patch parts are zero (`1.2` ≡ `1.2.0`), as
 * Helm's semver parsing reads them. Pre-release and build parts must match.
 */
function sameChartVersion(a, b) {
    return canonicalVersion(a) === canonicalVersion(b);
}
function canonicalVersion(version) {
    const bare = version.trim().replace(/^[vV]/, '');
    const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(bare);
    if (!match)
        return bare;
    const [, major, minor, patch, rest] = match;
    return `${Number(major)}.${Number(minor ?? 0)}.${Number(patch ?? 0)}${rest ?? ''}`;
}
function describeFailure(error) {
    // Duck-typed rather than instanceof: fetch's errors may come from another
    // realm (a test VM), and "fetch failed" hides the real cause in `cause`.
    if (!isErrorLike(error))
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error);
    if (error.name === 'TimeoutError')
        return 'timed out';
    const cause = isErrorLike(error.cause) ? error.cause : undefined;
    const detail = cause ? cause.message || cause.code || '' : '';
    return detail && detail !== error.message
        ? `${error.message}: ${detail}`
        : error.message;
}
function isErrorLike(value) {
    return isRecord(value) && typeof value.message === 'string';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 51:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ ociHost),
/* harmony export */   H_: () => (/* binding */ saysRefused),
/* harmony export */   VH: () => (/* binding */ HelmLogins),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   v_: () => (/* binding */ systemPrivateFolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6670);
/**
 * Helm's access to charts that need a login, private to one run. A
 * credential never goes in a process's arguments (anyone on the machine
 * can read them in /proc): OCI logins use `helm registry login
 * --password-stdin`, HTTP repositories `helm repo add --password-stdin`.
 * What helm then stores (its registry config, its repositories.yaml and
 * index cache) lives in a folder of this run's own (mode 0700), never the
 * user's helm config, and is removed when the run ends.
 *
 * HTTP credentials go only to the repository's own host: the chart is
 * installed as `<alias>/<chart>` from that repository entry, and helm sends
 * the entry's credentials to a chart URL on another host only with
 * `--pass-credentials`, which is never given.
 */





/** A folder under the system's temporary folder, mode 0700 (mkdtemp's). */
const systemPrivateFolder = {
    create: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'clustersync-helm-')),
    list: (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(path),
    remove: (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true })
};
/** Whether a registry refused a login (HTTP 401 or 403), from helm's output. */
function saysRefused(stderr) {
    return /\b(401|403)\b|unauthorized|forbidden|authentication required/i.test(stderr);
}
/**
 * Loopback OCI registries are spoken to over plain HTTP, as Docker treats
 * 127.0.0.0/8 as an insecure registry by default; any other host needs TLS.
 */
function isLoopbackHost(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\./.test(name);
}
/** The host (and port) of an `oci://host[:port]/path` reference. */
function ociHost(location) {
    return location.replace(/^oci:\/\//, '').split('/')[0] ?? '';
}
/** The logins of one run; `close()` removes everything helm stored. */
class HelmLogins {
    credentials;
    folders;
    folder;
    done = new Map();
    constructor(credentials, folders = systemPrivateFolder) {
        this.credentials = credentials;
        this.folders = folders;
    }
    /**
     * Logs in once per registry and credential, and says how to install the
     * chart from there: `major` decides the helm v4-only cache flag.
     * Never rejects for a refused login; that is a `failure`.
     */
    access(chart, major, run) {
        const name = chart.credentialName ?? '';
        const credential = this.credentials.get(name);
        if (!credential) {
            return Promise.resolve({
                failure: `chart registry ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .dE)(chart.location)} needs the credential "${name}", which the run was not given (registry-credentials input, --registry-credentials file)`
            });
        }
        const alias = `clustersync-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(`${chart.type}\0${chart.location}\0${name}`)
            .digest('hex')
            .slice(0, 12)}`;
        let login = this.done.get(alias);
        if (!login) {
            login = this.login(chart, alias, credential, major, run);
            this.done.set(alias, login);
        }
        return login;
    }
    /** Removes the run's folder and what helm stored in it. */
    close() {
        if (this.folder !== undefined)
            this.folders.remove(this.folder);
        this.folder = undefined;
        this.done.clear();
    }
    async login(chart, alias, credential, major, run) {
        this.folder ??= this.folders.create();
        const dir = this.folder;
        const name = chart.credentialName ?? '';
        const where = (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .dE)(chart.location);
        // One registry config per login: two credentials for one OCI host
        // would otherwise overwrite each other.
        const registryConfig = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `${alias}-registry.json`);
        const repositoryConfig = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'repositories.yaml');
        const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cache');
        const flags = [
            `--registry-config=${registryConfig}`,
            `--repository-config=${repositoryConfig}`,
            `--repository-cache=${cache}`,
            ...(major === 4 ? [`--content-cache=${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'content')}`] : [])
        ];
        let result;
        if (chart.type === 'oci') {
            const host = ociHost(chart.location);
            const plain = isLoopbackHost(host) ? ['--plain-http'] : [];
            result = await run([
                'registry',
                'login',
                '--username',
                credential.username,
                '--password-stdin',
                ...plain,
                ...flags
            ], [host], credential.password);
        }
        else {
            result = await run([
                'repo',
                'add',
                '--username',
                credential.username,
                '--password-stdin',
                '--force-update',
                ...flags
            ], [alias, chart.location], credential.password);
        }
        if (result.exitCode === 0)
            return chart.type === 'http' ? { flags, repository: alias } : { flags };
        const why = saysRefused(result.stderr)
            ? 'refused the login'
            : result.timedOut
                ? 'did not answer the login in time'
                : `could not be logged in to (helm exit code ${result.exitCode})`;
        return {
            failure: `chart registry ${where} ${why} with credential "${name}"${saysRefused(result.stderr) ? ` (${statusOf(result.stderr)})` : ''}`
        };
    }
}
function statusOf(stderr) {
    return /\b403\b|forbidden/i.test(stderr)
        ? '403 Forbidden'
        : '401 Unauthorized';
}


/***/ }),

/***/ 7539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ listEveryReleaseArgs),
/* harmony export */   r: () => (/* binding */ parseReleaseList)
/* harmony export */ });
/**
 * The releases already in a namespace, as one `helm list` tells them: a
 * sync's add-on steps each need to know whether their release exists and
 * whether a cancelled run left it pending. Asking `helm history` per
 * release cost two helm processes per add-on (each ~0.07 CPU-seconds and a
 * quarter of a second before the upgrade could start); one list per
 * namespace answers every release in it.
 */
/**
 * `helm list` flags that show every release whatever its status, the same
 * in helm v3 and v4 (v4 has no `--all`). `--max 0` lifts the default limit
 * of 256 releases in both.
 */
const listEveryReleaseArgs = [
    '--deployed',
    '--failed',
    '--pending',
    '--superseded',
    '--uninstalled',
    '--uninstalling',
    '--max',
    '0',
    '-o',
    'json'
];
/**
 * `helm list -o json` as release name → latest revision and status;
 * undefined when the output is not that shape. Helm prints the revision
 * as a string.
 */
function parseReleaseList(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed))
        return undefined;
    const releases = new Map();
    for (const item of parsed) {
        if (typeof item !== 'object' || item === null)
            return undefined;
        const { name, revision, status } = item;
        const number = Number(revision);
        if (typeof name !== 'string' || typeof status !== 'string')
            return undefined;
        if (!Number.isInteger(number))
            return undefined;
        releases.set(name, { revision: number, status });
    }
    return releases;
}


/***/ }),

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ HelmClient),
  U: () => (/* binding */ chartArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/cluster/retry.ts
var retry = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/cluster/helm-releases.ts
var helm_releases = __webpack_require__(7539);
// EXTERNAL MODULE: ./src/cluster/helm-logins.ts
var helm_logins = __webpack_require__(51);
;// CONCATENATED MODULE: ./src/cluster/chart-pulls.ts
/** The pulls of one run; `close()` removes the archives. */
class ChartPulls {
    folder;
    pulls = new Map();
    folders = [];
    constructor(folder) {
        this.folder = folder;
    }
    /**
     * The chart's archive, pulled on the first request for its repository,
     * name and version (or its login's repository entry); later requests
     * share that pull, its failure included. `run` is the first asker's
     * (its retries are reported as its own). Never rejects for helm's
     * refusal; a failed process run (not started at all) rejects.
     */
    locate(request, run) {
        const key = JSON.stringify([
            request.repository ?? request.location,
            request.chartName,
            request.chartVersion,
            request.accessFlags ?? []
        ]);
        let pull = this.pulls.get(key);
        if (!pull) {
            pull = this.pull(request, run);
            this.pulls.set(key, pull);
        }
        return pull;
    }
    /** Removes every archive pulled; a later `locate` pulls again. */
    close() {
        for (const folder of this.folders.splice(0))
            this.folder.remove(folder);
        this.pulls.clear();
    }
    async pull(request, run) {
        // A folder per pull: helm names the archive after the URL the index
        // gives, which need not be `<chart>-<version>.tgz`.
        const destination = this.folder.create();
        this.folders.push(destination);
        const command = [
            'pull',
            ...(request.repository ? [] : ['--repo', request.location]),
            '--version',
            request.chartVersion,
            ...(request.accessFlags ?? []),
            '--destination',
            destination
        ];
        const chart = request.repository
            ? `${request.repository}/${request.chartName}`
            : request.chartName;
        const result = await run(command, [chart]);
        if (result.exitCode !== 0)
            return { failure: result, command: [...command, '--', chart] };
        const archives = this.folder
            .list(destination)
            .filter((name) => name.endsWith('.tgz'));
        const [archive] = archives;
        if (archives.length !== 1 || archive === undefined) {
            return {
                failure: {
                    ...result,
                    exitCode: 1,
                    stderr: `helm pull saved ${archives.length} chart archives, not one`
                },
                command: [...command, '--', chart]
            };
        }
        return { archive: `${destination}/${archive}` };
    }
}

;// CONCATENATED MODULE: ./src/cluster/helm.ts
/**
 * HelmClient: the helm calls of the apply layer over the Exec port. Works
 * with helm v3 and v4, detected at run time (`helm version --short`): the
 * only flag that differs is the roll-back-on-failure switch (`--atomic` in
 * v3, `--rollback-on-failure` in v4). Values go on stdin (`--values -`).
 */







const pendingStates = new Set([
    'pending-install',
    'pending-upgrade',
    'pending-rollback'
]);
/** The helm calls of the apply layer; one instance per cluster. */
class HelmClient {
    exec;
    clock;
    config;
    onRetry;
    shared;
    folders;
    majorVersion;
    /** One `helm list` per namespace, asked once (see `release`). */
    listings = new Map();
    /** Releases this client changed since it listed their namespace. */
    changed = new Set();
    logins;
    pulls;
    constructor(exec, clock, config, onRetry, shared, folders) {
        this.exec = exec;
        this.clock = clock;
        this.config = config;
        this.onRetry = onRetry;
        this.shared = shared;
        this.folders = folders;
    }
    /** The same client reporting retries to `listener`; shares the version probe. */
    withRetryListener(listener) {
        return new HelmClient(this.exec, this.clock, this.config, listener, this.shared ?? this);
    }
    /**
     * Logs in to the registry of a chart that names a credential (once per
     * registry and credential) and says how to install from it; undefined for
     * a chart that needs no login. Never rejects for a refused login.
     */
    async chartAccess(chart) {
        if (chart.credentialName === undefined || chart.type === 'path')
            return;
        const owner = this.shared ?? this;
        owner.logins ??= new helm_logins/* HelmLogins */.VH(this.config.credentials ?? new Map(), this.folders);
        return owner.logins.access(chart, await this.major(), (args, pos, input) => this.run(args, pos, input));
    }
    /**
     * The chart argument(s) for an install, upgrade or render: a chart from
     * an HTTP(S) repository is pulled once per run (chart-pulls.ts) and named
     * by its archive; OCI charts and chart folders as `chartArgs` names them.
     * A pull helm refused is its answer, for the caller to report.
     */
    async locateChart(request, 
    /** The step's bound: a big index takes a while to fetch and parse. */
    timeoutMs) {
        if (request.chart.type !== 'http')
            return { chart: chartArgs(request) };
        const owner = this.shared ?? this;
        owner.pulls ??= new ChartPulls(owner.folders ?? helm_logins/* systemPrivateFolder */.v_);
        const pulled = await owner.pulls.locate({
            location: request.chart.location,
            chartName: request.chartName,
            chartVersion: request.chartVersion,
            ...(request.access?.repository
                ? { repository: request.access.repository }
                : {}),
            ...(request.access ? { accessFlags: request.access.flags } : {})
        }, (args, positionals, input) => this.run(args, positionals, input, timeoutMs));
        return 'failure' in pulled
            ? { failure: pulled.failure }
            : { chart: [pulled.archive] };
    }
    /**
     * Starts what an install of `request` waits for (the chart's pull, the
     * version probe) without waiting itself: both are kept for the run, so
     * they run while the caller reads the release, and `upgradeInstall` then
     * finds them done. Their failures are reported where they are awaited.
     */
    prepare(request, timeoutMs) {
        this.locateChart(request, timeoutMs).catch(() => undefined);
        this.major().catch(() => undefined);
    }
    /** Removes what the run's logins and chart pulls stored (their private folders). */
    close() {
        const owner = this.shared ?? this;
        owner.logins?.close();
        owner.pulls?.close();
    }
    /** 3 or 4, from `helm version --short` (asked once per client). */
    major() {
        const owner = this.shared ?? this;
        owner.majorVersion ??= this.probeMajor();
        return owner.majorVersion;
    }
    /**
     * The release's latest revision and status; undefined when it does not
     * exist. Every release of a namespace is read with one `helm list`, the
     * first time any of them is asked for, and the answer is kept for the
     * client's life (shared with its `withRetryListener` copies): under the
     * cluster lock only this client changes releases, and one it changed is
     * read again with `helm history`. Throws a ToolError when helm fails.
     */
    async release(release, namespace) {
        const owner = this.shared ?? this;
        if (owner.changed.has(releaseKey(release, namespace))) {
            return (await this.history(release, namespace))?.at(-1);
        }
        let listing = owner.listings.get(namespace);
        if (!listing) {
            listing = this.listReleases(namespace);
            owner.listings.set(namespace, listing);
        }
        return (await listing).get(release);
    }
    /** The release's revisions, oldest first; undefined when it does not exist. */
    async history(release, namespace) {
        const args = ['history', '--namespace', namespace, '-o', 'json'];
        const result = await this.run(args, [release]);
        if (result.exitCode !== 0) {
            if (/not found/i.test(result.stderr))
                return undefined;
            throw this.toolError([...args, '--', release], result);
        }
        const revisions = parseRevisions(result.stdout);
        if (!revisions) {
            throw this.toolError([...args, '--', release], {
                ...result,
                stderr: `unexpected output (not a list of revisions): ${result.stdout.slice(0, 200)}`
            });
        }
        return revisions.sort((a, b) => a.revision - b.revision);
    }
    /**
     * Unblocks a release left pending by a cancelled run (the "another
     * operation is in progress" trap): rolls back to the last good revision,
     * or uninstalls a release that was never deployed. Resolves with what it
     * did, or undefined when the release was not pending. Safe because the
     * cluster lock guarantees no other ClusterSync run is operating on it.
     */
    async recoverPending(release, namespace, timeoutMs) {
        const state = await this.release(release, namespace);
        if (!state || !pendingStates.has(state.status))
            return;
        // Pending (rare): the whole history, to find the revision to go back to.
        const revisions = await this.history(release, namespace);
        const latest = revisions?.at(-1);
        if (!revisions || !latest || !pendingStates.has(latest.status))
            return;
        this.markChanged(release, namespace);
        const good = [...revisions]
            .reverse()
            .find((r) => r.status === 'deployed' || r.status === 'superseded');
        const wait = `${Math.ceil(timeoutMs / 1000)}s`;
        if (good) {
            await this.runOk(['rollback', '--namespace', namespace, '--wait', '--timeout', wait], [release, String(good.revision)]);
            return `release ${namespace}/${release} was ${latest.status} (revision ${latest.revision}); rolled back to revision ${good.revision}`;
        }
        await this.uninstall(release, namespace, timeoutMs);
        return `release ${namespace}/${release} was ${latest.status} and never deployed; uninstalled it`;
    }
    /**
     * `helm upgrade --install` with wait and roll back on failure. Resolves
     * with the result whatever the exit code (a refused chart pull's, when
     * the chart could not be pulled); the caller reports it.
     */
    async upgradeInstall(request) {
        this.markChanged(request.release, request.namespace);
        const v4 = (await this.major()) === 4;
        const rollback = v4 ? '--rollback-on-failure' : '--atomic';
        const located = await this.locateChart(request, request.timeoutMs);
        if ('failure' in located)
            return located.failure;
        const [chart, ...chartFlags] = located.chart;
        const args = [
            'upgrade',
            '--install',
            ...chartFlags,
            ...(request.access?.flags ?? []),
            '--namespace',
            request.namespace,
            '--create-namespace',
            '--values',
            '-',
            // The definition's values are the release's: without it helm keeps
            // the release's own values whenever the definition gives none, so a
            // value set by hand (`--reuse-values --set`) would stay.
            '--reset-values',
            '--wait',
            rollback,
            ...(v4 && request.forceConflicts ? ['--force-conflicts'] : []),
            // Kubernetes 1.25+ validates fields itself, and helm then skips its
            // own check anyway, after fetching and parsing the OpenAPI documents
            // to learn that: about half of an upgrade's CPU, for the same outcome
            // (unknown fields are warnings on helm 3, errors on helm 4's
            // server-side apply, with or without this flag).
            '--disable-openapi-validation',
            '--timeout',
            `${Math.ceil(request.timeoutMs / 1000)}s`
        ];
        return this.run(args, [request.release, chart], JSON.stringify(request.values), request.timeoutMs);
    }
    /** Uninstalls a release (prune); a missing release is fine. */
    async uninstall(release, namespace, timeoutMs) {
        this.markChanged(release, namespace);
        const args = ['uninstall', '--namespace', namespace, '--wait'];
        const result = await this.run([...args, '--timeout', `${Math.ceil(timeoutMs / 1000)}s`], [release], undefined, timeoutMs);
        if (result.exitCode !== 0 && !/not found/i.test(result.stderr))
            throw this.toolError([...args, '--', release], result);
    }
    /**
     * A ToolError naming the helm command (connection flags left out, and
     * credentials in a chart URL hidden).
     */
    toolError(args, result) {
        const command = (0,redact/* redactUrlCredentials */.dE)(`helm ${args.join(' ')}`);
        const why = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`;
        // helm quotes the repository URL back in its errors.
        const stderr = (0,redact/* redactUrlCredentials */.dE)((0,errors/* trimOutput */.KY)(result.stderr));
        return new errors/* ToolError */.v4(`${command} failed (${why}): ${stderr || 'no output'}`, command, result.exitCode, stderr);
    }
    markChanged(release, namespace) {
        ;
        (this.shared ?? this).changed.add(releaseKey(release, namespace));
    }
    async listReleases(namespace) {
        const args = ['list', '--namespace', namespace, ...helm_releases/* listEveryReleaseArgs */.A];
        const result = await this.run(args, []);
        if (result.exitCode !== 0)
            throw this.toolError(args, result);
        const releases = (0,helm_releases/* parseReleaseList */.r)(result.stdout);
        if (!releases) {
            throw this.toolError(args, {
                ...result,
                stderr: `unexpected output (not a list of releases): ${result.stdout.slice(0, 200)}`
            });
        }
        return releases;
    }
    async runOk(args, positionals) {
        const result = await this.run(args, positionals);
        if (result.exitCode !== 0)
            throw this.toolError([...args, '--', ...positionals], result);
        return result;
    }
    /**
     * Runs helm with `args` (flags), then the connection flags, then `--` and
     * the positional arguments: a release or chart named like a flag
     * (`--kubeconfig=…`) is then never read as one. Helm v3 and v4 both end
     * their flags at `--`.
     */
    run(args, positionals, input, timeoutMs = 120_000) {
        const argv = [...args, ...this.connectionArgs(), '--', ...positionals];
        return (0,retry/* withRetry */.bD)(() => this.exec.run(this.config.binary, argv, {
            ...(input === undefined ? {} : { input }),
            // helm enforces its own --timeout; this only catches a hung process.
            timeoutMs: timeoutMs + 60_000,
            ...(this.config.signal ? { signal: this.config.signal } : {})
        }), this.clock, this.config.retry, this.onRetry, this.config.signal);
    }
    async probeMajor() {
        const result = await this.exec.run(this.config.binary, [
            'version',
            '--short'
        ]);
        const match = /^v?(\d+)\./.exec(result.stdout.trim());
        if (result.exitCode !== 0 || !match) {
            throw this.toolError(['version', '--short'], result);
        }
        const major = Number(match[1]);
        if (major !== 3 && major !== 4) {
            throw new errors/* ToolError */.v4(`helm v${major} is not supported; use helm v3 or v4`, `${this.config.binary} version --short`, 0, '');
        }
        return major;
    }
    connectionArgs() {
        return [
            ...(this.config.kubeconfig
                ? [`--kubeconfig=${this.config.kubeconfig}`]
                : []),
            ...(this.config.context ? [`--kube-context=${this.config.context}`] : [])
        ];
    }
}
/**
 * The chart argument(s): `<name> --repo <url> --version <v>` for an HTTP(S)
 * repository, `oci://…/<name> --version <v>` for OCI (the name appended
 * unless the reference already ends with it), or the chart folder's path.
 */
function chartArgs(request) {
    const { chart, chartName, chartVersion } = request;
    switch (chart.type) {
        case 'http': {
            // A repository that needs a login is the run's own entry for it
            // (helm-logins.ts), so its credentials stay with its host.
            const repository = request.access?.repository;
            return repository
                ? [`${repository}/${chartName}`, '--version', chartVersion]
                : [chartName, '--repo', chart.location, '--version', chartVersion];
        }
        case 'oci': {
            const base = chart.location.replace(/\/+$/, '');
            const ref = base.endsWith(`/${chartName}`) ? base : `${base}/${chartName}`;
            // Plain HTTP for a loopback registry only (helm-logins.ts says why).
            const plain = (0,helm_logins/* isLoopbackHost */.cW)((0,helm_logins/* ociHost */.Gs)(base)) ? ['--plain-http'] : [];
            return [ref, '--version', chartVersion, ...plain];
        }
        case 'path':
            // A folder chart has exactly one version: the one in its Chart.yaml.
            return [
                (0,external_node_path_.isAbsolute)(chart.location)
                    ? chart.location
                    : (0,external_node_path_.join)(request.root, chart.location)
            ];
    }
}
function releaseKey(release, namespace) {
    return `${namespace}/${release}`;
}
/** `helm history -o json` as revisions; undefined when it is not that shape. */
function parseRevisions(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed))
        return undefined;
    const revisions = [];
    for (const item of parsed) {
        if (typeof item !== 'object' || item === null)
            return undefined;
        const { revision, status } = item;
        if (typeof revision !== 'number' || typeof status !== 'string') {
            return undefined;
        }
        revisions.push({ revision, status });
    }
    return revisions;
}


/***/ }),

/***/ 2757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ parseConflicts),
/* harmony export */   Gg: () => (/* binding */ matchConflict),
/* harmony export */   we: () => (/* binding */ describeConflict)
/* harmony export */ });
const blockStart = /Apply failed with \d+ conflicts?:/g;
const managerLine = /conflicts? with "([^"]+)"(?: using ([^\s:]+))?:\s*(\S.*)?$/;
/** Every conflict block in kubectl's stderr, in the order printed. */
function parseConflicts(stderr) {
    const conflicts = [];
    const starts = [...stderr.matchAll(blockStart)].map((m) => m.index);
    starts.forEach((start, i) => {
        const block = stderr.slice(start, starts[i + 1] ?? stderr.length);
        let current;
        for (const raw of block.split('\n')) {
            const line = raw.replace(/^.*?Apply failed with \d+ conflicts?:\s*/, '');
            const m = managerLine.exec(line);
            if (m) {
                current = { manager: m[1] ?? '', apiVersion: m[2] ?? '', fields: [] };
                conflicts.push(current);
                if (m[3])
                    current.fields.push(m[3].trim());
            }
            else if (current && /^\s*- \./.test(line)) {
                current.fields.push(line.trim().slice(2));
            }
            else if (current && line.startsWith('Please review')) {
                break;
            }
        }
    });
    return conflicts;
}
/**
 * The index in `live` of the object a conflict is about: the first one not
 * already taken whose `managedFields` give `conflict.manager` every
 * conflicting field. -1 when none fits (the message then names no object).
 */
function matchConflict(conflict, live, taken) {
    return live.findIndex((object, i) => !taken.has(i) &&
        managedBy(object, conflict.manager).some((fieldsV1) => conflict.fields.every((f) => ownsPath(fieldsV1, fieldSegments(f)))));
}
function managedBy(object, manager) {
    const metadata = object.metadata;
    const entries = Array.isArray(metadata?.managedFields)
        ? metadata.managedFields
        : [];
    return entries.filter((e) => e.manager === manager).map((e) => e.fieldsV1);
}
/**
 * `.spec.template.spec.containers[name="app"].image` → the plain segments
 * up to the first list key (`spec`, `template`, `spec`, `containers`): enough
 * to tell objects apart without re-implementing fieldsV1 list keys.
 */
function fieldSegments(path) {
    const plain = path.split('[')[0] ?? '';
    return plain.split('.').filter((s) => s !== '');
}
function ownsPath(fieldsV1, segments) {
    let node = fieldsV1;
    for (const segment of segments) {
        if (typeof node !== 'object' || node === null)
            return false;
        node = node[`f:${segment}`];
        if (node === undefined)
            return false;
    }
    return true;
}
/** The conflict in one line: who owns which fields. */
function describeConflict(conflict) {
    return `field manager "${conflict.manager}" owns ${conflict.fields.join(', ')}`;
}


/***/ }),

/***/ 9383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oN: () => (/* binding */ DecryptFailure),
  o8: () => (/* binding */ decryptAddonValues),
  hU: () => (/* binding */ decryptManifestObjects),
  bP: () => (/* binding */ decryptedAddonValues),
  iv: () => (/* binding */ decryptedManifestBodies)
});

// EXTERNAL MODULE: ./src/secrets/printed-forms.ts
var printed_forms = __webpack_require__(2117);
;// CONCATENATED MODULE: ./src/sops/mask-forms.ts
/**
 * The forms a decrypted value can take in what ClusterSync or the tools it
 * runs print, so each is registered with the runner's masking: the value,
 * its base64 (a Secret's `stringData` comes back as `data`), what its base64
 * decodes to (a Secret's `data` is written encoded), each line of a
 * multi-line value (the runner masks line by line), and each of those as
 * ClusterSync's own output escapes or cuts it (printed-forms.ts).
 */

// The runner masks every occurrence of a registered string: a line of one
// or two characters (`}` in a JSON blob) would blank out unrelated output
// and hides nothing a reader could use.
const shortestLine = 3;
const base64Text = /^[A-Za-z0-9+/]+={0,2}$/;
/** Every string to mask for one decrypted value, without duplicates or empties. */
function maskForms(value) {
    const forms = new Set();
    if (value.trim() === '')
        return [];
    forms.add(value);
    forms.add(Buffer.from(value, 'utf8').toString('base64'));
    if (value.length % 4 === 0 && base64Text.test(value)) {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        if (!decoded.includes('\uFFFD') && decoded.trim() !== '')
            forms.add(decoded);
    }
    for (const form of [...forms]) {
        if (!form.includes('\n'))
            continue;
        for (const line of form.split(/\r?\n/)) {
            if (line.trim().length >= shortestLine)
                forms.add(line.trim());
        }
    }
    return [...new Set([...forms].flatMap(printed_forms/* printedForms */.S))];
}

// EXTERNAL MODULE: ./src/sops/sops-metadata.ts
var sops_metadata = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/sops/key-source-problem.ts
var key_source_problem = __webpack_require__(2934);
// EXTERNAL MODULE: ./src/engine/step-types.ts
var step_types = __webpack_require__(4358);
;// CONCATENATED MODULE: ./src/engine/decrypt-step.ts
/**
 * SOPS decryption of a step's files, in memory: a manifest step whose file
 * is SOPS-encrypted gets its objects' decrypted bodies, an add-on whose
 * values file is encrypted its decrypted values. Every plaintext is
 * registered with the caller's masking in each form it can be printed in
 * before it is returned. A sync decrypts here at apply time and fails the
 * step before it applies anything (ciphertext is never applied); a live
 * plan decrypts here too (preview/diff.ts, diff-release.ts), so both open
 * the same files the same way.
 */




/** A file that cannot be decrypted; the message names file, line and path, never a value. */
class DecryptFailure extends Error {
    name = 'DecryptFailure';
}
function fail(what, where, error) {
    const path = error instanceof sops_metadata/* SopsError */.gb && error.path !== undefined
        ? `, at ${error.path}`
        : '';
    const why = error instanceof Error ? error.message : String(error);
    throw new DecryptFailure(`cannot decrypt ${what} (${where.file}:${where.line}${path}): ${why}`);
}
async function decrypt(documents, keys) {
    // Loaded on first use: the age library is the largest part of the apply
    // code, and compiling and initialising it cost every sync's start, though
    // most repositories hold no encrypted file.
    const { decryptSopsFile } = await Promise.all(/* import() */[__webpack_require__.e(389), __webpack_require__.e(420)]).then(__webpack_require__.bind(__webpack_require__, 1420));
    let file;
    try {
        file = await decryptSopsFile(documents, keys.identities);
    }
    catch (error) {
        // The key that opens the file may be in the source that failed.
        if (error instanceof sops_metadata/* SopsKeyError */.NG && keys.problems?.length) {
            throw new sops_metadata/* SopsKeyError */.NG(`${error.message}; ${(0,key_source_problem/* describeKeyProblems */.z)(keys.problems)}`);
        }
        throw error;
    }
    for (const plaintext of file.plaintexts) {
        for (const form of maskForms(plaintext))
            keys.mask(form);
    }
    return file.documents;
}
/**
 * The step's objects with decrypted bodies when its file is SOPS-encrypted
 * (an empty map otherwise). Throws `DecryptFailure` when it cannot be
 * decrypted, or holds `ENC[` values without a `sops` block.
 */
async function decryptedManifestBodies(step, keys) {
    // Steps built by hand (tests, callers of the engine alone) may carry only
    // the planned objects; those are then the file's objects.
    const objects = Array.isArray(step.manifest.objects)
        ? step.manifest.objects
        : step.objects.map((o) => o.object);
    const first = objects[0];
    if (!first)
        return new Map();
    const what = `manifest ${step.name}`;
    if (!objects.some((o) => (0,sops_metadata/* hasSopsMetadata */.$H)(o.body))) {
        const encrypted = objects.find((o) => (0,sops_metadata/* containsCiphertext */.Sw)(o.body));
        if (encrypted) {
            fail(what, encrypted.source, new sops_metadata/* SopsError */.gb('it holds ENC[…] values but no sops block, so they cannot be decrypted'));
        }
        return new Map();
    }
    // SOPS keeps one sops block and one MAC for all documents of a file, in
    // file order: the manifest's own order.
    try {
        const bodies = await decrypt(objects.map((o) => o.body), keys);
        return new Map(objects.map((o, i) => [o, bodies[i]]));
    }
    catch (error) {
        fail(what, first.source, error);
    }
}
/**
 * The add-on's values, decrypted when its values file is SOPS-encrypted.
 * Throws `DecryptFailure` when they cannot be.
 */
async function decryptedAddonValues(step, keys) {
    const { values } = step.addon;
    const what = `the values of add-on ${step.addon.name}`;
    const file = step.addon.valuesOrigin?.file;
    const where = file ? { file, line: 1, column: 1 } : step.source;
    if (!(0,sops_metadata/* hasSopsMetadata */.$H)(values)) {
        if ((0,sops_metadata/* containsCiphertext */.Sw)(values)) {
            fail(what, where, new sops_metadata/* SopsError */.gb('they hold ENC[…] values but no sops block, so they cannot be decrypted'));
        }
        return values;
    }
    try {
        const [decrypted] = await decrypt([values], keys);
        return decrypted;
    }
    catch (error) {
        fail(what, where, error);
    }
}
/**
 * At apply time: `decryptedManifestBodies` with the sync's keys and
 * logger. Throws `StepFailure` when the file cannot be decrypted.
 */
function decryptManifestObjects(step, ctx) {
    return failStep(decryptedManifestBodies(step, syncKeys(ctx)));
}
/**
 * At apply time: `decryptedAddonValues` with the sync's keys and logger.
 * Throws `StepFailure` when the values cannot be decrypted.
 */
function decryptAddonValues(step, ctx) {
    return failStep(decryptedAddonValues(step, syncKeys(ctx)));
}
function syncKeys(ctx) {
    return {
        identities: ctx.sopsIdentities ?? [],
        ...(ctx.sopsKeyProblems ? { problems: ctx.sopsKeyProblems } : {}),
        mask: (secret) => ctx.logger.mask(secret)
    };
}
async function failStep(decrypting) {
    try {
        return await decrypting;
    }
    catch (error) {
        if (!(error instanceof DecryptFailure))
            throw error;
        throw new step_types/* StepFailure */.p(`${error.message}; nothing was applied for this step`, 'ApplyFailed');
    }
}


/***/ }),

/***/ 1967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ splitByOwner),
/* harmony export */   U: () => (/* binding */ leftInPlaceNote)
/* harmony export */ });
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(176);

/**
 * Reads the live label of every object the groups would delete (one bulk
 * read: over the API channel one LIST per kind and namespace, over kubectl
 * one `get`) and takes out those whose label names another ApplySet. An
 * object that is gone, unlabelled or labelled with `applySetId` stays in
 * the prune, as before. Rejects when the cluster cannot be read: deciding
 * without the labels is what this guards against.
 */
async function splitByOwner(groups, kubectl, applySetId) {
    const refs = groups.flatMap((g) => g.objects);
    if (refs.length === 0)
        return { ours: [...groups], leftInPlace: [], owners: new Map() };
    const keys = new Set(refs.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF));
    const owners = new Map();
    await kubectl.readLive(refs, (live) => {
        const key = keyAmong(live, keys);
        const owner = partOfOf(live);
        if (key !== undefined && owner !== undefined && owner !== applySetId)
            owners.set(key, owner);
    });
    if (owners.size === 0)
        return { ours: [...groups], leftInPlace: [], owners };
    const leftInPlace = [];
    const ours = groups.flatMap((group) => {
        const objects = [];
        for (const o of group.objects) {
            const owner = owners.get((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)(o));
            if (owner === undefined)
                objects.push(o);
            else
                leftInPlace.push({
                    subject: (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectOf */ .et)(o),
                    action: 'unchanged',
                    step: 'prune',
                    message: `${leftInPlaceNote(owner)} (was applied by ${group.step})`
                });
        }
        if (objects.length === 0 && !group.release)
            return [];
        return [{ ...group, objects }];
    });
    return { ours, leftInPlace, owners };
}
/** Why an object the inventory lists is not pruned. */
function leftInPlaceNote(owner) {
    return `left in place: now part of another definition's ApplySet ${owner}`;
}
/** The live `applyset.kubernetes.io/part-of` label, if set. */
function partOfOf(live) {
    const metadata = (live.metadata ?? {});
    const labels = (metadata.labels ?? {});
    const value = labels[_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .partOfLabel */ .LR];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/**
 * The key of `live` among `keys`: its own, or, for an inventory entry
 * recorded without a namespace (the context's), the one without it.
 */
function keyAmong(live, keys) {
    const metadata = (live.metadata ?? {});
    const ref = {
        apiVersion: String(live.apiVersion),
        kind: String(live.kind),
        name: String(metadata.name)
    };
    const namespace = metadata.namespace;
    const own = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)(typeof namespace === 'string' && namespace !== ''
        ? { ...ref, namespace }
        : ref);
    if (keys.has(own))
        return own;
    const bare = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)(ref);
    return keys.has(bare) ? bare : undefined;
}


/***/ }),

/***/ 5550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ pruneGuardViolations),
/* harmony export */   s: () => (/* binding */ computePrune),
/* harmony export */   uf: () => (/* binding */ runPrune)
/* harmony export */ });
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9133);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(176);
/**
 * Pruning: removing from the cluster what the definition no longer declares
 * — only objects and releases the inventory says ClusterSync applied, never
 * anything else. Removal runs in reverse dependency order (the inventory
 * keeps each step's topological position), so dependents and higher waves
 * go first, and within a step objects go in reverse apply order.
 */



const destructiveKinds = new Set([
    'Namespace',
    'CustomResourceDefinition',
    'PersistentVolumeClaim'
]);
/**
 * What pruning would remove: inventory objects and releases the plan no
 * longer declares (an object that moved to another step is kept), grouped
 * per inventory step in reverse order. Pure, so `plan` can show it.
 */
function computePrune(plan, inventory) {
    if (!inventory)
        return [];
    const planned = new Set();
    const releases = new Set();
    const stepIds = new Set(plan.steps.map((s) => s.id));
    for (const step of plan.steps) {
        if (step.kind === 'addon')
            releases.add(`${step.namespace}/${step.name}`);
        else
            for (const o of step.objects)
                planned.add((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)({
                    apiVersion: o.object.apiVersion,
                    kind: o.object.kind,
                    name: o.object.name,
                    ...(o.namespace ? { namespace: o.namespace } : {})
                }));
    }
    return [...inventory.steps]
        .sort((a, b) => b.order - a.order)
        .flatMap((step) => {
        const objects = step.objects
            .filter((o) => !planned.has((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(o)))
            .reverse();
        const release = step.release &&
            !releases.has(`${step.release.namespace}/${step.release.name}`)
            ? step.release
            : undefined;
        if (objects.length === 0 && !release)
            return [];
        return [
            {
                step: step.id,
                stepRemoved: !stepIds.has(step.id),
                objects,
                ...(release ? { release } : {})
            }
        ];
    });
}
/**
 * Why the prune may not run without `--allow-destructive-prune`: protected
 * kinds, or too large a share of the inventory. Empty when it may.
 */
function pruneGuardViolations(groups, inventory, options) {
    if (options.allowDestructive)
        return [];
    const objects = groups.flatMap((g) => g.objects);
    const violations = objects
        .filter((o) => destructiveKinds.has(o.kind))
        .map((o) => `would delete ${(0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o)} (a ${o.kind})`);
    const total = inventory.steps.reduce((n, s) => n + s.objects.length, 0);
    if (total > options.minObjectsForShare &&
        objects.length / total > options.maxShare) {
        violations.push(`would delete ${objects.length} of ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(total, 'object')} in the inventory (more than ${Math.round(options.maxShare * 100)}%)`);
    }
    return violations;
}
/**
 * Deletes the groups in order: the release, then one `kubectl delete` per
 * group. Stops at the first failure, so the inventory keeps what is left and
 * the next sync tries again.
 */
async function runPrune(groups, kubectl, helm, timeoutMs) {
    const changes = [];
    for (const [i, group] of groups.entries()) {
        const pruned = (subject) => ({
            subject,
            action: 'pruned',
            step: 'prune',
            message: `was applied by ${group.step}`
        });
        try {
            if (group.release) {
                // A release goes before the objects of its step: it may use them.
                const { name, namespace } = group.release;
                await helm.uninstall(name, namespace, timeoutMs);
                changes.push(pruned(`helm:${namespace}/${name}`));
            }
            await kubectl.delete(group.objects, timeoutMs);
            for (const o of group.objects)
                changes.push(pruned((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o)));
        }
        catch (error) {
            return {
                changes,
                remaining: groups.slice(i),
                error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)
            };
        }
    }
    return { changes, remaining: [] };
}


/***/ }),

/***/ 4358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ StepFailure)
/* harmony export */ });
/** A step that failed; `changes` says what landed before it did. */
class StepFailure extends Error {
    reason;
    changes;
    name = 'StepFailure';
    constructor(message, reason, changes = []) {
        super(message);
        this.reason = reason;
        this.changes = changes;
    }
}


/***/ }),

/***/ 2022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ defaultHttpGetOptions)
/* harmony export */ });
/**
 * Reading from the network (chart repository indexes). Opt-in features only:
 * validation stays offline and deterministic unless a flag asks for this.
 */
/** The defaults every caller starts from: 10 s, enough for a large index.yaml. */
function defaultHttpGetOptions() {
    return { timeoutMs: 10_000 };
}


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ compareRelease),
  d: () => (/* binding */ previewAddonStep)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/digest.ts
var digest = __webpack_require__(1147);
// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/preview/diff-exec.ts
var diff_exec = __webpack_require__(3283);
// EXTERNAL MODULE: ./src/sops/sops-metadata.ts
var sops_metadata = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/engine/decrypt-step.ts + 1 modules
var decrypt_step = __webpack_require__(9383);
// EXTERNAL MODULE: ./src/preview/preview-decrypt.ts
var preview_decrypt = __webpack_require__(7472);
// EXTERNAL MODULE: ./src/preview/release-drift.ts + 1 modules
var release_drift = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/cluster/helm.ts + 1 modules
var helm = __webpack_require__(2252);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
;// CONCATENATED MODULE: ./src/preview/release-proposed.ts
/**
 * What an add-on change does to the cluster, object by object: the objects
 * the deployed revision rendered (`helm get manifest`) against those the
 * proposed chart and values render (`helm upgrade --dry-run=server -o
 * json`: the same chart arguments and values a sync sends, rendered by
 * the server's capabilities and lookups, nothing persisted). Objects that
 * stay the same are left out; Secret values are masked.
 */







/**
 * The rendered objects that the add-on's upgrade with `values` (its own,
 * or what its encrypted values decrypt to) would create, change or
 * delete; without any value when `hideValues` (the add-on's values hold
 * secrets, or the release held some at its last sync: heldSecrets). Throws ReleaseReadError when helm fails or the
 * chart cannot be rendered here (a chart folder without the repository
 * root, a chart that needs a registry login).
 */
async function proposedChanges(step, options, values, hideValues) {
    const release = step.addon.name;
    const [deployed, proposed] = await Promise.all([
        (0,release_objects/* deployedObjects */.Ll)(release, step.namespace, options),
        proposedObjects(step, values, options)
    ]);
    return renderedChanges(deployed, proposed, release, hideValues);
}
/** The entries for deployed against proposed objects (pure). */
function renderedChanges(deployed, proposed, release, hideValues = false) {
    const before = new Map(deployed.map((o) => [(0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(o)), o]));
    const changes = [];
    for (const object of proposed) {
        const ref = (0,kube_objects/* refOf */.H8)(object);
        const old = before.get((0,kube_objects/* refKey */.XF)(ref));
        before.delete((0,kube_objects/* refKey */.XF)(ref));
        if (!old) {
            changes.push({
                subject: (0,kube_objects/* subjectOf */.et)(ref),
                action: 'created',
                message: `rendered by release ${release}`
            });
            continue;
        }
        const secret = ref.kind === 'Secret' && (0,kube_objects/* groupOf */.F8)(ref.apiVersion) === '';
        const diff = (0,object_diff/* diffObjects */.wc)(old, object, {
            mask: hideValues
                ? [...new Set([...Object.keys(old), ...Object.keys(object)])]
                : secret
                    ? ['data', 'stringData']
                    : []
        });
        if (diff.length === 0)
            continue;
        changes.push({
            subject: (0,kube_objects/* subjectOf */.et)(ref),
            action: 'configured',
            message: `rendered by release ${release}`,
            diff: (0,release_drift/* capLines */.uv)(diff)
        });
    }
    for (const gone of before.values()) {
        changes.push({
            subject: (0,kube_objects/* subjectOf */.et)((0,kube_objects/* refOf */.H8)(gone)),
            action: 'pruned',
            message: `no longer rendered by release ${release}; Helm deletes it`
        });
    }
    return changes;
}
/** What `helm upgrade --dry-run=server` renders for the add-on. */
async function proposedObjects(step, values, options) {
    const { addon } = step;
    const access = await registryAccess(step, options);
    if (addon.chart.type === 'path' && options.root === undefined) {
        throw new release_objects/* ReleaseReadError */.qq('a chart folder is rendered only with the repository at hand');
    }
    const request = {
        chart: addon.chart,
        chartName: addon.chartName,
        chartVersion: addon.chartVersion,
        root: options.root ?? '',
        ...(access ? { access } : {})
    };
    const located = options.locateChart
        ? await options.locateChart(request)
        : { chart: (0,helm/* chartArgs */.U)(request) };
    if ('failure' in located) {
        throw new release_objects/* ReleaseReadError */.qq(`helm pull failed (exit ${located.failure.exitCode}): ${(0,errors/* trimOutput */.KY)(located.failure.stderr, 3)}`);
    }
    const [chart, ...chartFlags] = located.chart;
    const result = await (0,diff_exec/* runTool */.qI)(options, (0,release_objects/* helmBinary */.U$)(options), [
        'upgrade',
        ...chartFlags,
        ...(access?.flags ?? []),
        ...(0,release_objects/* helmFlags */._c)(options, step.namespace),
        '--values',
        '-',
        '--dry-run=server',
        '-o',
        'json',
        '--',
        addon.name,
        chart ?? ''
    ], JSON.stringify(values));
    if (result.exitCode !== 0) {
        throw new release_objects/* ReleaseReadError */.qq(`helm upgrade --dry-run=server failed (exit ${result.exitCode}): ${(0,errors/* trimOutput */.KY)(result.stderr, 3)}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new release_objects/* ReleaseReadError */.qq('helm upgrade --dry-run=server printed something that is not JSON');
    }
    const manifest = (0,object_diff/* isRecord */.u4)(parsed) ? parsed.manifest : undefined;
    if (typeof manifest !== 'string') {
        throw new release_objects/* ReleaseReadError */.qq('helm upgrade --dry-run=server printed no manifest');
    }
    return (0,release_objects/* manifestObjects */.wh)(manifest, step.namespace);
}
/**
 * The registry login of a chart that names a credential, made as a sync
 * makes it; undefined for a chart that needs none. Throws ReleaseReadError
 * when the run has no credentials or the login failed.
 */
async function registryAccess(step, options) {
    const { chart } = step.addon;
    if (chart.credentialName === undefined || chart.type === 'path')
        return;
    if (!options.chartAccess) {
        throw new release_objects/* ReleaseReadError */.qq(`the chart needs the registry credential "${chart.credentialName}", which this plan was not given`);
    }
    const access = await options.chartAccess(chart);
    if (access && 'failure' in access)
        throw new release_objects/* ReleaseReadError */.qq(access.failure);
    return access;
}

// EXTERNAL MODULE: ./src/cluster/helm-releases.ts
var helm_releases = __webpack_require__(7539);
// EXTERNAL MODULE: ./src/catalog/chart-index.ts
var chart_index = __webpack_require__(678);
;// CONCATENATED MODULE: ./src/preview/release-chart.ts
/**
 * Whether a release runs another chart than its add-on names, from helm's
 * `chart` column (`<Chart.yaml name>-<the version helm resolved>`). Only
 * what the definition pins is compared: a chart folder is named by its
 * path, not its Chart.yaml, and its files are compared by the step's
 * inputs and rendered objects; a range or an empty version lets helm
 * choose, so any version it chose is the definition's. A version written
 * as `v1.2` is helm's `1.2.0`.
 */

/** One version, as a chart's Chart.yaml writes it: no range, no wildcard. */
const exactVersion = /^[vV]?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
function chartDiffers(deployed, addon) {
    if (addon.chart.type === 'path')
        return false;
    // `repo/app` names the chart `app` in its repository.
    const name = addon.chartName.split('/').pop() ?? '';
    if (name === '')
        return false;
    if (!deployed.startsWith(`${name}-`))
        return true;
    const wanted = addon.chartVersion.trim();
    if (!exactVersion.test(wanted))
        return false;
    return !(0,chart_index/* sameChartVersion */.P6)(deployed.slice(name.length + 1), wanted);
}

// EXTERNAL MODULE: ./src/plan/step-secrets.ts
var step_secrets = __webpack_require__(5861);
;// CONCATENATED MODULE: ./src/preview/diff-release.ts
/**
 * Live preview of add-on steps: the release as Helm has it (`helm list`,
 * `helm get values`) against the add-on's chart, version and values, then
 * its rendered objects: for a release the add-on would change, what the
 * upgrade would render against what is deployed (release-proposed.ts);
 * for one it would not, the deployed objects against the live ones
 * (drift, release-drift.ts). Both commands and their JSON output are the
 * same in Helm 3 and 4 (`helm list` given every status by name, as v4 has
 * no `--all`), so no version detection is needed here.
 */














/**
 * Compares one release with the add-on: chart, version, values, status.
 * SOPS-encrypted values are compared decrypted when the run has age
 * identities (preview-decrypt.ts). A helm failure becomes a `failed`
 * entry; only an unreachable cluster throws.
 */
async function previewAddonStep(step, options) {
    const subject = `helm:${step.namespace}/${step.addon.name}`;
    const changes = (0,sops_metadata/* isEncryptedValues */.No)(step.addon.values)
        ? await (0,preview_decrypt/* previewDecrypted */.f)([subject], options, (keys) => (0,decrypt_step/* decryptedAddonValues */.bP)(step, keys), (values) => compareAddon(step, values, options))
        : await compareAddon(step, step.addon.values, options);
    return { step: step.id, changes };
}
/** The release's entry and its rendered objects', for the add-on with `values`. */
async function compareAddon(step, values, options) {
    const subject = `helm:${step.namespace}/${step.addon.name}`;
    try {
        const release = await compareRelease(step, values, options);
        return [release, ...(await renderedObjects(step, release, values, options))];
    }
    catch (error) {
        if (!(error instanceof HelmOutputError))
            throw error;
        return [{ subject, action: 'failed', message: error.message }];
    }
}
/**
 * The rendered objects' entries after the release's own: drift of an
 * unchanged release, the upgrade's effect on a changed one, none for a
 * release to install. A failure to read them is said on the release's
 * entry (unchanged then becomes `failed`: the drift is unknown).
 */
async function renderedObjects(step, release, values, options) {
    if (release.action !== 'unchanged' && release.action !== 'configured')
        return [];
    const held = await (0,diff_exec/* heldSecretsOf */.uZ)(options);
    const hideValues = (0,step_secrets/* valuesHoldSecrets */.v)(step.addon) ||
        held.release(step.namespace, step.addon.name);
    try {
        return release.action === 'unchanged'
            ? await (0,release_drift/* releaseDrift */.DB)(step, options, hideValues, held)
            : await proposedChanges(step, options, values, hideValues);
    }
    catch (error) {
        if (!(error instanceof release_objects/* ReleaseReadError */.qq))
            throw error;
        const note = `rendered objects not compared: ${error.message}`;
        if (release.action === 'unchanged') {
            release.action = 'failed';
            release.message = note;
        }
        else {
            release.message = release.message ? `${release.message}; ${note}` : note;
        }
        return [];
    }
}
/**
 * Chart, version, status and `values` against the release as helm has it:
 * `unchanged`, `configured` (its diff names chart and value paths, values
 * masked; its message a status other than deployed) or `created` (no
 * release). Shared with `sync --full` (engine/addon-drift-step.ts), so the
 * drift check and the reconcile that corrects it judge a release alike.
 * Throws when helm fails.
 */
async function compareRelease(step, values, options) {
    const subject = `helm:${step.namespace}/${step.addon.name}`;
    const flags = (0,release_objects/* helmFlags */._c)(options, step.namespace);
    const filter = `^${step.addon.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
    const list = await (0,diff_exec/* runTool */.qI)(options, (0,release_objects/* helmBinary */.U$)(options), [
        'list',
        ...flags,
        '--filter',
        filter,
        // Not `--all`: helm v4 refuses it (unknown flag).
        ...helm_releases/* listEveryReleaseArgs */.A
    ]);
    const release = parseJson(list, 'helm list');
    const entry = Array.isArray(release) ? release.find(object_diff/* isRecord */.u4) : undefined;
    const wanted = `${step.addon.chartName}-${step.addon.chartVersion}`;
    if (!entry)
        return { subject, action: 'created', message: `chart ${wanted}` };
    const got = await (0,diff_exec/* runTool */.qI)(options, (0,release_objects/* helmBinary */.U$)(options), [
        'get',
        'values',
        step.addon.name,
        ...flags,
        '-o',
        'json'
    ]);
    const deployed = parseJson(got, 'helm get values') ?? {};
    const diff = [];
    if (chartDiffers(String(entry.chart), step.addon))
        diff.push(`~ chart: ${String(entry.chart)} → ${wanted}`);
    if ((0,digest/* canonicalJson */.dj)(deployed) !== (0,digest/* canonicalJson */.dj)(values)) {
        // Values often hold passwords: say which paths change, never the values.
        const paths = (0,object_diff/* diffObjects */.wc)({ values: deployed }, { values }, { mask: ['values'] });
        diff.push(...paths);
    }
    const status = typeof entry.status === 'string' ? entry.status : 'unknown';
    const message = status === 'deployed' ? undefined : `release is ${status}`;
    const action = diff.length === 0 && !message ? 'unchanged' : 'configured';
    return {
        subject,
        action,
        ...(diff.length ? { diff } : {}),
        ...(message ? { message } : {})
    };
}
/** helm ran but failed or printed something that is not JSON. */
class HelmOutputError extends Error {
}
function parseJson(result, what) {
    const text = result.stdout.trim();
    if (result.exitCode !== 0) {
        throw new HelmOutputError(`${what} failed (exit ${result.exitCode}): ${(0,errors/* trimOutput */.KY)(result.stderr, 3)}`);
    }
    try {
        return text === '' ? undefined : JSON.parse(text);
    }
    catch {
        throw new HelmOutputError(`${what} printed something that is not JSON`);
    }
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ previewDecrypted)
/* harmony export */ });
/* unused harmony export notCompared */
/* harmony import */ var _engine_decrypt_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9383);
/* harmony import */ var _sops_key_source_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2934);
/**
 * SOPS-encrypted steps in a live preview. With the run's age identities a
 * step is opened as a sync opens it (engine/decrypt-step.ts, the one
 * decryption path) and compared like any other; its entries then show
 * paths only, and every form of every plaintext is given to the run's
 * masking and cut out of what the step's entries say (a tool's error may
 * quote a value: the CLI prints plans unmasked). Without identities the
 * step is listed as encrypted, not compared, saying how to give a key.
 */


/** What stands for a plaintext cut out of an entry, as the runner shows it. */
const scrubbed = '***';
// As the loggers: a shorter "secret" would cut ordinary words.
const shortestScrubbed = 4;
/**
 * The entry of an encrypted object or release that was not compared: why
 * no key (the key sources that could not be read), else how to give one.
 */
function notCompared(subject, options) {
    const problems = options.sops?.problems ?? [];
    const message = problems.length
        ? `no age key could be read (${(0,_sops_key_source_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKeyProblems */ .z)(problems)})`
        : `no age key${options.noKeyHint ? ` (${options.noKeyHint})` : ''}`;
    return {
        subject,
        action: 'encrypted',
        message: `encrypted, not compared: ${message}`
    };
}
/**
 * The entries of an encrypted step: `compare` run on what `open` decrypted
 * with the run's keys, its entries scrubbed of every plaintext; `failed`
 * entries naming the file when it cannot be decrypted; `notCompared` ones
 * without keys. Rethrows what `compare` throws, scrubbed likewise.
 */
async function previewDecrypted(subjects, options, open, compare) {
    const identities = options.sops?.identities ?? [];
    if (identities.length === 0)
        return subjects.map((s) => notCompared(s, options));
    const plaintexts = new Set();
    const keys = {
        identities,
        ...(options.sops?.problems ? { problems: options.sops.problems } : {}),
        mask: (secret) => {
            plaintexts.add(secret);
            options.sops?.mask(secret);
        }
    };
    let opened;
    try {
        opened = await open(keys);
    }
    catch (error) {
        if (!(error instanceof _engine_decrypt_step_js__WEBPACK_IMPORTED_MODULE_0__/* .DecryptFailure */ .oN))
            throw error;
        return subjects.map((subject) => ({
            subject,
            action: 'failed',
            message: error.message
        }));
    }
    const scrub = scrubber(plaintexts);
    try {
        return (await compare(opened)).map((change) => ({
            ...change,
            // A chart may name an object after a value.
            subject: scrub(change.subject),
            ...(change.message ? { message: scrub(change.message) } : {}),
            ...(change.diff ? { diff: change.diff.map(scrub) } : {})
        }));
    }
    catch (error) {
        // In place, so its class still decides the exit code; every string
        // it carries, since V8 wrote the stack from the message at the throw.
        if (error instanceof Error)
            scrubError(error, scrub);
        throw error;
    }
}
/**
 * How deep `scrubError` follows causes: further than any printer shows
 * (Node's inspect stops after a few), and short enough that a chain built
 * to be endless cannot exhaust the stack.
 */
const deepestCause = 16;
/**
 * Scrubs, in place, each own string of the error (message, stack, a tool's
 * stderr) and of what it wraps: its `cause` and an AggregateError's
 * `errors`, down to `deepestCause`, each object once (causes may form a
 * cycle). Strings held directly in `errors` are replaced in the array.
 */
function scrubError(error, scrub, seen = new Set(), depth = 0) {
    if (seen.has(error) || depth > deepestCause)
        return;
    seen.add(error);
    const fields = error;
    for (const key of Object.getOwnPropertyNames(error)) {
        const value = fields[key];
        // Reflect.set, not `=`: a frozen error refuses without throwing, and
        // this error must still reach the caller's funnel.
        if (typeof value === 'string')
            Reflect.set(fields, key, scrub(value));
    }
    const wrapped = [fields.cause];
    if (Array.isArray(fields.errors)) {
        const errors = fields.errors;
        errors.forEach((item, i) => {
            if (typeof item === 'string')
                Reflect.set(errors, i, scrub(item));
        });
        wrapped.push(...errors);
    }
    for (const inner of wrapped) {
        // A cause may be any object (`{ cause: { stderr } }`), scrubbed alike.
        if (typeof inner === 'object' && inner !== null)
            scrubError(inner, scrub, seen, depth + 1);
    }
}
/** Replaces each plaintext (longest first, so none leaves a piece) with `***`. */
function scrubber(plaintexts) {
    const longestFirst = [...plaintexts]
        .filter((p) => p.length >= shortestScrubbed)
        .sort((a, b) => b.length - a.length);
    return (text) => {
        let out = text;
        for (const p of longestFirst) {
            if (out.includes(p))
                out = out.split(p).join(scrubbed);
        }
        return out;
    };
}


/***/ }),

/***/ 2934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ describeKeyProblems)
/* harmony export */ });
/**
 * A source of age keys that gave none (a variable that names a missing file,
 * a file that is not an identity file): reported only where a key is needed,
 * as sops reads keys only when it decrypts. Validation then names it in its
 * sops rules, a decrypt that finds no key that opens the file says it too,
 * and a run that needed no key warns about it once.
 */
/** The problems as one clause: each message with its fix, `; ` between them. */
function describeKeyProblems(problems) {
    return problems.map((p) => `${p.message}: ${p.fix}`).join('; ');
}


/***/ })

};
;