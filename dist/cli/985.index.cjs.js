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
// EXTERNAL MODULE: ./src/sops/sops-metadata.ts
var sops_metadata = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/engine/decrypt-step.ts + 1 modules
var decrypt_step = __webpack_require__(9383);
// EXTERNAL MODULE: ./src/preview/preview-decrypt.ts
var preview_decrypt = __webpack_require__(7472);
// EXTERNAL MODULE: ./src/preview/diff.ts
var diff = __webpack_require__(7137);
// EXTERNAL MODULE: ./src/preview/release-drift.ts + 1 modules
var release_drift = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/preview/diff-release.ts + 3 modules
var diff_release = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/preview/release-objects.ts
var release_objects = __webpack_require__(764);
;// CONCATENATED MODULE: ./src/preview/status-drift.ts











/** Compares the live cluster with `plan` for the steps `inventory` says are applied. */
async function detectDrift(plan, read, kubectl, applySetId, options = {}) {
    // Steps recorded under old manifest names are not pending work.
    const inventory = (0,inventory_ids/* moveLegacyStepIds */.F)(read, plan);
    const recorded = new Map(inventory.steps.map((s) => [s.id, s]));
    const pending = [];
    const bodies = [];
    const addons = [];
    const notCompared = [];
    const notApplied = [];
    for (const step of plan.steps) {
        const digest = recorded.get(step.id)?.digest;
        if (digest !== step.digest) {
            pending.push(step.id);
            if (digest === '')
                notApplied.push(step.id);
            continue;
        }
        if (step.kind === 'addon')
            addons.push(step);
        if (step.kind !== 'manifest')
            continue;
        const opened = (0,sops_metadata/* isEncryptedManifest */.yF)(step)
            ? await openStep(step, options.keys ?? {})
            : step;
        if ('reason' in opened) {
            notCompared.push({ step: step.id, reason: opened.reason });
            continue;
        }
        for (const o of opened.objects)
            bodies.push((0,kube_objects/* appliedDocument */.Nn)(o, applySetId));
    }
    const removed = inventory.steps
        .filter((s) => !plan.steps.some((p) => p.id === s.id))
        .map((s) => s.id);
    for (const r of removed)
        pending.push(r);
    const [objects, releases] = await Promise.all([
        bodies.length === 0 ? { drifted: [] } : liveDrift(kubectl, bodies),
        options.releases
            ? addonDrift(addons, {
                ...options.releases,
                ...(options.keys?.sops ? { sops: options.keys.sops } : {}),
                kubectl
            })
            : []
    ]);
    return {
        pending,
        ...objects,
        ...(releases.length > 0 ? { releases } : {}),
        ...(notCompared.length > 0 ? { notCompared } : {}),
        ...(notApplied.length > 0 ? { notApplied } : {})
    };
}
/**
 * The encrypted step with its objects decrypted (every plaintext given to
 * the keys' masking), or why it cannot be compared.
 */
async function openStep(step, keys) {
    if (!keys.sops?.identities.length)
        return { reason: (0,preview_decrypt/* noKeyReason */.n$)(keys) };
    try {
        return (0,diff/* withBodies */.py)(step, await (0,decrypt_step/* decryptedManifestBodies */.iv)(step, keys.sops));
    }
    catch (error) {
        if (!(error instanceof decrypt_step/* DecryptFailure */.oN))
            throw error;
        return { reason: `not compared: ${error.message}` };
    }
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
        const own = await releaseChange(step, options);
        // Gone: nothing rendered is left to compare.
        if (own?.action === 'created')
            return { release, helm: own, objects: [] };
        const changes = await (0,release_drift/* releaseDrift */.DB)(step, options);
        if (changes.length === 0 && !own)
            return undefined;
        return {
            release,
            ...(own ? { helm: own } : {}),
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
 * The release against the add-on (compareRelease: chart, value paths,
 * status), when they differ. Encrypted values are compared decrypted with
 * the run's keys; without a key only chart and status are.
 */
async function releaseChange(step, options) {
    let values = step.addon.values;
    const encrypted = (0,sops_metadata/* isEncryptedValues */.No)(values);
    if (encrypted) {
        const keys = options.sops;
        if (!keys?.identities.length)
            values = undefined;
        else {
            try {
                values = await (0,decrypt_step/* decryptedAddonValues */.bP)(step, keys);
            }
            catch (error) {
                if (!(error instanceof decrypt_step/* DecryptFailure */.oN))
                    throw error;
                values = undefined;
            }
        }
    }
    const found = await (0,diff_release/* compareRelease */.D)(step, values ?? {}, options);
    // Without the values, only what is not a value path counts.
    const fields = (found.diff ?? []).filter((line) => values !== undefined || !/^. values\b/.test(line));
    if (found.action === 'unchanged')
        return undefined;
    if (found.action === 'configured' && fields.length === 0 && !found.message)
        return undefined;
    return {
        action: found.action,
        ...(fields.length > 0 ? { fields } : {}),
        ...(found.message ? { message: found.message } : {})
    };
}
/**
 * The objects read in bulk and judged (live-state.ts); only those that are
 * not as ClusterSync applied them are dry-run, so a value the server
 * normalises differently is not reported as drift.
 */
async function liveDrift(kubectl, bodies) {
    let live;
    try {
        // Every step compared here was applied as it is now.
        const gone = new Set(bodies.filter(live_state/* removesItself */.fj).map((b) => (0,kube_objects/* refKey */.XF)((0,kube_objects/* refOf */.H8)(b))));
        live = await (0,live_state/* readLiveState */.eY)(kubectl, bodies, [], gone);
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
        return await statusWith(mirrored, session.client, ports.clock, {
            releases: helm,
            ...(options.keys ? { keys: options.keys } : {})
        });
    }
    finally {
        await session.close();
    }
}
async function statusWith(definition, kubectl, clock, drift) {
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
        status.drift = await detectDrift((0,build_plan.buildPlan)(definition), inventory, kubectl, (0,state_inventory/* applySetId */.A3)(cluster), drift);
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
// EXTERNAL MODULE: ./src/cli/commands/workflow-flags.ts + 2 modules
var workflow_flags = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/adapters/cli-logger.ts
var cli_logger = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/secrets/scrub-strings.ts
var scrub_strings = __webpack_require__(6885);
// EXTERNAL MODULE: ./src/cli/sops-keys.ts + 1 modules
var sops_keys = __webpack_require__(5151);
;// CONCATENATED MODULE: ./src/cli/commands/status-run.ts
/** What `clustersync status` does (status.ts describes the command). */










async function runStatus(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const { kubectl: config, helm } = (0,cluster_flags/* clusterConfig */.Ty)(args, ctx);
    const mirrors = (0,cluster_flags/* chartMirrors */.vL)(args);
    // Masks what the flags say is secret and every value decrypted below,
    // on both outputs: an object may be named after a variable, and a
    // server's refusal may quote a value.
    const logger = (0,cli_logger/* createCliLogger */.x)(ctx.stderr);
    await (0,workflow_flags/* readWorkflowFlags */.FR)(args, ctx, logger);
    // The keys a sync would read: encrypted manifests are compared
    // decrypted, as a live plan compares them.
    const keys = await (0,sops_keys/* readSopsAgeKeys */.p4)(ctx);
    // Validated as `validate` and `plan` do (the bundled registry catalog
    // included, or every add-on named by registry_name would be unknown).
    const checked = await (0,validate_command/* checkTarget */.e$)(args, ctx, target, keys);
    if (!checked.definition) {
        ctx.stderr.write(`error: ${target.file} is invalid; run clustersync validate\n`);
        return 1;
    }
    const reading = await readClusterStatus(checked.definition, ctx, config, {
        chartMirrors: mirrors,
        helm: helm.binary,
        warn: (line) => logger.warning(line),
        keys: {
            sops: {
                identities: keys.identities,
                problems: keys.problems,
                mask: (secret) => logger.mask(secret)
            },
            noKeyHint: 'set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE'
        }
    });
    if ('failure' in reading) {
        ctx.stderr.write(`error: ${logger.redact(reading.failure)}\n`);
        return 1;
    }
    const { status } = reading;
    ctx.stdout.write((0,cli_args/* outputFormat */.B$)(args) === 'json'
        ? `${JSON.stringify((0,scrub_strings/* scrubStrings */.a)(status, logger.redact), null, 2)}\n`
        : logger.redact(renderStatus(status)));
    (0,sops_keys/* warnUnneededKeyProblems */.ut)(ctx.stderr, keys, checked.diagnostics);
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
        else if (!d.releases?.some((r) => r.objects.length > 0 || r.helm))
            lines.push(d.notCompared ||
                d.pending.length > 0 ||
                d.releases?.some((r) => r.error)
                ? '  no drift in the live objects compared'
                : '  no drift in live objects');
        for (const n of d.notCompared ?? [])
            lines.push(`  ${n.step}: ${(0,redact/* displayText */.WV)(n.reason)}`);
        for (const line of releaseLines(d.releases ?? []))
            lines.push(line);
        // A normal sync skips unchanged steps, so only a full one corrects this.
        if (d.drifted.length > 0 ||
            d.releases?.some((r) => r.objects.length > 0 || r.helm))
            lines.push('  `clustersync sync --full` puts drifted objects back; a field another manager took (`kubectl edit`, `kubectl patch`) is reported as a conflict instead, unless its manifest says `force: true`');
        const notApplied = new Set(d.notApplied);
        const changed = d.pending.filter((step) => !notApplied.has(step));
        if (changed.length > 0)
            lines.push(`  changed since the last sync: ${changed.join(', ')}`);
        if (notApplied.size > 0)
            lines.push(`  not applied by the last sync that ran them (failed or cut off), so not compared; the next sync applies them: ${[...notApplied].join(', ')}`);
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
        if (r.helm?.action === 'created') {
            lines.push(`  ${r.release}: not found: uninstalled outside the definition`);
            continue;
        }
        if (r.helm) {
            const why = r.helm.message ? ` (${(0,redact/* displayText */.WV)(r.helm.message)})` : '';
            lines.push(`  ${r.release}: changed with helm outside the definition${why}:`);
            for (const f of r.helm.fields ?? [])
                lines.push(`      ${(0,redact/* displayText */.WV)(f)}`);
        }
        if (r.objects.length === 0)
            continue;
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

/***/ 9687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ countPreview),
/* harmony export */   T3: () => (/* binding */ mergePrune),
/* harmony export */   fl: () => (/* binding */ renderPreviewJson),
/* harmony export */   iG: () => (/* binding */ renderPreviewText)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);
/**
 * What a plan would change on a live cluster (`clustersync plan` with a
 * kubeconfig): per object created / configured / unchanged, per release the
 * same, with diffs that never contain Secret values. `src/preview/diff.ts`
 * fills it in; this file holds the types and the renderings, which are pure.
 */

/**
 * Adds a prune preview to the step previews: entries of a step still in the
 * plan join that step, removed steps are appended in prune order.
 */
function mergePrune(steps, prune) {
    const merged = steps.map((s) => ({ ...s, changes: [...s.changes] }));
    for (const pruned of prune.steps) {
        const existing = merged.find((s) => s.step === pruned.step);
        if (existing)
            for (const c of pruned.changes)
                existing.changes.push(c);
        else
            merged.push({ ...pruned, changes: [...pruned.changes] });
    }
    return merged;
}
/** Counts the actions of all steps. */
function countPreview(steps) {
    const counts = {
        created: 0,
        configured: 0,
        unchanged: 0,
        pruned: 0,
        failed: 0
    };
    for (const step of steps) {
        for (const c of step.changes)
            counts[c.action] = (counts[c.action] ?? 0) + 1;
    }
    return counts;
}
const marks = {
    created: '+',
    configured: '~',
    unchanged: '=',
    pruned: '-',
    failed: '!',
    encrypted: '?'
};
/** The preview as text: one line per object or release, diffs indented under it. */
function renderPreviewText(preview) {
    const c = preview.counts;
    const out = [
        `Changes for cluster "${preview.cluster}": ${c.created} to create, ${c.configured} to configure, ${c.unchanged} unchanged, ${c.pruned} to prune, ${c.failed} failed${c.encrypted ? `, ${c.encrypted} encrypted (not compared)` : ''}`
    ];
    for (const step of preview.steps) {
        out.push('', step.removed ? `${step.step}  (removed from the definition)` : step.step);
        for (const change of step.changes) {
            const note = change.message ? `  (${change.message})` : '';
            out.push(`  ${marks[change.action]} ${change.subject}  ${change.action}${note}`);
            for (const line of change.diff ?? [])
                out.push(`      ${line}`);
        }
    }
    if (preview.pruneBlocked.length > 0) {
        out.push('', 'The prune would stop: it needs --allow-destructive-prune because it');
        for (const reason of preview.pruneBlocked)
            out.push(`  ${reason}`);
    }
    out.push('', `Legend: + create  ~ configure  = unchanged  - prune  ! failed${c.encrypted ? '  ? encrypted, not compared' : ''}`);
    // Subjects, messages and diffs hold names and tool output: each line is
    // shown with credentials hidden and control characters escaped.
    return `${out.map(_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .WV).join('\n')}\n`;
}
/** The preview as JSON with a fixed key order. */
function renderPreviewJson(preview) {
    const json = {
        cluster: preview.cluster,
        counts: preview.counts,
        pruneBlocked: preview.pruneBlocked,
        steps: preview.steps.map((s) => ({
            step: s.step,
            ...(s.removed ? { removed: true } : {}),
            changes: s.changes.map((c) => ({
                subject: c.subject,
                action: c.action,
                ...(c.message ? { message: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlCredentials */ .dE)(c.message) } : {}),
                ...(c.diff && c.diff.length > 0 ? { diff: c.diff } : {})
            }))
        }))
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}


/***/ }),

/***/ 7137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* reexport safe */ _diff_exec_js__WEBPACK_IMPORTED_MODULE_6__.Kq),
/* harmony export */   O0: () => (/* binding */ previewPlan),
/* harmony export */   py: () => (/* binding */ withBodies)
/* harmony export */ });
/* unused harmony exports previewManifestStep, listItems */
/* harmony import */ var _engine_conflicts_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2757);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8642);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(176);
/* harmony import */ var _cluster_live_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(592);
/* harmony import */ var _state_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(557);
/* harmony import */ var _plan_preview_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9687);
/* harmony import */ var _diff_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3283);
/* harmony import */ var _diff_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5096);
/* harmony import */ var _sops_sops_metadata_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6336);
/* harmony import */ var _engine_decrypt_step_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9383);
/* harmony import */ var _preview_decrypt_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7472);
/* harmony import */ var _engine_apply_failure_text_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9089);
/* harmony import */ var _state_held_secrets_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9510);
/**
 * Live preview: what applying a plan would change on a cluster, found
 * without changing it. Per manifest step, one server-side dry-run apply and
 * one `kubectl get` (objects on stdin, never one process per object); per
 * add-on, `helm list` and `helm get values` (diff-release.ts). Steps are previewed a few at a
 * time, since each call mostly waits on the API server.
 */















/**
 * Previews every step of a plan. Throws UnreachableError when the cluster
 * cannot be reached; a step kubectl or helm rejects becomes `failed` entries.
 */
async function previewPlan(plan, options) {
    const applySet = (0,_state_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .applySetId */ .A3)(plan.cluster);
    const live = await readPlanLive(plan, options, applySet);
    const applied = await mapLimit(plan.steps, options.concurrency, (step) => step.kind === 'manifest'
        ? previewManifestStep(step, options, applySet, live)
        : (0,_diff_release_js__WEBPACK_IMPORTED_MODULE_7__/* .previewAddonStep */ .d)(step, options));
    // Read after the steps: by then an unreachable cluster has been reported.
    const prune = options.loadPrune
        ? await options.loadPrune()
        : { steps: [], blocked: [] };
    const steps = (0,_plan_preview_js__WEBPACK_IMPORTED_MODULE_5__/* .mergePrune */ .T3)(applied, prune);
    return {
        cluster: plan.cluster,
        steps,
        counts: (0,_plan_preview_js__WEBPACK_IMPORTED_MODULE_5__/* .countPreview */ .EZ)(steps),
        pruneBlocked: prune.blocked
    };
}
/**
 * Classifies each object of one manifest step against the live cluster.
 * A SOPS-encrypted step is compared decrypted when the run has age
 * identities, without any value (preview-decrypt.ts).
 */
async function previewManifestStep(step, options, applySet, live) {
    if (step.objects.length === 0)
        return { step: step.id, changes: [] };
    if (!(0,_sops_sops_metadata_js__WEBPACK_IMPORTED_MODULE_8__/* .isEncryptedManifest */ .yF)(step)) {
        return {
            step: step.id,
            changes: await compareObjects(step, options, applySet, live)
        };
    }
    // A dry run of ciphertext would be refused (the sops block) or compare
    // ciphertext with the live values. The bulk read left encrypted steps
    // out (readPlanLive), so every decrypted object is dry-run.
    const changes = await (0,_preview_decrypt_js__WEBPACK_IMPORTED_MODULE_10__/* .previewDecrypted */ .fj)(step.objects.map((o) => o.subject), options, (keys) => (0,_engine_decrypt_step_js__WEBPACK_IMPORTED_MODULE_9__/* .decryptedManifestBodies */ .iv)(step, keys), (bodies) => compareObjects(withBodies(step, bodies), options, applySet, undefined, {
        hideValues: true
    }));
    return { step: step.id, changes };
}
/** The step with its objects' decrypted bodies. */
function withBodies(step, bodies) {
    return {
        ...step,
        objects: step.objects.map((o) => {
            const body = bodies.get(o.object);
            return body ? { ...o, object: { ...o.object, body } } : o;
        })
    };
}
/**
 * The objects' entries: the dry-run against the live object, Secret values
 * masked, every value with `hideValues` (a decrypted file: paths only),
 * when the step uses a secret variable (its value may be in any field, and
 * masking hides only a whole value, not the start a diff keeps of a long one),
 * or when the inventory says the object held secrets at the last sync (a
 * pull request that drops a file's encryption must not reveal its values).
 */
async function compareObjects(step, options, applySet, live, show = {}) {
    // Objects the bulk read found as ClusterSync applied them are neither
    // dry-run nor read again: applying them would change nothing.
    const unchanged = new Set(step.objects.filter((o) => live?.unchanged((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .appliedDocument */ .Nn)(o, applySet)))));
    const compared = step.objects.filter((o) => !unchanged.has(o));
    if (compared.length === 0) {
        return step.objects.map((o) => ({
            subject: o.subject,
            action: 'unchanged'
        }));
    }
    const documents = compared.map((o) => (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .appliedDocument */ .Nn)(o, applySet));
    const [{ dryItems, liveItems, stderr }, held] = await Promise.all([
        options.kubectl
            ? readOverClient(options.kubectl, step, documents, options)
            : readOverProcesses(step, documents, options),
        (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .heldSecretsOf */ .uZ)(options)
    ]);
    return step.objects.map((o) => {
        if (unchanged.has(o))
            return { subject: o.subject, action: 'unchanged' };
        const match = (items) => items.find((item) => sameIdentity(item, o.object.kind, o.object.name, o.namespace));
        const desired = match(dryItems);
        const current = match(liveItems);
        if (!desired)
            return notDryRun(o.subject, o.namespace, o.object.kind, stderr);
        if (!current)
            return { subject: o.subject, action: 'created' };
        if ((0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .sameObject */ .Qr)(current, desired))
            return { subject: o.subject, action: 'unchanged' };
        const mask = show.hideValues ||
            step.manifest.secretDigest !== undefined ||
            (0,_state_held_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .holdsSecretsLive */ .CQ)(held, (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .refKey */ .XF)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .appliedDocument */ .Nn)(o, applySet))), current)
            ? [...new Set([...Object.keys(current), ...Object.keys(desired)])]
            : o.group === '' && o.object.kind === 'Secret'
                ? ['data', 'stringData']
                : [];
        return {
            subject: o.subject,
            action: 'configured',
            diff: (0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffObjects */ .wc)(current, desired, { mask })
        };
    });
}
/**
 * Over the API channel, the plan's manifest objects read in bulk and judged
 * first (live-state.ts); undefined over kubectl processes, or when the read
 * failed (every object is then dry-run, as before).
 */
async function readPlanLive(plan, options, applySet) {
    if (!options.kubectl)
        return undefined;
    // Encrypted steps are left out: their bodies here are ciphertext.
    const documents = plan.steps.flatMap((s) => s.kind === 'manifest' && !(0,_sops_sops_metadata_js__WEBPACK_IMPORTED_MODULE_8__/* .isEncryptedManifest */ .yF)(s)
        ? s.objects.map((o) => (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .appliedDocument */ .Nn)(o, applySet))
        : []);
    if (documents.length === 0)
        return undefined;
    try {
        const gone = options.goneByDesign
            ? await options.goneByDesign().catch(() => new Set())
            : new Set();
        return await (0,_cluster_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readLiveState */ .eY)(options.kubectl, documents, [], gone);
    }
    catch (error) {
        (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .checkReachable */ .sQ)(options, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error));
        return undefined;
    }
}
/** Two kubectl processes per step: `apply --dry-run=server` and `get`. */
async function readOverProcesses(step, documents, options) {
    const input = JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: documents
    });
    const kube = kubeFlags(options);
    const apply = [
        ...kube,
        'apply',
        '--server-side',
        '--field-manager=clustersync',
        ...(step.manifest.force ? ['--force-conflicts'] : []),
        '--dry-run=server',
        '-o',
        'json',
        '-f',
        '-'
    ];
    const get = [...kube, 'get', '--ignore-not-found', '-o', 'json', '-f', '-'];
    const [dry, live] = await Promise.all([
        (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(options, 'kubectl', apply, input),
        (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .qI)(options, 'kubectl', get, input)
    ]);
    return {
        dryItems: listItems(dry.stdout),
        liveItems: listItems(live.stdout),
        stderr: dry.stderr
    };
}
/**
 * The same over the command's client (the API channel): the requests
 * `kubectl apply --dry-run=server` and `kubectl get` send, several at once.
 * A read that fails as kubectl's would (not found, forbidden) leaves the
 * objects unread, as `kubectl get` printing nothing does.
 */
async function readOverClient(kubectl, step, documents, options) {
    const [dry, live] = await Promise.all([
        kubectl.apply(documents, { force: step.manifest.force, dryRun: true }),
        kubectl.get(documents.map(_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)).catch((error) => {
            (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .checkReachable */ .sQ)(options, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error));
            return [];
        })
    ]);
    if (dry.result.exitCode !== 0)
        (0,_diff_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .checkReachable */ .sQ)(options, dry.result.stderr);
    return {
        dryItems: dry.applied,
        liveItems: live,
        stderr: dry.result.stderr
    };
}
/**
 * A dry-run that did not return the object: an object whose Namespace or
 * CRD comes from an earlier step cannot be dry-run before that step ran, so
 * it will be created; anything else is a real failure.
 */
function notDryRun(subject, namespace, kind, stderr) {
    if (namespace !== undefined &&
        stderr.includes(`namespaces "${namespace}" not found`)) {
        return {
            subject,
            action: 'created',
            message: `Namespace ${namespace} does not exist yet; not dry-run`
        };
    }
    if (stderr.includes(`no matches for kind "${kind}"`)) {
        return {
            subject,
            action: 'created',
            message: `the CRD of ${kind} is not installed yet; not dry-run`
        };
    }
    // A field another manager took (`kubectl edit`): the sync would fail the
    // same way, so it stays a failure, said as the sync says it.
    const conflicts = (0,_engine_conflicts_js__WEBPACK_IMPORTED_MODULE_12__/* .parseConflicts */ .BZ)(stderr);
    if (conflicts.length > 0) {
        return {
            subject,
            action: 'failed',
            message: `Resource conflict: ${conflicts.map(_engine_conflicts_js__WEBPACK_IMPORTED_MODULE_12__/* .describeConflict */ .we).join('; ')}; a sync fails here too: set force: true on the manifest to take ownership, or revert the change`
        };
    }
    const immutable = (0,_engine_apply_failure_text_js__WEBPACK_IMPORTED_MODULE_13__/* .immutableFieldText */ .W)(stderr);
    return {
        subject,
        action: 'failed',
        message: immutable !== undefined
            ? `${immutable}; a sync fails here too`
            : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(stderr, 3) || 'not returned by the dry-run'
    };
}
/** The connection flags, written as kubectl.ts and helm.ts write them. */
function kubeFlags(options) {
    return [
        ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
        ...(options.context ? [`--context=${options.context}`] : [])
    ];
}
/** The objects of kubectl's `-o json` output: a List, a single object, or nothing. */
function listItems(stdout) {
    if (stdout.trim() === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return []; // partial output of a failed call; its stderr explains
    }
    if (!(0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(parsed))
        return [];
    if (Array.isArray(parsed.items))
        return parsed.items.filter(_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4);
    return [parsed];
}
function sameIdentity(item, kind, name, namespace) {
    const meta = (0,_plan_object_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item.metadata) ? item.metadata : {};
    return (item.kind === kind &&
        meta.name === name &&
        (namespace === undefined || meta.namespace === namespace));
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
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


/***/ })

};
;