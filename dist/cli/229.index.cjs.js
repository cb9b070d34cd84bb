"use strict";
exports.id = 229;
exports.ids = [229];
exports.modules = {

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ goneByDesign)
/* harmony export */ });
/* harmony import */ var _cluster_live_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(592);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(176);
/**
 * Objects whose absence is by design: a Job that removes itself once done
 * (removesItself, live-state.ts), in a manifest step applied as it is now.
 * `sync --full` does not create it again (that would run a migration
 * again) and the live plan (the drift check) does not list it; both take
 * the list from here, from the plan and the record's step digests.
 * `status` asks removesItself of the decrypted bodies it compares, which
 * are only those of steps applied as they are now.
 */


/** The refKeys of such objects in the plan's steps the record has as applied. */
function goneByDesign(plan, record, applySetId) {
    const applied = new Map((record?.steps ?? []).map((s) => [s.id, s.digest]));
    return new Set(plan.steps
        .filter((s) => s.kind === 'manifest' && applied.get(s.id) === s.digest)
        .flatMap((s) => s.objects.map((o) => (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .appliedDocument */ .Nn)(o, applySetId)))
        .filter(_cluster_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .removesItself */ .fj)
        .map((d) => (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(d))));
}


/***/ }),

/***/ 8822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ stillNeededNeedsContextNamespace),
/* harmony export */   v: () => (/* binding */ keepStillNeeded)
/* harmony export */ });
/* harmony import */ var _plan_kind_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(948);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(176);


/** Takes out of `groups` what the plan still needs; see the file comment. */
function keepStillNeeded(plan, groups, contextNamespace) {
    const users = declaredUsers(plan, contextNamespace);
    const kept = [];
    const reasons = new Map();
    const remaining = groups.flatMap((group) => {
        const objects = [];
        for (const o of group.objects) {
            const why = neededBy(o, users);
            if (why === undefined) {
                objects.push(o);
                continue;
            }
            const reason = `left in place: ${why}; no longer on this definition's record`;
            reasons.set((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(o), reason);
            kept.push({
                subject: (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o),
                action: 'unchanged',
                step: 'prune',
                message: `${reason} (was applied by ${group.step})`
            });
        }
        if (objects.length === 0 && !group.release)
            return [];
        return [{ ...group, objects }];
    });
    return { groups: remaining, kept, reasons };
}
/**
 * Whether the context's namespace is worth asking for: a Namespace would
 * go, and a declared object names no namespace (it was applied to the
 * kubeconfig context's, which may be that Namespace).
 */
function stillNeededNeedsContextNamespace(plan, groups) {
    return (groups.some((g) => g.objects.some(isNamespace)) &&
        plan.steps.some((step) => step.kind === 'manifest' && step.objects.some(inContext)));
}
function declaredUsers(plan, contextNamespace) {
    const byNamespace = new Map();
    const byGroup = new Map();
    for (const step of plan.steps) {
        if (step.kind === 'addon') {
            if (!byNamespace.has(step.namespace))
                byNamespace.set(step.namespace, `helm:${step.namespace}/${step.name}`);
            continue;
        }
        for (const o of step.objects) {
            if (o.namespace !== undefined && !byNamespace.has(o.namespace))
                byNamespace.set(o.namespace, o.subject);
            if (contextNamespace !== undefined &&
                inContext(o) &&
                !byNamespace.has(contextNamespace)) {
                byNamespace.set(contextNamespace, `${o.subject}, which names no namespace and goes to the kubeconfig context's,`);
            }
            const group = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(o.object.apiVersion);
            if (group !== '' && !byGroup.has(group))
                byGroup.set(group, o.subject);
        }
    }
    return { byNamespace, byGroup };
}
/**
 * An object that names no namespace and is not of a kind known to be
 * cluster-scoped: applied to the kubeconfig context's namespace (a custom
 * kind whose scope is not known counts, to be safe).
 */
function inContext(o) {
    return o.namespace === undefined && !(0,_plan_kind_order_js__WEBPACK_IMPORTED_MODULE_0__/* .isClusterScoped */ .Z6)(o.group, o.object.kind);
}
function isNamespace(o) {
    return o.kind === 'Namespace' && (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(o.apiVersion) === '';
}
/** Why `o` is still needed, or undefined when it may go. */
function neededBy(o, users) {
    if (isNamespace(o)) {
        const user = users.byNamespace.get(o.name);
        return user && `the definition still declares ${user} in it`;
    }
    if (o.kind === 'CustomResourceDefinition' &&
        (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(o.apiVersion) === 'apiextensions.k8s.io') {
        const group = o.name.slice(o.name.indexOf('.') + 1);
        const user = users.byGroup.get(group);
        return (user && `the definition still declares ${user} of its API group ${group}`);
    }
    return undefined;
}


/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ computePrune),
  Hl: () => (/* binding */ keptNote),
  Ih: () => (/* binding */ pruneGuardViolations),
  Iy: () => (/* binding */ pruneNeedsContextNamespace),
  uf: () => (/* binding */ runPrune)
});

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
;// CONCATENATED MODULE: ./src/engine/release-dismantle.ts


/** See the file comment; throws when a step fails. */
async function dismantleRelease({ release, keep }, kubectl, helm, timeoutMs) {
    const { name, namespace } = release;
    const manifest = await helm.manifest(name, namespace);
    if (manifest !== undefined) {
        const kept = (0,kube_objects/* requestedKeys */.ry)(keep);
        // helm stores the manifest in install order and uninstalls in reverse.
        // What `helm uninstall` would delete: not what the chart marks
        // `helm.sh/resource-policy: keep`, and here not the declared objects.
        const others = (0,release_objects/* manifestObjects */.wh)(manifest, namespace)
            .filter((o) => !keptByPolicy(o))
            .map(kube_objects/* refOf */.H8)
            .filter((ref) => kept(ref) === undefined)
            .reverse();
        await kubectl.delete(others, timeoutMs);
        await removeReleaseRecords(kubectl, release, timeoutMs);
        helm.forget(name, namespace);
        if ((await helm.history(name, namespace)) !== undefined) {
            throw new Error(`helm still lists release ${namespace}/${name} after its Secrets and ConfigMaps were removed: its storage driver (HELM_DRIVER) keeps it elsewhere. Its objects other than the declared ones are deleted; remove its record with that driver's tools, not \`helm uninstall\`, which would delete the declared objects too`);
        }
    }
    await dropReleaseClaim(kubectl, release, keep);
}
/** Deletes helm's stored revisions of the release. */
async function removeReleaseRecords(kubectl, release, timeoutMs) {
    const selector = `owner=helm,name=${release.name}`;
    const where = { apiVersion: 'v1', name: '', namespace: release.namespace };
    const [secrets, configMaps] = await Promise.all([
        kubectl.listSelected({ ...where, kind: 'Secret' }, selector),
        kubectl.listSelected({ ...where, kind: 'ConfigMap' }, selector)
    ]);
    const records = [
        ...secrets.filter((s) => s.type === 'helm.sh/release.v1'),
        ...configMaps.filter((c) => typeof dataOf(c).release === 'string')
    ];
    await kubectl.delete(records.map(kube_objects/* refOf */.H8), timeoutMs);
}
/** Removes the release's annotations from the kept objects that carry them. */
async function dropReleaseClaim(kubectl, release, keep) {
    for (let attempt = 1;; attempt++) {
        const claimed = (await kubectl.get(keep)).filter((live) => {
            const claim = (0,kube_objects/* helmReleaseOf */.n_)(live);
            return (claim?.name === release.name && claim.namespace === release.namespace);
        });
        if (claimed.length === 0)
            return;
        const results = await Promise.all(claimed.map((live) => kubectl.writeOnce('replace', (0,kube_objects/* withHelmRelease */.I8)(live, undefined))));
        const failed = results.find((r) => r.exitCode !== 0);
        // A conflict: the object changed since it was read; read it again.
        if (!failed)
            return;
        if (attempt === 3)
            throw kubectl.toolError(['replace', '(release annotations)'], failed);
    }
}
function keptByPolicy(object) {
    return (0,kube_objects/* annotationsOf */.Ih)(object)['helm.sh/resource-policy'] === 'keep';
}
function dataOf(object) {
    const data = object.data;
    return data !== null && typeof data === 'object'
        ? data
        : {};
}

;// CONCATENATED MODULE: ./src/engine/prune.ts
/**
 * Pruning: removing from the cluster what the definition no longer declares
 * — only objects and releases the inventory says ClusterSync applied, never
 * anything else. Removal runs in reverse dependency order (the inventory
 * keeps each step's topological position), so dependents and higher waves
 * go first, and within a step objects go in reverse apply order.
 */




const destructiveKinds = new Set([
    'Namespace',
    'CustomResourceDefinition',
    'PersistentVolumeClaim'
]);
/**
 * What pruning would remove: inventory objects and releases the plan no
 * longer declares (an object that moved to another step is kept), grouped
 * per inventory step in reverse order. Pure, so `plan` can show it.
 *
 * An object that names no namespace goes to the kubeconfig context's
 * (`contextNamespace`), so it is the same object as one recorded in that
 * namespace, and one recorded without a namespace is the same as one now
 * declared in it (`namespace: default` dropped or added). Without the
 * context namespace, any namespace is taken for it: an object is then
 * left in place rather than deleted just after this sync applied it.
 */
function computePrune(plan, inventory, contextNamespace) {
    if (!inventory)
        return [];
    const declaredAs = declaredObjects(plan);
    const declared = (o) => declaredAs(o, contextNamespace) !== undefined;
    const releases = new Set();
    const stepIds = new Set(plan.steps.map((s) => s.id));
    for (const step of plan.steps) {
        if (step.kind === 'addon')
            releases.add(`${step.namespace}/${step.name}`);
    }
    return [...inventory.steps]
        .sort((a, b) => b.order - a.order)
        .flatMap((step) => {
        const objects = step.objects.filter((o) => !declared(o)).reverse();
        const release = step.release &&
            !releases.has(`${step.release.namespace}/${step.release.name}`)
            ? step.release
            : undefined;
        if (objects.length === 0 && !release)
            return [];
        return [
            {
                step: step.id,
                stepRemoved: !stepIds.has(step.id),
                objects,
                ...(release ? { release } : {})
            }
        ];
    });
}
/**
 * Whether the plan declares an object the inventory recorded only by
 * matching a namespace it did not write (see computePrune): only then is
 * the context's namespace worth asking for.
 */
function pruneNeedsContextNamespace(plan, inventory) {
    if (!inventory)
        return false;
    const declared = declaredObjects(plan);
    return inventory.steps.some((step) => step.objects.some((o) => declared(o, undefined) === 'unscoped'));
}
/**
 * Whether the plan declares an inventory object: `exact` by its key,
 * `unscoped` as the same object written with and without its namespace
 * (computePrune says when that counts), else undefined.
 */
function declaredObjects(plan) {
    const exact = new Set();
    const withoutNamespace = new Set();
    const namespacesOf = new Map();
    for (const step of plan.steps) {
        if (step.kind !== 'manifest')
            continue;
        for (const o of step.objects) {
            const ref = {
                apiVersion: o.object.apiVersion,
                kind: o.object.kind,
                name: o.object.name,
                ...(o.namespace ? { namespace: o.namespace } : {})
            };
            exact.add((0,kube_objects/* refKey */.XF)(ref));
            const key = (0,kube_objects/* unscopedKey */.Vq)(ref);
            if (!o.namespace)
                withoutNamespace.add(key);
            else
                namespacesOf.set(key, (namespacesOf.get(key) ?? new Set()).add(o.namespace));
        }
    }
    return (o, contextNamespace) => {
        if (exact.has((0,kube_objects/* refKey */.XF)(o)))
            return 'exact';
        const isContext = (namespace) => contextNamespace === undefined || namespace === contextNamespace;
        const key = (0,kube_objects/* unscopedKey */.Vq)(o);
        const same = o.namespace
            ? // Recorded in a namespace, declared without one: the same object
                // when that namespace is the context's.
                withoutNamespace.has(key) && isContext(o.namespace)
            : // Recorded without, declared in the context's namespace.
                [...(namespacesOf.get(key) ?? [])].some(isContext);
        return same ? 'unscoped' : undefined;
    };
}
/**
 * Why the prune may not run without `--allow-destructive-prune`: protected
 * kinds, or too large a share of the inventory. Empty when it may.
 */
function pruneGuardViolations(groups, inventory, options) {
    if (options.allowDestructive)
        return [];
    const objects = groups.flatMap((g) => g.objects);
    const violations = objects
        .filter((o) => destructiveKinds.has(o.kind))
        .map((o) => `would delete ${(0,kube_objects/* subjectOf */.et)(o)} (a ${o.kind})`);
    const total = inventory.steps.reduce((n, s) => n + s.objects.length, 0);
    if (total > options.minObjectsForShare &&
        objects.length / total > options.maxShare) {
        violations.push(`would delete ${objects.length} of ${(0,plural/* plural */.L)(total, 'object')} in the inventory (more than ${Math.round(options.maxShare * 100)}%)`);
    }
    return violations;
}
/**
 * What a pruned release's entry adds when it renders objects the
 * definition declares (the plan says the same).
 */
function keptNote(keep) {
    return `keeps ${keep.map(kube_objects/* subjectOf */.et).join(', ')}, which this definition declares (removed without \`helm uninstall\`, which would delete ${keep.length === 1 ? 'it' : 'them'}; the chart's delete hooks do not run)`;
}
/**
 * Deletes the groups in order: the release, then one `kubectl delete` per
 * group. Stops at the first failure, so the inventory keeps what is left and
 * the next sync tries again.
 */
async function runPrune(groups, kubectl, helm, timeoutMs) {
    const changes = [];
    for (const [i, group] of groups.entries()) {
        const pruned = (subject) => ({
            subject,
            action: 'pruned',
            step: 'prune',
            message: `was applied by ${group.step}`
        });
        try {
            if (group.release) {
                // A release goes before the objects of its step: it may use them.
                const { name, namespace } = group.release;
                const release = `helm:${namespace}/${name}`;
                if (group.keep && group.keep.length > 0) {
                    const keep = group.keep;
                    await dismantleRelease({ release: group.release, keep }, kubectl, helm, timeoutMs);
                    changes.push({
                        ...pruned(release),
                        message: `was applied by ${group.step}; ${keptNote(keep)}`
                    });
                }
                else {
                    await helm.uninstall(name, namespace, timeoutMs);
                    changes.push(pruned(release));
                }
            }
            await kubectl.delete(group.objects, timeoutMs);
            for (const o of group.objects)
                changes.push(pruned((0,kube_objects/* subjectOf */.et)(o)));
        }
        catch (error) {
            return {
                changes,
                remaining: groups.slice(i),
                error: (0,errors/* getErrorMessage */.u1)(error)
            };
        }
    }
    return { changes, remaining: [] };
}


/***/ }),

/***/ 2570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ releaseRecord),
/* harmony export */   JU: () => (/* binding */ releaseMoved),
/* harmony export */   Ki: () => (/* binding */ selectSteps),
/* harmony export */   Px: () => (/* binding */ mergeRefs),
/* harmony export */   TE: () => (/* binding */ setFormerRelease),
/* harmony export */   nQ: () => (/* binding */ plannedRefs),
/* harmony export */   yp: () => (/* binding */ registerPlanned),
/* harmony export */   zv: () => (/* binding */ recordOf)
/* harmony export */ });
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(176);

/** Ids of the steps to apply (see the file comment). */
function selectSteps(plan, inventory, full) {
    if (full || !inventory)
        return new Set(plan.steps.map((s) => s.id));
    const recorded = new Map(inventory.steps.map((s) => [s.id, s]));
    const selected = new Set();
    // plan.steps is topologically sorted, so parents are decided first.
    for (const step of plan.steps) {
        const previous = recorded.get(step.id);
        if (previous === undefined ||
            previous.digest !== step.digest ||
            step.dependsOn.some((d) => selected.has(d))) {
            selected.add(step.id);
        }
    }
    return selected;
}
/** The inventory record of a plan step: what it owns once applied. */
function recordOf(step, order, digest, objects, release) {
    return {
        id: step.id,
        kind: step.kind,
        digest,
        order,
        dependsOn: [...step.dependsOn],
        objects,
        ...(release ? { release } : {})
    };
}
/** The objects a manifest step declares, as inventory references. */
function plannedRefs(step) {
    if (step.kind !== 'manifest')
        return [];
    return step.objects.map((o) => ({
        apiVersion: o.object.apiVersion,
        kind: o.object.kind,
        name: o.object.name,
        ...(o.namespace ? { namespace: o.namespace } : {})
    }));
}
/**
 * The inventory to write before applying: the previous records, plus the
 * objects and releases of the selected steps, recorded as not applied
 * (digest ''). If the run dies half-way, whatever landed is still known (so
 * it can be pruned) and every step it started is applied again next time,
 * whatever that run's inputs: also when they are the ones recorded before
 * (a revert to the commit synced last), since the cluster may hold part of
 * the killed run's version of the step (or a release left pending).
 */
function registerPlanned(plan, previous, selected) {
    const records = new Map((previous?.steps ?? []).map((s) => [s.id, s]));
    plan.steps.forEach((step, order) => {
        const old = records.get(step.id);
        if (!selected.has(step.id)) {
            // Positions follow the current plan, so prune order stays right.
            if (old)
                records.set(step.id, { ...old, order, dependsOn: [...step.dependsOn] });
            return;
        }
        const release = step.kind === 'addon' ? releaseRecord(step, old) : undefined;
        records.set(step.id, {
            ...recordOf(step, order, '', mergeRefs(old?.objects ?? [], plannedRefs(step)), release)
        });
        // An add-on moved to another namespace: its old release stays on
        // record until the prune removes it, also when this run dies.
        if (old?.release && !sameRelease(old.release, release))
            setFormerRelease(records, old, old.release);
    });
    return [...records.values()].sort((a, b) => a.order - b.order);
}
/**
 * An add-on step's release record: its name and namespace, and the
 * revision the last sync saw ready while the record names the same
 * release (kept through a run that dies or fails, so the next failed
 * upgrade still rolls back to it).
 */
function releaseRecord(step, old) {
    const release = { name: step.name, namespace: step.namespace };
    const ready = old?.release?.ready;
    return ready !== undefined && sameRelease(old?.release, release)
        ? { ...release, ready }
        : release;
}
function sameRelease(a, b) {
    return b !== undefined && a.name === b.name && a.namespace === b.namespace;
}
/**
 * Records `release`, which step `of` installed and no longer names (an
 * add-on moved to another namespace), under a step of its own,
 * `<step id>@<namespace>`: a step record holds one release, the add-on's
 * current one, and the old one must stay known until the prune removes it.
 * The plan has no such step, so the prune treats it as a removed one.
 */
function setFormerRelease(records, of, release) {
    const id = `${of.id.replace(/@[^@]*$/, '')}@${release.namespace}`;
    records.set(id, {
        id,
        kind: 'addon',
        digest: '',
        order: of.order,
        dependsOn: [],
        objects: [],
        release
    });
}
/** Whether `current` names another release than `release` (the add-on moved). */
function releaseMoved(current, release) {
    return (current?.release !== undefined &&
        release !== undefined &&
        !sameRelease(current.release, release));
}
/** `a` followed by the members of `b` not already in it. */
function mergeRefs(a, b) {
    const seen = new Set(a.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF));
    return [...a, ...b.filter((r) => !seen.has((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)(r)))];
}


/***/ })

};
;