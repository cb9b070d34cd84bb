export const id = 211;
export const ids = [211];
export const modules = {

/***/ 1211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCatalogLookup: () => (/* binding */ createCatalogLookup)
/* harmony export */ });
/* unused harmony exports clusterRegistryEntries, describeUnknownRegistry */
/* harmony import */ var _definition_registry_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7277);



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
    const suggestion = didYouMean(closestNames(name, lookup.names()));
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


/***/ })

};
