"use strict";
exports.id = 114;
exports.ids = [114,386];
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
    // One list read once, however many charts name it: an index whose
    // charts all alias one long list took time quadratic in its size.
    const read = new Map();
    const versionsOf = (list) => {
        let versions = read.get(list);
        if (!versions) {
            versions = list.flatMap((v) => isRecord(v) && typeof v.version === 'string' ? [v.version] : []);
            read.set(list, versions);
        }
        return versions;
    };
    return Object.entries(parsed.entries)
        .map(([name, versions]) => ({
        name,
        versions: Array.isArray(versions) ? versionsOf(versions) : []
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

/***/ 5722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ fieldManager)
/* harmony export */ });
/** ClusterSync's field manager: owns what the definition declares. */
const fieldManager = 'clustersync';


/***/ }),

/***/ 51:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ ociHost),
/* harmony export */   H_: () => (/* binding */ saysRefused),
/* harmony export */   Td: () => (/* binding */ sendRefused),
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
 * `--pass-credentials`, which is never given. The repository's URL comes
 * from the definition, which a pull request writes: a credential bound to
 * a host (`host:` in the credentials) goes to that host only, and one not
 * bound never goes over plain HTTP except to a loopback address.
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
        const refused = sendRefused(chart, name, credential.host);
        if (refused !== undefined)
            return Promise.resolve({ failure: refused });
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
/**
 * Why `credential` must not go to the chart's registry, or undefined: it
 * is bound to another host, or the registry speaks plain HTTP to a host
 * that is not a loopback address and the binding (if any) does not allow
 * it (`host: http://…`).
 */
function sendRefused(chart, name, bound) {
    const where = (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .dE)(chart.location);
    const host = registryHost(chart);
    const plain = chart.type === 'http' &&
        /^http:/i.test(chart.location) &&
        !isLoopbackHost(host);
    if (bound !== undefined) {
        const allowsPlain = bound.startsWith('http://');
        const only = withoutDefaultPort(bound.replace(/^https?:\/\//, ''));
        if (host !== only)
            return `chart registry ${where}: the credential "${name}" is for ${only} only, so it is not sent to ${host}`;
        return plain && !allowsPlain
            ? `chart registry ${where}: the credential "${name}" is bound to ${only} over TLS, so it is not sent over plain HTTP (write host: http://${only} to allow it)`
            : undefined;
    }
    return plain
        ? `chart registry ${where}: the credential "${name}" is not sent over plain HTTP; use https://, or bind the credential to this host (host: http://${host})`
        : undefined;
}
/** The registry's host and port, lower-cased, as a credential's `host` names it. */
function registryHost(chart) {
    if (chart.type === 'oci')
        return withoutDefaultPort(ociHost(chart.location).toLowerCase());
    try {
        return new URL(chart.location).host.toLowerCase();
    }
    catch {
        return '';
    }
}
/** `host:443` and `host:80` as `host`, as URLs write them. */
function withoutDefaultPort(host) {
    return host.replace(/:(443|80)$/, '');
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
        const { name, revision, status, chart } = item;
        const number = Number(revision);
        if (typeof name !== 'string' || typeof status !== 'string')
            return undefined;
        if (!Number.isInteger(number))
            return undefined;
        releases.set(name, {
            revision: number,
            status,
            ...(typeof chart === 'string' ? { chart } : {})
        });
    }
    return releases;
}


/***/ }),

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ES: () => (/* binding */ HelmClient),
  UQ: () => (/* binding */ chartArgs),
  uC: () => (/* binding */ helmConnectionEnv)
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







/**
 * helm's environment variables that choose the cluster, the identity or
 * the namespace, cleared for every helm process (an empty value is helm's
 * default). The kubeconfig and the context ClusterSync was given decide
 * for helm as they do for kubectl, which reads none of these: one left in
 * a job's environment (a runner's profile, an earlier step's
 * `$GITHUB_ENV`) sent add-ons to another cluster than the manifests.
 */
const helmConnectionEnv = {
    HELM_KUBECONTEXT: '',
    HELM_KUBEAPISERVER: '',
    HELM_KUBETOKEN: '',
    HELM_KUBEASUSER: '',
    HELM_KUBEASGROUPS: '',
    HELM_KUBECAFILE: '',
    HELM_KUBEINSECURE_SKIP_TLS_VERIFY: '',
    HELM_KUBETLS_SERVER_NAME: '',
    HELM_NAMESPACE: ''
};
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
        if (good) {
            await this.rollBack(release, namespace, good.revision, timeoutMs);
            return `release ${namespace}/${release} was ${latest.status} (revision ${latest.revision}); rolled back to revision ${good.revision}`;
        }
        await this.uninstall(release, namespace, timeoutMs);
        return `release ${namespace}/${release} was ${latest.status} and never deployed; uninstalled it`;
    }
    /**
     * Undoes an upgrade or install that did not become ready, as helm's roll
     * back on failure does: back to the last good revision up to `before`
     * (the latest before the failed one), or uninstalled when the release is
     * new (`before` undefined).
     * Resolves with what it did, for people; throws a ToolError when helm
     * fails to.
     */
    async undoFailed(release, namespace, before, timeoutMs, 
    /** `wait: false`: put the old objects back without waiting for them (a run that is stopping). */
    { wait = true } = {}) {
        this.markChanged(release, namespace);
        const revisions = before === undefined
            ? []
            : ((await this.history(release, namespace)) ?? []);
        const good = revisions
            .filter((r) => r.revision <= (before ?? 0))
            .reverse()
            .find((r) => r.status === 'deployed' || r.status === 'superseded');
        if (good) {
            await this.rollBack(release, namespace, good.revision, timeoutMs, wait);
            return `rolled back to revision ${good.revision}`;
        }
        // A release that existed before but was never deployed fine: helm's
        // roll back would have nothing to go back to, and uninstalling would
        // remove more than this run put there.
        if (before !== undefined)
            return 'left as helm put it: no earlier revision was deployed';
        await this.uninstall(release, namespace, timeoutMs, wait);
        return 'uninstalled';
    }
    async rollBack(release, namespace, revision, timeoutMs, wait = true) {
        await this.runOk([
            'rollback',
            '--namespace',
            namespace,
            ...(wait ? ['--wait'] : []),
            '--timeout',
            `${Math.ceil(timeoutMs / 1000)}s`
        ], [release, String(revision)], timeoutMs);
    }
    /**
     * `helm upgrade --install` with wait and roll back on failure (unless
     * the request says ClusterSync waits itself: `waitedHere`). Resolves
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
            ...(request.waitedHere
                ? ['--output', 'json']
                : ['--wait', ...(request.keepOnFailure ? [] : [rollback])]),
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
    /**
     * The deployed revision's manifest (`helm get manifest`), as helm stored
     * it; undefined when the release does not exist. Throws a ToolError when
     * helm fails otherwise.
     */
    async manifest(release, namespace) {
        const args = ['get', 'manifest', '--namespace', namespace];
        const result = await this.run(args, [release]);
        if (result.exitCode === 0)
            return result.stdout;
        if (/not found/i.test(result.stderr))
            return undefined;
        throw this.toolError([...args, '--', release], result);
    }
    /** Forgets what this client knows of the release (changed without helm). */
    forget(release, namespace) {
        this.markChanged(release, namespace);
    }
    /** Uninstalls a release (prune); a missing release is fine. */
    async uninstall(release, namespace, timeoutMs, wait = true) {
        this.markChanged(release, namespace);
        const args = [
            'uninstall',
            '--namespace',
            namespace,
            ...(wait ? ['--wait'] : [])
        ];
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
    async runOk(args, positionals, timeoutMs) {
        const result = await this.run(args, positionals, undefined, timeoutMs);
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
            env: { ...helmConnectionEnv },
            ...(input === undefined ? {} : { input }),
            // helm enforces its own --timeout; this only catches a hung process.
            timeoutMs: timeoutMs + 60_000,
            ...(this.config.signal ? { signal: this.config.signal } : {})
        }), this.clock, this.config.retry, this.onRetry, this.config.signal);
    }
    async probeMajor() {
        const result = await this.exec.run(this.config.binary, ['version', '--short'], { env: { ...helmConnectionEnv } });
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

/***/ 592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eY: () => (/* binding */ readLiveState),
  fj: () => (/* binding */ removesItself)
});

// UNUSED EXPORTS: LiveState

// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/cluster/cluster-client.ts
var cluster_client = __webpack_require__(5722);
;// CONCATENATED MODULE: ./src/cluster/owned-fields.ts
/**
 * Whether a server-side apply of a manifest would change a live object,
 * judged without sending it: the fields ClusterSync's field manager owns
 * (its `Apply` entry in managedFields, fieldsV1 as server-side apply
 * records it) against the fields the manifest sets, and the live values of
 * those fields against the manifest's.
 *
 * - A field the manifest sets that ClusterSync does not own (never applied,
 *   or another manager took it by changing it) differs: applying takes it
 *   back, or reports the conflict naming that manager.
 * - A field ClusterSync owns that the manifest no longer sets differs:
 *   applying removes it.
 * - A field only another manager set (a label, a defaulted field) is not
 *   ClusterSync's and is not compared.
 *
 * Values are compared as the server stores them: list items are found by
 * the keys fieldsV1 names (a Service port's defaulted protocol included),
 * a Secret's `stringData` against its `data`, a number against the string
 * a quantity becomes. Anything else this cannot judge is `unsure`, and the
 * caller sends (or dry-runs) the object: correctness over speed.
 */


/** Compares `desired` (the document a sync sends) with `live` (with managedFields). */
function compareOwned(desired, live) {
    const metadata = record(live.metadata);
    if (!metadata || metadata.deletionTimestamp !== undefined)
        return 'differs';
    const owned = ownedFields(metadata.managedFields, String(desired.apiVersion));
    if (owned === 'unsure')
        return 'unsure';
    if (owned === undefined)
        return 'differs';
    const secret = secretView(desired, live);
    if (secret === undefined)
        return 'unsure';
    return compareMap(topLevel(desired), secret, owned);
}
/** ClusterSync's Apply entry's fieldsV1; unsure when recorded under another version. */
function ownedFields(entries, apiVersion) {
    if (!Array.isArray(entries))
        return undefined;
    const ours = entries
        .map(record)
        .filter((e) => e !== undefined &&
        e.manager === cluster_client/* fieldManager */.w &&
        e.operation === 'Apply' &&
        (e.subresource === undefined || e.subresource === ''));
    if (ours.length === 0)
        return undefined;
    if (ours.length > 1 || ours[0]?.apiVersion !== apiVersion)
        return 'unsure';
    return record(ours[0]?.fieldsV1) ?? {};
}
/**
 * The manifest without what server-side apply never records as owned: the
 * object's identity (apiVersion, kind, name, namespace).
 */
function topLevel(desired) {
    const rest = { ...desired };
    delete rest.apiVersion;
    delete rest.kind;
    const metadata = { ...(record(desired.metadata) ?? {}) };
    delete metadata.name;
    delete metadata.namespace;
    if (Object.keys(metadata).length > 0)
        rest.metadata = metadata;
    else
        delete rest.metadata;
    return rest;
}
/**
 * The live object as the manifest names its fields: a Secret's
 * `stringData` is stored in `data` (base64), so its values are read back
 * from there. Undefined when a key is set both ways (which one wins is the
 * server's business).
 */
function secretView(desired, live) {
    const stringData = record(desired.stringData);
    if (stringData === undefined ||
        desired.kind !== 'Secret' ||
        (0,kube_objects/* groupOf */.F8)(String(desired.apiVersion)) !== '')
        return live;
    const data = record(live.data) ?? {};
    const desiredData = record(desired.data) ?? {};
    const decoded = {};
    for (const key of Object.keys(stringData)) {
        if (key in desiredData)
            return undefined;
        const stored = data[key];
        if (typeof stored === 'string')
            decoded[key] = Buffer.from(stored, 'base64').toString('utf8');
    }
    return { ...live, stringData: decoded };
}
function compareNode(desired, live, owned) {
    const fields = record(owned);
    if (fields === undefined)
        return 'differs';
    if (desired === null || desired === undefined)
        return 'unsure';
    const isLeaf = Object.keys(fields).length === 0;
    if (Array.isArray(desired)) {
        if (isLeaf)
            return atomicEqual(desired, live); // an atomic list
        return compareList(desired, live, fields);
    }
    const map = record(desired);
    if (map !== undefined) {
        // A leaf for a map with entries: an atomic map (a selector), compared whole.
        if (isLeaf && Object.keys(map).length > 0)
            return atomicEqual(map, live);
        const liveMap = record(live);
        if (liveMap === undefined)
            return isLeaf ? 'same' : 'differs';
        return compareMap(map, liveMap, fields);
    }
    if (!isLeaf)
        return 'differs';
    return scalarEqual(desired, live) ? 'same' : 'differs';
}
/** Every field set is owned, every owned field is set, and their values agree. */
function compareMap(desired, live, owned, keyFields = new Set()) {
    for (const key of Object.keys(owned)) {
        if (key === '.')
            continue;
        if (!key.startsWith('f:'))
            return 'unsure';
        const name = key.slice(2);
        // A list item's key field the server defaulted (a port's protocol): the
        // item was found by it, so its value already agrees.
        if (!(name in desired) && !keyFields.has(name))
            return 'differs';
    }
    return worst(Object.keys(desired).map((name) => () => compareNode(desired[name], live[name], owned[`f:${name}`])));
}
/**
 * A list merged by key (containers by name, ports by port and protocol) or
 * as a set of scalars; each item the manifest sets must be owned, in the
 * live list, and in the manifest's order.
 */
function compareList(desired, live, owned) {
    const keys = Object.keys(owned).filter((k) => k !== '.');
    if (!Array.isArray(live) || keys.length !== desired.length)
        return 'differs';
    if (keys.every((k) => k.startsWith('v:'))) {
        const want = new Set(desired.map((d) => JSON.stringify(d)));
        const have = new Set(live.map((d) => JSON.stringify(d)));
        return keys.every((k) => want.has(k.slice(2)) && have.has(k.slice(2)))
            ? 'same'
            : 'differs';
    }
    if (!keys.every((k) => k.startsWith('k:')))
        return 'unsure';
    const checks = [];
    const used = new Set();
    let lastLive = -1;
    for (const key of keys) {
        const id = parseKey(key.slice(2));
        if (id === undefined)
            return 'unsure';
        const matches = desired.flatMap((item, i) => matchesKey(item, id, false) ? [i] : []);
        const at = matches[0];
        if (matches.length !== 1 || at === undefined || used.has(at))
            return 'unsure';
        used.add(at);
        const liveAt = live.findIndex((item) => matchesKey(item, id, true));
        if (liveAt < 0 || liveAt < lastLive)
            return 'differs';
        lastLive = liveAt;
        const item = record(desired[at]) ?? {};
        const liveItem = record(live[liveAt]) ?? {};
        const fields = record(owned[key]) ?? {};
        checks.push(() => compareMap(item, liveItem, fields, new Set(Object.keys(id))));
    }
    // Items in the manifest's order, so their live order agrees too.
    const order = [...used];
    if (order.some((v, i) => i > 0 && v < (order[i - 1] ?? 0)))
        return 'differs';
    return worst(checks);
}
/** An item matches a key when its key fields agree; `strict`: all must be present. */
function matchesKey(item, id, strict) {
    const fields = record(item);
    if (fields === undefined)
        return false;
    return Object.entries(id).every(([name, value]) => name in fields
        ? scalarEqual(fields[name], value) || scalarEqual(value, fields[name])
        : !strict);
}
function parseKey(text) {
    try {
        return record(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}
/** `differs` over `unsure` over `same`; stops at the first `differs`. */
function worst(checks) {
    let verdict = 'same';
    for (const check of checks) {
        const v = check();
        if (v === 'differs')
            return v;
        if (v === 'unsure')
            verdict = v;
    }
    return verdict;
}
/**
 * An atomic value (list or map replaced whole): equal as JSON, or unsure
 * when the server may have defaulted fields inside its items.
 */
function atomicEqual(desired, live) {
    if (deepEqual(desired, live))
        return 'same';
    if (live === undefined || live === null)
        return 'differs';
    return containsAll(desired, live) ? 'unsure' : 'differs';
}
/** Equal as JSON values, whatever order a map's keys come in. */
function deepEqual(a, b) {
    if (Array.isArray(a)) {
        return (Array.isArray(b) &&
            a.length === b.length &&
            a.every((v, i) => deepEqual(v, b[i])));
    }
    const map = record(a);
    if (map === undefined)
        return scalarEqual(a, b);
    const other = record(b);
    if (other === undefined)
        return false;
    const keys = Object.keys(map);
    return (keys.length === Object.keys(other).length &&
        keys.every((k) => k in other && deepEqual(map[k], other[k])));
}
/** Whether every value the manifest sets is in the live value (defaults aside). */
function containsAll(desired, live) {
    if (Array.isArray(desired)) {
        return (Array.isArray(live) &&
            live.length === desired.length &&
            desired.every((d, i) => containsAll(d, live[i])));
    }
    const map = record(desired);
    if (map !== undefined) {
        const liveMap = record(live);
        return (liveMap !== undefined &&
            Object.entries(map).every(([k, v]) => containsAll(v, liveMap[k])));
    }
    return scalarEqual(desired, live);
}
/** Equal, or a number the server stores as a string (a quantity: `cpu: 1` is `"1"`). */
function scalarEqual(desired, live) {
    if (desired === live)
        return true;
    return typeof desired === 'number' && live === String(desired);
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./src/cluster/live-state.ts


/** See the file comment. */
class LiveState {
    covered;
    found;
    goneByDesign;
    constructor(
    /** Keys of every object the read covered (found or not). */
    covered, found, 
    /** Keys of objects missing by design (removesItself): judged as applied. */
    goneByDesign = new Set()) {
        this.covered = covered;
        this.found = found;
        this.goneByDesign = goneByDesign;
    }
    /** Whether `ref` is missing by design (a Job its TTL removed): nothing to wait for. */
    gone(ref) {
        return this.goneByDesign.has((0,kube_objects/* refKey */.XF)(ref));
    }
    /** Whether the read covered `ref` (otherwise nothing is known about it). */
    covers(ref) {
        return this.covered.has((0,kube_objects/* refKey */.XF)(ref));
    }
    /** The verdict for `ref`; undefined when the read did not cover it. */
    verdict(ref) {
        const key = (0,kube_objects/* refKey */.XF)(ref);
        if (!this.covered.has(key))
            return undefined;
        return this.found.get(key)?.verdict ?? 'missing';
    }
    /** True only when applying `ref`'s document is known to change nothing. */
    unchanged(ref) {
        return this.verdict(ref) === 'same';
    }
    /** Its resourceVersion when read; undefined when missing or not covered. */
    resourceVersion(ref) {
        return this.found.get((0,kube_objects/* refKey */.XF)(ref))?.resourceVersion;
    }
    /** How many of `refs` have each verdict (uncovered ones are left out). */
    counts(refs) {
        const counts = { same: 0, differs: 0, unsure: 0, missing: 0 };
        for (const ref of refs) {
            const verdict = this.verdict(ref);
            if (verdict !== undefined)
                counts[verdict]++;
        }
        return counts;
    }
}
/**
 * Reads `documents` (judged) and `others` (only whether they exist and
 * their resourceVersion: namespaces a step creates) from the cluster.
 */
async function readLiveState(client, documents, others = [], 
/**
 * Keys of documents applied as they are now whose absence is by design
 * (removesItself): missing, they are judged as applied.
 */
goneByDesign = new Set()) {
    const desired = new Map();
    for (const ref of others)
        desired.set((0,kube_objects/* refKey */.XF)(ref), undefined);
    for (const document of documents)
        desired.set((0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(document)), document);
    const refs = [...others, ...documents.map(kube_objects/* refOf */.H8)];
    // The plan may name a namespace for an object the server keeps in none
    // (a cluster-scoped custom resource), or none for one it keeps in the
    // context's (requestedKeys).
    const standsFor = (0,kube_objects/* requestedKeys */.ry)(refs);
    const found = new Map();
    await client.readLive(refs, (live) => {
        const key = standsFor((0,kube_objects/* refOf */.H8)(live));
        if (key === undefined || !desired.has(key))
            return;
        const document = desired.get(key);
        const resourceVersion = (0,kube_objects/* resourceVersionOf */.wC)(live);
        found.set(key, {
            ...(resourceVersion !== undefined ? { resourceVersion } : {}),
            verdict: document ? compareOwned(document, live) : 'unsure'
        });
    });
    const gone = new Set();
    for (const key of goneByDesign) {
        if (desired.get(key) !== undefined && !found.has(key)) {
            found.set(key, { verdict: 'same' });
            gone.add(key);
        }
    }
    return new LiveState(new Set(desired.keys()), found, gone);
}
/**
 * Whether an object deletes itself once done: a Job with
 * `ttlSecondsAfterFinished` (the usual migration Job) is removed by the TTL
 * controller after it finishes. Missing, when its step was applied as it
 * is now, it is not drift: re-creating it would run it again.
 */
function removesItself(document) {
    if (document.kind !== 'Job')
        return false;
    if (!String(document.apiVersion).startsWith('batch/'))
        return false;
    const spec = document.spec;
    return (typeof spec === 'object' &&
        spec !== null &&
        typeof spec.ttlSecondsAfterFinished ===
            'number');
}


/***/ }),

/***/ 6025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ openClusterClient)
});

// EXTERNAL MODULE: ./src/ports/kube-api.ts
var kube_api = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/cluster/connection.ts
var connection = __webpack_require__(3060);
;// CONCATENATED MODULE: ./src/cluster/slots.ts
/**
 * A bound on how many things run at once: `acquire` resolves when one of
 * `size` slots is free, `release` hands the slot to the next waiter (first
 * come, first served). The call pool bounds kubectl processes with it, the
 * API channel its requests in flight.
 */
class Slots {
    size;
    active = 0;
    waiting = [];
    constructor(size) {
        this.size = size;
    }
    acquire() {
        if (this.active < Math.max(1, this.size)) {
            this.active++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
}

;// CONCATENATED MODULE: ./src/cluster/call-pool.ts
/**
 * The kubectl call pool: concurrent steps ask for `get` and `apply` calls
 * independently, and the pool merges the requests made in the same turn of
 * the event loop into few kubectl processes (at most `parallel` at once).
 *
 * Why: a kubectl process costs ~0.1 s of CPU before it sends a request
 * (startup, kubeconfig, discovery cache). With one `get` and one `apply`
 * per step, a 1,000-object definition of 110 steps spent most of its time
 * starting processes. Merged, a wave of ready steps costs a handful.
 *
 * Safety is the caller's: each request keeps its own objects in its own
 * order inside one process (a chunk never splits a request), requests with
 * different flags are never merged, and when a merged call fails every
 * request in it is re-run alone, so each step sees exactly its own result
 * and error, as if it had never been merged. Server-side apply and `get`
 * are idempotent, which is what makes the re-run harmless.
 */

/**
 * 100 to 500 items per call: measured on the local control plane, a second
 * process for fewer than ~100 objects loses more to its startup than it
 * gains in parallel requests.
 */
function defaultCallPoolOptions(parallel) {
    return { parallel, minItemsPerCall: 100, maxItemsPerCall: 500 };
}
/** See the file comment. One pool per sync, shared by all its clients. */
class CallPool {
    options;
    groups = new Map();
    scheduled = false;
    slots;
    constructor(options) {
        this.options = options;
        this.slots = new Slots(options.parallel);
    }
    /**
     * Queues `items` under `group` (requests of one group share flags and can
     * be merged); `run` executes a chunk and must be the same for the group.
     */
    submit(group, items, run, onRetry) {
        return new Promise((resolve, reject) => {
            let g = this.groups.get(group);
            if (!g) {
                g = { run, waiting: [] };
                this.groups.set(group, g);
            }
            g.waiting.push({
                items,
                resolve,
                reject,
                ...(onRetry ? { onRetry } : {})
            });
            if (!this.scheduled) {
                this.scheduled = true;
                // After the current turn: every step started in it has queued its
                // request by then.
                setImmediate(() => this.flush());
            }
        });
    }
    flush() {
        this.scheduled = false;
        for (const [key, group] of this.groups) {
            this.groups.delete(key);
            for (const chunk of this.chunks(group.waiting)) {
                void this.runChunk(group.run, chunk);
            }
        }
    }
    /** Splits whole requests into balanced chunks (greedy, largest first). */
    chunks(waiting) {
        const { parallel, minItemsPerCall, maxItemsPerCall } = this.options;
        const total = waiting.reduce((n, w) => n + w.items.length, 0);
        const count = Math.max(1, Math.min(waiting.length, Math.max(Math.min(Math.max(1, parallel), Math.ceil(total / minItemsPerCall)), Math.ceil(total / maxItemsPerCall))));
        const chunks = Array.from({ length: count }, () => ({ size: 0, members: [] }));
        const bySize = waiting
            .map((w, i) => ({ w, i }))
            .sort((a, b) => b.w.items.length - a.w.items.length || a.i - b.i);
        for (const { w } of bySize) {
            const smallest = chunks.reduce((a, b) => (b.size < a.size ? b : a));
            smallest.size += w.items.length;
            smallest.members.push(w);
        }
        return chunks.filter((c) => c.members.length > 0).map((c) => c.members);
    }
    async runChunk(run, chunk) {
        await this.slots.acquire();
        try {
            const answers = await run(chunk);
            chunk.forEach((w, i) => {
                const answer = answers[i];
                if (answer instanceof Error)
                    w.reject(answer);
                else
                    w.resolve(answer);
            });
        }
        catch (error) {
            const e = error instanceof Error ? error : new Error(String(error));
            for (const w of chunk)
                w.reject(e);
        }
        finally {
            this.slots.release();
        }
    }
}

// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/cluster/retry.ts
var retry = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/run-signals.ts
var run_signals = __webpack_require__(7586);
;// CONCATENATED MODULE: ./src/cluster/api-client.ts




/** Thrown when a read fails for good; `text` reads like kubectl's stderr. */
class KubeApiError extends Error {
    status;
    text;
    name = 'KubeApiError';
    constructor(status, text) {
        super(text);
        this.status = status;
        this.text = text;
    }
}
/**
 * Requests at once for a sync of `concurrency` (its `--concurrency`): two
 * per step slot, 8 by default. 4–16 measured alike on 2 CPUs, so 8 leaves
 * room either way, and a user who turns concurrency down to spare the API
 * server gets fewer requests at once too.
 */
function inFlightFor(concurrency) {
    return Math.max(1, 2 * concurrency);
}
/** Objects per page of a LIST (`limit`): the API server's own default chunk size. */
const listPage = 500;
/** The bound with the default `--concurrency` of 4. */
const defaultInFlight = inFlightFor(4);
/** See the file comment. One per sync, over one transport. */
class KubeApi {
    transport;
    clock;
    retry;
    defaultNamespace;
    timeoutMs;
    mappings = new Map();
    slots;
    contextNamespace;
    constructor(transport, 
    /** For waits over the channel (api-delete.ts). */
    clock, retry, 
    /** The kubeconfig context's namespace, for namespaced objects that name none. */
    defaultNamespace, inFlight = defaultInFlight, timeoutMs = 60_000) {
        this.transport = transport;
        this.clock = clock;
        this.retry = retry;
        this.defaultNamespace = defaultNamespace;
        this.timeoutMs = timeoutMs;
        this.slots = new Slots(inFlight);
    }
    /** The live objects (missing ones left out), read concurrently. */
    async getAll(refs, managedFields, onRetry, signal) {
        const found = await Promise.all(refs.map(async (ref) => {
            const url = await this.url(ref, onRetry, signal);
            if (url === undefined)
                return undefined; // kind unknown: no such object
            const response = await this.send('GET', url, {}, onRetry, signal);
            if (response.status === 404)
                return undefined;
            if (!succeeded(response)) {
                throw new KubeApiError(response.status, errorText(response));
            }
            const object = JSON.parse(response.body);
            return managedFields ? object : withoutManagedFields(object);
        }));
        return found.filter((o) => o !== undefined);
    }
    /**
     * The live objects among `refs`, managedFields included, read with one
     * LIST per kind and namespace (pages of `listPage` objects, so one
     * answer stays small) and handed to `visit` one by one; missing objects
     * and kinds the server does not know are left out.
     */
    async listAll(refs, visit, onRetry, signal) {
        const groups = new Map();
        for (const ref of refs) {
            const key = `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ''}`;
            const group = groups.get(key) ?? { ref, names: new Set() };
            group.names.add(ref.name);
            groups.set(key, group);
        }
        await Promise.all([...groups.values()].map(({ ref, names }) => this.listPages(ref, {}, onRetry, signal, (item) => {
            const metadata = (item.metadata ?? {});
            if (names.has(String(metadata.name)))
                visit(item);
        })));
    }
    /**
     * Every object of `ref`'s kind in its namespace that `labelSelector`
     * selects, read in pages of `listPage`; none when the kind is unknown.
     */
    async listSelected(ref, labelSelector, onRetry, signal) {
        const found = [];
        await this.listPages(ref, { labelSelector }, onRetry, signal, (item) => found.push(item));
        return found;
    }
    /**
     * One paged LIST of `ref`'s kind in its namespace (pages of `listPage`),
     * each item handed to `visit` with its kind and version (a LIST's items
     * name neither); nothing when the kind is unknown or the namespace is
     * not there, as `kubectl get`.
     */
    async listPages(ref, params, onRetry, signal, visit) {
        const path = await this.url({ ...ref, name: '' }, onRetry, signal);
        if (path === undefined)
            return;
        let next = '';
        do {
            const query = new URLSearchParams({
                ...params,
                limit: String(listPage),
                ...(next ? { continue: next } : {})
            });
            const response = await this.send('GET', `${path}?${query.toString()}`, {}, onRetry, signal);
            if (response.status === 404)
                return;
            if (!succeeded(response)) {
                throw new KubeApiError(response.status, errorText(response));
            }
            const list = JSON.parse(response.body);
            for (const item of list.items ?? [])
                visit({ ...item, apiVersion: ref.apiVersion, kind: ref.kind });
            next = list.metadata?.continue ?? '';
        } while (next !== '');
    }
    /** `GET <path>` with kubectl's retries, as `kubectl get --raw <path>` sends it. */
    async getRaw(path) {
        return this.send('GET', path, {});
    }
    /**
     * Server-side applies `objects`: runs of equal `rank` go concurrently, a
     * run starts once the one before it has answered (Namespaces and CRDs
     * before what needs them, webhooks after what they call), and a failed
     * object does not stop the others, as with `kubectl apply`. An object
     * whose rank is undefined goes alone, in the order given.
     */
    async applyAll(objects, rank, options, onRetry, signal) {
        const applied = [];
        const failures = [];
        // The same for every object of the call: built once, not per PATCH.
        const query = applyQuery(options);
        const answers = await inRankRuns(objects, rank, (o, index) => this.applyOne(o, index, query, onRetry, signal));
        for (const a of answers) {
            if ('failure' in a)
                failures.push(a.failure);
            else
                applied.push(a.object);
        }
        return { applied, failures };
    }
    async applyOne(object, index, query, onRetry, signal) {
        const ref = (0,kube_objects/* refOf */.H8)(object);
        const fail = (status, text, reason) => ({
            failure: { index, status, ...(reason ? { reason } : {}), text }
        });
        try {
            const target = await this.target(ref, onRetry, signal);
            if (target === undefined) {
                return fail(0, `error: resource mapping not found for name: "${ref.name}" namespace: "${ref.namespace ?? ''}" from "${ref.kind}/${ref.name}": no matches for kind "${ref.kind}" in version "${ref.apiVersion}"\nensure CRDs are installed first`);
            }
            // kubectl fills in the context's namespace; the server needs it in
            // the body too.
            const body = JSON.stringify(ref.namespace === undefined && target.namespace !== undefined
                ? {
                    ...object,
                    metadata: {
                        ...(object.metadata ?? {}),
                        namespace: target.namespace
                    }
                }
                : object);
            const response = await this.send('PATCH', `${target.path}?${query}`, { body, contentType: 'application/apply-patch+yaml' }, onRetry, signal);
            if (succeeded(response))
                return { object: JSON.parse(response.body) };
            return fail(response.status, errorText(response), parseStatus(response.body)?.reason);
        }
        catch (error) {
            return fail(error instanceof KubeApiError ? error.status : 0, error instanceof Error ? error.message : String(error));
        }
    }
    /** Creates an object; the answer's status tells AlreadyExists (409) apart. */
    async create(object) {
        const ref = (0,kube_objects/* refOf */.H8)(object);
        const url = await this.url({ ...ref, name: '' });
        if (url === undefined)
            throw new KubeApiError(0, noKind(ref));
        return this.sendOnce('POST', url, JSON.stringify(object));
    }
    /** Replaces an object (its resourceVersion is the precondition). */
    async replace(object) {
        const ref = (0,kube_objects/* refOf */.H8)(object);
        const url = await this.url(ref);
        if (url === undefined)
            throw new KubeApiError(0, noKind(ref));
        return this.sendOnce('PUT', url, JSON.stringify(object));
    }
    /**
     * Deletes an object once; a missing one answers 404, and one whose
     * resourceVersion is no longer `resourceVersion` (when given) 409.
     */
    async remove(ref, resourceVersion) {
        const url = await this.url(ref);
        if (url === undefined)
            throw new KubeApiError(0, noKind(ref));
        const options = resourceVersion
            ? JSON.stringify({
                apiVersion: 'v1',
                kind: 'DeleteOptions',
                preconditions: { resourceVersion }
            })
            : undefined;
        return this.sendOnce('DELETE', url, options);
    }
    /**
     * Sends a DELETE for each of `refs` as `kubectl delete --ignore-not-found`
     * does (kubectl's default cascade, `propagationPolicy: Background`; a
     * missing object is already gone, a kind not served is a failure), runs
     * of equal `rank` in flight together within the channel's bound, with
     * kubectl's retries. Resolves with the failures
     * (kubectl goes on past one too) and, per deleted object, the UID it had:
     * the wait is for that object, not for one created again under its name.
     */
    async deleteAll(refs, rank, onRetry, signal) {
        const deleted = new Map();
        const failures = [];
        // In the order given (prune gives reverse apply order), runs of equal
        // rank at once, as applyAll goes forwards: a webhook's configuration
        // goes before the Service that answers it, a custom resource before
        // the controller that clears its finalizers.
        const answers = await inRankRuns(refs, rank, (ref, index) => this.deleteOne(ref, index, onRetry, signal));
        for (const [i, answer] of answers.entries()) {
            if ('failure' in answer)
                failures.push(answer.failure);
            else if (answer.uid !== null)
                deleted.set((0,kube_objects/* refKey */.XF)(refs[i]), answer.uid);
        }
        return { deleted, failures };
    }
    /**
     * One DELETE (Background cascade, as kubectl's default): the UID it
     * deleted, null when the object was not there (404), or the failure. A
     * kind the server does not serve in that version is a failure, as
     * kubectl reports it: the object may still be served under another
     * version, and prune must not record as gone what may still be there.
     */
    async deleteOne(ref, index, onRetry, signal) {
        try {
            const url = await this.url(ref, onRetry, signal);
            if (url === undefined) {
                return {
                    failure: {
                        index,
                        status: 0,
                        text: `${noKind(ref)}\nensure CRDs are installed first`
                    }
                };
            }
            const response = await this.send('DELETE', url, { body: deleteOptions, contentType: 'application/json' }, onRetry, signal);
            if (response.status === 404)
                return { uid: null };
            if (!succeeded(response)) {
                return {
                    failure: { index, status: response.status, text: errorText(response) }
                };
            }
            return { uid: uidOf(response.body) };
        }
        catch (error) {
            return {
                failure: {
                    index,
                    status: error instanceof KubeApiError ? error.status : 0,
                    text: error instanceof Error ? error.message : String(error)
                }
            };
        }
    }
    /** One request, no retries: optimistic-concurrency writes (the lock). */
    async sendOnce(method, path, body) {
        await this.slots.acquire();
        try {
            return await this.transport.request({
                method,
                path,
                ...(body !== undefined
                    ? { body, contentType: 'application/json' }
                    : {}),
                timeoutMs: this.timeoutMs
            });
        }
        finally {
            this.slots.release();
        }
    }
    /** A request with kubectl's retries; transport failures become answers with status 0. */
    async send(method, path, extra, onRetry, signal) {
        let last = { status: 0, body: '' };
        const attempt = async () => {
            await this.slots.acquire();
            try {
                // A stopped run sends nothing more.
                if (signal?.aborted)
                    throw new Error((0,run_signals/* stopReason */.P)(signal));
                last = await this.transport.request({
                    method,
                    path,
                    ...extra,
                    timeoutMs: this.timeoutMs,
                    ...(signal ? { signal } : {})
                });
            }
            catch (error) {
                // The transport words its failures as kubectl would (a reset or a
                // timeout may pass, a refusal says whether the server or the proxy
                // is away), so the retry rules read them as they are. A request the
                // run abandoned failed because the run stopped: say that, whichever
                // request happened to be in flight.
                last = {
                    status: 0,
                    body: signal?.aborted
                        ? (0,run_signals/* stopReason */.P)(signal)
                        : error instanceof Error
                            ? error.message
                            : String(error)
                };
            }
            finally {
                this.slots.release();
            }
            const ok = succeeded(last);
            return {
                exitCode: ok ? 0 : 1,
                stdout: '',
                // Only a failure is worth reading (retries decide on these words).
                stderr: ok || last.status === 404 ? '' : errorText(last),
                timedOut: false
            };
        };
        await (0,retry/* withRetry */.bD)(attempt, this.clock, this.retry, onRetry, signal);
        return last;
    }
    /** The URL of `ref` (its collection when `name` is ''), or undefined for an unknown kind. */
    async url(ref, onRetry, signal) {
        return (await this.target(ref, onRetry, signal))?.path;
    }
    /**
     * Where `ref` lives: its URL, and for a namespaced kind the namespace it
     * is in (its own, else the context's); undefined for an unknown kind.
     */
    async target(ref, onRetry, signal) {
        const mapping = await this.mapping(ref.apiVersion, ref.kind, onRetry, signal);
        if (!mapping)
            return undefined;
        const group = (0,kube_objects/* groupOf */.F8)(ref.apiVersion);
        const base = group === '' ? `/api/${ref.apiVersion}` : `/apis/${ref.apiVersion}`;
        const namespace = mapping.namespaced
            ? (ref.namespace ?? (await this.namespaceDefault()))
            : undefined;
        const scope = namespace
            ? `/namespaces/${encodeURIComponent(namespace)}`
            : '';
        const name = ref.name === '' ? '' : `/${encodeURIComponent(ref.name)}`;
        return {
            path: `${base}${scope}/${mapping.plural}${name}`,
            ...(namespace !== undefined ? { namespace } : {})
        };
    }
    /**
     * The kind's mapping from the group version's resource list, read once per
     * sync; a kind it lacks (a CRD this sync just made) is looked up again.
     */
    async mapping(apiVersion, kind, onRetry, signal) {
        // Not a version's shape: no such kind, and nothing sent (kube-objects.ts).
        if (!(0,kube_objects/* isApiVersion */.Nw)(apiVersion))
            return undefined;
        const cached = this.mappings.get(apiVersion);
        if (cached) {
            const found = (await cached).get(kind);
            if (found)
                return found;
            // Another caller missed too and is reading the list again: share it.
            const newer = this.mappings.get(apiVersion);
            if (newer && newer !== cached)
                return (await newer).get(kind);
        }
        const fresh = this.discover(apiVersion, onRetry, signal);
        this.mappings.set(apiVersion, fresh);
        return (await fresh).get(kind);
    }
    async discover(apiVersion, onRetry, signal) {
        const path = apiVersion.includes('/')
            ? `/apis/${apiVersion}`
            : `/api/${apiVersion}`;
        const response = await this.send('GET', path, {}, onRetry, signal);
        if (response.status === 404)
            return new Map();
        if (!succeeded(response)) {
            this.mappings.delete(apiVersion);
            throw new KubeApiError(response.status, errorText(response));
        }
        const list = JSON.parse(response.body);
        const byKind = new Map();
        for (const r of list.resources ?? []) {
            if (r.name.includes('/'))
                continue; // subresources (status, scale)
            byKind.set(r.kind, { plural: r.name, namespaced: r.namespaced });
        }
        return byKind;
    }
    /** The kubeconfig context's namespace, asked once. */
    namespaceDefault() {
        this.contextNamespace ??= this.defaultNamespace();
        return this.contextNamespace;
    }
}
/** A 401, as errorText words it. */
const unauthorizedText = "Error from server (Unauthorized): You must be logged in to the server: the cluster refused the kubeconfig's credentials (a token or client certificate that is wrong or has expired); get a fresh kubeconfig for this cluster";
/** A 2xx answer (0 stands for no answer at all). */
function succeeded(response) {
    return response.status >= 200 && response.status < 300;
}
/** `Error from server (Reason): message`, as kubectl prints a failed request. */
function errorText(response) {
    if (response.status === 0)
        return response.body;
    // The server's own words are only "Unauthorized": say whose credentials
    // and what fixes them, in kubectl's words for it.
    if (response.status === 401)
        return unauthorizedText;
    const status = parseStatus(response.body);
    if (status?.message) {
        return `Error from server${status.reason ? ` (${status.reason})` : ''}: ${status.message}`;
    }
    // Not a Status: the proxy's own words (the API server is away) or a
    // gateway's page; the HTTP status first so retries recognise 5xx.
    const text = response.body.trim().split('\n').slice(0, 3).join(' ');
    return `Error from server (HTTP ${response.status} ${httpWords(response.status)}): ${text || 'no body'}`;
}
function parseStatus(body) {
    try {
        const parsed = JSON.parse(body);
        if (parsed.kind !== 'Status')
            return undefined;
        return {
            ...(typeof parsed.message === 'string'
                ? { message: parsed.message }
                : {}),
            ...(typeof parsed.reason === 'string' && parsed.reason !== ''
                ? { reason: parsed.reason }
                : {})
        };
    }
    catch {
        return undefined;
    }
}
function httpWords(status) {
    const words = {
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout'
    };
    return words[status] ?? '';
}
/**
 * `each` of every item, answers in the items' order: runs of equal `rank`
 * at once, a run only once the one before it has answered. An item whose
 * rank is undefined is a run of its own.
 */
async function inRankRuns(items, rank, each) {
    const answers = [];
    let start = 0;
    while (start < items.length) {
        const r = rank(items[start]);
        let end = start + 1;
        while (r !== undefined && end < items.length && rank(items[end]) === r)
            end++;
        const first = start;
        answers.push(...(await Promise.all(items.slice(first, end).map((item, i) => each(item, first + i)))));
        start = end;
    }
    return answers;
}
/** kubectl delete's default: the object goes now, its dependents after. */
const deleteOptions = JSON.stringify({
    apiVersion: 'v1',
    kind: 'DeleteOptions',
    propagationPolicy: 'Background'
});
function noKind(ref) {
    return `error: no matches for kind "${ref.kind}" in version "${ref.apiVersion}"`;
}
/** The UID in a DELETE's answer: the object, or a Status naming it. */
function uidOf(body) {
    try {
        const parsed = JSON.parse(body);
        const uid = parsed.metadata?.uid ?? parsed.details?.uid;
        return typeof uid === 'string' && uid !== '' ? uid : undefined;
    }
    catch {
        return undefined;
    }
}
function withoutManagedFields(object) {
    const metadata = object.metadata;
    if (!metadata || !('managedFields' in metadata))
        return object;
    const rest = { ...metadata };
    delete rest.managedFields;
    return { ...object, metadata: rest };
}
/** The query string of a server-side apply with `options`, as kubectl sends it. */
function applyQuery(options) {
    return new URLSearchParams({
        fieldManager: 'clustersync',
        fieldValidation: 'Strict',
        ...(options.force ? { force: 'true' } : {}),
        ...(options.dryRun ? { dryRun: 'All' } : {})
    }).toString();
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/kind-order.ts
var kind_order = __webpack_require__(948);
// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
;// CONCATENATED MODULE: ./src/cluster/api-delete.ts
/**
 * `kubectl delete --ignore-not-found --wait=true --timeout=…` over the API
 * channel, for pruning: the DELETEs go many at once (KubeApi.deleteAll,
 * within the channel's bound), then the wait reads what is left with one
 * LIST per kind and namespace until every deleted object is gone or the
 * timeout passes. A kubectl process rate-limits itself to 5 requests a
 * second and spends three per object (DELETE, then a LIST and a watch to
 * wait), so a prune of a few hundred objects could not fit in its timeout.
 */





/** How often the wait reads what is left (kubectl watches instead). */
const deletePollMs = 1_000;
/** Objects a failure message names before it says how many more. */
const named = 5;
/** See the file comment. Throws a ToolError naming what failed or is left. */
async function deleteOverApi(api, refs, rank, timeoutMs, onRetry, signal) {
    if (refs.length === 0)
        return;
    const { deleted, failures } = await api.deleteAll(refs, rank, onRetry, signal);
    if (failures.length > 0) {
        // As kubectl: the others were deleted, but it does not wait for them.
        const lines = failures.map((f) => `deleting ${(0,kube_objects/* subjectOf */.et)(refs[f.index])} failed: ${(0,errors/* trimOutput */.KY)(f.text, 3)}`);
        throw new errors/* ToolError */.v4(listed(lines, '; '), 'kubectl delete', 1, lines.join('\n'));
    }
    const deadline = api.clock.now().getTime() + timeoutMs;
    let waiting = refs.filter((r) => deleted.has((0,kube_objects/* refKey */.XF)(r)));
    for (;;) {
        const left = await stillThere(api, waiting, deleted, onRetry, signal);
        waiting = waiting.filter((r) => left.has((0,kube_objects/* refKey */.XF)(r)));
        if (waiting.length === 0)
            return;
        if (signal?.aborted)
            throw new Error((0,run_signals/* stopReason */.P)(signal));
        const remaining = deadline - api.clock.now().getTime();
        if (remaining <= 0) {
            const message = `timed out after ${Math.ceil(timeoutMs / 1000)}s waiting for ${(0,plural/* plural */.L)(waiting.length, 'deleted object')} to go: ${listed(waiting.map((r) => described(r, left.get((0,kube_objects/* refKey */.XF)(r)))), ', ')}`;
            throw new errors/* ToolError */.v4(message, 'kubectl delete', 1, message);
        }
        await api.clock.sleep(Math.min(deletePollMs, remaining), signal);
    }
}
/**
 * The deleted objects still in the cluster, by refKey: one that was
 * created again since (another UID) is not the one deleted, and counts as
 * gone, as kubectl's wait has it.
 */
async function stillThere(api, refs, deleted, onRetry, signal) {
    const left = new Map();
    const keys = new Set(refs.map(kube_objects/* refKey */.XF));
    try {
        await api.listAll(refs, (live) => {
            const key = keyAmong(live, keys);
            if (key === undefined)
                return;
            const uid = deleted.get(key);
            if (uid === undefined || uid === metadataOf(live).uid)
                left.set(key, live);
        }, onRetry, signal);
    }
    catch (error) {
        if (!(error instanceof KubeApiError))
            throw error;
        throw new errors/* ToolError */.v4(`reading ${(0,plural/* plural */.L)(refs.length, 'deleted object')} failed: ${(0,errors/* trimOutput */.KY)(error.text)}`, 'kubectl get', 1, (0,errors/* trimOutput */.KY)(error.text));
    }
    return left;
}
/**
 * The key of `live` among `keys`: its own, or, for an object the list
 * named without a namespace (the context's), the one without it.
 */
function keyAmong(live, keys) {
    const name = String(metadataOf(live).name);
    const ref = {
        apiVersion: String(live.apiVersion),
        kind: String(live.kind),
        name
    };
    const namespace = metadataOf(live).namespace;
    const own = (0,kube_objects/* refKey */.XF)(typeof namespace === 'string' ? { ...ref, namespace } : ref);
    if (keys.has(own))
        return own;
    const bare = (0,kube_objects/* refKey */.XF)(ref);
    return keys.has(bare) ? bare : undefined;
}
/** `Kind/ns/name`, and the finalizers that hold it back if it has any. */
function described(ref, live) {
    const finalizers = live ? metadataOf(live).finalizers : undefined;
    return Array.isArray(finalizers) && finalizers.length > 0
        ? `${(0,kube_objects/* subjectOf */.et)(ref)} (finalizers: ${finalizers.map(String).join(', ')})`
        : (0,kube_objects/* subjectOf */.et)(ref);
}
function listed(items, separator) {
    const shown = items.slice(0, named).join(separator);
    return items.length > named
        ? `${shown}${separator}and ${items.length - named} more`
        : shown;
}
function metadataOf(object) {
    return (object.metadata ?? {});
}

;// CONCATENATED MODULE: ./src/cluster/client-over-api.ts
/**
 * The ClusterClient over the API channel (api-client.ts): reads, applies,
 * the lock's writes and the readiness probe are HTTP requests, many in
 * flight, and so are prune's deletes and the wait for them to go
 * (api-delete.ts). What the API has no single request for — waiting for
 * CRDs, events — goes to a kubectl process
 * (`processes`), as it would without the channel. Answers read as a
 * kubectl process would have given them.
 */






/** See the file comment. */
class ApiClusterClient {
    api;
    processes;
    onRetry;
    signal;
    constructor(api, 
    /** kubectl processes, for the calls the API channel does not carry. */
    processes, onRetry, signal) {
        this.api = api;
        this.processes = processes;
        this.onRetry = onRetry;
        this.signal = signal;
    }
    contextNamespace() {
        return this.api.namespaceDefault();
    }
    withRetryListener(listener) {
        return new ApiClusterClient(this.api, this.processes.withRetryListener(listener), listener, this.signal);
    }
    /** One request, not a process. */
    async readyz() {
        return answerOf(await this.api.getRaw('/readyz'));
    }
    async get(refs, managedFields = false) {
        if (refs.length === 0)
            return [];
        try {
            return await this.api.getAll(refs, managedFields, this.onRetry, this.signal);
        }
        catch (error) {
            if (!(error instanceof KubeApiError))
                throw error;
            throw new errors/* ToolError */.v4(`reading ${refs.length === 1 && refs[0] ? (0,kube_objects/* subjectOf */.et)(refs[0]) : `${refs.length} objects`} failed: ${(0,errors/* trimOutput */.KY)(error.text)}`, 'kubectl get', 1, (0,errors/* trimOutput */.KY)(error.text));
        }
    }
    async readLive(refs, visit) {
        try {
            await this.api.listAll(refs, visit, this.onRetry, this.signal);
        }
        catch (error) {
            if (!(error instanceof KubeApiError))
                throw error;
            throw new errors/* ToolError */.v4(`reading ${refs.length} objects failed: ${(0,errors/* trimOutput */.KY)(error.text)}`, 'kubectl get', 1, (0,errors/* trimOutput */.KY)(error.text));
        }
    }
    async listSelected(ref, labelSelector) {
        try {
            return await this.api.listSelected(ref, labelSelector, this.onRetry, this.signal);
        }
        catch (error) {
            if (!(error instanceof KubeApiError))
                throw error;
            throw new errors/* ToolError */.v4(`listing ${ref.kind} objects failed: ${(0,errors/* trimOutput */.KY)(error.text)}`, 'kubectl get', 1, (0,errors/* trimOutput */.KY)(error.text));
        }
    }
    /** Each failed object is kept in `failures`, so a conflict names its object. */
    async apply(objects, options) {
        // Nothing to send: kubectl answers an empty apply as it always did.
        if (objects.length === 0)
            return this.processes.apply(objects, options);
        const { applied, failures } = await this.api.applyAll(objects, applyRank, options, this.onRetry, this.signal);
        return {
            result: {
                exitCode: failures.length > 0 ? 1 : 0,
                stdout: '',
                stderr: failures.map((f) => f.text).join('\n'),
                timedOut: false
            },
            applied,
            failures
        };
    }
    /** The answer reads as kubectl's: the object on stdout, its wording on stderr. */
    async writeOnce(verb, object) {
        const response = verb === 'create'
            ? await this.api.create(object)
            : await this.api.replace(object);
        return answerOf(response);
    }
    async deleteOnce(ref, resourceVersion) {
        const response = await this.api.remove(ref, resourceVersion);
        return response.status === 404
            ? { exitCode: 0, stdout: '', stderr: '', timedOut: false }
            : answerOf(response);
    }
    waitEstablished(names, timeoutMs) {
        return this.processes.waitEstablished(names, timeoutMs);
    }
    /** Many DELETEs at once, then a wait by LISTs: see api-delete.ts. */
    delete(refs, timeoutMs) {
        return deleteOverApi(this.api, refs, (ref) => (0,kind_order/* builtInRank */.Im)((0,kube_objects/* groupOf */.F8)(ref.apiVersion), ref.kind), timeoutMs, this.onRetry, this.signal);
    }
    events(ref, limit) {
        return this.processes.events(ref, limit);
    }
    podWarnings(owner, limit) {
        return this.processes.podWarnings(owner, limit);
    }
    /**
     * Each object is dry-run and read, several at once, and the two compared
     * as the live preview compares them; gone objects count as drifted.
     */
    async diffServerSide(objects) {
        let live;
        try {
            live = await this.get(objects.map(kube_objects/* refOf */.H8));
        }
        catch (error) {
            return { drifted: [], error: (0,errors/* trimOutput */.KY)((0,errors/* getErrorMessage */.u1)(error), 3) };
        }
        const dry = await this.apply(objects, { force: true, dryRun: true });
        if (dry.result.exitCode !== 0) {
            return { drifted: [], error: (0,errors/* trimOutput */.KY)(dry.result.stderr, 3) };
        }
        const liveByKey = new Map(live.map((o) => [(0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(o)), o]));
        const drifted = dry.applied
            .filter((desired) => {
            const current = liveByKey.get((0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(desired)));
            return current === undefined || !(0,object_diff/* sameObject */.Qr)(current, desired);
        })
            .map(kube_objects/* diffName */.FM);
        // In kubectl diff's order: by name (it diffs two folders of files).
        return { drifted: [...new Set(drifted)].sort() };
    }
    toolError(args, result) {
        return this.processes.toolError(args, result);
    }
}
/** An API answer as a kubectl process would have given it. */
function answerOf(response) {
    const ok = succeeded(response);
    return {
        exitCode: ok ? 0 : 1,
        stdout: ok ? response.body : '',
        stderr: ok ? '' : errorText(response),
        timedOut: false
    };
}
/**
 * The plan's kind order: Kubernetes' own kinds of equal rank may be applied
 * together. Custom resources go one at a time in the order written, as
 * kubectl sends them: an operator's admission webhook may check that what a
 * resource refers to exists already.
 */
function applyRank(object) {
    return (0,kind_order/* builtInRank */.Im)((0,kube_objects/* groupOf */.F8)(String(object.apiVersion)), String(object.kind));
}

// EXTERNAL MODULE: ./src/cluster/cluster-client.ts
var cluster_client = __webpack_require__(5722);
;// CONCATENATED MODULE: ./src/cluster/kubectl.ts
/**
 * KubectlClient: the ClusterClient over kubectl processes (the Exec port).
 * Objects travel as one JSON List on stdin (`-f -`), so a step costs one
 * process however many objects it holds (STYLE.md §5.9). The kubeconfig and
 * context are passed explicitly on every call and never printed. It also
 * carries, for the client over the API channel (client-over-api.ts), the
 * calls that channel has no request for.
 */




/**
 * The kubectl calls of a command; one instance per cluster. With a
 * CallPool, `get` and `apply` of concurrent steps are merged into few
 * processes (see call-pool.ts); without one, every call is its own process.
 */
class KubectlClient {
    exec;
    clock;
    config;
    onRetry;
    signal;
    pool;
    constructor(exec, clock, config, onRetry, signal, pool) {
        this.exec = exec;
        this.clock = clock;
        this.config = config;
        this.onRetry = onRetry;
        this.signal = signal;
        this.pool = pool;
    }
    /** The namespace kubectl puts namespaced objects that name none into. */
    async contextNamespace() {
        const result = await this.run([
            'config',
            'view',
            '--minify',
            '-o',
            'jsonpath={.contexts[0].context.namespace}'
        ]);
        const namespace = result.exitCode === 0 ? result.stdout.trim() : '';
        return namespace === '' ? 'default' : namespace;
    }
    /** The same client, reporting its retries to `listener` (one per step). */
    withRetryListener(listener) {
        return new KubectlClient(this.exec, this.clock, this.config, listener, this.signal, this.pool);
    }
    /** The same client without the pool, reporting retries to `listener`. */
    unpooled(listener) {
        return new KubectlClient(this.exec, this.clock, this.config, listener, this.signal);
    }
    /** Runs `kubectl <args>` with retries; resolves with the last result. */
    async run(args, input) {
        const argv = [...this.connectionArgs(), ...args];
        return (0,retry/* withRetry */.bD)(() => this.exec.run(this.config.binary, argv, {
            ...(input === undefined ? {} : { input }),
            timeoutMs: this.config.callTimeoutMs,
            ...(this.signal ? { signal: this.signal } : {})
        }), this.clock, this.config.retry, this.onRetry, this.signal);
    }
    /**
     * Runs `kubectl <args>` once, without retries: for optimistic-concurrency
     * writes (the lock), where a conflict is an answer, not a hiccup.
     */
    runOnce(args, input) {
        return this.exec.run(this.config.binary, [...this.connectionArgs(), ...args], {
            ...(input === undefined ? {} : { input }),
            timeoutMs: this.config.callTimeoutMs,
            ...(this.signal ? { signal: this.signal } : {})
        });
    }
    /**
     * `kubectl create|replace -f - -o json` of one object, once (optimistic
     * concurrency: a conflict is an answer).
     */
    writeOnce(verb, object) {
        return this.runOnce([verb, '-f', '-', '-o', 'json'], JSON.stringify(object));
    }
    /**
     * Deletes one object once; a missing one is fine (`--ignore-not-found`).
     * kubectl has no flag for a `resourceVersion` precondition: it is not
     * checked here.
     */
    deleteOnce(ref) {
        // `--` before the name (connection flags come first): a name is never
        // read as a flag such as `--all`.
        return this.runOnce([
            'delete',
            ref.kind.toLowerCase(),
            ...(ref.namespace ? ['--namespace', ref.namespace] : []),
            '--ignore-not-found',
            '--',
            ref.name
        ]);
    }
    /** `kubectl get --raw /readyz`, with retries: whether the API server is there and ready. */
    readyz() {
        return this.run(['get', '--raw', '/readyz']);
    }
    /** Like `run`, but a non-zero exit throws a ToolError naming the command. */
    async runOk(args, input) {
        const result = await this.run(args, input);
        if (result.exitCode !== 0)
            throw this.toolError(args, result);
        return result;
    }
    /** The live state of the given objects (with managedFields if asked); missing ones are left out. */
    async get(refs, managedFields = false) {
        if (refs.length === 0)
            return [];
        if (!this.pool)
            return this.getNow(refs, managedFields);
        return this.pool.submit(`get:${managedFields}`, refs, (requests) => this.mergedGet(requests, managedFields), this.onRetry);
    }
    /** One `kubectl get` of every object (kubectl has no paged LIST of a set of objects). */
    async readLive(refs, visit) {
        for (const object of await this.get(refs, true))
            visit(object);
    }
    /** One `kubectl get` for several requests; see call-pool.ts. */
    async mergedGet(requests, managedFields) {
        try {
            const live = await this.unpooled(fanOut(requests)).getNow(requests.flatMap((r) => r.items), managedFields);
            // By the reference each object stands for: one asked for without a
            // namespace comes back in the context's (requestedKeys).
            const standsFor = (0,kube_objects/* requestedKeys */.ry)(requests.flatMap((r) => r.items));
            const byKey = new Map();
            for (const o of live) {
                const key = standsFor((0,kube_objects/* refOf */.H8)(o));
                if (key !== undefined && !byKey.has(key))
                    byKey.set(key, o);
            }
            return requests.map((r) => r.items.flatMap((ref) => {
                const o = byKey.get((0,kube_objects/* refKey */.XF)(ref));
                return o ? [o] : [];
            }));
        }
        catch (error) {
            // Retries already ran out on a cluster that is away: asking again per
            // request would only multiply the wait.
            if (error instanceof errors/* ToolError */.v4 && (0,retry/* isTransient */.dg)({ stderr: error.stderr }))
                return requests.map(() => error);
            // Which request made it fail? Each alone tells; one at a time keeps
            // the pool's process bound.
            const answers = [];
            for (const r of requests) {
                answers.push(await this.unpooled(r.onRetry)
                    .getNow(r.items, managedFields)
                    .catch(asError));
            }
            return answers;
        }
    }
    async getNow(refs, managedFields) {
        const result = await this.runOk([
            'get',
            '-f',
            '-',
            '-o',
            'json',
            '--ignore-not-found',
            // Only conflict attribution needs them; they triple the output.
            ...(managedFields ? ['--show-managed-fields'] : [])
        ], (0,kube_objects/* listDocument */.Yj)(refs.map(kube_objects/* stubOf */._g)));
        return result.stdout.trim() === '' ? [] : (0,kube_objects/* parseKubectlJson */.Qb)(result.stdout);
    }
    /**
     * Server-side applies `objects` in one process, in the order given, and
     * resolves with what the API server returned. A failure resolves too
     * (`result.exitCode`), because kubectl goes on after a failed object and
     * the caller must tell which objects did land.
     */
    async apply(objects, options) {
        if (!this.pool || objects.length === 0)
            return this.applyNow(objects, options);
        return this.pool.submit(`apply:${options.force}:${options.dryRun === true}`, objects, (requests) => this.mergedApply(requests, options), this.onRetry);
    }
    /**
     * One `kubectl apply` for several requests. On failure each request is
     * applied again alone, so its result and stderr are its own.
     */
    async mergedApply(requests, options) {
        const all = requests.flatMap((r) => r.items);
        const merged = await this.unpooled(fanOut(requests)).applyNow(all, options);
        if (merged.result.exitCode === 0) {
            const result = { ...merged.result, stdout: '' };
            // kubectl prints what it applied in input order; match by position
            // when nothing is missing, by name otherwise.
            if (merged.applied.length === all.length) {
                let at = 0;
                return requests.map((r) => {
                    const applied = merged.applied.slice(at, at + r.items.length);
                    at += r.items.length;
                    return { result, applied };
                });
            }
            const byKey = new Map(merged.applied.map((o) => [(0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(o)), o]));
            return requests.map((r) => ({
                result,
                applied: r.items.flatMap((o) => {
                    const live = byKey.get((0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(o)));
                    return live ? [live] : [];
                })
            }));
        }
        // Out of retries on a transient failure: every request shares it.
        if ((0,retry/* isTransient */.dg)(merged.result))
            return requests.map(() => merged);
        const answers = [];
        for (const r of requests) {
            answers.push(await this.unpooled(r.onRetry).applyNow(r.items, options).catch(asError));
        }
        return answers;
    }
    async applyNow(objects, options) {
        const args = [
            'apply',
            '--server-side',
            `--field-manager=${cluster_client/* fieldManager */.w}`,
            ...(options.force ? ['--force-conflicts'] : []),
            ...(options.dryRun ? ['--dry-run=server'] : []),
            '-f',
            '-',
            '-o',
            'json'
        ];
        const result = await this.run(args, (0,kube_objects/* listDocument */.Yj)(objects));
        let applied = [];
        try {
            applied = (0,kube_objects/* parseKubectlJson */.Qb)(result.stdout);
        }
        catch {
            // Output cut short by a failure: nothing we can attribute; the exit
            // code and stderr still say what happened.
        }
        return { result, applied };
    }
    /** Waits until the named CRDs are Established (their CRs can be applied). */
    async waitEstablished(names, timeoutMs) {
        if (names.length === 0)
            return;
        await this.runOk([
            'wait',
            '--for=condition=Established',
            `--timeout=${Math.ceil(timeoutMs / 1000)}s`,
            '--',
            ...names.map((n) => `customresourcedefinition/${n}`)
        ]);
    }
    /**
     * Deletes the objects (missing ones are fine) and waits for them to go,
     * in order, in batches of `deleteBatchSize`: one process for all of
     * them would run out of its time on its own rate limit. The first batch
     * that fails stops the rest.
     */
    async delete(refs, timeoutMs) {
        const size = deleteBatchSize(timeoutMs, this.config.callTimeoutMs);
        for (let start = 0; start < refs.length; start += size) {
            await this.runOk([
                'delete',
                '-f',
                '-',
                '--ignore-not-found',
                '--wait=true',
                `--timeout=${Math.ceil(timeoutMs / 1000)}s`
            ], (0,kube_objects/* listDocument */.Yj)(refs.slice(start, start + size).map(kube_objects/* stubOf */._g)));
        }
    }
    async listSelected(ref, labelSelector) {
        const group = (0,kube_objects/* groupOf */.F8)(ref.apiVersion);
        const args = [
            'get',
            group === '' ? ref.kind : `${ref.kind}.${group}`,
            ...(ref.namespace ? ['--namespace', ref.namespace] : []),
            '--selector',
            labelSelector,
            '-o',
            'json'
        ];
        const result = await this.run(args);
        if (result.exitCode !== 0)
            throw this.toolError(args, result);
        return result.stdout.trim() === '' ? [] : (0,kube_objects/* parseKubectlJson */.Qb)(result.stdout);
    }
    /** The last few event messages about one object, newest last. */
    async events(ref, limit = 3) {
        const result = await this.run([
            'get',
            'events',
            ...(ref.namespace ? ['--namespace', ref.namespace] : []),
            '--field-selector',
            `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`,
            '--sort-by=.lastTimestamp',
            '-o',
            'json'
        ]);
        if (result.exitCode !== 0)
            return [];
        return (0,kube_objects/* parseKubectlJson */.Qb)(result.stdout)
            .map((e) => `${String(e.reason)}: ${String(e.message)}`.trim())
            .slice(-limit);
    }
    /**
     * Warning events about Pods in the owner's namespace whose name starts
     * with `<owner>-`, as a Deployment's (through its ReplicaSet), a
     * StatefulSet's, a DaemonSet's and a Job's Pods are named; one message per
     * text (every Pod of a rollout that cannot be scheduled says the same).
     */
    async podWarnings(owner, limit = 2) {
        const result = await this.run([
            'get',
            'events',
            ...(owner.namespace ? ['--namespace', owner.namespace] : []),
            '--field-selector',
            'involvedObject.kind=Pod,type=Warning',
            '--sort-by=.lastTimestamp',
            '-o',
            'json'
        ]);
        if (result.exitCode !== 0)
            return [];
        const prefix = `${owner.name}-`;
        const messages = (0,kube_objects/* parseKubectlJson */.Qb)(result.stdout)
            .filter((e) => involvedName(e).startsWith(prefix))
            .map((e) => `${String(e.reason)}: ${String(e.message)}`.trim());
        // The newest occurrence of each text decides its place.
        const newestLast = [...new Set(messages.reverse())].reverse();
        return newestLast.slice(-limit);
    }
    /** One `kubectl diff --server-side` over all of `objects`. */
    async diffServerSide(objects) {
        const result = await this.run([
            'diff',
            '--server-side',
            `--field-manager=${cluster_client/* fieldManager */.w}`,
            '--force-conflicts',
            '-f',
            '-'
        ], (0,kube_objects/* listDocument */.Yj)(objects));
        // kubectl diff: 0 = no differences, 1 = differences, > 1 = error.
        if (result.exitCode > 1) {
            return {
                drifted: [],
                error: (0,errors/* trimOutput */.KY)(result.stderr, 3) || `kubectl diff exit ${result.exitCode}`
            };
        }
        const names = [
            ...result.stdout.matchAll(/^diff -u -N \S*\/LIVE-\d+\/(\S+)/gm)
        ];
        return { drifted: [...new Set(names.map((m) => m[1] ?? ''))] };
    }
    /** A ToolError for a failed call; the command shown omits connection flags. */
    toolError(args, result) {
        const command = `kubectl ${args.join(' ')}`;
        const why = result.timedOut
            ? `timed out after ${this.config.callTimeoutMs / 1000}s`
            : `exit code ${result.exitCode}`;
        return new errors/* ToolError */.v4(`${command} failed (${why}): ${(0,errors/* trimOutput */.KY)(result.stderr) || 'no output'}`, command, result.exitCode, (0,errors/* trimOutput */.KY)(result.stderr));
    }
    connectionArgs() {
        return [
            ...(this.config.kubeconfig
                ? [`--kubeconfig=${this.config.kubeconfig}`]
                : []),
            ...(this.config.context ? [`--context=${this.config.context}`] : [])
        ];
    }
}
/**
 * kubectl's client-side rate limit: client-go's defaults (rest.DefaultQPS
 * and DefaultBurst), which kubectl raises for discovery only.
 */
const kubectlQps = 5;
/**
 * Rate-limited requests `kubectl delete --wait` may spend per object,
 * counted high: the DELETE, then the wait's reads of it.
 */
const requestsPerDelete = 3;
/**
 * Objects one `kubectl delete --wait` process is given: as many as its
 * requests let it delete and see go within half of its time (the shorter
 * of the wait's timeout and the process's), leaving the other half for
 * objects that take a while to go (finalizers).
 */
function deleteBatchSize(timeoutMs, callTimeoutMs) {
    const seconds = Math.min(timeoutMs, callTimeoutMs) / 1000;
    return Math.max(1, Math.floor((seconds * kubectlQps) / requestsPerDelete / 2));
}
/** A listener that tells every request of a merged call about its retries. */
function fanOut(requests) {
    return (event) => {
        for (const r of requests)
            r.onRetry?.(event);
    };
}
function asError(error) {
    return error instanceof Error ? error : new Error(String(error));
}
/** The name of the object an event is about. */
function involvedName(event) {
    const involved = event.involvedObject;
    if (typeof involved !== 'object' || involved === null)
        return '';
    const name = involved.name;
    return typeof name === 'string' ? name : '';
}

;// CONCATENATED MODULE: ./src/cluster/open-client.ts






/** Opens the client; see the file comment. */
async function openClusterClient(ports, config, options) {
    const opened = await ports.kubeApi?.open((0,connection/* apiTarget */._x)(config));
    if (opened && (0,kube_api/* isOpen */.n)(opened)) {
        return {
            client: clientOverApi(opened, ports, config, options),
            overApi: true,
            close: () => opened.close()
        };
    }
    // Concurrent steps' get/apply calls are merged into at most
    // `concurrency` kubectl processes at a time.
    const pool = new CallPool(defaultCallPoolOptions(options.concurrency));
    return {
        client: new KubectlClient(ports.exec, ports.clock, config, options.onRetry, options.signal, pool),
        overApi: false,
        close: async () => { },
        ...(opened ? { unavailable: opened.unavailable } : {})
    };
}
function clientOverApi(transport, ports, config, options) {
    // For what the channel does not carry: one process per call.
    const processes = new KubectlClient(ports.exec, ports.clock, config, options.onRetry, options.signal);
    const api = new KubeApi(transport, ports.clock, config.retry, 
    // A transport that read the kubeconfig knows the namespace; else
    // kubectl is asked, and only when needed.
    () => transport.namespace !== undefined
        ? Promise.resolve(transport.namespace)
        : processes.contextNamespace(), inFlightFor(options.concurrency));
    return new ApiClusterClient(api, processes, options.onRetry, options.signal);
}


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ listField),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   Qb: () => (/* binding */ recordField),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Type guards for parsed YAML. Parsed data is `unknown` until a guard (or
 * the schema) says otherwise; these are the only narrowing helpers, so no
 * code needs an unchecked `as` on user input.
 */
/** A YAML mapping parsed to a plain object. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The string at `key`, or undefined when absent or not a string. */
function stringField(value, key) {
    const field = value[key];
    return typeof field === 'string' ? field : undefined;
}
/** The list at `key`, or an empty list when absent or not a list. */
function listField(value, key) {
    const field = value[key];
    return Array.isArray(field) ? field : [];
}
/** The mapping at `key`, or undefined. */
function recordField(value, key) {
    const field = value[key];
    return isRecord(field) ? field : undefined;
}


/***/ }),

/***/ 9089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ forceHint),
/* harmony export */   W: () => (/* binding */ immutableFieldText)
/* harmony export */ });
/** How to take the fields back, for this step's kind of entry. */
function forceHint(step) {
    if (step.manifest.origin?.type === 'raw') {
        const file = step.manifest.origin.file ?? `${step.name}.yaml`;
        return `to take ownership, move ${file} out of the included folder or glob and declare it as its own entry with \`from_file\` and \`force: true\` (an include item cannot carry \`force\`)`;
    }
    return `set force: true on manifest ${step.name} to take ownership`;
}
// `spec.template: Invalid value: core.PodTemplateSpec{…}: field is immutable`
const immutableField = /([A-Za-z][\w.[\]-]*): Invalid value: /g;
/**
 * The server's refusal of a change to an immutable field, shortened to the
 * fields and what to do; undefined for any other failure.
 */
function immutableFieldText(text) {
    if (!text.includes('field is immutable'))
        return undefined;
    const fields = [
        ...new Set([...text.matchAll(immutableField)].map((m) => m[1]))
    ];
    const which = fields.length > 0 ? fields.join(', ') : 'a field';
    return `${which} cannot be changed on an existing object (the API server refuses: field is immutable); delete the object (\`kubectl delete\`) and sync again, or give it a new name`;
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
const managerLine = /conflicts? with "([^"]+)"(?: with subresource "([^"]+)")?(?: using ([^\s:]+))?:\s*(\S.*)?$/;
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
                current = {
                    manager: m[1] ?? '',
                    ...(m[2] ? { subresource: m[2] } : {}),
                    apiVersion: m[3] ?? '',
                    fields: []
                };
                conflicts.push(current);
                if (m[4])
                    current.fields.push(m[4].trim());
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
        managedBy(object, conflict).some((fieldsV1) => conflict.fields.every((f) => ownsPath(fieldsV1, fieldSegments(f)))));
}
function managedBy(object, conflict) {
    const metadata = object.metadata;
    const entries = Array.isArray(metadata?.managedFields)
        ? metadata.managedFields
        : [];
    return entries
        .filter((e) => e.manager === conflict.manager &&
        (e.subresource ?? '') === (conflict.subresource ?? ''))
        .map((e) => e.fieldsV1);
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
    const through = conflict.subresource
        ? ` (through the ${conflict.subresource} subresource)`
        : '';
    return `field manager "${conflict.manager}"${through} owns ${conflict.fields.join(', ')}`;
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

/***/ 1147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xu: () => (/* binding */ addonDigest)
/* harmony export */ });
/* unused harmony export digestOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Content digests of plan steps. The inventory records one per step, and a
 * sync re-applies only steps whose digest changed, so the digest must cover
 * everything that decides what a step does and nothing else: not its position
 * in the plan, not the file it was written in, not the key order of its YAML.
 */

/**
 * JSON with object keys sorted at every level and `undefined` members left
 * out, so equal values give equal text on every machine and Node version.
 * Array order is kept: it is meaningful (containers, args, rules).
 * Built by appending to one string, with no per-level arrays: every step's
 * digest walks every object of the definition, and those short-lived
 * arrays were most of a large plan's garbage.
 */
function canonicalJson(value) {
    if (typeof value === 'string')
        return quoted(value);
    if (value === null || typeof value !== 'object') {
        // JSON.stringify(undefined) is undefined; inside arrays it means null.
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                text += ',';
            text += canonicalJson(value[i]);
        }
        return `${text}]`;
    }
    const record = value;
    const keys = Object.keys(record);
    if (keys.length > 1)
        keys.sort();
    let text = '{';
    for (const key of keys) {
        const member = record[key];
        if (member === undefined)
            continue;
        if (text.length > 1)
            text += ',';
        text += quoted(key) + ':' + canonicalJson(member);
    }
    return `${text}}`;
}
/**
 * Characters JSON.stringify never escapes. Most keys and values of a
 * manifest (names, labels, kinds, image references) hold only these, and
 * quoting them directly is cheaper than a JSON.stringify call per string,
 * which every plan makes for every key and string of every object.
 */
const plainText = /^[\w .:/-]*$/;
/** `text` as a JSON string literal, exactly as JSON.stringify writes it. */
function quoted(text) {
    return plainText.test(text) ? `"${text}"` : JSON.stringify(text);
}
/** `sha256:<hex>` of the canonical JSON of a value. */
function digestOf(value) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(value), 'utf8');
    return `sha256:${hash.digest('hex')}`;
}
/**
 * The digest of a manifest step: its objects in apply order (bodies after
 * variable substitution, plus the namespace each lands in), the default
 * namespace, `force` and the encrypted paths. The manifest's name and file
 * are left out: renaming or moving a file does not change the cluster.
 * Secret variables enter only through their scrypt digest, with their
 * references left as written in the bodies (validate/secret-substitution.ts);
 * `undefined` members drop out, so other steps keep their digests.
 */
function manifestDigest(manifest, objects) {
    return digestOf({
        kind: 'manifest',
        namespace: manifest.namespace,
        force: manifest.force,
        encryptedPaths: manifest.encryptedPaths,
        objects: objects.map((o) => ({
            namespace: o.namespace,
            body: o.object.digestBody ?? o.object.body
        })),
        secretVariables: manifest.secretDigest
    });
}
/**
 * The digest of an add-on step: release name and namespace, chart source,
 * name and version (and a chart folder's files), and the values. Credentials are left out on purpose:
 * rotating a pull secret does not change what gets installed. Secret
 * variables in the values enter as for manifests.
 */
function addonDigest(addon, namespace) {
    return digestOf({
        kind: 'addon',
        release: addon.name,
        namespace,
        chart: {
            type: addon.chart.type,
            location: addon.chart.location,
            name: addon.chartName,
            version: addon.chartVersion,
            // A chart folder's files: absent (and so left out) for other charts.
            files: addon.chart.folderDigest
        },
        values: addon.digestValues ?? addon.values,
        secretVariables: addon.secretDigest
    });
}


/***/ }),

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ builtInRank),
/* harmony export */   KH: () => (/* binding */ groupKind),
/* harmony export */   LE: () => (/* binding */ isBuiltInGroup),
/* harmony export */   Ub: () => (/* binding */ builtInKindSpelling),
/* harmony export */   Z4: () => (/* binding */ objectNamespace),
/* harmony export */   Z6: () => (/* binding */ isClusterScoped),
/* harmony export */   fp: () => (/* binding */ orderObjects),
/* harmony export */   oI: () => (/* binding */ apiGroup)
/* harmony export */ });
/* unused harmony exports kindRank, formatSubject */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4851);
/**
 * The order objects are applied in inside one manifest step, and the names
 * the rest of the product uses for them (subjects, API groups).
 *
 * The order follows fluxcd/pkg `ssa/sort.go` and Helm's install order: what
 * other objects need (Namespaces, quotas, storage classes, CRDs, RBAC,
 * configuration) comes before the workloads that use it.
 */

/** Built-in kinds, in the order they are applied. */
const builtInOrder = [
    'Namespace',
    'ResourceQuota',
    'LimitRange',
    'StorageClass',
    'CustomResourceDefinition',
    'PriorityClass',
    'ServiceAccount',
    'PodSecurityPolicy',
    'Role',
    'ClusterRole',
    'RoleBinding',
    'ClusterRoleBinding',
    'ConfigMap',
    'Secret',
    'Endpoints',
    'EndpointSlice',
    'Service',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'RuntimeClass',
    'IngressClass',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'HorizontalPodAutoscaler',
    'Ingress',
    'APIService'
];
/**
 * Admission webhooks go after everything else, custom resources included: a
 * webhook registered before its backend Service has endpoints rejects the
 * objects applied after it (Flux and Helm put them last for this reason).
 */
const webhookKinds = [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding'
];
const rankByKind = new Map([
    ...builtInOrder.map((kind, i) => [kind, i]),
    ...webhookKinds.map((kind, i) => [
        kind,
        builtInOrder.length + 1 + i
    ])
]);
const spellingByLowerCase = new Map([...rankByKind.keys()].map((kind) => [
    kind.toLowerCase(),
    kind
]));
/**
 * How one of Kubernetes' own kinds is spelled, for a kind written in
 * another case (`configmap`); undefined for a kind not among them.
 */
function builtInKindSpelling(kind) {
    return spellingByLowerCase.get(kind.toLowerCase());
}
/** Unknown kinds (custom resources) sit between the built-ins and webhooks. */
const customRank = builtInOrder.length;
/**
 * Built-in kinds without a namespace. A manifest's `namespace:` is copied onto
 * objects that name none, so the plan drops it again for these kinds to keep
 * subjects (`ClusterRole/admin`, not `ClusterRole/shop/admin`) honest.
 */
const clusterScopedKinds = new Set([
    'Namespace',
    'Node',
    'PersistentVolume',
    'StorageClass',
    'CustomResourceDefinition',
    'PriorityClass',
    'PodSecurityPolicy',
    'ClusterRole',
    'ClusterRoleBinding',
    'RuntimeClass',
    'IngressClass',
    'APIService',
    'CSIDriver',
    'CSINode',
    'VolumeAttachment',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'FlowSchema',
    'PriorityLevelConfiguration'
]);
/**
 * True for Kubernetes' own API groups: the core group, groups without a dot
 * (`apps`, `batch`) and `*.k8s.io`. Only these get the built-in rank, so a
 * custom `Service` (Knative's `serving.knative.dev`) sorts as a custom kind.
 */
function isBuiltInGroup(group) {
    return !group.includes('.') || group.endsWith('.k8s.io');
}
/**
 * The place of one of Kubernetes' own kinds in the apply order; undefined
 * for custom and unknown kinds, which share one place (`kindRank`).
 */
function builtInRank(group, kind) {
    return isBuiltInGroup(group) ? rankByKind.get(kind) : undefined;
}
/** The position of a kind in the apply order; lower applies first. */
function kindRank(group, kind) {
    return builtInRank(group, kind) ?? customRank;
}
/** The API group of an `apiVersion`: `''` for `v1`, `apps` for `apps/v1`. */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** `group/Kind`, or `Kind` for the core group: how CRDs and CRs are matched. */
function groupKind(group, kind) {
    return group === '' ? kind : `${group}/${kind}`;
}
/**
 * True for kinds known to be cluster-scoped: the built-ins above, plus custom
 * kinds the caller knows from a CRD with `scope: Cluster` (as `group/Kind`).
 */
function isClusterScoped(group, kind, clusterScopedCustom = new Set()) {
    if (isBuiltInGroup(group) && clusterScopedKinds.has(kind))
        return true;
    return clusterScopedCustom.has(groupKind(group, kind));
}
/** The namespace an object lands in, or undefined for cluster-scoped kinds. */
function objectNamespace(object, fallback, clusterScopedCustom) {
    const group = apiGroup(object.apiVersion);
    if (isClusterScoped(group, object.kind, clusterScopedCustom))
        return undefined;
    return object.namespace ?? fallback;
}
/** The ChangeSet subject: `Kind/namespace/name`, or `Kind/name` without a namespace. */
function formatSubject(kind, name, namespace) {
    return namespace === undefined || namespace === ''
        ? `${kind}/${name}`
        : `${kind}/${namespace}/${name}`;
}
/**
 * The objects of one manifest step in apply order: kind rank, then (for
 * custom resources) group and kind, then namespace, then name. The sort is
 * total, so the written order never leaks into the result.
 */
function orderObjects(objects, defaultNamespace, clusterScopedCustom) {
    const planned = objects.map((object) => {
        const group = apiGroup(object.apiVersion);
        const namespace = objectNamespace(object, defaultNamespace, clusterScopedCustom);
        return {
            rank: kindRank(group, object.kind),
            namespace: namespace ?? '',
            entry: {
                subject: formatSubject(object.kind, object.name, namespace),
                group,
                ...(namespace === undefined ? {} : { namespace }),
                object
            }
        };
    });
    planned.sort((a, b) => a.rank - b.rank ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.group, b.entry.group) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.object.kind, b.entry.object.kind) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.namespace, b.namespace) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.object.name, b.entry.object.name) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.object.apiVersion, b.entry.object.apiVersion));
    return planned.map((p) => p.entry);
}


/***/ }),

/***/ 8642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ pathName),
/* harmony export */   Qr: () => (/* binding */ sameObject),
/* harmony export */   pM: () => (/* binding */ maskedValue),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   wc: () => (/* binding */ diffObjects)
/* harmony export */ });
/* unused harmony export normalizeObject */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1147);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
/**
 * Comparing a live object with what a server-side dry-run says it would
 * become, and describing the difference without leaking Secret values.
 * Pure, so the live preview's classification is tested without a cluster.
 */


/**
 * Metadata the API server owns: it changes on every write (or differs
 * between a dry-run and the stored object) without the user changing
 * anything, so comparing it would call every object "configured".
 */
const serverMetadata = [
    'managedFields',
    'resourceVersion',
    'generation',
    'uid',
    'creationTimestamp',
    'selfLink'
];
/** Client-side apply's copy of the whole object; not part of the desired state. */
const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';
/** What the preview shows in place of a Secret's `data`/`stringData` values. */
const maskedValue = '(sensitive value)';
/** A copy without `status` and server-owned metadata, for comparison. */
function normalizeObject(object) {
    const copy = { ...object };
    delete copy.status;
    if (!isRecord(object.metadata))
        return copy;
    const meta = { ...object.metadata };
    for (const key of serverMetadata)
        delete meta[key];
    if (isRecord(meta.annotations) && lastApplied in meta.annotations) {
        const annotations = { ...meta.annotations };
        delete annotations[lastApplied];
        if (Object.keys(annotations).length > 0)
            meta.annotations = annotations;
        else
            delete meta.annotations;
    }
    copy.metadata = meta;
    return copy;
}
/** True when both objects are the same after normalization. */
function sameObject(live, desired) {
    return ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(normalizeObject(live)) ===
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(normalizeObject(desired)));
}
/**
 * Change lines between two normalized objects: `+ path: value` (added),
 * `- path` (removed), `~ path: old → new` (changed), sorted by path. Lists
 * of named items are compared item by item (`containers[name=app].image`,
 * a name that is not plain JSON-quoted and cut), with a line
 * `~ path: order changed: [old] → [new]` when their order changes; other
 * arrays are compared whole. Values under a top-level key named in `mask` (a
 * Secret's `data` and `stringData`, an add-on's values) are replaced by
 * `(sensitive value)`, so the diff says what changed but never what it is.
 */
function diffObjects(live, desired, options = {}) {
    const lines = [];
    const masked = (path) => path[0] !== undefined && (options.mask?.includes(path[0]) ?? false);
    const show = (path, value) => {
        if (masked(path))
            return maskedValue;
        const text = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value);
        const max = options.maxValueLength ?? 80;
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    };
    // `path` holds the keys (its first is what `mask` names); `at` is the
    // path as shown, with named list items as `[name=…]`.
    const walk = (a, b, path, at) => {
        const key = (k) => {
            // Keys come from YAML too (a ConfigMap's data, an add-on's values).
            const shown = _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh.test(k) ? k : pathName(k);
            return at === '' ? shown : `${at}.${shown}`;
        };
        if (isRecord(a) && isRecord(b)) {
            const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
            for (const k of keys)
                walk(a[k], b[k], [...path, k], key(k));
            return;
        }
        const before = namedItems(a);
        const after = namedItems(b);
        if (before && after) {
            // Containers, env, ports, volumes: by name, as Kubernetes merges
            // them, so a reviewer sees the one field that changed rather than
            // two copies of the list cut at the same place.
            if (orderChanged([...before.keys()], [...after.keys()])) {
                // Order matters to Kubernetes (an env var's `$(VAR)` sees only
                // those before it), and no item line would show it.
                lines.push(masked(path)
                    ? `~ ${at}: order changed`
                    : `~ ${at}: order changed: ${show(path, [...before.keys()])} → ${show(path, [...after.keys()])}`);
            }
            const names = [...new Set([...before.keys(), ...after.keys()])].sort();
            for (const name of names) {
                const item = `${at}[name=${pathName(name)}]`;
                walk(before.get(name), after.get(name), path, item);
            }
            return;
        }
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(a) === (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(b))
            return;
        if (a === undefined)
            lines.push(`+ ${at}: ${show(path, b)}`);
        else if (b === undefined)
            lines.push(`- ${at}`);
        else
            lines.push(`~ ${at}: ${show(path, a)} → ${show(path, b)}`);
    };
    walk(normalizeObject(live), normalizeObject(desired), [], '');
    return lines;
}
/**
 * Whether `after` orders its items otherwise than `before` would with its
 * removed items dropped and the new ones appended: appending keeps every
 * item where it was, inserting or reordering does not.
 */
function orderChanged(before, after) {
    const kept = new Set(after);
    const expected = before.filter((name) => kept.has(name));
    const known = new Set(before);
    expected.push(...after.filter((name) => !known.has(name)));
    return expected.some((name, i) => after[i] !== name);
}
/**
 * An item's name as a path shows it: as it is when plain, else as a JSON
 * string cut to `maxNameLength` (redact.ts's shownPart), so that a newline, a backtick or a `]`
 * in a name can neither split the line nor end the path early.
 */
function pathName(name) {
    if (_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh.test(name) && name.length <= _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .maxNameLength */ .ws)
        return name;
    const part = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .shownPart */ .JV)(name);
    return JSON.stringify(part === name ? name : `${part}…`);
}
/**
 * The items of a list by `name` when every item is an object with a
 * distinct string name; undefined for any other value.
 */
function namedItems(value) {
    if (!Array.isArray(value))
        return undefined;
    const items = new Map();
    for (const item of value) {
        if (!isRecord(item) || typeof item.name !== 'string')
            return undefined;
        if (items.has(item.name))
            return undefined;
        items.set(item.name, item);
    }
    return items;
}
/** True for plain JSON objects (not arrays, not null). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 5861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stepHoldsSecrets),
/* harmony export */   v: () => (/* binding */ valuesHoldSecrets)
/* harmony export */ });
/* harmony import */ var _sops_sops_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6336);

/**
 * True when an add-on's values hold secrets (SOPS-encrypted, or using a
 * secret variable): a chart may render them into any field of any object.
 */
function valuesHoldSecrets(addon) {
    return (0,_sops_sops_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .isEncryptedValues */ .No)(addon.values) || addon.secretDigest !== undefined;
}
/** True when the step's objects or release may hold a secret from its inputs. */
function stepHoldsSecrets(step) {
    return step.kind === 'addon'
        ? valuesHoldSecrets(step.addon)
        : (0,_sops_sops_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .isEncryptedManifest */ .yF)(step) || step.manifest.secretDigest !== undefined;
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

/***/ 3283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ defaultPreviewOptions),
/* harmony export */   qI: () => (/* binding */ runTool),
/* harmony export */   sQ: () => (/* binding */ checkReachable),
/* harmony export */   uZ: () => (/* binding */ heldSecretsOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cluster_helm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2252);
/* harmony import */ var _state_held_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9510);
/**
 * How the live preview runs kubectl and helm: the options every preview
 * call shares, and the one place that turns "cannot reach the API server"
 * into UnreachableError (CLI exit code 3).
 */



/** What `options` says the cluster holds secrets in (none when it cannot say). */
async function heldSecretsOf(options) {
    return options.heldSecrets ? options.heldSecrets() : _state_held_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .noneHeld */ .yU;
}
/** Four steps at a time, two minutes per call. */
function defaultPreviewOptions(exec) {
    return { exec, concurrency: 4, timeoutMs: 120_000 };
}
/** Throws UnreachableError when `stderr` says the API server cannot be reached. */
function checkReachable(options, stderr, timedOut = false) {
    if (timedOut || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .saysUnreachable */ .$3)(stderr)) {
        const where = options.context ? ` (context ${options.context})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreachableError */ .Jk(`the cluster${where} cannot be reached: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(stderr, 2) || 'the call timed out'}`);
    }
}
/** Runs kubectl or helm; throws UnreachableError when the API server cannot be reached. */
async function runTool(options, command, args, input) {
    const result = await options.exec.run(command, args, {
        timeoutMs: options.timeoutMs,
        // helm's connection variables (kubectl reads none of them).
        env: { ..._cluster_helm_js__WEBPACK_IMPORTED_MODULE_1__/* .helmConnectionEnv */ .uC },
        ...(input === undefined ? {} : { input })
    });
    if (result.timedOut || result.exitCode !== 0)
        checkReachable(options, result.stderr || `${command} timed out`, result.timedOut);
    return result;
}


/***/ }),

/***/ 5096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ compareRelease),
  d: () => (/* binding */ previewAddonStep)
});

// EXTERNAL MODULE: ./src/cluster/helm-logins.ts
var helm_logins = __webpack_require__(51);
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
 * proposed chart and values render (`helm upgrade --dry-run=client -o
 * json`: the same chart arguments and values a sync sends, nothing
 * persisted). Objects that stay the same are left out; Secret values are
 * masked.
 *
 * A pull request writes the chart a plan renders, and the plan's output is
 * public: so the render never reads the cluster for the chart (`client`,
 * where helm's `lookup` finds nothing; `server` let a template read any
 * Secret and print it in a `fail` message), and when the values hold
 * secrets a failed render's message is not quoted (a template can print a
 * value in any form, which no masking recognises).
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
        proposedObjects(step, values, options, hideValues)
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
/** What `helm upgrade --dry-run=client` renders for the add-on. */
async function proposedObjects(step, values, options, valuesHoldSecrets) {
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
        : { chart: (0,helm/* chartArgs */.UQ)(request) };
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
        '--dry-run=client',
        '-o',
        'json',
        '--',
        addon.name,
        chart ?? ''
    ], JSON.stringify(values));
    if (result.exitCode !== 0) {
        throw new release_objects/* ReleaseReadError */.qq(`helm upgrade --dry-run=client failed (exit ${result.exitCode}): ${valuesHoldSecrets
            ? "helm's message is not shown: the add-on's values hold secrets, which a template can print in any form; render the chart with them where the output stays private (helm template)"
            : (0,errors/* trimOutput */.KY)(result.stderr, 3)}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new release_objects/* ReleaseReadError */.qq('helm upgrade --dry-run=client printed something that is not JSON');
    }
    const manifest = (0,object_diff/* isRecord */.u4)(parsed) ? parsed.manifest : undefined;
    if (typeof manifest !== 'string') {
        throw new release_objects/* ReleaseReadError */.qq('helm upgrade --dry-run=client printed no manifest');
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
;// CONCATENATED MODULE: ./src/preview/version-range.ts
/**
 * Whether a chart version is one a version range allows, as helm reads
 * `--version` ranges (Masterminds semver constraints, which follow npm's
 * rules): `||` between alternatives, `,` or spaces between terms that must
 * all hold, `a - b`, the operators `= != > >= < <= ~ ~> ^`, partial
 * versions and `x`/`*` wildcards. A pre-release passes a term only when the
 * term's own version is a pre-release (each term judged on its own, as
 * Masterminds does: `>=1.0.0-0` allows `1.5.0-rc.1`, `>=1.2.3-beta <1.2.4`
 * does not allow `1.2.3-rc`). A drift check asks this of
 * the version helm deployed: a release moved out of its range by hand is
 * drift. A range (or version) this reader does not follow counts as
 * allowing every version, so no drift is claimed that helm would not see.
 */
/** See the file comment. */
function versionInRange(version, range) {
    const deployed = parseVersion(version);
    const alternatives = parseRange(range);
    if (!deployed || !alternatives)
        return true;
    return alternatives.some((all) => allows(all, deployed));
}
function allows(all, version) {
    return all.every((c) => c.holds(version));
}
/** One term's comparators as one, with the pre-release rule (file comment). */
function term(written, comparators) {
    const allowsPre = written.pre.length > 0;
    return {
        holds: (v) => (v.pre.length === 0 || allowsPre) && comparators.every((c) => c.holds(v))
    };
}
const versionToken = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function parseVersion(text) {
    const partial = parsePartial(text.trim());
    if (!partial || partial.parts.length === 0)
        return undefined;
    return lower(partial);
}
function parsePartial(text) {
    const match = versionToken.exec(text);
    if (!match)
        return undefined;
    const parts = [];
    for (const part of match.slice(1, 4)) {
        if (part === undefined || /^[xX*]$/.test(part))
            break;
        parts.push(Number(part));
    }
    const pre = (match[4] ?? '')
        .split('.')
        .filter((p) => p !== '')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return { parts, pre };
}
/** The alternatives, each a list of comparators; undefined when unreadable. */
function parseRange(range) {
    const alternatives = [];
    for (const group of range.split('||')) {
        const all = [];
        for (const part of group.split(',')) {
            const terms = parseTerms(part);
            if (!terms)
                return undefined;
            all.push(...terms);
        }
        alternatives.push(all);
    }
    return alternatives;
}
const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/;
const termPattern = /\s*(!=|>=|=>|<=|=<|~>|[=<>~^])?\s*([^\s,]+)/y;
function parseTerms(part) {
    const range = hyphen.exec(part);
    if (range) {
        const from = parsePartial(range[1] ?? '');
        const to = parsePartial(range[2] ?? '');
        const low = from && expand('>=', from);
        const high = to && expand('<=', to);
        return from && to && low && high
            ? [term(from, low), term(to, high)]
            : undefined;
    }
    const comparators = [];
    termPattern.lastIndex = 0;
    while (termPattern.lastIndex < part.length) {
        if (part.slice(termPattern.lastIndex).trim() === '')
            break;
        const match = termPattern.exec(part);
        if (!match)
            return undefined;
        const version = parsePartial(match[2] ?? '');
        if (!version)
            return undefined;
        const expanded = expand(match[1] ?? '=', version);
        if (!expanded)
            return undefined;
        comparators.push(term(version, expanded));
    }
    return comparators.length > 0 ? comparators : undefined;
}
/** One term as comparators that must all hold; undefined when it makes no sense. */
function expand(op, v) {
    const n = v.parts.length;
    if (n === 0)
        return op === '=' || op === '>=' ? [] : undefined;
    const from = lower(v);
    const exact = n === 3;
    const [major = 0, minor = 0] = v.parts;
    switch (op) {
        case '=':
            return exact ? [at(from, (c) => c === 0)] : within(from, next(v, n));
        case '!=':
            return exact
                ? [at(from, (c) => c !== 0)]
                : [
                    {
                        holds: (x) => compare(x, from) < 0 || compare(x, next(v, n)) >= 0
                    }
                ];
        case '>':
            return exact ? [at(from, (c) => c > 0)] : [at(next(v, n), (c) => c >= 0)];
        case '>=':
        case '=>':
            return [at(from, (c) => c >= 0)];
        case '<':
            return [at(from, (c) => c < 0)];
        case '<=':
        case '=<':
            return exact ? [at(from, (c) => c <= 0)] : [at(next(v, n), (c) => c < 0)];
        case '~':
        case '~>':
            return within(from, next(v, Math.min(n, 2)));
        case '^':
            if (major > 0 || n === 1)
                return within(from, next(v, 1));
            if (minor > 0 || n === 2)
                return within(from, next(v, 2));
            return within(from, next(v, 3));
        default:
            return undefined;
    }
}
/** A comparison with `version` that holds when `test(compare(x, version))`. */
function at(version, test) {
    return { holds: (x) => test(compare(x, version)) };
}
function within(from, below) {
    return [at(from, (c) => c >= 0), at(below, (c) => c < 0)];
}
/** The partial version with missing parts as 0. */
function lower(v) {
    const [major = 0, minor = 0, patch = 0] = v.parts;
    return { major, minor, patch, pre: v.pre };
}
/** The first release after every version that starts with the first `level` parts. */
function next(v, level) {
    const [major = 0, minor = 0, patch = 0] = v.parts;
    if (level <= 1)
        return { major: major + 1, minor: 0, patch: 0, pre: [] };
    if (level === 2)
        return { major, minor: minor + 1, patch: 0, pre: [] };
    return { major, minor, patch: patch + 1, pre: [] };
}
/** Semantic version precedence (build metadata ignored). */
function compare(a, b) {
    const parts = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (parts !== 0)
        return Math.sign(parts);
    // A release comes after its pre-releases.
    if (a.pre.length === 0 || b.pre.length === 0)
        return Math.sign(b.pre.length - a.pre.length);
    for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return x < y ? -1 : 1;
        if (typeof x === 'number')
            return -1;
        if (typeof y === 'number')
            return 1;
        return x < y ? -1 : 1;
    }
    return Math.sign(a.pre.length - b.pre.length);
}

;// CONCATENATED MODULE: ./src/preview/release-chart.ts
/**
 * Whether a release runs another chart than its add-on names, from helm's
 * `chart` column (`<Chart.yaml name>-<the version helm resolved>`). Only
 * what the definition pins is compared: a chart folder is named by its
 * path, not its Chart.yaml, and its files are compared by the step's
 * inputs and rendered objects; an empty version lets helm choose, so any
 * version it chose is the definition's, and a range any version inside it
 * (a release moved out of it by hand differs). A version written as `v1.2`
 * is helm's `1.2.0`.
 */


/** One version, as a chart's Chart.yaml writes it: no range, no wildcard. */
const exactVersion = /^[vV]?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** Whether `version` is a range (not one version, not empty: helm's choice). */
function isVersionRange(version) {
    const wanted = version.trim();
    return wanted !== '' && !exactVersion.test(wanted);
}
/** How a diff names the chart an add-on wants: `app-1.1.0`, or `app ~1.1` for a range. */
function wantedChart(addon) {
    return isVersionRange(addon.chartVersion)
        ? `${addon.chartName} ${addon.chartVersion.trim()}`
        : `${addon.chartName}-${addon.chartVersion}`;
}
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
    const version = deployed.slice(name.length + 1);
    if (wanted === '')
        return false;
    if (isVersionRange(wanted))
        return !versionInRange(version, wanted);
    return !(0,chart_index/* sameChartVersion */.P6)(version, wanted);
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
        ? await (0,preview_decrypt/* previewDecrypted */.fj)([subject], options, (keys) => (0,decrypt_step/* decryptedAddonValues */.bP)(step, keys), (values) => compareAddon(step, values, options))
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
        if (!(error instanceof release_objects/* ReleaseReadError */.qq))
            throw error;
        return [{ subject, action: 'failed', message: error.message }];
    }
}
/**
 * The rendered objects' entries after the release's own: drift of an
 * unchanged release, the upgrade's effect on a changed one, none for a
 * release to install. A failure to read them is said on the release's
 * entry, which becomes `failed`: the drift is unknown, or the upgrade
 * would fail too (a login refused to the plan, which may hold fewer
 * credentials than the sync, leaves a change `configured`).
 */
async function renderedObjects(step, release, values, options) {
    if (release.action !== 'unchanged' && release.action !== 'configured')
        return [];
    const held = await (0,diff_exec/* heldSecretsOf */.uZ)(options);
    const hideValues = (0,step_secrets/* valuesHoldSecrets */.v)(step.addon) ||
        held.release(step.namespace, step.addon.name);
    try {
        if (release.action === 'unchanged' &&
            step.addon.chart.type === 'path' &&
            options.root !== undefined) {
            // A chart folder's release names no version that would differ: what
            // its files render now is what an upgrade would change.
            const changes = await proposedChanges(step, options, values, hideValues);
            if (changes.length > 0) {
                release.action = 'configured';
                release.message = "the chart folder's files render differently";
                return changes;
            }
        }
        return release.action === 'unchanged'
            ? await (0,release_drift/* releaseDrift */.DB)(step, options, hideValues, held)
            : await proposedChanges(step, options, values, hideValues);
    }
    catch (error) {
        if (!(error instanceof release_objects/* ReleaseReadError */.qq))
            throw error;
        // An upgrade the plan cannot render (a chart version the repository
        // does not have, a template that fails) fails at the sync too; one
        // refused for want of a login may not (the plan's run may hold fewer
        // credentials than the sync's).
        const note = `rendered objects not compared: ${error.message}`;
        release.message =
            release.action === 'configured' && release.message
                ? `${release.message}; ${note}`
                : note;
        if (release.action === 'unchanged' || !(0,helm_logins/* saysRefused */.H_)(error.message))
            release.action = 'failed';
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
    const entry = (await releasesIn(step.namespace, options)).get(step.addon.name);
    const wanted = wantedChart(step.addon);
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
    const chart = entry.chart ?? '';
    if (chartDiffers(chart, step.addon))
        diff.push(`~ chart: ${chart} → ${wanted}${isVersionRange(step.addon.chartVersion) ? ' (outside the range)' : ''}`);
    if ((0,digest/* canonicalJson */.dj)(deployed) !== (0,digest/* canonicalJson */.dj)(values)) {
        // Values often hold passwords: say which paths change, never the values.
        const paths = (0,object_diff/* diffObjects */.wc)({ values: deployed }, { values }, { mask: ['values'] });
        diff.push(...paths);
    }
    const { status } = entry;
    const message = status === 'deployed' ? undefined : `release is ${status}`;
    const action = diff.length === 0 && !message ? 'unchanged' : 'configured';
    return {
        subject,
        action,
        ...(diff.length ? { diff } : {}),
        ...(message ? { message } : {})
    };
}
/**
 * Each run's release listings (one per options object, which a preview or
 * a sync's drift reader keeps for its whole run), by namespace.
 */
const listings = new WeakMap();
/**
 * The releases of `namespace`, listed once per run and shared by every
 * add-on in it: one `helm list` per add-on was a helm process each. Every
 * status, as `helm list` without a filter shows only deployed and failed
 * ones (and v4 has no `--all`).
 */
function releasesIn(namespace, options) {
    let byNamespace = listings.get(options);
    if (!byNamespace) {
        byNamespace = new Map();
        listings.set(options, byNamespace);
    }
    let listing = byNamespace.get(namespace);
    if (!listing) {
        listing = (0,diff_exec/* runTool */.qI)(options, (0,release_objects/* helmBinary */.U$)(options), [
            'list',
            ...(0,release_objects/* helmFlags */._c)(options, namespace),
            ...helm_releases/* listEveryReleaseArgs */.A
        ]).then((result) => {
            parseJson(result, 'helm list');
            const releases = (0,helm_releases/* parseReleaseList */.r)(result.stdout.trim() || '[]');
            if (!releases)
                throw new release_objects/* ReleaseReadError */.qq('helm list printed an unexpected shape');
            return releases;
        });
        byNamespace.set(namespace, listing);
        // A failure is this add-on's to report; the next one lists again
        // (in sync --full an unread release is upgraded).
        const listings = byNamespace;
        listing.catch(() => listings.delete(namespace));
    }
    return listing;
}
function parseJson(result, what) {
    const text = result.stdout.trim();
    if (result.exitCode !== 0) {
        throw new release_objects/* ReleaseReadError */.qq(`${what} failed (exit ${result.exitCode}): ${(0,errors/* trimOutput */.KY)(result.stderr, 3)}`);
    }
    try {
        return text === '' ? undefined : JSON.parse(text);
    }
    catch {
        throw new release_objects/* ReleaseReadError */.qq(`${what} printed something that is not JSON`);
    }
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fj: () => (/* binding */ previewDecrypted),
/* harmony export */   n$: () => (/* binding */ noKeyReason)
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
    return { subject, action: 'encrypted', message: noKeyReason(options) };
}
/** Why an encrypted file is not compared: the key sources that failed, else how to give a key. */
function noKeyReason(options) {
    const problems = options.sops?.problems ?? [];
    const message = problems.length
        ? `no age key could be read (${(0,_sops_key_source_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKeyProblems */ .z)(problems)})`
        : `no age key${options.noKeyHint ? ` (${options.noKeyHint})` : ''}`;
    return `encrypted, not compared: ${message}`;
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

/***/ 3169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uv: () => (/* binding */ capLines),
  DB: () => (/* binding */ releaseDrift)
});

// UNUSED EXPORTS: driftedObjects, fieldLine, maxFieldLines

// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
;// CONCATENATED MODULE: ./src/preview/rendered-fields.ts
/**
 * Which fields of a live object drifted from what a Helm release rendered
 * for it (`helm get manifest`), judged by who last set each field
 * (managedFields). Helm v3 writes as the manager `helm` with Update
 * operations (client-side three-way merge), helm v4 as `helm` with Apply
 * (server-side apply); both are read the same way here.
 *
 * A rendered field whose live value differs is drift when nobody owns it
 * any more (removed by hand) or a kubectl manager took it (`kubectl-edit`,
 * `kubectl-patch`, `kubectl-set`, `kubectl`, …: a person's change). It is
 * not drift when:
 * - helm still owns it: helm wrote it last, so the difference is the API
 *   server's normal form (`cpu: 0.5` stored as `500m`);
 * - another manager took it (an HPA's `replicas` through the scale
 *   subresource, an operator): a deliberate co-owner, as with Flux's and
 *   Argo CD's "managed fields managers".
 * Fields the chart never rendered (a controller's annotations, status,
 * defaults) are not looked at. Pure: tested without a cluster.
 */


/** Helm's field manager in v3 and v4. */
const helmManager = 'helm';
/** The rendered fields of `live` that drifted; see the file comment. */
function renderedDrift(rendered, live) {
    const entries = managerEntries(live);
    const found = [];
    const leaf = (path, fpath, want, have) => {
        const owners = entries.filter((e) => owns(e.fields, fpath));
        const kubectl = owners.find((e) => isKubectl(e.manager));
        if (owners.length > 0 && !kubectl)
            return; // helm or a co-owner
        found.push({
            path,
            rendered: want,
            live: have,
            ...(kubectl ? { manager: kubectl.manager } : {})
        });
    };
    const walk = (want, have, path, fpath) => {
        if (want === null || want === undefined)
            return;
        if (Array.isArray(want)) {
            if (want.length === 0 && isEmpty(have))
                return;
            walkList(want, have, path, fpath);
            return;
        }
        if ((0,object_diff/* isRecord */.u4)(want)) {
            const keys = Object.keys(want);
            if (keys.length === 0 && isEmpty(have))
                return;
            if (!(0,object_diff/* isRecord */.u4)(have))
                return leaf(path, fpath, want, have);
            for (const key of keys)
                walk(want[key], have[key], join(path, key), [...fpath, `f:${key}`]);
            return;
        }
        if (!scalarEqual(want, have))
            leaf(path, fpath, want, have);
    };
    const walkList = (want, have, path, fpath) => {
        const keys = listKeys(entries, fpath);
        if (keys.length === 0 || !Array.isArray(have)) {
            // An atomic list (or one nobody tracks by key): compared whole.
            if (!containsAll(want, have))
                leaf(path, fpath, want, have);
            return;
        }
        for (const item of want) {
            const key = keys.find((k) => matchesKey(item, k.id, false));
            const liveItem = key
                ? have.find((h) => matchesKey(h, key.id, true))
                : undefined;
            if (!key || liveItem === undefined) {
                if (!have.some((h) => containsAll(item, h))) {
                    const itemPath = `${path}[${itemName(item, key?.id)}]`;
                    // Judged by who owns the item, not the list: helm keeps owning
                    // the list through its other items after one is deleted by hand.
                    // An item no manager lists is owned by nobody any more.
                    if (key)
                        leaf(itemPath, [...fpath, key.raw], item, undefined);
                    else
                        found.push({ path: itemPath, rendered: item, live: undefined });
                }
                continue;
            }
            if (key.raw.startsWith('v:'))
                continue; // a set item: present is enough
            walk(item, liveItem, `${path}[${itemName(item, key.id)}]`, [
                ...fpath,
                key.raw
            ]);
        }
    };
    const { want, have } = comparable(rendered, live);
    for (const key of Object.keys(want))
        walk(want[key], have[key], key, [`f:${key}`]);
    return found;
}
/**
 * The rendered object without its identity and status, and the live one;
 * a core Secret's rendered `stringData` compared as the `data` it becomes.
 */
function comparable(rendered, live) {
    const want = { ...rendered };
    for (const key of ['apiVersion', 'kind', 'status'])
        delete want[key];
    const metadata = (0,object_diff/* isRecord */.u4)(rendered.metadata) ? { ...rendered.metadata } : {};
    delete metadata.name;
    delete metadata.namespace;
    if (Object.keys(metadata).length > 0)
        want.metadata = metadata;
    else
        delete want.metadata;
    if (rendered.kind === 'Secret' &&
        (0,kube_objects/* groupOf */.F8)(String(rendered.apiVersion)) === '' &&
        (0,object_diff/* isRecord */.u4)(rendered.stringData)) {
        const data = (0,object_diff/* isRecord */.u4)(rendered.data) ? { ...rendered.data } : {};
        for (const [k, v] of Object.entries(rendered.stringData))
            data[k] = Buffer.from(String(v), 'utf8').toString('base64');
        want.data = data;
        delete want.stringData;
    }
    return { want, have: live };
}
function managerEntries(live) {
    const metadata = (0,object_diff/* isRecord */.u4)(live.metadata) ? live.metadata : {};
    const list = Array.isArray(metadata.managedFields)
        ? metadata.managedFields
        : [];
    return list.flatMap((e) => (0,object_diff/* isRecord */.u4)(e) && typeof e.manager === 'string' && (0,object_diff/* isRecord */.u4)(e.fieldsV1)
        ? [{ manager: e.manager, fields: e.fieldsV1 }]
        : []);
}
/** kubectl's managers: `kubectl`, `kubectl-edit`, `kubectl-patch`, … */
function isKubectl(manager) {
    return manager === 'kubectl' || manager.startsWith('kubectl-');
}
/** Whether `fields` owns the field at `fpath` (or an atomic value holding it). */
function owns(fields, fpath) {
    let node = fields;
    for (const key of fpath) {
        const next = node[key];
        if (!(0,object_diff/* isRecord */.u4)(next))
            return false;
        // A leaf on the way: the whole value is owned as one (atomic).
        if (Object.keys(next).length === 0)
            return true;
        node = next;
    }
    return true;
}
/** The item keys (`k:{…}`, `v:…`) any manager records for the list at `fpath`. */
function listKeys(entries, fpath) {
    const keys = new Map();
    for (const entry of entries) {
        let node = entry.fields;
        for (const key of fpath)
            node = (0,object_diff/* isRecord */.u4)(node) ? node[key] : undefined;
        if (!(0,object_diff/* isRecord */.u4)(node))
            continue;
        for (const raw of Object.keys(node)) {
            const id = parseKey(raw);
            if (id)
                keys.set(raw, { raw, id });
        }
    }
    return [...keys.values()];
}
function parseKey(raw) {
    if (!raw.startsWith('k:') && !raw.startsWith('v:'))
        return undefined;
    try {
        const value = JSON.parse(raw.slice(2));
        return raw.startsWith('k:')
            ? (0,object_diff/* isRecord */.u4)(value)
                ? value
                : undefined
            : { '': value };
    }
    catch {
        return undefined;
    }
}
/** An item matches a key when its key fields agree; `strict`: all present. */
function matchesKey(item, id, strict) {
    if ('' in id)
        return scalarEqual(id[''], item); // a set's value
    if (!(0,object_diff/* isRecord */.u4)(item))
        return false;
    return Object.entries(id).every(([name, value]) => name in item ? scalarEqual(value, item[name]) : !strict);
}
/** `name=app`, or the item's position-free JSON when it has no key. */
function itemName(item, id) {
    if (id && !('' in id) && (0,object_diff/* isRecord */.u4)(item)) {
        return Object.keys(id)
            .map((k) => `${k}=${(0,object_diff/* pathName */.Dt)(String(item[k] ?? id[k]))}`)
            .join(',');
    }
    // No manager lists the item (deleted by hand): its name, as Kubernetes
    // keys most lists, rather than its content, which may hold a value.
    if ((0,object_diff/* isRecord */.u4)(item) && typeof item.name === 'string')
        return `name=${(0,object_diff/* pathName */.Dt)(item.name)}`;
    // A set's value (a finalizer) is its own name: quoted and cut as a name
    // is, a form the masking of a secret value knows (printed-forms.ts).
    if (typeof item === 'string')
        return quotedKey(item);
    const text = JSON.stringify(item) ?? '';
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
function join(path, key) {
    return /^[A-Za-z_][\w-]*$/.test(key)
        ? `${path}.${key}`
        : `${path}[${quotedKey(key)}]`;
}
/** A key in double quotes, JSON-escaped and cut when it is not plain. */
function quotedKey(key) {
    const name = (0,object_diff/* pathName */.Dt)(key);
    return name.startsWith('"') ? name : `"${name}"`;
}
function isEmpty(value) {
    if (value === undefined || value === null)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return (0,object_diff/* isRecord */.u4)(value) && Object.keys(value).length === 0;
}
/** Every value the rendered one sets is in the live value (defaults aside). */
function containsAll(want, have) {
    if (Array.isArray(want)) {
        return (Array.isArray(have) &&
            have.length === want.length &&
            want.every((w, i) => containsAll(w, have[i])));
    }
    if ((0,object_diff/* isRecord */.u4)(want)) {
        return ((0,object_diff/* isRecord */.u4)(have) &&
            Object.entries(want).every(([k, v]) => v === null || containsAll(v, have[k])));
    }
    return scalarEqual(want, have);
}
/** Equal, or a number the server stores as a string (a quantity). */
function scalarEqual(want, have) {
    if (want === have)
        return true;
    return ((typeof want === 'number' && have === String(want)) ||
        (typeof have === 'number' && want === String(have)));
}

// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
// EXTERNAL MODULE: ./src/plan/step-secrets.ts
var step_secrets = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/state/held-secrets.ts
var held_secrets = __webpack_require__(9510);
;// CONCATENATED MODULE: ./src/preview/release-drift.ts
/**
 * Drift of a Helm release's objects, as Flux's helm-controller detects it:
 * the objects the deployed revision rendered (`helm get manifest`) against
 * the live ones, field by field (rendered-fields.ts says which differences
 * count). One preview entry per object that drifted: `configured` with its
 * fields, or `created` for one deleted since (a sync puts both back only
 * when the add-on changes; `sync` on an unchanged add-on skips it).
 * Secret values are never shown, nor any value of an add-on whose values
 * hold secrets (valuesHoldSecrets).
 */






/** Field lines shown per object; the rest are counted. */
const maxFieldLines = 20;
/**
 * The drifted objects of the add-on's release, without any value when its
 * values hold secrets (valuesHoldSecrets), and an object's without its
 * values when `held` says it held secrets at the last sync (a manifest with
 * `force: true` may have taken it over). Throws ReleaseReadError when
 * helm or kubectl fails, UnreachableError when the cluster cannot be
 * reached.
 */
async function releaseDrift(step, options, hideValues = (0,step_secrets/* valuesHoldSecrets */.v)(step.addon), held = held_secrets/* noneHeld */.yU) {
    const release = step.addon.name;
    const rendered = await (0,release_objects/* deployedObjects */.Ll)(release, step.namespace, options);
    if (rendered.length === 0)
        return [];
    const live = await (0,release_objects/* liveObjects */.ZE)(rendered, options);
    return driftedObjects(rendered, live, release, hideValues, held);
}
/** The preview entries for rendered objects against what was found live. */
function driftedObjects(rendered, live, release, hideValues = false, held = held_secrets/* noneHeld */.yU) {
    const changes = [];
    for (const object of rendered) {
        const ref = (0,kube_objects/* refOf */.H8)(object);
        const hide = hideValues || held.object((0,kube_objects/* refKey */.XF)(ref));
        const subject = (0,kube_objects/* subjectOf */.et)(ref);
        const found = live.get((0,kube_objects/* refKey */.XF)(ref));
        if (!found) {
            changes.push({
                subject,
                action: 'created',
                message: `rendered by release ${release}, deleted outside Helm`
            });
            continue;
        }
        const fields = renderedDrift(object, found);
        if (fields.length === 0)
            continue;
        const secret = ref.kind === 'Secret' && (0,kube_objects/* groupOf */.F8)(ref.apiVersion) === '';
        const managers = [
            ...new Set(fields.flatMap((f) => (f.manager ? [f.manager] : [])))
        ];
        changes.push({
            subject,
            action: 'configured',
            message: `rendered by release ${release}, changed outside Helm${managers.length ? ` (by ${managers.join(', ')})` : ''}`,
            diff: capLines(fields.map((f) => fieldLine(f, secret, hide)))
        });
    }
    return changes;
}
/**
 * `~ path: rendered → live`, or `- path` for a field removed; Secret
 * values masked, and every value when `hideValues`.
 */
function fieldLine(field, secret, hideValues = false) {
    const masked = hideValues ||
        (secret &&
            (field.path.startsWith('data') || field.path.startsWith('stringData')));
    const show = (value) => masked ? object_diff/* maskedValue */.pM : shortJson(value);
    if (field.live === undefined)
        return `- ${field.path}: ${show(field.rendered)} (removed)`;
    return `~ ${field.path}: ${show(field.rendered)} → ${show(field.live)}`;
}
/** At most `maxFieldLines` lines, then how many more. */
function capLines(lines) {
    if (lines.length <= maxFieldLines)
        return [...lines];
    return [
        ...lines.slice(0, maxFieldLines),
        `… and ${lines.length - maxFieldLines} more`
    ];
}
function shortJson(value) {
    const text = JSON.stringify(value) ?? 'null';
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ deployedObjects),
/* harmony export */   U$: () => (/* binding */ helmBinary),
/* harmony export */   ZE: () => (/* binding */ liveObjects),
/* harmony export */   _c: () => (/* binding */ helmFlags),
/* harmony export */   qq: () => (/* binding */ ReleaseReadError),
/* harmony export */   wh: () => (/* binding */ manifestObjects)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8642);
/* harmony import */ var _definition_plain_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1161);
/* harmony import */ var _definition_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4468);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(176);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _diff_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3283);
/**
 * The objects a Helm release rendered, as helm prints them: the deployed
 * revision's manifest (`helm get manifest`) and, for a proposed change,
 * what an upgrade would render (`helm upgrade --dry-run=client -o json`,
 * the manifest the API server would receive, lookups and capabilities
 * included). Both commands and outputs are the same in Helm 3 and 4.
 */







/** helm ran but failed, or printed something this cannot read. */
class ReleaseReadError extends Error {
}
/** The connection flags and the release namespace, as helm takes them. */
function helmFlags(options, namespace) {
    return [
        ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
        ...(options.context ? [`--kube-context=${options.context}`] : []),
        '--namespace',
        namespace
    ];
}
/** The helm binary the preview runs (`helm` on PATH unless told). */
function helmBinary(options) {
    return options.helm ?? 'helm';
}
/**
 * The deployed revision's objects, each with a namespace (the release's
 * when the chart names none). Throws ReleaseReadError when helm fails.
 */
async function deployedObjects(release, namespace, options) {
    const result = await (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(options, helmBinary(options), [
        'get',
        'manifest',
        ...helmFlags(options, namespace),
        '--',
        release
    ]);
    if (result.exitCode !== 0) {
        throw new ReleaseReadError(`helm get manifest failed (exit ${result.exitCode}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .trimOutput */ .KY)(result.stderr, 3)}`);
    }
    return manifestObjects(result.stdout, namespace);
}
/**
 * The objects of a multi-document manifest, in order; empty documents and
 * anything that is not an object with a kind and a name are left out.
 */
function manifestObjects(text, namespace) {
    const objects = [];
    for (const value of manifestValues(text)) {
        if (!(0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) || typeof value.kind !== 'string')
            continue;
        const metadata = (0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.metadata) ? value.metadata : {};
        if (typeof metadata.name !== 'string')
            continue;
        objects.push(typeof metadata.namespace === 'string'
            ? value
            : { ...value, metadata: { ...metadata, namespace } });
    }
    return objects;
}
/**
 * The manifest's documents as plain values, read as helm's Go YAML sent
 * them to the API server (`yes` is true, `0644` is 420, `<<` merges), as
 * the definition's manifests are read. Helm prints plain YAML, which the
 * loader's fast path reads (plain-yaml.ts: js-yaml, declining whatever the
 * readings could differ on); anything else goes to `yaml`, whose errors
 * are exact. A sync waiting for twenty releases reads twenty manifests
 * while their helm processes share the machine.
 */
function manifestValues(text) {
    const plain = (0,_definition_plain_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlainYaml */ .rU)(text, 'release manifest', 'objects');
    if (plain)
        return plain.values.map((d) => d.value);
    const options = (0,_definition_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .yamlOptionsFor */ .JN)('objects', text);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, options).map((doc) => {
        if (doc.errors.length > 0)
            throw new ReleaseReadError(`the release manifest is not YAML: ${doc.errors[0]?.message ?? ''}`);
        return releaseDocument(doc);
    });
}
/**
 * Aliases a chart's manifest may resolve: Helm and the API server read
 * any number, and `yaml`'s default (100) turned a chart that reuses an
 * anchor into an internal error of every plan, status and drift check.
 * Its count weighs each alias by what it expands to, so this still bounds
 * the memory a billion-laughs manifest could take.
 */
const maxReleaseAliases = 10_000;
function releaseDocument(doc) {
    try {
        return doc.toJS({ maxAliasCount: maxReleaseAliases });
    }
    catch (error) {
        throw new ReleaseReadError(`the release manifest could not be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .getErrorMessage */ .u1)(error)}`);
    }
}
/**
 * The live objects of `objects` (with managedFields), by refKey of the
 * object asked for; missing ones are absent. A cluster-scoped object is
 * found although the manifest gave it the release namespace.
 */
async function liveObjects(objects, options) {
    const refs = objects.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8);
    let live;
    if (options.kubectl) {
        try {
            live = await options.kubectl.get(refs, true);
        }
        catch (error) {
            // A kind the server does not serve (its CRD gone), a refused read:
            // this release cannot be compared, the others still can.
            const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .trimOutput */ .KY)((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .getErrorMessage */ .u1)(error), 3);
            (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .checkReachable */ .sQ)(options, why);
            throw new ReleaseReadError(`reading its objects failed: ${why}`);
        }
    }
    else {
        const input = JSON.stringify({
            apiVersion: 'v1',
            kind: 'List',
            items: objects
        });
        const result = await (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(options, 'kubectl', [
            ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
            ...(options.context ? [`--context=${options.context}`] : []),
            'get',
            '--ignore-not-found',
            '--show-managed-fields',
            '-o',
            'json',
            '-f',
            '-'
        ], input);
        if (result.exitCode !== 0) {
            throw new ReleaseReadError(`kubectl get failed (exit ${result.exitCode}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .trimOutput */ .KY)(result.stderr, 3)}`);
        }
        live = listOf(result.stdout);
    }
    const byKey = new Map(live.map((o) => [(0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8)(o)), o]));
    const found = new Map();
    for (const ref of refs) {
        const object = byKey.get((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(ref)) ??
            byKey.get((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)({ ...ref, namespace: undefined }));
        if (object)
            found.set((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(ref), object);
    }
    return found;
}
function listOf(stdout) {
    if (stdout.trim() === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new ReleaseReadError('kubectl get printed something that is not JSON');
    }
    if (!(0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(parsed))
        return [];
    if (Array.isArray(parsed.items))
        return parsed.items.filter(_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4);
    return [parsed];
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


/***/ }),

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ hasSopsMetadata),
/* harmony export */   Cg: () => (/* binding */ encryptedPathTest),
/* harmony export */   Lb: () => (/* binding */ sopsKey),
/* harmony export */   NG: () => (/* binding */ SopsKeyError),
/* harmony export */   No: () => (/* binding */ isEncryptedValues),
/* harmony export */   Sw: () => (/* binding */ containsCiphertext),
/* harmony export */   Um: () => (/* binding */ isSopsCiphertext),
/* harmony export */   gb: () => (/* binding */ SopsError),
/* harmony export */   yF: () => (/* binding */ isEncryptedManifest),
/* harmony export */   zI: () => (/* binding */ readSopsMetadata)
/* harmony export */ });
/* unused harmony exports defaultUnencryptedSuffix, otherKeyKinds */
/* harmony import */ var _definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8038);
/**
 * The `sops:` block of a SOPS-encrypted YAML file, read as SOPS 3 reads it
 * (getsops/sops `stores/stores.go`): which values are encrypted, how the MAC
 * is computed, and which keys can open the data key. Only age keys are
 * usable here; the other kinds are recognised so an error can name them.
 */

/** The metadata key SOPS adds at the top level of a file's first document. */
const sopsKey = 'sops';
/** SOPS's default when a file names none of the encryption rules. */
const defaultUnencryptedSuffix = '_unencrypted';
/** Key kinds SOPS supports besides age, by their metadata key. */
const otherKeyKinds = {
    pgp: 'PGP',
    kms: 'AWS KMS',
    gcp_kms: 'GCP KMS',
    azure_kv: 'Azure Key Vault',
    hc_vault: 'HashiCorp Vault',
    hckms: 'HuaweiCloud KMS'
};
/** Thrown for anything wrong with a file's SOPS data; the message never quotes a value. */
class SopsError extends Error {
    path;
    name = 'SopsError';
    constructor(message, 
    /** The key path of the value concerned, e.g. `stringData.PASSWORD`. */
    path) {
        super(message);
        this.path = path;
    }
}
/**
 * No age key was given, or none of those given opens the file: a key
 * source that could not be read may be why (decrypt-step.ts says so).
 */
class SopsKeyError extends SopsError {
}
/**
 * True when a parsed YAML document carries SOPS's top-level metadata: a
 * `sops:` mapping as `sops encrypt` writes it (with its `mac` or
 * `lastmodified`), or any `sops:` mapping beside a ciphertext (a damaged
 * file, whose decryption then says what is missing). A plain file that
 * merely has a `sops:` key of its own (a chart's values may) is plain: it
 * used to fail its step as a file that could not be decrypted.
 */
function hasSopsMetadata(document) {
    if (!(0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document))
        return false;
    const meta = document[sopsKey];
    if (!(0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(meta))
        return false;
    return (typeof meta.mac === 'string' ||
        typeof meta.lastmodified === 'string' ||
        containsCiphertext(document));
}
/** True when a value looks like a SOPS ciphertext (`ENC[AES256_GCM,…]`). */
function isSopsCiphertext(value) {
    return typeof value === 'string' && value.startsWith('ENC[AES256_GCM,data:');
}
/** True when any leaf of `value` is a SOPS ciphertext. */
function containsCiphertext(value, depth = 0) {
    // Parsed YAML is bounded by the loader's nesting limit; this is a guard.
    if (depth > 200)
        return false;
    // Loops, not `some` over `Object.values`: every object of every file is
    // walked at load and again per step, and the closures and value arrays
    // were most of that walk's cost.
    if (Array.isArray(value)) {
        for (const item of value)
            if (containsCiphertext(item, depth + 1))
                return true;
        return false;
    }
    if ((0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value)) {
        for (const key in value) {
            if (Object.hasOwn(value, key) &&
                containsCiphertext(value[key], depth + 1))
                return true;
        }
        return false;
    }
    return isSopsCiphertext(value);
}
const text = (block, key) => {
    const value = block[key];
    return typeof value === 'string' ? value : '';
};
function readRule(block) {
    const given = [
        'unencrypted_suffix',
        'encrypted_suffix',
        'unencrypted_regex',
        'encrypted_regex',
        'unencrypted_comment_regex',
        'encrypted_comment_regex'
    ].filter((key) => text(block, key) !== '');
    const [kind, ...more] = given;
    if (more.length > 0) {
        throw new SopsError(`the sops block sets ${given.join(' and ')}; SOPS allows only one`);
    }
    if (kind === undefined) {
        return { kind: 'unencrypted_suffix', value: defaultUnencryptedSuffix };
    }
    if (kind === 'unencrypted_comment_regex' ||
        kind === 'encrypted_comment_regex') {
        // The rule depends on YAML comments, which the parsed document no
        // longer holds; guessing would either fail the MAC or skip a value.
        throw new SopsError(`the sops block sets ${kind}, which ClusterSync does not support; re-encrypt with encrypted_regex or encrypted_suffix`);
    }
    return { kind, value: text(block, kind) };
}
/**
 * SOPS writes `lastmodified` with Go's `time.RFC3339` and re-formats what it
 * parsed before using it as the MAC's additional data, so fractional seconds
 * (which RFC3339 drops) must go.
 */
function formatLastModified(value) {
    return value.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, '');
}
function readAge(block) {
    const entries = Array.isArray(block.age) ? block.age : [];
    return entries.filter(_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4).map((entry) => ({
        recipient: text(entry, 'recipient'),
        enc: text(entry, 'enc')
    }));
}
/**
 * Reads the `sops:` block of a file's first document. Throws `SopsError`
 * when it is missing or malformed, or uses what ClusterSync cannot decrypt
 * (key groups with a Shamir threshold, comment rules).
 */
function readSopsMetadata(document) {
    const block = (0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document) ? document[sopsKey] : undefined;
    if (!(0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(block))
        throw new SopsError('the file has no sops block');
    if (Array.isArray(block.key_groups) && block.key_groups.length > 0) {
        throw new SopsError('the sops block uses key_groups (Shamir secret sharing), which ClusterSync does not support; encrypt for age recipients directly');
    }
    const mac = text(block, 'mac');
    const lastModified = text(block, 'lastmodified');
    if (mac === '' || lastModified === '') {
        throw new SopsError('the sops block has no mac or no lastmodified');
    }
    return {
        rule: readRule(block),
        macOnlyEncrypted: block.mac_only_encrypted === true,
        lastModified: formatLastModified(lastModified),
        mac,
        ageStanzas: readAge(block),
        otherKinds: Object.entries(otherKeyKinds)
            .filter(([key]) => Array.isArray(block[key]) && block[key].length > 0)
            .map(([, name]) => name)
    };
}
/**
 * Whether SOPS encrypts the value at a path under `rule` (sops.go
 * `shouldBeEncrypted`). A regex is compiled as SOPS's Go regexp (RE2)
 * compiles it: the same syntax, and a time linear in the key. The sops
 * block is outside the MAC and is read before the MAC is checked, so a pull
 * request may write any pattern there; a backtracking RegExp would let
 * `^(a+)+$` hang the run on a long key. re2js is loaded only for a file
 * that uses a regex rule, so the Action's start does not parse it.
 */
async function encryptedPathTest(rule) {
    switch (rule.kind) {
        case 'unencrypted_suffix':
            return (path) => !path.some((key) => key.endsWith(rule.value));
        case 'encrypted_suffix':
            return (path) => path.some((key) => key.endsWith(rule.value));
        case 'unencrypted_regex':
        case 'encrypted_regex': {
            const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
            let pattern;
            try {
                pattern = RE2JS.compile(rule.value);
            }
            catch {
                throw new SopsError(`the sops block's ${rule.kind} is not a valid regular expression`);
            }
            return rule.kind === 'encrypted_regex'
                ? (path) => path.some((key) => pattern.test(key))
                : (path) => !path.some((key) => pattern.test(key));
        }
    }
}
/** True when a manifest step's file is SOPS-encrypted (a sops block or `ENC[` values). */
function isEncryptedManifest(step) {
    const objects = step.manifest.objects;
    return (Array.isArray(objects) &&
        step.manifest.objects.some((o) => hasSopsMetadata(o.body) || containsCiphertext(o.body)));
}
/** True when add-on values come from a SOPS-encrypted file. */
function isEncryptedValues(values) {
    return hasSopsMetadata(values) || containsCiphertext(values);
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ holdsSecretsLive),
/* harmony export */   hH: () => (/* binding */ heldSecrets),
/* harmony export */   hh: () => (/* binding */ allHeld),
/* harmony export */   yU: () => (/* binding */ noneHeld),
/* harmony export */   zI: () => (/* binding */ markSecretSteps)
/* harmony export */ });
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(176);
/* harmony import */ var _plan_step_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5861);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(557);
/**
 * What the cluster's inventory says may hold secrets: the objects of the
 * manifest steps and the releases of the add-on steps whose inputs held
 * secrets when last synced (plan/step-secrets.ts). Recorded by every sync
 * (markSecretSteps), so a preview judges the live side by what was applied,
 * not by the definition under review, which a pull request writes.
 */



/** Nothing recorded as holding secrets (no inventory to ask). */
const noneHeld = {
    object: () => false,
    release: () => false,
    ownsApplySet: () => true,
    recorded: () => true
};
/** Everything may hold secrets: there is no inventory to ask. */
const allHeld = {
    object: () => true,
    release: () => true,
    ownsApplySet: () => false,
    recorded: () => false
};
/**
 * The inventory's secret-holding objects and releases. An inventory written
 * before steps were marked says nothing either way, so all of its steps
 * count until a sync marks them. Without an inventory (a cluster this
 * definition never synced, or a pull request that renames the definition,
 * which names the inventory) nothing is known about what the cluster
 * holds, so everything counts. The record vouches only for what it lists:
 * a release it does not name (another definition's, or one installed by
 * hand, which a pull request can declare as an add-on) counts as holding.
 */
function heldSecrets(inventory) {
    if (inventory === undefined)
        return allHeld;
    const holding = inventory.steps.filter((s) => s.secrets === true || inventory.secretsRecorded !== true);
    const objects = new Set(holding.flatMap((s) => s.objects.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)));
    const releaseKey = (r) => `${r.namespace}/${r.name}`;
    const releases = new Set(holding.flatMap((s) => (s.release ? [releaseKey(s.release)] : [])));
    const recorded = new Set(inventory.steps.flatMap((s) => (s.release ? [releaseKey(s.release)] : [])));
    const own = (0,_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .applySetId */ .A3)(inventory.cluster);
    const listed = new Set(inventory.steps.flatMap((s) => s.objects.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)));
    return {
        recorded: (key) => listed.has(key),
        object: (key) => objects.has(key),
        release: (namespace, name) => {
            const key = releaseKey({ namespace, name });
            return releases.has(key) || !recorded.has(key);
        },
        ownsApplySet: (id) => id === own
    };
}
/**
 * Whether the live `object` may hold secrets, by what it is on the cluster
 * (its own identity and labels), not only by how the definition under
 * review names it, which a pull request writes:
 * - recorded as a held object, under the declared key or its live one (a
 *   cluster-scoped object declared with a namespace has another key);
 * - not on the record at all (made by hand or by another tool: the record
 *   vouches only for what it lists);
 * - applied by another definition (its ApplySet label names another
 *   record, whose marks this one does not have);
 * - a Helm hook (hooks carry no release annotation, so no record names
 *   them);
 * - rendered by a held release, or one this record does not name (Helm's
 *   ownership annotations name it). The add-on's record lists no objects,
 *   and a pull request may declare one of them in a manifest of its own.
 */
function holdsSecretsLive(held, key, live) {
    const liveKey = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(live));
    if (held.object(key) || held.object(liveKey))
        return true;
    // Not on the record at all: made by hand or by another tool, and a pull
    // request may declare it to see what it holds.
    if (!held.recorded(key) && !held.recorded(liveKey))
        return true;
    const partOf = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .applySetOf */ .Se)(live);
    if (partOf !== undefined && !held.ownsApplySet(partOf))
        return true;
    if ((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .isHelmHook */ .iZ)(live))
        return true;
    const release = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .helmReleaseOf */ .n_)(live);
    return release !== undefined && held.release(release.namespace, release.name);
}
/**
 * The records to write, each marked `secrets` when its live objects or
 * release may hold a secret: its step's inputs hold one now, or, unless the
 * record was applied with the plan's current inputs (same digest), it held
 * one before (an unmarked previous inventory counts as holding).
 */
function markSecretSteps(steps, plan, previous) {
    const planned = new Map(plan.steps.map((s) => [s.id, s]));
    const before = new Map((previous?.steps ?? []).map((s) => [s.id, s]));
    return steps.map((record) => {
        const step = planned.get(record.id);
        const old = before.get(record.id);
        const heldBefore = old !== undefined &&
            (old.secrets === true || previous?.secretsRecorded !== true);
        const current = step !== undefined && record.digest === step.digest;
        const secrets = (step !== undefined && (0,_plan_step_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .stepHoldsSecrets */ .a)(step)) || (!current && heldBefore);
        const marked = { ...record };
        delete marked.secrets;
        return secrets ? { ...marked, secrets: true } : marked;
    });
}


/***/ }),

/***/ 3150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ moveLegacyStepIds)
/* harmony export */ });
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(557);

/**
 * `inventory` with every step recorded under a plan step's legacy id moved
 * to that step's id (and `dependsOn` lists following), marked as using the
 * new names. The moves are one mapping applied at once: an old id can be
 * another step's new id (clusters/prod/shared/defaults.yaml is now named
 * `shared/defaults`, the old name of the root's shared/defaults.yaml), and
 * the two records then swap. An inventory already marked is returned
 * itself; undefined stays undefined.
 */
function moveLegacyStepIds(inventory, plan) {
    if (inventory === undefined || inventory.manifestNames !== undefined)
        return inventory;
    const moves = legacyMoves(inventory, plan);
    const rename = (id) => moves.get(id) ?? id;
    return {
        ...inventory,
        manifestNames: _inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .folderManifestNames */ .SK,
        steps: inventory.steps.map((step) => ({
            ...step,
            id: rename(step.id),
            dependsOn: step.dependsOn.map(rename)
        }))
    };
}
/** Old id → new id, for the ids that move (see moveLegacyStepIds). */
function legacyMoves(inventory, plan) {
    const recorded = new Set(inventory.steps.map((s) => s.id));
    const moves = new Map();
    for (const step of plan.steps) {
        if (step.kind !== 'manifest' || step.legacyId === undefined)
            continue;
        if (recorded.has(step.legacyId))
            moves.set(step.legacyId, step.id);
    }
    // A new id that the inventory already records for a step that does not
    // move away (one removed from the definition, whose name this step now
    // has) would be recorded twice; such a move is not made, as before whole
    // moves, and leaving one id in place can make another clash: repeat.
    let clash = true;
    while (clash) {
        clash = false;
        for (const [from, to] of moves) {
            if (recorded.has(to) && !moves.has(to)) {
                moves.delete(from);
                clash = true;
            }
        }
    }
    return moves;
}


/***/ })

};
;