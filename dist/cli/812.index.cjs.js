"use strict";
exports.id = 812;
exports.ids = [812,279];
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

/***/ 4561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCatalogCheck: () => (/* binding */ runCatalogCheck)
});

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/definition/registry-lookup.ts
var registry_lookup = __webpack_require__(7277);
// EXTERNAL MODULE: ./src/catalog/yaml-locate.ts
var yaml_locate = __webpack_require__(679);
;// CONCATENATED MODULE: ./src/catalog/check-duplicates.ts


/** Stable codes of the duplicate rules. */
const duplicateCodes = {
    name: 'registry-duplicate-name',
    url: 'registry-duplicate-url'
};
/** Errors for every name used by more than one file, normalised. */
function checkDuplicateNames(files) {
    return groupBy(files, (f) => (0,registry_lookup/* normalizeRegistryName */.U)(f.entry.name)).flatMap(([first, ...rest]) => rest.map((file) => ({
        severity: 'error',
        code: duplicateCodes.name,
        message: `spec.name "${file.entry.name}" is already used by ${first.name} ("${first.entry.name}"); names are compared lower-cased, trimmed and with inner whitespace collapsed`,
        hint: 'pick another name, or extend the existing file instead of adding one',
        ...(0,yaml_locate/* locate */.x)(file.yaml, ['spec', 'name'])
    })));
}
/**
 * Errors for every URL used by more than one file, unless an exception names
 * exactly that set of files; then a notice quoting the recorded reason. Also
 * returns the exceptions that matched, so unused ones can be reported.
 */
function checkDuplicateUrls(files, exceptions, readmeFile) {
    const used = [];
    const diagnostics = groupBy(files, (f) => comparableUrl(f.entry.url)).flatMap((group) => {
        const [first, ...rest] = group;
        const names = group.map((f) => f.name).join(' ');
        const recorded = exceptions.find((e) => e.code === 'duplicate-url' && e.files.join(' ') === names);
        if (recorded)
            used.push(recorded);
        return rest.map((file) => ({
            severity: recorded ? 'info' : 'error',
            code: duplicateCodes.url,
            message: recorded
                ? `spec.url is shared with ${first.name}, as recorded in ${readmeFile}:${recorded.line}: ${recorded.reason}`
                : `spec.url ${file.entry.url} is already used by ${first.name}`,
            ...(recorded
                ? {}
                : {
                    hint: `use the existing registry "${first.entry.name}", or record why both are needed in ${readmeFile}: - duplicate-url: ${names} — <reason>`
                }),
            ...(0,yaml_locate/* locate */.x)(file.yaml, ['spec', 'url'])
        }));
    });
    return { diagnostics, used };
}
/**
 * A URL as compared for duplicates: scheme and host are case-insensitive and
 * a trailing slash changes nothing for a chart repository root.
 */
function comparableUrl(url) {
    const trimmed = url.trim().replace(/\/+$/, '');
    const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(trimmed);
    return match ? `${(match[1] ?? '').toLowerCase()}${match[2] ?? ''}` : trimmed;
}
/** Groups of two or more items sharing a key, each group in input order. */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return [...groups.values()].filter((g) => g.length > 1);
}

// EXTERNAL MODULE: ./src/catalog/load-catalog.ts + 3 modules
var load_catalog = __webpack_require__(4040);
;// CONCATENATED MODULE: ./src/catalog/readme-exceptions.ts
/** The rules an exception can waive. */
const exceptionCodes = [
    'duplicate-url',
    'missing-final-newline'
];
/** Stable code for an exception line that does not follow the syntax. */
const malformedExceptionCode = 'registry-exception-malformed';
const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const itemPattern = /^\s*[-*]\s+(.*)$/;
const exceptionPattern = /^([a-z][a-z-]*):\s+(.+?)\s+(?:—|--)\s+(.*)$/;
/**
 * The exceptions recorded in `readme` (path shown as `file`), and an error
 * for every list item of the section that is not a well-formed exception.
 */
function parseReadmeExceptions(file, text) {
    const exceptions = [];
    const diagnostics = [];
    let sectionLevel;
    let inFence = false;
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '');
        if (/^\s*(```|~~~)/.test(line))
            inFence = !inFence;
        if (inFence)
            return;
        const heading = headingPattern.exec(line);
        if (heading) {
            const level = heading[1]?.length ?? 1;
            if (/^recorded exceptions$/i.test(heading[2] ?? ''))
                sectionLevel = level;
            else if (sectionLevel !== undefined && level <= sectionLevel)
                sectionLevel = undefined;
            return;
        }
        const item = sectionLevel !== undefined ? itemPattern.exec(line) : null;
        if (!item)
            return;
        const parsed = parseItem(item[1] ?? '', index + 1);
        if (typeof parsed === 'string') {
            diagnostics.push({
                severity: 'error',
                code: malformedExceptionCode,
                message: parsed,
                hint: 'write `- duplicate-url: a.yaml b.yaml — <reason>` or `- missing-final-newline: a.yaml — <reason>`',
                file,
                line: index + 1,
                column: 1
            });
        }
        else {
            exceptions.push(parsed);
        }
    });
    return { exceptions, diagnostics };
}
function parseItem(body, line) {
    const match = exceptionPattern.exec(body.trim());
    if (!match) {
        return `a recorded exception must read "<rule>: <file> … — <reason>"; got "${body.trim()}"`;
    }
    const code = exceptionCodes.find((c) => c === match[1]);
    if (!code) {
        return `unknown rule "${match[1] ?? ''}" in a recorded exception; known: ${exceptionCodes.join(', ')}`;
    }
    const files = (match[2] ?? '')
        .split(/\s+/)
        .map((f) => f.replace(/^`|`$/g, ''))
        .filter((f) => f !== '');
    const reason = (match[3] ?? '').trim();
    if (files.some((f) => !/\.ya?ml$/.test(f))) {
        return `the files of a recorded exception must be registry files (*.yaml); got "${match[2] ?? ''}"`;
    }
    if (reason === '')
        return `the ${code} exception for ${files.join(' ')} gives no reason`;
    if (code === 'duplicate-url' && files.length < 2) {
        return 'a duplicate-url exception names every file that shares the URL (at least two)';
    }
    return { code, files: [...files].sort(), reason, line };
}

// EXTERNAL MODULE: ./src/catalog/registry-kind.ts
var registry_kind = __webpack_require__(6127);
;// CONCATENATED MODULE: ./src/catalog/check-folder.ts
/**
 * `clustersync catalog check <folder>`: the contribution rules for a registry
 * folder, as data. Errors fail the check (and a pull request's CI);
 * warnings and notices are shown but pass. Rules and their codes:
 *
 * - registry-invalid-yaml, registry-schema: each file on its own;
 * - registry-kind-mismatch: `kind` must match the URL scheme;
 * - registry-duplicate-name, registry-duplicate-url: across files;
 * - registry-missing-final-newline: text files end with a newline;
 * - registry-name-differs-from-file (notice): `spec.name` ≠ file stem;
 * - registry-unexpected-file (warning): something else in the folder;
 * - registry-exception-malformed, registry-exception-unused: README.md.
 *
 * duplicate-url and missing-final-newline can be waived per file in README.md
 * (see readme-exceptions.ts); a waived finding is still listed, as a notice.
 */






/** Stable codes of the per-file rules (the others live beside their checks). */
const checkCodes = {
    kindMismatch: 'registry-kind-mismatch',
    finalNewline: 'registry-missing-final-newline',
    nameDiffers: 'registry-name-differs-from-file',
    unexpectedFile: 'registry-unexpected-file',
    unusedException: 'registry-exception-unused'
};
/**
 * Checks every file of `folder` (diagnostics say `<displayFolder>/<file>`).
 * Rejects only when the folder cannot be read.
 */
async function checkRegistryFolder(reader, folder, displayFolder = folder) {
    const loaded = await (0,load_catalog/* loadRegistryFolder */.E0)(reader, folder, displayFolder);
    const readmeFile = loaded.readme?.name ?? `${displayFolder}/README.md`;
    const readme = loaded.readme
        ? parseReadmeExceptions(loaded.readme.name, loaded.readme.text)
        : { exceptions: [], diagnostics: [] };
    const used = new Set();
    const diagnostics = [...readme.diagnostics];
    const valid = loaded.files.flatMap((f) => f.entry ? [{ ...f, entry: f.entry }] : []);
    for (const file of loaded.files) {
        diagnostics.push(...file.diagnostics);
        const waiver = readme.exceptions.find((e) => e.code === 'missing-final-newline' && e.files.includes(file.name));
        const newline = checkFinalNewline(file, waiver, readmeFile);
        if (newline) {
            diagnostics.push(newline);
            if (waiver)
                used.add(waiver);
        }
    }
    for (const file of valid)
        diagnostics.push(...checkEntry(file));
    diagnostics.push(...checkDuplicateNames(valid));
    const urls = checkDuplicateUrls(valid, readme.exceptions, readmeFile);
    diagnostics.push(...urls.diagnostics);
    urls.used.forEach((e) => used.add(e));
    for (const exception of readme.exceptions) {
        if (used.has(exception))
            continue;
        diagnostics.push({
            severity: 'warning',
            code: checkCodes.unusedException,
            message: `the recorded ${exception.code} exception for ${exception.files.join(' ')} no longer matches any file; remove it`,
            file: readmeFile,
            line: exception.line,
            column: 1
        });
    }
    for (const other of loaded.others) {
        diagnostics.push({
            severity: 'warning',
            code: checkCodes.unexpectedFile,
            message: `${other} is not a registry file; registries are *.yaml files and only README.md may sit beside them`,
            file: `${displayFolder}/${other}`,
            line: 1,
            column: 1
        });
    }
    return {
        diagnostics: (0,src_diagnostics/* sortDiagnostics */.Ds)(diagnostics),
        files: loaded.files.length
    };
}
function checkFinalNewline(file, waiver, readmeFile) {
    const { text } = file.yaml;
    if (text === '' || text.endsWith('\n'))
        return undefined;
    return {
        severity: waiver ? 'info' : 'error',
        code: checkCodes.finalNewline,
        message: waiver
            ? `no newline at the end of the file, as recorded in ${readmeFile}:${waiver.line}: ${waiver.reason}`
            : 'no newline at the end of the file',
        ...(waiver
            ? {}
            : {
                hint: 'end the last line with a newline (most editors have a setting for it)'
            }),
        ...(0,yaml_locate/* locateOffsets */.T)(file.yaml, text.length, text.length)
    };
}
function checkEntry(file) {
    const { entry } = file;
    const out = [];
    if ((0,registry_kind/* hasKindMismatch */.v)(entry)) {
        const implied = (0,registry_kind/* registryKindForUrl */._)(entry.url);
        out.push({
            severity: 'error',
            code: checkCodes.kindMismatch,
            message: `kind ${entry.kind} does not match the URL ${entry.url}: ${entry.url.startsWith('oci://') ? 'oci:// URLs are OCIRegistry' : 'http(s):// URLs are HTTPRegistry'}`,
            hint: `write kind: ${implied ?? entry.kind}, or fix the URL's scheme`,
            ...(0,yaml_locate/* locate */.x)(file.yaml, ['kind'])
        });
    }
    const stem = file.name.replace(/\.ya?ml$/, '');
    if (entry.name !== stem) {
        // Allowed (Ankra's own folder has four), but worth a look in review:
        // users type the name, not the file name.
        out.push({
            severity: 'info',
            code: checkCodes.nameDiffers,
            message: `spec.name "${entry.name}" differs from the file name ${file.name}; add-ons name this registry ${JSON.stringify(entry.name)}`,
            ...(0,yaml_locate/* locate */.x)(file.yaml, ['spec', 'name'])
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/catalog/display-path.ts
var display_path = __webpack_require__(370);
// EXTERNAL MODULE: ./src/cli/catalog/folder-error.ts
var folder_error = __webpack_require__(2491);
// EXTERNAL MODULE: ./src/report/diagnostics-format.ts
var diagnostics_format = __webpack_require__(564);
;// CONCATENATED MODULE: ./src/cli/catalog/check-command.ts
/**
 * `catalog check <folder>`: the contribution checker as a CI step. Exit 1
 * when any error is found; warnings and notices pass. Output uses the same
 * renderers as `validate` (src/report/diagnostics-format.ts).
 */







/** Checks `folder` and prints the findings; resolves with the exit code. */
async function runCatalogCheck(args, ctx, folder) {
    const display = (0,display_path/* displayPath */.G)(folder, ctx.cwd);
    const result = await checkRegistryFolder(ctx.fs, (0,external_node_path_.resolve)(ctx.cwd, folder), display).catch((error) => {
        throw (0,folder_error/* folderError */.V)(display, error);
    });
    const count = (severity) => result.diagnostics.filter((d) => d.severity === severity).length;
    const summary = {
        errors: count('error'),
        warnings: count('warning'),
        notices: count('info')
    };
    const format = (0,cli_args/* outputFormat */.B$)(args);
    if (format === 'json') {
        const report = {
            folder: display,
            files: result.files,
            summary,
            ...(0,diagnostics_format/* toDiagnosticsJson */.wu)(result.diagnostics)
        };
        ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return summary.errors > 0 ? 1 : 0;
    }
    ctx.stdout.write(format === 'github'
        ? (0,diagnostics_format/* formatGithub */.vX)(result.diagnostics)
        : (0,diagnostics_format/* formatText */.Oi)(result.diagnostics, { color: ctx.color === true }));
    const counts = [
        (0,plural/* plural */.L)(summary.errors, 'error'),
        (0,plural/* plural */.L)(summary.warnings, 'warning'),
        (0,plural/* plural */.L)(summary.notices, 'notice')
    ].join(', ');
    const line = `checked ${(0,plural/* plural */.L)(result.files, 'registry file')} in ${display}: ${counts}\n`;
    // With --format github, stdout carries workflow commands only; the
    // summary line goes to the log.
    if (format === 'github')
        ctx.stderr.write(line);
    else
        ctx.stdout.write(line);
    return summary.errors > 0 ? 1 : 0;
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


/***/ })

};
;