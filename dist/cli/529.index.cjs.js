"use strict";
exports.id = 529;
exports.ids = [529];
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

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkChartVersions: () => (/* binding */ checkChartVersions)
/* harmony export */ });
/* unused harmony export chartCheckCodes */
/* harmony import */ var _ports_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2022);
/* harmony import */ var _cluster_helm_logins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51);
/* harmony import */ var _chart_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(678);
/* harmony import */ var _suggest_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6433);




/** Stable codes of the chart check. */
const chartCheckCodes = {
    chartNotFound: 'chart-not-found',
    versionNotFound: 'chart-version-not-found',
    indexUnavailable: 'chart-index-unavailable',
    notChecked: 'chart-not-checked'
};
/**
 * Diagnostics for add-ons whose chart or chart_version is missing from the
 * repository's index (errors), whose index could not be read, or whose
 * registry is OCI (notices; OCI tags are not listed yet). Each index is
 * fetched once, however many add-ons use it; local chart paths are skipped.
 */
async function checkChartVersions(addons, http, options, credentials = new Map()) {
    const indexes = new Map();
    const out = [];
    for (const addon of addons) {
        if (addon.chart.type === 'path')
            continue;
        if (addon.chart.type === 'oci') {
            out.push(at(addon, 'info', chartCheckCodes.notChecked, `add-on "${addon.name}": chart versions in OCI registries are not checked (${addon.chart.location})`));
            continue;
        }
        const location = addon.chart.location;
        // The same index as a sync would read it: with the add-on's login.
        const name = addon.chart.credentialName;
        const given = name === undefined ? undefined : credentials.get(name);
        // Never to a host the credential is not for, as for helm's logins.
        const login = given && (0,_cluster_helm_logins_js__WEBPACK_IMPORTED_MODULE_0__/* .sendRefused */ .Td)(addon.chart, name ?? '', given.host) === undefined
            ? given
            : undefined;
        const key = `${location}\0${name ?? ''}`;
        let pending = indexes.get(key);
        if (!pending) {
            pending = (0,_chart_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchChartIndex */ .v2)(http, location, {
                ...(options ?? (0,_ports_http_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultHttpGetOptions */ .u)()),
                ...(login ? { basicAuth: login } : {})
            });
            indexes.set(key, pending);
        }
        out.push(...checkAgainst(addon, await pending));
    }
    return out;
}
function checkAgainst(addon, index) {
    if (index.status === 'unavailable') {
        // A refusal is the run's own login at fault (or a missing one), which
        // a sync would meet too: a warning naming the credential used.
        const refused = /^HTTP (401|403)$/.test(index.reason);
        const credential = addon.chart.credentialName;
        const used = refused
            ? credential === undefined
                ? ', refused without a credential'
                : `, refused credential "${credential}"`
            : '';
        return [
            at(addon, refused ? 'warning' : 'info', chartCheckCodes.indexUnavailable, `add-on "${addon.name}": chart_version not checked, ${index.url} could not be read (${index.reason}${used})`)
        ];
    }
    const chart = index.charts.find((c) => c.name === addon.chartName);
    if (!chart) {
        const suggestion = (0,_suggest_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)((0,_suggest_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .closestNames */ .g)(addon.chartName, index.charts.map((c) => c.name)));
        return [
            at(addon, 'error', chartCheckCodes.chartNotFound, `add-on "${addon.name}": chart "${addon.chartName}" is not in ${index.url}`, suggestion, '/chart_name')
        ];
    }
    if (chart.versions.some((v) => (0,_chart_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sameChartVersion */ .P6)(v, addon.chartVersion)))
        return [];
    const recent = chart.versions.slice(0, 5);
    return [
        at(addon, 'error', chartCheckCodes.versionNotFound, `add-on "${addon.name}": chart ${chart.name} has no version ${addon.chartVersion} in ${index.url}`, recent.length > 0
            ? `versions listed first in the index: ${recent.join(', ')}`
            : 'the index lists no versions of this chart', '/chart_version')
    ];
}
function at(addon, severity, code, message, hint, field = '/chart_version') {
    const { file, line, column, endLine, endColumn, pointer } = addon.source;
    return {
        severity,
        code,
        message,
        ...(hint !== undefined ? { hint } : {}),
        file,
        line,
        column,
        ...(endLine !== undefined ? { endLine } : {}),
        ...(endColumn !== undefined ? { endColumn } : {}),
        pointer: `${pointer}${field}`
    };
}


/***/ }),

/***/ 6433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   g: () => (/* binding */ closestNames)
/* harmony export */ });
/* harmony import */ var _validate_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4183);
/* harmony import */ var _definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7277);
/**
 * "Did you mean" for registry names, fields and charts. Names are compared
 * normalised (as the lookup compares them), so `Jet Stack` still finds
 * `jetstack` and case never counts as a typo.
 */


/**
 * Up to `limit` candidates closest to `name`, nearest first (ties in byte
 * order), keeping only plausible typos: at most a third of the name's length
 * differs, and at least 1–2 edits are always allowed for short names.
 */
function closestNames(name, candidates, limit = 3) {
    const target = (0,_definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegistryName */ .U)(name);
    const maxDistance = Math.max(2, Math.floor(target.length / 3));
    const scored = [];
    const seen = new Set();
    for (const candidate of candidates) {
        const normalised = (0,_definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegistryName */ .U)(candidate);
        if (seen.has(normalised))
            continue;
        seen.add(normalised);
        const distance = Math.min((0,_validate_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(target, normalised), 
        // Spaces, dashes and underscores are easy to mix up in names
        // ("open webui", "open-webui"); count such a difference as one edit.
        (0,_validate_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(squash(target), squash(normalised)) + 1);
        if (distance <= maxDistance)
            scored.push({ candidate, distance });
    }
    scored.sort((a, b) => a.distance - b.distance ||
        (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
    // A candidate equal after normalisation is the answer, not one of several.
    const exact = scored.filter((s) => s.distance === 0);
    return (exact.length > 0 ? exact : scored)
        .slice(0, limit)
        .map((s) => s.candidate);
}
/** ` (did you mean "a" or "b"?)`-style hint text, or undefined without candidates. */
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return undefined;
    const quoted = suggestions.map((s) => `"${s}"`);
    const head = quoted.slice(0, -1).join(', ');
    const last = quoted.slice(-1).join('');
    return `did you mean ${head ? `${head} or ${last}` : last}?`;
}
function squash(name) {
    return name.replace(/[\s_-]+/g, '');
}


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

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ normalizeRegistryName)
/* harmony export */ });
/**
 * How validation finds Helm registries named by `registry_name`: the bundled
 * catalog (helm_registries/, src/catalog) merged with the definition's own
 * `spec.helm_registries`. Validation only sees this interface, so it stays
 * pure and tests can pass a small in-memory catalog.
 */
/** Normalises a registry name the way the catalog compares them. */
function normalizeRegistryName(name) {
    return name.trim().replace(/\s+/g, ' ').toLowerCase();
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


/***/ })

};
;