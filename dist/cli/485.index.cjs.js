"use strict";
exports.id = 485;
exports.ids = [485,211,279,963];
exports.modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createNodeHttp: () => (/* binding */ createNodeHttp)
/* harmony export */ });
/* unused harmony export maxAnswerBytes */
/** Redirects followed at most, as browsers and helm bound them. */
const maxRedirects = 10;
/**
 * The largest answer read (the biggest public chart indexes are a few tens
 * of MB): the URL comes from a definition a pull request may write, and an
 * endless answer must not take the runner's memory.
 */
const maxAnswerBytes = 128 * 1024 * 1024;
/**
 * Creates the HttpClient the CLI uses; redirects are followed, as Helm
 * does. Credentials written in the URL (`https://user:pass@host/`), which
 * fetch refuses, are sent as a Basic header instead; any credentials go to
 * the URL's own origin only.
 */
function createNodeHttp() {
    return {
        getText: async (url, options = {}) => {
            const start = new URL(url);
            const auth = options.basicAuth ?? urlCredentials(start);
            start.username = '';
            start.password = '';
            const signal = options.timeoutMs !== undefined
                ? AbortSignal.timeout(options.timeoutMs)
                : undefined;
            let current = start;
            for (let hop = 0;; hop++) {
                const response = await fetch(current, {
                    redirect: 'manual',
                    headers: auth && current.origin === start.origin
                        ? { authorization: basic(auth) }
                        : {},
                    ...(signal ? { signal } : {})
                });
                const location = response.headers.get('location');
                if (response.status >= 300 &&
                    response.status < 400 &&
                    location !== null &&
                    hop < maxRedirects) {
                    await response.body?.cancel();
                    current = new URL(location, current);
                    continue;
                }
                return { status: response.status, text: await bodyText(response) };
            }
        }
    };
}
function urlCredentials(url) {
    if (url.username === '' && url.password === '')
        return undefined;
    return {
        username: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password)
    };
}
function basic(auth) {
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}
/** The body as UTF-8 text; rejects past `maxAnswerBytes`. */
async function bodyText(response) {
    if (!response.body)
        return '';
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxAnswerBytes) {
            await reader.cancel().catch(() => undefined);
            throw new Error(`the answer is larger than ${maxAnswerBytes / 1024 / 1024} MiB`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 1211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ describeUnknownRegistry),
/* harmony export */   createCatalogLookup: () => (/* binding */ createCatalogLookup)
/* harmony export */ });
/* unused harmony export clusterRegistryEntries */
/* harmony import */ var _definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7277);
/* harmony import */ var _suggest_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6433);



/**
 * Builds a lookup over `catalog` with `overrides` taking precedence by
 * normalised name. Within the catalog, the first file (in name order) wins
 * when two share a normalised name; `catalog check` reports that as an error,
 * so it cannot reach the bundled folder.
 */
function createCatalogLookup(catalog, overrides = []) {
    const byName = new Map();
    for (const entry of catalog) {
        const key = (0,_definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegistryName */ .U)(entry.name);
        if (!byName.has(key))
            byName.set(key, entry);
    }
    for (const entry of overrides) {
        byName.set((0,_definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegistryName */ .U)(entry.name), entry);
    }
    const all = [...byName.values()];
    return {
        find: (name) => byName.get((0,_definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegistryName */ .U)(name)),
        names: () => all.map((e) => e.name),
        entries: () => [...all]
    };
}
/**
 * A definition's `spec.helm_registries` as catalog entries. The kind comes
 * from the URL scheme; a URL with neither scheme is left as HTTPRegistry for
 * the lookup, because the definition's schema already rejects it.
 */
function clusterRegistryEntries(registries) {
    return registries.map((r) => ({
        name: r.name,
        url: r.url,
        kind: registryKindForUrl(r.url) ?? 'HTTPRegistry',
        excludeCharts: [...r.excludeCharts],
        origin: `${r.source.file}:${r.source.line}`,
        ...(r.credentialName !== undefined
            ? { credentialName: r.credentialName }
            : {}),
        source: r.source
    }));
}
/**
 * The message and hint for a `registry_name` the lookup does not know, with
 * up to three near names, so validation and the CLI word it the same way.
 * `scope` says what was searched: a definition sees its own registries too.
 */
function describeUnknownRegistry(name, lookup, scope = 'definition') {
    const suggestion = (0,_suggest_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)((0,_suggest_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .closestNames */ .g)(name, lookup.names()));
    return {
        message: scope === 'definition'
            ? `unknown registry "${name}": it is neither in the catalog nor in spec.helm_registries`
            : `unknown registry "${name}": it is not in the catalog`,
        hint: suggestion ??
            (scope === 'definition'
                ? "run 'clustersync catalog search <term>' to find a registry, or add it under spec.helm_registries"
                : "run 'clustersync catalog search <term>' to find a registry")
    };
}


/***/ }),

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

/***/ 4040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadBundledCatalog: () => (/* binding */ loadBundledCatalog),
  ak: () => (/* binding */ loadCatalog),
  E0: () => (/* binding */ loadRegistryFolder)
});

// UNUSED EXPORTS: catalogFromFolder

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/definition/guarded-read.ts
var guarded_read = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/package-files.ts
var package_files = __webpack_require__(9217);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/catalog/registry-schema.ts
/**
 * The contract of a helm_registries/ file: schemas/helm-registry.v1.schema.json,
 * compiled once with ajv. `RegistryDocument` is what the schema guarantees,
 * so code only sees a parsed file through `validateRegistryDocument`.
 */



/** The schema's `$id`; bump the `v1` when the format changes incompatibly. */
const registrySchemaId = 'https://clustersync.dev/schemas/helm-registry.v1.schema.json';
let compiled;
/** Validates a parsed registry file; compiles the schema on first use only. */
function validateRegistryDocument(value) {
    compiled ??= compileSchema();
    if (compiled(value))
        return { valid: true, document: value };
    return { valid: false, errors: [...(compiled.errors ?? [])] };
}
/** The schema's own JSON, e.g. for "did you mean" hints from its properties. */
function registrySchema() {
    const parsed = JSON.parse((0,external_node_fs_.readFileSync)((0,package_files/* packageFile */.n)('schemas/helm-registry.v1.schema.json'), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error('schemas/helm-registry.v1.schema.json is not a JSON object');
    }
    return { ...parsed };
}
function compileSchema() {
    const schema = registrySchema();
    if (schema.$id !== registrySchemaId) {
        // The bundle and the schema file ship together; a different $id means a
        // stale or foreign file was picked up, which must not pass silently.
        throw new Error(`schemas/helm-registry.v1.schema.json has $id ${String(schema.$id)}, expected ${registrySchemaId}`);
    }
    // verbose: errors carry the offending data and parent schema, for messages
    // that quote the value and hints drawn from the schema.properties.
    const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, verbose: true });
    return ajv.compile(schema);
}

// EXTERNAL MODULE: ./src/catalog/suggest-registry.ts
var suggest_registry = __webpack_require__(6433);
// EXTERNAL MODULE: ./src/catalog/yaml-locate.ts
var yaml_locate = __webpack_require__(679);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/catalog/schema-diagnostics.ts



/** Stable code of every schema violation in a registry file. */
const schemaCode = 'registry-schema';
/** One Diagnostic per ajv error, located in the file. */
function schemaDiagnostics(yaml, errors) {
    return errors.map((error) => toDiagnostic(yaml, error));
}
function toDiagnostic(yaml, error) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    const field = path.join('.') || 'the document';
    const { message, hint, keyPath } = describe(error, field, path);
    return {
        severity: 'error',
        code: schemaCode,
        message,
        ...(hint !== undefined ? { hint } : {}),
        ...(0,yaml_locate/* locate */.x)(yaml, keyPath ?? path, keyPath ? 'key' : 'value'),
        pointer: keyPath ? `/${keyPath.join('/')}` : error.instancePath || '/'
    };
}
function describe(error, field, path) {
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return {
                message: `${field} is missing the required field "${String(params.missingProperty)}"`
            };
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const known = knownProperties(error.parentSchema);
            return {
                message: `${field === 'the document' ? '' : `${field}: `}unknown field ${(0,redact/* quoteValue */.cl)(extra)}; allowed: ${known.join(', ')}`,
                hint: extra === 'credential_name'
                    ? 'credentials never go in the catalog: declare the registry under spec.helm_registries of the cluster definition, with its credential_name'
                    : (0,suggest_registry/* didYouMean */.a)((0,suggest_registry/* closestNames */.g)(extra, known)),
                keyPath: [...path, extra]
            };
        }
        case 'enum': {
            const allowed = Array.isArray(params.allowedValues)
                ? params.allowedValues.map(String)
                : [];
            return {
                message: `${field} must be one of ${allowed.join(', ')}; got ${(0,redact/* quoteValue */.cl)(error.data)}`,
                hint: (0,suggest_registry/* didYouMean */.a)((0,suggest_registry/* closestNames */.g)(String(error.data), allowed))
            };
        }
        case 'const':
            return {
                message: `${field} must be ${JSON.stringify(params.allowedValue)}; got ${(0,redact/* quoteValue */.cl)(error.data)}`
            };
        case 'pattern':
            return path[path.length - 1] === 'url'
                ? {
                    message: `${field} must be an https://, http:// or oci:// URL without spaces; got ${(0,redact/* quoteValue */.cl)(error.data)}`
                }
                : {
                    message: `${field} must not be empty, nor start or end with a space`
                };
        default:
            return { message: `${field} ${error.message ?? 'is invalid'}` };
    }
}
function knownProperties(parentSchema) {
    if (typeof parentSchema === 'object' &&
        parentSchema !== null &&
        'properties' in parentSchema &&
        typeof parentSchema.properties === 'object' &&
        parentSchema.properties !== null) {
        return Object.keys(parentSchema.properties);
    }
    return [];
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

;// CONCATENATED MODULE: ./src/catalog/registry-file.ts
/**
 * Reading one helm_registries/ file: YAML with positions, then the schema.
 * The result keeps the located YAML so the contribution checker can point at
 * `spec.name` or `spec.url` when it compares files with each other.
 */




/** Stable code for a file that is not a single valid YAML document. */
const invalidYamlCode = 'registry-invalid-yaml';
/**
 * Parses the text of `name` (shown in diagnostics as `displayPath`) and
 * validates it. Never throws: YAML and schema problems become diagnostics.
 */
function parseRegistryFile(name, displayPath, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // uniqueKeys (the default) makes a repeated key an error, not a silent overwrite.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const yaml = { file: displayPath, text, doc, lineCounter };
    if (doc.errors.length > 0) {
        return {
            name,
            yaml,
            diagnostics: doc.errors.map((error) => ({
                severity: 'error',
                code: invalidYamlCode,
                message: `not valid YAML: ${firstLine(error.message)}`,
                ...(0,yaml_locate/* locateOffsets */.T)(yaml, error.pos[0], error.pos[1])
            }))
        };
    }
    const result = validateRegistryDocument(doc.toJS());
    if (!result.valid) {
        return { name, yaml, diagnostics: schemaDiagnostics(yaml, result.errors) };
    }
    const { kind, spec } = result.document;
    return {
        name,
        yaml,
        diagnostics: [],
        entry: {
            name: spec.name,
            url: spec.url,
            kind,
            excludeCharts: spec.exclude_charts ?? [],
            origin: `catalog:${name}`,
            file: name,
            source: (0,yaml_locate/* locate */.x)(yaml, ['spec', 'name'])
        }
    };
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./src/catalog/load-catalog.ts
/**
 * Loading a registry folder: the bundled helm_registries/ (read once per
 * process and cached) or any folder given on the command line. Files are read
 * in name order so entries and diagnostics are deterministic (STYLE.md §5.7).
 */





const decoder = new TextDecoder('utf-8');
/**
 * Reads and parses every registry file of `folder`. Diagnostics name files as
 * `<displayFolder>/<file>`. Rejects only when the folder cannot be listed.
 */
async function loadRegistryFolder(reader, folder, displayFolder = folder) {
    const names = (await reader.readdir(folder)).sort(diagnostics/* compareText */.n6);
    const prefix = displayFolder.replace(/\\/g, '/').replace(/\/+$/, '');
    const display = (name) => prefix ? `${prefix}/${name}` : name;
    const yamlNames = names.filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.'));
    const inside = await (0,guarded_read/* readRoot */.XD)(reader, folder);
    const read = (name, what) => (0,guarded_read/* readGuarded */.vK)(reader, inside, name, what);
    // 119 small files: reading them concurrently keeps the cold load short.
    const reads = await Promise.all(yamlNames.map((n) => read(n, 'the registry file')));
    const files = yamlNames.map((n, i) => {
        const got = reads[i];
        if (got === undefined || 'bytes' in got)
            return parseRegistryFile(n, display(n), decoder.decode(got?.bytes));
        // Refused (a FIFO, a link out of the folder, too large): said once,
        // at the file, instead of what its empty text would make of it.
        return {
            ...parseRegistryFile(n, display(n), ''),
            entry: undefined,
            diagnostics: [refusedAt(display(n), got.refused)]
        };
    });
    const readmeName = names.find((n) => n === 'README.md');
    const readmeRead = readmeName !== undefined ? await read(readmeName, 'README.md') : undefined;
    const readme = readmeName !== undefined && readmeRead && 'bytes' in readmeRead
        ? { name: display(readmeName), text: decoder.decode(readmeRead.bytes) }
        : undefined;
    const others = names.filter((n) => !n.startsWith('.') && n !== readmeName && !yamlNames.includes(n));
    return { files, others, ...(readme ? { readme } : {}) };
}
function refusedAt(file, refused) {
    return {
        severity: 'error',
        code: refused.code,
        message: refused.message,
        file,
        line: 1,
        column: 1,
        ...(refused.hint ? { hint: refused.hint } : {})
    };
}
/** The entries of a loaded folder, plus the diagnostics of files left out. */
function catalogFromFolder(folder) {
    return {
        entries: folder.files.flatMap((f) => (f.entry ? [f.entry] : [])),
        diagnostics: folder.files.flatMap((f) => f.diagnostics)
    };
}
/** Loads any registry folder as a catalog (e.g. `catalog list --registries dir`). */
async function loadCatalog(reader, folder, displayFolder = folder) {
    return catalogFromFolder(await loadRegistryFolder(reader, folder, displayFolder));
}
let bundled;
/**
 * The catalog shipped with ClusterSync (helm_registries/ beside dist/ or
 * src/), loaded on first call and shared afterwards. The folder is part of
 * the installation, not the user's repository, so it is read with node:fs
 * rather than through the repository's FileSystem port.
 */
function loadBundledCatalog() {
    bundled ??= loadCatalog(installationReader, (0,package_files/* packageFile */.n)('helm_registries'), 'helm_registries').catch((error) => {
        // Don't cache a failure: a later call may succeed (and tests may retry).
        bundled = undefined;
        throw error;
    });
    return bundled;
}
/** The installation's own folder: trusted, so read plainly, with the same checks. */
const installationReader = {
    readdir: (path) => (0,promises_.readdir)(path),
    readFile: async (path) => new Uint8Array(await (0,promises_.readFile)(path)),
    realpath: (path) => (0,promises_.realpath)(path),
    stat: async (path) => {
        const s = await (0,promises_.lstat)(path);
        return {
            isFile: s.isFile(),
            isDirectory: s.isDirectory(),
            isSymbolicLink: s.isSymbolicLink(),
            kind: s.isFile()
                ? 'file'
                : s.isDirectory()
                    ? 'folder'
                    : s.isSymbolicLink()
                        ? 'symbolic link'
                        : 'device',
            size: s.size
        };
    }
};


/***/ }),

/***/ 6127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ registryKindForUrl),
/* harmony export */   v: () => (/* binding */ hasKindMismatch)
/* harmony export */ });
/**
 * The kind a URL implies: `oci://` → OCIRegistry, `http://` or `https://` →
 * HTTPRegistry, anything else → undefined (not a registry URL).
 */
function registryKindForUrl(url) {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url.trim())?.[1];
    switch (scheme?.toLowerCase()) {
        case 'oci':
            return 'OCIRegistry';
        case 'http':
        case 'https':
            return 'HTTPRegistry';
        default:
            return undefined;
    }
}
/**
 * True when the entry's declared kind disagrees with its URL scheme. The
 * lookup keeps such entries so validation can name the problem where the
 * registry is used, instead of reporting an unknown registry.
 */
function hasKindMismatch(entry) {
    const implied = registryKindForUrl(entry.url);
    return implied !== undefined && implied !== entry.kind;
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

/***/ 679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ locateOffsets),
/* harmony export */   x: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * File positions for values of a parsed registry file, so every diagnostic
 * carries file:line:column (STYLE.md §5.5). Registry files are tiny, so a
 * walk down the YAML nodes per lookup is cheap enough.
 */

/**
 * The location of the value at `path` (`['spec', 'url']`), or of the key
 * itself when `at` is `'key'`. Falls back to the deepest existing parent, and
 * to 1:1 for an empty document, so a diagnostic always has a place.
 */
function locate(yaml, path, at = 'value') {
    let node = yaml.doc.contents;
    let range = rangeOf(node);
    for (const segment of path) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            break;
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === segment);
        if (!pair)
            break;
        if (at === 'key' && segment === path[path.length - 1]) {
            range = rangeOf(pair.key) ?? range;
            break;
        }
        node = pair.value;
        range = rangeOf(node) ?? rangeOf(pair.key) ?? range;
    }
    return fromRange(yaml, range);
}
/** The location of a byte offset range in the file. */
function locateOffsets(yaml, start, end) {
    const from = yaml.lineCounter.linePos(start);
    const to = yaml.lineCounter.linePos(end);
    return {
        file: yaml.file,
        line: from.line,
        column: from.col,
        endLine: to.line,
        endColumn: to.col
    };
}
function rangeOf(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) ? (node.range ?? undefined) : undefined;
}
function fromRange(yaml, range) {
    if (!range)
        return { file: yaml.file, line: 1, column: 1 };
    // range = [start, valueEnd, nodeEnd]: the value ends before trailing comments.
    return locateOffsets(yaml, range[0] ?? 0, range[1] ?? range[0] ?? 0);
}


/***/ }),

/***/ 6858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catalogFor: () => (/* binding */ catalogFor),
  printRegistries: () => (/* binding */ printRegistries),
  showRegistry: () => (/* binding */ showRegistry)
});

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/node-http.ts
var node_http = __webpack_require__(2963);
// EXTERNAL MODULE: ./src/catalog/catalog-lookup.ts
var catalog_lookup = __webpack_require__(1211);
// EXTERNAL MODULE: ./src/catalog/load-catalog.ts + 3 modules
var load_catalog = __webpack_require__(4040);
// EXTERNAL MODULE: ./src/definition/registry-lookup.ts
var registry_lookup = __webpack_require__(7277);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/catalog/chart-index.ts
var chart_index = __webpack_require__(678);
;// CONCATENATED MODULE: ./src/cli/catalog/chart-listing.ts
/**
 * `catalog search|show --charts`: the charts and versions an HTTP registry
 * offers, read from its index.yaml. A registry that cannot be read, or an OCI
 * registry (no index to list), yields a notice instead of charts; the
 * command still succeeds, because the catalog itself was answered.
 */


/** How many versions per chart the text output shows (JSON lists all). */
const versionsShown = 5;
/** Indexes fetched at once: enough to be quick, few enough to be polite. */
const concurrency = 4;
/** Fetches the charts of every entry, in the entries' order. */
async function listCharts(entries, http, timeoutMs) {
    const results = new Array(entries.length);
    let next = 0;
    const worker = async () => {
        while (next < entries.length) {
            const i = next++;
            const entry = entries[i];
            if (entry)
                results[i] = await chartsOf(entry, http, timeoutMs);
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return results;
}
async function chartsOf(entry, http, timeoutMs) {
    if (entry.kind === 'OCIRegistry' || entry.url.startsWith('oci://')) {
        return {
            notice: `charts of ${entry.name} are not listed: OCI registries have no index.yaml`
        };
    }
    const index = await (0,chart_index/* fetchChartIndex */.v2)(http, entry.url, { timeoutMs });
    return index.status === 'ok'
        ? { charts: index.charts, indexUrl: index.url }
        : {
            notice: `charts of ${entry.name} are not listed: ${index.url} could not be read (${index.reason})`
        };
}
/**
 * Text for one registry's charts: a heading and one line per chart with its
 * newest versions; a chart the registry excludes is marked.
 */
function renderCharts(entry, listing) {
    if ('notice' in listing)
        return '';
    const width = Math.max(0, ...listing.charts.map((c) => c.name.length));
    const lines = listing.charts.map((chart) => {
        const shown = chart.versions.slice(0, versionsShown).join(', ');
        const more = chart.versions.length - versionsShown;
        const excluded = entry.excludeCharts.includes(chart.name)
            ? ' (excluded)'
            : '';
        return `  ${chart.name.padEnd(width)}  ${shown}${more > 0 ? ` (+${more} more)` : ''}${excluded}\n`;
    });
    const count = (0,plural/* plural */.L)(listing.charts.length, 'chart');
    return `\ncharts in ${entry.name} (${listing.indexUrl}, ${count}):\n${lines.join('')}`;
}

// EXTERNAL MODULE: ./src/cli/catalog/display-path.ts
var display_path = __webpack_require__(370);
// EXTERNAL MODULE: ./src/cli/catalog/folder-error.ts
var folder_error = __webpack_require__(2491);
// EXTERNAL MODULE: ./src/catalog/registry-kind.ts
var registry_kind = __webpack_require__(6127);
;// CONCATENATED MODULE: ./src/cli/catalog/registry-table.ts

/** The JSON shape of one entry. */
function registryJson(entry, folder) {
    return {
        name: entry.name,
        kind: entry.kind,
        url: entry.url,
        excludeCharts: [...entry.excludeCharts],
        file: entry.file !== undefined ? `${folder}/${entry.file}` : entry.origin,
        ...((0,registry_kind/* hasKindMismatch */.v)(entry) ? { kindMatchesUrl: false } : {})
    };
}
/** The entries as an aligned table with a header; empty string for none. */
function renderRegistryTable(entries) {
    if (entries.length === 0)
        return '';
    return renderColumns([
        ['NAME', 'KIND', 'URL', 'EXCLUDED CHARTS'],
        ...entries.map((e) => [e.name, e.kind, e.url, e.excludeCharts.join(', ')])
    ]);
}
/** `show`: one registry as labelled lines, with a warning for a kind mismatch. */
function renderRegistryDetails(entry, folder) {
    const json = registryJson(entry, folder);
    const lines = renderColumns([
        ['name:', json.name],
        ['kind:', json.kind],
        ['url:', json.url],
        ['file:', json.file],
        ['excluded charts:', json.excludeCharts.join(', ') || '(none)']
    ]);
    if (!(0,registry_kind/* hasKindMismatch */.v)(entry))
        return lines;
    return `${lines}warning: kind ${entry.kind} does not match the URL scheme (${(0,registry_kind/* registryKindForUrl */._)(entry.url) ?? 'unknown'}); add-ons using it fail validation\n`;
}
/** Rows padded to the widest cell per column; the last column is not padded. */
function renderColumns(rows) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, cell.length);
        });
    }
    return rows
        .map((row) => row
        .map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd() + '\n')
        .join('');
}

;// CONCATENATED MODULE: ./src/cli/catalog/browse.ts
/**
 * `catalog list`, `search <term>` and `show <name>`: the registries users
 * can name, from the bundled catalog or a folder given with --registries,
 * optionally with the charts their index.yaml offers (--charts).
 */













async function catalogFor(args, ctx) {
    const folder = (0,cli_args/* stringOption */.Pp)(args, 'registries');
    if (folder === undefined)
        return { catalog: await (0,load_catalog.loadBundledCatalog)(), folder: 'helm_registries' };
    const display = (0,display_path/* displayPath */.G)(folder, ctx.cwd);
    const catalog = await (0,load_catalog/* loadCatalog */.ak)(ctx.fs, (0,external_node_path_.resolve)(ctx.cwd, folder), display).catch((error) => {
        throw (0,folder_error/* folderError */.V)(display, error);
    });
    for (const d of catalog.diagnostics) {
        // Invalid files are left out of the catalog; say which, without failing.
        ctx.stderr.write(`warning: ${d.file ?? display}:${d.line ?? 1}: ${d.message} (left out; run 'clustersync catalog check ${display}')\n`);
    }
    return { catalog, folder: display };
}
async function printRegistries(loaded, args, ctx, term) {
    const entries = term === undefined
        ? loaded.catalog.entries
        : search(loaded.catalog.entries, term);
    const charts = await chartsFor(entries, args, ctx);
    if ((0,cli_args/* outputFormat */.B$)(args) === 'json') {
        const registries = entries.map((e, i) => ({
            ...registryJson(e, loaded.folder),
            ...chartsJson(charts?.[i])
        }));
        ctx.stdout.write(`${JSON.stringify({ registries }, null, 2)}\n`);
        return 0;
    }
    const count = (0,plural/* plural */.L)(entries.length, 'registry', 'registries');
    const footer = term === undefined ? `${count}\n` : `${count} matching "${term}"\n`;
    ctx.stdout.write(`${renderRegistryTable(entries)}${footer}`);
    entries.forEach((entry, i) => {
        const listing = charts?.[i];
        if (listing)
            writeCharts(entry, listing, ctx);
    });
    return 0;
}
function showRegistry(loaded, args, ctx, name) {
    const lookup = (0,catalog_lookup.createCatalogLookup)(loaded.catalog.entries);
    const entry = lookup.find(name);
    if (!entry) {
        const { message, hint } = (0,catalog_lookup/* describeUnknownRegistry */.V)(name, lookup, 'catalog');
        throw new errors/* ConfigurationError */.j1(`${message}; ${hint}`);
    }
    return chartsFor([entry], args, ctx).then((charts) => {
        if ((0,cli_args/* outputFormat */.B$)(args) === 'json') {
            ctx.stdout.write(`${JSON.stringify({ ...registryJson(entry, loaded.folder), ...chartsJson(charts?.[0]) }, null, 2)}\n`);
            return 0;
        }
        ctx.stdout.write(renderRegistryDetails(entry, loaded.folder));
        const listing = charts?.[0];
        if (listing)
            writeCharts(entry, listing, ctx);
        return 0;
    });
}
/** Entries whose name or URL contains the term (names compared normalised). */
function search(entries, term) {
    const name = (0,registry_lookup/* normalizeRegistryName */.U)(term);
    const text = term.trim().toLowerCase();
    if (text === '')
        throw new errors/* UsageError */.eb('catalog search needs a non-empty term');
    return entries.filter((e) => (0,registry_lookup/* normalizeRegistryName */.U)(e.name).includes(name) ||
        e.url.toLowerCase().includes(text));
}
async function chartsFor(entries, args, ctx) {
    if (!(0,cli_args/* booleanOption */.Ic)(args, 'charts'))
        return undefined;
    const timeout = (0,cli_args/* stringOption */.Pp)(args, 'timeout');
    const timeoutMs = timeout === undefined
        ? 10_000
        : (0,duration/* parseDuration */.E9)(timeout, 'option --timeout', errors/* UsageError */.eb);
    const charts = await listCharts(entries, (0,node_http.createNodeHttp)(), timeoutMs);
    for (const listing of charts) {
        if ('notice' in listing)
            ctx.stderr.write(`notice: ${listing.notice}\n`);
    }
    return charts;
}
function chartsJson(listing) {
    if (!listing)
        return {};
    return 'notice' in listing
        ? { charts: null, notice: listing.notice }
        : { charts: listing.charts };
}
function writeCharts(entry, listing, ctx) {
    ctx.stdout.write(renderCharts(entry, listing));
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** How a folder given on the command line is named in output. */

/**
 * The folder relative to the working directory with forward slashes (so
 * diagnostics match repository paths in CI), or absolute when it lies outside.
 */
function displayPath(folder, cwd) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, folder);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, absolute);
    const shown = rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
    return shown.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 2491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ folderError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** The user-facing error for a registry folder that cannot be read. */

/**
 * A ConfigurationError (exit 1) naming the folder and the reason in words.
 * Reads `code`/`message` by shape, not with instanceof, because fs errors can
 * come from another realm (jest's VM) where instanceof Error is false.
 */
function folderError(display, error) {
    const code = typeof error === 'object' && error !== null && 'code' in error
        ? error.code
        : undefined;
    const message = typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error);
    const reason = code === 'ENOENT'
        ? 'no such folder'
        : code === 'ENOTDIR'
            ? 'not a folder'
            : message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot read the registry folder ${display}: ${reason}`);
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