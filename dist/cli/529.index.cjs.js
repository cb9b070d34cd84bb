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

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkChartVersions: () => (/* binding */ checkChartVersions)
/* harmony export */ });
/* unused harmony export chartCheckCodes */
/* harmony import */ var _ports_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2022);
/* harmony import */ var _chart_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(678);
/* harmony import */ var _suggest_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6433);



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
        const login = name === undefined ? undefined : credentials.get(name);
        const key = `${location}\0${name ?? ''}`;
        let pending = indexes.get(key);
        if (!pending) {
            pending = (0,_chart_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchChartIndex */ .v2)(http, location, {
                ...(options ?? (0,_ports_http_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultHttpGetOptions */ .u)()),
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
        const suggestion = (0,_suggest_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)((0,_suggest_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g)(addon.chartName, index.charts.map((c) => c.name)));
        return [
            at(addon, 'error', chartCheckCodes.chartNotFound, `add-on "${addon.name}": chart "${addon.chartName}" is not in ${index.url}`, suggestion, '/chart_name')
        ];
    }
    if (chart.versions.some((v) => (0,_chart_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sameChartVersion */ .P6)(v, addon.chartVersion)))
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