"use strict";
exports.id = 985;
exports.ids = [985];
exports.modules = {

/***/ 5985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStatus: () => (/* binding */ runStatus)
});

// EXTERNAL MODULE: ./src/definition/chart-mirrors.ts
var chart_mirrors = __webpack_require__(9536);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 2 modules
var build_plan = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/cluster/open-client.ts + 6 modules
var open_client = __webpack_require__(6025);
// EXTERNAL MODULE: ./src/cluster/retry.ts
var retry = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/state/inventory.ts
var state_inventory = __webpack_require__(557);
// EXTERNAL MODULE: ./src/state/lock.ts
var state_lock = __webpack_require__(2118);
// EXTERNAL MODULE: ./src/state/inventory-ids.ts
var inventory_ids = __webpack_require__(3150);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/cluster/live-state.ts + 1 modules
var live_state = __webpack_require__(592);
// EXTERNAL MODULE: ./src/preview/release-drift.ts + 1 modules
var release_drift = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
;// CONCATENATED MODULE: ./src/preview/status-drift.ts






/** Compares the live cluster with `plan` for the steps `inventory` says are applied. */
async function detectDrift(plan, read, kubectl, applySetId, 
/** How to run helm; without it releases are not compared. */
helm) {
    // Steps recorded under old manifest names are not pending work.
    const inventory = (0,inventory_ids/* moveLegacyStepIds */.F)(read, plan);
    const recorded = new Map(inventory.steps.map((s) => [s.id, s]));
    const pending = [];
    const bodies = [];
    const addons = [];
    for (const step of plan.steps) {
        if (recorded.get(step.id)?.digest !== step.digest) {
            pending.push(step.id);
            continue;
        }
        if (step.kind === 'addon')
            addons.push(step);
        if (step.kind !== 'manifest')
            continue;
        for (const o of step.objects)
            bodies.push((0,kube_objects/* appliedDocument */.Nn)(o, applySetId));
    }
    const removed = inventory.steps
        .filter((s) => !plan.steps.some((p) => p.id === s.id))
        .map((s) => s.id);
    for (const r of removed)
        pending.push(r);
    const [objects, releases] = await Promise.all([
        bodies.length === 0 ? { drifted: [] } : liveDrift(kubectl, bodies),
        helm ? addonDrift(addons, { ...helm, kubectl }) : []
    ]);
    return {
        pending,
        ...objects,
        ...(releases.length > 0 ? { releases } : {})
    };
}
/**
 * The releases of `addons` whose rendered objects drifted, in plan order;
 * a few compared at once (each mostly waits on helm and the API server).
 */
async function addonDrift(addons, options) {
    const results = [];
    let next = 0;
    const worker = async () => {
        while (next < addons.length) {
            const i = next++;
            results[i] = await compareAddon(addons[i], options);
        }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, addons.length) }, worker));
    return results.filter((r) => r !== undefined);
}
/** One release's drift; undefined when it has none. */
async function compareAddon(step, options) {
    const release = `helm:${step.namespace}/${step.addon.name}`;
    try {
        const changes = await (0,release_drift/* releaseDrift */.DB)(step, options);
        if (changes.length === 0)
            return undefined;
        return {
            release,
            objects: changes.map((c) => ({
                subject: c.subject,
                action: c.action,
                ...(c.diff ? { fields: c.diff } : {})
            }))
        };
    }
    catch (error) {
        if (!(error instanceof release_objects/* ReleaseReadError */.qq))
            throw error;
        return { release, objects: [], error: error.message };
    }
}
/**
 * The objects read in bulk and judged (live-state.ts); only those that are
 * not as ClusterSync applied them are dry-run, so a value the server
 * normalises differently is not reported as drift.
 */
async function liveDrift(kubectl, bodies) {
    let live;
    try {
        live = await (0,live_state/* readLiveState */.e)(kubectl, bodies);
    }
    catch (error) {
        return { drifted: [], error: (0,errors/* trimOutput */.KY)((0,errors/* getErrorMessage */.u1)(error), 3) };
    }
    const doubtful = bodies.filter((b) => !live.unchanged((0,kube_objects/* refOf */.H8)(b)));
    if (doubtful.length === 0)
        return { drifted: [] };
    return kubectl.diffServerSide(doubtful);
}

// EXTERNAL MODULE: ./src/preview/diff-exec.ts
var diff_exec = __webpack_require__(3283);
;// CONCATENATED MODULE: ./src/preview/cluster-status.ts
/**
 * What `clustersync status` reads from the cluster, as one call: the
 * recorded sync (inventory) and the lock give Ankra's banner — Synced,
 * Syncing, Error or Not Configured — and, once synced, the live objects are
 * compared with the definition for drift. Read-only; the caller prints it.
 */









/** Reads the status of `definition`'s cluster; see the file comment. */
async function readClusterStatus(definition, ports, config, options = {}) {
    // Reads and the drift dry-runs go over the API channel when one opens.
    const session = await (0,open_client/* openClusterClient */.w)(ports, { ...config, retry: { ...config.retry, attempts: 2 } }, {
        concurrency: 4,
        ...(options.warn
            ? { onRetry: (0,retry/* retryAnnouncer */.mi)(options.warn, ports.clock).listener }
            : {})
    });
    try {
        // Planned as the sync planned it: through the same chart mirrors, or
        // every mirrored add-on would look changed since.
        const mirrored = (0,chart_mirrors.applyChartMirrors)(definition, options.chartMirrors ?? []);
        // Releases are read with helm, on the cluster kubectl is told of.
        const helm = {
            ...(0,diff_exec/* defaultPreviewOptions */.Kq)(ports.exec),
            ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
            ...(config.context ? { context: config.context } : {}),
            ...(options.helm ? { helm: options.helm } : {})
        };
        return await statusWith(mirrored, session.client, ports.clock, helm);
    }
    finally {
        await session.close();
    }
}
async function statusWith(definition, kubectl, clock, helm) {
    const probe = await kubectl.readyz();
    if (probe.exitCode !== 0) {
        const why = `cannot reach the cluster: ${(0,errors/* trimOutput */.KY)(probe.stderr, 3)}`;
        if ((0,retry/* isUnreachable */.R0)(probe))
            throw new errors/* UnreachableError */.Jk(why);
        return { failure: why };
    }
    const cluster = definition.name;
    const [inventory, lock] = await Promise.all([
        (0,state_inventory/* readInventory */.zw)(kubectl, cluster),
        (0,state_lock/* readLock */.mF)(kubectl, cluster, clock.now())
    ]);
    const status = statusFrom(cluster, inventory, lock);
    if (inventory && status.lastSync && status.status !== 'Not Configured') {
        status.drift = await detectDrift((0,build_plan.buildPlan)(definition), inventory, kubectl, (0,state_inventory/* applySetId */.A3)(cluster), helm);
    }
    return { status };
}
function statusFrom(cluster, inventory, lock) {
    const base = {
        cluster,
        ...(inventory?.lastSync ? { lastSync: inventory.lastSync } : {}),
        ...(inventory?.lastSynced ? { lastSynced: inventory.lastSynced } : {}),
        ...(lock ? { lock } : {})
    };
    if (lock && !lock.expired)
        return { ...base, status: 'Syncing' };
    const started = inventory?.lastStarted;
    if (started &&
        (!inventory.lastSync || started.startedAt > inventory.lastSync.startedAt)) {
        // A sync began applying and never recorded its end: it was killed or
        // lost the cluster, so part of it may be applied. The next sync finishes it.
        return { ...base, status: 'Error', unfinished: started };
    }
    if (!inventory?.lastSync)
        return { ...base, status: 'Not Configured' };
    return {
        ...base,
        status: inventory.lastSync.status === 'synced' ? 'Synced' : 'Error'
    };
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/target.ts
var cli_target = __webpack_require__(9917);
// EXTERNAL MODULE: ./src/cli/commands/cluster-flags.ts
var cluster_flags = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/cli/commands/validate-command.ts
var validate_command = __webpack_require__(9959);
;// CONCATENATED MODULE: ./src/cli/commands/status-run.ts
/** What `clustersync status` does (status.ts describes the command). */






async function runStatus(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const { kubectl: config, helm } = (0,cluster_flags/* clusterConfig */.Ty)(args, ctx);
    const mirrors = (0,cluster_flags/* chartMirrors */.vL)(args);
    // Validated as `validate` and `plan` do (the bundled registry catalog
    // included, or every add-on named by registry_name would be unknown).
    // Status decrypts nothing, so it reads no age key: a key source that
    // cannot be read is no concern of its.
    const checked = await (0,validate_command/* checkTarget */.e$)(args, ctx, target, {
        identities: [],
        problems: []
    });
    if (!checked.definition) {
        ctx.stderr.write(`error: ${target.file} is invalid; run clustersync validate\n`);
        return 1;
    }
    const reading = await readClusterStatus(checked.definition, ctx, config, {
        chartMirrors: mirrors,
        helm: helm.binary,
        warn: (line) => ctx.stderr.write(`warning: ${line}\n`)
    });
    if ('failure' in reading) {
        ctx.stderr.write(`error: ${reading.failure}\n`);
        return 1;
    }
    const { status } = reading;
    ctx.stdout.write((0,cli_args/* outputFormat */.B$)(args) === 'json'
        ? `${JSON.stringify(status, null, 2)}\n`
        : renderStatus(status));
    return status.status === 'Synced' ? 0 : 1;
}
function renderStatus(s) {
    const lines = [`${s.cluster}: ${s.status}`];
    if (s.status === 'Syncing' && s.lock) {
        lines.push(`  a sync holds the lock: ${s.lock.holder}`);
    }
    if (s.lastSynced) {
        lines.push(`  last synced: ${s.lastSynced.commit?.slice(0, 12) ?? '(no commit)'} at ${s.lastSynced.finishedAt}`);
    }
    if (s.unfinished) {
        lines.push(`  the sync started at ${s.unfinished.startedAt}${s.unfinished.commit ? ` (commit ${s.unfinished.commit.slice(0, 12)})` : ''} did not finish; part of it may be applied, and the next sync completes it`);
    }
    if (s.lastSync && s.lastSync.status === 'error') {
        lines.push(`  last sync failed (${s.lastSync.reason}) at ${s.lastSync.finishedAt}: ${s.lastSync.message ?? ''}`);
    }
    if (s.drift) {
        const d = s.drift;
        if (d.error)
            lines.push(`  drift unknown: ${d.error}`);
        else if (d.drifted.length > 0)
            lines.push(`  drifted: ${d.drifted.join(', ')}`);
        else if (!d.releases?.some((r) => r.objects.length > 0))
            lines.push('  no drift in live objects');
        for (const line of releaseLines(d.releases ?? []))
            lines.push(line);
        // A normal sync skips unchanged steps, so only a full one corrects this.
        if (d.drifted.length > 0 || d.releases?.some((r) => r.objects.length > 0))
            lines.push('  `clustersync sync --full` puts drifted objects back; a field another manager took (`kubectl edit`, `kubectl patch`) is reported as a conflict instead, unless its manifest says `force: true`');
        if (d.pending.length > 0)
            lines.push(`  changed since the last sync: ${d.pending.join(', ')}`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Per release, the objects changed outside Helm and their fields, indented
 * under it; fields and messages shown with control characters escaped.
 */
function releaseLines(releases) {
    const lines = [];
    for (const r of releases) {
        if (r.error) {
            lines.push(`  ${r.release}: drift unknown: ${(0,redact/* displayText */.WV)(r.error)}`);
            continue;
        }
        lines.push(`  ${r.release}: changed outside Helm:`);
        for (const o of r.objects) {
            const what = o.action === 'created' ? 'deleted' : 'changed';
            lines.push(`    ${o.subject} (${what})`);
            for (const f of o.fields ?? [])
                lines.push(`      ${(0,redact/* displayText */.WV)(f)}`);
        }
    }
    return lines;
}


/***/ }),

/***/ 2118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   mf: () => (/* binding */ leaseRef)
/* harmony export */ });
/* unused harmony export LockWaitCancelledError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cluster_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2534);
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
    constructor(holder, waitedMs) {
        super(`the run was cancelled while waiting for the cluster lock (held by ${holder}, waited ${Math.round(waitedMs / 1000)}s): nothing was applied`);
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
            throw new LockWaitCancelledError(state?.holder ?? 'unknown', waited);
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
            name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseName */ .AI)(cluster),
            namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_3__/* .systemNamespace */ .lv,
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
        name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseName */ .AI)(cluster),
        namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_3__/* .systemNamespace */ .lv
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


/***/ })

};
;