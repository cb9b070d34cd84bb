"use strict";
exports.id = 69;
exports.ids = [69];
exports.modules = {

/***/ 4069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changesExitCode: () => (/* binding */ changesExitCode),
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/cluster/open-client.ts + 5 modules
var open_client = __webpack_require__(9228);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/object-diff.ts
var object_diff = __webpack_require__(8642);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/cluster/live-state.ts + 1 modules
var live_state = __webpack_require__(592);
// EXTERNAL MODULE: ./src/state/inventory.ts
var inventory = __webpack_require__(557);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/plan/preview.ts
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
    return `${out.map(redact/* displayText */.WV).join('\n')}\n`;
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
                ...(c.message ? { message: (0,redact/* redactUrlCredentials */.dE)(c.message) } : {}),
                ...(c.diff && c.diff.length > 0 ? { diff: c.diff } : {})
            }))
        }))
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/preview/diff-exec.ts
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
    if (timedOut || (0,errors/* saysUnreachable */.$3)(stderr)) {
        const where = options.context ? ` (context ${options.context})` : '';
        throw new errors/* UnreachableError */.Jk(`the cluster${where} cannot be reached: ${(0,errors/* trimOutput */.KY)(stderr, 2) || 'the call timed out'}`);
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

// EXTERNAL MODULE: ./src/plan/digest.ts
var digest = __webpack_require__(1147);
// EXTERNAL MODULE: ./src/sops/sops-metadata.ts
var sops_metadata = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/preview/diff-release.ts
/**
 * Live preview of add-on steps: the release as Helm has it (`helm list`,
 * `helm get values`) against the add-on's chart, version and values. Both
 * commands and their JSON output are the same in Helm 3 and 4, so no
 * version detection is needed here.
 */





/**
 * Compares one release with the add-on: chart, version, values, status.
 * A helm failure becomes a `failed` entry; only an unreachable cluster throws.
 */
async function previewAddonStep(step, options) {
    const subject = `helm:${step.namespace}/${step.addon.name}`;
    if ((0,sops_metadata/* isEncryptedValues */.No)(step.addon.values)) {
        return {
            step: step.id,
            changes: [
                { subject, action: 'encrypted', message: 'encrypted, not compared' }
            ]
        };
    }
    try {
        return { step: step.id, changes: [await compareRelease(step, options)] };
    }
    catch (error) {
        if (!(error instanceof HelmOutputError))
            throw error;
        return {
            step: step.id,
            changes: [{ subject, action: 'failed', message: error.message }]
        };
    }
}
async function compareRelease(step, options) {
    const subject = `helm:${step.namespace}/${step.addon.name}`;
    const flags = helmFlags(options, step.namespace);
    const filter = `^${step.addon.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
    const list = await runTool(options, 'helm', [
        'list',
        ...flags,
        '--all',
        '--filter',
        filter,
        '-o',
        'json'
    ]);
    const release = parseJson(list, 'helm list');
    const entry = Array.isArray(release) ? release.find(object_diff/* isRecord */.u4) : undefined;
    const wanted = `${step.addon.chartName}-${step.addon.chartVersion}`;
    if (!entry)
        return { subject, action: 'created', message: `chart ${wanted}` };
    const got = await runTool(options, 'helm', [
        'get',
        'values',
        step.addon.name,
        ...flags,
        '-o',
        'json'
    ]);
    const values = parseJson(got, 'helm get values') ?? {};
    const diff = [];
    if (entry.chart !== wanted)
        diff.push(`~ chart: ${String(entry.chart)} → ${wanted}`);
    if ((0,digest/* canonicalJson */.dj)(values) !== (0,digest/* canonicalJson */.dj)(step.addon.values)) {
        // Values often hold passwords: say which paths change, never the values.
        const paths = (0,object_diff/* diffObjects */.wc)({ values }, { values: step.addon.values }, { mask: ['values'] });
        diff.push(...paths);
    }
    const status = typeof entry.status === 'string' ? entry.status : 'unknown';
    const message = status === 'deployed' ? undefined : `release is ${status}`;
    const action = diff.length === 0 && !message ? 'unchanged' : 'configured';
    return {
        subject,
        action,
        ...(diff.length ? { diff } : {}),
        ...(message ? { message } : {})
    };
}
function helmFlags(options, namespace) {
    return [
        ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
        ...(options.context ? [`--kube-context=${options.context}`] : []),
        '--namespace',
        namespace
    ];
}
/** helm ran but failed or printed something that is not JSON. */
class HelmOutputError extends Error {
}
function parseJson(result, what) {
    const text = result.stdout.trim();
    if (result.exitCode !== 0) {
        throw new HelmOutputError(`${what} failed (exit ${result.exitCode}): ${(0,errors/* trimOutput */.KY)(result.stderr, 3)}`);
    }
    try {
        return text === '' ? undefined : JSON.parse(text);
    }
    catch {
        throw new HelmOutputError(`${what} printed something that is not JSON`);
    }
}

;// CONCATENATED MODULE: ./src/preview/diff.ts
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
    const applySet = (0,inventory/* applySetId */.A3)(plan.cluster);
    const live = await readPlanLive(plan, options, applySet);
    const applied = await mapLimit(plan.steps, options.concurrency, (step) => step.kind === 'manifest'
        ? previewManifestStep(step, options, applySet, live)
        : previewAddonStep(step, options));
    // Read after the steps: by then an unreachable cluster has been reported.
    const prune = options.loadPrune
        ? await options.loadPrune()
        : { steps: [], blocked: [] };
    const steps = mergePrune(applied, prune);
    return {
        cluster: plan.cluster,
        steps,
        counts: countPreview(steps),
        pruneBlocked: prune.blocked
    };
}
/** Classifies each object of one manifest step against the live cluster. */
async function previewManifestStep(step, options, applySet, live) {
    if (step.objects.length === 0)
        return { step: step.id, changes: [] };
    if ((0,sops_metadata/* isEncryptedManifest */.yF)(step)) {
        // Previews never hold the age key, and a dry run of ciphertext would be
        // refused (the sops block) or compare ciphertext with the live values.
        return {
            step: step.id,
            changes: step.objects.map((o) => ({
                subject: o.subject,
                action: 'encrypted',
                message: 'encrypted, not compared'
            }))
        };
    }
    // Objects the bulk read found as ClusterSync applied them are neither
    // dry-run nor read again: applying them would change nothing.
    const unchanged = new Set(step.objects.filter((o) => live?.unchanged((0,kube_objects/* refOf */.H8)((0,kube_objects/* appliedDocument */.Nn)(o, applySet)))));
    const compared = step.objects.filter((o) => !unchanged.has(o));
    if (compared.length === 0) {
        return {
            step: step.id,
            changes: step.objects.map((o) => ({
                subject: o.subject,
                action: 'unchanged'
            }))
        };
    }
    const documents = compared.map((o) => (0,kube_objects/* appliedDocument */.Nn)(o, applySet));
    const { dryItems, liveItems, stderr } = options.kubectl
        ? await readOverClient(options.kubectl, step, documents, options)
        : await readOverProcesses(step, documents, options);
    const changes = step.objects.map((o) => {
        if (unchanged.has(o))
            return { subject: o.subject, action: 'unchanged' };
        const match = (items) => items.find((item) => sameIdentity(item, o.object.kind, o.object.name, o.namespace));
        const desired = match(dryItems);
        const current = match(liveItems);
        if (!desired)
            return notDryRun(o.subject, o.namespace, o.object.kind, stderr);
        if (!current)
            return { subject: o.subject, action: 'created' };
        if ((0,object_diff/* sameObject */.Qr)(current, desired))
            return { subject: o.subject, action: 'unchanged' };
        const mask = o.group === '' && o.object.kind === 'Secret' ? ['data', 'stringData'] : [];
        return {
            subject: o.subject,
            action: 'configured',
            diff: (0,object_diff/* diffObjects */.wc)(current, desired, { mask })
        };
    });
    return { step: step.id, changes };
}
/**
 * Over the API channel, the plan's manifest objects read in bulk and judged
 * first (live-state.ts); undefined over kubectl processes, or when the read
 * failed (every object is then dry-run, as before).
 */
async function readPlanLive(plan, options, applySet) {
    if (!options.kubectl)
        return undefined;
    const documents = plan.steps.flatMap((s) => s.kind === 'manifest'
        ? s.objects.map((o) => (0,kube_objects/* appliedDocument */.Nn)(o, applySet))
        : []);
    if (documents.length === 0)
        return undefined;
    try {
        return await (0,live_state/* readLiveState */.e)(options.kubectl, documents);
    }
    catch (error) {
        checkReachable(options, (0,errors/* getErrorMessage */.u1)(error));
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
        runTool(options, 'kubectl', apply, input),
        runTool(options, 'kubectl', get, input)
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
        kubectl.get(documents.map(kube_objects/* refOf */.H8)).catch((error) => {
            checkReachable(options, (0,errors/* getErrorMessage */.u1)(error));
            return [];
        })
    ]);
    if (dry.result.exitCode !== 0)
        checkReachable(options, dry.result.stderr);
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
    return {
        subject,
        action: 'failed',
        message: (0,errors/* trimOutput */.KY)(stderr, 3) || 'not returned by the dry-run'
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
    if (!(0,object_diff/* isRecord */.u4)(parsed))
        return [];
    if (Array.isArray(parsed.items))
        return parsed.items.filter(object_diff/* isRecord */.u4);
    return [parsed];
}
function sameIdentity(item, kind, name, namespace) {
    const meta = (0,object_diff/* isRecord */.u4)(item.metadata) ? item.metadata : {};
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

// EXTERNAL MODULE: ./src/engine/prune.ts
var prune = __webpack_require__(5550);
// EXTERNAL MODULE: ./src/engine/engine-options.ts
var engine_options = __webpack_require__(6685);
;// CONCATENATED MODULE: ./src/preview/diff-prune.ts



/**
 * Turns the prune a sync would run into preview entries: one `pruned` entry
 * per object or release, grouped by the step that applied it (releases
 * first, as the prune removes them first). Pure.
 */
function previewPrune(plan, inventory) {
    if (!inventory)
        return { steps: [], blocked: [] };
    const groups = (0,prune/* computePrune */.s)(plan, inventory);
    const steps = groups.map((group) => {
        const note = `was applied by ${group.step}`;
        const changes = [];
        if (group.release) {
            const { name, namespace } = group.release;
            changes.push({
                subject: `helm:${namespace}/${name}`,
                action: 'pruned',
                message: note
            });
        }
        for (const o of group.objects) {
            changes.push({ subject: (0,kube_objects/* subjectOf */.et)(o), action: 'pruned', message: note });
        }
        return {
            step: group.step,
            ...(group.stepRemoved ? { removed: true } : {}),
            changes
        };
    });
    return {
        steps,
        blocked: (0,prune/* pruneGuardViolations */.Ih)(groups, inventory, (0,engine_options/* defaultPruneOptions */.SO)())
    };
}

// EXTERNAL MODULE: ./src/state/inventory-ids.ts
var inventory_ids = __webpack_require__(3150);
// EXTERNAL MODULE: ./src/cluster/retry.ts
var retry = __webpack_require__(9844);
;// CONCATENATED MODULE: ./src/preview/preview-live.ts







/**
 * `clustersync plan --live`: previews `plan` on the cluster `target` names
 * (kubectl's defaults otherwise, so KUBECONFIG is read when no file is
 * given). `warn` hears each retry once per wait: reads sent together wait
 * together.
 */
async function previewLive(plan, ports, target, warn) {
    return previewOnCluster(plan, ports, {
        ...(0,engine_options/* defaultKubectlConfig */.M_)(),
        ...(target.kubeconfig ? { kubeconfig: target.kubeconfig } : {}),
        ...(target.context ? { context: target.context } : {})
    }, (0,retry/* retryAnnouncer */.mi)(warn, ports.clock).listener);
}
/**
 * Previews `plan` on the cluster `config` names; see the file comment.
 * `onRetry` hears each retry of a read or dry-run over the channel.
 */
async function previewOnCluster(plan, ports, config, onRetry) {
    const options = defaultPreviewOptions(ports.exec);
    // A preview reports an unreachable cluster at once, as the kubectl
    // processes did (they were never retried); one retry rides out a blip.
    const session = await (0,open_client/* openClusterClient */.w)(ports, { ...config, retry: { ...config.retry, attempts: 2 } }, { concurrency: options.concurrency, ...(onRetry ? { onRetry } : {}) });
    try {
        return await previewPlan(plan, {
            ...options,
            ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
            ...(config.context ? { context: config.context } : {}),
            ...(session.overApi ? { kubectl: session.client } : {}),
            loadPrune: async () => previewPrune(plan, (0,inventory_ids/* moveLegacyStepIds */.F)(await (0,inventory/* readInventory */.zw)(session.client, plan.cluster), plan))
        });
    }
    finally {
        await session.close();
    }
}

// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 3 modules
var build_plan = __webpack_require__(8490);
// EXTERNAL MODULE: ./src/definition/chart-mirrors.ts
var chart_mirrors = __webpack_require__(9536);
// EXTERNAL MODULE: ./src/cli/commands/cluster-flags.ts
var cluster_flags = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
;// CONCATENATED MODULE: ./src/plan/render-plan.ts
/**
 * Renderings of a plan: text for people, JSON for machines, Mermaid for the
 * check run. Each is a pure function of the plan, so the same definition
 * gives byte-identical output (golden tests and PR previews rely on it).
 */



const legend = [
    ['parents', 'written in the parents of the step'],
    ['deploy-wave', 'the stack of the dependency has the next lower deploy_wave'],
    ['namespace', 'implicit: the dependency creates a Namespace this step uses'],
    [
        'crd',
        'implicit: the dependency defines the CRD of resources this step creates'
    ]
];
/** The plan as text: stages, steps with their dependencies and reasons, diagnostics, legend. */
function renderPlanText(plan) {
    const out = [];
    const stageCount = plan.stages.length;
    out.push(`Plan for cluster "${plan.cluster}": ${(0,plural/* plural */.L)(plan.steps.length, 'step')} in ${(0,plural/* plural */.L)(stageCount, 'stage')}`);
    const incoming = edgesByTarget(plan.edges);
    const waves = wavesOf(plan.barriers);
    const byStage = new Map();
    for (const step of plan.steps) {
        const stage = stageCount === 0 ? -1 : step.stage;
        const list = byStage.get(stage) ?? [];
        list.push(step);
        byStage.set(stage, list);
    }
    for (const [stage, steps] of byStage) {
        out.push('');
        out.push(stage < 0 ? 'Not ordered (see errors)' : `Stage ${stage + 1}`);
        for (const step of steps) {
            for (const line of stepText(step, incoming, waves))
                out.push(line);
        }
    }
    const diagnostics = (0,src_diagnostics/* sortDiagnostics */.Ds)(plan.diagnostics);
    if (diagnostics.length > 0) {
        out.push('', 'Diagnostics');
        for (const d of diagnostics)
            out.push(`  ${diagnosticText(d)}`);
    }
    out.push('', 'Legend');
    for (const [reason, meaning] of legend) {
        out.push(`  ${reason.padEnd(11)}  ${meaning}`);
    }
    // Names, paths and URLs come from the repository: each line is shown
    // with credentials hidden and control characters escaped.
    return `${out.map(redact/* displayText */.WV).join('\n')}\n`;
}
function wavesOf(barriers) {
    return new Map(barriers.map((barrier) => [
        barrier.id,
        { barrier, members: new Set(barrier.dependsOn) }
    ]));
}
function stepText(step, incoming, waves) {
    const wave = step.deployWave === undefined ? '' : `, wave ${step.deployWave}`;
    const lines = [
        `  ${step.id}  (stack ${step.stack}${wave})  ${step.digest.slice(0, 19)}`,
        `    source   ${where(step.source)}`
    ];
    if (step.kind === 'manifest') {
        const subjects = step.objects.map((o) => o.subject);
        for (const line of column('objects', subjects.length ? subjects : ['(none)'])) {
            lines.push(line);
        }
    }
    else {
        const a = step.addon;
        lines.push(`    release  helm:${step.namespace}/${a.name}  chart ${a.chartName} ${a.chartVersion} from ${a.chart.location}${a.chart.mirroredFrom ? ` (mirror of ${a.chart.mirroredFrom})` : ''}${a.chart.registryName ? ` (registry ${a.chart.registryName})` : ''}`);
    }
    // The step's wave barrier, if it waits for the wave before its own.
    const barrierDep = step.dependsOn.find((d) => waves.has(d));
    const behind = barrierDep === undefined ? undefined : waves.get(barrierDep);
    const waveEdge = barrierDep === undefined
        ? undefined
        : incoming.get(`${barrierDep}\n${step.id}`)?.[0];
    const after = [];
    let alsoDirect = 0;
    for (const dep of step.dependsOn) {
        if (dep === barrierDep)
            continue;
        const edges = [...(incoming.get(`${dep}\n${step.id}`) ?? [])];
        if (waveEdge && behind?.members.has(dep)) {
            edges.push(waveEdge);
            alsoDirect++;
        }
        after.push(`${dep}  ${edges.map(reasonText).join('; ')}`);
    }
    // Steps this one waits for only because of its wave are summed up in one
    // line: listing them would repeat the whole lower wave under every step
    // of the higher one (the JSON lists the barrier's steps once).
    if (waveEdge && behind) {
        const only = behind.barrier.dependsOn.length - alsoDirect;
        const at = waveEdge.source ? ` (${where(waveEdge.source)})` : '';
        const single = only === 1
            ? behind.barrier.dependsOn.find((d) => !step.dependsOn.includes(d))
            : undefined;
        const steps = single ?? `${(0,plural/* plural */.L)(only, 'step')} of wave ${behind.barrier.lower}`;
        if (only > 0)
            after.push(`${steps}  deploy-wave ${waveEdge.detail ?? ''}${at}`);
    }
    for (const line of column('after', after))
        lines.push(line);
    return lines;
}
function reasonText(edge) {
    const detail = edge.detail ? ` ${edge.detail}` : '';
    const at = edge.source ? ` (${where(edge.source)})` : '';
    return `${edge.reason}${detail}${at}`;
}
/** Lines `    label    first`, then the rest aligned under the first. */
function column(label, items) {
    return items.map((item, i) => `    ${(i === 0 ? label : '').padEnd(8)} ${item}`);
}
function diagnosticText(d) {
    const at = d.file ? `${d.file}:${d.line ?? 0}:${d.column ?? 0}  ` : '';
    const hint = d.hint ? ` (hint: ${d.hint})` : '';
    return `${at}${d.severity} ${d.code}: ${d.message}${hint}`;
}
/**
 * The plan as JSON with a fixed key order and object subjects instead of
 * object bodies (bodies may hold Secret values and would bloat the output).
 */
function renderPlanJson(plan) {
    const json = {
        cluster: plan.cluster,
        summary: {
            steps: plan.steps.length,
            stages: plan.stages.length,
            edges: plan.edges.length
        },
        stages: plan.stages,
        steps: plan.steps.map(stepJson),
        barriers: plan.barriers.map((b) => ({
            id: b.id,
            lower: b.lower,
            upper: b.upper,
            dependsOn: b.dependsOn
        })),
        edges: plan.edges.map((e) => ({
            from: e.from,
            to: e.to,
            reason: e.reason,
            ...(e.detail ? { detail: e.detail } : {}),
            ...(e.source ? { source: locationJson(e.source) } : {})
        })),
        diagnostics: (0,src_diagnostics/* sortDiagnostics */.Ds)(plan.diagnostics).map((d) => diagnosticJson((0,redact/* showDiagnostic */.Xe)(d, redact/* redactUrlCredentials */.dE)))
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
/** A diagnostic with a fixed key order, whatever order its producer used. */
function diagnosticJson(d) {
    const keys = [
        'severity',
        'code',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'pointer',
        'hint'
    ];
    const json = {};
    for (const key of keys)
        if (d[key] !== undefined)
            json[key] = d[key];
    return json;
}
function stepJson(step) {
    const common = {
        id: step.id,
        kind: step.kind,
        name: step.name,
        stack: step.stack,
        deployWave: step.deployWave ?? null,
        stage: step.stage,
        dependsOn: step.dependsOn,
        digest: step.digest,
        source: locationJson(step.source)
    };
    if (step.kind === 'manifest') {
        return {
            ...common,
            namespaces: step.namespaces,
            force: step.manifest.force,
            objects: step.objects.map((o) => o.subject)
        };
    }
    return {
        ...common,
        release: {
            name: step.addon.name,
            namespace: step.namespace,
            chart: step.addon.chartName,
            version: step.addon.chartVersion,
            sourceType: step.addon.chart.type,
            location: (0,redact/* redactUrlCredentials */.dE)(step.addon.chart.location),
            ...(step.addon.chart.mirroredFrom
                ? { mirroredFrom: (0,redact/* redactUrlCredentials */.dE)(step.addon.chart.mirroredFrom) }
                : {}),
            ...(step.addon.chart.registryName
                ? { registry: step.addon.chart.registryName }
                : {})
        }
    };
}
function locationJson(source) {
    return { file: source.file, line: source.line, column: source.column };
}
/**
 * The plan as a Mermaid `graph TD`: one node per step, solid arrows for
 * written order, dotted labelled arrows for implicit edges.
 */
function renderPlanMermaid(plan) {
    const node = new Map(plan.steps.map((s, i) => [s.id, `s${i}`]));
    const lines = ['graph TD'];
    for (const step of plan.steps) {
        lines.push(`  ${node.get(step.id)}["${mermaidText(step.id)}<br/>stack ${mermaidText(step.stack)}"]`);
    }
    // A wave barrier is a small node that the lower wave's steps point to and
    // that points to the upper wave's steps.
    plan.barriers.forEach((b, i) => {
        node.set(b.id, `w${i}`);
        lines.push(`  w${i}{{"deploy_wave ${b.lower} → ${b.upper}"}}`);
    });
    const drawn = new Set();
    for (const e of plan.edges) {
        const from = node.get(e.from);
        const to = node.get(e.to);
        const implicit = e.reason === 'namespace' || e.reason === 'crd';
        const line = implicit
            ? `  ${from} -.->|${mermaidText(`${e.reason} ${e.detail ?? ''}`.trim())}| ${to}`
            : `  ${from} --> ${to}`;
        // Several written reasons for one pair draw one arrow.
        if (!drawn.has(line))
            lines.push(line);
        drawn.add(line);
    }
    return `${lines.join('\n')}\n`;
}
/** Keeps Mermaid's parser away from quotes, pipes and brackets in names. */
function mermaidText(text) {
    return displayText(text).replace(/["|[\]{}<>]/g, ' ');
}
function edgesByTarget(edges) {
    const map = new Map();
    for (const e of edges) {
        const key = `${e.from}\n${e.to}`;
        const list = map.get(key) ?? [];
        list.push(e);
        map.set(key, list);
    }
    return map;
}
function where(source) {
    return `${source.file}:${source.line}:${source.column}`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/report/diagnostics-format.ts
var diagnostics_format = __webpack_require__(564);
// EXTERNAL MODULE: ./src/cli/write-diagnostics.ts
var write_diagnostics = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/cli/fleet-target.ts
var fleet_target = __webpack_require__(4690);
// EXTERNAL MODULE: ./src/cli/target.ts
var cli_target = __webpack_require__(9917);
// EXTERNAL MODULE: ./src/cli/commands/validate-command.ts
var validate_command = __webpack_require__(9959);
// EXTERNAL MODULE: ./src/cli/commands/validate-fleet.ts
var validate_fleet = __webpack_require__(610);
;// CONCATENATED MODULE: ./src/cli/commands/plan-run.ts
/** What `clustersync plan` does (plan.ts describes the command). */















/** `--detailed-exitcode`: the cluster would change, or has drifted. */
const changesExitCode = 4;
async function runPlan(args, ctx) {
    const format = (0,cli_args/* outputFormat */.B$)(args);
    const fleet = await (0,fleet_target/* folderTargets */.D)(args, ctx);
    if (fleet)
        return planFleet(args, ctx, fleet);
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const detailed = (0,cli_args/* booleanOption */.Ic)(args, 'detailed-exitcode');
    // As for sync (cluster-flags.ts): the flag is passed on, KUBECONFIG is
    // read from the environment by kubectl, helm and the direct channel.
    const kubeconfig = nonEmpty((0,cli_args/* stringOption */.Pp)(args, 'kubeconfig'));
    const live = (0,cli_args/* booleanOption */.Ic)(args, 'live', kubeconfig !== undefined || nonEmpty(ctx.env.KUBECONFIG) !== undefined);
    // Checked before anything is read: without a cluster, "nothing to
    // change" would be a guess, and a script would act on it.
    if (detailed && !live) {
        throw new errors/* UsageError */.eb('--detailed-exitcode compares with a cluster: give --kubeconfig (or set KUBECONFIG) and leave out --no-live');
    }
    const planned = await planOne(args, ctx, target);
    if (!planned.plan) {
        (0,write_diagnostics/* writeDiagnostics */.I)(ctx, format, planned.diagnostics, target.file);
        return 1;
    }
    const { plan } = planned;
    const context = (0,cli_args/* stringOption */.Pp)(args, 'context');
    const preview = live
        ? await previewLive(plan, ctx, { kubeconfig, context }, (line) => ctx.stderr.write(`warning: ${line}\n`))
        : undefined;
    if (format === 'json') {
        const json = JSON.parse(renderPlanJson(plan));
        if (preview)
            json.preview = JSON.parse(renderPreviewJson(preview));
        ctx.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    }
    else {
        if (format === 'github')
            ctx.stdout.write((0,diagnostics_format/* formatGithub */.vX)(plan.diagnostics));
        ctx.stdout.write(renderPlanText(plan));
        if (preview)
            ctx.stdout.write(`\n${renderPreviewText(preview)}`);
    }
    return detailed && preview ? detailedExitCode(preview) : 0;
}
/**
 * 1 when some object could not be compared (the answer is incomplete),
 * 4 when anything would be created, changed or pruned, else 0.
 */
function detailedExitCode(preview) {
    const c = preview.counts;
    if (c.failed > 0)
        return 1;
    return c.created + c.configured + c.pruned > 0 ? changesExitCode : 0;
}
/** The validated plan of one definition, or the diagnostics that stop it. */
async function planOne(args, ctx, target) {
    const result = await (0,validate_command/* checkTarget */.e$)(args, ctx, target);
    if (!result.definition || (0,src_diagnostics/* hasErrors */.Cs)(result.diagnostics)) {
        return { diagnostics: result.diagnostics };
    }
    const built = (0,build_plan.buildPlan)((0,chart_mirrors.applyChartMirrors)(result.definition, (0,cluster_flags/* chartMirrors */.vL)(args)));
    // Validation warnings belong with the plan, so they are shown where the
    // plan is read (and in JSON, in the same document).
    const diagnostics = [...result.diagnostics, ...built.diagnostics];
    if ((0,src_diagnostics/* hasErrors */.Cs)(diagnostics))
        return { diagnostics };
    return { plan: { ...built, diagnostics }, diagnostics };
}
/**
 * Plans every cluster of a folder, offline: each cluster has its own
 * kubeconfig, so comparing them all with one cluster would be wrong.
 */
async function planFleet(args, ctx, fleet) {
    const asked = ['kubeconfig', 'context', 'live', 'detailed-exitcode'].find((flag) => args.options[flag] !== undefined && args.options[flag] !== false);
    if (asked !== undefined) {
        throw new errors/* UsageError */.eb(`--${asked} compares with one cluster, and a folder holds every cluster's definition: plan each definition with its own kubeconfig`);
    }
    const format = (0,cli_args/* outputFormat */.B$)(args);
    const answers = [];
    for (const target of fleet) {
        const { plan, diagnostics } = await planOne(args, ctx, target);
        answers.push({
            target,
            diagnostics,
            text: plan
                ? `${format === 'github' ? (0,diagnostics_format/* formatGithub */.vX)(diagnostics) : ''}${renderPlanText(plan)}`
                : (0,write_diagnostics/* diagnosticsText */.g)(ctx, format, diagnostics, target.file),
            ...(plan
                ? { json: { plan: JSON.parse(renderPlanJson(plan)) } }
                : {})
        });
    }
    return (0,validate_fleet/* writeFleet */.a)(ctx, format, answers);
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ listField),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   Qb: () => (/* binding */ recordField),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Type guards for parsed YAML. Parsed data is `unknown` until a guard (or
 * the schema) says otherwise; these are the only narrowing helpers, so no
 * code needs an unchecked `as` on user input.
 */
/** A YAML mapping parsed to a plain object. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The string at `key`, or undefined when absent or not a string. */
function stringField(value, key) {
    const field = value[key];
    return typeof field === 'string' ? field : undefined;
}
/** The list at `key`, or an empty list when absent or not a list. */
function listField(value, key) {
    const field = value[key];
    return Array.isArray(field) ? field : [];
}
/** The mapping at `key`, or undefined. */
function recordField(value, key) {
    const field = value[key];
    return isRecord(field) ? field : undefined;
}


/***/ }),

/***/ 5550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ pruneGuardViolations),
/* harmony export */   s: () => (/* binding */ computePrune),
/* harmony export */   uf: () => (/* binding */ runPrune)
/* harmony export */ });
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9133);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(176);
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
 */
function computePrune(plan, inventory) {
    if (!inventory)
        return [];
    const planned = new Set();
    const releases = new Set();
    const stepIds = new Set(plan.steps.map((s) => s.id));
    for (const step of plan.steps) {
        if (step.kind === 'addon')
            releases.add(`${step.namespace}/${step.name}`);
        else
            for (const o of step.objects)
                planned.add((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)({
                    apiVersion: o.object.apiVersion,
                    kind: o.object.kind,
                    name: o.object.name,
                    ...(o.namespace ? { namespace: o.namespace } : {})
                }));
    }
    return [...inventory.steps]
        .sort((a, b) => b.order - a.order)
        .flatMap((step) => {
        const objects = step.objects
            .filter((o) => !planned.has((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(o)))
            .reverse();
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
 * Why the prune may not run without `--allow-destructive-prune`: protected
 * kinds, or too large a share of the inventory. Empty when it may.
 */
function pruneGuardViolations(groups, inventory, options) {
    if (options.allowDestructive)
        return [];
    const objects = groups.flatMap((g) => g.objects);
    const violations = objects
        .filter((o) => destructiveKinds.has(o.kind))
        .map((o) => `would delete ${(0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o)} (a ${o.kind})`);
    const total = inventory.steps.reduce((n, s) => n + s.objects.length, 0);
    if (total > options.minObjectsForShare &&
        objects.length / total > options.maxShare) {
        violations.push(`would delete ${objects.length} of ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(total, 'object')} in the inventory (more than ${Math.round(options.maxShare * 100)}%)`);
    }
    return violations;
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
                await helm.uninstall(name, namespace, timeoutMs);
                changes.push(pruned(`helm:${namespace}/${name}`));
            }
            await kubectl.delete(group.objects, timeoutMs);
            for (const o of group.objects)
                changes.push(pruned((0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o)));
        }
        catch (error) {
            return {
                changes,
                remaining: groups.slice(i),
                error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)
            };
        }
    }
    return { changes, remaining: [] };
}


/***/ }),

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ hasSopsMetadata),
/* harmony export */   Lb: () => (/* binding */ sopsKey),
/* harmony export */   No: () => (/* binding */ isEncryptedValues),
/* harmony export */   Sw: () => (/* binding */ containsCiphertext),
/* harmony export */   Um: () => (/* binding */ isSopsCiphertext),
/* harmony export */   gb: () => (/* binding */ SopsError),
/* harmony export */   vl: () => (/* binding */ shouldBeEncrypted),
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
/** True when a parsed YAML document carries SOPS's top-level metadata. */
function hasSopsMetadata(document) {
    return (0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document) && (0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document[sopsKey]);
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
    if (Array.isArray(value))
        return value.some((v) => containsCiphertext(v, depth + 1));
    if ((0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return Object.values(value).some((v) => containsCiphertext(v, depth + 1));
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
    const value = text(block, kind);
    if (kind === 'unencrypted_suffix' || kind === 'encrypted_suffix') {
        return { kind, value };
    }
    try {
        return { kind, value: new RegExp(value, 'u') };
    }
    catch {
        throw new SopsError(`the sops block's ${kind} is not a valid regular expression`);
    }
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
/** Whether SOPS encrypts the value at `path` under `rule` (sops.go `shouldBeEncrypted`). */
function shouldBeEncrypted(rule, path) {
    switch (rule.kind) {
        case 'unencrypted_suffix':
            return !path.some((key) => key.endsWith(rule.value));
        case 'encrypted_suffix':
            return path.some((key) => key.endsWith(rule.value));
        case 'unencrypted_regex':
            return !path.some((key) => rule.value.test(key));
        case 'encrypted_regex':
            return path.some((key) => rule.value.test(key));
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


/***/ })

};
;