"use strict";
exports.id = 211;
exports.ids = [211];
exports.modules = {

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


/***/ })

};
;