"use strict";
exports.id = 386;
exports.ids = [386];
exports.modules = {

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


/***/ })

};
;