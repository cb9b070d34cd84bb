export const id = 88;
export const ids = [88];
export const modules = {

/***/ 1712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ openClusterClient)
});

// EXTERNAL MODULE: ./src/ports/kube-api.ts
var kube_api = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/apply/slots.ts
var slots = __webpack_require__(4401);
;// CONCATENATED MODULE: ./src/apply/call-pool.ts
/**
 * The kubectl call pool: concurrent steps ask for `get` and `apply` calls
 * independently, and the pool merges the requests made in the same turn of
 * the event loop into few kubectl processes (at most `parallel` at once).
 *
 * Why: a kubectl process costs ~0.1 s of CPU before it sends a request
 * (startup, kubeconfig, discovery cache). With one `get` and one `apply`
 * per step, a 1,000-object definition of 110 steps spent most of its time
 * starting processes. Merged, a wave of ready steps costs a handful.
 *
 * Safety is the caller's: each request keeps its own objects in its own
 * order inside one process (a chunk never splits a request), requests with
 * different flags are never merged, and when a merged call fails every
 * request in it is re-run alone, so each step sees exactly its own result
 * and error, as if it had never been merged. Server-side apply and `get`
 * are idempotent, which is what makes the re-run harmless.
 */

/**
 * 100 to 500 items per call: measured on the local control plane, a second
 * process for fewer than ~100 objects loses more to its startup than it
 * gains in parallel requests.
 */
function defaultCallPoolOptions(parallel) {
    return { parallel, minItemsPerCall: 100, maxItemsPerCall: 500 };
}
/** See the file comment. One pool per sync, shared by all its clients. */
class CallPool {
    options;
    groups = new Map();
    scheduled = false;
    slots;
    constructor(options) {
        this.options = options;
        this.slots = new slots/* Slots */.W(options.parallel);
    }
    /**
     * Queues `items` under `group` (requests of one group share flags and can
     * be merged); `run` executes a chunk and must be the same for the group.
     */
    submit(group, items, run, onRetry) {
        return new Promise((resolve, reject) => {
            let g = this.groups.get(group);
            if (!g) {
                g = { run, waiting: [] };
                this.groups.set(group, g);
            }
            g.waiting.push({
                items,
                resolve,
                reject,
                ...(onRetry ? { onRetry } : {})
            });
            if (!this.scheduled) {
                this.scheduled = true;
                // After the current turn: every step started in it has queued its
                // request by then.
                setImmediate(() => this.flush());
            }
        });
    }
    flush() {
        this.scheduled = false;
        for (const [key, group] of this.groups) {
            this.groups.delete(key);
            for (const chunk of this.chunks(group.waiting)) {
                void this.runChunk(group.run, chunk);
            }
        }
    }
    /** Splits whole requests into balanced chunks (greedy, largest first). */
    chunks(waiting) {
        const { parallel, minItemsPerCall, maxItemsPerCall } = this.options;
        const total = waiting.reduce((n, w) => n + w.items.length, 0);
        const count = Math.max(1, Math.min(waiting.length, Math.max(Math.min(Math.max(1, parallel), Math.ceil(total / minItemsPerCall)), Math.ceil(total / maxItemsPerCall))));
        const chunks = Array.from({ length: count }, () => ({ size: 0, members: [] }));
        const bySize = waiting
            .map((w, i) => ({ w, i }))
            .sort((a, b) => b.w.items.length - a.w.items.length || a.i - b.i);
        for (const { w } of bySize) {
            const smallest = chunks.reduce((a, b) => (b.size < a.size ? b : a));
            smallest.size += w.items.length;
            smallest.members.push(w);
        }
        return chunks.filter((c) => c.members.length > 0).map((c) => c.members);
    }
    async runChunk(run, chunk) {
        await this.slots.acquire();
        try {
            const answers = await run(chunk);
            chunk.forEach((w, i) => {
                const answer = answers[i];
                if (answer instanceof Error)
                    w.reject(answer);
                else
                    w.resolve(answer);
            });
        }
        catch (error) {
            const e = error instanceof Error ? error : new Error(String(error));
            for (const w of chunk)
                w.reject(e);
        }
        finally {
            this.slots.release();
        }
    }
}

// EXTERNAL MODULE: ./src/apply/kube-api.ts
var apply_kube_api = __webpack_require__(862);
// EXTERNAL MODULE: ./src/apply/kubectl.ts
var apply_kubectl = __webpack_require__(6154);
;// CONCATENATED MODULE: ./src/apply/cluster-client.ts




/** Opens the client; see the file comment. */
async function openClusterClient(ports, config, options) {
    const opened = await ports.kubeApi?.open({
        kubectl: config.binary,
        ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
        ...(config.context ? { context: config.context } : {})
    });
    const transport = opened && (0,kube_api/* isOpen */.n)(opened) ? opened : undefined;
    // Concurrent steps' get/apply calls are merged into at most
    // `concurrency` kubectl processes at a time when there is no channel.
    const pool = new CallPool(defaultCallPoolOptions(options.concurrency));
    const api = transport
        ? new apply_kube_api/* KubeApi */.Y5(transport, ports.clock, config.retry, 
        // A transport that read the kubeconfig knows the namespace; else
        // kubectl is asked (`run` is a plain process on any client), and
        // only when needed.
        () => transport.namespace !== undefined
            ? Promise.resolve(transport.namespace)
            : contextNamespace(kubectl), (0,apply_kube_api/* inFlightFor */.Rf)(options.concurrency))
        : undefined;
    const kubectl = new apply_kubectl/* KubectlClient */.CN(ports.exec, ports.clock, config, undefined, options.signal, pool, api);
    return {
        kubectl,
        close: async () => transport?.close(),
        ...(opened && !(0,kube_api/* isOpen */.n)(opened) ? { unavailable: opened.unavailable } : {})
    };
}
/** The namespace kubectl puts namespaced objects that name none into. */
async function contextNamespace(kubectl) {
    const result = await kubectl.run([
        'config',
        'view',
        '--minify',
        '-o',
        'jsonpath={.contexts[0].context.namespace}'
    ]);
    const namespace = result.exitCode === 0 ? result.stdout.trim() : '';
    return namespace === '' ? 'default' : namespace;
}


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStatus: () => (/* binding */ runStatus)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/apply/kubectl.ts
var apply_kubectl = __webpack_require__(6154);
// EXTERNAL MODULE: ./src/apply/kube-objects.ts
var kube_objects = __webpack_require__(66);
;// CONCATENATED MODULE: ./src/apply/drift.ts
/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied. Over the
 * API channel each object is dry-run and read, several at once, and the two
 * compared as the live preview compares them; without one, one
 * `kubectl diff --server-side` runs over all of them. Both name objects as
 * kubectl diff does. Only names are reported, never the diff itself (Secret
 * values stay out of the output).
 */




/** Compares the live cluster with `plan` for the steps `inventory` says are applied. */
async function detectDrift(plan, inventory, kubectl, applySetId) {
    const recorded = new Map(inventory.steps.map((s) => [s.id, s]));
    const pending = [];
    const bodies = [];
    for (const step of plan.steps) {
        if (recorded.get(step.id)?.digest !== step.digest) {
            pending.push(step.id);
            continue;
        }
        if (step.kind !== 'manifest')
            continue;
        for (const o of step.objects)
            bodies.push((0,kube_objects/* appliedDocument */.Nn)(o, applySetId));
    }
    const removed = inventory.steps
        .filter((s) => !plan.steps.some((p) => p.id === s.id))
        .map((s) => s.id);
    pending.push(...removed);
    if (bodies.length === 0)
        return { pending, drifted: [] };
    if (kubectl.overApi)
        return { pending, ...(await driftOverApi(kubectl, bodies)) };
    const result = await kubectl.run([
        'diff',
        '--server-side',
        `--field-manager=${apply_kubectl/* fieldManager */.wM}`,
        '--force-conflicts',
        '-f',
        '-'
    ], (0,kube_objects/* listDocument */.Yj)(bodies));
    // kubectl diff: 0 = no differences, 1 = differences, > 1 = error.
    if (result.exitCode > 1) {
        return {
            pending,
            drifted: [],
            error: (0,errors/* trimOutput */.KY)(result.stderr, 3) || `kubectl diff exit ${result.exitCode}`
        };
    }
    const drifted = [
        ...new Set([...result.stdout.matchAll(/^diff -u -N \S*\/LIVE-\d+\/(\S+)/gm)].map((m) => m[1] ?? ''))
    ];
    return { pending, drifted };
}
/**
 * The objects whose dry-run (with `--force-conflicts`, as kubectl diff is
 * run above) differs from what is live, or that are gone; named as kubectl
 * diff names them (`apps.v1.Deployment.shop.web`).
 */
async function driftOverApi(kubectl, bodies) {
    let live;
    try {
        live = await kubectl.get(bodies.map(kube_objects/* refOf */.H8));
    }
    catch (error) {
        return { drifted: [], error: (0,errors/* trimOutput */.KY)((0,errors/* getErrorMessage */.u1)(error), 3) };
    }
    const dry = await kubectl.apply(bodies, { force: true, dryRun: true });
    if (dry.result.exitCode !== 0) {
        return { drifted: [], error: (0,errors/* trimOutput */.KY)(dry.result.stderr, 3) };
    }
    const liveByKey = new Map(live.map((o) => [(0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(o)), o]));
    const drifted = dry.applied
        .filter((desired) => {
        const current = liveByKey.get((0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(desired)));
        return current === undefined || !(0,object_diff/* sameObject */.Qr)(current, desired);
    })
        .map(diffName);
    // In kubectl diff's order: by name (it diffs two folders of files).
    return { drifted: [...new Set(drifted)].sort() };
}
/** `<group.>version.Kind.namespace.name`, kubectl diff's name for an object. */
function diffName(object) {
    const ref = (0,kube_objects/* refOf */.H8)(object);
    const group = (0,kube_objects/* groupOf */.F8)(ref.apiVersion);
    const version = ref.apiVersion.slice(ref.apiVersion.indexOf('/') + 1);
    return `${group ? `${group}.` : ''}${version}.${ref.kind}.${ref.namespace ?? ''}.${ref.name}`;
}

// EXTERNAL MODULE: ./src/apply/inventory.ts
var apply_inventory = __webpack_require__(8328);
// EXTERNAL MODULE: ./src/apply/cluster-client.ts + 1 modules
var cluster_client = __webpack_require__(1712);
// EXTERNAL MODULE: ./src/apply/lock.ts
var apply_lock = __webpack_require__(8569);
// EXTERNAL MODULE: ./src/apply/retry.ts
var retry = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 3 modules
var build_plan = __webpack_require__(8490);
// EXTERNAL MODULE: ./src/validate/validate.ts + 26 modules
var validate = __webpack_require__(2202);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/target.ts
var cli_target = __webpack_require__(9917);
// EXTERNAL MODULE: ./src/cli/commands/cluster-flags.ts
var cluster_flags = __webpack_require__(9237);
;// CONCATENATED MODULE: ./src/cli/commands/status-run.ts
/** What `clustersync status` does (status.ts describes the command). */











async function runStatus(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const { kubectl: config } = (0,cluster_flags/* clusterConfig */.Ty)(args, ctx);
    const checked = await (0,validate.checkDefinition)({
        fs: ctx.fs,
        root: target.root,
        file: target.file,
        mode: 'validate'
    });
    if (!checked.definition) {
        ctx.stderr.write(`error: ${target.file} is invalid; run clustersync validate\n`);
        return 1;
    }
    // Reads and the drift dry-runs go over the API channel when one opens.
    const client = await (0,cluster_client/* openClusterClient */.w)(ctx, { ...config, retry: { ...config.retry, attempts: 2 } }, { concurrency: 4 });
    try {
        return await statusWith(checked.definition, client, ctx, args);
    }
    finally {
        await client.close();
    }
}
async function statusWith(definition, client, ctx, args) {
    const { kubectl } = client;
    const probe = await kubectl.run(['get', '--raw', '/readyz']);
    if (probe.exitCode !== 0) {
        const why = `cannot reach the cluster: ${(0,errors/* trimOutput */.KY)(probe.stderr, 3)}`;
        if ((0,retry/* isUnreachable */.R0)(probe))
            throw new errors/* UnreachableError */.Jk(why);
        ctx.stderr.write(`error: ${why}\n`);
        return 1;
    }
    const cluster = definition.name;
    const { status, inventory } = await clusterStatus(cluster, kubectl, ctx);
    if (inventory && status.lastSync && status.status !== 'Not Configured') {
        status.drift = await detectDrift((0,build_plan.buildPlan)(definition), inventory, kubectl, (0,apply_inventory/* applySetId */.A3)(cluster));
    }
    ctx.stdout.write((0,cli_args/* outputFormat */.B$)(args) === 'json'
        ? `${JSON.stringify(status, null, 2)}\n`
        : renderStatus(status));
    return status.status === 'Synced' ? 0 : 1;
}
/** The status, and the inventory it was read from (drift uses it too). */
async function clusterStatus(cluster, kubectl, ctx) {
    const [inventory, lock] = await Promise.all([
        (0,apply_inventory/* readInventory */.zw)(kubectl, cluster),
        (0,apply_lock/* readLock */.mF)(kubectl, cluster, ctx.clock.now())
    ]);
    return { status: statusFrom(cluster, inventory, lock), inventory };
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
        else
            lines.push('  no drift in live objects');
        if (d.pending.length > 0)
            lines.push(`  changed since the last sync: ${d.pending.join(', ')}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ sameObject),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   wc: () => (/* binding */ diffObjects)
/* harmony export */ });
/* unused harmony exports maskedValue, normalizeObject */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1147);
/**
 * Comparing a live object with what a server-side dry-run says it would
 * become, and describing the difference without leaking Secret values.
 * Pure, so the live preview's classification is tested without a cluster.
 */

/**
 * Metadata the API server owns: it changes on every write (or differs
 * between a dry-run and the stored object) without the user changing
 * anything, so comparing it would call every object "configured".
 */
const serverMetadata = [
    'managedFields',
    'resourceVersion',
    'generation',
    'uid',
    'creationTimestamp',
    'selfLink'
];
/** Client-side apply's copy of the whole object; not part of the desired state. */
const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';
/** What the preview shows in place of a Secret's `data`/`stringData` values. */
const maskedValue = '(sensitive value)';
/** A copy without `status` and server-owned metadata, for comparison. */
function normalizeObject(object) {
    const copy = { ...object };
    delete copy.status;
    if (!isRecord(object.metadata))
        return copy;
    const meta = { ...object.metadata };
    for (const key of serverMetadata)
        delete meta[key];
    if (isRecord(meta.annotations) && lastApplied in meta.annotations) {
        const annotations = { ...meta.annotations };
        delete annotations[lastApplied];
        if (Object.keys(annotations).length > 0)
            meta.annotations = annotations;
        else
            delete meta.annotations;
    }
    copy.metadata = meta;
    return copy;
}
/** True when both objects are the same after normalization. */
function sameObject(live, desired) {
    return ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(normalizeObject(live)) ===
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(normalizeObject(desired)));
}
/**
 * Change lines between two normalized objects: `+ path: value` (added),
 * `- path` (removed), `~ path: old → new` (changed), sorted by path. Arrays
 * are compared whole. Values under a top-level key named in `mask` (a
 * Secret's `data` and `stringData`, an add-on's values) are replaced by
 * `(sensitive value)`, so the diff says what changed but never what it is.
 */
function diffObjects(live, desired, options = {}) {
    const lines = [];
    const show = (path, value) => {
        if (path[0] !== undefined && options.mask?.includes(path[0])) {
            return maskedValue;
        }
        const text = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value);
        const max = options.maxValueLength ?? 80;
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    };
    const walk = (a, b, path) => {
        if (isRecord(a) && isRecord(b)) {
            const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
            for (const key of keys)
                walk(a[key], b[key], [...path, key]);
            return;
        }
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(a) === (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(b))
            return;
        const at = path.join('.');
        if (a === undefined)
            lines.push(`+ ${at}: ${show(path, b)}`);
        else if (b === undefined)
            lines.push(`- ${at}`);
        else
            lines.push(`~ ${at}: ${show(path, a)} → ${show(path, b)}`);
    };
    walk(normalizeObject(live), normalizeObject(desired), []);
    return lines;
}
/** True for plain JSON objects (not arrays, not null). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
