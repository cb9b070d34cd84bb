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
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 3 modules
var build_plan = __webpack_require__(8490);
// EXTERNAL MODULE: ./src/cluster/open-client.ts + 5 modules
var open_client = __webpack_require__(9228);
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
        const changes = await (0,release_drift/* releaseDrift */.DB)(step.addon.name, step.namespace, options, (0,release_drift/* valuesHoldSecrets */.vA)(step.addon));
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
    const checked = await (0,validate_command/* checkTarget */.e$)(args, ctx, target);
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

/***/ 3283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ defaultPreviewOptions),
/* harmony export */   qI: () => (/* binding */ runTool),
/* harmony export */   sQ: () => (/* binding */ checkReachable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * How the live preview runs kubectl and helm: the options every preview
 * call shares, and the one place that turns "cannot reach the API server"
 * into UnreachableError (CLI exit code 3).
 */

/** Four steps at a time, two minutes per call. */
function defaultPreviewOptions(exec) {
    return { exec, concurrency: 4, timeoutMs: 120_000 };
}
/** Throws UnreachableError when `stderr` says the API server cannot be reached. */
function checkReachable(options, stderr, timedOut = false) {
    if (timedOut || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .saysUnreachable */ .$3)(stderr)) {
        const where = options.context ? ` (context ${options.context})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreachableError */ .Jk(`the cluster${where} cannot be reached: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(stderr, 2) || 'the call timed out'}`);
    }
}
/** Runs kubectl or helm; throws UnreachableError when the API server cannot be reached. */
async function runTool(options, command, args, input) {
    const result = await options.exec.run(command, args, {
        timeoutMs: options.timeoutMs,
        ...(input === undefined ? {} : { input })
    });
    if (result.timedOut || result.exitCode !== 0)
        checkReachable(options, result.stderr || `${command} timed out`, result.timedOut);
    return result;
}


/***/ }),

/***/ 3169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uv: () => (/* binding */ capLines),
  DB: () => (/* binding */ releaseDrift),
  vA: () => (/* binding */ valuesHoldSecrets)
});

// UNUSED EXPORTS: driftedObjects, fieldLine, maxFieldLines

// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
;// CONCATENATED MODULE: ./src/preview/rendered-fields.ts
/**
 * Which fields of a live object drifted from what a Helm release rendered
 * for it (`helm get manifest`), judged by who last set each field
 * (managedFields). Helm v3 writes as the manager `helm` with Update
 * operations (client-side three-way merge), helm v4 as `helm` with Apply
 * (server-side apply); both are read the same way here.
 *
 * A rendered field whose live value differs is drift when nobody owns it
 * any more (removed by hand) or a kubectl manager took it (`kubectl-edit`,
 * `kubectl-patch`, `kubectl-set`, `kubectl`, …: a person's change). It is
 * not drift when:
 * - helm still owns it: helm wrote it last, so the difference is the API
 *   server's normal form (`cpu: 0.5` stored as `500m`);
 * - another manager took it (an HPA's `replicas` through the scale
 *   subresource, an operator): a deliberate co-owner, as with Flux's and
 *   Argo CD's "managed fields managers".
 * Fields the chart never rendered (a controller's annotations, status,
 * defaults) are not looked at. Pure: tested without a cluster.
 */


/** Helm's field manager in v3 and v4. */
const helmManager = 'helm';
/** The rendered fields of `live` that drifted; see the file comment. */
function renderedDrift(rendered, live) {
    const entries = managerEntries(live);
    const found = [];
    const leaf = (path, fpath, want, have) => {
        const owners = entries.filter((e) => owns(e.fields, fpath));
        const kubectl = owners.find((e) => isKubectl(e.manager));
        if (owners.length > 0 && !kubectl)
            return; // helm or a co-owner
        found.push({
            path,
            rendered: want,
            live: have,
            ...(kubectl ? { manager: kubectl.manager } : {})
        });
    };
    const walk = (want, have, path, fpath) => {
        if (want === null || want === undefined)
            return;
        if (Array.isArray(want)) {
            if (want.length === 0 && isEmpty(have))
                return;
            walkList(want, have, path, fpath);
            return;
        }
        if ((0,object_diff/* isRecord */.u4)(want)) {
            const keys = Object.keys(want);
            if (keys.length === 0 && isEmpty(have))
                return;
            if (!(0,object_diff/* isRecord */.u4)(have))
                return leaf(path, fpath, want, have);
            for (const key of keys)
                walk(want[key], have[key], join(path, key), [...fpath, `f:${key}`]);
            return;
        }
        if (!scalarEqual(want, have))
            leaf(path, fpath, want, have);
    };
    const walkList = (want, have, path, fpath) => {
        const keys = listKeys(entries, fpath);
        if (keys.length === 0 || !Array.isArray(have)) {
            // An atomic list (or one nobody tracks by key): compared whole.
            if (!containsAll(want, have))
                leaf(path, fpath, want, have);
            return;
        }
        for (const item of want) {
            const key = keys.find((k) => matchesKey(item, k.id, false));
            const liveItem = key
                ? have.find((h) => matchesKey(h, key.id, true))
                : undefined;
            if (!key || liveItem === undefined) {
                if (!have.some((h) => containsAll(item, h))) {
                    const itemPath = `${path}[${itemName(item, key?.id)}]`;
                    // Judged by who owns the item, not the list: helm keeps owning
                    // the list through its other items after one is deleted by hand.
                    // An item no manager lists is owned by nobody any more.
                    if (key)
                        leaf(itemPath, [...fpath, key.raw], item, undefined);
                    else
                        found.push({ path: itemPath, rendered: item, live: undefined });
                }
                continue;
            }
            if (key.raw.startsWith('v:'))
                continue; // a set item: present is enough
            walk(item, liveItem, `${path}[${itemName(item, key.id)}]`, [
                ...fpath,
                key.raw
            ]);
        }
    };
    const { want, have } = comparable(rendered, live);
    for (const key of Object.keys(want))
        walk(want[key], have[key], key, [`f:${key}`]);
    return found;
}
/**
 * The rendered object without its identity and status, and the live one;
 * a core Secret's rendered `stringData` compared as the `data` it becomes.
 */
function comparable(rendered, live) {
    const want = { ...rendered };
    for (const key of ['apiVersion', 'kind', 'status'])
        delete want[key];
    const metadata = (0,object_diff/* isRecord */.u4)(rendered.metadata) ? { ...rendered.metadata } : {};
    delete metadata.name;
    delete metadata.namespace;
    if (Object.keys(metadata).length > 0)
        want.metadata = metadata;
    else
        delete want.metadata;
    if (rendered.kind === 'Secret' &&
        (0,kube_objects/* groupOf */.F8)(String(rendered.apiVersion)) === '' &&
        (0,object_diff/* isRecord */.u4)(rendered.stringData)) {
        const data = (0,object_diff/* isRecord */.u4)(rendered.data) ? { ...rendered.data } : {};
        for (const [k, v] of Object.entries(rendered.stringData))
            data[k] = Buffer.from(String(v), 'utf8').toString('base64');
        want.data = data;
        delete want.stringData;
    }
    return { want, have: live };
}
function managerEntries(live) {
    const metadata = (0,object_diff/* isRecord */.u4)(live.metadata) ? live.metadata : {};
    const list = Array.isArray(metadata.managedFields)
        ? metadata.managedFields
        : [];
    return list.flatMap((e) => (0,object_diff/* isRecord */.u4)(e) && typeof e.manager === 'string' && (0,object_diff/* isRecord */.u4)(e.fieldsV1)
        ? [{ manager: e.manager, fields: e.fieldsV1 }]
        : []);
}
/** kubectl's managers: `kubectl`, `kubectl-edit`, `kubectl-patch`, … */
function isKubectl(manager) {
    return manager === 'kubectl' || manager.startsWith('kubectl-');
}
/** Whether `fields` owns the field at `fpath` (or an atomic value holding it). */
function owns(fields, fpath) {
    let node = fields;
    for (const key of fpath) {
        const next = node[key];
        if (!(0,object_diff/* isRecord */.u4)(next))
            return false;
        // A leaf on the way: the whole value is owned as one (atomic).
        if (Object.keys(next).length === 0)
            return true;
        node = next;
    }
    return true;
}
/** The item keys (`k:{…}`, `v:…`) any manager records for the list at `fpath`. */
function listKeys(entries, fpath) {
    const keys = new Map();
    for (const entry of entries) {
        let node = entry.fields;
        for (const key of fpath)
            node = (0,object_diff/* isRecord */.u4)(node) ? node[key] : undefined;
        if (!(0,object_diff/* isRecord */.u4)(node))
            continue;
        for (const raw of Object.keys(node)) {
            const id = parseKey(raw);
            if (id)
                keys.set(raw, { raw, id });
        }
    }
    return [...keys.values()];
}
function parseKey(raw) {
    if (!raw.startsWith('k:') && !raw.startsWith('v:'))
        return undefined;
    try {
        const value = JSON.parse(raw.slice(2));
        return raw.startsWith('k:')
            ? (0,object_diff/* isRecord */.u4)(value)
                ? value
                : undefined
            : { '': value };
    }
    catch {
        return undefined;
    }
}
/** An item matches a key when its key fields agree; `strict`: all present. */
function matchesKey(item, id, strict) {
    if ('' in id)
        return scalarEqual(id[''], item); // a set's value
    if (!(0,object_diff/* isRecord */.u4)(item))
        return false;
    return Object.entries(id).every(([name, value]) => name in item ? scalarEqual(value, item[name]) : !strict);
}
/** `name=app`, or the item's position-free JSON when it has no key. */
function itemName(item, id) {
    if (id && !('' in id) && (0,object_diff/* isRecord */.u4)(item)) {
        return Object.keys(id)
            .map((k) => `${k}=${String(item[k] ?? id[k])}`)
            .join(',');
    }
    // No manager lists the item (deleted by hand): its name, as Kubernetes
    // keys most lists, rather than its content, which may hold a value.
    if ((0,object_diff/* isRecord */.u4)(item) && typeof item.name === 'string')
        return `name=${item.name}`;
    const text = JSON.stringify(item) ?? '';
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
function join(path, key) {
    return /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}["${key}"]`;
}
function isEmpty(value) {
    if (value === undefined || value === null)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return (0,object_diff/* isRecord */.u4)(value) && Object.keys(value).length === 0;
}
/** Every value the rendered one sets is in the live value (defaults aside). */
function containsAll(want, have) {
    if (Array.isArray(want)) {
        return (Array.isArray(have) &&
            have.length === want.length &&
            want.every((w, i) => containsAll(w, have[i])));
    }
    if ((0,object_diff/* isRecord */.u4)(want)) {
        return ((0,object_diff/* isRecord */.u4)(have) &&
            Object.entries(want).every(([k, v]) => v === null || containsAll(v, have[k])));
    }
    return scalarEqual(want, have);
}
/** Equal, or a number the server stores as a string (a quantity). */
function scalarEqual(want, have) {
    if (want === have)
        return true;
    return ((typeof want === 'number' && have === String(want)) ||
        (typeof have === 'number' && want === String(have)));
}

// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
// EXTERNAL MODULE: ./src/sops/sops-metadata.ts
var sops_metadata = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/preview/release-drift.ts
/**
 * Drift of a Helm release's objects, as Flux's helm-controller detects it:
 * the objects the deployed revision rendered (`helm get manifest`) against
 * the live ones, field by field (rendered-fields.ts says which differences
 * count). One preview entry per object that drifted: `configured` with its
 * fields, or `created` for one deleted since (a sync puts both back only
 * when the add-on changes; `sync` on an unchanged add-on skips it).
 * Secret values are never shown, nor any value of an add-on whose values
 * hold secrets (valuesHoldSecrets).
 */





/** Field lines shown per object; the rest are counted. */
const maxFieldLines = 20;
/**
 * The drifted objects of release `release` in `namespace`. Throws
 * ReleaseReadError when helm or kubectl fails, UnreachableError when the
 * cluster cannot be reached.
 */
async function releaseDrift(release, namespace, options, hideValues = false) {
    const rendered = await (0,release_objects/* deployedObjects */.Ll)(release, namespace, options);
    if (rendered.length === 0)
        return [];
    const live = await (0,release_objects/* liveObjects */.ZE)(rendered, options);
    return driftedObjects(rendered, live, release, hideValues);
}
/**
 * True when an add-on's values hold secrets (SOPS-encrypted, or using a
 * secret variable): a chart may render them into any field of any object,
 * so its rendered objects are compared and listed without their values.
 */
function valuesHoldSecrets(addon) {
    return (0,sops_metadata/* isEncryptedValues */.No)(addon.values) || addon.secretDigest !== undefined;
}
/** The preview entries for rendered objects against what was found live. */
function driftedObjects(rendered, live, release, hideValues = false) {
    const changes = [];
    for (const object of rendered) {
        const ref = (0,kube_objects/* refOf */.H8)(object);
        const subject = (0,kube_objects/* subjectOf */.et)(ref);
        const found = live.get((0,kube_objects/* refKey */.XF)(ref));
        if (!found) {
            changes.push({
                subject,
                action: 'created',
                message: `rendered by release ${release}, deleted outside Helm`
            });
            continue;
        }
        const fields = renderedDrift(object, found);
        if (fields.length === 0)
            continue;
        const secret = ref.kind === 'Secret' && (0,kube_objects/* groupOf */.F8)(ref.apiVersion) === '';
        const managers = [
            ...new Set(fields.flatMap((f) => (f.manager ? [f.manager] : [])))
        ];
        changes.push({
            subject,
            action: 'configured',
            message: `rendered by release ${release}, changed outside Helm${managers.length ? ` (by ${managers.join(', ')})` : ''}`,
            diff: capLines(fields.map((f) => fieldLine(f, secret, hideValues)))
        });
    }
    return changes;
}
/**
 * `~ path: rendered → live`, or `- path` for a field removed; Secret
 * values masked, and every value when `hideValues`.
 */
function fieldLine(field, secret, hideValues = false) {
    const masked = hideValues ||
        (secret &&
            (field.path.startsWith('data') || field.path.startsWith('stringData')));
    const show = (value) => masked ? object_diff/* maskedValue */.pM : shortJson(value);
    if (field.live === undefined)
        return `- ${field.path}: ${show(field.rendered)} (removed)`;
    return `~ ${field.path}: ${show(field.rendered)} → ${show(field.live)}`;
}
/** At most `maxFieldLines` lines, then how many more. */
function capLines(lines) {
    if (lines.length <= maxFieldLines)
        return [...lines];
    return [
        ...lines.slice(0, maxFieldLines),
        `… and ${lines.length - maxFieldLines} more`
    ];
}
function shortJson(value) {
    const text = JSON.stringify(value) ?? 'null';
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ deployedObjects),
/* harmony export */   U$: () => (/* binding */ helmBinary),
/* harmony export */   ZE: () => (/* binding */ liveObjects),
/* harmony export */   _c: () => (/* binding */ helmFlags),
/* harmony export */   qq: () => (/* binding */ ReleaseReadError),
/* harmony export */   wh: () => (/* binding */ manifestObjects)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8642);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(176);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _diff_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3283);
/**
 * The objects a Helm release rendered, as helm prints them: the deployed
 * revision's manifest (`helm get manifest`) and, for a proposed change,
 * what an upgrade would render (`helm upgrade --dry-run=server -o json`,
 * the manifest the API server would receive, lookups and capabilities
 * included). Both commands and outputs are the same in Helm 3 and 4.
 */





/** helm ran but failed, or printed something this cannot read. */
class ReleaseReadError extends Error {
}
/** The connection flags and the release namespace, as helm takes them. */
function helmFlags(options, namespace) {
    return [
        ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
        ...(options.context ? [`--kube-context=${options.context}`] : []),
        '--namespace',
        namespace
    ];
}
/** The helm binary the preview runs (`helm` on PATH unless told). */
function helmBinary(options) {
    return options.helm ?? 'helm';
}
/**
 * The deployed revision's objects, each with a namespace (the release's
 * when the chart names none). Throws ReleaseReadError when helm fails.
 */
async function deployedObjects(release, namespace, options) {
    const result = await (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .qI)(options, helmBinary(options), [
        'get',
        'manifest',
        ...helmFlags(options, namespace),
        '--',
        release
    ]);
    if (result.exitCode !== 0) {
        throw new ReleaseReadError(`helm get manifest failed (exit ${result.exitCode}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .trimOutput */ .KY)(result.stderr, 3)}`);
    }
    return manifestObjects(result.stdout, namespace);
}
/**
 * The objects of a multi-document manifest, in order; empty documents and
 * anything that is not an object with a kind and a name are left out.
 */
function manifestObjects(text, namespace) {
    const objects = [];
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text)) {
        if (doc.errors.length > 0)
            throw new ReleaseReadError(`the release manifest is not YAML: ${doc.errors[0]?.message ?? ''}`);
        const value = doc.toJS();
        if (!(0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) || typeof value.kind !== 'string')
            continue;
        const metadata = (0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.metadata) ? value.metadata : {};
        if (typeof metadata.name !== 'string')
            continue;
        objects.push(typeof metadata.namespace === 'string'
            ? value
            : { ...value, metadata: { ...metadata, namespace } });
    }
    return objects;
}
/**
 * The live objects of `objects` (with managedFields), by refKey of the
 * object asked for; missing ones are absent. A cluster-scoped object is
 * found although the manifest gave it the release namespace.
 */
async function liveObjects(objects, options) {
    const refs = objects.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8);
    let live;
    if (options.kubectl) {
        try {
            live = await options.kubectl.get(refs, true);
        }
        catch (error) {
            // A kind the server does not serve (its CRD gone), a refused read:
            // this release cannot be compared, the others still can.
            const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .trimOutput */ .KY)((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error), 3);
            (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .checkReachable */ .sQ)(options, why);
            throw new ReleaseReadError(`reading its objects failed: ${why}`);
        }
    }
    else {
        const input = JSON.stringify({
            apiVersion: 'v1',
            kind: 'List',
            items: objects
        });
        const result = await (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .qI)(options, 'kubectl', [
            ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
            ...(options.context ? [`--context=${options.context}`] : []),
            'get',
            '--ignore-not-found',
            '--show-managed-fields',
            '-o',
            'json',
            '-f',
            '-'
        ], input);
        if (result.exitCode !== 0) {
            throw new ReleaseReadError(`kubectl get failed (exit ${result.exitCode}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .trimOutput */ .KY)(result.stderr, 3)}`);
        }
        live = listOf(result.stdout);
    }
    const byKey = new Map(live.map((o) => [(0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8)(o)), o]));
    const found = new Map();
    for (const ref of refs) {
        const object = byKey.get((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(ref)) ??
            byKey.get((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)({ ...ref, namespace: undefined }));
        if (object)
            found.set((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(ref), object);
    }
    return found;
}
function listOf(stdout) {
    if (stdout.trim() === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new ReleaseReadError('kubectl get printed something that is not JSON');
    }
    if (!(0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(parsed))
        return [];
    if (Array.isArray(parsed.items))
        return parsed.items.filter(_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4);
    return [parsed];
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
/* harmony import */ var _cluster_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2534);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(557);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(176);
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
            name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_2__/* .leaseName */ .AI)(cluster),
            namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_2__/* .systemNamespace */ .lv,
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
        const [written] = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKubectlJson */ .Qb)(result.stdout);
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
        name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_2__/* .leaseName */ .AI)(cluster),
        namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_2__/* .systemNamespace */ .lv
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