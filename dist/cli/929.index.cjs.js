"use strict";
exports.id = 929;
exports.ids = [929];
exports.modules = {

/***/ 2118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   mf: () => (/* binding */ leaseRef)
/* harmony export */ });
/* unused harmony export LockWaitCancelledError */
/* harmony import */ var _run_signals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7586);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2534);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(557);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(176);
/**
 * One sync at a time per cluster: a coordination.k8s.io Lease in
 * `clustersync-system`, taken with optimistic concurrency (create, or replace
 * at a known resourceVersion) and renewed while the sync runs. A second run
 * waits for it, then fails naming the holder; a lease whose holder stopped
 * renewing (a killed runner) expires after `leaseDurationSeconds` and is
 * taken over.
 */





/** Thrown when the lock stayed taken for the whole wait. */
class LockTimeoutError extends Error {
    holder;
    name = 'LockTimeoutError';
    constructor(holder, waitedMs) {
        super(`another sync holds the cluster lock (held by ${holder}); waited ${Math.round(waitedMs / 1000)}s`);
        this.holder = holder;
    }
}
/** Thrown when the run was cancelled while it waited for the lock. */
class LockWaitCancelledError extends Error {
    holder;
    name = 'LockWaitCancelledError';
    constructor(holder, waitedMs, 
    /** Why the wait ended: stopReason's words (cancelled, out of time). */
    why = 'the run was cancelled') {
        super(`${why} while waiting for the cluster lock (held by ${holder}, waited ${Math.round(waitedMs / 1000)}s): nothing was applied`);
        this.holder = holder;
    }
}
/**
 * Takes the cluster's lock, waiting while another live holder has it.
 * Throws LockTimeoutError naming the holder when `waitTimeoutMs` runs out,
 * LockWaitCancelledError as soon as `cancel` aborts during the wait.
 */
async function acquireLock(kubectl, cluster, clock, logger, options, cancel) {
    const started = clock.now().getTime();
    // Optimistic first: a released lock is deleted, so the lease is usually
    // absent and one `create` takes it; a read first would cost a kubectl call
    // on every sync. AlreadyExists (or a missing namespace, created here) falls
    // through to the read-and-decide loop below, which is unchanged.
    const at = clock.now();
    const first = await writeLease(kubectl, cluster, options, at, undefined, at);
    if (first !== undefined) {
        return startRenewal(kubectl, cluster, clock, logger, options, first, at);
    }
    let announced = '';
    for (;;) {
        const current = await readLease(kubectl, cluster);
        const now = clock.now();
        const state = current ? leaseState(current, now) : undefined;
        if (!current || state?.expired || state?.holder === options.identity) {
            const rv = current ? resourceVersion(current) : undefined;
            if (current && state?.expired && state.holder !== options.identity) {
                logger.warning(`taking over the cluster lock from ${state.holder}: it expired`);
            }
            const held = await writeLease(kubectl, cluster, options, now, rv, now);
            if (held !== undefined) {
                return startRenewal(kubectl, cluster, clock, logger, options, held, now);
            }
            continue; // someone else won the race; look again
        }
        const waited = now.getTime() - started;
        if (cancel?.aborted) {
            throw new LockWaitCancelledError(state?.holder ?? 'unknown', waited, (0,_run_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .stopReason */ .P)(cancel));
        }
        if (waited >= options.waitTimeoutMs) {
            throw new LockTimeoutError(state?.holder ?? 'unknown', waited);
        }
        if (announced !== state?.holder) {
            announced = state?.holder ?? '';
            logger.info(`waiting for the cluster lock, held by ${announced}`);
        }
        await clock.sleep(options.pollIntervalMs, cancel);
    }
}
/** The lock's holder, or undefined when nobody holds it. */
async function readLock(kubectl, cluster, now) {
    const lease = await readLease(kubectl, cluster);
    return lease ? leaseState(lease, now) : undefined;
}
function startRenewal(kubectl, cluster, clock, logger, options, firstVersion, acquired) {
    const stop = new AbortController();
    let version = firstVersion;
    let lost = false;
    const every = (options.leaseDurationSeconds * 1000) / 3;
    const loop = (async () => {
        while (!stop.signal.aborted && !lost) {
            await clock.sleep(every, stop.signal);
            if (stop.signal.aborted)
                break;
            let next;
            try {
                next = await writeLease(kubectl, cluster, options, clock.now(), version, acquired);
            }
            catch (error) {
                // Not answered (the cluster is away for a moment): nobody else can
                // take the lease meanwhile, so try again at the next turn; only a
                // lease written by another run (undefined below) means it is lost.
                logger.warning(`could not renew the cluster lock, trying again: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
                continue;
            }
            if (next === undefined) {
                lost = true;
                logger.warning('lost the cluster lock: another run took it over');
            }
            else
                version = next;
        }
    })();
    return {
        lost: () => lost,
        release: async () => {
            stop.abort();
            await loop;
            if (lost)
                return;
            // Delete only our own lease: over the API channel its last
            // resourceVersion is the precondition, so a lease another run took
            // over meanwhile stays (the kubectl fallback cannot say so). A failure
            // just leaves a lease that expires on its own.
            await kubectl
                .deleteOnce(leaseRef(cluster), version)
                .catch(() => undefined);
        }
    };
}
/** Creates (rv undefined) or replaces the lease; the new resourceVersion, or undefined if another run got there first. */
async function writeLease(kubectl, cluster, options, now, rv, acquired) {
    const lease = {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
            name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .leaseName */ .AI)(cluster),
            namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv,
            ...(rv ? { resourceVersion: rv } : {})
        },
        spec: {
            holderIdentity: options.identity,
            leaseDurationSeconds: options.leaseDurationSeconds,
            acquireTime: microTime(acquired),
            renewTime: microTime(now)
        }
    };
    const verb = rv ? 'replace' : 'create';
    const result = await kubectl.writeOnce(verb, lease);
    if (result.exitCode === 0) {
        const [written] = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKubectlJson */ .Qb)(result.stdout);
        return (written && resourceVersion(written)) ?? '';
    }
    if (/AlreadyExists|already exists|has been modified|Conflict/i.test(result.stderr))
        return undefined;
    if (/namespaces? "?clustersync-system"? not found/i.test(result.stderr)) {
        await kubectl
            .writeOnce('create', (0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .systemNamespaceObject */ .wl)())
            .catch(() => undefined);
        return undefined;
    }
    throw kubectl.toolError([verb, 'lease'], result);
}
/** The cluster's Lease. */
function leaseRef(cluster) {
    return {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .leaseName */ .AI)(cluster),
        namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv
    };
}
async function readLease(kubectl, cluster) {
    const [lease] = await kubectl.get([leaseRef(cluster)]);
    return lease;
}
function leaseState(lease, now) {
    const spec = (lease.spec ?? {});
    const holder = typeof spec.holderIdentity === 'string' ? spec.holderIdentity : 'unknown';
    const renew = typeof spec.renewTime === 'string' ? spec.renewTime : undefined;
    const duration = Number(spec.leaseDurationSeconds ?? 0);
    const expired = renew === undefined || Date.parse(renew) + duration * 1000 < now.getTime();
    return { holder, ...(renew ? { renewTime: renew } : {}), expired };
}
function resourceVersion(object) {
    const metadata = (object.metadata ?? {});
    return typeof metadata.resourceVersion === 'string'
        ? metadata.resourceVersion
        : undefined;
}
/** RFC 3339 with microseconds, as the Lease's MicroTime fields want. */
function microTime(date) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}


/***/ }),

/***/ 929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyToCluster: () => (/* binding */ applyToCluster)
});

// EXTERNAL MODULE: ./src/state/held-secrets.ts
var held_secrets = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/cluster/helm-logins.ts
var helm_logins = __webpack_require__(51);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/engine/decrypt-step.ts + 1 modules
var decrypt_step = __webpack_require__(9383);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
;// CONCATENATED MODULE: ./src/engine/addon-adopt.ts

const refusal = /\b([A-Za-z0-9]+) "([^"]+)" in namespace "([^"]*)" exists and cannot be imported into the current release/;
/** The object of helm's "cannot be imported" refusal in `stderr`, if any. */
function refusedObject(stderr) {
    const match = refusal.exec(stderr);
    if (!match)
        return undefined;
    return {
        kind: match[1],
        name: match[2],
        namespace: match[3]
    };
}
/**
 * Hands `refused` to the release when it is one of `leaving` (objects this
 * definition applied and no longer declares) and still carries the
 * ApplySet label `applySetId`; resolves with the object handed over, or
 * undefined when it is not this definition's to give.
 */
async function handOverToRelease(kubectl, refused, leaving, applySetId, release) {
    // One declared without a namespace went to the context's, which helm
    // names: read it there.
    const candidates = leaving
        .filter((ref) => ref.kind === refused.kind &&
        ref.name === refused.name &&
        (ref.namespace === undefined || ref.namespace === refused.namespace))
        .map((ref) => ref.namespace === undefined && refused.namespace !== ''
        ? { ...ref, namespace: refused.namespace }
        : ref);
    for (const ref of candidates) {
        const [live] = await kubectl.get([ref]);
        if (!live || (0,kube_objects/* applySetOf */.Se)(live) !== applySetId || (0,kube_objects/* helmReleaseOf */.n_)(live))
            continue;
        const result = await kubectl.writeOnce('replace', adopted(live, release));
        if (result.exitCode !== 0)
            throw kubectl.toolError(['replace', (0,kube_objects/* subjectOf */.et)(ref), '(handing it to the release)'], result);
        return ref;
    }
    return undefined;
}
function adopted(live, release) {
    const claimed = (0,kube_objects/* withHelmRelease */.I8)(live, release);
    const metadata = { ...claimed.metadata };
    const labels = { ...metadata.labels };
    delete labels[kube_objects/* partOfLabel */.LR];
    labels['app.kubernetes.io/managed-by'] = 'Helm';
    metadata.labels = labels;
    return { ...claimed, metadata };
}

// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
// EXTERNAL MODULE: ./src/run-signals.ts
var run_signals = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/engine/engine-options.ts
var engine_options = __webpack_require__(6685);
;// CONCATENATED MODULE: ./src/engine/health.ts
/**
 * Waiting for applied objects to become ready, with kstatus-like rules:
 * workloads have rolled out (observed generation, updated and available
 * replicas), Jobs completed, CRDs are Established, and custom resources
 * that publish a Ready condition say True. One `kubectl get` per poll covers
 * every object of the step; a timeout names each object still not ready,
 * why, its last events and, for a workload, its Pods' last warnings.
 */



/** Thrown when objects failed or did not become ready in time. */
class HealthError extends Error {
    unhealthy;
    name = 'HealthError';
    constructor(message, 
    /** Subjects still not ready, with why. */
    unhealthy) {
        super(message);
        this.unhealthy = unhealthy;
    }
}
const workloadKinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);
/** True for objects worth waiting for (others are ready once applied). */
function needsHealthCheck(ref) {
    const group = (0,kube_objects/* groupOf */.F8)(ref.apiVersion);
    if (workloadKinds.has(ref.kind) && (group === 'apps' || group === 'batch'))
        return true;
    if (ref.kind === 'CustomResourceDefinition')
        return true;
    // Custom resources: only those that publish a Ready condition are waited
    // for (see assessHealth), which needs a look at the live object.
    return group.includes('.') && !group.endsWith('.k8s.io');
}
/** The health of one live object (kstatus-like, see the file comment). */
function assessHealth(object) {
    const spec = (object.spec ?? {});
    const status = (object.status ?? {});
    const metadata = (object.metadata ?? {});
    const generation = Number(metadata.generation ?? 0);
    const observed = Number(status.observedGeneration ?? 0);
    const n = countOf;
    const cond = (type) => conditionOf(status, type);
    switch (object.kind) {
        case 'Deployment': {
            const want = typeof spec.replicas === 'number' ? spec.replicas : 1;
            const progressing = cond('Progressing');
            if (progressing?.reason === 'ProgressDeadlineExceeded')
                return failed(`rollout stalled: ${progressing.message ?? ''}`);
            if (observed < generation)
                return waiting('new generation not observed');
            if (n(status.updatedReplicas) < want)
                return waiting(`${n(status.updatedReplicas)}/${want} replicas updated`);
            if (n(status.availableReplicas) < want)
                return waiting(`${n(status.availableReplicas)}/${want} replicas available`);
            return ready();
        }
        case 'StatefulSet': {
            const want = typeof spec.replicas === 'number' ? spec.replicas : 1;
            if (observed < generation)
                return waiting('new generation not observed');
            if (n(status.readyReplicas) < want || n(status.updatedReplicas) < want)
                return waiting(`${n(status.updatedReplicas)}/${want} replicas updated, ${n(status.readyReplicas)}/${want} ready`);
            return ready();
        }
        case 'DaemonSet': {
            const want = n(status.desiredNumberScheduled);
            if (observed < generation)
                return waiting('new generation not observed');
            if (n(status.updatedNumberScheduled) < want ||
                n(status.numberReady) < want)
                return waiting(`${n(status.updatedNumberScheduled)}/${want} pods updated, ${n(status.numberReady)}/${want} ready`);
            return ready();
        }
        case 'Job': {
            if (cond('Failed')?.status === 'True')
                return failed(`job failed: ${cond('Failed')?.message ?? ''}`);
            if (cond('Complete')?.status === 'True')
                return ready();
            return waiting('not complete yet');
        }
        case 'CustomResourceDefinition':
            return cond('Established')?.status === 'True'
                ? ready()
                : waiting('not Established yet');
        default: {
            const readyCond = cond('Ready');
            if (!readyCond || readyCond.status === 'True')
                return ready();
            return waiting(`Ready=${readyCond.status}${readyCond.reason ? ` (${readyCond.reason})` : ''}${readyCond.message ? `: ${readyCond.message}` : ''}`);
        }
    }
}
const manifestRules = {
    watches: needsHealthCheck,
    assess: assessHealth
};
/**
 * The pause before each next poll: 100 ms at first, half as long again
 * each time, never more than `intervalMs`. A fixed pause made every step
 * wait for the next poll after its objects were ready (up to a whole
 * interval; 2 s by default), and a deploy wave's barrier waits for its
 * slowest step, so each wave paid that on top of what its objects needed.
 * Growing by half keeps the slack under half of the time already waited
 * (plus the first 100 ms), while a step that takes minutes still polls
 * only every `intervalMs`.
 */
function nextPollDelay(previous, intervalMs) {
    const next = previous === undefined ? firstPollDelayMs : previous * 1.5;
    return Math.min(Math.max(1, intervalMs), Math.round(next));
}
const firstPollDelayMs = 100;
/**
 * The objects read back, by the watched reference each stands for
 * (requestedKeys: one written without a namespace comes back in the
 * context's, a cluster-scoped one written with one comes back without).
 */
function liveByWatched(objects, watched) {
    const standsFor = (0,kube_objects/* requestedKeys */.ry)(watched);
    const live = new Map();
    for (const o of objects) {
        const key = standsFor((0,kube_objects/* refOf */.H8)(o));
        if (key !== undefined && !live.has(key))
            live.set(key, o);
    }
    return live;
}
/**
 * Polls the objects until all are ready (see `nextPollDelay` for when).
 * Throws HealthError as soon as one has failed (a failed Job will not
 * recover) or when `timeoutMs` runs out.
 */
async function waitForHealth(kubectl, refs, clock, options = (0,engine_options/* defaultHealthOptions */.IE)(), rules = manifestRules) {
    const watched = refs.filter((ref) => rules.watches(ref));
    if (watched.length === 0)
        return;
    const deadline = clock.now().getTime() + options.timeoutMs;
    let delay;
    for (;;) {
        const live = liveByWatched(await kubectl.get(watched), watched);
        const pending = watched.flatMap((ref) => {
            const object = live.get((0,kube_objects/* refKey */.XF)(ref));
            const health = object
                ? rules.assess(object)
                : { state: 'progressing', message: 'not found' };
            return health.state === 'ready' ? [] : [{ ref, health }];
        });
        if (pending.length === 0)
            return;
        if (options.signal?.aborted) {
            // Why they were not ready yet, as a step's own timeout says it: the
            // run's end (cancelled, out of time) is not the reason users look for.
            throw await healthError(kubectl, pending, `${(0,run_signals/* stopReason */.P)(options.signal)} while waiting for ${pending.map((p) => (0,kube_objects/* subjectOf */.et)(p.ref)).join(', ')} to become ready`);
        }
        const failedNow = pending.filter((p) => p.health.state === 'failed');
        if (failedNow.length > 0 || clock.now().getTime() >= deadline) {
            const shown = failedNow.length > 0 ? failedNow : pending;
            throw await healthError(kubectl, shown, failedNow.length > 0
                ? 'failed'
                : `not ready after ${Math.round(options.timeoutMs / 1000)}s`);
        }
        delay = nextPollDelay(delay, options.intervalMs);
        await clock.sleep(delay, options.signal);
    }
}
async function healthError(kubectl, pending, head) {
    // Events explain most stuck rollouts (image pulls, quota, scheduling);
    // three objects' worth keeps the message readable.
    // A workload's own events say it scaled; why its Pods are not ready
    // (not schedulable, image not pulled) is on the Pods.
    const unhealthy = await Promise.all(pending.slice(0, 3).map(async ({ ref, health }) => {
        // Only to explain: an answer that does not come leaves it out.
        const [events, pods] = await Promise.all([
            kubectl.events(ref).catch(() => []),
            needsHealthCheck(ref) && workloadKinds.has(ref.kind)
                ? kubectl.podWarnings(ref).catch(() => [])
                : []
        ]);
        const suffix = (events.length > 0 ? `; events: ${events.join(' | ')}` : '') +
            (pods.length > 0 ? `; its pods: ${pods.join(' | ')}` : '');
        return { subject: (0,kube_objects/* subjectOf */.et)(ref), message: `${health.message}${suffix}` };
    }));
    const more = pending.length > 3 ? ` (and ${pending.length - 3} more)` : '';
    return new HealthError(`${head}: ${unhealthy.map((u) => `${u.subject}: ${u.message}`).join('; ')}${more}`, unhealthy);
}
function conditionOf(status, type) {
    const list = Array.isArray(status.conditions)
        ? status.conditions
        : [];
    return list.find((c) => c.type === type);
}
/** A count from an object's status; absent (or not a number) is none. */
const countOf = (v) => (typeof v === 'number' ? v : 0);
const ready = () => ({ state: 'ready', message: '' });
const waiting = (message) => ({
    state: 'progressing',
    message
});
const failed = (message) => ({ state: 'failed', message });

;// CONCATENATED MODULE: ./src/engine/helm-readiness.ts
/**
 * Helm 3's readiness rules (its `--wait`), for the releases ClusterSync
 * waits for itself on helm 3 (addon-wait.ts): the same objects judged the
 * same way, so waiting here changes when a release is seen ready, never
 * whether it is. The rules are helm's, not manifests' (health.ts):
 *
 * - Deployment: paused counts as ready; otherwise the controller has seen
 *   the new generation and the new ReplicaSet has `replicas −
 *   maxUnavailable` ready pods. Helm reads that ReplicaSet; here it is
 *   bounded from the Deployment's status (the ready pods not counting the
 *   old ReplicaSets' pods), which never says ready earlier than helm would.
 * - StatefulSet: ready unless it rolls (`OnDelete` never does by itself);
 *   else the new generation seen, `replicas − partition` pods updated,
 *   every pod ready, and with no partition the update revision current.
 * - DaemonSet: ready unless it rolls; else every scheduled pod updated and
 *   `desired − maxUnavailable` (rounded up) ready.
 * - Pod: Ready (or Succeeded); PersistentVolumeClaim: Bound; Service: a
 *   LoadBalancer has an address; CRD: Established (or its names refused,
 *   which helm lets pass).
 * - Not Jobs (helm waits for them only with `--wait-for-jobs`, which
 *   ClusterSync does not pass), not custom resources.
 */


const waitedKinds = {
    apps: new Set(['Deployment', 'StatefulSet', 'DaemonSet']),
    '': new Set(['Pod', 'PersistentVolumeClaim', 'Service']),
    'apiextensions.k8s.io': new Set(['CustomResourceDefinition'])
};
/** Helm 3's `--wait`: which objects, judged how (see the file comment). */
const helmWaitRules = {
    watches: (ref) => waitedKinds[(0,kube_objects/* groupOf */.F8)(ref.apiVersion)]?.has(ref.kind) ?? false,
    assess: (object) => {
        const spec = (object.spec ?? {});
        const status = (object.status ?? {});
        const metadata = (object.metadata ?? {});
        const unobserved = countOf(status.observedGeneration) < countOf(metadata.generation);
        switch (object.kind) {
            case 'Deployment':
                return deploymentReady(spec, status, unobserved);
            case 'StatefulSet':
                return statefulSetReady(spec, status, unobserved);
            case 'DaemonSet':
                return daemonSetReady(spec, status, unobserved);
            case 'Pod':
                return status.phase === 'Succeeded' ||
                    conditionOf(status, 'Ready')?.status === 'True'
                    ? ready()
                    : waiting(`${phaseOf(status)}, not Ready yet`);
            case 'PersistentVolumeClaim':
                return status.phase === 'Bound'
                    ? ready()
                    : waiting(`${phaseOf(status)}, not Bound yet`);
            case 'Service':
                return serviceReady(spec, status);
            case 'CustomResourceDefinition':
                return conditionOf(status, 'Established')?.status === 'True' ||
                    conditionOf(status, 'NamesAccepted')?.status === 'False'
                    ? ready()
                    : waiting('not Established yet');
            default:
                return ready();
        }
    }
};
function deploymentReady(spec, status, unobserved) {
    if (spec.paused === true)
        return ready();
    if (unobserved)
        return waiting('new generation not observed');
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const expected = replicas - deploymentMaxUnavailable(spec, replicas);
    const updated = countOf(status.updatedReplicas);
    // Ready pods of the new ReplicaSet, at least: every pod not updated is
    // counted as an old one that is ready.
    const newReady = Math.min(updated, countOf(status.readyReplicas) - (countOf(status.replicas) - updated));
    if (newReady >= expected)
        return ready();
    const tolerated = replicas - expected;
    return waiting(`${Math.max(0, newReady)}/${expected} updated replicas ready` +
        (tolerated > 0
            ? ` (of ${replicas}; ${tolerated} may be unavailable)`
            : ''));
}
function statefulSetReady(spec, status, unobserved) {
    const rolling = rollingUpdateOf(spec);
    if (!rolling)
        return ready();
    if (unobserved)
        return waiting('new generation not observed');
    const partition = countOf(rolling.partition);
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const updated = countOf(status.updatedReplicas);
    const readyPods = countOf(status.readyReplicas);
    if (updated < replicas - partition || readyPods !== replicas)
        return waiting(`${updated}/${replicas - partition} replicas updated, ${readyPods}/${replicas} ready`);
    if (partition === 0 && status.currentRevision !== status.updateRevision)
        return waiting('update revision not current yet');
    return ready();
}
function daemonSetReady(spec, status, unobserved) {
    const rolling = rollingUpdateOf(spec);
    if (!rolling)
        return ready();
    if (unobserved)
        return waiting('new generation not observed');
    const desired = countOf(status.desiredNumberScheduled);
    const updated = countOf(status.updatedNumberScheduled);
    if (updated !== desired)
        return waiting(`${updated}/${desired} pods updated`);
    const unavailable = scaled(rolling.maxUnavailable ?? 1, desired, true);
    const expected = desired - unavailable;
    return countOf(status.numberReady) >= expected
        ? ready()
        : waiting(`${countOf(status.numberReady)}/${expected} pods ready`);
}
/**
 * A StatefulSet's or DaemonSet's rolling-update settings; undefined when it
 * does not roll its pods itself (`OnDelete`), which helm counts as ready.
 */
function rollingUpdateOf(spec) {
    const strategy = (spec.updateStrategy ?? {});
    if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate')
        return undefined;
    return (strategy.rollingUpdate ?? {});
}
/**
 * Kubernetes' `MaxUnavailable` for a Deployment: 0 unless it rolls; its
 * maxUnavailable (default 25 %, rounded down) and maxSurge (default 25 %,
 * rounded up) resolved together, one unavailable when both come to 0;
 * never more than the replicas.
 */
function deploymentMaxUnavailable(spec, replicas) {
    const strategy = (spec.strategy ?? {});
    if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate' || replicas === 0)
        return 0;
    const rolling = (strategy.rollingUpdate ?? {});
    const surge = scaled(rolling.maxSurge ?? '25%', replicas, true);
    let unavailable = scaled(rolling.maxUnavailable ?? '25%', replicas, false);
    if (surge === 0 && unavailable === 0)
        unavailable = 1;
    return Math.min(unavailable, replicas);
}
/** An int-or-percent of `total`, as Kubernetes scales one. */
function scaled(value, total, roundUp) {
    if (typeof value === 'number')
        return value;
    const match = typeof value === 'string' ? /^(\d+)%$/.exec(value) : null;
    if (!match)
        return typeof value === 'string' ? Number(value) || 0 : 0;
    const exact = (Number(match[1]) * total) / 100;
    return roundUp ? Math.ceil(exact) : Math.floor(exact);
}
function serviceReady(spec, status) {
    if (spec.type !== 'LoadBalancer')
        return ready();
    const externalIPs = Array.isArray(spec.externalIPs) ? spec.externalIPs : [];
    const balancer = (status.loadBalancer ?? {});
    const ingress = Array.isArray(balancer.ingress) ? balancer.ingress : [];
    return externalIPs.length > 0 || ingress.length > 0
        ? ready()
        : waiting('no load balancer address yet');
}
const phaseOf = (status) => typeof status.phase === 'string' ? status.phase : 'Pending';

// EXTERNAL MODULE: ./src/engine/step-types.ts
var step_types = __webpack_require__(4358);
;// CONCATENATED MODULE: ./src/engine/addon-wait.ts
/**
 * Waiting for an add-on's release here instead of in helm, on helm 3.
 *
 * Why: helm 3's `--wait` looks at the release's objects once right after
 * creating them (too soon: the Deployment controller has not acted yet) and
 * then every 2 s, so even a release whose pods are ready a moment later
 * takes 2 s more; a deploy wave waits for its slowest release. Here the
 * release is installed without `--wait` and its objects are polled as a
 * manifest step's are (health.ts: after 100 ms, then growing by half).
 * Helm 4 waits by watching, and keeps its own wait.
 *
 * What helm's wait guaranteed is kept: the objects helm 3 waits for are
 * waited for here, judged by helm 3's rules (helm-readiness.ts), and a
 * release that is not ready in the step's time is rolled back to its last
 * good revision, or uninstalled when it is new, as `--atomic` does.
 *
 * Only where the order cannot matter: helm runs post-install and
 * post-upgrade hooks after its wait, so a chart that may declare such
 * hooks (chart-hooks.ts), or whose values name a hook, keeps helm's wait,
 * and so does an OCI chart (not read before helm pulls it).
 */







/** Whether the step's release is waited for here (see the file comment). */
async function waitsHere(step, ctx, request, values) {
    if (!ctx.chartHooks || step.addon.chart.type === 'oci')
        return false;
    if ((await ctx.helm.major()) !== 3)
        return false;
    if (JSON.stringify(values).includes('helm.sh/hook'))
        return false;
    const located = await ctx.helm.locateChart(request, ctx.stepTimeoutMs);
    // A chart helm could not pull: helm's own run reports it.
    if ('failure' in located || located.chart[0] === undefined)
        return false;
    return !(await ctx.chartHooks.mayDeclareHooks(located.chart[0]));
}
/**
 * The revision a failed install or upgrade goes back to: the one the last
 * sync saw ready when it is still among the earlier ones, else the latest
 * earlier good one (`before`); undefined for a new release.
 */
function undoTarget(ctx, before) {
    const ready = ctx.readyRevision;
    return before !== undefined && ready !== undefined && ready <= before
        ? ready
        : before;
}
/**
 * Waits for the release's objects and resolves with the revision now ready;
 * when they fail or the step's time runs out (or the run is cancelled),
 * undoes the release as `--atomic` would and throws a StepFailure naming
 * the objects and what was undone. The wait has the step's whole time, as
 * helm's `--timeout` gives its wait.
 */
async function waitForRelease(step, ctx, 
/** `helm upgrade --install --output json`'s answer. */
installed, 
/** The release's revision before this install; undefined for a new one. */
before) {
    const { addon, namespace } = step;
    // A run asked to stop ends this wait at once and undoes the release, as
    // helm undid its own when interrupted (a terminal's Ctrl-C reached it).
    const cancelled = (0,run_signals/* eitherSignal */.k)(ctx.stop, ctx.interrupt);
    try {
        const release = releaseOf(installed);
        // Polling loads neither the machine nor the API server as a helm
        // process does: the next add-on's helm starts meanwhile.
        ctx.slot?.lend();
        await waitForHealth(ctx.kubectl, releaseObjects(release, namespace), ctx.clock, {
            timeoutMs: ctx.stepTimeoutMs,
            intervalMs: ctx.healthIntervalMs,
            ...(cancelled ? { signal: cancelled } : {})
        }, helmWaitRules);
        return release.version;
    }
    catch (error) {
        const where = `${step.source.file}:${step.source.line}`;
        // Undoing runs helm again: within the bound, as every helm process.
        await ctx.slot?.reclaim();
        // Stopping, the old objects are put back without waiting for them:
        // the run has seconds left, not the step's timeout.
        const undone = await ctx.helm
            .undoFailed(addon.name, namespace, undoTarget(ctx, before), ctx.stepTimeoutMs, {
            wait: cancelled?.aborted !== true
        })
            .then((what) => `; ${what}`, (undo) => `; could not undo it: ${(0,errors/* getErrorMessage */.u1)(undo)}`);
        const message = `add-on ${addon.name} (${where}): release ${namespace}/${addon.name} ${(0,errors/* getErrorMessage */.u1)(error)}${undone}`;
        throw new step_types/* StepFailure */.p(message, 'HealthCheckFailed', [
            {
                subject: `helm:${namespace}/${addon.name}`,
                action: 'failed',
                step: step.id,
                message
            }
        ]);
    }
}
/**
 * After helm itself failed an install or upgrade run without `--atomic`
 * (an object the API server refused, say): undoes the revision helm left
 * behind, as `--atomic` would have. Resolves with what it did, for people;
 * undefined when helm left no revision (it failed before writing one).
 */
async function undoFailedInstall(step, ctx, before) {
    const { addon, namespace } = step;
    try {
        const latest = (await ctx.helm.history(addon.name, namespace))?.at(-1);
        if (!latest || (before !== undefined && latest.revision <= before))
            return;
        return await ctx.helm.undoFailed(addon.name, namespace, undoTarget(ctx, before), ctx.stepTimeoutMs);
    }
    catch (undo) {
        return `could not undo it: ${(0,errors/* getErrorMessage */.u1)(undo)}`;
    }
}
/**
 * helm's JSON answer; throws when it is not a release (the waiter then
 * undoes it: nothing can tell it is ready). A release that rendered
 * nothing has no manifest in it.
 */
function releaseOf(stdout) {
    const release = JSON.parse(stdout);
    if (typeof release.name !== 'string')
        throw new Error('helm printed no release to wait for');
    return {
        manifest: typeof release.manifest === 'string' ? release.manifest : '',
        version: typeof release.version === 'number' ? release.version : undefined
    };
}
/**
 * The release's objects; the objects that name no namespace are in the
 * release's. A release that rendered nothing (its templates all turned off
 * by values, or hooks only) has none, and nothing to wait for.
 */
function releaseObjects(release, namespace) {
    return (0,release_objects/* manifestObjects */.wh)(release.manifest, namespace).map((o) => {
        const ref = (0,kube_objects/* refOf */.H8)(o);
        // A CRD is cluster-scoped: read it back by name alone.
        return ref.kind === 'CustomResourceDefinition'
            ? { apiVersion: ref.apiVersion, kind: ref.kind, name: ref.name }
            : ref;
    });
}

;// CONCATENATED MODULE: ./src/engine/addon-step.ts
/**
 * Applying one add-on step: recover the release if a cancelled run left it
 * pending, then `helm upgrade --install` with wait and roll back on failure,
 * bounded by the step timeout. Helm does the readiness wait (`--wait`),
 * except on helm 3 for a chart without hooks, whose release is waited for
 * here (addon-wait.ts).
 */








/**
 * Installs or upgrades the add-on's release; throws StepFailure on failure.
 * `forceConflicts`: helm v4's server-side apply takes back the fields other
 * managers set, for an upgrade that puts drift back (addon-drift-step.ts).
 */
async function applyAddonStep(step, ctx, forceConflicts = false) {
    const { addon, namespace } = step;
    const subject = `helm:${namespace}/${addon.name}`;
    const values = await (0,decrypt_step/* decryptAddonValues */.o8)(step, ctx);
    // The login comes first: a registry that refuses it leaves the release
    // untouched (nothing applied for this step).
    const access = await ctx.helm.chartAccess(addon.chart);
    if (access && 'failure' in access) {
        const where = `${step.source.file}:${step.source.line}`;
        throw new step_types/* StepFailure */.p(`add-on ${addon.name} (${where}): ${access.failure}`, 'ApplyFailed', [{ subject, action: 'failed', step: step.id, message: access.failure }]);
    }
    const request = {
        chart: addon.chart,
        chartName: addon.chartName,
        chartVersion: addon.chartVersion,
        root: ctx.root,
        ...(access ? { access } : {})
    };
    ctx.helm.prepare(request, ctx.stepTimeoutMs);
    const recovered = await ctx.helm.recoverPending(addon.name, namespace, ctx.stepTimeoutMs);
    if (recovered)
        ctx.logger.warning(`${step.id}: ${recovered}`);
    // Read after any recovery: an uninstalled pending-install is created anew.
    const before = await ctx.helm.release(addon.name, namespace);
    const waitHere = await waitsHere(step, ctx, request, values);
    // After a hand-over the object's fields are the release's to take
    // (helm v4 applies server-side: the manifest's values would conflict),
    // and a failure must not roll back: helm would delete the object.
    const install = (handedOver = false) => ctx.helm.upgradeInstall({
        ...request,
        release: addon.name,
        namespace,
        values,
        timeoutMs: ctx.stepTimeoutMs,
        ...(forceConflicts || handedOver ? { forceConflicts: true } : {}),
        // A hand-over's run keeps helm's wait: nothing may be rolled back.
        ...(handedOver
            ? { keepOnFailure: true }
            : waitHere
                ? { waitedHere: true }
                : {})
    });
    let result = await install();
    const handedOver = [];
    for (;;) {
        const refused = result.exitCode !== 0 && refusedObject(result.stderr);
        if (!refused || !ctx.leaving)
            break;
        const ref = await handOverToRelease(ctx.kubectl, refused, ctx.leaving(), ctx.applySetId, { name: addon.name, namespace });
        if (!ref)
            break;
        const message = `handed to release ${namespace}/${addon.name}: a manifest of this definition declared it until now`;
        ctx.logger.info(`${step.id}: ${(0,kube_objects/* subjectOf */.et)(ref)} ${message}`);
        handedOver.push({
            subject: (0,kube_objects/* subjectOf */.et)(ref),
            action: 'configured',
            step: step.id,
            message
        });
        result = await install(true);
    }
    const chart = `${addon.chartName}@${addon.chartVersion}`;
    if (result.exitCode !== 0) {
        const failed = {
            subject,
            action: 'failed',
            step: step.id,
            message: (0,errors/* trimOutput */.KY)(result.stderr, 3)
        };
        // Without --atomic (the release waited for here) helm left what it
        // wrote; it is undone as --atomic would have.
        const undone = waitHere && handedOver.length === 0
            ? await undoFailedInstall(step, ctx, before?.revision)
            : undefined;
        // The chart URL and helm's output may carry the repository's
        // credentials; the result goes to every report channel.
        throw new step_types/* StepFailure */.p((0,redact/* redactUrlCredentials */.dE)(failureMessage(step, result.stderr) + (undone ? `; ${undone}` : '')), 'ApplyFailed', [...handedOver, failed]);
    }
    const ready = waitHere && handedOver.length === 0
        ? await waitForRelease(step, ctx, result.stdout, before?.revision)
        : undefined;
    return {
        changes: [
            ...handedOver,
            {
                subject,
                action: before ? 'configured' : 'created',
                step: step.id,
                message: chart
            }
        ],
        objects: [],
        release: {
            name: addon.name,
            namespace,
            ...(ready !== undefined ? { ready } : {})
        }
    };
}
/**
 * One line for people: what failed and what helm did about it. Helm says
 * "rolled back" or "uninstalled" itself when --atomic/--rollback-on-failure
 * acted; an unreachable repository is called out because it is common and
 * fixable (point the add-on at a reachable mirror).
 */
function failureMessage(step, stderr) {
    const where = `${step.source.file}:${step.source.line}`;
    const detail = (0,errors/* trimOutput */.KY)(stderr, 4).replace(/\n/g, ' | ');
    const credential = step.addon.chart.credentialName;
    if ((0,helm_logins/* saysRefused */.H_)(stderr)) {
        const used = credential === undefined
            ? 'without a credential (give the add-on a registry_credential_name)'
            : `with credential "${credential}"`;
        return `chart registry ${(0,redact/* redactUrlCredentials */.dE)(step.addon.chart.location)} refused add-on ${step.addon.name} (${where}) ${used}: ${detail}`;
    }
    const unreachable = /(dial tcp|no such host|connection refused|looks like ".*" is not a valid chart repository|i\/o timeout|failed to fetch)/i.test(stderr);
    const lead = unreachable
        ? `chart repository unreachable for add-on ${step.addon.name} (${where}): ${(0,redact/* redactUrlCredentials */.dE)(step.addon.chart.location)}`
        : `helm upgrade --install ${step.addon.name} failed (${where})`;
    return `${lead}: ${detail}`;
}

// EXTERNAL MODULE: ./src/engine/conflicts.ts
var engine_conflicts = __webpack_require__(2757);
// EXTERNAL MODULE: ./src/engine/apply-failure-text.ts
var apply_failure_text = __webpack_require__(9089);
;// CONCATENATED MODULE: ./src/engine/manifest-step.ts






/** The ApplySet membership label (KEP-3659), set on every applied object. */

/** Applies a manifest step; throws StepFailure with what did land. */
async function applyManifestStep(step, ctx) {
    const decrypted = await (0,decrypt_step/* decryptManifestObjects */.hU)(step, ctx);
    const entries = step.objects.map((planned) => toEntry(withBody(planned, decrypted), ctx));
    const crdKinds = new Set(entries.filter((e) => isCrd(e.ref)).map((e) => definedKind(e.body)));
    const later = entries.filter((e) => crdKinds.has(`${(0,kube_objects/* groupOf */.F8)(e.ref.apiVersion)}/${e.ref.kind}`));
    const first = entries.filter((e) => !later.includes(e));
    const declared = new Set(entries.filter((e) => e.ref.kind === 'Namespace').map((e) => e.ref.name));
    const implicit = step.namespaces.filter((n) => !declared.has(n));
    const changes = [];
    await applyBatch(step, first, implicit, changes, ctx);
    const crdNames = first.filter((e) => isCrd(e.ref)).map((e) => e.ref.name);
    if (crdNames.length > 0 && later.length > 0) {
        await ctx.kubectl.waitEstablished(crdNames, ctx.stepTimeoutMs);
    }
    if (later.length > 0)
        await applyBatch(step, later, [], changes, ctx);
    try {
        await waitForHealth(ctx.kubectl, entries.filter((e) => !ctx.live?.gone(e.ref)).map((e) => e.ref), ctx.clock, {
            timeoutMs: ctx.stepTimeoutMs,
            intervalMs: ctx.healthIntervalMs,
            ...(ctx.interrupt ? { signal: ctx.interrupt } : {})
        });
    }
    catch (error) {
        if (error instanceof HealthError) {
            throw new step_types/* StepFailure */.p(error.message, 'HealthCheckFailed', changes);
        }
        throw error;
    }
    return { changes, objects: entries.map((e) => e.ref) };
}
/**
 * One `kubectl get` (before), one `kubectl apply` of the batch plus any
 * missing namespaces, and on failure one more `get` to tell what landed.
 */
async function applyBatch(step, all, namespaces, changes, ctx) {
    // A full reconcile's bulk read found these as ClusterSync applied them:
    // sending them again would change nothing (live-state.ts).
    const entries = all.filter((e) => !ctx.live?.unchanged(e.ref));
    const sending = new Set(entries);
    for (const e of all) {
        if (!sending.has(e))
            changes.push({
                subject: e.planned.subject,
                action: 'unchanged',
                step: step.id
            });
    }
    const nsRefs = namespaces.map((name) => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        name
    }));
    // Objects in a namespace this sync created are known to be new, and that
    // namespace is known to exist: reading either first would cost a GET for
    // nothing (see ApplyContext). At 1,000 objects those reads were one
    // kubectl call per wave on the critical path. The bulk read knows the rest.
    const fresh = ctx.createdNamespaces ?? new Set();
    const unknownNamespaces = nsRefs.filter((r) => !fresh.has(r.name));
    const unknown = [
        ...unknownNamespaces,
        ...entries
            .map((e) => e.ref)
            .filter((r) => r.namespace === undefined || !fresh.has(r.namespace))
    ];
    const before = await versionsBefore(unknown, ctx);
    const missing = unknownNamespaces.filter((r) => !before.has((0,kube_objects/* refKey */.XF)(r)));
    if (entries.length === 0 && missing.length === 0)
        return;
    const answer = await ctx.kubectl.apply([
        ...missing.map((r) => ({
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name: r.name }
        })),
        ...entries.map((e) => e.body)
    ], { force: step.manifest.force });
    const { result, applied } = answer;
    for (const ns of missing) {
        changes.push({
            subject: `Namespace/${ns.name}`,
            action: 'created',
            step: step.id,
            message: 'named by namespace: and missing'
        });
    }
    if (result.exitCode === 0) {
        // Only once the apply succeeded: later steps trust these to exist.
        for (const ns of missing)
            fresh.add(ns.name);
        const after = versions(applied, entries);
        for (const e of entries) {
            const entry = change(step, e, before, after);
            if (e.ref.kind === 'Namespace' && entry.action === 'created')
                fresh.add(e.ref.name);
            changes.push(entry);
        }
        return;
    }
    if (answer.failures) {
        failObjects(step, entries, missing.length, before, answer.failures, applied, changes);
    }
    await failBatch(step, entries, before, result.stderr, changes, ctx);
}
/**
 * A batch applied over the API channel failed: each failure names its
 * object, and what landed is what the server answered for, so nothing has
 * to be read again or matched through managedFields.
 */
function failObjects(step, entries, offset, before, failures, applied, changes) {
    const after = versions(applied, entries);
    const failed = new Set();
    const problems = [];
    for (const failure of failures) {
        const e = entries[failure.index - offset];
        if (!e) {
            // A namespace named by `namespace:` failed; its objects fail with it.
            problems.push(failure.text);
            continue;
        }
        const where = `${e.planned.subject} (${e.planned.object.source.file}:${e.planned.object.source.line})`;
        const conflicts = (0,engine_conflicts/* parseConflicts */.BZ)(failure.text);
        failed.add(failure.index - offset);
        problems.push(conflicts.length > 0
            ? `Resource conflict: ${where}: ${conflicts.map(engine_conflicts/* describeConflict */.we).join('; ')}; ${(0,apply_failure_text/* forceHint */.T)(step)}`
            : `${where}: ${(0,apply_failure_text/* immutableFieldText */.W)(failure.text) ?? failure.text}`);
    }
    entries.forEach((e, i) => {
        changes.push(failed.has(i)
            ? { subject: e.planned.subject, action: 'failed', step: step.id }
            : change(step, e, before, after));
    });
    throw new step_types/* StepFailure */.p(problems.join('; '), 'ApplyFailed', changes);
}
async function failBatch(step, entries, before, stderr, changes, ctx) {
    // kubectl applies the other objects of the batch after one fails, so a
    // second look tells which landed; the conflicts are matched through it.
    const live = await ctx.kubectl
        .get(entries.map((e) => e.ref), true)
        .catch(() => []);
    const after = versions(live, entries);
    const keyOf = (0,kube_objects/* requestedKeys */.ry)(entries.map((e) => e.ref));
    const liveByEntry = entries.map((e) => live.find((o) => keyOf((0,kube_objects/* refOf */.H8)(o)) === (0,kube_objects/* refKey */.XF)(e.ref)) ?? {});
    const problems = [];
    const failed = new Set();
    for (const conflict of (0,engine_conflicts/* parseConflicts */.BZ)(stderr)) {
        const i = (0,engine_conflicts/* matchConflict */.Gg)(conflict, liveByEntry, failed);
        const e = i >= 0 ? entries[i] : undefined;
        if (e)
            failed.add(i);
        const where = e
            ? ` (${e.planned.object.source.file}:${e.planned.object.source.line})`
            : '';
        problems.push(`Resource conflict: ${e ? e.planned.subject : 'an object'}${where}: ${(0,engine_conflicts/* describeConflict */.we)(conflict)}; ${(0,apply_failure_text/* forceHint */.T)(step)}`);
    }
    entries.forEach((e, i) => {
        const landed = after.get((0,kube_objects/* refKey */.XF)(e.ref)) !== before.get((0,kube_objects/* refKey */.XF)(e.ref));
        if (failed.has(i) || !landed) {
            changes.push({
                subject: e.planned.subject,
                action: failed.has(i) ? 'failed' : 'unchanged',
                step: step.id
            });
        }
        else {
            changes.push(change(step, e, before, after));
        }
    });
    const immutable = (0,apply_failure_text/* immutableFieldText */.W)(stderr);
    const message = problems.length > 0
        ? problems.join('; ')
        : immutable !== undefined
            ? `kubectl apply --server-side: ${immutable}`
            : ctx.kubectl.toolError(['apply', '--server-side'], {
                exitCode: 1,
                stdout: '',
                stderr,
                timedOut: false
            }).message;
    throw new step_types/* StepFailure */.p(message, 'ApplyFailed', changes);
}
function change(step, e, before, after) {
    const was = before.get((0,kube_objects/* refKey */.XF)(e.ref));
    const now = after.get((0,kube_objects/* refKey */.XF)(e.ref));
    const action = was === undefined ? 'created' : was === now ? 'unchanged' : 'configured';
    return { subject: e.planned.subject, action, step: step.id };
}
/**
 * The resourceVersions of the objects that exist, from the bulk read where
 * it covered them, else from one read.
 */
async function versionsBefore(refs, ctx) {
    const { live } = ctx;
    const unread = live ? refs.filter((r) => !live.covers(r)) : refs;
    const before = versions(unread.length > 0 ? await ctx.kubectl.get(unread) : [], unread.map((ref) => ({ ref })));
    for (const ref of refs) {
        const version = live?.covers(ref) ? live.resourceVersion(ref) : undefined;
        if (version !== undefined)
            before.set((0,kube_objects/* refKey */.XF)(ref), version);
    }
    return before;
}
/**
 * Each object's resourceVersion by the key of the entry it stands for: one
 * written without a namespace comes back in the context's, and was taken
 * for a new object on every apply (`created`, never `configured`).
 */
function versions(objects, requested) {
    const keyOf = (0,kube_objects/* requestedKeys */.ry)(requested.map((e) => e.ref));
    return new Map(objects.map((o) => {
        const ref = (0,kube_objects/* refOf */.H8)(o);
        return [keyOf(ref) ?? (0,kube_objects/* refKey */.XF)(ref), (0,kube_objects/* resourceVersionOf */.wC)(o)];
    }));
}
/** `planned` with its decrypted body, when its file was SOPS-encrypted. */
function withBody(planned, decrypted) {
    const body = decrypted.get(planned.object);
    return body ? { ...planned, object: { ...planned.object, body } } : planned;
}
function toEntry(planned, ctx) {
    const { object } = planned;
    const namespace = planned.namespace;
    const body = (0,kube_objects/* appliedDocument */.Nn)(planned, ctx.applySetId);
    return {
        planned,
        body,
        ref: {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.name,
            ...(namespace !== undefined ? { namespace } : {})
        }
    };
}
function isCrd(ref) {
    return (ref.kind === 'CustomResourceDefinition' &&
        (0,kube_objects/* groupOf */.F8)(ref.apiVersion) === 'apiextensions.k8s.io');
}
/** `group/Kind` a CRD defines. */
function definedKind(crd) {
    const spec = (crd.spec ?? {});
    return `${spec.group ?? ''}/${spec.names?.kind ?? ''}`;
}

;// CONCATENATED MODULE: ./src/engine/apply-step.ts


/** Applies one plan step; throws StepFailure (or a ToolError) when it fails. */
async function applyStep(step, ctx) {
    return step.kind === 'manifest'
        ? applyManifestStep(step, ctx)
        : applyAddonStep(step, ctx);
}

// EXTERNAL MODULE: ./src/engine/outcome-summary.ts
var outcome_summary = __webpack_require__(4079);
;// CONCATENATED MODULE: ./src/engine/executor.ts
/**
 * Walking the plan: a step starts once every step it depends on has
 * succeeded; independent steps run concurrently up to a bound. A failed step
 * stops only its descendants (skipped, naming the failed step); every other
 * branch carries on, so one broken add-on never blocks unrelated work.
 */

/** Four steps at a time: enough overlap for helm waits, light on the API server. */
function defaultExecutorOptions() {
    return { concurrency: 4 };
}
/**
 * Runs `run` for every step in dependency order and resolves with one
 * outcome per step, in the order given. `run` should resolve with a failed
 * outcome rather than throw; a throw is turned into one.
 */
async function executeSteps(steps, run, options = defaultExecutorOptions()) {
    const barriers = options.barriers ?? [];
    const isBarrier = new Set(barriers.map((b) => b.id));
    const known = new Set([...steps, ...barriers].map((s) => s.id));
    const outcomes = new Map();
    const running = new Map();
    // Barriers first, lowest wave first: one whose steps have settled is
    // passed before the steps behind it are looked at in the same pass.
    const waiting = [...barriers, ...steps];
    const { concurrency } = options;
    const limit = () => Math.max(1, Math.floor(typeof concurrency === 'function' ? concurrency() : concurrency));
    const pooledLimit = Math.max(1, Math.floor(options.pooledConcurrency ?? 64));
    const isPooled = options.isPooled ?? (() => false);
    const pooledRunning = new Set();
    // Steps that lent their slot, and those asking for one back (served
    // before any new step starts).
    const lent = new Set();
    const reclaims = [];
    let wake = () => undefined;
    const bounded = () => running.size - pooledRunning.size - lent.size;
    const hasSlot = (step) => isPooled(step) ? pooledRunning.size < pooledLimit : bounded() < limit();
    const { signal } = options;
    // A run asked to stop starts no new step, so the bound protects nothing
    // then: a step that must undo its release gets its place at once.
    const stopping = () => signal?.aborted === true;
    const slotOf = (step) => ({
        lend: () => {
            if (outcomes.has(step.id) || isPooled(step) || lent.has(step.id))
                return;
            lent.add(step.id);
            wake();
        },
        reclaim: () => {
            if (!lent.has(step.id))
                return Promise.resolve();
            if (stopping()) {
                lent.delete(step.id);
                return Promise.resolve();
            }
            return new Promise((granted) => {
                reclaims.push({ id: step.id, granted });
                wake();
            });
        }
    });
    const onStop = () => wake();
    signal?.addEventListener('abort', onStop);
    try {
        while (waiting.length > 0 || running.size > 0) {
            await walkOnce();
        }
    }
    finally {
        signal?.removeEventListener('abort', onStop);
    }
    return steps.map((s) => outcomes.get(s.id));
    /**
     * One pass: places given back, skips settled, ready steps started; then
     * it sleeps until a step ends, lends or reclaims its place, or the run
     * is asked to stop. A pass reads all its state afresh, so a wake-up
     * that came while the walk was busy is never lost.
     */
    async function walkOnce() {
        while (reclaims.length > 0 && (stopping() || bounded() < limit())) {
            const next = reclaims.shift();
            lent.delete(next.id);
            next.granted();
        }
        // Settle skips first: they may free further steps in the same pass.
        for (let i = 0; i < waiting.length;) {
            const step = waiting[i];
            const blocker = blockingCause(step, known, outcomes);
            const deps = step.dependsOn.filter((d) => known.has(d));
            const settled = deps.every((d) => outcomes.has(d));
            if (isBarrier.has(step.id) && (blocker !== undefined || settled)) {
                outcomes.set(step.id, passed(step.id, blocker));
                waiting.splice(i, 1);
            }
            else if (blocker !== undefined || (settled && stopping())) {
                outcomes.set(step.id, skipped(step.id, blocker));
                waiting.splice(i, 1);
            }
            else if (settled && hasSlot(step)) {
                waiting.splice(i, 1);
                if (isPooled(step))
                    pooledRunning.add(step.id);
                // Its place is given up before `running` forgets it: a walk woken
                // in between must not count a free place twice.
                const runHere = (s) => run(s, slotOf(s)).finally(() => {
                    pooledRunning.delete(s.id);
                    lent.delete(s.id);
                });
                running.set(step.id, start(step, runHere, outcomes, running).then(() => wake()));
            }
            else {
                i++;
            }
        }
        if (running.size === 0) {
            // Only reachable with a dependency cycle, which the planner rejects;
            // skipping beats hanging forever.
            for (const step of waiting.splice(0)) {
                outcomes.set(step.id, skipped(step.id, undefined, 'dependency cycle'));
            }
            return;
        }
        await new Promise((woken) => (wake = woken));
    }
}
function start(step, run, outcomes, running) {
    return run(step)
        .catch((error) => ({
        step: step.id,
        status: 'failed',
        message: (0,errors/* getErrorMessage */.u1)(error),
        retries: 0,
        durationMs: 0,
        changes: []
    }))
        .then((outcome) => {
        outcomes.set(step.id, outcome);
        running.delete(step.id);
    });
}
/**
 * The failed step that blocks `step`: a failed dependency itself, or the
 * cause recorded on a skipped one, so every skip names the root failure.
 */
function blockingCause(step, known, outcomes) {
    for (const dep of step.dependsOn) {
        if (!known.has(dep))
            continue;
        const outcome = outcomes.get(dep);
        if (outcome?.status === 'failed')
            return dep;
        if (outcome?.status === 'skipped')
            return outcome.skippedBecause ?? dep;
    }
    return undefined;
}
/** A barrier's outcome: skipped behind a failure, else passed. */
function passed(id, cause) {
    if (cause !== undefined)
        return skipped(id, cause);
    return {
        step: id,
        status: 'unchanged',
        retries: 0,
        durationMs: 0,
        changes: []
    };
}
function skipped(id, cause, why = 'the run was cancelled') {
    return {
        step: id,
        status: 'skipped',
        message: cause ? `skipped because ${cause} failed` : why,
        ...(cause ? { skippedBecause: cause } : {}),
        retries: 0,
        durationMs: 0,
        changes: []
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/cluster/chart-hooks.ts
/**
 * Whether a chart may declare Helm hooks that run after helm's wait, read
 * from its archive or folder before it is installed.
 *
 * Why: helm runs a chart's post-install and post-upgrade hooks after its
 * own `--wait`. ClusterSync waits for a release itself only where that
 * order cannot matter (addon-wait.ts), so it must know beforehand. Other
 * hooks keep their order either way: pre-install and pre-upgrade hooks
 * run before the release's objects are sent, test hooks only under `helm
 * test` (every `helm create` chart has one), delete and rollback hooks
 * never during an install or upgrade. The answer errs on the safe side:
 * any `helm.sh/hook` annotation in any file (a template, a nested chart
 * archive's file, a README) whose line does not name only such events (a
 * template expression, a value on the next line) counts, and so does
 * anything that cannot be read or is past the bounds below; helm then
 * waits as it always did. Not seen: a hook annotation spelt so that the
 * text `helm.sh/hook` never appears (built by a template function, or a
 * YAML escape); docs/sync.md says so.
 */


const hookMark = Buffer.from('helm.sh/hook');
/** Hook events whose order helm's wait does not change (see the file comment). */
const unorderedEvents = new Set([
    'pre-install',
    'pre-upgrade',
    'pre-delete',
    'post-delete',
    'pre-rollback',
    'post-rollback',
    'test',
    'test-success',
    'test-failure'
]);
/** A chart archive larger than this is not read (helm's own limit is far lower in practice). */
const maxArchiveBytes = 64 * 1024 * 1024;
/** What one archive may unpack to; a gzip bomb stops here. */
const maxUnpackedBytes = 64 * 1024 * 1024;
/** Charts nest subcharts; deeper than this is not read. */
const maxDepth = 4;
/** Files and folders one chart folder may hold before the walk gives up. */
const maxFolderEntries = 5_000;
/**
 * True unless the chart at `path` (an archive, `.tgz`, or a chart folder)
 * surely declares no hook; see the file comment.
 */
async function chartMayDeclareHooks(fs, path) {
    try {
        const stat = await fs.stat(path);
        if (stat.isFile)
            return bytesMayDeclareHooks(await fs.readFile(path, maxArchiveBytes), 0);
        if (stat.isDirectory)
            return await folderMayDeclareHooks(fs, path);
        return true;
    }
    catch {
        return true;
    }
}
/**
 * One run's answers, one scan per chart: an archive pulled once for the
 * run (chart-pulls.ts) may be installed by many add-ons, and a chart folder
 * does not change while a sync runs.
 */
class ChartHookScans {
    fs;
    answers = new Map();
    constructor(fs) {
        this.fs = fs;
    }
    /** {@link chartMayDeclareHooks} for `path`, scanned once. */
    mayDeclareHooks(path) {
        let answer = this.answers.get(path);
        if (answer === undefined) {
            answer = chartMayDeclareHooks(this.fs, path);
            this.answers.set(path, answer);
        }
        return answer;
    }
}
/**
 * True unless the bytes (a gzip'd tar, a tar, or a plain file) surely name
 * no hook. A nested archive (a subchart's `.tgz`, known by gzip's magic
 * bytes whatever its name) is read the same way.
 */
function bytesMayDeclareHooks(bytes, depth) {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!isGzip(data))
        return namesOrderedHook(data);
    if (depth >= maxDepth)
        return true;
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(data, { maxOutputLength: maxUnpackedBytes });
    }
    catch {
        return true;
    }
    // Plain files of the tar are searched in place; only gzip'd entries
    // need unpacking (the tar's own headers cannot hide the mark: it is
    // searched too, names and all).
    if (namesOrderedHook(tar))
        return true;
    for (const entry of tarEntries(tar)) {
        if (entry === undefined)
            return true;
        if (isGzip(entry) && bytesMayDeclareHooks(entry, depth + 1))
            return true;
    }
    return false;
}
async function folderMayDeclareHooks(fs, root) {
    const folders = [root];
    let seen = 0;
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        for (const name of await fs.readdir(folder)) {
            if (++seen > maxFolderEntries)
                return true;
            const path = (0,external_node_path_.join)(folder, name);
            const stat = await fs.stat(path);
            if (stat.isDirectory)
                folders.push(path);
            else if (!stat.isFile)
                return true;
            else if (bytesMayDeclareHooks(await fs.readFile(path, maxArchiveBytes), 0))
                return true;
        }
    }
    return false;
}
/**
 * Whether the text has a `helm.sh/hook` annotation whose line does not
 * name only unordered events (`helm.sh/hook-weight` and the like are other
 * annotations, and skipped).
 */
function namesOrderedHook(data) {
    for (let at = data.indexOf(hookMark); at >= 0; at = data.indexOf(hookMark, at + hookMark.length)) {
        const after = at + hookMark.length;
        if (data[after] === 0x2d /* - */)
            continue;
        const end = data.indexOf(0x0a, after);
        const line = data.toString('latin1', after, end < 0 ? data.length : end);
        const value = line.replace(/^["']?\s*:/, '').replace(/\s+#.*$/, '');
        const events = value
            .split(',')
            .map((e) => e.trim().replace(/^["']|["']$/g, ''));
        if (!events.every((e) => unorderedEvents.has(e.toLowerCase())))
            return true;
    }
    return false;
}
const isGzip = (data) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
/**
 * The contents of a tar's regular files; `undefined` for a header it
 * cannot read (the caller then errs on the safe side).
 */
function* tarEntries(tar) {
    const block = 512;
    for (let at = 0; at + block <= tar.length;) {
        const header = tar.subarray(at, at + block);
        if (header.every((b) => b === 0))
            return;
        const size = parseInt(header
            .subarray(124, 136)
            .toString('latin1')
            .replace(/\0.*$/s, '')
            .trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0) {
            yield undefined;
            return;
        }
        const start = at + block;
        const type = String.fromCharCode(header[156] ?? 0);
        if (type === '0' || type === '\0')
            yield tar.subarray(start, start + size);
        at = start + Math.ceil(size / block) * block;
    }
}

// EXTERNAL MODULE: ./src/cluster/retry.ts
var retry = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/engine/prune.ts + 1 modules
var prune = __webpack_require__(1080);
// EXTERNAL MODULE: ./src/engine/select-steps.ts
var select_steps = __webpack_require__(2570);
// EXTERNAL MODULE: ./src/engine/prune-owners.ts + 1 modules
var prune_owners = __webpack_require__(3161);
// EXTERNAL MODULE: ./src/engine/prune-needed.ts
var prune_needed = __webpack_require__(8822);
;// CONCATENATED MODULE: ./src/engine/prune-step.ts







/**
 * Prunes what `plan` no longer declares, updating `records` in place.
 * Resolves with the prune's outcome, or undefined when nothing is to prune.
 */
async function pruneStep(plan, previous, records, anyFailed, clients, clock, logger, options) {
    // The context's namespace, asked only when an object is recorded with
    // a namespace and declared without one, or the other way round.
    let context = (0,prune/* pruneNeedsContextNamespace */.Iy)(plan, previous)
        ? await clients.kubectl.contextNamespace()
        : undefined;
    const computed = (0,prune/* computePrune */.s)(plan, previous, context);
    if (!previous || computed.length === 0)
        return undefined;
    // Or when a Namespace would go that objects naming none may live in.
    if (context === undefined && (0,prune_needed/* stillNeededNeedsContextNamespace */.h)(plan, computed))
        context = await clients.kubectl.contextNamespace();
    const started = clock.now().getTime();
    const outcome = (status, message, changes = []) => ({
        step: 'prune',
        status,
        message,
        retries: 0,
        durationMs: clock.now().getTime() - started,
        changes
    });
    // A Namespace or CRD declared objects still need is never deleted, and
    // leaves the record with the step that applied it (prune-needed.ts).
    const { groups: planned, kept } = (0,prune_needed/* keepStillNeeded */.v)(plan, computed, context);
    const keptNote = kept.length > 0
        ? `left in place ${(0,plural/* plural */.L)(kept.length, 'object')} that declared objects still need: ${kept.map((c) => c.subject).join(', ')}`
        : '';
    if (keptNote)
        logger.info(`- prune: ${keptNote}`);
    if (planned.length === 0)
        return outcome('unchanged', keptNote, kept);
    const planWhat = describe(planned);
    if (!options.prune.enabled) {
        keep(records, planned, previous);
        return outcome('skipped', `prune disabled; would remove ${planWhat}`, kept);
    }
    if (anyFailed) {
        keep(records, planned, previous);
        return outcome('skipped', `not pruned because steps failed; would remove ${planWhat}`, kept);
    }
    // An object another definition applied since carries its ApplySet label,
    // one made by someone else carries none: it is no longer ours to delete,
    // nor to keep on record (prune-owners.ts).
    let split;
    try {
        split = await (0,prune_owners/* splitByOwner */.L9)(planned, clients.kubectl, options.applySetId, plan.steps.flatMap(select_steps/* plannedRefs */.nQ));
    }
    catch (error) {
        keep(records, planned, previous);
        const message = `reading the objects to prune failed: ${(0,errors/* getErrorMessage */.u1)(error)}`;
        logger.error(`✗ prune: ${message}`);
        return outcome('failed', message, kept);
    }
    const { ours: groups } = split;
    const leftInPlace = [...kept, ...split.leftInPlace];
    const owned = split.leftInPlace.length > 0
        ? `left in place ${(0,plural/* plural */.L)(split.leftInPlace.length, 'object')} no longer this definition's (another definition's ApplySet, a Helm release's, or no ApplySet label): ${split.leftInPlace.map((c) => c.subject).join(', ')}`
        : '';
    const left = [keptNote, owned].filter((n) => n !== '').join('; ');
    if (owned)
        logger.info(`- prune: ${owned}`);
    if (groups.length === 0)
        return outcome('unchanged', left, leftInPlace);
    const what = describe(groups);
    const violations = (0,prune/* pruneGuardViolations */.Ih)(groups, previous, options.prune);
    if (violations.length > 0) {
        keep(records, groups, previous);
        const message = `prune needs --allow-destructive-prune: ${violations.join('; ')}`;
        logger.error(`✗ prune: ${message}`);
        return outcome('failed', message, leftInPlace);
    }
    logger.info(`→ prune: ${what}`);
    const run = await (0,prune/* runPrune */.uf)(groups, clients.kubectl, clients.helm, options.stepTimeoutMs);
    keep(records, run.remaining, previous);
    const changes = [...leftInPlace, ...run.changes];
    if (run.error !== undefined) {
        logger.error(`✗ prune: ${run.error}`);
        return outcome('failed', run.error, changes);
    }
    logger.info(`✓ prune: removed ${run.changes.length}`);
    return outcome('applied', `removed ${what}${left ? `; ${left}` : ''}`, changes);
}
/** Puts groups that were not pruned back on record. */
function keep(records, groups, previous) {
    for (const group of groups) {
        const objects = [...group.objects].reverse();
        const current = records.get(group.step);
        const old = previous.steps.find((s) => s.id === group.step);
        const base = current ?? old;
        if (!base)
            continue;
        // The add-on moved to another namespace: its step records the new
        // release, the old one waits on a record of its own.
        const moved = (0,select_steps/* releaseMoved */.JU)(current, group.release);
        records.set(group.step, {
            ...base,
            // A removed step has no digest left to compare with.
            digest: current ? current.digest : '',
            objects: (0,select_steps/* mergeRefs */.Px)(current?.objects ?? [], objects),
            ...(group.release && !moved ? { release: group.release } : {})
        });
        if (moved && group.release)
            (0,select_steps/* setFormerRelease */.TE)(records, base, group.release);
    }
}
function describe(groups) {
    const items = groups.flatMap((g) => [
        ...(g.release ? [`helm:${g.release.namespace}/${g.release.name}`] : []),
        ...g.objects.map(kube_objects/* subjectOf */.et)
    ]);
    const shown = items.slice(0, 10).join(', ');
    return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}

// EXTERNAL MODULE: ./src/preview/release-drift.ts + 1 modules
var release_drift = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/preview/diff-release.ts + 3 modules
var diff_release = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/preview/diff-exec.ts
var diff_exec = __webpack_require__(3283);
// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
;// CONCATENATED MODULE: ./src/engine/addon-drift-step.ts
/**
 * A full reconcile's add-on step when its inputs are as last applied: the
 * release itself is compared with the definition first (chart, version,
 * values, status: the drift check's comparison, preview/diff-release.ts),
 * then the objects it rendered with the live ones (the comparison
 * `status`, `plan --live` and the drift check use,
 * preview/release-drift.ts). The release is upgraded when either differs,
 * once, with the definition's chart and values. A clean release is left
 * alone: no upgrade, no new revision. An upgrade puts back every rendered
 * field that differs, as any `helm upgrade` does: a client-side three-way
 * merge (helm v3, and helm v4 on a release it applies that way, one helm v3
 * installed) does so by itself; helm v4's server-side apply needs
 * `--force-conflicts` for the fields a person's `kubectl` took, and refuses
 * that flag on a client-side release.
 */








/**
 * Reads with `helm get manifest` and `helm get metadata` (helm as the sync
 * runs it) and the objects through `client`.
 */
function releaseDriftReader(exec, helm, client, timeoutMs) {
    const options = {
        exec,
        helm: helm.binary,
        ...(helm.kubeconfig ? { kubeconfig: helm.kubeconfig } : {}),
        ...(helm.context ? { context: helm.context } : {}),
        kubectl: client,
        concurrency: 1,
        timeoutMs
    };
    return {
        release: (step, values) => (0,diff_release/* compareRelease */.D)(step, values, options),
        // Paths only, whatever the values hold: a sync's report names what it
        // corrected, never what the fields held.
        drift: (step) => (0,release_drift/* releaseDrift */.DB)(step, options, true),
        serverSide: async (step) => {
            const result = await (0,diff_exec/* runTool */.qI)(options, (0,release_objects/* helmBinary */.U$)(options), [
                'get',
                'metadata',
                ...(0,release_objects/* helmFlags */._c)(options, step.namespace),
                '-o',
                'json',
                '--',
                step.addon.name
            ]);
            if (result.exitCode !== 0)
                return false;
            try {
                const parsed = JSON.parse(result.stdout);
                return (0,object_diff/* isRecord */.u4)(parsed) && parsed.applyMethod === 'ssa';
            }
            catch {
                return false;
            }
        }
    };
}
/**
 * Upgrades the add-on's release when the release differs from the
 * definition (values or chart changed with helm, a rollback, a failed or
 * missing release: the step's release entry says which, never a value) or
 * its rendered objects drifted (the step's changes then name the release
 * and each corrected object), else reports it unchanged. What cannot be
 * compared (helm failed, the release was uninstalled by hand) is upgraded,
 * as a full reconcile did before it compared. Throws StepFailure as
 * applyAddonStep, also when encrypted values cannot be decrypted.
 */
async function correctAddonDrift(step, ctx, read) {
    const subject = `helm:${step.namespace}/${step.addon.name}`;
    const upgrade = async (why) => {
        const applied = await applyAddonStep(step, ctx, await forceConflicts(step, ctx, read));
        return {
            ...applied,
            changes: applied.changes.map((c) => c.subject === subject
                ? { ...c, message: c.message ? `${c.message}, ${why}` : why }
                : c)
        };
    };
    const unread = (what, error) => {
        ctx.logger.warning(`${step.id}: ${what} not compared (${firstLine((0,errors/* getErrorMessage */.u1)(error))}); upgrading it`);
        return upgrade('upgraded');
    };
    // The values helm would get: a release changed by hand renders objects
    // that match live, so only its values and chart show it.
    const values = await (0,decrypt_step/* decryptAddonValues */.o8)(step, ctx);
    let release;
    try {
        release = await read.release(step, values);
    }
    catch (error) {
        return unread('the release was', error);
    }
    if (pendingOnly(release)) {
        // Another helm command (someone's, outside the cluster lock) may be
        // running on it: an upgrade now would roll that back.
        ctx.logger.warning(`${step.id}: ${release.message ?? 'the release is pending'}, as if another helm command were running on it; left alone`);
        return {
            changes: [
                {
                    subject,
                    action: 'unchanged',
                    step: step.id,
                    ...(release.message
                        ? { message: `${release.message}, left alone` }
                        : {})
                }
            ],
            objects: [],
            release: untouchedRelease(step, ctx)
        };
    }
    if (release.action !== 'unchanged')
        return upgrade(`upgraded: ${releaseReason(release)}`);
    let drifted;
    try {
        drifted = await read.drift(step);
    }
    catch (error) {
        return unread("the release's objects were", error);
    }
    if (drifted.length === 0) {
        return {
            changes: [{ subject, action: 'unchanged', step: step.id }],
            objects: [],
            release: untouchedRelease(step, ctx)
        };
    }
    const applied = await upgrade('upgraded to correct drift');
    return {
        ...applied,
        changes: [
            ...applied.changes,
            ...drifted.map((d) => correctedEntry(d, step.id))
        ]
    };
}
/**
 * The record of a release this run left alone: the revision the last sync
 * saw ready stays what a failed upgrade goes back to (addon-wait.ts).
 */
function untouchedRelease(step, ctx) {
    const release = { name: step.addon.name, namespace: step.namespace };
    return ctx.readyRevision === undefined
        ? release
        : { ...release, ready: ctx.readyRevision };
}
/** The release differs only by a `pending-*` status: its chart and values match. */
function pendingOnly(release) {
    return (release.action === 'configured' &&
        (release.diff ?? []).length === 0 &&
        /^release is pending-/.test(release.message ?? ''));
}
/** An error's first line (what failed, e.g. `helm list failed (exit 1): …`), cut. */
function firstLine(message) {
    const line = message.split('\n', 1)[0] ?? '';
    return line.length > maxReasonLength
        ? `${line.slice(0, maxReasonLength)}…`
        : line;
}
const maxReasonLength = 300;
/**
 * Why a release that differs from the definition is upgraded, from
 * compareRelease's entry: its chart line names charts, its value lines
 * only paths (values masked), so neither is quoted; a status is.
 */
function releaseReason(release) {
    if (release.action === 'created')
        return 'release not found (uninstalled outside ClusterSync)';
    const reasons = [];
    const lines = release.diff ?? [];
    const chart = lines
        .map((l) => /^~ chart: (\S+) → (\S+)$/.exec(l))
        .find((m) => m !== null);
    if (chart)
        reasons.push(`chart ${chart[1]} deployed, not ${chart[2]} (changed outside ClusterSync)`);
    if (lines.some((l) => /^[~+-] values\b/.test(l)))
        reasons.push('values differ from the definition (changed outside ClusterSync)');
    if (release.message)
        reasons.push(release.message);
    return reasons.length > 0 ? reasons.join('; ') : 'differs from the definition';
}
/**
 * Whether the upgrade needs `--force-conflicts`: helm v4 applying the
 * release server-side. Not when unsure: a server-side upgrade without it
 * fails naming the conflict, while the flag on a client-side release fails
 * the upgrade and the rollback after it (helm v4.3.1).
 */
async function forceConflicts(step, ctx, read) {
    if ((await ctx.helm.major()) !== 4)
        return false;
    return read.serverSide(step).catch(() => false);
}
/** One corrected object: what happened to it outside Helm, and which fields. */
function correctedEntry(drift, step) {
    const paths = (drift.diff ?? []).map(fieldPath);
    const what = drift.message ?? 'changed outside Helm';
    return {
        subject: drift.subject,
        action: drift.action === 'created' ? 'created' : 'configured',
        step,
        message: paths.length > 0 ? `${what}: ${paths.join(', ')}` : what
    };
}
/**
 * The path of a field line whose values are hidden (release-drift.ts
 * fieldLine: `~ path: (sensitive value) → …`, `- path: … (removed)`);
 * `… and N more` stays as it is.
 */
function fieldPath(line) {
    // The last one: a quoted item name in the path may hold the same text.
    const end = line.lastIndexOf(`: ${object_diff/* maskedValue */.pM}`);
    if (end < 0 || !/^[~-] /.test(line))
        return line;
    return line.startsWith('- ')
        ? `${line.slice(2, end)} (removed)`
        : line.slice(2, end);
}

// EXTERNAL MODULE: ./src/engine/addon-pace.ts
var addon_pace = __webpack_require__(310);
// EXTERNAL MODULE: ./src/cluster/live-state.ts + 1 modules
var live_state = __webpack_require__(592);
// EXTERNAL MODULE: ./src/engine/gone-by-design.ts
var gone_by_design = __webpack_require__(260);
;// CONCATENATED MODULE: ./src/engine/apply-plan.ts
/**
 * The Applying phase: walk the plan with the executor, apply the steps
 * whose inputs changed (all of them with `full`), then prune what the
 * definition dropped. Resolves with one outcome per step (plus `prune`) and
 * the inventory records to write; never throws for a failed step.
 */
















/** Applies the plan against the previous inventory; see the file comment. */
async function applyPlan(plan, previous, clients, clock, logger, options) {
    const { selected } = options;
    const old = new Map((previous?.steps ?? []).map((s) => [s.id, s]));
    const records = new Map();
    const order = new Map(plan.steps.map((s, i) => [s.id, i]));
    const unhealthy = new Set();
    const createdNamespaces = new Set();
    const chartHooks = options.chartFiles
        ? new ChartHookScans(options.chartFiles)
        : undefined;
    const pace = new addon_pace/* AddonPace */.yD(options.addonPace ?? (0,addon_pace/* fixedAddonPace */.Q8)(options.concurrency));
    // A normal sync does not look at the steps it skips: say what does.
    const skipped = options.full ? 0 : plan.steps.length - selected.size;
    logger.info(`${selected.size} of ${(0,plural/* plural */.L)(plan.steps.length, 'step')} to apply${options.full ? ' (full reconcile)' : ''}${skipped > 0 ? '; the unchanged ones not compared with the cluster (sync --full corrects drift)' : ''}`);
    const live = options.full
        ? await readPlanLiveState(plan, previous, selected, clients.kubectl, logger, options)
        : undefined;
    // The steps a normal sync would apply; the other add-ons are checked for drift.
    const changed = options.releaseDrift
        ? (0,select_steps/* selectSteps */.Ki)(plan, previous, false)
        : undefined;
    let left;
    const leaving = () => (left ??= (0,prune/* computePrune */.s)(plan, previous).flatMap((g) => g.objects));
    const run = async (step, slot) => {
        const index = order.get(step.id) ?? 0;
        const was = old.get(step.id);
        const where = { file: step.source.file, line: step.source.line };
        if (!selected.has(step.id)) {
            if (was)
                records.set(step.id, {
                    ...was,
                    order: index,
                    dependsOn: [...step.dependsOn]
                });
            return (0,outcome_summary/* unchangedOutcome */.cQ)(step);
        }
        const announcer = (0,retry/* retryAnnouncer */.mi)((line) => logger.warning(line), clock, `${step.id}: `);
        const onRetry = announcer.listener;
        const ctx = {
            kubectl: clients.kubectl.withRetryListener(onRetry),
            helm: clients.helm.withRetryListener(onRetry),
            clock,
            logger,
            root: options.root,
            ...(chartHooks ? { chartHooks } : {}),
            applySetId: options.applySetId,
            stepTimeoutMs: options.stepTimeoutMs,
            healthIntervalMs: options.healthIntervalMs,
            ...(options.interrupt ? { interrupt: options.interrupt } : {}),
            ...(options.signal ? { stop: options.signal } : {}),
            slot,
            ...readyRevisionOf(step, was),
            createdNamespaces,
            ...(options.sopsIdentities
                ? { sopsIdentities: options.sopsIdentities }
                : {}),
            ...(options.sopsKeyProblems
                ? { sopsKeyProblems: options.sopsKeyProblems }
                : {}),
            ...(live ? { live } : {}),
            leaving
        };
        const started = clock.now().getTime();
        logger.info(`→ ${step.id}`);
        try {
            const applied = step.kind === 'addon' && options.releaseDrift && !changed?.has(step.id)
                ? await correctAddonDrift(step, ctx, options.releaseDrift)
                : await applyStep(step, ctx);
            const durationMs = clock.now().getTime() - started;
            records.set(step.id, (0,select_steps/* recordOf */.zv)(step, index, step.digest, applied.objects, applied.release));
            const touched = applied.changes.filter((c) => c.action !== 'unchanged');
            // A step whose digest did not change but whose objects did: someone
            // edited the cluster by hand and this (full) run put it back.
            const drift = was?.digest === step.digest && touched.length > 0;
            const message = drift
                ? `drift corrected: ${touched.map((c) => c.subject).join(', ')}`
                : `${touched.length} of ${applied.changes.length} changed`;
            logger.info(`✓ ${step.id}: ${message} (${(durationMs / 1000).toFixed(1)}s)`);
            return {
                step: step.id,
                status: touched.length > 0 ? 'applied' : 'unchanged',
                message,
                retries: announcer.count(),
                durationMs,
                changes: applied.changes,
                ...where
            };
        }
        catch (error) {
            const durationMs = clock.now().getTime() - started;
            // Keep what may have landed on record (so it can be pruned) with no
            // digest (so the next sync applies the step again).
            records.set(step.id, (0,select_steps/* recordOf */.zv)(step, index, '', (0,select_steps/* mergeRefs */.Px)(was?.objects ?? [], (0,select_steps/* plannedRefs */.nQ)(step)), step.kind === 'addon' ? (0,select_steps/* releaseRecord */.Hq)(step, was) : was?.release));
            const message = (0,errors/* getErrorMessage */.u1)(error);
            if (error instanceof step_types/* StepFailure */.p && error.reason === 'HealthCheckFailed')
                unhealthy.add(step.id);
            logger.error(`✗ ${step.id}: ${message}`);
            return {
                step: step.id,
                status: 'failed',
                message,
                retries: announcer.count(),
                durationMs,
                changes: error instanceof step_types/* StepFailure */.p ? error.changes : [],
                ...where
            };
        }
    };
    // An add-on that ran tells the pace how much retrying it needed.
    const paced = async (step, slot) => {
        const outcome = await run(step, slot);
        if (step.kind === 'addon' && selected.has(step.id))
            pace.settled(outcome.retries);
        return outcome;
    };
    const outcomes = await executeSteps(plan.steps, paced, {
        concurrency: () => pace.limit(),
        barriers: plan.barriers,
        // Manifest steps share the kubectl call pool (bounded there); add-ons
        // run their own helm processes and keep the plain bound.
        isPooled: (step) => step.kind === 'manifest',
        ...(options.signal ? { signal: options.signal } : {})
    });
    for (const o of outcomes) {
        if (o.status === 'skipped') {
            const was = old.get(o.step);
            if (was)
                records.set(o.step, was);
            logger.warning(`- ${o.step}: ${o.message ?? 'skipped'}`);
        }
    }
    const failed = outcomes.filter((o) => o.status === 'failed');
    // Steps the cancel kept from starting (a skip naming no failed step).
    const notStarted = outcomes.filter((o) => o.status === 'skipped' && o.skippedBecause === undefined).length;
    // Asked to stop even when every step had started: the prune is the
    // step the stop keeps from starting (what the commit removed stays).
    const cancelled = options.signal?.aborted === true;
    const pruned = await pruneStep(plan, previous, records, 
    // A cancelled run prunes nothing, as a failed one: it did not apply all.
    failed.length > 0 || cancelled, clients, clock, logger, options);
    if (pruned)
        outcomes.push(pruned);
    const allFailed = outcomes.filter((o) => o.status === 'failed');
    return {
        outcomes,
        steps: [...records.values()].sort((a, b) => a.order - b.order),
        ...(cancelled ? { cancelled: notStarted } : {}),
        reason: allFailed.length === 0
            ? cancelled
                ? 'ApplyFailed'
                : 'Succeeded'
            : allFailed.every((o) => unhealthy.has(o.step))
                ? 'HealthCheckFailed'
                : 'ApplyFailed'
    };
}
/**
 * A full reconcile reads the selected manifest steps' objects in bulk
 * first, so only those that differ from what ClusterSync applied are sent
 * (live-state.ts). When the read fails, every object is sent, as before.
 */
async function readPlanLiveState(plan, previous, selected, client, logger, options) {
    const steps = plan.steps.filter((s) => s.kind === 'manifest' && selected.has(s.id));
    const documents = steps.flatMap((s) => s.objects.map((o) => (0,kube_objects/* appliedDocument */.Nn)(o, options.applySetId)));
    if (documents.length === 0)
        return undefined;
    const namespaces = [...new Set(steps.flatMap((s) => s.namespaces))].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', name }));
    try {
        const live = await (0,live_state/* readLiveState */.eY)(client, documents, namespaces, (0,gone_by_design/* goneByDesign */.Z)(plan, previous, options.applySetId));
        const c = live.counts(documents.map(kube_objects/* refOf */.H8));
        logger.info(`live state read: ${c.same} of ${(0,plural/* plural */.L)(documents.length, 'object')} as applied, ${c.differs + c.unsure} differ, ${c.missing} missing`);
        return live;
    }
    catch (error) {
        logger.warning(`live state not read in bulk (${(0,errors/* getErrorMessage */.u1)(error)}); every object is sent`);
        return undefined;
    }
}
/**
 * The revision of the add-on's release the last sync saw ready, when the
 * step's record names the same release (ApplyContext.readyRevision).
 */
function readyRevisionOf(step, was) {
    const ready = step.kind === 'addon' ? (0,select_steps/* releaseRecord */.Hq)(step, was).ready : undefined;
    return ready === undefined ? {} : { readyRevision: ready };
}

// EXTERNAL MODULE: ./src/cluster/open-client.ts + 6 modules
var open_client = __webpack_require__(6025);
// EXTERNAL MODULE: ./src/cluster/helm.ts + 1 modules
var cluster_helm = __webpack_require__(2252);
// EXTERNAL MODULE: ./src/state/inventory.ts
var state_inventory = __webpack_require__(557);
// EXTERNAL MODULE: ./src/state/inventory-ids.ts
var inventory_ids = __webpack_require__(3150);
// EXTERNAL MODULE: ./src/state/inventory-encoding.ts
var inventory_encoding = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/state/lock.ts
var state_lock = __webpack_require__(2118);
;// CONCATENATED MODULE: ./src/state/settled.ts





/** Reads the lease and the inventory with one `kubectl get` (two requests over the API channel). */
async function readClusterRecord(kubectl, cluster) {
    const lease = (0,state_lock/* leaseRef */.mf)(cluster);
    const parent = (0,state_inventory/* inventoryRef */.Aj)(cluster);
    const found = await kubectl.get([lease, parent]);
    const byKey = new Map(found.map((o) => [(0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(o)), o]));
    const leaseObject = byKey.get((0,kube_objects/* refKey */.XF)(lease));
    const parentObject = byKey.get((0,kube_objects/* refKey */.XF)(parent));
    const inventory = parentObject
        ? (0,state_inventory/* inventoryOf */.o8)(parentObject, cluster)
        : undefined;
    return {
        ...(leaseObject ? { lease: leaseObject } : {}),
        ...(inventory ? { inventory } : {})
    };
}
/**
 * True when applying `plan` would change nothing, record nothing and find
 * no sync in the way (see the file comment for each condition's reason).
 */
function isSettled(plan, record, metadata, full, 
/** This run's inputs digest (unchanged-inputs.ts), when it records one. */
inputsDigest) {
    const previous = record.inventory;
    if (full || previous === undefined)
        return false;
    // A live holder is syncing now; an expired one died and left work behind.
    if (record.lease !== undefined)
        return false;
    // A sync that started and never recorded its end left work to redo.
    if (previous.lastStarted !== undefined)
        return false;
    if (previous.lastSync?.status !== 'synced')
        return false;
    // Another commit or branch is news the record must hold (status shows it).
    if (previous.lastSynced?.commit !== metadata.commit)
        return false;
    if (previous.lastSync.ref !== metadata.ref)
        return false;
    // Same plan from other bytes (a comment edited, the first run of a build
    // that records inputs): record them, so the next run can skip loading.
    if (inputsDigest !== undefined && previous.inputs?.digest !== inputsDigest)
        return false;
    const selected = (0,select_steps/* selectSteps */.Ki)(plan, previous, false);
    if (selected.size > 0)
        return false;
    if ((0,prune/* computePrune */.s)(plan, previous).length > 0)
        return false;
    // Same digests, but moved in the order or given other parents: the
    // record (prune order) must follow.
    const planned = (0,select_steps/* registerPlanned */.yp)(plan, previous, selected);
    return JSON.stringify(planned) === JSON.stringify(previous.steps);
}

;// CONCATENATED MODULE: ./src/sync/apply-to-cluster.ts
/**
 * The cluster side of a sync: read the lock and the inventory (which also
 * checks the cluster answers) and stop there when nothing is to do
 * (state/settled.ts); otherwise take the lock, read the inventory again, record
 * what is about to be applied, apply the plan, record the outcome, release
 * the lock. Always resolves; failures become a
 * reason and a message.
 */
















/** Applies `plan` to the cluster; see the file comment. */
async function applyToCluster(plan, settings, metadata, run = {}) {
    const ports = settings;
    const options = settings;
    // Steps count their own retries; this counts the rest, and says each one
    // as it is scheduled (a cluster that is away costs half a minute).
    const announcer = (0,retry/* retryAnnouncer */.mi)((line) => ports.logger.warning(line), ports.clock);
    const onRetry = announcer.listener;
    let session;
    try {
        session = await (0,open_client/* openClusterClient */.w)(ports, options.kubectl, {
            concurrency: options.concurrency,
            onRetry,
            ...(options.signal ? { signal: options.signal } : {})
        });
    }
    catch (error) {
        // The kubeconfig names a context it does not have, or a file that is
        // not there: nothing was tried, and nothing to retry. runSync finds
        // this before applying (run-sync.ts); a caller without a connection, here.
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        return {
            reason: 'ValidationFailed',
            steps: [],
            message: error.message,
            retries: announcer.count()
        };
    }
    if (session.unavailable !== undefined) {
        ports.logger.warning(`kubectl proxy could not start (${session.unavailable}); running one kubectl process per call instead (slower, same result)`);
    }
    const kubectl = session.client;
    const helmSignal = (0,run_signals/* eitherSignal */.k)(options.signal, options.interrupt);
    const helm = new cluster_helm/* HelmClient */.ES(ports.exec, ports.clock, {
        ...options.helm,
        ...(helmSignal ? { signal: helmSignal } : {})
    });
    try {
        const outcome = await syncWith(plan, ports, options, metadata, { kubectl, helm }, run);
        return { ...outcome, retries: announcer.count() };
    }
    finally {
        // The run's registry logins (helm-logins.ts) end with it.
        helm.close();
        await session.close();
    }
}
/**
 * The inventory at a run's end: its steps, and its end (`lastSync`) in
 * place of its start marker (and a killed run's). A Synced end records
 * `lastSynced` and what the run read (`inputs`); any other keeps the
 * previous `lastSynced`.
 */
function endRecord(base, steps, metadata, finishedAt, end) {
    const record = { ...base };
    // The record is read by whoever can read ConfigMaps in the cluster (and
    // printed by `status`): a server's refusal may quote a decrypted value or
    // a secret variable, hidden here as in the run's output.
    const message = end.message && end.redact ? end.redact(end.message) : end.message;
    delete record.lastStarted;
    const synced = end.reason === 'Succeeded';
    return {
        ...record,
        steps,
        lastSync: {
            status: synced ? 'synced' : 'error',
            reason: end.reason,
            ...(message ? { message } : {}),
            ...(metadata.commit ? { commit: metadata.commit } : {}),
            ...(metadata.ref ? { ref: metadata.ref } : {}),
            source: metadata.source,
            ...(metadata.triggeredBy ? { triggeredBy: metadata.triggeredBy } : {}),
            startedAt: metadata.startedAt,
            finishedAt
        },
        ...(synced
            ? {
                lastSynced: {
                    ...(metadata.commit ? { commit: metadata.commit } : {}),
                    finishedAt
                }
            }
            : base.lastSynced
                ? { lastSynced: base.lastSynced }
                : {}),
        ...(synced && end.inputs ? { inputs: end.inputs } : {})
    };
}
function withoutInputs(inventory) {
    const rest = { ...inventory };
    delete rest.inputs;
    return rest;
}
async function syncWith(plan, ports, options, metadata, { kubectl, helm }, run) {
    const { clock, logger } = ports;
    // The first read doubles as the reachability check (kubectl retries it
    // while the cluster is away) and may show there is nothing to do; one
    // made while validating serves (its retries come here).
    let record;
    try {
        record =
            run.first?.cluster === plan.cluster
                ? run.first.record
                : await readClusterRecord(kubectl, plan.cluster);
    }
    catch (error) {
        const message = (0,errors/* getErrorMessage */.u1)(error);
        if (!(0,retry/* isUnreachable */.R0)({ stderr: message }))
            return { reason: 'ApplyFailed', steps: [], message };
        const why = error instanceof errors/* ToolError */.v4 ? error.stderr : message;
        return {
            reason: 'ClusterUnreachable',
            steps: [],
            message: `cannot reach the cluster: ${(0,errors/* trimOutput */.KY)(why, 3)}`
        };
    }
    record = { ...record, inventory: (0,inventory_ids/* moveLegacyStepIds */.F)(record.inventory, plan) };
    if (isSettled(plan, record, metadata, options.full, run.inputs?.digest)) {
        logger.info('Nothing to apply: the inventory records this plan as synced; no lock taken, nothing written; live objects and add-on releases not compared (sync --full corrects drift)');
        return { reason: 'Succeeded', steps: plan.steps.map(outcome_summary/* unchangedOutcome */.cQ) };
    }
    let lock;
    try {
        lock = await (0,state_lock/* acquireLock */.IZ)(kubectl, plan.cluster, clock, logger, options.lock, (0,run_signals/* eitherSignal */.k)(options.signal, options.stop));
    }
    catch (error) {
        return {
            reason: error instanceof state_lock/* LockTimeoutError */.XB ? 'LockTimeout' : 'ApplyFailed',
            steps: [],
            message: (0,errors/* getErrorMessage */.u1)(error)
        };
    }
    let steps = [];
    try {
        // Read again under the lock: a sync may have ended since the first read.
        const read = await (0,state_inventory/* readInventory */.zw)(kubectl, plan.cluster);
        const previous = (0,inventory_ids/* moveLegacyStepIds */.F)(read, plan);
        // The move keeps each step in its place, so the moved ones are found by index.
        const moved = read?.steps.filter((step, i) => step.id !== previous?.steps[i]?.id)
            .length ?? 0;
        if (moved > 0) {
            logger.info(`Inventory: ${(0,plural/* plural */.L)(moved, 'step')} recorded under old, repository-relative manifest names, read under the new names (docs/format.md, "Names of raw-object manifests")`);
        }
        // The recorded inputs describe the recorded steps: every write that
        // changes the steps drops them, and only a Synced end writes new ones.
        const base = withoutInputs(previous ?? (0,state_inventory/* emptyInventory */.UO)(plan.cluster));
        const selected = (0,select_steps/* selectSteps */.Ki)(plan, previous, options.full);
        // An add-on to apply needs helm: one that cannot be started (not
        // installed, a wrong --helm) fails the sync here, before anything is
        // applied, not after the manifests ahead of the add-on.
        if (plan.steps.some((s) => s.kind === 'addon' && selected.has(s.id))) {
            try {
                await helm.major();
            }
            catch (error) {
                // Recorded as this run's end, so `status` says it failed instead
                // of showing the run before it.
                await (0,state_inventory/* writeInventory */.qu)(kubectl, endRecord(base, base.steps, metadata, clock.now().toISOString(), {
                    reason: 'ApplyFailed',
                    message: (0,errors/* getErrorMessage */.u1)(error),
                    redact: logger.redact
                }));
                throw error;
            }
        }
        // Recorded before anything is applied, so a run that dies half-way
        // leaves every object it may have created on record, and the steps it
        // started recorded as not applied (select-steps.ts). When that record
        // is what the cluster already holds (a no-op sync), the write is skipped:
        // there is nothing new to record, and it is a tenth of a no-op's time.
        const planned = (0,held_secrets/* markSecretSteps */.zI)((0,select_steps/* registerPlanned */.yp)(plan, previous, selected), plan, previous);
        if (previous === undefined ||
            JSON.stringify(planned) !== JSON.stringify(previous.steps)) {
            await (0,state_inventory/* writeInventory */.qu)(kubectl, {
                ...base,
                secretsRecorded: true,
                steps: planned,
                lastStarted: {
                    startedAt: metadata.startedAt,
                    ...(metadata.commit ? { commit: metadata.commit } : {}),
                    source: metadata.source,
                    ...(metadata.triggeredBy ? { triggeredBy: metadata.triggeredBy } : {})
                }
            });
        }
        const stepSignal = (0,run_signals/* eitherSignal */.k)(options.signal, options.stop);
        const result = await applyPlan(plan, previous, { kubectl, helm }, clock, logger, {
            selected,
            full: options.full,
            concurrency: options.concurrency,
            ...(options.addonPace ? { addonPace: options.addonPace } : {}),
            prune: options.prune,
            stepTimeoutMs: options.stepTimeoutMs,
            healthIntervalMs: options.healthIntervalMs,
            root: ports.root,
            ...(ports.fs ? { chartFiles: ports.fs } : {}),
            applySetId: (0,state_inventory/* applySetId */.A3)(plan.cluster),
            ...(stepSignal ? { signal: stepSignal } : {}),
            ...(options.interrupt ? { interrupt: options.interrupt } : {}),
            ...(options.sopsIdentities
                ? { sopsIdentities: options.sopsIdentities }
                : {}),
            ...(options.sopsKeyProblems
                ? { sopsKeyProblems: options.sopsKeyProblems }
                : {}),
            ...(options.full
                ? {
                    releaseDrift: releaseDriftReader(ports.exec, options.helm, kubectl, options.stepTimeoutMs)
                }
                : {})
        });
        steps = result.outcomes;
        const finishedAt = clock.now().toISOString();
        const failure = steps.find((s) => s.status === 'failed');
        const cancelled = result.cancelled === undefined
            ? undefined
            : `${(0,run_signals/* stopReason */.P)(stepSignal)}: the steps in flight finished, ${result.cancelled === 0 ? 'none was left to start' : `${(0,plural/* plural */.L)(result.cancelled, 'step')} never started`}; nothing was pruned`;
        const message = failure?.message
            ? `${failure.step}: ${failure.message}`
            : cancelled;
        // A prune skipped (--no-prune) leaves work on record for the next sync
        // with pruning on: recording the inputs would let the unchanged-files
        // check end that sync before its prune.
        const pruneLeft = steps.some((s) => s.step === 'prune' && s.status === 'skipped');
        await (0,state_inventory/* writeInventory */.qu)(kubectl, endRecord({ ...base, secretsRecorded: true }, (0,held_secrets/* markSecretSteps */.zI)(result.steps, plan, previous), metadata, finishedAt, {
            reason: result.reason,
            ...(message ? { message } : {}),
            redact: logger.redact,
            ...(run.inputs && !pruneLeft ? { inputs: run.inputs } : {})
        }));
        return {
            reason: result.reason,
            steps,
            ...(cancelled && !failure ? { message: cancelled } : {})
        };
    }
    catch (error) {
        const message = (0,errors/* getErrorMessage */.u1)(error);
        logger.error(message);
        // Too big to record: nothing applied yet, or (at the end) a failed apply.
        if (error instanceof inventory_encoding/* InventoryTooLargeError */.aU) {
            return steps.length === 0
                ? {
                    reason: 'ValidationFailed',
                    steps,
                    message: `nothing was applied: ${message}`
                }
                : { reason: 'ApplyFailed', steps, message };
        }
        const unreachable = (0,retry/* isUnreachable */.R0)({ stderr: message });
        return {
            reason: unreachable ? 'ClusterUnreachable' : 'ApplyFailed',
            steps,
            // Lost mid-sync, the first thing users read should say so, not the
            // inventory write that happened to fail last; the steps tell the rest.
            message: unreachable && steps.length > 0
                ? `the cluster became unreachable during the sync; the steps below say what was and was not applied, and the next sync completes the work (${(0,errors/* trimOutput */.KY)(message, 1)})`
                : message
        };
    }
    finally {
        await lock.release();
    }
}


/***/ })

};
;