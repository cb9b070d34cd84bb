"use strict";
exports.id = 948;
exports.ids = [948];
exports.modules = {

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ builtInRank),
/* harmony export */   KH: () => (/* binding */ groupKind),
/* harmony export */   fp: () => (/* binding */ orderObjects),
/* harmony export */   oI: () => (/* binding */ apiGroup)
/* harmony export */ });
/* unused harmony exports isBuiltInGroup, kindRank, isClusterScoped, objectNamespace, formatSubject */
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