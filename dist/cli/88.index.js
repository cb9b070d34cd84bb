export const id = 88;
export const ids = [88];
export const modules = {

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
// EXTERNAL MODULE: ./src/apply/kubectl.ts
var apply_kubectl = __webpack_require__(6154);
// EXTERNAL MODULE: ./src/apply/kube-objects.ts
var kube_objects = __webpack_require__(66);
;// CONCATENATED MODULE: ./src/apply/drift.ts
/**
 * Drift for `status`: which steps the definition changed since the last
 * sync (digest differs: pending, not drift), and which live objects of the
 * unchanged manifest steps differ from what ClusterSync applied, found with
 * one `kubectl diff --server-side` over all of them. Only object names are
 * reported, never the diff itself (Secret values stay out of the output).
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

// EXTERNAL MODULE: ./src/apply/inventory.ts
var apply_inventory = __webpack_require__(8328);
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
    const kubectl = new apply_kubectl/* KubectlClient */.CN(ctx.exec, ctx.clock, {
        ...config,
        retry: { ...config.retry, attempts: 2 }
    });
    const probe = await kubectl.run(['get', '--raw', '/readyz']);
    if (probe.exitCode !== 0) {
        const why = `cannot reach the cluster: ${(0,errors/* trimOutput */.KY)(probe.stderr, 3)}`;
        if ((0,retry/* isUnreachable */.R0)(probe))
            throw new errors/* UnreachableError */.Jk(why);
        ctx.stderr.write(`error: ${why}\n`);
        return 1;
    }
    const cluster = checked.definition.name;
    const { status, inventory } = await clusterStatus(cluster, kubectl, ctx);
    if (inventory && status.lastSync && status.status !== 'Not Configured') {
        status.drift = await detectDrift((0,build_plan.buildPlan)(checked.definition), inventory, kubectl, (0,apply_inventory/* applySetId */.A3)(cluster));
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


/***/ })

};
