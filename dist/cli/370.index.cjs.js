"use strict";
exports.id = 370;
exports.ids = [370,386];
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

/***/ 7918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ createSteps),
/* harmony export */   FY: () => (/* binding */ clusterScopedCustomKinds),
/* harmony export */   bn: () => (/* binding */ crdDefinition),
/* harmony export */   eR: () => (/* binding */ stepId),
/* harmony export */   mt: () => (/* binding */ waveBarrierId)
/* harmony export */ });
/* unused harmony exports defaultReleaseNamespace, stepDocuments */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1147);
/* harmony import */ var _kind_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(948);


/** The namespace Helm installs a release into when the add-on names none. */
const defaultReleaseNamespace = 'default';
/** The step id of a manifest or add-on: `manifest:<name>` / `addon:<name>`. */
function stepId(kind, name) {
    return `${kind}:${name}`;
}
/**
 * The id of the barrier the steps of deploy wave `wave` wait behind
 * (`wave:<n>`); no step id has this form.
 */
function waveBarrierId(wave) {
    return `wave:${wave}`;
}
/**
 * One step per manifest and add-on, in written order, with objects in apply
 * order and digests filled in. `stage` and `dependsOn` are set later, once
 * the graph is known.
 */
function createSteps(definition) {
    const clusterScoped = clusterScopedCustomKinds(definition.stacks);
    const steps = [];
    for (const stack of definition.stacks) {
        for (const manifest of stack.manifests) {
            steps.push(manifestStep(stack, manifest, clusterScoped));
        }
        for (const addon of stack.addons)
            steps.push(addonStep(stack, addon));
    }
    return steps;
}
function manifestStep(stack, manifest, clusterScoped) {
    const objects = (0,_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .orderObjects */ .fp)(manifest.objects, manifest.namespace, clusterScoped);
    const namespaces = new Set();
    if (manifest.namespace)
        namespaces.add(manifest.namespace);
    for (const o of objects)
        if (o.namespace)
            namespaces.add(o.namespace);
    return {
        kind: 'manifest',
        id: stepId('manifest', manifest.name),
        ...(manifest.legacyName === undefined
            ? {}
            : { legacyId: stepId('manifest', manifest.legacyName) }),
        name: manifest.name,
        stage: 0,
        stack: stack.name,
        ...wave(stack),
        dependsOn: [],
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestDigest */ .It)(manifest, objects),
        source: manifest.source,
        manifest,
        objects,
        namespaces: [...namespaces].sort()
    };
}
function addonStep(stack, addon) {
    const namespace = addon.namespace ?? defaultReleaseNamespace;
    return {
        kind: 'addon',
        id: stepId('addon', addon.name),
        name: addon.name,
        stage: 0,
        stack: stack.name,
        ...wave(stack),
        dependsOn: [],
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .addonDigest */ .xu)(addon, namespace),
        source: addon.source,
        addon,
        namespace
    };
}
function wave(stack) {
    return stack.deployWave === undefined ? {} : { deployWave: stack.deployWave };
}
/**
 * `group/Kind` of custom kinds whose CRD in this definition says
 * `scope: Cluster`, so their objects get no namespace in subjects or edges.
 */
function clusterScopedCustomKinds(stacks) {
    const kinds = new Set();
    for (const stack of stacks) {
        for (const manifest of stack.manifests) {
            for (const object of manifest.objects) {
                const crd = crdDefinition(object);
                if (crd?.scope === 'Cluster')
                    kinds.add(crd.groupKind);
            }
        }
    }
    return kinds;
}
/** What a CustomResourceDefinition object defines, or undefined for other objects. */
function crdDefinition(object) {
    if (object.kind !== 'CustomResourceDefinition' ||
        (0,_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .apiGroup */ .oI)(object.apiVersion) !== 'apiextensions.k8s.io') {
        return undefined;
    }
    const spec = asRecord(object.body.spec);
    const names = asRecord(spec?.names);
    const group = spec?.group;
    const kind = names?.kind;
    if (typeof group !== 'string' || typeof kind !== 'string')
        return undefined;
    const scope = typeof spec?.scope === 'string' ? spec.scope : undefined;
    return { groupKind: (0,_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .groupKind */ .KH)(group, kind), ...(scope ? { scope } : {}) };
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/**
 * The bodies a manifest step sends to the API server, in apply order, with
 * the namespace each lands in written into `metadata.namespace` (a
 * manifest's `namespace:` is a default the server does not know about).
 * The step's objects are not modified.
 */
function stepDocuments(step) {
    return step.objects.map((o) => {
        const metadata = asRecord(o.object.body.metadata) ?? {};
        if (o.namespace === undefined || metadata.namespace === o.namespace) {
            return o.object.body;
        }
        return {
            ...o.object.body,
            metadata: { ...metadata, namespace: o.namespace }
        };
    });
}


/***/ }),

/***/ 5737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ keysInFileOrder),
/* harmony export */   r: () => (/* binding */ keepFileKeyOrder)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _definition_yaml_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4468);
/* harmony import */ var _definition_plain_data_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8038);
/* harmony import */ var _sops_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6336);
/**
 * The order a SOPS file wrote its keys in. sops's MAC covers the values in
 * file order, but a JavaScript object lists integer-like keys (`"1"`,
 * `"2024"`) first, in ascending order, whatever order the file had; the
 * MAC of such a file would never match. The loader records the written
 * order of those mappings (and only those: every other object keeps it by
 * itself) when it reads a file that has a `sops` block, and the decrypter
 * walks mappings in that order.
 */




/** Keys a JavaScript object lists first: canonical array indices. */
const indexLike = /^(?:0|[1-9]\d{0,9})$/;
const orders = new WeakMap();
/** The mapping's keys in the order its file wrote them. */
function keysInFileOrder(record) {
    return orders.get(record) ?? Object.keys(record);
}
/**
 * Records the written key order of `values` (a file's documents, as the
 * loader made them) from the same file's YAML: its text, or the Documents
 * already parsed. Does nothing unless a document has a `sops` block and
 * some mapping has an integer-like key, so other files cost one scan.
 */
function keepFileKeyOrder(values, source) {
    if (!values.some(_sops_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .hasSopsMetadata */ .$H) || !values.some(hasIndexLikeKey))
        return;
    const documents = typeof source === 'string'
        ? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(source, (0,_definition_yaml_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlOptionsFor */ .JN)('objects', source))
        : source;
    if (!Array.isArray(documents))
        return;
    const nodes = documents
        .map((doc) => doc.contents)
        .filter((node) => node !== null);
    const given = values.filter((value) => value !== null);
    // A file the two parsers split differently is left alone: its MAC check
    // then fails as it would have, naming the file.
    if (nodes.length !== given.length)
        return;
    nodes.forEach((node, i) => record(node, given[i]));
}
function record(node, value) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && (0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value)) {
        const keys = node.items.map((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key));
        if (keys.some((key) => indexLike.test(key)) && sameKeys(keys, value))
            orders.set(value, keys);
        node.items.forEach((pair, i) => {
            const key = keys[i];
            if (pair.value && Object.hasOwn(value, key))
                record(pair.value, value[key]);
        });
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && Array.isArray(value)) {
        node.items.forEach((item, i) => {
            if (item)
                record(item, value[i]);
        });
    }
}
function sameKeys(keys, value) {
    const own = Object.keys(value);
    return (own.length === keys.length && keys.every((k) => Object.hasOwn(value, k)));
}
function hasIndexLikeKey(value) {
    if (Array.isArray(value))
        return value.some(hasIndexLikeKey);
    if (!(0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value))
        return false;
    for (const [key, member] of Object.entries(value)) {
        if (indexLike.test(key) || hasIndexLikeKey(member))
            return true;
    }
    return false;
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

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDefinition: () => (/* binding */ checkDefinition)
});

// UNUSED EXPORTS: validateDefinition

// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/definition/load.ts + 3 modules
var load = __webpack_require__(5704);
// EXTERNAL MODULE: ./src/definition/plain-data.ts
var plain_data = __webpack_require__(8038);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(7060);
// EXTERNAL MODULE: ./src/sops/sops-metadata.ts
var sops_metadata = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/definition/references.ts + 1 modules
var references = __webpack_require__(5515);
;// CONCATENATED MODULE: ./src/validate/validation-context.ts
/** Adds a diagnostic located at `pointer` (or at an explicit location). */
function report(ctx, severity, pointer, code, message, hint, location) {
    const where = location ?? ctx.loaded.sourceMap.locate(pointer);
    ctx.diagnostics.push({
        severity,
        code,
        message,
        file: where?.file ?? ctx.loaded.file,
        line: where?.line ?? 1,
        column: where?.column ?? 1,
        pointer,
        hint
    });
}
/** The position of the key at `pointer`, for field-level diagnostics. */
function keyLocation(ctx, pointer) {
    return ctx.loaded.sourceMap.locateKey(pointer);
}
/** The source reference of a pointer (falls back to the definition's first line). */
function sourceRef(ctx, pointer) {
    const where = ctx.loaded.sourceMap.locate(pointer);
    return {
        file: where?.file ?? ctx.loaded.file,
        line: where?.line ?? 1,
        column: where?.column ?? 1,
        pointer
    };
}
/** `file:line:column`, for messages that name a second place. */
function formatPlace(place) {
    return `${place.file}:${place.line}:${place.column}`;
}

;// CONCATENATED MODULE: ./src/validate/describe.ts
/**
 * Human names for places in the composed definition, so messages say
 * `add-on "grafana" in stack "monitoring"` rather than a bare pointer.
 * Unnamed entries are numbered from 1, as Ankra's CLI does.
 */


const nouns = {
    stacks: 'stack',
    manifests: 'manifest',
    addons: 'add-on',
    helm_registries: 'Helm registry',
    parents: 'parent'
};
/** What the value at `pointer` belongs to, e.g. `manifest "ns" in stack "platform"`. */
function describeSubject(document, pointer) {
    const parts = [];
    let current = document;
    const tokens = (0,definition_pointer/* pointerTokens */.Mr)(pointer);
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const noun = Object.hasOwn(nouns, token) ? nouns[token] : undefined;
        current = step(current, token);
        const index = tokens[i + 1];
        if (noun && index !== undefined && /^\d+$/.test(index)) {
            current = step(current, index);
            i++;
            parts.unshift(noun === 'parent'
                ? `parent #${Number(index) + 1} of`
                : namedEntry(noun, current, Number(index)));
        }
    }
    if (parts.length > 0)
        return parts.join(' in ').replace(/ of in /g, ' of ');
    return tokens.length > 0 ? `"${tokens.join('.')}"` : 'the definition';
}
/** `noun "name"` or `noun #n` when the entry has no name. */
function namedEntry(noun, entry, index) {
    const name = (0,plain_data/* isRecord */.u4)(entry) ? entry.name : undefined;
    return typeof name === 'string' && name !== ''
        ? `${noun} "${name}"`
        : `${noun} #${index + 1}`;
}
/** The value at `pointer`, or undefined. */
function valueAt(document, pointer) {
    let current = document;
    for (const token of (0,definition_pointer/* pointerTokens */.Mr)(pointer))
        current = step(current, token);
    return current;
}
function step(value, token) {
    if (Array.isArray(value))
        return value[Number(token)];
    if ((0,plain_data/* isRecord */.u4)(value) && Object.hasOwn(value, token))
        return value[token];
    return undefined;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/definition/yaml-unique-keys.ts
var yaml_unique_keys = __webpack_require__(2285);
// EXTERNAL MODULE: ./src/definition/yaml-depth.ts
var yaml_depth = __webpack_require__(2250);
// EXTERNAL MODULE: ./src/definition/yaml-anchors.ts
var yaml_anchors = __webpack_require__(6905);
// EXTERNAL MODULE: ./src/definition/yaml-characters.ts
var yaml_characters = __webpack_require__(1795);
// EXTERNAL MODULE: ./src/sops/key-order.ts
var key_order = __webpack_require__(5737);
// EXTERNAL MODULE: ./src/definition/yaml-parse.ts
var yaml_parse = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/definition/plain-yaml.ts
var plain_yaml = __webpack_require__(1161);
// EXTERNAL MODULE: ./src/definition/go-scalars.ts
var go_scalars = __webpack_require__(9659);
;// CONCATENATED MODULE: ./src/validate/embedded-yaml.ts
/**
 * YAML that arrives inside the definition rather than as a file: inline
 * `manifest:` and `values:` text and their base64 forms. Decoding and
 * parsing problems are reported at the field that holds the text.
 */











const base64Text = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
/** Decodes base64 to UTF-8 text; reports `base64-invalid` and returns undefined on failure. */
function decodeBase64(ctx, text, pointer, field) {
    const compact = text.replace(/\s/g, '');
    if (!base64Text.test(text) || compact.length % 4 === 1) {
        report(ctx, 'error', pointer, 'base64-invalid', `${field} is not valid base64`, 'Encode the YAML with `base64 -w0 file.yaml`.');
        return undefined;
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(external_node_buffer_.Buffer.from(compact, 'base64'));
    }
    catch {
        report(ctx, 'error', pointer, 'base64-invalid', `${field} decodes to bytes that are not UTF-8 text`, 'Encode a YAML text file, not binary data.');
        return undefined;
    }
}
/**
 * Parses YAML text held by the field at `pointer` into its documents' values.
 * Returns undefined after reporting `embedded-yaml-invalid`.
 */
function parseEmbeddedYaml(ctx, text, pointer, field) {
    // Fast path first: most embedded YAML is valid, and yaml's line index and
    // pretty errors cost a third of the parse; build them only to report. The
    // text is clean when parseYamlText would report nothing.
    const goReadings = (0,go_scalars/* mayReadDifferentlyInGo */.Lv)(text);
    const documents = (0,yaml_characters/* controlCharacterAt */.g)(text) === -1
        ? (0,dist/* parseAllDocuments */.hR)(text, {
            ...(0,yaml_parse/* yamlOptionsFor */.JN)('objects', text, goReadings),
            prettyErrors: false
        })
        : undefined;
    const clean = documents?.every((doc) => doc.errors.length === 0 &&
        !(0,yaml_unique_keys/* hasKeyProblems */.O)(doc) &&
        doc.warnings.every((w) => w.code !== 'TAG_RESOLVE_FAILED') &&
        (0,yaml_anchors/* checkAnchors */.Bp)(doc) === undefined &&
        !(0,yaml_depth/* tooDeepNode */.r8)(doc)) === true;
    const problems = [];
    const parsed = clean && documents
        ? { documents: documents.filter((doc) => doc.contents !== null) }
        : (0,yaml_parse/* parseYamlText */.cd)(text, field, problems, 'objects');
    const first = problems.find((problem) => problem.severity === 'error');
    if (first) {
        report(ctx, 'error', pointer, 'embedded-yaml-invalid', `${field} is not valid YAML: ${first.message} (line ${first.line ?? 1} of the embedded text)`);
        return undefined;
    }
    // Only text the gate flags can hold a word Go reads as a boolean.
    if (goReadings)
        reportGoBooleans(ctx, text, parsed.documents, pointer, field);
    const values = parsed.documents.map((doc) => (0,yaml_parse/* documentToValue */.qz)(doc));
    (0,key_order/* keepFileKeyOrder */.r)(values, parsed.documents);
    return values;
}
/**
 * A `yaml-boolean-word` warning for each plain `yes`, `no`, `on`, … in the
 * embedded text, at its line in a `|` block, else at the field (base64 or
 * quoted text) with the line of the embedded text in the message.
 */
function reportGoBooleans(ctx, text, documents, pointer, field) {
    const offsets = documents.flatMap((doc) => doc.contents === null ? [] : (0,yaml_parse/* goBooleanOffsets */.t3)(doc));
    if (offsets.length === 0)
        return;
    const origin = ctx.loaded.sourceMap.literalBlockOrigin(pointer);
    const lines = (0,plain_yaml/* lineTracker */.nr)(text);
    for (const offset of offsets) {
        const { line, column } = lines.at(offset);
        const place = origin && {
            file: origin.file,
            line: origin.line + line - 1,
            column: origin.column + column - 1
        };
        const warning = (0,yaml_parse/* goBooleanDiagnostic */._h)(text, offset, field, line, column);
        report(ctx, 'warning', pointer, warning.code, place
            ? `${warning.message} (in ${field})`
            : `${warning.message} (line ${line} of ${field})`, warning.hint, place);
    }
}

// EXTERNAL MODULE: ./src/definition/raw-manifest-name.ts
var raw_manifest_name = __webpack_require__(2417);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/plan/kind-order.ts
var kind_order = __webpack_require__(948);
;// CONCATENATED MODULE: ./src/validate/object-identity.ts
/**
 * Identity fields every Kubernetes object must have the shape of: they go
 * into the API server's URL (`/apis/<group>/<version>/namespaces/<ns>/
 * <plural>/<name>`). Written otherwise they were sent as they stood: an
 * apiVersion such as `apps/v1/deployments?watch=true&x=` turned the kind's
 * lookup into a watch that never answered, and the sync hung holding the
 * cluster's lock. The cluster refuses these shapes anyway, but only after
 * the waves before them were applied; refused here, nothing is.
 */



/** Kinds are type names: a letter, then letters, digits, `-` or `_`. */
const kindShape = /^[A-Za-z][-_A-Za-z0-9]*$/;
const namespaceShape = new RegExp(`^${kube_objects/* dnsLabel */.UG}$`);
const subdomainSaid = (max) => `a DNS subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most ${max} characters)`;
const subdomain = {
    shape: new RegExp(`^${kube_objects/* dnsLabel */.UG}(?:\\.${kube_objects/* dnsLabel */.UG})*$`),
    max: 253,
    said: subdomainSaid(253)
};
const label = {
    shape: namespaceShape,
    max: 63,
    said: 'a DNS label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)'
};
const serviceLabel = {
    shape: /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/,
    max: 63,
    said: 'a DNS label starting with a letter (lowercase letters, digits and "-", ending with a letter or digit, at most 63 characters)'
};
/**
 * Name rules by `group/Kind` for common kinds of Kubernetes' own groups
 * whose rule is certain. Others are left to the server: RBAC takes
 * `system:…` names, and a custom kind's rules are its CRD's.
 */
const nameRules = new Map([
    ...[
        'ConfigMap',
        'Secret',
        'ServiceAccount',
        'PersistentVolumeClaim',
        'PersistentVolume',
        'Pod',
        'ResourceQuota',
        'LimitRange',
        'apps/Deployment',
        'apps/DaemonSet',
        'apps/ReplicaSet',
        'networking.k8s.io/Ingress',
        'networking.k8s.io/IngressClass',
        'networking.k8s.io/NetworkPolicy',
        'autoscaling/HorizontalPodAutoscaler',
        'storage.k8s.io/StorageClass',
        'scheduling.k8s.io/PriorityClass'
    ].map((kind) => [kind, subdomain]),
    // A StatefulSet's name goes into its Pods' hostnames.
    ['apps/StatefulSet', label],
    // A Job's name goes into its Pods' `job-name` label (63), a CronJob's
    // into its Jobs' names with an 11-character suffix (52).
    ['batch/Job', { ...subdomain, max: 63, said: subdomainSaid(63) }],
    ['batch/CronJob', { ...subdomain, max: 52, said: subdomainSaid(52) }],
    ['Namespace', label],
    ['Service', serviceLabel]
]);
/** The name rule of `kind` in `apiVersion`'s group, if it is one we know. */
function nameRule(apiVersion, kind) {
    return nameRules.get((0,kind_order/* groupKind */.KH)((0,kube_objects/* groupOf */.F8)(apiVersion), kind));
}
/**
 * What is wrong with an object's identity, said for people; undefined when
 * every field has a shape the cluster can take. A field still holding an
 * unresolved `${{ … }}` is left to the variable's own diagnostic.
 */
function identityProblem(fields) {
    const open = (text) => text.includes('${{');
    const { apiVersion, kind, name, namespace } = fields;
    if (!open(apiVersion) && !(0,kube_objects/* isApiVersion */.Nw)(apiVersion))
        return {
            field: 'apiVersion',
            message: `apiVersion ${(0,redact/* quoteValue */.cl)(apiVersion)} is not a version or group/version (e.g. "v1", "apps/v1")`
        };
    if (!open(kind) && !kindShape.test(kind))
        return {
            field: 'kind',
            message: `kind ${(0,redact/* quoteValue */.cl)(kind)} is not a kind name (a letter, then letters, digits, "-" or "_", e.g. "ConfigMap")`
        };
    if (!open(apiVersion) && /^core\/[^/]+$/.test(apiVersion))
        return {
            field: 'apiVersion',
            message: `apiVersion ${(0,redact/* quoteValue */.cl)(apiVersion)} names a group "core", which Kubernetes' core group is not called: write ${(0,redact/* quoteValue */.cl)(apiVersion.slice('core/'.length))}`
        };
    const spelled = (0,kind_order/* builtInKindSpelling */.Ub)(kind);
    if (!open(apiVersion) &&
        (0,kind_order/* isBuiltInGroup */.LE)((0,kube_objects/* groupOf */.F8)(apiVersion)) &&
        spelled !== undefined &&
        spelled !== kind)
        return {
            field: 'kind',
            message: `kind ${(0,redact/* quoteValue */.cl)(kind)} is written ${(0,redact/* quoteValue */.cl)(spelled)} (kinds are case-sensitive)`
        };
    // What every kind's names share (a path segment); then the rule of the
    // kinds whose rule is known (nameRules).
    if (!open(name) && (name === '.' || name === '..' || /[/%]/.test(name)))
        return {
            field: 'name',
            message: `metadata.name ${(0,redact/* quoteValue */.cl)(name)} can never name an object (no "/" or "%", not "." or "..")`
        };
    const rule = open(apiVersion) || open(kind) ? undefined : nameRule(apiVersion, kind);
    if (rule && !open(name) && (name.length > rule.max || !rule.shape.test(name)))
        return {
            field: 'name',
            message: `metadata.name ${(0,redact/* quoteValue */.cl)(name)} is not ${rule.said}, which a ${kind}'s name must be`
        };
    if (namespace !== undefined &&
        !open(namespace) &&
        (namespace.length > 63 || !namespaceShape.test(namespace)))
        return {
            field: 'namespace',
            message: `the namespace ${(0,redact/* quoteValue */.cl)(namespace)} is not a namespace name (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)`
        };
    return undefined;
}

;// CONCATENATED MODULE: ./src/validate/data-values.ts


const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The fields checked, by kind (core API group, v1). */
const fields = {
    Secret: [
        ['data', 'base64'],
        ['stringData', 'text']
    ],
    ConfigMap: [
        ['data', 'text'],
        ['binaryData', 'base64']
    ]
};
function checkDataValues(ctx, object, at) {
    if (object.apiVersion !== 'v1')
        return;
    const checked = Object.hasOwn(fields, object.kind)
        ? fields[object.kind]
        : undefined;
    if (!checked)
        return;
    const which = `${object.kind} "${object.name}" (document #${at.n + 1} of ${at.subject})`;
    for (const [field, expected] of checked) {
        const values = object.body[field];
        if (values === undefined || values === null)
            continue;
        if (!(0,plain_data/* isRecord */.u4)(values)) {
            problem(ctx, at, [field], `${field} of ${which} is not a mapping of keys to ${expected === 'base64' ? 'base64 ' : ''}text`, expected);
            continue;
        }
        for (const [key, value] of Object.entries(values)) {
            if (!validKey(key)) {
                report(ctx, 'error', at.pointer, 'data-key-invalid', `${field} key ${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)} of ${which} is not one the API server takes: letters, digits, '-', '_' and '.' only, at most 253, not "." or ".."`, 'Rename the key (e.g. `app-config.yaml` for `app config.yaml`); a file mounted from it keeps the key as its name.', at.keyPlace([field, key]) ?? at.location);
                continue;
            }
            const why = refusal(value, expected, object.kind === 'Secret');
            if (why)
                problem(ctx, at, [field, key], `${field}.${key} of ${which} ${why}; the API server refuses it`, 
                // Not text at all: quoting it is the fix, base64 or not.
                typeof value === 'string' ? expected : 'text');
        }
    }
}
/** A key of a ConfigMap's or a Secret's data, as the API server checks it (IsConfigMapKey). */
function validKey(key) {
    return (key.length <= 253 &&
        key !== '.' &&
        key !== '..' &&
        /^[-._a-zA-Z0-9]+$/.test(key));
}
/** Why the API server refuses `value` where `expected` is asked for; undefined when it takes it. */
function refusal(value, expected, secret) {
    if (value === null)
        return undefined;
    if (typeof value !== 'string') {
        const kind = typeof value === 'boolean'
            ? `the boolean ${String(value)}`
            : typeof value === 'number'
                ? secret
                    ? 'a number'
                    : `the number ${String(value)}`
                : 'not a single value';
        return `is ${kind}, not text`;
    }
    // A reference left as written is reported as unknown; SOPS ciphertext
    // by the SOPS rules.
    if (expected === 'text' || /\$\{\{|^ENC\[/.test(value))
        return undefined;
    return base64.test(value.replace(/[\r\n]/g, ''))
        ? undefined
        : 'is not base64 text';
}
/** The error, at the key it names where the YAML lets it be placed. */
function problem(ctx, at, path, message, expected) {
    report(ctx, 'error', at.pointer, expected === 'base64' ? 'data-not-base64' : 'data-value-not-text', message, expected === 'base64'
        ? 'Encode the value (`printf %s "$value" | base64 -w0`), or put the plain text under stringData (a Secret) or data (a ConfigMap).'
        : 'Quote the value so YAML keeps it as text, e.g. `ENABLED: "yes"`, `MODE: "0644"`, `PORT: "8080"`.', at.keyPlace(path) ?? at.location);
}

;// CONCATENATED MODULE: ./src/validate/variables.ts




const reference = /\$\{\{\s*ankra\.([A-Za-z0-9_.-]+)\s*\}\}/g;
/** The same, for a yes/no test (a global pattern's `test` keeps state). */
const holdsReference = new RegExp(reference.source);
/**
 * How many bytes substitution may add to one definition (16 MiB). Each
 * reference may repeat a large value, so a definition of a few kilobytes
 * could otherwise expand to gigabytes; real variables are names, hosts and
 * versions, and a definition's files are limited to 5 MiB each.
 */
const maxSubstitutedBytes = 16 * 1024 * 1024;
/** The variable names a text refers to (`${{ ankra.NAME }}`), as written. */
function referenceNames(text) {
    return [...text.matchAll(reference)].map((m) => m[1] ?? '');
}
/** Thrown by {@link substitute} when the budget would be exceeded. */
class SubstitutionLimitError extends Error {
    variable;
    name = 'SubstitutionLimitError';
    constructor(variable) {
        super(`substituting \${{ ankra.${variable} }} exceeds ${maxSubstitutedBytes} bytes`);
        this.variable = variable;
    }
}
const budgets = new WeakMap();
/**
 * {@link substitute} under the definition's budget. Past the limit it
 * reports `variable-expansion-limit` once (naming the variable and the
 * entry, at `location`) and returns the value unsubstituted: the definition
 * is invalid anyway, and expanding further is what must not happen.
 */
function substituteBounded(ctx, value, variables, unknown, at) {
    let budget = budgets.get(ctx);
    if (!budget)
        budgets.set(ctx, (budget = { added: 0 }));
    try {
        const keys = new Set();
        const substituted = substitute(value, variables, unknown, budget, keys);
        for (const key of keys) {
            report(ctx, 'warning', at.pointer, 'variable-in-key', `key ${(0,redact/* quoteValue */.cl)(key)} in ${at.subject} holds a variable reference; references are replaced in values, not in keys, so the key is sent as written`, 'Write the key itself, or move the variable into a value.', at.location);
        }
        return substituted;
    }
    catch (error) {
        if (!(error instanceof SubstitutionLimitError))
            throw error;
        if (!budget.reported) {
            budget.reported = true;
            report(ctx, 'error', at.pointer, 'variable-expansion-limit', `substituting \${{ ankra.${error.variable} }} in ${at.subject} makes the definition more than ${maxSubstitutedBytes} bytes (16 MiB) larger than written; refusing to expand it`, 'Variables are for short values such as names, hosts and versions: put large text in a file of its own (`from_file`), or refer to the variable fewer times.', at.location);
        }
        return value;
    }
}
/** Reads `variables` of the stack at `pointer` as a name → text map. */
function readVariables(ctx, value, pointer) {
    const variables = {};
    if (!(0,plain_data/* isRecord */.u4)(value))
        return variables;
    for (const [name, raw] of Object.entries(value)) {
        const at = (0,definition_pointer/* childPointer */.Y2)(pointer, name);
        // Only a number or a boolean is shown as written; a mapping may have
        // keys (`toString: null`) that make String() throw.
        const written = ctx.loaded.sourceMap.get(at)?.raw ??
            (typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '');
        // Variables carry tokens too: messages name the variable, never its value.
        const quote = `Quote the value to keep it exactly: \`${name}: "…"\``;
        if (typeof raw === 'string') {
            variables[name] = raw;
            const inner = holdsReference.exec(raw);
            if (inner) {
                report(ctx, 'warning', at, 'variable-holds-reference', `stack variable "${name}" refers to \${{ ankra.${inner[1] ?? ''} }}; references inside a variable are not expanded, so it is used with the reference as written`, 'Write the value in full; a variable cannot build on another.');
            }
        }
        else if (typeof raw === 'boolean' ||
            (typeof raw === 'number' &&
                Number.isInteger(raw) &&
                /^[-+]?(0x[0-9a-f]+|0o[0-7]+|\d+)$/i.test(written))) {
            variables[name] = written;
            report(ctx, 'warning', at, 'variable-converted', `stack variable "${name}" is ${typeof raw === 'number' ? 'a number' : 'a boolean'}; it is used as text, as written`, quote);
        }
        else if (typeof raw === 'number') {
            report(ctx, 'error', at, 'variable-invalid-type', `stack variable "${name}" is a number that YAML may not keep as written (e.g. 1.10 becomes 1.1)`, quote);
        }
        // Maps, lists and empty values are rejected by the schema (wrong-type).
    }
    return variables;
}
/**
 * Replaces `${{ ankra.NAME }}` in every string of `value` (keys are left
 * alone, and those holding a reference collected in `keys` when given).
 * Unknown names are left literally and collected in `unknown`.
 * Throws SubstitutionLimitError when the bytes added (counted in `budget`,
 * a fresh one by default) pass {@link maxSubstitutedBytes}.
 * Lists and mappings without a reference are returned as they are, not
 * copied; the ones that change are new values (the input is not modified).
 */
function substitute(value, variables, unknown, budget = { added: 0 }, keys) {
    if (typeof value === 'string') {
        if (!value.includes('${{'))
            return value;
        return value.replace(reference, (match, name) => {
            if (!Object.hasOwn(variables, name)) {
                unknown.add(name);
                return match;
            }
            const text = variables[name];
            // Counted before the string is built, so a bomb stops at the limit.
            budget.added += text.length - match.length;
            if (budget.added > maxSubstitutedBytes) {
                throw new SubstitutionLimitError(name);
            }
            return text;
        });
    }
    if (Array.isArray(value)) {
        let out;
        value.forEach((v, index) => {
            const next = substitute(v, variables, unknown, budget, keys);
            if (next !== v)
                (out ??= value.slice())[index] = next;
        });
        return out ?? value;
    }
    if ((0,plain_data/* isRecord */.u4)(value)) {
        let out;
        for (const key of Object.keys(value)) {
            if (keys && key.includes('${{') && holdsReference.test(key))
                keys.add(key);
            const v = value[key];
            const next = substitute(v, variables, unknown, budget, keys);
            if (next === v)
                continue;
            // Spread copies every own key as data, a `__proto__` key included.
            out ??= { ...value };
            // Assigning `__proto__` would set the prototype; define it as data.
            if (key === '__proto__') {
                Object.defineProperty(out, key, {
                    value: next,
                    enumerable: true,
                    writable: true,
                    configurable: true
                });
            }
            else {
                out[key] = next;
            }
        }
        return out ?? value;
    }
    return value;
}
/** Warns once per unknown variable referenced by the entry at `pointer`. */
function reportUnknownVariables(ctx, unknown, pointer, subject, known) {
    for (const name of [...unknown].sort()) {
        const names = Object.keys(known);
        report(ctx, 'warning', pointer, 'unknown-variable', `${subject} refers to \${{ ankra.${name} }}, which this stack's variables do not define; it is left as written`, names.length > 0
            ? `Defined here: ${names.join(', ')}.`
            : "Define it under the stack's `variables:`, or give it to the sync as a cluster-level variable (the Action's variables input, the CLI's --var).");
    }
}

;// CONCATENATED MODULE: ./src/validate/object-names.ts





/**
 * The place of `metadata.name` (its key) of each object of `manifest`, in
 * the manifest's order. When a name cannot be placed (base64 YAML, inline
 * YAML that is not a `|` block), every object keeps the place recorded for
 * it: where its document starts, or the field that holds the YAML. Worked
 * out once per manifest and validation: every rule that reports an object
 * of it (duplicates, reserved records) asks, once per object.
 */
function objectNamePlaces(ctx, manifest, variables) {
    let known = placedOnce.get(ctx);
    if (!known) {
        known = new Map();
        placedOnce.set(ctx, known);
    }
    let places = known.get(manifest);
    if (!places) {
        places = namePlaces(ctx, manifest, variables);
        known.set(manifest, places);
    }
    return places;
}
const placedOnce = new WeakMap();
function namePlaces(ctx, manifest, variables) {
    const fallback = manifest.objects.map((o) => o.source);
    const yaml = manifestYaml(ctx, manifest);
    if (!yaml)
        return fallback;
    const places = [];
    for (const doc of yaml.parsed.documents) {
        const object = manifest.objects[places.length];
        if (!object)
            break;
        if (!declares(doc, object, variables, manifest.namespace))
            continue;
        const offset = nameKeyOffset(doc);
        if (offset === undefined)
            return fallback;
        const { line, column } = (0,yaml_parse/* positionOf */.df)(yaml.parsed, offset);
        places.push({
            file: yaml.origin.file,
            line: yaml.origin.line + line - 1,
            column: column + yaml.indent
        });
    }
    // Documents and objects out of step (a document refused for its aliases):
    // better the documents' starts than a wrong line.
    return places.length === fallback.length ? places : fallback;
}
/**
 * Each manifest's YAML parsed again once per validation: a manifest with
 * many objects to place (a file of 2,000 badly named ones) would otherwise
 * be parsed once per object.
 */
const parsedOnce = new WeakMap();
function manifestYaml(ctx, manifest) {
    let parsed = parsedOnce.get(ctx);
    if (!parsed) {
        parsed = new Map();
        parsedOnce.set(ctx, parsed);
    }
    const key = `${manifest.origin.type} ${manifest.source.pointer}`;
    if (!parsed.has(key))
        parsed.set(key, parseManifestYaml(ctx, manifest));
    return parsed.get(key);
}
function parseManifestYaml(ctx, manifest) {
    const pointer = manifest.source.pointer;
    if (manifest.origin.type === 'from_file' || manifest.origin.type === 'raw') {
        const file = ctx.loaded.references.get(`${pointer}/from_file`)?.parsed;
        if (!file)
            return undefined;
        const parsed = 'values' in file
            ? (0,yaml_parse/* parseYamlText */.cd)(file.text, file.file, [], file.reader)
            : file;
        return {
            parsed,
            origin: { file: file.file, line: 1, column: 1 },
            indent: 0
        };
    }
    if (manifest.origin.type !== 'manifest')
        return undefined;
    const at = `${pointer}/manifest`;
    const text = valueAt(ctx.loaded.document, at);
    const origin = ctx.loaded.sourceMap.literalBlockOrigin(at);
    if (typeof text !== 'string' || !origin)
        return undefined;
    return {
        parsed: (0,yaml_parse/* parseYamlText */.cd)(text, origin.file, [], 'objects'),
        origin,
        indent: origin.column - 1
    };
}
/** True when `doc` is the YAML of `object` (as the manifest read it). */
function declares(doc, object, variables, defaultNamespace) {
    let value;
    try {
        value = substitute((0,yaml_parse/* documentToValue */.qz)(doc), variables, new Set());
    }
    catch (error) {
        // Reported when the manifest was read.
        if (error instanceof SubstitutionLimitError)
            return false;
        throw error;
    }
    if (!(0,plain_data/* isRecord */.u4)(value))
        return false;
    const metadata = (0,plain_data/* isRecord */.u4)(value.metadata) ? value.metadata : {};
    return ((0,plain_data/* stringField */.OM)(value, 'apiVersion') === object.apiVersion &&
        (0,plain_data/* stringField */.OM)(value, 'kind') === object.kind &&
        (0,plain_data/* stringField */.OM)(metadata, 'name') === object.name &&
        ((0,plain_data/* stringField */.OM)(metadata, 'namespace') ?? defaultNamespace) ===
            object.namespace);
}
/** Offset of the `name` key of the document's `metadata` mapping. */
function nameKeyOffset(doc) {
    const metadata = doc.get('metadata', true);
    if (!(0,dist/* isMap */.jh)(metadata))
        return undefined;
    for (const pair of metadata.items) {
        if ((0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'name')
            return pair.key.range?.[0];
    }
    return undefined;
}
/**
 * Where `field` of document `n` (counting documents that hold something)
 * of the manifest at `pointer` is written; undefined when it cannot be
 * placed (base64 or quoted YAML) or the document there is not `written`
 * (its value as read, before substitution).
 */
function identityFieldPlace(ctx, manifest, n, field, written) {
    const yaml = manifestYaml(ctx, manifest);
    const doc = yaml && heldDocument(yaml, n);
    if (!yaml || !doc || !(0,plain_data/* isRecord */.u4)(written))
        return undefined;
    const inMetadata = field === 'name' || field === 'namespace';
    const map = inMetadata ? doc.get('metadata', true) : doc.contents;
    const expected = inMetadata
        ? (0,plain_data/* isRecord */.u4)(written.metadata)
            ? written.metadata[field]
            : undefined
        : written[field];
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    for (const pair of map.items) {
        if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== field)
            continue;
        // The same document as read: its value there is the one reported.
        if (!(0,dist/* isScalar */.jn)(pair.value) || pair.value.value !== expected)
            return undefined;
        return placeAt(yaml, pair.key.range?.[0]);
    }
    return undefined;
}
/**
 * Where the key at `path` (mapping keys from the document's root, such as
 * `['data', 'TOKEN']`) of document `n` of the manifest is written;
 * undefined when it cannot be placed (see identityFieldPlace).
 */
function fieldKeyPlace(ctx, manifest, n, path) {
    const yaml = manifestYaml(ctx, manifest);
    let node = yaml && heldDocument(yaml, n)?.contents;
    let offset;
    for (const key of path) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
        if (!pair)
            return undefined;
        offset = pair.key.range?.[0];
        node = pair.value;
    }
    return yaml && placeAt(yaml, offset);
}
/** Document `n` of the manifest, counting documents that hold something. */
function heldDocument(yaml, n) {
    yaml.held ??= yaml.parsed.documents.filter((d) => d.contents !== null &&
        !((0,dist/* isScalar */.jn)(d.contents) && d.contents.value === null));
    return yaml.held[n];
}
/** The file position of an offset in the manifest's YAML. */
function placeAt(yaml, offset) {
    if (offset === undefined)
        return undefined;
    const { line, column } = (0,yaml_parse/* positionOf */.df)(yaml.parsed, offset);
    return {
        file: yaml.origin.file,
        line: yaml.origin.line + line - 1,
        column: column + yaml.indent
    };
}

;// CONCATENATED MODULE: ./src/validate/parents.ts
/**
 * `parents` items in both shapes Ankra documents: `{name, kind}` and the
 * shorthand `{manifest: x}` / `{addon: x}`. Ankra's CLI silently drops the
 * shorthand (and with it the ordering); here both are first-class, and an
 * item that mixes or lacks them is an error rather than a silent drop.
 */



/** Reads a `parents` list; invalid items are reported and skipped. */
function readParents(ctx, value, pointer) {
    if (!Array.isArray(value))
        return [];
    const parents = [];
    value.forEach((item, index) => {
        const at = (0,definition_pointer/* childPointer */.Y2)(pointer, index);
        if (!(0,plain_data/* isRecord */.u4)(item))
            return; // the schema reports the wrong type
        const parent = readParent(ctx, item, at);
        if (parent)
            parents.push(parent);
    });
    return parents;
}
function readParent(ctx, item, at) {
    const manifest = (0,plain_data/* stringField */.OM)(item, 'manifest');
    const addon = (0,plain_data/* stringField */.OM)(item, 'addon');
    const name = (0,plain_data/* stringField */.OM)(item, 'name');
    const kind = (0,plain_data/* stringField */.OM)(item, 'kind');
    const shorthand = [manifest, addon].filter((v) => v !== undefined).length;
    if (shorthand > 0 &&
        (name !== undefined || kind !== undefined || shorthand > 1)) {
        report(ctx, 'error', at, 'invalid-parent', 'a parent is either `{name: x, kind: manifest|addon}` or `{manifest: x}` / `{addon: x}`, not a mix', 'Example: `- manifest: my-namespace`');
        return undefined;
    }
    if (shorthand === 1) {
        const parentKind = manifest !== undefined ? 'manifest' : 'addon';
        return {
            kind: parentKind,
            name: (manifest ?? addon),
            shape: 'shorthand',
            source: sourceRef(ctx, at)
        };
    }
    if (name === undefined || (kind !== 'manifest' && kind !== 'addon')) {
        if (name !== undefined && kind === undefined) {
            report(ctx, 'error', at, 'invalid-parent', `parent "${name}" does not say its kind`, `Add \`kind: manifest\` or \`kind: addon\`, or write \`- manifest: ${name}\`.`);
        }
        else if (name === undefined && kind !== undefined) {
            report(ctx, 'error', at, 'invalid-parent', 'a parent with "kind" needs a "name"', 'Example: `- name: my-namespace` with `kind: manifest`.');
        }
        // An invalid kind value is reported by the schema (invalid-value).
        return undefined;
    }
    return { kind, name, shape: 'explicit', source: sourceRef(ctx, at) };
}

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/secrets/variables-digest.ts
var variables_digest = __webpack_require__(2073);
;// CONCATENATED MODULE: ./src/validate/secret-substitution.ts
/**
 * What a step's digest sees of the cluster-level secret variables it uses.
 * The digest is stored in the cluster's inventory; a digest of the step as
 * applied would let anyone who may read the inventory confirm a guess of a
 * secret with one sha256. So the digest is taken over the step with each
 * secret reference left as written (`${{ ankra.token }}`), and the values
 * the step uses enter once, through scrypt (secrets/variables-digest.ts).
 * A step that uses no secret variable gets nothing here: its digest stays
 * exactly what it was before secret variables existed.
 */


/**
 * The value with only the non-secret variables substituted, and the secret
 * names it refers to; undefined when it refers to none (its digest is then
 * taken over the value as applied, as always). `value` is the value before
 * substitution.
 */
function secretUse(value, scope) {
    if (scope.names.size === 0)
        return undefined;
    const plain = {};
    for (const [name, text] of Object.entries(scope.variables)) {
        if (!scope.names.has(name))
            plain[name] = text;
    }
    // Secret references come back as unknown names and stay as written.
    const left = new Set();
    let marked;
    try {
        marked = substitute(value, plain, left);
    }
    catch (error) {
        // Past the limit with the plain values alone (the secret ones may be
        // shorter than their references): digest the value as written, with
        // every secret reference it holds, not only those met before the throw.
        if (!(error instanceof SubstitutionLimitError))
            throw error;
        marked = value;
        for (const text of strings(value))
            for (const name of referenceNames(text))
                left.add(name);
    }
    const names = [...left].filter((name) => scope.names.has(name)).sort();
    return names.length === 0 ? undefined : { marked, names };
}
const digests = new WeakMap();
/**
 * The scrypt digest of the named secret variables' values. Steps that use
 * the same variables share one computation per validation (scrypt is slow
 * on purpose).
 */
function secretDigest(ctx, names, scope) {
    const entries = names.map((name) => [name, scope.variables[name] ?? '']);
    const key = JSON.stringify(entries);
    let known = digests.get(ctx);
    if (!known)
        digests.set(ctx, (known = new Map()));
    let digest = known.get(key);
    if (digest === undefined) {
        digest = (0,variables_digest/* secretValuesDigest */.JR)(entries);
        known.set(key, digest);
    }
    return digest;
}
/** Every string inside a value (lists and mappings walked without recursion). */
function strings(value) {
    const found = [];
    const pending = [value];
    while (pending.length > 0) {
        const next = pending.pop();
        if (typeof next === 'string')
            found.push(next);
        else if (Array.isArray(next))
            pending.push(...next);
        else if (typeof next === 'object' && next !== null)
            pending.push(...Object.values(next));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/validate/manifests.ts
/**
 * Builds a Manifest from a composed `manifests[]` entry: picks its YAML
 * source (inline, `from_file`, base64, or an included file of raw objects),
 * substitutes stack variables, and checks each object names its apiVersion,
 * kind and metadata.name.
 */

















/** The Manifest for the entry at `pointer` (index `index` of its stack). */
function buildManifest(ctx, entry, pointer, index, stack, variables, secrets = { names: new Set(), variables }) {
    const name = (0,plain_data/* stringField */.OM)(entry, 'name') ?? '';
    const subject = `${namedEntry('manifest', entry, index)} in stack "${stack}"`;
    const source = readSource(ctx, entry, pointer, subject);
    const unknown = new Set();
    const namespace = (0,plain_data/* stringField */.OM)(entry, 'namespace');
    const objects = [];
    const secretNames = new Set();
    // A SOPS-encrypted file is applied as written, decrypted: replacing a
    // reference in it would break its MAC.
    const sealed = source.documents.some((doc) => (0,sops_metadata/* hasSopsMetadata */.$H)(doc.value));
    source.documents.forEach((doc, n) => {
        const body = sealed
            ? doc.value
            : substituteBounded(ctx, doc.value, variables, unknown, {
                pointer,
                subject,
                location: doc.location
            });
        const object = toObject(ctx, body, doc.location, pointer, subject, n, namespace, { origin: source.origin, written: doc.value });
        if (!object)
            return;
        // A sealed file's data is ciphertext until the sync decrypts it.
        if (!sealed)
            checkDataValues(ctx, object, {
                pointer,
                subject,
                n,
                location: doc.location,
                keyPlace: (path) => fieldKeyPlace(ctx, { source: sourceRef(ctx, pointer), origin: source.origin }, n, path)
            });
        const use = sealed ? undefined : secretUse(doc.value, secrets);
        if (use && (0,plain_data/* isRecord */.u4)(use.marked)) {
            object.digestBody = use.marked;
            for (const name of use.names)
                secretNames.add(name);
        }
        objects.push(object);
    });
    reportUnknownVariables(ctx, unknown, pointer, subject, variables);
    const legacyName = source.origin.type === 'raw' && source.origin.file !== undefined
        ? (0,raw_manifest_name/* legacyRawManifestName */._5)(name, source.origin.file)
        : undefined;
    return {
        kind: 'manifest',
        name,
        ...(legacyName === undefined ? {} : { legacyName }),
        stack,
        namespace,
        parents: readParents(ctx, entry.parents, (0,definition_pointer/* childPointer */.Y2)(pointer, 'parents')),
        force: entry.force === true,
        encryptedPaths: (0,plain_data/* listField */.FZ)(entry, 'encrypted_paths').filter((p) => typeof p === 'string'),
        objects,
        ...(secretNames.size === 0
            ? {}
            : { secretDigest: secretDigest(ctx, [...secretNames].sort(), secrets) }),
        origin: source.origin,
        source: sourceRef(ctx, pointer)
    };
}
function readSource(ctx, entry, pointer, subject) {
    const given = ['manifest', 'from_file', 'manifest_base64'].filter((key) => typeof entry[key] === 'string' && entry[key] !== '');
    if (ctx.loaded.rawManifests.has(pointer)) {
        const ref = ctx.loaded.references.get(`${pointer}/from_file`);
        return {
            documents: ref?.parsed ? fileDocuments(ref.parsed) : [],
            origin: { type: 'raw', file: ref?.path }
        };
    }
    const [chosen, ...ignored] = given;
    if (chosen === undefined) {
        report(ctx, 'error', pointer, 'manifest-no-source', `${subject} has no YAML: set "from_file", "manifest" or "manifest_base64"`, 'Example: `from_file: manifests/namespace.yaml`');
        return { documents: [], origin: { type: 'manifest' } };
    }
    if (ignored.length > 0) {
        report(ctx, 'warning', pointer, 'manifest-multiple-sources', `${subject} sets ${given.map((g) => `"${g}"`).join(' and ')}; only "${chosen}" is used`, 'Keep one source, as Ankra uses the first of manifest, from_file, manifest_base64.');
    }
    const at = (0,definition_pointer/* childPointer */.Y2)(pointer, chosen);
    const location = ctx.loaded.sourceMap.locate(at) ?? sourceRef(ctx, at);
    if (chosen === 'from_file') {
        const ref = ctx.loaded.references.get(at);
        return {
            documents: ref?.parsed ? fileDocuments(ref.parsed) : [],
            origin: { type: 'from_file', file: ref?.path }
        };
    }
    let text = (0,plain_data/* stringField */.OM)(entry, chosen) ?? '';
    if (chosen === 'manifest_base64') {
        const decoded = decodeBase64(ctx, text, at, `"manifest_base64" of ${subject}`);
        if (decoded === undefined)
            return { documents: [], origin: { type: chosen } };
        text = decoded;
    }
    const values = parseEmbeddedYaml(ctx, text, at, `"${chosen}" of ${subject}`) ?? [];
    return {
        documents: values
            .filter((v) => v !== null)
            .map((value) => ({ value, location })),
        origin: { type: chosen }
    };
}
/** The documents of a referenced file, each with where it starts. */
function fileDocuments(parsed) {
    if ('values' in parsed) {
        const located = parsed.values.map(({ value, line, column }) => ({
            value,
            location: { file: parsed.file, line, column }
        }));
        (0,key_order/* keepFileKeyOrder */.r)(located.map((d) => d.value), parsed.text);
        return located;
    }
    // The parser refused documents whose aliases it could not vouch for.
    const located = parsed.documents.map((doc) => ({
        value: (0,yaml_parse/* documentToValue */.qz)(doc),
        location: {
            file: parsed.file,
            ...(0,yaml_parse/* positionOf */.df)(parsed, doc.contents?.range?.[0] ?? 0)
        }
    }));
    (0,key_order/* keepFileKeyOrder */.r)(located.map((d) => d.value), parsed.documents);
    return located;
}
function toObject(ctx, body, location, pointer, subject, n, defaultNamespace, 
/** Where the document comes from, and its value as read: to place a field. */
{ origin, written }) {
    if (!(0,plain_data/* isRecord */.u4)(body)) {
        report(ctx, 'error', pointer, 'object-not-mapping', `document #${n + 1} of ${subject} is not a Kubernetes object (a mapping)`, undefined, location);
        return undefined;
    }
    const metadata = (0,plain_data/* isRecord */.u4)(body.metadata) ? body.metadata : {};
    const apiVersion = (0,plain_data/* stringField */.OM)(body, 'apiVersion');
    const kind = (0,plain_data/* stringField */.OM)(body, 'kind');
    const name = (0,plain_data/* stringField */.OM)(metadata, 'name');
    const missing = [
        !apiVersion && 'apiVersion',
        !kind && 'kind',
        !name && 'metadata.name'
    ].filter((m) => typeof m === 'string');
    if (kind === 'List' && !name && Array.isArray(body.items)) {
        // What `kubectl get -o yaml` writes: kubectl unpacks it, Ankra's
        // format holds objects.
        report(ctx, 'error', pointer, 'object-list', `document #${n + 1} of ${subject} is a List of ${(0,plural/* plural */.L)(body.items.length, 'item')} (as \`kubectl get -o yaml\` writes it), not an object`, 'Write each item of `items:` as its own document, separated by `---` lines.', location);
        return undefined;
    }
    if (!apiVersion || !kind || !name) {
        // Written, but not as text (`kind: 42`): said as such, not as missing.
        const notText = [
            ['apiVersion', body.apiVersion],
            ['kind', body.kind],
            ['metadata.name', metadata.name]
        ]
            .filter(([, value]) => value !== undefined && value !== null)
            .filter(([, value]) => typeof value !== 'string')
            .map(([field, value]) => `${field} is ${(0,redact/* quoteValue */.cl)(value)}, not text`);
        const absent = missing.filter((m) => !notText.some((said) => said.startsWith(`${m} is`)));
        report(ctx, 'error', pointer, 'object-missing-identity', `document #${n + 1} of ${subject} ${[
            ...(absent.length > 0 ? [`has no ${absent.join(', ')}`] : []),
            ...notText
        ].join('; ')}`, 'Every Kubernetes object needs apiVersion, kind and metadata.name, e.g. `apiVersion: v1`, `kind: ConfigMap`, `metadata: {name: settings}`.', location);
        return undefined;
    }
    const own = (0,plain_data/* stringField */.OM)(metadata, 'namespace');
    // The manifest's own `namespace:` key has its check (invalid-namespace).
    const problem = identityProblem({ apiVersion, kind, name, namespace: own });
    if (problem !== undefined) {
        report(ctx, 'error', pointer, 'object-invalid-identity', `document #${n + 1} of ${subject}: ${problem.message}`, 'The API server takes these fields into the request path; write them as Kubernetes names.', 
        // At the field itself where the YAML lets it be placed: an annotation
        // on a long block's first line does not say which object is meant.
        identityFieldPlace(ctx, { source: sourceRef(ctx, pointer), origin }, n, problem.field, written) ?? location);
        return undefined;
    }
    return {
        apiVersion,
        kind,
        name,
        namespace: own ?? defaultNamespace,
        body,
        source: location
    };
}

// EXTERNAL MODULE: ./src/validate/did-you-mean.ts
var did_you_mean = __webpack_require__(4183);
;// CONCATENATED MODULE: ./src/validate/addons.ts
/**
 * Builds an Addon from a composed `addons[]` entry: where its chart comes
 * from (a URL, a named registry, or a chart folder in the repository) and
 * its Helm values (from_file, inline or base64), with stack variables
 * substituted.
 */













/** The Addon for the entry at `pointer`. */
function buildAddon(ctx, entry, pointer, index, stack, variables, registries, secrets = { names: new Set(), variables }) {
    const subject = `${namedEntry('add-on', entry, index)} in stack "${stack}"`;
    const chartName = (0,plain_data/* stringField */.OM)(entry, 'chart_name') ?? '';
    const unknown = new Set();
    const { values, origin } = readValues(ctx, entry, pointer, subject);
    // A SOPS-encrypted file is applied as written, decrypted: replacing a
    // reference in it would break its MAC.
    const sealed = (0,sops_metadata/* hasSopsMetadata */.$H)(values);
    const substituted = sealed
        ? values
        : substituteBounded(ctx, values, variables, unknown, { pointer, subject });
    const use = sealed ? undefined : secretUse(values, secrets);
    reportUnknownVariables(ctx, unknown, pointer, subject, variables);
    if (entry.configuration_type !== undefined) {
        report(ctx, 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'configuration_type'), 'deprecated-field', `"configuration_type" is deprecated and ignored; "configuration" is always read`, 'Remove the line (Ankra dropped it in 2026).', keyLocation(ctx, (0,definition_pointer/* childPointer */.Y2)(pointer, 'configuration_type')));
    }
    return {
        kind: 'addon',
        name: (0,plain_data/* stringField */.OM)(entry, 'name') ?? '',
        stack,
        chartName,
        chartVersion: (0,plain_data/* stringField */.OM)(entry, 'chart_version') ?? '',
        chart: chartSource(ctx, entry, pointer, subject, registries),
        namespace: (0,plain_data/* stringField */.OM)(entry, 'namespace'),
        values: (0,plain_data/* isRecord */.u4)(substituted) ? substituted : {},
        ...(use && (0,plain_data/* isRecord */.u4)(use.marked)
            ? {
                digestValues: use.marked,
                secretDigest: secretDigest(ctx, use.names, secrets)
            }
            : {}),
        valuesOrigin: origin,
        encryptedPaths: (0,plain_data/* listField */.FZ)((0,plain_data/* recordField */.Qb)(entry, 'configuration') ?? {}, 'encrypted_paths').filter((p) => typeof p === 'string'),
        parents: readParents(ctx, entry.parents, (0,definition_pointer/* childPointer */.Y2)(pointer, 'parents')),
        source: sourceRef(ctx, pointer)
    };
}
function readValues(ctx, entry, pointer, subject) {
    const configuration = (0,plain_data/* recordField */.Qb)(entry, 'configuration');
    if (!configuration)
        return { values: {} };
    const base = (0,definition_pointer/* childPointer */.Y2)(pointer, 'configuration');
    const given = ['from_file', 'values', 'values_base64'].filter((key) => typeof configuration[key] === 'string' && configuration[key] !== '');
    const [chosen, ...ignored] = given;
    if (chosen === undefined)
        return { values: {} };
    if (ignored.length > 0) {
        report(ctx, 'warning', base, 'values-multiple-sources', `the configuration of ${subject} sets ${given.map((g) => `"${g}"`).join(' and ')}; only "${chosen}" is used`, 'Keep one, as Ankra uses the first of from_file, values, values_base64.');
    }
    const at = (0,definition_pointer/* childPointer */.Y2)(base, chosen);
    let documents;
    if (chosen === 'from_file') {
        const ref = ctx.loaded.references.get(at);
        if (!ref?.parsed)
            return { values: {}, origin: { type: chosen } };
        documents = fileDocuments(ref.parsed).map((d) => d.value);
        return checkMapping(ctx, documents, at, subject, {
            type: chosen,
            file: ref.path
        });
    }
    let text = (0,plain_data/* stringField */.OM)(configuration, chosen) ?? '';
    if (chosen === 'values_base64') {
        const decoded = decodeBase64(ctx, text, at, `"values_base64" of ${subject}`);
        if (decoded === undefined)
            return { values: {}, origin: { type: chosen } };
        text = decoded;
    }
    documents = parseEmbeddedYaml(ctx, text, at, `the values of ${subject}`);
    return checkMapping(ctx, documents ?? [], at, subject, { type: chosen });
}
function checkMapping(ctx, documents, at, subject, origin) {
    const [first] = documents.filter((d) => d !== null);
    if (first === undefined)
        return { values: {}, origin };
    if (!(0,plain_data/* isRecord */.u4)(first)) {
        report(ctx, 'error', at, 'values-not-mapping', `the Helm values of ${subject} are not a mapping`, 'Helm values are a YAML mapping, e.g. `replicaCount: 2`.');
        return { values: {}, origin };
    }
    return { values: first, origin };
}
function chartSource(ctx, entry, pointer, subject, registries) {
    const chartName = (0,plain_data/* stringField */.OM)(entry, 'chart_name') ?? '';
    const credentialName = (0,plain_data/* stringField */.OM)(entry, 'registry_credential_name');
    const registryName = (0,plain_data/* stringField */.OM)(entry, 'registry_name');
    if ((0,references/* isLocalChart */.q)(chartName)) {
        const ref = ctx.loaded.references.get((0,definition_pointer/* childPointer */.Y2)(pointer, 'chart_name'));
        return {
            type: 'path',
            location: ref?.path ?? chartName,
            resolvedBy: 'path',
            ...(ref?.digest ? { folderDigest: ref.digest } : {})
        };
    }
    for (const key of ['repository_url', 'registry_url']) {
        const url = (0,plain_data/* stringField */.OM)(entry, key);
        if (url === undefined)
            continue;
        const other = key === 'repository_url' ? (0,plain_data/* stringField */.OM)(entry, 'registry_url') : undefined;
        if (other !== undefined && other !== url) {
            report(ctx, 'error', (0,definition_pointer/* childPointer */.Y2)(pointer, 'registry_url'), 'chart-source-conflict', `${subject} names two different chart repositories (repository_url and registry_url)`, 'Keep one of them.');
        }
        return urlSource(ctx, url, (0,definition_pointer/* childPointer */.Y2)(pointer, key), subject, key, registryName, credentialName);
    }
    if (registryName !== undefined) {
        return namedSource(ctx, entry, pointer, subject, registryName, credentialName, registries);
    }
    report(ctx, 'error', pointer, 'missing-chart-source', `${subject} does not say where its chart comes from`, 'Add `repository_url: https://charts.example.com` (or oci://…), `registry_name: <registry>`, or write chart_name as a folder: `chart_name: ./charts/app`.');
    return { type: 'http', location: '', resolvedBy: 'repository_url' };
}
function urlSource(ctx, url, at, subject, key, registryName, credentialName) {
    const type = /^oci:\/\//.test(url)
        ? 'oci'
        : /^https?:\/\//.test(url)
            ? 'http'
            : undefined;
    if (type === undefined) {
        report(ctx, 'error', at, 'invalid-chart-url', `${key} of ${subject} is ${(0,redact/* quoteValue */.cl)(url)}; expected an http://, https:// or oci:// URL`, 'Example: `repository_url: https://charts.jetstack.io`');
    }
    else if (hasSpaceOrControl(url)) {
        // helm would fail on it at sync time; a line break in it would also
        // print as a second line wherever the plan names the chart.
        report(ctx, 'error', at, 'invalid-chart-url', `${key} of ${subject} holds a space, a line break or another control character; a URL cannot`, 'Write the URL on one line with no spaces; encode a space in a path as %20.');
    }
    return {
        type: type ?? 'http',
        location: url,
        resolvedBy: key,
        registryName,
        credentialName
    };
}
/** Whitespace or a C0 control (a line break, an escape), which no URL holds. */
function hasSpaceOrControl(url) {
    // eslint-disable-next-line no-control-regex
    return /[\s\u0000-\u001f\u007f]/.test(url);
}
function namedSource(ctx, entry, pointer, subject, registryName, credentialName, registries) {
    const at = (0,definition_pointer/* childPointer */.Y2)(pointer, 'registry_name');
    const registry = registries.find(registryName);
    if (!registry) {
        report(ctx, 'error', at, 'unknown-registry', `${subject} names the Helm registry "${registryName}", which is neither in spec.helm_registries nor in the bundled catalog`, (0,did_you_mean/* didYouMean */.au)(registryName, registries.names()) ??
            'Declare it under spec.helm_registries, or give `registry_url` / `repository_url` instead.');
        return {
            type: 'http',
            location: '',
            resolvedBy: 'registry_name',
            registryName,
            credentialName
        };
    }
    const chartName = (0,plain_data/* stringField */.OM)(entry, 'chart_name') ?? '';
    if (registry.excludeCharts.includes(chartName)) {
        report(ctx, 'error', (0,definition_pointer/* childPointer */.Y2)(pointer, 'chart_name'), 'chart-excluded', `the registry "${registry.name}" excludes the chart "${chartName}" (exclude_charts, ${registry.origin})`, 'Use another registry for this chart.');
    }
    const scheme = registry.url.startsWith('oci://')
        ? 'OCIRegistry'
        : 'HTTPRegistry';
    if (scheme !== registry.kind) {
        report(ctx, 'error', at, 'registry-kind-mismatch', `the registry "${registry.name}" is declared as ${registry.kind} but its URL ${registry.url} is ${scheme === 'OCIRegistry' ? 'an oci://' : 'an http(s)://'} URL (${registry.origin})`);
    }
    return {
        type: scheme === 'OCIRegistry' ? 'oci' : 'http',
        location: registry.url,
        resolvedBy: 'registry_name',
        registryName: registry.name,
        // The add-on's own credential wins over its registry's, as in Ankra.
        credentialName: credentialName ?? registry.credentialName
    };
}

// EXTERNAL MODULE: ./src/definition/registry-lookup.ts
var registry_lookup = __webpack_require__(7277);
;// CONCATENATED MODULE: ./src/validate/registries.ts

/** The registry kind a URL implies: `oci://` → OCI, anything else → HTTP. */
function registryKindOf(url) {
    return url.startsWith('oci://') ? 'OCIRegistry' : 'HTTPRegistry';
}
/** A lookup that finds the cluster's registries first, then `base` (if any). */
function withClusterRegistries(base, registries) {
    const own = new Map();
    for (const r of registries) {
        const key = (0,registry_lookup/* normalizeRegistryName */.U)(r.name);
        if (own.has(key))
            continue;
        own.set(key, {
            name: r.name,
            url: r.url,
            kind: registryKindOf(r.url),
            excludeCharts: r.excludeCharts,
            origin: `${r.source.file}:${r.source.line}`,
            ...(r.credentialName !== undefined
                ? { credentialName: r.credentialName }
                : {})
        });
    }
    return {
        find: (name) => own.get((0,registry_lookup/* normalizeRegistryName */.U)(name)) ?? base?.find(name),
        names: () => [
            ...[...own.values()].map((r) => r.name),
            ...(base?.names() ?? [])
        ]
    };
}

;// CONCATENATED MODULE: ./src/validate/build-definition.ts
/**
 * Reads the composed document into the ClusterDefinition model. It is
 * tolerant (missing names become `''`) so the rules can run and report every
 * problem at once; validateDefinition only returns the model when nothing
 * was an error, and by then the schema has vouched for every shape read here.
 */







/** The model of the definition; fields the schema rejected are left empty. */
function buildDefinition(ctx, registries, clusterVariables = {}, secretNames = new Set()) {
    const doc = (0,plain_data/* isRecord */.u4)(ctx.loaded.document) ? ctx.loaded.document : {};
    const metadata = (0,plain_data/* recordField */.Qb)(doc, 'metadata') ?? {};
    const spec = (0,plain_data/* recordField */.Qb)(doc, 'spec') ?? {};
    const helmRegistries = readRegistries(ctx, spec);
    const lookup = withClusterRegistries(registries, helmRegistries);
    const stacks = (0,plain_data/* listField */.FZ)(spec, 'stacks').map((stack, index) => readStack(ctx, stack, (0,definition_pointer/* childPointer */.Y2)('/spec/stacks', index), lookup, clusterVariables, secretNames));
    return {
        apiVersion: (0,plain_data/* stringField */.OM)(doc, 'apiVersion') ?? '',
        name: (0,plain_data/* stringField */.OM)(metadata, 'name') ?? '',
        description: (0,plain_data/* stringField */.OM)(metadata, 'description'),
        file: ctx.loaded.file,
        gitRepository: readGitRepository(ctx, spec),
        stacks,
        helmRegistries,
        files: ctx.loaded.files,
        source: sourceRef(ctx, '')
    };
}
function readGitRepository(ctx, spec) {
    const git = (0,plain_data/* recordField */.Qb)(spec, 'git_repository');
    if (!git)
        return undefined;
    return {
        provider: (0,plain_data/* stringField */.OM)(git, 'provider'),
        repository: (0,plain_data/* stringField */.OM)(git, 'repository'),
        branch: (0,plain_data/* stringField */.OM)(git, 'branch'),
        credentialName: (0,plain_data/* stringField */.OM)(git, 'credential_name'),
        source: sourceRef(ctx, '/spec/git_repository')
    };
}
function readRegistries(ctx, spec) {
    const out = [];
    (0,plain_data/* listField */.FZ)(spec, 'helm_registries').forEach((entry, index) => {
        if (!(0,plain_data/* isRecord */.u4)(entry))
            return;
        const name = (0,plain_data/* stringField */.OM)(entry, 'name');
        const url = (0,plain_data/* stringField */.OM)(entry, 'url');
        if (name === undefined || url === undefined)
            return;
        out.push({
            name,
            url,
            credentialName: (0,plain_data/* stringField */.OM)(entry, 'credential_name'),
            excludeCharts: (0,plain_data/* listField */.FZ)(entry, 'exclude_charts').filter((c) => typeof c === 'string'),
            source: sourceRef(ctx, (0,definition_pointer/* childPointer */.Y2)('/spec/helm_registries', index))
        });
    });
    return out;
}
function readStack(ctx, value, pointer, lookup, clusterVariables, secretNames) {
    const stack = (0,plain_data/* isRecord */.u4)(value) ? value : {};
    const name = (0,plain_data/* stringField */.OM)(stack, 'name') ?? '';
    const own = readVariables(ctx, stack.variables, (0,definition_pointer/* childPointer */.Y2)(pointer, 'variables'));
    // Ankra's precedence: the stack's own value wins over a cluster-level one.
    const variables = { ...clusterVariables, ...own };
    // A value the stack writes itself is in the repository, not a secret.
    const secrets = {
        names: new Set([...secretNames].filter((n) => !Object.hasOwn(own, n))),
        variables
    };
    const wave = stack.deploy_wave;
    return {
        name,
        description: (0,plain_data/* stringField */.OM)(stack, 'description'),
        deployWave: typeof wave === 'number' && Number.isInteger(wave) && wave >= 0
            ? wave
            : undefined,
        variables: own,
        manifests: (0,plain_data/* listField */.FZ)(stack, 'manifests').flatMap((entry, index) => (0,plain_data/* isRecord */.u4)(entry)
            ? [
                buildManifest(ctx, entry, `${pointer}/manifests/${index}`, index, name, variables, secrets)
            ]
            : []),
        addons: (0,plain_data/* listField */.FZ)(stack, 'addons').flatMap((entry, index) => (0,plain_data/* isRecord */.u4)(entry)
            ? [
                buildAddon(ctx, entry, `${pointer}/addons/${index}`, index, name, variables, lookup, secrets)
            ]
            : []),
        source: sourceRef(ctx, pointer)
    };
}

// EXTERNAL MODULE: ./src/plan/plan-steps.ts
var plan_steps = __webpack_require__(7918);
;// CONCATENATED MODULE: ./src/validate/conflict-rules.ts





/**
 * The object's identity, as a printable key. `clusterScoped`: the custom
 * kinds (`group/Kind`) the definition's own CRDs make cluster-scoped.
 */
function objectIdentity(object, clusterScoped) {
    const group = (0,kind_order/* apiGroup */.oI)(object.apiVersion);
    const kind = group === '' ? object.kind : `${object.kind}.${group}`;
    const namespace = (0,kind_order/* objectNamespace */.Z4)(object, undefined, clusterScoped);
    return namespace === undefined
        ? `${kind}/${object.name}`
        : `${kind}/${namespace}/${object.name}`;
}
/**
 * How many other declarations a message names. Each declaration still gets
 * its own error, but naming every other one in each made the output grow
 * with the square of the copies: 4,000 copies of one 58-byte document
 * printed gigabytes and ended in "Invalid string length". Up to
 * `placesListedWhole` others are all named, as always; beyond, the first
 * `placesNamed` and a count of the rest (never "1 other place").
 */
const placesNamed = 3;
const placesListedWhole = 4;
/**
 * The first `count` of `list` other than `self`, without walking the whole
 * list: each of N declarations asks, so a filter would be quadratic again.
 */
function othersOf(list, self, count) {
    return list
        .slice(0, count + 1)
        .filter((item) => item !== self)
        .slice(0, count);
}
/**
 * Reports every object declared more than once (by several manifests or
 * twice in one), once at each declaration's `metadata.name`, naming the
 * others (a bounded few of them): whichever file a change touched, its
 * annotation is there.
 */
function checkObjectConflicts(ctx, stacks) {
    const byIdentity = new Map();
    const clusterScoped = (0,plan_steps/* clusterScopedCustomKinds */.FY)(stacks);
    for (const stack of stacks) {
        for (const manifest of stack.manifests) {
            manifest.objects.forEach((object, index) => {
                const id = objectIdentity(object, clusterScoped);
                const list = byIdentity.get(id) ?? [];
                list.push({ object, manifest, stack, index });
                byIdentity.set(id, list);
            });
        }
    }
    const placeOf = (d) => objectNamePlaces(ctx, d.manifest, d.stack.variables)[d.index] ??
        d.object.source;
    checkDefaultNamespace(ctx, byIdentity, placeOf);
    for (const declarations of byIdentity.values()) {
        if (declarations.length < 2)
            continue;
        const count = declarations.length - 1;
        const cut = count > placesListedWhole;
        for (const declaration of declarations) {
            const { object, manifest } = declaration;
            const namespace = (0,kind_order/* objectNamespace */.Z4)(object, undefined, clusterScoped);
            const by = (other) => other.manifest === manifest
                ? 'in the same manifest'
                : `by manifest "${other.manifest.name}" in stack "${other.manifest.stack}"`;
            const others = othersOf(declarations, declaration, cut ? placesNamed : count);
            const also = cut
                ? `${groupedPlaces(others, by, placeOf)} and at ${(0,plural/* countText */.l)(count - placesNamed)} other places`
                : others
                    .map((other) => `${by(other)} at ${formatPlace(placeOf(other))}`)
                    .join(' and ');
            report(ctx, 'error', manifest.source.pointer, 'duplicate-object', `${object.kind} "${object.name}"${namespace ? ` in namespace "${namespace}"` : ''} (manifest "${manifest.name}") is also declared ${also}`, 'Declare each Kubernetes object in one manifest only.', placeOf(declaration));
        }
    }
}
/**
 * Places of a cut list, those of one manifest together: `in the same
 * manifest at a.yaml:8:12, a.yaml:12:12 and by manifest "b" … at b.yaml:4:3`.
 */
function groupedPlaces(others, by, placeOf) {
    const groups = [];
    for (const other of others) {
        const last = groups[groups.length - 1];
        const place = formatPlace(placeOf(other));
        if (last?.by === by(other))
            last.places.push(place);
        else
            groups.push({ by: by(other), places: [place] });
    }
    return groups.map((g) => `${g.by} at ${g.places.join(', ')}`).join(' and ');
}
/**
 * An object of one of Kubernetes' own namespaced kinds written without any
 * namespace lands in the kubeconfig context's namespace: `default` unless
 * the context names another. Declared so and also with `namespace:
 * default`, it is one object in the usual setup, which two steps would
 * both apply; offline that is not certain, so each is a warning.
 */
function checkDefaultNamespace(ctx, byIdentity, placeOf) {
    for (const unplaced of byIdentity.values()) {
        const first = unplaced[0];
        if (!first || first.object.namespace !== undefined)
            continue;
        const { kind, apiVersion } = first.object;
        const group = (0,kind_order/* apiGroup */.oI)(apiVersion);
        if ((0,kind_order/* builtInRank */.Im)(group, kind) === undefined || (0,kind_order/* isClusterScoped */.Z6)(group, kind))
            continue;
        const inDefault = byIdentity.get(objectIdentity({ ...first.object, namespace: 'default' }));
        if (!inDefault)
            continue;
        const say = (d) => `manifest "${d.manifest.name}" in stack "${d.manifest.stack}" at ${formatPlace(placeOf(d))}`;
        // Each declaration of one side names those of the other: bounded as
        // for duplicates, or thousands on each side print millions of places.
        const sayAll = (list) => list.length > placesListedWhole
            ? `${list.slice(0, placesNamed).map(say).join(' and ')} and ${(0,plural/* countText */.l)(list.length - placesNamed)} more`
            : list.map(say).join(' and ');
        const declaredInDefault = sayAll(inDefault);
        const declaredUnplaced = sayAll(unplaced);
        const warn = (d, what, other) => report(ctx, 'warning', d.manifest.source.pointer, 'possible-duplicate-object', `${kind} "${d.object.name}" ${what}: with a context on "default" (the usual) both are one object`, `Write \`namespace: default\` on both, or give ${other} the namespace it is meant for.`, placeOf(d));
        for (const d of unplaced)
            warn(d, `(manifest "${d.manifest.name}") names no namespace, so it lands in the kubeconfig context's namespace, and ${declaredInDefault} declares it in namespace "default"`, 'this one');
        for (const d of inDefault)
            warn(d, `in namespace "default" (manifest "${d.manifest.name}") is also declared without a namespace by ${declaredUnplaced}, which lands in the kubeconfig context's namespace`, 'the other');
    }
}

// EXTERNAL MODULE: ./src/state/cluster-names.ts
var cluster_names = __webpack_require__(2534);
;// CONCATENATED MODULE: ./src/validate/reserved-objects.ts




const recordKinds = new Map([
    ['ConfigMap', ''],
    ['Lease', 'coordination.k8s.io']
]);
/** Reports each declared object that is, or could be, such a record. */
function checkReservedObjects(ctx, stacks) {
    for (const stack of stacks) {
        for (const manifest of stack.manifests) {
            manifest.objects.forEach((object, index) => {
                if (object.namespace !== cluster_names/* systemNamespace */.lv ||
                    recordKinds.get(object.kind) !== (0,kind_order/* apiGroup */.oI)(object.apiVersion) ||
                    !object.name.startsWith(cluster_names/* recordPrefix */.Kg))
                    return;
                report(ctx, 'error', manifest.source.pointer, 'reserved-object', `${object.kind} "${object.name}" in namespace "${cluster_names/* systemNamespace */.lv}" (manifest "${manifest.name}") is where ClusterSync keeps a cluster definition's inventory or lock; a definition may not declare it`, `Name it without the "${cluster_names/* recordPrefix */.Kg}" prefix, or put it in another namespace.`, objectNamePlaces(ctx, manifest, stack.variables)[index] ??
                    object.source);
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/graph-rules.ts




const graph_rules_label = (kind, name) => `${kind === 'addon' ? 'add-on' : 'manifest'} "${name}"`;
const keyOf = (kind, name) => `${kind}:${name}`;
/** Reports dangling parents and dependency cycles. */
function checkParents(ctx, stacks) {
    const resources = stacks.flatMap((s) => [
        ...s.manifests,
        ...s.addons
    ]);
    const byKey = new Map();
    for (const r of resources)
        if (!byKey.has(keyOf(r.kind, r.name)))
            byKey.set(keyOf(r.kind, r.name), r);
    const edges = new Map();
    for (const r of resources) {
        const out = [];
        for (const parent of r.parents) {
            const target = keyOf(parent.kind, parent.name);
            if (byKey.has(target)) {
                out.push({ to: target, ref: parent });
                continue;
            }
            reportDangling(ctx, r, parent, resources, stacks);
        }
        edges.set(keyOf(r.kind, r.name), out);
    }
    findCycles(ctx, edges);
}
function reportDangling(ctx, owner, parent, resources, stacks) {
    // Never the owner itself: that would suggest a parent of its own.
    const otherKind = resources.find((r) => r !== owner && r.name === parent.name && r.kind !== parent.kind);
    const stack = stacks.find((s) => s.name === parent.name);
    const sameKind = resources
        .filter((r) => r.kind === parent.kind)
        .map((r) => r.name);
    const prefixed = prefixMatches(parent.name, sameKind);
    const close = (0,did_you_mean/* suggest */.ZA)(parent.name, sameKind);
    const hint = otherKind
        ? `There is ${graph_rules_label(otherKind.kind, otherKind.name)}; write \`- ${otherKind.kind}: ${parent.name}\`.`
        : prefixed.length > 0
            ? `Did you mean ${prefixed.map((n) => `"${n}"`).join(' or ')}? A file of raw objects is named by its path from the definition's folder, without extension, or "/" + its path from the repository root outside that folder (docs/format.md, "Names of raw-object manifests").`
            : close !== undefined
                ? `Did you mean "${close}"?`
                : stack !== undefined
                    ? owner.stack === stack.name
                        ? `"${parent.name}" is the stack ${graph_rules_label(owner.kind, owner.name)} is in: parents name a manifest or add-on of this cluster, one the stack holds or another.`
                        : `"${parent.name}" is a stack: parents name a manifest or add-on. To run after every step of stack "${parent.name}", give the stacks deploy_wave values.`
                    : 'Parents name a manifest or add-on declared in any stack of this cluster.';
    report(ctx, 'error', parent.source.pointer, 'unknown-parent', `${graph_rules_label(owner.kind, owner.name)} has the parent ${graph_rules_label(parent.kind, parent.name)}, which is not declared anywhere in this cluster`, hint);
}
/**
 * Declared names that differ from `name` only by leading path segments, in
 * either direction (`namespaces/shop` and `platform/namespaces/shop`, or
 * `/shared/quota` and `shared/quota`): the usual slip when a raw-object
 * file's name is written from another folder than the definition's.
 */
function prefixMatches(name, declared) {
    const found = declared.filter((other) => other !== name &&
        (other.endsWith(`/${name}`) || name.endsWith(`/${other}`)));
    return [...new Set(found)].sort(src_diagnostics/* compareText */.n6);
}
/**
 * One error per group of resources that depend on each other (a strongly
 * connected component), with one shortest cycle through the group's
 * smallest name. Reporting every cycle a depth-first walk meets does not
 * stay bounded: 300 manifests that each name all the others gave 44,850
 * errors (373 MB); and removing any edge of the one shown breaks it.
 */
function findCycles(ctx, edges) {
    const position = new Map([...edges.keys()].map((key, i) => [key, i]));
    for (const group of stronglyConnected(edges)) {
        const start = [...group].sort(src_diagnostics/* compareText */.n6)[0];
        const members = new Set(group);
        const cycle = shortestCycle(start, members, edges);
        if (!cycle)
            continue; // one resource without a parent of its own
        group.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
        reportCycle(ctx, cycle, group);
    }
}
/**
 * Tarjan's strongly connected components. The walk keeps its own stack (a
 * frame per node on the current path, with the index of the next edge to
 * follow): a chain of parents can be longer than the call stack is deep.
 */
function stronglyConnected(edges) {
    const index = new Map();
    const low = new Map();
    const open = [];
    const onOpen = new Set();
    const path = [];
    const groups = [];
    const enter = (node) => {
        index.set(node, index.size);
        low.set(node, index.size - 1);
        open.push(node);
        onOpen.add(node);
        path.push({ node, next: 0 });
    };
    for (const root of edges.keys()) {
        if (index.has(root))
            continue;
        enter(root);
        while (path.length > 0) {
            const frame = path[path.length - 1];
            const node = frame.node;
            const edge = edges.get(node)?.[frame.next++];
            if (edge !== undefined) {
                if (!index.has(edge.to))
                    enter(edge.to);
                else if (onOpen.has(edge.to))
                    low.set(node, Math.min(low.get(node) ?? 0, index.get(edge.to) ?? 0));
                continue;
            }
            path.pop();
            const caller = path[path.length - 1];
            if (caller)
                low.set(caller.node, Math.min(low.get(caller.node) ?? 0, low.get(node) ?? 0));
            if (low.get(node) !== index.get(node))
                continue;
            const group = [];
            for (let member = open.pop(); member !== undefined; member = open.pop()) {
                onOpen.delete(member);
                group.push(member);
                if (member === node)
                    break;
            }
            groups.push(group);
        }
    }
    return groups;
}
/**
 * A shortest cycle from `start` back to it inside `members` (breadth-first,
 * edges in written order), as `[start, …, start]`; undefined when none.
 */
function shortestCycle(start, members, edges) {
    const cameFrom = new Map();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
        const node = queue[i];
        for (const edge of edges.get(node) ?? []) {
            if (edge.to === start) {
                const cycle = [{ node: start, ref: edge.ref }];
                for (let at = node; at !== start;) {
                    const step = cameFrom.get(at);
                    if (!step)
                        break;
                    cycle.push({ node: at, ref: step.ref });
                    at = step.from;
                }
                // Built backwards from the closing edge: each link holds the ref
                // of the edge into it; reversed, the walk runs from `start`.
                cycle.push({ node: start });
                return cycle.reverse();
            }
            if (!members.has(edge.to) || cameFrom.has(edge.to))
                continue;
            cameFrom.set(edge.to, { from: node, ref: edge.ref });
            queue.push(edge.to);
        }
    }
    return undefined;
}
/**
 * A longer cycle prints its first `cycleShownFirst` resources, `…`, and the
 * last one; a group names `membersNamed` of its other resources and counts
 * the rest. Up to `cycleShownWhole` / `membersListedWhole` everything is
 * printed, as always.
 */
const cycleShownFirst = 8;
const cycleShownWhole = 10;
const membersNamed = 3;
const membersListedWhole = 4;
function reportCycle(ctx, cycle, group) {
    const text = (node) => {
        const cut = node.indexOf(':');
        return graph_rules_label(node.slice(0, cut), node.slice(cut + 1));
    };
    const edge = (i) => {
        const to = cycle[i + 1];
        return `${text(cycle[i]?.node ?? '')} → ${text(to?.node ?? '')} at ${to?.ref ? formatPlace(to.ref.source) : '?'}`;
    };
    const length = cycle.length - 1;
    const cut = length > cycleShownWhole;
    const shown = cut
        ? [...cycle.slice(0, cycleShownFirst), cycle[length - 1], cycle[length]]
        : cycle;
    const path = shown.map((c) => text(c?.node ?? ''));
    if (cut)
        path.splice(cycleShownFirst, 0, '…');
    const steps = cut
        ? [
            ...[...Array(cycleShownFirst - 1).keys()].map(edge),
            `… (${(0,plural/* countText */.l)(length - cycleShownFirst)} more)`,
            edge(length - 1)
        ]
        : [...Array(length).keys()].map(edge);
    let message = `dependency cycle: ${path.join(' -> ')}`;
    if (cut)
        message += ` (${(0,plural/* countText */.l)(length)} resources in this cycle, ${(0,plural/* countText */.l)(length - cycleShownFirst - 1)} not shown)`;
    let hint = `Edges (resource → its parent): ${steps.join('; ')}. Remove one of these parents.`;
    if (group.length > length) {
        const onCycle = new Set(cycle.map((c) => c.node));
        const rest = group.filter((node) => !onCycle.has(node));
        const also = rest.length > membersListedWhole
            ? `${rest.slice(0, membersNamed).map(text).join(', ')} and ${(0,plural/* countText */.l)(rest.length - membersNamed)} others`
            : listText(rest.map(text));
        message += `, one of the cycles among ${(0,plural/* countText */.l)(group.length)} resources that depend on each other (also ${also})`;
        hint +=
            ' Then validate again: the others of this group may still form cycles.';
    }
    const firstRef = cycle[1]?.ref;
    report(ctx, 'error', firstRef?.source.pointer ?? '', 'dependency-cycle', message, hint, firstRef?.source);
}
/** `a`, `a and b`, `a, b and c`. */
function listText(items) {
    return items.length < 2
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/validate/legacy-parents.ts
/**
 * Parents written with the old name of a raw-object manifest (its
 * repository-relative path, before names were taken from the definition's
 * folder) keep working: each is renamed to the current name, with a
 * deprecation warning at the parent that says the new name. A declared name
 * always wins, so an old name that is now some other manifest's name means
 * that manifest; since the previous release read it as the other file, that
 * parent gets a warning too: the deploy order changed under it.
 */


/** Renames parents that use an old manifest name, warning at each one. */
function renameLegacyParents(ctx, stacks) {
    const manifests = stacks.flatMap((s) => s.manifests);
    const declared = new Map(manifests.map((m) => [m.name, m]));
    const byLegacy = new Map();
    for (const m of manifests) {
        if (m.legacyName !== undefined && !byLegacy.has(m.legacyName))
            byLegacy.set(m.legacyName, m);
    }
    if (byLegacy.size === 0)
        return;
    const resources = stacks.flatMap((s) => [
        ...s.manifests,
        ...s.addons
    ]);
    for (const resource of resources) {
        resource.parents = resource.parents.map((parent) => {
            if (parent.kind !== 'manifest')
                return parent;
            const target = byLegacy.get(parent.name);
            if (target === undefined)
                return parent;
            const current = declared.get(parent.name);
            if (current !== undefined) {
                reportAmbiguousName(ctx, parent.source.pointer, current, target);
                return parent;
            }
            reportLegacyName(ctx, parent.source.pointer, parent.name, target);
            return { ...parent, name: target.name };
        });
    }
}
function reportLegacyName(ctx, pointer, written, target) {
    const folder = (0,raw_manifest_name/* definitionFolder */.WI)(ctx.loaded.file);
    report(ctx, 'warning', pointer, 'deprecated-manifest-name', `the parent manifest "${written}" uses the old, repository-relative name of ${target.origin.file ?? 'a file of raw objects'}; its name is now "${target.name}"`, `Write "${target.name}": a file of raw objects is named by its path from the definition's folder (${folder}/), or "/" + its path from the repository root outside that folder, so names survive moving the folder. Old names are deprecated.`);
}
function reportAmbiguousName(ctx, pointer, current, legacy) {
    const name = current.name;
    const currentFile = current.origin.file ?? `the manifest "${name}"`;
    const legacyFile = legacy.origin.file ?? 'another file of raw objects';
    report(ctx, 'warning', pointer, 'ambiguous-manifest-name', `the parent manifest "${name}" means ${currentFile} (its name), not ${legacyFile}, whose old, repository-relative name it was; releases before names were taken from the definition's folder read it as ${legacyFile}, so the deploy order may have changed`, `To depend on ${legacyFile}, write "${legacy.name}". A declared name wins over an old one, so "${name}" keeps meaning ${currentFile} (docs/format.md, "Names of raw-object manifests").`);
}

;// CONCATENATED MODULE: ./src/validate/name-rules.ts


/** Reports every duplicate name; each diagnostic names the first declaration. */
function checkUniqueNames(ctx, stacks, registries) {
    checkUnique(ctx, 'stack', stacks, (s) => s.name);
    checkUnique(ctx, 'manifest', stacks.flatMap((s) => s.manifests), (m) => m.name);
    checkAddons(ctx, stacks.flatMap((s) => s.addons));
    checkUnique(ctx, 'Helm registry', registries, (r) => (0,registry_lookup/* normalizeRegistryName */.U)(r.name));
}
function checkUnique(ctx, noun, items, key) {
    const first = new Map();
    for (const item of items) {
        if (item.name === '')
            continue;
        const earlier = first.get(key(item));
        if (!earlier) {
            first.set(key(item), item);
            continue;
        }
        report(ctx, 'error', item.source.pointer, 'duplicate-name', `${noun} "${item.name}" is declared twice (first at ${formatPlace(earlier.source)})`, `Names of each kind are unique in the cluster; rename one of them.`);
    }
}
function checkAddons(ctx, addons) {
    const first = new Map();
    for (const addon of addons) {
        if (addon.name === '')
            continue;
        const earlier = first.get(addon.name);
        if (!earlier) {
            first.set(addon.name, addon);
            continue;
        }
        const namespace = addon.namespace ?? 'default';
        if ((earlier.namespace ?? 'default') === namespace) {
            report(ctx, 'error', addon.source.pointer, 'duplicate-release', `add-on "${addon.name}" would install the Helm release "${addon.name}" into namespace "${namespace}", as the add-on at ${formatPlace(earlier.source)} does`, 'The add-on name is the release name; rename one of them.');
        }
        else {
            report(ctx, 'error', addon.source.pointer, 'duplicate-name', `add-on "${addon.name}" is declared twice (first at ${formatPlace(earlier.source)})`, 'Names of each kind are unique in the cluster; rename one of them.');
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/notices.ts
/**
 * Notices that are not errors: keys Ankra defines but ClusterSync does not
 * act on (one info per key name, so a strict schema never rejects a real
 * Ankra file and users still learn the key has no effect here), and the
 * wrong-branch check.
 */



/** Keys accepted for compatibility, by where they appear. */
const notActedOn = {
    spec: [
        'prometheus_metrics',
        'log_source',
        'prometheus_credential',
        'kubernetes',
        'provider',
        'argo_cd'
    ],
    /** `credential_name` is acted on: the registry's login (validate/credential-names.ts). */
    helmRegistry: [],
    stack: ['applications', 'description_from_file'],
    manifest: [
        'group',
        'auto_remediate',
        'dependencies_override',
        'agents_md',
        'agents_md_from_file'
    ],
    addon: [
        'settings',
        'group',
        'namespace_migration_strategy',
        'job_configuration',
        'agents_md',
        'agents_md_from_file'
    ]
};
/** What to do instead, for ignored keys that limit what a sync can reach. */
const insteadOf = {};
/** One `accepted-not-acted-on` info per key name, at its first occurrence. */
function reportNotActedOn(ctx, document) {
    const seen = new Set();
    const check = (entry, pointer, keys, where) => {
        if (!(0,plain_data/* isRecord */.u4)(entry))
            return;
        for (const key of keys) {
            if (!Object.hasOwn(entry, key) || seen.has(key))
                continue;
            seen.add(key);
            report(ctx, 'info', (0,definition_pointer/* childPointer */.Y2)(pointer, key), 'accepted-not-acted-on', `"${key}" (${where}) is accepted for compatibility with Ankra, not acted on by ClusterSync`, insteadOf[key], keyLocation(ctx, (0,definition_pointer/* childPointer */.Y2)(pointer, key)));
        }
    };
    const spec = (0,plain_data/* isRecord */.u4)(document) ? (0,plain_data/* recordField */.Qb)(document, 'spec') : undefined;
    if (!spec)
        return;
    check(spec, '/spec', notActedOn.spec, 'spec');
    (0,plain_data/* listField */.FZ)(spec, 'helm_registries').forEach((r, i) => check(r, `/spec/helm_registries/${i}`, notActedOn.helmRegistry, 'helm registry'));
    (0,plain_data/* listField */.FZ)(spec, 'stacks').forEach((stack, s) => {
        const stackPointer = (0,definition_pointer/* childPointer */.Y2)('/spec/stacks', s);
        check(stack, stackPointer, notActedOn.stack, 'stack');
        if (!(0,plain_data/* isRecord */.u4)(stack))
            return;
        (0,plain_data/* listField */.FZ)(stack, 'manifests').forEach((m, i) => check(m, `${stackPointer}/manifests/${i}`, notActedOn.manifest, 'manifest'));
        (0,plain_data/* listField */.FZ)(stack, 'addons').forEach((a, i) => check(a, `${stackPointer}/addons/${i}`, notActedOn.addon, 'add-on'));
    });
}
/**
 * Compares `spec.git_repository.branch` with the ref being validated. A
 * mismatch is a warning when validating (a pull request into another branch
 * is normal) and an error when syncing (it would deploy the wrong branch).
 */
function checkBranch(ctx, branch, ref, mode) {
    if (branch === undefined || ref === undefined || ref === '')
        return;
    const current = ref.replace(/^refs\/heads\//, '');
    if (current === branch)
        return;
    report(ctx, mode === 'sync' ? 'error' : 'warning', '/spec/git_repository/branch', 'wrong-branch', `the definition is for branch "${branch}", but the ref being ${mode === 'sync' ? 'synced' : 'validated'} is "${current}"`, mode === 'sync'
        ? 'Sync from the branch the definition names, or change spec.git_repository.branch.'
        : 'Fine for a pull request into another branch; a sync from this ref would be refused.');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/package-files.ts
var package_files = __webpack_require__(9217);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/validate/schema-validator.generated.ts
const runtimeExports = (module) => typeof module.default === 'function' ? module : module.default;

const runtime0 = runtimeExports(ucs2length);
const sourceHash = 'f668c23fda85648e9f9cd2fc7b2841676e5e31cedc1aff7cbbbbd0e68c3825d0';
const precompiledValidate = validate10;
const schema11 = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://clustersync.dev/schemas/cluster-definition.v1.schema.json',
    title: 'ClusterSync cluster definition (Ankra ImportCluster), version 1',
    description: 'The composed definition (includes expanded). `- include:` items are described too, so editors accept files that use them.',
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
    properties: {
        apiVersion: {
            type: 'string',
            enum: ['v1'],
            examples: ['v1'],
            description: 'Always v1.'
        },
        kind: {
            type: 'string',
            enum: ['ImportCluster'],
            examples: ['ImportCluster'],
            description: 'Always ImportCluster.'
        },
        metadata: { $ref: '#/definitions/metadata' },
        spec: { $ref: '#/definitions/spec' }
    },
    definitions: {
        metadata: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {
                name: {
                    type: 'string',
                    description: "The cluster's name.",
                    minLength: 1,
                    examples: ['my-cluster']
                },
                description: { type: 'string', description: 'Free text.' }
            }
        },
        spec: {
            type: 'object',
            additionalProperties: false,
            examples: [{ stacks: [] }],
            properties: {
                git_repository: { $ref: '#/definitions/gitRepository' },
                stacks: {
                    type: ['array', 'null'],
                    description: 'Stacks, or `- include: <stack file, folder/ or glob>` items. Empty (`stacks:` with no value) means none, as in Ankra.',
                    items: {
                        if: {
                            type: 'object',
                            required: ['include'],
                            properties: { include: true }
                        },
                        then: { $ref: '#/definitions/include' },
                        else: { $ref: '#/definitions/stack' }
                    },
                    examples: [[]]
                },
                helm_registries: {
                    type: 'array',
                    items: { $ref: '#/definitions/helmRegistry' }
                },
                prometheus_metrics: {
                    type: 'object',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                log_source: {
                    type: 'object',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                prometheus_credential: {
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                kubernetes: {
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                provider: {
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                argo_cd: {
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                }
            }
        },
        gitRepository: {
            type: 'object',
            additionalProperties: false,
            properties: {
                provider: {
                    type: 'string',
                    enum: ['github', 'gitlab', 'bitbucket_cloud', 'bitbucket_data_center']
                },
                credential_name: { type: 'string' },
                repository: { type: 'string', description: 'owner/name' },
                branch: {
                    type: 'string',
                    description: 'The branch this definition is synced from; validating another ref warns (an error in sync).',
                    examples: ['main']
                },
                workspace: { type: 'string' },
                repo_slug: { type: 'string' },
                project_key: { type: 'string' },
                instance_url: { type: 'string' }
            }
        },
        helmRegistry: {
            type: 'object',
            required: ['name', 'url'],
            additionalProperties: false,
            properties: {
                name: { type: 'string', minLength: 1, examples: ['my-charts'] },
                url: {
                    type: 'string',
                    description: 'https://… or oci://…',
                    minLength: 1,
                    examples: ['https://charts.example.com']
                },
                credential_name: { type: 'string' },
                exclude_charts: { type: 'array', items: { type: 'string' } }
            }
        },
        include: {
            type: 'object',
            required: ['include'],
            additionalProperties: false,
            properties: {
                include: {
                    type: 'string',
                    description: 'A file, a folder/ (its *.yaml and *.yml files, not recursive) or a glob (`*`, `**`), relative to this file.',
                    minLength: 1
                }
            }
        },
        parents: {
            type: ['array', 'null'],
            description: 'Empty (`parents:` with no value) means none, as in Ankra.',
            items: { $ref: '#/definitions/parent' }
        },
        parent: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            description: '`{name: x, kind: manifest|addon}` or the shorthand `{manifest: x}` / `{addon: x}`.',
            properties: {
                name: { type: 'string', minLength: 1, examples: ['my-namespace'] },
                kind: {
                    type: 'string',
                    enum: ['manifest', 'addon'],
                    examples: ['manifest']
                },
                manifest: { type: 'string', minLength: 1 },
                addon: { type: 'string', minLength: 1 }
            }
        },
        stack: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {
                name: { type: 'string', minLength: 1, examples: ['platform'] },
                description: { type: 'string' },
                description_from_file: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                deploy_wave: {
                    type: 'integer',
                    minimum: 0,
                    maximum: 2147483647,
                    examples: [1],
                    description: 'Wave N starts after every lower wave succeeded. An integer from 0 to 2147483647 (a 32-bit integer, which every reader of the plan JSON holds exactly).'
                },
                variables: {
                    type: 'object',
                    additionalProperties: { type: ['string', 'number', 'boolean'] },
                    description: "Substituted for ${{ ankra.NAME }} in this stack's manifests and values."
                },
                manifests: {
                    type: ['array', 'null'],
                    description: 'Manifests, or `- include:` items. Empty (`manifests:` with no value) means none, as in Ankra.',
                    items: {
                        if: {
                            type: 'object',
                            required: ['include'],
                            properties: { include: true }
                        },
                        then: { $ref: '#/definitions/include' },
                        else: { $ref: '#/definitions/manifest' }
                    }
                },
                addons: {
                    type: ['array', 'null'],
                    description: 'Add-ons, or `- include:` items. Empty (`addons:` with no value) means none, as in Ankra.',
                    items: {
                        if: {
                            type: 'object',
                            required: ['include'],
                            properties: { include: true }
                        },
                        then: { $ref: '#/definitions/include' },
                        else: { $ref: '#/definitions/addon' }
                    }
                },
                applications: {
                    type: 'array',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                }
            }
        },
        manifest: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {
                name: { type: 'string', minLength: 1, examples: ['my-namespace'] },
                from_file: {
                    type: 'string',
                    description: 'YAML file of Kubernetes objects, relative to this file.',
                    minLength: 1
                },
                manifest: { type: 'string', description: 'Inline Kubernetes YAML.' },
                manifest_base64: {
                    type: 'string',
                    description: 'Base64 of Kubernetes YAML.'
                },
                namespace: { type: 'string' },
                parents: { $ref: '#/definitions/parents' },
                encrypted_paths: { type: 'array', items: { type: 'string' } },
                force: { type: 'boolean' },
                group: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.',
                    maxLength: 63
                },
                auto_remediate: {
                    type: 'boolean',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                dependencies_override: {
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                agents_md: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                agents_md_from_file: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                }
            }
        },
        addon: {
            type: 'object',
            required: ['name', 'chart_name', 'chart_version'],
            additionalProperties: false,
            properties: {
                name: {
                    type: 'string',
                    description: 'Also the Helm release name.',
                    minLength: 1,
                    examples: ['ingress-nginx']
                },
                chart_name: {
                    type: 'string',
                    description: 'Chart name, or a chart folder in the repository starting with ./ or ../',
                    minLength: 1,
                    examples: ['ingress-nginx']
                },
                chart_version: {
                    type: 'string',
                    description: 'A string: quote versions YAML would read as numbers.',
                    minLength: 1,
                    examples: ['1.2.3']
                },
                repository_url: {
                    type: 'string',
                    description: 'Chart repository (http(s):// or oci://).',
                    examples: ['https://charts.example.com']
                },
                registry_name: {
                    type: 'string',
                    description: 'A registry from helm_registries or the bundled catalog.'
                },
                registry_url: {
                    type: 'string',
                    description: 'Chart repository (http(s):// or oci://).'
                },
                registry_credential_name: { type: 'string' },
                namespace: { type: 'string' },
                configuration: { $ref: '#/definitions/configuration' },
                configuration_type: {
                    type: 'string',
                    enum: ['standalone', 'profile', 'values'],
                    description: 'Deprecated; configuration is always read.'
                },
                parents: { $ref: '#/definitions/parents' },
                settings: {
                    type: 'object',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                group: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.',
                    maxLength: 63
                },
                namespace_migration_strategy: {
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                job_configuration: {
                    type: 'object',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                agents_md: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                },
                agents_md_from_file: {
                    type: 'string',
                    description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
                }
            }
        },
        configuration: {
            type: 'object',
            additionalProperties: false,
            properties: {
                from_file: {
                    type: 'string',
                    description: 'Helm values file, relative to this file.',
                    minLength: 1
                },
                values: {
                    type: 'string',
                    description: 'Inline Helm values (YAML text).'
                },
                values_base64: {
                    type: 'string',
                    description: 'Base64 of a Helm values document.'
                },
                encrypted_paths: { type: 'array', items: { type: 'string' } }
            }
        }
    }
};
const schema12 = {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
        name: {
            type: 'string',
            description: "The cluster's name.",
            minLength: 1,
            examples: ['my-cluster']
        },
        description: { type: 'string', description: 'Free text.' }
    }
};
const func2 = runtime0.default;
const schema13 = {
    type: 'object',
    additionalProperties: false,
    examples: [{ stacks: [] }],
    properties: {
        git_repository: { $ref: '#/definitions/gitRepository' },
        stacks: {
            type: ['array', 'null'],
            description: 'Stacks, or `- include: <stack file, folder/ or glob>` items. Empty (`stacks:` with no value) means none, as in Ankra.',
            items: {
                if: {
                    type: 'object',
                    required: ['include'],
                    properties: { include: true }
                },
                then: { $ref: '#/definitions/include' },
                else: { $ref: '#/definitions/stack' }
            },
            examples: [[]]
        },
        helm_registries: {
            type: 'array',
            items: { $ref: '#/definitions/helmRegistry' }
        },
        prometheus_metrics: {
            type: 'object',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        log_source: {
            type: 'object',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        prometheus_credential: {
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        kubernetes: {
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        provider: {
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        argo_cd: {
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        }
    }
};
const schema14 = {
    type: 'object',
    additionalProperties: false,
    properties: {
        provider: {
            type: 'string',
            enum: ['github', 'gitlab', 'bitbucket_cloud', 'bitbucket_data_center']
        },
        credential_name: { type: 'string' },
        repository: { type: 'string', description: 'owner/name' },
        branch: {
            type: 'string',
            description: 'The branch this definition is synced from; validating another ref warns (an error in sync).',
            examples: ['main']
        },
        workspace: { type: 'string' },
        repo_slug: { type: 'string' },
        project_key: { type: 'string' },
        instance_url: { type: 'string' }
    }
};
const schema15 = {
    type: 'object',
    required: ['include'],
    additionalProperties: false,
    properties: {
        include: {
            type: 'string',
            description: 'A file, a folder/ (its *.yaml and *.yml files, not recursive) or a glob (`*`, `**`), relative to this file.',
            minLength: 1
        }
    }
};
const schema24 = {
    type: 'object',
    required: ['name', 'url'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', minLength: 1, examples: ['my-charts'] },
        url: {
            type: 'string',
            description: 'https://… or oci://…',
            minLength: 1,
            examples: ['https://charts.example.com']
        },
        credential_name: { type: 'string' },
        exclude_charts: { type: 'array', items: { type: 'string' } }
    }
};
const func3 = Object.prototype.hasOwnProperty;
const schema16 = {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', minLength: 1, examples: ['platform'] },
        description: { type: 'string' },
        description_from_file: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        deploy_wave: {
            type: 'integer',
            minimum: 0,
            maximum: 2147483647,
            examples: [1],
            description: 'Wave N starts after every lower wave succeeded. An integer from 0 to 2147483647 (a 32-bit integer, which every reader of the plan JSON holds exactly).'
        },
        variables: {
            type: 'object',
            additionalProperties: { type: ['string', 'number', 'boolean'] },
            description: "Substituted for ${{ ankra.NAME }} in this stack's manifests and values."
        },
        manifests: {
            type: ['array', 'null'],
            description: 'Manifests, or `- include:` items. Empty (`manifests:` with no value) means none, as in Ankra.',
            items: {
                if: {
                    type: 'object',
                    required: ['include'],
                    properties: { include: true }
                },
                then: { $ref: '#/definitions/include' },
                else: { $ref: '#/definitions/manifest' }
            }
        },
        addons: {
            type: ['array', 'null'],
            description: 'Add-ons, or `- include:` items. Empty (`addons:` with no value) means none, as in Ankra.',
            items: {
                if: {
                    type: 'object',
                    required: ['include'],
                    properties: { include: true }
                },
                then: { $ref: '#/definitions/include' },
                else: { $ref: '#/definitions/addon' }
            }
        },
        applications: {
            type: 'array',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        }
    }
};
const schema18 = {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', minLength: 1, examples: ['my-namespace'] },
        from_file: {
            type: 'string',
            description: 'YAML file of Kubernetes objects, relative to this file.',
            minLength: 1
        },
        manifest: { type: 'string', description: 'Inline Kubernetes YAML.' },
        manifest_base64: {
            type: 'string',
            description: 'Base64 of Kubernetes YAML.'
        },
        namespace: { type: 'string' },
        parents: { $ref: '#/definitions/parents' },
        encrypted_paths: { type: 'array', items: { type: 'string' } },
        force: { type: 'boolean' },
        group: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.',
            maxLength: 63
        },
        auto_remediate: {
            type: 'boolean',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        dependencies_override: {
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        agents_md: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        agents_md_from_file: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        }
    }
};
const schema19 = {
    type: ['array', 'null'],
    description: 'Empty (`parents:` with no value) means none, as in Ankra.',
    items: { $ref: '#/definitions/parent' }
};
const schema20 = {
    type: 'object',
    minProperties: 1,
    additionalProperties: false,
    description: '`{name: x, kind: manifest|addon}` or the shorthand `{manifest: x}` / `{addon: x}`.',
    properties: {
        name: { type: 'string', minLength: 1, examples: ['my-namespace'] },
        kind: {
            type: 'string',
            enum: ['manifest', 'addon'],
            examples: ['manifest']
        },
        manifest: { type: 'string', minLength: 1 },
        addon: { type: 'string', minLength: 1 }
    }
};
function validate14(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!Array.isArray(data) && data !== null) {
        const err0 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: schema19.type },
            message: 'must be array,null',
            schema: schema19.type,
            parentSchema: schema19,
            data
        };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
                if (Object.keys(data0).length < 1) {
                    const err1 = {
                        instancePath: instancePath + '/' + i0,
                        schemaPath: '#/definitions/parent/minProperties',
                        keyword: 'minProperties',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 properties',
                        schema: 1,
                        parentSchema: schema20,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                for (const key0 in data0) {
                    if (!(key0 === 'name' ||
                        key0 === 'kind' ||
                        key0 === 'manifest' ||
                        key0 === 'addon')) {
                        const err2 = {
                            instancePath: instancePath + '/' + i0,
                            schemaPath: '#/definitions/parent/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key0 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema20,
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                if (data0.name !== undefined) {
                    let data1 = data0.name;
                    if (typeof data1 === 'string') {
                        if (func2(data1) < 1) {
                            const err3 = {
                                instancePath: instancePath + '/' + i0 + '/name',
                                schemaPath: '#/definitions/parent/properties/name/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema20.properties.name,
                                data: data1
                            };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = {
                            instancePath: instancePath + '/' + i0 + '/name',
                            schemaPath: '#/definitions/parent/properties/name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema20.properties.name.type,
                            parentSchema: schema20.properties.name,
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                if (data0.kind !== undefined) {
                    let data2 = data0.kind;
                    if (typeof data2 !== 'string') {
                        const err5 = {
                            instancePath: instancePath + '/' + i0 + '/kind',
                            schemaPath: '#/definitions/parent/properties/kind/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema20.properties.kind.type,
                            parentSchema: schema20.properties.kind,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    if (!(data2 === 'manifest' || data2 === 'addon')) {
                        const err6 = {
                            instancePath: instancePath + '/' + i0 + '/kind',
                            schemaPath: '#/definitions/parent/properties/kind/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema20.properties.kind.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema20.properties.kind.enum,
                            parentSchema: schema20.properties.kind,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data0.manifest !== undefined) {
                    let data3 = data0.manifest;
                    if (typeof data3 === 'string') {
                        if (func2(data3) < 1) {
                            const err7 = {
                                instancePath: instancePath + '/' + i0 + '/manifest',
                                schemaPath: '#/definitions/parent/properties/manifest/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema20.properties.manifest,
                                data: data3
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = {
                            instancePath: instancePath + '/' + i0 + '/manifest',
                            schemaPath: '#/definitions/parent/properties/manifest/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema20.properties.manifest.type,
                            parentSchema: schema20.properties.manifest,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data0.addon !== undefined) {
                    let data4 = data0.addon;
                    if (typeof data4 === 'string') {
                        if (func2(data4) < 1) {
                            const err9 = {
                                instancePath: instancePath + '/' + i0 + '/addon',
                                schemaPath: '#/definitions/parent/properties/addon/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema20.properties.addon,
                                data: data4
                            };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = {
                            instancePath: instancePath + '/' + i0 + '/addon',
                            schemaPath: '#/definitions/parent/properties/addon/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema20.properties.addon.type,
                            parentSchema: schema20.properties.addon,
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err11 = {
                    instancePath: instancePath + '/' + i0,
                    schemaPath: '#/definitions/parent/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema20.type,
                    parentSchema: schema20,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
    }
    validate14.errors = vErrors;
    return errors === 0;
}
function validate13(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
                schema: schema18.required,
                parentSchema: schema18,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!func3.call(schema18.properties, key0)) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema18,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === 'string') {
                if (func2(data0) < 1) {
                    const err2 = {
                        instancePath: instancePath + '/name',
                        schemaPath: '#/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema18.properties.name,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.name.type,
                    parentSchema: schema18.properties.name,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.from_file !== undefined) {
            let data1 = data.from_file;
            if (typeof data1 === 'string') {
                if (func2(data1) < 1) {
                    const err4 = {
                        instancePath: instancePath + '/from_file',
                        schemaPath: '#/properties/from_file/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema18.properties.from_file,
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/from_file',
                    schemaPath: '#/properties/from_file/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.from_file.type,
                    parentSchema: schema18.properties.from_file,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.manifest !== undefined) {
            let data2 = data.manifest;
            if (typeof data2 !== 'string') {
                const err6 = {
                    instancePath: instancePath + '/manifest',
                    schemaPath: '#/properties/manifest/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.manifest.type,
                    parentSchema: schema18.properties.manifest,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.manifest_base64 !== undefined) {
            let data3 = data.manifest_base64;
            if (typeof data3 !== 'string') {
                const err7 = {
                    instancePath: instancePath + '/manifest_base64',
                    schemaPath: '#/properties/manifest_base64/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.manifest_base64.type,
                    parentSchema: schema18.properties.manifest_base64,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.namespace !== undefined) {
            let data4 = data.namespace;
            if (typeof data4 !== 'string') {
                const err8 = {
                    instancePath: instancePath + '/namespace',
                    schemaPath: '#/properties/namespace/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.namespace.type,
                    parentSchema: schema18.properties.namespace,
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.parents !== undefined) {
            if (!validate14(data.parents, {
                instancePath: instancePath + '/parents',
                parentData: data,
                parentDataProperty: 'parents',
                rootData
            })) {
                vErrors =
                    vErrors === null
                        ? validate14.errors
                        : vErrors.concat(validate14.errors);
                errors = vErrors.length;
            }
        }
        if (data.encrypted_paths !== undefined) {
            let data6 = data.encrypted_paths;
            if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data7 = data6[i0];
                    if (typeof data7 !== 'string') {
                        const err9 = {
                            instancePath: instancePath + '/encrypted_paths/' + i0,
                            schemaPath: '#/properties/encrypted_paths/items/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema18.properties.encrypted_paths.items.type,
                            parentSchema: schema18.properties.encrypted_paths.items,
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = {
                    instancePath: instancePath + '/encrypted_paths',
                    schemaPath: '#/properties/encrypted_paths/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema18.properties.encrypted_paths.type,
                    parentSchema: schema18.properties.encrypted_paths,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.force !== undefined) {
            let data8 = data.force;
            if (typeof data8 !== 'boolean') {
                const err11 = {
                    instancePath: instancePath + '/force',
                    schemaPath: '#/properties/force/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                    schema: schema18.properties.force.type,
                    parentSchema: schema18.properties.force,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.group !== undefined) {
            let data9 = data.group;
            if (typeof data9 === 'string') {
                if (func2(data9) > 63) {
                    const err12 = {
                        instancePath: instancePath + '/group',
                        schemaPath: '#/properties/group/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 63 },
                        message: 'must NOT have more than 63 characters',
                        schema: 63,
                        parentSchema: schema18.properties.group,
                        data: data9
                    };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = {
                    instancePath: instancePath + '/group',
                    schemaPath: '#/properties/group/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.group.type,
                    parentSchema: schema18.properties.group,
                    data: data9
                };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.auto_remediate !== undefined) {
            let data10 = data.auto_remediate;
            if (typeof data10 !== 'boolean') {
                const err14 = {
                    instancePath: instancePath + '/auto_remediate',
                    schemaPath: '#/properties/auto_remediate/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                    schema: schema18.properties.auto_remediate.type,
                    parentSchema: schema18.properties.auto_remediate,
                    data: data10
                };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.agents_md !== undefined) {
            let data11 = data.agents_md;
            if (typeof data11 !== 'string') {
                const err15 = {
                    instancePath: instancePath + '/agents_md',
                    schemaPath: '#/properties/agents_md/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.agents_md.type,
                    parentSchema: schema18.properties.agents_md,
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.agents_md_from_file !== undefined) {
            let data12 = data.agents_md_from_file;
            if (typeof data12 !== 'string') {
                const err16 = {
                    instancePath: instancePath + '/agents_md_from_file',
                    schemaPath: '#/properties/agents_md_from_file/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema18.properties.agents_md_from_file.type,
                    parentSchema: schema18.properties.agents_md_from_file,
                    data: data12
                };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
    }
    else {
        const err17 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema18.type,
            parentSchema: schema18,
            data
        };
        if (vErrors === null) {
            vErrors = [err17];
        }
        else {
            vErrors.push(err17);
        }
        errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
}
const schema22 = {
    type: 'object',
    required: ['name', 'chart_name', 'chart_version'],
    additionalProperties: false,
    properties: {
        name: {
            type: 'string',
            description: 'Also the Helm release name.',
            minLength: 1,
            examples: ['ingress-nginx']
        },
        chart_name: {
            type: 'string',
            description: 'Chart name, or a chart folder in the repository starting with ./ or ../',
            minLength: 1,
            examples: ['ingress-nginx']
        },
        chart_version: {
            type: 'string',
            description: 'A string: quote versions YAML would read as numbers.',
            minLength: 1,
            examples: ['1.2.3']
        },
        repository_url: {
            type: 'string',
            description: 'Chart repository (http(s):// or oci://).',
            examples: ['https://charts.example.com']
        },
        registry_name: {
            type: 'string',
            description: 'A registry from helm_registries or the bundled catalog.'
        },
        registry_url: {
            type: 'string',
            description: 'Chart repository (http(s):// or oci://).'
        },
        registry_credential_name: { type: 'string' },
        namespace: { type: 'string' },
        configuration: { $ref: '#/definitions/configuration' },
        configuration_type: {
            type: 'string',
            enum: ['standalone', 'profile', 'values'],
            description: 'Deprecated; configuration is always read.'
        },
        parents: { $ref: '#/definitions/parents' },
        settings: {
            type: 'object',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        group: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.',
            maxLength: 63
        },
        namespace_migration_strategy: {
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        job_configuration: {
            type: 'object',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        agents_md: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        },
        agents_md_from_file: {
            type: 'string',
            description: 'Accepted for compatibility with Ankra; ClusterSync does not act on it.'
        }
    }
};
const schema23 = {
    type: 'object',
    additionalProperties: false,
    properties: {
        from_file: {
            type: 'string',
            description: 'Helm values file, relative to this file.',
            minLength: 1
        },
        values: { type: 'string', description: 'Inline Helm values (YAML text).' },
        values_base64: {
            type: 'string',
            description: 'Base64 of a Helm values document.'
        },
        encrypted_paths: { type: 'array', items: { type: 'string' } }
    }
};
function validate17(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
                schema: schema22.required,
                parentSchema: schema22,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.chart_name === undefined) {
            const err1 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'chart_name' },
                message: "must have required property '" + 'chart_name' + "'",
                schema: schema22.required,
                parentSchema: schema22,
                data
            };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.chart_version === undefined) {
            const err2 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'chart_version' },
                message: "must have required property '" + 'chart_version' + "'",
                schema: schema22.required,
                parentSchema: schema22,
                data
            };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!func3.call(schema22.properties, key0)) {
                const err3 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema22,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === 'string') {
                if (func2(data0) < 1) {
                    const err4 = {
                        instancePath: instancePath + '/name',
                        schemaPath: '#/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema22.properties.name,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.name.type,
                    parentSchema: schema22.properties.name,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.chart_name !== undefined) {
            let data1 = data.chart_name;
            if (typeof data1 === 'string') {
                if (func2(data1) < 1) {
                    const err6 = {
                        instancePath: instancePath + '/chart_name',
                        schemaPath: '#/properties/chart_name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema22.properties.chart_name,
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = {
                    instancePath: instancePath + '/chart_name',
                    schemaPath: '#/properties/chart_name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.chart_name.type,
                    parentSchema: schema22.properties.chart_name,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.chart_version !== undefined) {
            let data2 = data.chart_version;
            if (typeof data2 === 'string') {
                if (func2(data2) < 1) {
                    const err8 = {
                        instancePath: instancePath + '/chart_version',
                        schemaPath: '#/properties/chart_version/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema22.properties.chart_version,
                        data: data2
                    };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = {
                    instancePath: instancePath + '/chart_version',
                    schemaPath: '#/properties/chart_version/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.chart_version.type,
                    parentSchema: schema22.properties.chart_version,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.repository_url !== undefined) {
            let data3 = data.repository_url;
            if (typeof data3 !== 'string') {
                const err10 = {
                    instancePath: instancePath + '/repository_url',
                    schemaPath: '#/properties/repository_url/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.repository_url.type,
                    parentSchema: schema22.properties.repository_url,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.registry_name !== undefined) {
            let data4 = data.registry_name;
            if (typeof data4 !== 'string') {
                const err11 = {
                    instancePath: instancePath + '/registry_name',
                    schemaPath: '#/properties/registry_name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.registry_name.type,
                    parentSchema: schema22.properties.registry_name,
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.registry_url !== undefined) {
            let data5 = data.registry_url;
            if (typeof data5 !== 'string') {
                const err12 = {
                    instancePath: instancePath + '/registry_url',
                    schemaPath: '#/properties/registry_url/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.registry_url.type,
                    parentSchema: schema22.properties.registry_url,
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.registry_credential_name !== undefined) {
            let data6 = data.registry_credential_name;
            if (typeof data6 !== 'string') {
                const err13 = {
                    instancePath: instancePath + '/registry_credential_name',
                    schemaPath: '#/properties/registry_credential_name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.registry_credential_name.type,
                    parentSchema: schema22.properties.registry_credential_name,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.namespace !== undefined) {
            let data7 = data.namespace;
            if (typeof data7 !== 'string') {
                const err14 = {
                    instancePath: instancePath + '/namespace',
                    schemaPath: '#/properties/namespace/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.namespace.type,
                    parentSchema: schema22.properties.namespace,
                    data: data7
                };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.configuration !== undefined) {
            let data8 = data.configuration;
            if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                for (const key1 in data8) {
                    if (!(key1 === 'from_file' ||
                        key1 === 'values' ||
                        key1 === 'values_base64' ||
                        key1 === 'encrypted_paths')) {
                        const err15 = {
                            instancePath: instancePath + '/configuration',
                            schemaPath: '#/definitions/configuration/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema23,
                            data: data8
                        };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data8.from_file !== undefined) {
                    let data9 = data8.from_file;
                    if (typeof data9 === 'string') {
                        if (func2(data9) < 1) {
                            const err16 = {
                                instancePath: instancePath + '/configuration/from_file',
                                schemaPath: '#/definitions/configuration/properties/from_file/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema23.properties.from_file,
                                data: data9
                            };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err17 = {
                            instancePath: instancePath + '/configuration/from_file',
                            schemaPath: '#/definitions/configuration/properties/from_file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema23.properties.from_file.type,
                            parentSchema: schema23.properties.from_file,
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data8.values !== undefined) {
                    let data10 = data8.values;
                    if (typeof data10 !== 'string') {
                        const err18 = {
                            instancePath: instancePath + '/configuration/values',
                            schemaPath: '#/definitions/configuration/properties/values/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema23.properties.values.type,
                            parentSchema: schema23.properties.values,
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data8.values_base64 !== undefined) {
                    let data11 = data8.values_base64;
                    if (typeof data11 !== 'string') {
                        const err19 = {
                            instancePath: instancePath + '/configuration/values_base64',
                            schemaPath: '#/definitions/configuration/properties/values_base64/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema23.properties.values_base64.type,
                            parentSchema: schema23.properties.values_base64,
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data8.encrypted_paths !== undefined) {
                    let data12 = data8.encrypted_paths;
                    if (Array.isArray(data12)) {
                        const len0 = data12.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data13 = data12[i0];
                            if (typeof data13 !== 'string') {
                                const err20 = {
                                    instancePath: instancePath + '/configuration/encrypted_paths/' + i0,
                                    schemaPath: '#/definitions/configuration/properties/encrypted_paths/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema23.properties.encrypted_paths.items.type,
                                    parentSchema: schema23.properties.encrypted_paths.items,
                                    data: data13
                                };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err21 = {
                            instancePath: instancePath + '/configuration/encrypted_paths',
                            schemaPath: '#/definitions/configuration/properties/encrypted_paths/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema23.properties.encrypted_paths.type,
                            parentSchema: schema23.properties.encrypted_paths,
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err22 = {
                    instancePath: instancePath + '/configuration',
                    schemaPath: '#/definitions/configuration/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema23.type,
                    parentSchema: schema23,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.configuration_type !== undefined) {
            let data14 = data.configuration_type;
            if (typeof data14 !== 'string') {
                const err23 = {
                    instancePath: instancePath + '/configuration_type',
                    schemaPath: '#/properties/configuration_type/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.configuration_type.type,
                    parentSchema: schema22.properties.configuration_type,
                    data: data14
                };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            if (!(data14 === 'standalone' ||
                data14 === 'profile' ||
                data14 === 'values')) {
                const err24 = {
                    instancePath: instancePath + '/configuration_type',
                    schemaPath: '#/properties/configuration_type/enum',
                    keyword: 'enum',
                    params: {
                        allowedValues: schema22.properties.configuration_type.enum
                    },
                    message: 'must be equal to one of the allowed values',
                    schema: schema22.properties.configuration_type.enum,
                    parentSchema: schema22.properties.configuration_type,
                    data: data14
                };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.parents !== undefined) {
            if (!validate14(data.parents, {
                instancePath: instancePath + '/parents',
                parentData: data,
                parentDataProperty: 'parents',
                rootData
            })) {
                vErrors =
                    vErrors === null
                        ? validate14.errors
                        : vErrors.concat(validate14.errors);
                errors = vErrors.length;
            }
        }
        if (data.settings !== undefined) {
            let data16 = data.settings;
            if (!(data16 && typeof data16 == 'object' && !Array.isArray(data16))) {
                const err25 = {
                    instancePath: instancePath + '/settings',
                    schemaPath: '#/properties/settings/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema22.properties.settings.type,
                    parentSchema: schema22.properties.settings,
                    data: data16
                };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.group !== undefined) {
            let data17 = data.group;
            if (typeof data17 === 'string') {
                if (func2(data17) > 63) {
                    const err26 = {
                        instancePath: instancePath + '/group',
                        schemaPath: '#/properties/group/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 63 },
                        message: 'must NOT have more than 63 characters',
                        schema: 63,
                        parentSchema: schema22.properties.group,
                        data: data17
                    };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            else {
                const err27 = {
                    instancePath: instancePath + '/group',
                    schemaPath: '#/properties/group/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.group.type,
                    parentSchema: schema22.properties.group,
                    data: data17
                };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.job_configuration !== undefined) {
            let data18 = data.job_configuration;
            if (!(data18 && typeof data18 == 'object' && !Array.isArray(data18))) {
                const err28 = {
                    instancePath: instancePath + '/job_configuration',
                    schemaPath: '#/properties/job_configuration/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema22.properties.job_configuration.type,
                    parentSchema: schema22.properties.job_configuration,
                    data: data18
                };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.agents_md !== undefined) {
            let data19 = data.agents_md;
            if (typeof data19 !== 'string') {
                const err29 = {
                    instancePath: instancePath + '/agents_md',
                    schemaPath: '#/properties/agents_md/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.agents_md.type,
                    parentSchema: schema22.properties.agents_md,
                    data: data19
                };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.agents_md_from_file !== undefined) {
            let data20 = data.agents_md_from_file;
            if (typeof data20 !== 'string') {
                const err30 = {
                    instancePath: instancePath + '/agents_md_from_file',
                    schemaPath: '#/properties/agents_md_from_file/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema22.properties.agents_md_from_file.type,
                    parentSchema: schema22.properties.agents_md_from_file,
                    data: data20
                };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
    }
    else {
        const err31 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema22.type,
            parentSchema: schema22,
            data
        };
        if (vErrors === null) {
            vErrors = [err31];
        }
        else {
            vErrors.push(err31);
        }
        errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
}
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
                schema: schema16.required,
                parentSchema: schema16,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'name' ||
                key0 === 'description' ||
                key0 === 'description_from_file' ||
                key0 === 'deploy_wave' ||
                key0 === 'variables' ||
                key0 === 'manifests' ||
                key0 === 'addons' ||
                key0 === 'applications')) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema16,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === 'string') {
                if (func2(data0) < 1) {
                    const err2 = {
                        instancePath: instancePath + '/name',
                        schemaPath: '#/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema16.properties.name,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema16.properties.name.type,
                    parentSchema: schema16.properties.name,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data1 = data.description;
            if (typeof data1 !== 'string') {
                const err4 = {
                    instancePath: instancePath + '/description',
                    schemaPath: '#/properties/description/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema16.properties.description.type,
                    parentSchema: schema16.properties.description,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.description_from_file !== undefined) {
            let data2 = data.description_from_file;
            if (typeof data2 !== 'string') {
                const err5 = {
                    instancePath: instancePath + '/description_from_file',
                    schemaPath: '#/properties/description_from_file/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema16.properties.description_from_file.type,
                    parentSchema: schema16.properties.description_from_file,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.deploy_wave !== undefined) {
            let data3 = data.deploy_wave;
            if (!(typeof data3 == 'number' &&
                !(data3 % 1) &&
                !isNaN(data3) &&
                isFinite(data3))) {
                const err6 = {
                    instancePath: instancePath + '/deploy_wave',
                    schemaPath: '#/properties/deploy_wave/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                    schema: schema16.properties.deploy_wave.type,
                    parentSchema: schema16.properties.deploy_wave,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (typeof data3 == 'number' && isFinite(data3)) {
                if (data3 > 2147483647 || isNaN(data3)) {
                    const err7 = {
                        instancePath: instancePath + '/deploy_wave',
                        schemaPath: '#/properties/deploy_wave/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 2147483647 },
                        message: 'must be <= 2147483647',
                        schema: 2147483647,
                        parentSchema: schema16.properties.deploy_wave,
                        data: data3
                    };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data3 < 0 || isNaN(data3)) {
                    const err8 = {
                        instancePath: instancePath + '/deploy_wave',
                        schemaPath: '#/properties/deploy_wave/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema: schema16.properties.deploy_wave,
                        data: data3
                    };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        if (data.variables !== undefined) {
            let data4 = data.variables;
            if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                for (const key1 in data4) {
                    let data5 = data4[key1];
                    if (typeof data5 !== 'string' &&
                        !(typeof data5 == 'number' && isFinite(data5)) &&
                        typeof data5 !== 'boolean') {
                        const err9 = {
                            instancePath: instancePath +
                                '/variables/' +
                                key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/properties/variables/additionalProperties/type',
                            keyword: 'type',
                            params: {
                                type: schema16.properties.variables.additionalProperties.type
                            },
                            message: 'must be string,number,boolean',
                            schema: schema16.properties.variables.additionalProperties.type,
                            parentSchema: schema16.properties.variables.additionalProperties,
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = {
                    instancePath: instancePath + '/variables',
                    schemaPath: '#/properties/variables/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema16.properties.variables.type,
                    parentSchema: schema16.properties.variables,
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.manifests !== undefined) {
            let data6 = data.manifests;
            if (!Array.isArray(data6) && data6 !== null) {
                const err11 = {
                    instancePath: instancePath + '/manifests',
                    schemaPath: '#/properties/manifests/type',
                    keyword: 'type',
                    params: { type: schema16.properties.manifests.type },
                    message: 'must be array,null',
                    schema: schema16.properties.manifests.type,
                    parentSchema: schema16.properties.manifests,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data7 = data6[i0];
                    const _errs18 = errors;
                    let valid4 = true;
                    const _errs19 = errors;
                    if (errors === _errs19) {
                        if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                            let missing0;
                            if (data7.include === undefined && (missing0 = 'include')) {
                                const err12 = {};
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err13 = {};
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs19 === errors;
                    errors = _errs18;
                    if (vErrors !== null) {
                        if (_errs18) {
                            vErrors.length = _errs18;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause0;
                    if (_valid0) {
                        const _errs21 = errors;
                        if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                            if (data7.include === undefined) {
                                const err14 = {
                                    instancePath: instancePath + '/manifests/' + i0,
                                    schemaPath: '#/definitions/include/required',
                                    keyword: 'required',
                                    params: { missingProperty: 'include' },
                                    message: "must have required property '" + 'include' + "'",
                                    schema: schema15.required,
                                    parentSchema: schema15,
                                    data: data7
                                };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            for (const key2 in data7) {
                                if (!(key2 === 'include')) {
                                    const err15 = {
                                        instancePath: instancePath + '/manifests/' + i0,
                                        schemaPath: '#/definitions/include/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key2 },
                                        message: 'must NOT have additional properties',
                                        schema: false,
                                        parentSchema: schema15,
                                        data: data7
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                            }
                            if (data7.include !== undefined) {
                                let data8 = data7.include;
                                if (typeof data8 === 'string') {
                                    if (func2(data8) < 1) {
                                        const err16 = {
                                            instancePath: instancePath + '/manifests/' + i0 + '/include',
                                            schemaPath: '#/definitions/include/properties/include/minLength',
                                            keyword: 'minLength',
                                            params: { limit: 1 },
                                            message: 'must NOT have fewer than 1 characters',
                                            schema: 1,
                                            parentSchema: schema15.properties.include,
                                            data: data8
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err16];
                                        }
                                        else {
                                            vErrors.push(err16);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err17 = {
                                        instancePath: instancePath + '/manifests/' + i0 + '/include',
                                        schemaPath: '#/definitions/include/properties/include/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema15.properties.include.type,
                                        parentSchema: schema15.properties.include,
                                        data: data8
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err18 = {
                                instancePath: instancePath + '/manifests/' + i0,
                                schemaPath: '#/definitions/include/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                                schema: schema15.type,
                                parentSchema: schema15,
                                data: data7
                            };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                        var _valid0 = _errs21 === errors;
                        valid4 = _valid0;
                        ifClause0 = 'then';
                    }
                    else {
                        const _errs27 = errors;
                        if (!validate13(data7, {
                            instancePath: instancePath + '/manifests/' + i0,
                            parentData: data6,
                            parentDataProperty: i0,
                            rootData
                        })) {
                            vErrors =
                                vErrors === null
                                    ? validate13.errors
                                    : vErrors.concat(validate13.errors);
                            errors = vErrors.length;
                        }
                        var _valid0 = _errs27 === errors;
                        valid4 = _valid0;
                        ifClause0 = 'else';
                    }
                    if (!valid4) {
                        const err19 = {
                            instancePath: instancePath + '/manifests/' + i0,
                            schemaPath: '#/properties/manifests/items/if',
                            keyword: 'if',
                            params: { failingKeyword: ifClause0 },
                            message: 'must match "' + ifClause0 + '" schema',
                            schema: schema16.properties.manifests.items.if,
                            parentSchema: schema16.properties.manifests.items,
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.addons !== undefined) {
            let data9 = data.addons;
            if (!Array.isArray(data9) && data9 !== null) {
                const err20 = {
                    instancePath: instancePath + '/addons',
                    schemaPath: '#/properties/addons/type',
                    keyword: 'type',
                    params: { type: schema16.properties.addons.type },
                    message: 'must be array,null',
                    schema: schema16.properties.addons.type,
                    parentSchema: schema16.properties.addons,
                    data: data9
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data10 = data9[i1];
                    const _errs31 = errors;
                    let valid9 = true;
                    const _errs32 = errors;
                    if (errors === _errs32) {
                        if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                            let missing1;
                            if (data10.include === undefined && (missing1 = 'include')) {
                                const err21 = {};
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err22 = {};
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    var _valid1 = _errs32 === errors;
                    errors = _errs31;
                    if (vErrors !== null) {
                        if (_errs31) {
                            vErrors.length = _errs31;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause1;
                    if (_valid1) {
                        const _errs34 = errors;
                        if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                            if (data10.include === undefined) {
                                const err23 = {
                                    instancePath: instancePath + '/addons/' + i1,
                                    schemaPath: '#/definitions/include/required',
                                    keyword: 'required',
                                    params: { missingProperty: 'include' },
                                    message: "must have required property '" + 'include' + "'",
                                    schema: schema15.required,
                                    parentSchema: schema15,
                                    data: data10
                                };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            for (const key3 in data10) {
                                if (!(key3 === 'include')) {
                                    const err24 = {
                                        instancePath: instancePath + '/addons/' + i1,
                                        schemaPath: '#/definitions/include/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key3 },
                                        message: 'must NOT have additional properties',
                                        schema: false,
                                        parentSchema: schema15,
                                        data: data10
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                            if (data10.include !== undefined) {
                                let data11 = data10.include;
                                if (typeof data11 === 'string') {
                                    if (func2(data11) < 1) {
                                        const err25 = {
                                            instancePath: instancePath + '/addons/' + i1 + '/include',
                                            schemaPath: '#/definitions/include/properties/include/minLength',
                                            keyword: 'minLength',
                                            params: { limit: 1 },
                                            message: 'must NOT have fewer than 1 characters',
                                            schema: 1,
                                            parentSchema: schema15.properties.include,
                                            data: data11
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err25];
                                        }
                                        else {
                                            vErrors.push(err25);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err26 = {
                                        instancePath: instancePath + '/addons/' + i1 + '/include',
                                        schemaPath: '#/definitions/include/properties/include/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema15.properties.include.type,
                                        parentSchema: schema15.properties.include,
                                        data: data11
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err27 = {
                                instancePath: instancePath + '/addons/' + i1,
                                schemaPath: '#/definitions/include/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                                schema: schema15.type,
                                parentSchema: schema15,
                                data: data10
                            };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        var _valid1 = _errs34 === errors;
                        valid9 = _valid1;
                        ifClause1 = 'then';
                    }
                    else {
                        const _errs40 = errors;
                        if (!validate17(data10, {
                            instancePath: instancePath + '/addons/' + i1,
                            parentData: data9,
                            parentDataProperty: i1,
                            rootData
                        })) {
                            vErrors =
                                vErrors === null
                                    ? validate17.errors
                                    : vErrors.concat(validate17.errors);
                            errors = vErrors.length;
                        }
                        var _valid1 = _errs40 === errors;
                        valid9 = _valid1;
                        ifClause1 = 'else';
                    }
                    if (!valid9) {
                        const err28 = {
                            instancePath: instancePath + '/addons/' + i1,
                            schemaPath: '#/properties/addons/items/if',
                            keyword: 'if',
                            params: { failingKeyword: ifClause1 },
                            message: 'must match "' + ifClause1 + '" schema',
                            schema: schema16.properties.addons.items.if,
                            parentSchema: schema16.properties.addons.items,
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.applications !== undefined) {
            let data12 = data.applications;
            if (!Array.isArray(data12)) {
                const err29 = {
                    instancePath: instancePath + '/applications',
                    schemaPath: '#/properties/applications/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema16.properties.applications.type,
                    parentSchema: schema16.properties.applications,
                    data: data12
                };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
    }
    else {
        const err30 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema16.type,
            parentSchema: schema16,
            data
        };
        if (vErrors === null) {
            vErrors = [err30];
        }
        else {
            vErrors.push(err30);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!func3.call(schema13.properties, key0)) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema13,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.git_repository !== undefined) {
            let data0 = data.git_repository;
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
                for (const key1 in data0) {
                    if (!(key1 === 'provider' ||
                        key1 === 'credential_name' ||
                        key1 === 'repository' ||
                        key1 === 'branch' ||
                        key1 === 'workspace' ||
                        key1 === 'repo_slug' ||
                        key1 === 'project_key' ||
                        key1 === 'instance_url')) {
                        const err1 = {
                            instancePath: instancePath + '/git_repository',
                            schemaPath: '#/definitions/gitRepository/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema14,
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                if (data0.provider !== undefined) {
                    let data1 = data0.provider;
                    if (typeof data1 !== 'string') {
                        const err2 = {
                            instancePath: instancePath + '/git_repository/provider',
                            schemaPath: '#/definitions/gitRepository/properties/provider/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.provider.type,
                            parentSchema: schema14.properties.provider,
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                    if (!(data1 === 'github' ||
                        data1 === 'gitlab' ||
                        data1 === 'bitbucket_cloud' ||
                        data1 === 'bitbucket_data_center')) {
                        const err3 = {
                            instancePath: instancePath + '/git_repository/provider',
                            schemaPath: '#/definitions/gitRepository/properties/provider/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema14.properties.provider.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema14.properties.provider.enum,
                            parentSchema: schema14.properties.provider,
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                if (data0.credential_name !== undefined) {
                    let data2 = data0.credential_name;
                    if (typeof data2 !== 'string') {
                        const err4 = {
                            instancePath: instancePath + '/git_repository/credential_name',
                            schemaPath: '#/definitions/gitRepository/properties/credential_name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.credential_name.type,
                            parentSchema: schema14.properties.credential_name,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                if (data0.repository !== undefined) {
                    let data3 = data0.repository;
                    if (typeof data3 !== 'string') {
                        const err5 = {
                            instancePath: instancePath + '/git_repository/repository',
                            schemaPath: '#/definitions/gitRepository/properties/repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.repository.type,
                            parentSchema: schema14.properties.repository,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                if (data0.branch !== undefined) {
                    let data4 = data0.branch;
                    if (typeof data4 !== 'string') {
                        const err6 = {
                            instancePath: instancePath + '/git_repository/branch',
                            schemaPath: '#/definitions/gitRepository/properties/branch/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.branch.type,
                            parentSchema: schema14.properties.branch,
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data0.workspace !== undefined) {
                    let data5 = data0.workspace;
                    if (typeof data5 !== 'string') {
                        const err7 = {
                            instancePath: instancePath + '/git_repository/workspace',
                            schemaPath: '#/definitions/gitRepository/properties/workspace/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.workspace.type,
                            parentSchema: schema14.properties.workspace,
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                if (data0.repo_slug !== undefined) {
                    let data6 = data0.repo_slug;
                    if (typeof data6 !== 'string') {
                        const err8 = {
                            instancePath: instancePath + '/git_repository/repo_slug',
                            schemaPath: '#/definitions/gitRepository/properties/repo_slug/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.repo_slug.type,
                            parentSchema: schema14.properties.repo_slug,
                            data: data6
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data0.project_key !== undefined) {
                    let data7 = data0.project_key;
                    if (typeof data7 !== 'string') {
                        const err9 = {
                            instancePath: instancePath + '/git_repository/project_key',
                            schemaPath: '#/definitions/gitRepository/properties/project_key/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.project_key.type,
                            parentSchema: schema14.properties.project_key,
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                if (data0.instance_url !== undefined) {
                    let data8 = data0.instance_url;
                    if (typeof data8 !== 'string') {
                        const err10 = {
                            instancePath: instancePath + '/git_repository/instance_url',
                            schemaPath: '#/definitions/gitRepository/properties/instance_url/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema14.properties.instance_url.type,
                            parentSchema: schema14.properties.instance_url,
                            data: data8
                        };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err11 = {
                    instancePath: instancePath + '/git_repository',
                    schemaPath: '#/definitions/gitRepository/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema14.type,
                    parentSchema: schema14,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.stacks !== undefined) {
            let data9 = data.stacks;
            if (!Array.isArray(data9) && data9 !== null) {
                const err12 = {
                    instancePath: instancePath + '/stacks',
                    schemaPath: '#/properties/stacks/type',
                    keyword: 'type',
                    params: { type: schema13.properties.stacks.type },
                    message: 'must be array,null',
                    schema: schema13.properties.stacks.type,
                    parentSchema: schema13.properties.stacks,
                    data: data9
                };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data10 = data9[i0];
                    const _errs25 = errors;
                    let valid5 = true;
                    const _errs26 = errors;
                    if (errors === _errs26) {
                        if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                            let missing0;
                            if (data10.include === undefined && (missing0 = 'include')) {
                                const err13 = {};
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err14 = {};
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs26 === errors;
                    errors = _errs25;
                    if (vErrors !== null) {
                        if (_errs25) {
                            vErrors.length = _errs25;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause0;
                    if (_valid0) {
                        const _errs28 = errors;
                        if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                            if (data10.include === undefined) {
                                const err15 = {
                                    instancePath: instancePath + '/stacks/' + i0,
                                    schemaPath: '#/definitions/include/required',
                                    keyword: 'required',
                                    params: { missingProperty: 'include' },
                                    message: "must have required property '" + 'include' + "'",
                                    schema: schema15.required,
                                    parentSchema: schema15,
                                    data: data10
                                };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                            for (const key2 in data10) {
                                if (!(key2 === 'include')) {
                                    const err16 = {
                                        instancePath: instancePath + '/stacks/' + i0,
                                        schemaPath: '#/definitions/include/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key2 },
                                        message: 'must NOT have additional properties',
                                        schema: false,
                                        parentSchema: schema15,
                                        data: data10
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                            if (data10.include !== undefined) {
                                let data11 = data10.include;
                                if (typeof data11 === 'string') {
                                    if (func2(data11) < 1) {
                                        const err17 = {
                                            instancePath: instancePath + '/stacks/' + i0 + '/include',
                                            schemaPath: '#/definitions/include/properties/include/minLength',
                                            keyword: 'minLength',
                                            params: { limit: 1 },
                                            message: 'must NOT have fewer than 1 characters',
                                            schema: 1,
                                            parentSchema: schema15.properties.include,
                                            data: data11
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err17];
                                        }
                                        else {
                                            vErrors.push(err17);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err18 = {
                                        instancePath: instancePath + '/stacks/' + i0 + '/include',
                                        schemaPath: '#/definitions/include/properties/include/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema15.properties.include.type,
                                        parentSchema: schema15.properties.include,
                                        data: data11
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err19 = {
                                instancePath: instancePath + '/stacks/' + i0,
                                schemaPath: '#/definitions/include/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                                schema: schema15.type,
                                parentSchema: schema15,
                                data: data10
                            };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        var _valid0 = _errs28 === errors;
                        valid5 = _valid0;
                        ifClause0 = 'then';
                    }
                    else {
                        const _errs34 = errors;
                        if (!validate12(data10, {
                            instancePath: instancePath + '/stacks/' + i0,
                            parentData: data9,
                            parentDataProperty: i0,
                            rootData
                        })) {
                            vErrors =
                                vErrors === null
                                    ? validate12.errors
                                    : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                        var _valid0 = _errs34 === errors;
                        valid5 = _valid0;
                        ifClause0 = 'else';
                    }
                    if (!valid5) {
                        const err20 = {
                            instancePath: instancePath + '/stacks/' + i0,
                            schemaPath: '#/properties/stacks/items/if',
                            keyword: 'if',
                            params: { failingKeyword: ifClause0 },
                            message: 'must match "' + ifClause0 + '" schema',
                            schema: schema13.properties.stacks.items.if,
                            parentSchema: schema13.properties.stacks.items,
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.helm_registries !== undefined) {
            let data12 = data.helm_registries;
            if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data13 = data12[i1];
                    if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                        if (data13.name === undefined) {
                            const err21 = {
                                instancePath: instancePath + '/helm_registries/' + i1,
                                schemaPath: '#/definitions/helmRegistry/required',
                                keyword: 'required',
                                params: { missingProperty: 'name' },
                                message: "must have required property '" + 'name' + "'",
                                schema: schema24.required,
                                parentSchema: schema24,
                                data: data13
                            };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        if (data13.url === undefined) {
                            const err22 = {
                                instancePath: instancePath + '/helm_registries/' + i1,
                                schemaPath: '#/definitions/helmRegistry/required',
                                keyword: 'required',
                                params: { missingProperty: 'url' },
                                message: "must have required property '" + 'url' + "'",
                                schema: schema24.required,
                                parentSchema: schema24,
                                data: data13
                            };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                        for (const key3 in data13) {
                            if (!(key3 === 'name' ||
                                key3 === 'url' ||
                                key3 === 'credential_name' ||
                                key3 === 'exclude_charts')) {
                                const err23 = {
                                    instancePath: instancePath + '/helm_registries/' + i1,
                                    schemaPath: '#/definitions/helmRegistry/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key3 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema24,
                                    data: data13
                                };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data13.name !== undefined) {
                            let data14 = data13.name;
                            if (typeof data14 === 'string') {
                                if (func2(data14) < 1) {
                                    const err24 = {
                                        instancePath: instancePath + '/helm_registries/' + i1 + '/name',
                                        schemaPath: '#/definitions/helmRegistry/properties/name/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema24.properties.name,
                                        data: data14
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err25 = {
                                    instancePath: instancePath + '/helm_registries/' + i1 + '/name',
                                    schemaPath: '#/definitions/helmRegistry/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema24.properties.name.type,
                                    parentSchema: schema24.properties.name,
                                    data: data14
                                };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        if (data13.url !== undefined) {
                            let data15 = data13.url;
                            if (typeof data15 === 'string') {
                                if (func2(data15) < 1) {
                                    const err26 = {
                                        instancePath: instancePath + '/helm_registries/' + i1 + '/url',
                                        schemaPath: '#/definitions/helmRegistry/properties/url/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema24.properties.url,
                                        data: data15
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err27 = {
                                    instancePath: instancePath + '/helm_registries/' + i1 + '/url',
                                    schemaPath: '#/definitions/helmRegistry/properties/url/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema24.properties.url.type,
                                    parentSchema: schema24.properties.url,
                                    data: data15
                                };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        if (data13.credential_name !== undefined) {
                            let data16 = data13.credential_name;
                            if (typeof data16 !== 'string') {
                                const err28 = {
                                    instancePath: instancePath +
                                        '/helm_registries/' +
                                        i1 +
                                        '/credential_name',
                                    schemaPath: '#/definitions/helmRegistry/properties/credential_name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema24.properties.credential_name.type,
                                    parentSchema: schema24.properties.credential_name,
                                    data: data16
                                };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data13.exclude_charts !== undefined) {
                            let data17 = data13.exclude_charts;
                            if (Array.isArray(data17)) {
                                const len2 = data17.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data18 = data17[i2];
                                    if (typeof data18 !== 'string') {
                                        const err29 = {
                                            instancePath: instancePath +
                                                '/helm_registries/' +
                                                i1 +
                                                '/exclude_charts/' +
                                                i2,
                                            schemaPath: '#/definitions/helmRegistry/properties/exclude_charts/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema24.properties.exclude_charts.items.type,
                                            parentSchema: schema24.properties.exclude_charts.items,
                                            data: data18
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err30 = {
                                    instancePath: instancePath + '/helm_registries/' + i1 + '/exclude_charts',
                                    schemaPath: '#/definitions/helmRegistry/properties/exclude_charts/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                    schema: schema24.properties.exclude_charts.type,
                                    parentSchema: schema24.properties.exclude_charts,
                                    data: data17
                                };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err31 = {
                            instancePath: instancePath + '/helm_registries/' + i1,
                            schemaPath: '#/definitions/helmRegistry/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema24.type,
                            parentSchema: schema24,
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err32 = {
                    instancePath: instancePath + '/helm_registries',
                    schemaPath: '#/properties/helm_registries/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema13.properties.helm_registries.type,
                    parentSchema: schema13.properties.helm_registries,
                    data: data12
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.prometheus_metrics !== undefined) {
            let data19 = data.prometheus_metrics;
            if (!(data19 && typeof data19 == 'object' && !Array.isArray(data19))) {
                const err33 = {
                    instancePath: instancePath + '/prometheus_metrics',
                    schemaPath: '#/properties/prometheus_metrics/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema13.properties.prometheus_metrics.type,
                    parentSchema: schema13.properties.prometheus_metrics,
                    data: data19
                };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.log_source !== undefined) {
            let data20 = data.log_source;
            if (!(data20 && typeof data20 == 'object' && !Array.isArray(data20))) {
                const err34 = {
                    instancePath: instancePath + '/log_source',
                    schemaPath: '#/properties/log_source/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema13.properties.log_source.type,
                    parentSchema: schema13.properties.log_source,
                    data: data20
                };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
    }
    else {
        const err35 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema13.type,
            parentSchema: schema13,
            data
        };
        if (vErrors === null) {
            vErrors = [err35];
        }
        else {
            vErrors.push(err35);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://clustersync.dev/schemas/cluster-definition.v1.schema.json" */ let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.apiVersion === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'apiVersion' },
                message: "must have required property '" + 'apiVersion' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.kind === undefined) {
            const err1 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'kind' },
                message: "must have required property '" + 'kind' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.metadata === undefined) {
            const err2 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'metadata' },
                message: "must have required property '" + 'metadata' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.spec === undefined) {
            const err3 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'spec' },
                message: "must have required property '" + 'spec' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'apiVersion' ||
                key0 === 'kind' ||
                key0 === 'metadata' ||
                key0 === 'spec')) {
                const err4 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema11,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.apiVersion !== undefined) {
            let data0 = data.apiVersion;
            if (typeof data0 !== 'string') {
                const err5 = {
                    instancePath: instancePath + '/apiVersion',
                    schemaPath: '#/properties/apiVersion/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.apiVersion.type,
                    parentSchema: schema11.properties.apiVersion,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (!(data0 === 'v1')) {
                const err6 = {
                    instancePath: instancePath + '/apiVersion',
                    schemaPath: '#/properties/apiVersion/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema11.properties.apiVersion.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema11.properties.apiVersion.enum,
                    parentSchema: schema11.properties.apiVersion,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data1 = data.kind;
            if (typeof data1 !== 'string') {
                const err7 = {
                    instancePath: instancePath + '/kind',
                    schemaPath: '#/properties/kind/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.kind.type,
                    parentSchema: schema11.properties.kind,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!(data1 === 'ImportCluster')) {
                const err8 = {
                    instancePath: instancePath + '/kind',
                    schemaPath: '#/properties/kind/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema11.properties.kind.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema11.properties.kind.enum,
                    parentSchema: schema11.properties.kind,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.metadata !== undefined) {
            let data2 = data.metadata;
            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                if (data2.name === undefined) {
                    const err9 = {
                        instancePath: instancePath + '/metadata',
                        schemaPath: '#/definitions/metadata/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                        schema: schema12.required,
                        parentSchema: schema12,
                        data: data2
                    };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    if (!(key1 === 'name' || key1 === 'description')) {
                        const err10 = {
                            instancePath: instancePath + '/metadata',
                            schemaPath: '#/definitions/metadata/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema12,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data2.name !== undefined) {
                    let data3 = data2.name;
                    if (typeof data3 === 'string') {
                        if (func2(data3) < 1) {
                            const err11 = {
                                instancePath: instancePath + '/metadata/name',
                                schemaPath: '#/definitions/metadata/properties/name/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema12.properties.name,
                                data: data3
                            };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = {
                            instancePath: instancePath + '/metadata/name',
                            schemaPath: '#/definitions/metadata/properties/name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema12.properties.name.type,
                            parentSchema: schema12.properties.name,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data2.description !== undefined) {
                    let data4 = data2.description;
                    if (typeof data4 !== 'string') {
                        const err13 = {
                            instancePath: instancePath + '/metadata/description',
                            schemaPath: '#/definitions/metadata/properties/description/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema12.properties.description.type,
                            parentSchema: schema12.properties.description,
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err14 = {
                    instancePath: instancePath + '/metadata',
                    schemaPath: '#/definitions/metadata/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema12.type,
                    parentSchema: schema12,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.spec !== undefined) {
            if (!validate11(data.spec, {
                instancePath: instancePath + '/spec',
                parentData: data,
                parentDataProperty: 'spec',
                rootData
            })) {
                vErrors =
                    vErrors === null
                        ? validate11.errors
                        : vErrors.concat(validate11.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err15 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.type,
            parentSchema: schema11,
            data
        };
        if (vErrors === null) {
            vErrors = [err15];
        }
        else {
            vErrors.push(err15);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const validate = precompiledValidate;

;// CONCATENATED MODULE: ./src/validate/secret-fields.ts
/**
 * The fields of a definition that can hold secrets: a message about them
 * says what is wrong (the type, the field) but never quotes what they hold.
 * A Secret written under `manifest:`, Helm values with passwords, stack
 * variables with tokens would otherwise reach logs and pull request
 * annotations. Objects read through `from_file` or an include are not part
 * of the composed document, so no schema message can quote them.
 */

const entryFields = {
    manifests: ['manifest', 'manifest_base64'],
    // Everything under `configuration`: values, values_base64, from_file.
    addons: ['configuration']
};
/** True when the value at `pointer` is, or is inside, a field that can hold secrets. */
function holdsSecrets(pointer) {
    const tokens = (0,definition_pointer/* pointerTokens */.Mr)(pointer);
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        // Stack variables feed manifests and values, tokens included.
        if (token === 'variables' && tokens[i - 2] === 'stacks')
            return true;
        const fields = Object.hasOwn(entryFields, token)
            ? entryFields[token]
            : undefined;
        const field = tokens[i + 2];
        if (fields && field !== undefined && fields.includes(field))
            return true;
        // A Secret's data, wherever an object is spelled out.
        if (token === 'data' || token === 'stringData')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/validate/schema.ts
/**
 * The JSON Schema is the single contract of the format (STYLE.md §5.6): it
 * is compiled once, and its errors become diagnostics that name the field,
 * point at the key or value in the right file, and suggest fixes drawn from
 * the schema's own properties and enums.
 *
 * Compiling the schema costs a cold CLI run ~70 ms, so the compiled code is
 * generated ahead of time (schema-validator.generated.ts, by ajv's
 * standalone mode with the same options; see
 * __tests__/definition/schema-codegen.ts). It is used only when its hash
 * matches the shipped schema and these options; otherwise the schema is
 * compiled at run time (prepareSchemaValidator), so a stale file can cost
 * time but never change what is validated. ajv itself is loaded only then:
 * a current generated validator needs none of it. The shipped schema is read by package-files.ts,
 * with the other shipped files: validate/ imports no file access.
 */









/** The schema's `$id`, for the `# yaml-language-server: $schema=` line. */
const schemaId = 'https://clustersync.dev/schemas/cluster-definition.v1.schema.json';
/** ajv's options for the schema (the generated validator uses the same). */
const schemaAjvOptions = {
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true
};
let compiled;
/** The schema document, as shipped in `schemas/`. */
function loadSchema(text = (0,package_files/* schemaText */.t)()) {
    const parsed = JSON.parse(text);
    if (!(0,plain_data/* isRecord */.u4)(parsed))
        throw new Error('the bundled schema is not an object');
    return parsed;
}
/** What the generated validator was made from: the options and the schema text. */
function schemaSourceHash(text) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify(schemaAjvOptions))
        .update('\n')
        .update(text)
        .digest('hex');
}
/** True when the generated validator matches the shipped schema and options. */
function precompiledIsCurrent(text = (0,package_files/* schemaText */.t)()) {
    return validate !== undefined && sourceHash === schemaSourceHash(text);
}
/**
 * Makes the validator ready: the generated one when current, else the
 * schema compiled with ajv, which is loaded here and only here.
 */
async function prepareSchemaValidator() {
    if (compiled)
        return;
    const text = (0,package_files/* schemaText */.t)();
    if (validate !== undefined && precompiledIsCurrent(text)) {
        compiled = validate;
        return;
    }
    const { Ajv } = await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23));
    compiled = new Ajv(schemaAjvOptions).compile(loadSchema(text));
}
/** The validator; a stale generated one must be replaced by prepareSchemaValidator first. */
function schemaValidator() {
    if (compiled)
        return compiled;
    if (validate !== undefined && precompiledIsCurrent())
        return (compiled = validate);
    throw new Error('the generated schema validator does not match the schema: await prepareSchemaValidator() before validating, or regenerate it with UPDATE_GENERATED=1 npm test -- __tests__/definition/schema-precompiled');
}
/** Checks the composed document against the schema; one diagnostic per problem. */
function checkSchema(document, sourceMap) {
    const validate = schemaValidator();
    if (validate(document))
        return [];
    return (validate.errors ?? [])
        .filter((e) => e.keyword !== 'if')
        .map((e) => toDiagnostic(e, document, sourceMap));
}
function toDiagnostic(error, document, sourceMap) {
    // A field's own error (its type, its value) names what holds the field:
    // `"kind" in the definition`, not `"kind" in "kind"`.
    const fieldLevel = !['additionalProperties', 'required'].includes(error.keyword);
    const subject = describeSubject(document, fieldLevel ? error.instancePath.replace(/\/[^/]*$/, '') : error.instancePath);
    const properties = schemaProperties(error.parentSchema);
    switch (error.keyword) {
        case 'additionalProperties': {
            const field = String(error.params.additionalProperty);
            const keyPointer = (0,definition_pointer/* childPointer */.Y2)(error.instancePath, field);
            // A key too long to quote is not repeated in the pointer either: the
            // diagnostic points at the mapping that holds it.
            const pointer = field.length > redact/* maxQuotedLength */.jX ? error.instancePath : keyPointer;
            return at(sourceMap.locateKey(keyPointer), pointer, {
                code: 'unknown-field',
                message: `unknown field ${(0,redact/* quoteValue */.cl)(field)} in ${subject}`,
                hint: (0,did_you_mean/* didYouMean */.au)(field, properties) ??
                    `Known fields: ${properties.join(', ')}.`
            });
        }
        case 'required': {
            const field = String(error.params.missingProperty);
            const example = exampleOf(error.parentSchema, field);
            return at(sourceMap.locate(error.instancePath), error.instancePath, {
                code: 'missing-field',
                message: `${subject} is missing the required field "${field}"`,
                hint: example === undefined
                    ? undefined
                    : `Add it, e.g. \`${field}: ${example}\``
            });
        }
        case 'type':
            return typeDiagnostic(error, document, sourceMap, subject);
        case 'enum':
        case 'const': {
            const allowed = enumValues(error);
            const value = valueAt(document, error.instancePath);
            const shown = holdsSecrets(error.instancePath)
                ? 'not an allowed value;'
                : `${(0,redact/* quoteValue */.cl)(value)};`;
            return at(sourceMap.locate(error.instancePath), error.instancePath, {
                code: 'invalid-value',
                message: `${fieldName(error.instancePath)} in ${subject} is ${shown} expected ${allowed.map((v) => JSON.stringify(v)).join(' or ')}`,
                hint: typeof value === 'string' ? (0,did_you_mean/* didYouMean */.au)(value, allowed) : undefined
            });
        }
        case 'minimum':
        case 'maximum':
            return rangeDiagnostic(error, sourceMap, subject);
        default:
            return at(sourceMap.locate(error.instancePath), error.instancePath, {
                code: 'invalid-value',
                message: `${fieldName(error.instancePath)} in ${subject} ${error.message ?? 'is invalid'}`
            });
    }
}
function typeDiagnostic(error, document, sourceMap, subject) {
    // A list that may also be empty (`manifests:`) says "an array": "or null"
    // names YAML's reading of an empty value, not something users write.
    const types = String(error.params.type).split(',');
    const expected = (types.length > 1 ? types.filter((t) => t !== 'null') : types).join(' or ');
    const value = valueAt(document, error.instancePath);
    const field = fieldName(error.instancePath);
    const raw = sourceMap.get(error.instancePath)?.raw;
    const written = (0,redact/* quoteWritten */.Em)(raw ?? (0,redact/* quoteValue */.cl)(value));
    // An empty value (`key:`) has nothing to quote back: "not empty ()" read
    // badly. A field that can hold secrets is never quoted.
    const shown = written === '' || holdsSecrets(error.instancePath) ? '' : ` (${written})`;
    let hint;
    if (shown !== '' &&
        expected.startsWith('string') &&
        (typeof value === 'number' || typeof value === 'boolean')) {
        const readAs = typeof value === 'number' ? `the number ${value}` : `the boolean ${value}`;
        hint = `YAML reads an unquoted ${written} as ${readAs}. Quote it: \`${lastToken(error.instancePath)}: "${written}"\``;
    }
    else if (error.instancePath.includes('/variables/')) {
        hint = 'Stack variables are text: write the value as a quoted YAML string.';
    }
    else if (value === null) {
        hint = `The value is empty; give ${article(expected)}.`;
    }
    else if (/\/parents\/\d+$/.test(error.instancePath) &&
        typeof value === 'string') {
        hint = `A parent says what it names: write \`- {name: ${value}, kind: manifest}\` (or \`kind: addon\`); Ankra's CLI drops the shorter \`- manifest: ${value}\`.`;
    }
    else if (/\/configuration\/values$/.test(error.instancePath) &&
        (0,plain_data/* isRecord */.u4)(value)) {
        hint =
            '`values` holds YAML text: write `values: |` and indent the YAML under it.';
    }
    else if (/\/configuration$/.test(error.instancePath) &&
        typeof value === 'string') {
        hint =
            '`configuration` is a mapping: `configuration:`, then `values: |` with the YAML text indented under it.';
    }
    return at(sourceMap.locate(error.instancePath), error.instancePath, {
        code: 'wrong-type',
        message: `${field} in ${subject} must be ${article(expected)}, not ${kindOf(value)}${shown}`,
        hint
    });
}
/** A number outside its range, quoted as written (`1.2e29`, not 1.2e+29). */
function rangeDiagnostic(error, sourceMap, subject) {
    const schema = (0,plain_data/* isRecord */.u4)(error.parentSchema) ? error.parentSchema : {};
    const position = sourceMap.get(error.instancePath);
    const written = position?.raw ?? String(error.data);
    const kind = schema.type === 'integer' ? 'an integer' : 'a number';
    const { minimum, maximum } = schema;
    const bounds = typeof minimum === 'number' && typeof maximum === 'number'
        ? `from ${minimum} to ${maximum}`
        : typeof minimum === 'number'
            ? `of at least ${minimum}`
            : `of at most ${String(maximum)}`;
    return at(sourceMap.locate(error.instancePath), error.instancePath, {
        code: 'invalid-value',
        message: `${fieldName(error.instancePath)} in ${subject} is ${written}; expected ${kind} ${bounds}`
    });
}
function at(location, pointer, rest) {
    return {
        severity: 'error',
        ...rest,
        file: location?.file,
        line: location?.line,
        column: location?.column,
        pointer,
        hint: rest.hint
    };
}
function schemaProperties(schema) {
    return (0,plain_data/* isRecord */.u4)(schema) && (0,plain_data/* isRecord */.u4)(schema.properties)
        ? Object.keys(schema.properties)
        : [];
}
function exampleOf(schema, field) {
    if (!(0,plain_data/* isRecord */.u4)(schema) || !(0,plain_data/* isRecord */.u4)(schema.properties))
        return undefined;
    const property = schema.properties[field];
    if (!(0,plain_data/* isRecord */.u4)(property) || !Array.isArray(property.examples))
        return undefined;
    const example = property.examples[0];
    return example === undefined ? undefined : JSON.stringify(example);
}
function enumValues(error) {
    const values = error.params.allowedValues ?? [
        error.params.allowedValue
    ];
    return Array.isArray(values) ? values.map(String) : [];
}
function lastToken(pointer) {
    return pointer.slice(pointer.lastIndexOf('/') + 1);
}
function fieldName(pointer) {
    const last = lastToken(pointer);
    return /^\d+$/.test(last) ? `item #${Number(last) + 1}` : `"${last}"`;
}
function article(word) {
    return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function kindOf(value) {
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if ((0,plain_data/* isRecord */.u4)(value))
        return 'a mapping';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/validate/tool-arguments.ts
/**
 * Fields that become arguments of helm and kubectl, checked by the tools'
 * own rules before anything runs: a release name such as
 * `--kubeconfig=/tmp/x`, a namespace `-n` or a version `--devel` would
 * otherwise pass validation and be read as a flag, or fail only at apply
 * time. The rules are Helm's and Kubernetes' (see the links below), so a
 * definition they accept is never refused here.
 */




// Kubernetes' DNS-1123 label (k8s.io/apimachinery validation.IsDNS1123Label).
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const maxLabelLength = 63;
// Helm's release name rule (helm pkg/chartutil ValidateReleaseName): a
// DNS-1123 subdomain of at most 53 characters, leaving room for suffixes
// charts add to the names of what they create.
const helmReleaseName = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const maxReleaseNameLength = 53;
// One term of a version constraint as Helm reads it (Masterminds semver):
// an optional operator, then a version whose parts may be wildcards, with
// optional pre-release and build metadata. Terms are joined by `,`, spaces
// or `||`, and `a - b` is a range.
const versionTerm = /^(?:!=|>=|=>|<=|=<|~>|[=<>~^])?\s*v?(?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2}(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** Reports every release name, namespace, chart name and version helm or kubectl would refuse or misread. */
function checkToolArguments(ctx, stacks) {
    for (const stack of stacks) {
        for (const manifest of stack.manifests) {
            checkNamespace(ctx, manifest.namespace, manifest.source.pointer);
        }
        for (const addon of stack.addons) {
            const pointer = addon.source.pointer;
            checkReleaseName(ctx, addon.name, (0,definition_pointer/* childPointer */.Y2)(pointer, 'name'));
            checkNamespace(ctx, addon.namespace, pointer);
            if (!(0,references/* isLocalChart */.q)(addon.chartName)) {
                checkChartName(ctx, addon.chartName, (0,definition_pointer/* childPointer */.Y2)(pointer, 'chart_name'));
            }
            checkVersion(ctx, addon.chartVersion, (0,definition_pointer/* childPointer */.Y2)(pointer, 'chart_version'));
        }
    }
}
function checkReleaseName(ctx, name, at) {
    if (name === '')
        return; // the schema reports it
    const problem = name.length > maxReleaseNameLength
        ? `is ${name.length} characters long; Helm allows at most ${maxReleaseNameLength}`
        : helmReleaseName.test(name)
            ? undefined
            : 'is not a name Helm accepts for a release';
    if (problem === undefined)
        return;
    report(ctx, 'error', at, 'invalid-release-name', `the add-on name ${(0,redact/* quoteValue */.cl)(name)} ${problem}`, 'The add-on name is the Helm release name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, e.g. `name: ingress-nginx`.');
}
function checkNamespace(ctx, namespace, entry) {
    if (namespace === undefined)
        return;
    if (namespace.length <= maxLabelLength && dns1123Label.test(namespace))
        return;
    report(ctx, 'error', (0,definition_pointer/* childPointer */.Y2)(entry, 'namespace'), 'invalid-namespace', `the namespace ${(0,redact/* quoteValue */.cl)(namespace)} is not a Kubernetes namespace name`, `A namespace name is a DNS-1123 label: at most ${maxLabelLength} lower-case letters, digits and "-", starting and ending with a letter or digit, e.g. \`namespace: monitoring\`.`);
}
function checkChartName(ctx, chartName, at) {
    if (chartName === '')
        return; // the schema reports it
    if (!chartName.startsWith('-') && !/[\s\p{Cc}]/u.test(chartName))
        return;
    report(ctx, 'error', at, 'invalid-chart-name', `the chart name ${(0,redact/* quoteValue */.cl)(chartName)} ${chartName.startsWith('-') ? 'starts with "-", so helm would read it as a flag' : 'contains whitespace or control characters'}`, 'Write the name of the chart in its repository, e.g. `chart_name: ingress-nginx`, or a chart folder: `chart_name: ./charts/app`.');
}
function checkVersion(ctx, version, at) {
    if (version === '' || isVersionConstraint(version))
        return;
    report(ctx, 'error', at, 'invalid-chart-version', `the chart version ${(0,redact/* quoteValue */.cl)(version)} is neither a version nor a version range Helm accepts`, 'Give a version, e.g. `chart_version: "1.2.3"`, or a range such as `">=1.2.0 <2.0.0"` or `"~1.2"`.');
}
/** True for a semantic version or a range of them as `helm --version` reads it. */
function isVersionConstraint(text) {
    const alternatives = text.split('||');
    return alternatives.every((alternative) => {
        // `1.2 - 1.4`: a hyphen range, spaces around the dash.
        const terms = alternative
            .trim()
            .replace(/\s+-\s+/g, ' ')
            // An operator may be followed by spaces: `>= 1.2`.
            .replace(/(!=|>=|=>|<=|=<|~>|[=<>~^])\s+/g, '$1')
            .split(/[\s,]+/)
            .filter((t) => t !== '');
        return terms.length > 0 && terms.every((t) => versionTerm.test(t));
    });
}

// EXTERNAL MODULE: ./src/wildcard.ts
var wildcard = __webpack_require__(2177);
;// CONCATENATED MODULE: ./src/sops/encrypted-paths.ts
/**
 * `encrypted_paths` entries (Ankra: `manifests[].encrypted_paths`,
 * `addons[].configuration.encrypted_paths`) and the values they name. Four
 * forms, as Ankra's CLI, docs and platform write them:
 * - a leaf key, `password`: every value whose own key is `password`, at any depth;
 * - a leading dot, `.dockerconfigjson`: the literal key `.dockerconfigjson`, at any depth;
 * - a dotted path, `stringData.PASSWORD`: that path from the document's root;
 * - `glob:` and a dotted pattern, `glob:stringData.DB_*`: `*` matches within
 *   one key, `**` any number of keys.
 * A path that names a mapping or a list covers every value under it.
 */



/** How an entry matches a key path. */
function entryMatcher(entry) {
    if (entry.startsWith('glob:')) {
        // `*` within one key, `**` any number of keys (none included), matched
        // without a regular expression (wildcard.ts says why).
        const parts = entry.slice('glob:'.length).split('.');
        return (path) => (0,wildcard/* matchesParts */.m)(parts, path);
    }
    if (entry.startsWith('.') || !entry.includes('.')) {
        return (path) => path[path.length - 1] === entry;
    }
    const keys = entry.split('.');
    return (path) => path.length === keys.length && keys.every((k, i) => path[i] === k);
}
function collectLeaves(value, path, out) {
    if (Array.isArray(value)) {
        for (const item of value)
            collectLeaves(item, path, out);
    }
    else if ((0,plain_data/* isRecord */.u4)(value)) {
        for (const [k, v] of Object.entries(value)) {
            if (path.length === 0 && k === sops_metadata/* sopsKey */.Lb)
                continue;
            collectLeaves(v, [...path, k], out);
        }
    }
    else if (value !== null && value !== undefined) {
        out.push({ path, value });
    }
}
/**
 * The values `entry` names in `document` (the `sops` block excluded). A
 * match on a mapping or list yields every value under it, each with its own
 * path, since SOPS encrypts values, not mappings.
 */
function valuesNamedBy(entry, document) {
    const leaves = [];
    collectLeaves(document, [], leaves);
    const matches = entryMatcher(entry);
    return leaves.filter((leaf) => leaf.path.some((_, i) => matches(leaf.path.slice(0, i + 1))));
}

;// CONCATENATED MODULE: ./src/validate/sops-rules.ts
/**
 * What validation says about secrets, without any key: a SOPS-encrypted
 * file is named (a sync needs an age key for it, a preview cannot compare
 * it; a key source that could not be read is named there, and only there),
 * a path listed in `encrypted_paths` that holds plain text is an error
 * (a secret committed by mistake), and a Secret whose values are plain text
 * is a `plaintext-secret` warning that `--strict-secrets` makes an error.
 * No message quotes a value.
 */






/** Checks every manifest and add-on of `stacks`; see the file comment. */
function checkSecrets(ctx, stacks, options) {
    for (const stack of stacks) {
        for (const m of stack.manifests) {
            const subject = {
                what: `manifest ${m.name}`,
                pointer: m.source.pointer,
                ...(m.origin.file ? { file: m.origin.file } : {}),
                documents: m.objects.map((o) => ({
                    value: o.body,
                    location: o.source
                })),
                encryptedPaths: m.encryptedPaths
            };
            checkSubject(ctx, subject, options);
            const plain = !subject.documents.some((d) => (0,sops_metadata/* containsCiphertext */.Sw)(d.value));
            if (plain && (options.plaintextSecrets || options.strictSecrets)) {
                for (const o of m.objects)
                    checkPlainSecret(ctx, m.source.pointer, o, options);
            }
        }
        for (const a of stack.addons) {
            const file = a.valuesOrigin?.file;
            const location = file
                ? { file, line: 1, column: 1 }
                : { file: a.source.file, line: a.source.line, column: a.source.column };
            checkSubject(ctx, {
                what: `the values of add-on ${a.name}`,
                pointer: (0,definition_pointer/* childPointer */.Y2)(a.source.pointer, 'configuration'),
                ...(file ? { file } : {}),
                documents: [{ value: a.values, location }],
                encryptedPaths: a.encryptedPaths ?? []
            }, options);
        }
    }
}
function checkSubject(ctx, subject, options) {
    const first = subject.documents[0];
    if (!first)
        return;
    const where = subject.file ?? 'its inline YAML';
    const sealed = subject.documents.some((d) => (0,sops_metadata/* hasSopsMetadata */.$H)(d.value));
    const encrypted = subject.documents.some((d) => (0,sops_metadata/* containsCiphertext */.Sw)(d.value));
    if (encrypted && !sealed) {
        report(ctx, 'warning', subject.pointer, 'sops-no-metadata', `${subject.what} (${where}) holds ENC[…] values but no sops block: they cannot be decrypted, and a sync fails this step`, 'Commit the file as sops wrote it, with its top-level sops: block.', first.location);
    }
    else if (sealed && options.sopsKeyProblems?.length) {
        reportKeyProblems(ctx, subject, where, options.sopsKeyProblems, options);
    }
    else if (sealed && options.sopsKeys !== true) {
        report(ctx, 'warning', subject.pointer, 'sops-no-key', `${subject.what} (${where}) is SOPS-encrypted and no age key was given: a sync fails this step; plans and drift checks show it as encrypted, not compared`, 'Give the age identity as the sops-age-key input (Action) or SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or sops/age/keys.txt in the user config folder, where sops looks (CLI).', first.location);
    }
    const pointer = (0,definition_pointer/* childPointer */.Y2)(subject.pointer, 'encrypted_paths');
    for (const entry of subject.encryptedPaths) {
        const named = subject.documents.flatMap((d, index) => valuesNamedBy(entry, d.value).map((v) => ({ ...v, document: d, index })));
        if (named.length === 0) {
            report(ctx, 'warning', pointer, 'encrypted-path-unmatched', `encrypted_paths entry "${entry}" of ${subject.what} names no value in ${where}`, 'Entries are a key (password), a dotted path from the root (stringData.PASSWORD), a literal key with a leading dot (.dockerconfigjson) or glob:pattern.');
            continue;
        }
        for (const v of named) {
            if ((0,sops_metadata/* isSopsCiphertext */.Um)(v.value) || v.value === '')
                continue;
            report(ctx, 'error', pointer, 'sops-plaintext-at-encrypted-path', `${v.path.join('.')} in ${where} is listed in encrypted_paths ("${entry}") of ${subject.what} but written in plain text`, 'Encrypt the file with sops before committing it, and rotate the secret: it is in the repository history.', locatePath(ctx, subject, v.index, v.path) ?? v.document.location);
        }
    }
}
/** `sops-key-unreadable` at an encrypted subject: the sources, and how to fix each. */
function reportKeyProblems(ctx, subject, where, problems, options) {
    const sources = problems.map((p) => p.message).join('; ');
    const fixes = problems.map((p) => `${capitalize(p.fix)}.`).join(' ');
    const keys = options.sopsKeys === true;
    report(ctx, keys ? 'warning' : 'error', subject.pointer, 'sops-key-unreadable', keys
        ? `${subject.what} (${where}) is SOPS-encrypted; the age keys that could be read are tried, but ${sources}`
        : `${subject.what} (${where}) is SOPS-encrypted and no age key could be read: ${sources}`, fixes, subject.documents[0]?.location);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The exact line of `path` in the subject's file, when it can be found. */
function locatePath(ctx, subject, index, path) {
    if (!subject.file)
        return undefined;
    const ref = [...ctx.loaded.references.values()].find((r) => r.path === subject.file && r.parsed);
    if (!ref?.parsed)
        return undefined;
    const parsed = 'documents' in ref.parsed
        ? ref.parsed
        : (0,yaml_parse/* parseYamlText */.cd)(ref.parsed.text, ref.parsed.file, [], ref.parsed.reader);
    if (!('documents' in parsed))
        return undefined;
    const docs = parsed.documents.filter((d) => d.contents !== null);
    const doc = docs[index];
    const node = doc?.getIn(path, true);
    const range = (0,plain_data/* isRecord */.u4)(node) && Array.isArray(node.range) ? node.range : undefined;
    if (typeof range?.[0] !== 'number')
        return undefined;
    const { line, col } = parsed.lineCounter.linePos(range[0]);
    return { file: subject.file, line, column: col };
}
function checkPlainSecret(ctx, pointer, object, options) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1')
        return;
    const body = (0,plain_data/* isRecord */.u4)(object.body) ? object.body : {};
    const plain = ['data', 'stringData'].filter((key) => {
        const values = (0,plain_data/* recordField */.Qb)(body, key);
        return (values !== undefined &&
            Object.values(values).some((v) => v !== '' && v !== null));
    });
    if (plain.length === 0)
        return;
    report(ctx, options.strictSecrets ? 'error' : 'warning', pointer, 'plaintext-secret', `Secret ${object.name} (${object.source.file}:${object.source.line}) holds its ${plain.join(' and ')} in plain text`, 'Encrypt it with sops (e.g. encrypted_regex: ^(data|stringData)$) and list the keys in encrypted_paths; validate --strict-secrets makes this an error.', object.source);
}

;// CONCATENATED MODULE: ./src/validate/credential-names.ts
/**
 * Every registry credential a chart needs must be among the credentials the
 * run was given (the Action's `registry-credentials`, the CLI's
 * `--registry-credentials`): a sync that would only find out at `helm
 * upgrade` would have applied its earlier steps already. The error names
 * the add-on and its place; credential names are not secret, values are
 * never here.
 */


/** One `missing-registry-credential` error per add-on whose credential is not held. */
function checkCredentialNames(ctx, stacks, held) {
    for (const stack of stacks) {
        for (const addon of stack.addons) {
            const name = addon.chart.credentialName;
            if (name === undefined || held.has(name))
                continue;
            const own = (0,definition_pointer/* childPointer */.Y2)(addon.source.pointer, 'registry_credential_name');
            // The add-on's own key when it names the credential, else the
            // registry_name through which it inherits the registry's.
            const at = ctx.loaded.sourceMap.get(own)
                ? own
                : (0,definition_pointer/* childPointer */.Y2)(addon.source.pointer, 'registry_name');
            const via = at === own
                ? ''
                : ` (the credential_name of registry "${addon.chart.registryName ?? ''}")`;
            const place = `${addon.source.file}:${addon.source.line}`;
            const names = [...held].sort();
            report(ctx, 'error', at, 'missing-registry-credential', `add-on "${addon.name}" in stack "${stack.name}" (${place}) needs the registry credential "${name}"${via}, which the run was not given`, `Add "${name}" with its username and password to the registry-credentials input (Action) or the --registry-credentials file (CLI)${names.length > 0 ? `; given: ${names.join(', ')}` : ''}.`, keyLocation(ctx, at));
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/check-definition.ts
/**
 * The Validating phase: `validateDefinition` checks a loaded definition
 * against the schema and the rules the schema cannot express, and returns
 * every problem at once; `checkDefinition` loads and validates in one call,
 * for the sync engine and the Action.
 */














/**
 * Validates a loaded definition. Pure; never throws for user input. The
 * schema validator must be ready: checkDefinition prepares it, and so must
 * any other caller when the generated one may be stale (schema.ts).
 */
function validateDefinition(loaded, options) {
    const ctx = {
        loaded,
        diagnostics: [...loaded.diagnostics]
    };
    if (loaded.document === undefined) {
        return { diagnostics: (0,src_diagnostics/* sortDiagnostics */.Ds)(ctx.diagnostics) };
    }
    for (const d of checkSchema(loaded.document, loaded.sourceMap)) {
        ctx.diagnostics.push(d);
    }
    const definition = buildDefinition(ctx, options.registries, options.variables, options.secretVariableNames);
    checkUniqueNames(ctx, definition.stacks, definition.helmRegistries);
    checkToolArguments(ctx, definition.stacks);
    renameLegacyParents(ctx, definition.stacks);
    checkParents(ctx, definition.stacks);
    checkObjectConflicts(ctx, definition.stacks);
    checkReservedObjects(ctx, definition.stacks);
    checkSecrets(ctx, definition.stacks, options.secrets ?? {});
    reportNotActedOn(ctx, loaded.document);
    if (options.credentialNames)
        checkCredentialNames(ctx, definition.stacks, options.credentialNames);
    checkBranch(ctx, definition.gitRepository?.branch, options.ref, options.mode);
    const diagnostics = (0,src_diagnostics/* sortDiagnostics */.Ds)(ctx.diagnostics);
    return (0,src_diagnostics/* hasErrors */.Cs)(diagnostics) ? { diagnostics } : { definition, diagnostics };
}
/** Loads and validates the definition at `file` (repository-relative) under `root`. */
async function checkDefinition(options) {
    const loaded = await (0,load/* loadDefinition */.y)(options);
    await prepareSchemaValidator();
    const { registries, ...rest } = options;
    return validateDefinition(loaded, {
        ...rest,
        registries: typeof registries === 'function'
            ? usesRegistryName(loaded.document)
                ? await registries()
                : undefined
            : registries
    });
}
/** True when some add-on names its registry by `registry_name`. */
function usesRegistryName(document) {
    const spec = (0,plain_data/* isRecord */.u4)(document) ? (0,plain_data/* recordField */.Qb)(document, 'spec') : undefined;
    return (0,plain_data/* listField */.FZ)(spec ?? {}, 'stacks').some((stack) => (0,plain_data/* isRecord */.u4)(stack) &&
        (0,plain_data/* listField */.FZ)(stack, 'addons').some((addon) => (0,plain_data/* isRecord */.u4)(addon) && addon.registry_name !== undefined));
}


/***/ })

};
;