"use strict";
exports.id = 397;
exports.ids = [397];
exports.modules = {

/***/ 5397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changesExitCode: () => (/* binding */ changesExitCode),
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/cluster/open-client.ts + 6 modules
var open_client = __webpack_require__(6025);
// EXTERNAL MODULE: ./src/preview/diff.ts
var diff = __webpack_require__(7137);
// EXTERNAL MODULE: ./src/state/inventory.ts
var state_inventory = __webpack_require__(557);
// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/engine/prune-owners.ts + 1 modules
var prune_owners = __webpack_require__(3161);
// EXTERNAL MODULE: ./src/engine/select-steps.ts
var select_steps = __webpack_require__(2570);
// EXTERNAL MODULE: ./src/engine/prune.ts + 1 modules
var engine_prune = __webpack_require__(1080);
// EXTERNAL MODULE: ./src/engine/prune-needed.ts
var prune_needed = __webpack_require__(8822);
// EXTERNAL MODULE: ./src/engine/engine-options.ts
var engine_options = __webpack_require__(6685);
;// CONCATENATED MODULE: ./src/preview/diff-prune.ts







/**
 * Turns the prune a sync would run into preview entries: one `pruned` entry
 * per object or release, grouped by the step that applied it (releases
 * first, as the prune removes them first). Pure: from the inventory alone;
 * `previewPruneLive` adds what the live ApplySet labels change. `prune` is
 * the sync's settings (`--no-prune`, `--allow-destructive-prune`), so the
 * plan shows what that sync would do.
 */
function previewPrune(plan, inventory, prune = (0,engine_options/* defaultPruneOptions */.SO)()) {
    if (!inventory)
        return { steps: [], blocked: [] };
    return pruneEntries(plan, inventory, (0,engine_prune/* computePrune */.s)(plan, inventory), prune);
}
/**
 * What a plan says of an object or release a sync with pruning off leaves
 * in place (its prune step is skipped, prune-step.ts).
 */
const pruningOffNote = 'left in place: pruning is off (the prune input, or --no-prune); a sync with pruning on would consider it for deletion';
/** `previewPrune` of the groups computePrune gave. */
function pruneEntries(plan, inventory, computed, prune, live = {}) {
    const { owners = new Map(), contextNamespace, releaseOwners = new Map(), releaseKeeps = new Map() } = live;
    // As the sync: what declared objects still need is left in place.
    const { groups, reasons } = (0,prune_needed/* keepStillNeeded */.v)(plan, computed, contextNamespace);
    const releaseOwner = (g) => g.release && releaseOwners.get((0,prune_owners/* releaseKey */.DR)(g.release));
    const steps = computed.map((group) => {
        const note = `was applied by ${group.step}`;
        const changes = [];
        if (group.release) {
            const { name, namespace } = group.release;
            const owner = releaseOwner(group);
            const keep = releaseKeeps.get((0,prune_owners/* releaseKey */.DR)(group.release));
            changes.push(owner
                ? {
                    subject: `helm:${namespace}/${name}`,
                    action: 'unchanged',
                    message: `${(0,prune_owners/* releaseLeftNote */.HW)(owner)} (${note})`
                }
                : {
                    subject: `helm:${namespace}/${name}`,
                    action: 'pruned',
                    message: keep ? `${note}; ${(0,engine_prune/* keptNote */.Hl)(keep)}` : note
                });
        }
        for (const o of group.objects) {
            const owner = owners.get((0,kube_objects/* refKey */.XF)(o));
            const needed = reasons.get((0,kube_objects/* refKey */.XF)(o));
            const why = needed ?? (owner === undefined ? undefined : (0,prune_owners/* leftInPlaceNote */.Ui)(owner));
            changes.push(why === undefined
                ? { subject: (0,kube_objects/* subjectOf */.et)(o), action: 'pruned', message: note }
                : {
                    subject: (0,kube_objects/* subjectOf */.et)(o),
                    action: 'unchanged',
                    message: `${why} (${note})`
                });
        }
        return {
            step: group.step,
            ...(group.stepRemoved ? { removed: true } : {}),
            changes
        };
    });
    // The guard judges only what the sync would delete, as the sync does.
    const deleting = groups
        .map((g) => {
        const kept = {
            ...g,
            objects: g.objects.filter((o) => !owners.has((0,kube_objects/* refKey */.XF)(o)))
        };
        if (releaseOwner(g))
            delete kept.release;
        return kept;
    })
        .filter((g) => g.objects.length > 0 || g.release);
    if (!prune.enabled) {
        return { steps: steps.map(leftByPruningOff), blocked: [] };
    }
    return {
        steps,
        blocked: (0,engine_prune/* pruneGuardViolations */.Ih)(deleting, inventory, prune)
    };
}
/** A step's entries as a sync with pruning off leaves them: in place. */
function leftByPruningOff(step) {
    return {
        ...step,
        changes: step.changes.map((c) => c.action === 'pruned'
            ? {
                ...c,
                action: 'unchanged',
                message: `${pruningOffNote} (${c.message})`
            }
            : c)
    };
}
/**
 * `previewPrune` with the live ApplySet labels read as the sync's prune
 * reads them (prune-owners.ts): an object another definition's ApplySet
 * owns shows as left in place, not pruned. When the labels cannot be read,
 * the preview is the inventory's alone, as before.
 */
async function previewPruneLive(plan, inventory, kubectl, prune = (0,engine_options/* defaultPruneOptions */.SO)()) {
    // Pruning off: the sync reads no labels either (prune-step.ts).
    if (!inventory || !prune.enabled)
        return previewPrune(plan, inventory, prune);
    let computed = (0,engine_prune/* computePrune */.s)(plan, inventory);
    let context;
    try {
        // As the sync's prune step asks for it (prune-step.ts).
        if ((0,engine_prune/* pruneNeedsContextNamespace */.Iy)(plan, inventory)) {
            context = await kubectl.contextNamespace();
            computed = (0,engine_prune/* computePrune */.s)(plan, inventory, context);
        }
        if (context === undefined &&
            (0,prune_needed/* stillNeededNeedsContextNamespace */.h)(plan, computed))
            context = await kubectl.contextNamespace();
        const { owners, releaseOwners, releaseKeeps } = await (0,prune_owners/* splitByOwner */.L9)((0,prune_needed/* keepStillNeeded */.v)(plan, computed, context).groups, kubectl, (0,state_inventory/* applySetId */.A3)(plan.cluster), plan.steps.flatMap(select_steps/* plannedRefs */.nQ));
        return pruneEntries(plan, inventory, computed, prune, {
            owners,
            ...(context !== undefined ? { contextNamespace: context } : {}),
            releaseOwners,
            releaseKeeps
        });
    }
    catch {
        return pruneEntries(plan, inventory, computed, prune, {
            ...(context !== undefined ? { contextNamespace: context } : {})
        });
    }
}

// EXTERNAL MODULE: ./src/state/held-secrets.ts
var held_secrets = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/engine/gone-by-design.ts
var gone_by_design = __webpack_require__(260);
// EXTERNAL MODULE: ./src/state/inventory-ids.ts
var inventory_ids = __webpack_require__(3150);
// EXTERNAL MODULE: ./src/cluster/helm.ts + 1 modules
var cluster_helm = __webpack_require__(2252);
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
        ...(target.kubectl ? { binary: target.kubectl } : {}),
        ...(target.kubeconfig ? { kubeconfig: target.kubeconfig } : {}),
        ...(target.context ? { context: target.context } : {})
    }, (0,retry/* retryAnnouncer */.mi)(warn, ports.clock).listener, {
        ...(target.helm ? { helm: target.helm } : {}),
        ...(target.root ? { root: target.root } : {}),
        ...(target.credentials ? { credentials: target.credentials } : {}),
        ...(target.sops ? { sops: target.sops } : {}),
        ...(target.noKeyHint ? { noKeyHint: target.noKeyHint } : {}),
        ...(target.prune ? { prune: target.prune } : {})
    });
}
/**
 * Previews `plan` on the cluster `config` names; see the file comment.
 * `onRetry` hears each retry of a read or dry-run over the channel.
 */
async function previewOnCluster(plan, ports, config, onRetry, rendering = {}) {
    const options = (0,diff/* defaultPreviewOptions */.Kq)(ports.exec);
    // A preview reports an unreachable cluster at once, as the kubectl
    // processes did (they were never retried); one retry rides out a blip.
    const session = await (0,open_client/* openClusterClient */.w)(ports, { ...config, retry: { ...config.retry, attempts: 2 } }, {
        concurrency: options.concurrency,
        ...(onRetry ? { onRetry } : {}),
        ...(rendering.signal ? { signal: rendering.signal } : {})
    });
    // Registry logins and chart pulls as a sync makes them, in private
    // folders removed at the end; a login only for a chart that names a
    // credential, a pull only for a chart from an HTTP(S) repository.
    const helm = new cluster_helm/* HelmClient */.ES(ports.exec, ports.clock, {
        ...(0,engine_options/* defaultHelmConfig */.gT)(),
        // As for the cluster: one retry rides out a blip, and an unreachable
        // chart repository is reported without a minute of backoff.
        retry: { ...(0,engine_options/* defaultHelmConfig */.gT)().retry, attempts: 2 },
        binary: rendering.helm ?? 'helm',
        ...(rendering.credentials?.size
            ? { credentials: rendering.credentials }
            : {}),
        ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
        ...(config.context ? { context: config.context } : {}),
        ...(rendering.signal ? { signal: rendering.signal } : {})
    });
    // One read of the inventory, started now and awaited where needed: the
    // prune list and what the cluster holds secrets in (held-secrets.ts).
    const inventory = (0,state_inventory/* readInventory */.zw)(session.client, plan.cluster).then((read) => (0,inventory_ids/* moveLegacyStepIds */.F)(read, plan));
    // Awaited by whoever needs it first; a failure is theirs to report.
    inventory.catch(() => undefined);
    // Unreadable or missing: every value is hidden (held-secrets.ts), and the
    // prune list reports why it could not be read.
    const held = inventory.then(held_secrets/* heldSecrets */.hH).catch(() => held_secrets/* allHeld */.hh);
    try {
        return await (0,diff/* previewPlan */.O0)(plan, {
            ...(rendering.credentials?.size
                ? { chartAccess: (chart) => helm.chartAccess(chart) }
                : {}),
            locateChart: (request) => helm.locateChart(request),
            ...options,
            ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
            ...(config.context ? { context: config.context } : {}),
            ...(session.overApi ? { kubectl: session.client } : {}),
            ...(rendering.helm ? { helm: rendering.helm } : {}),
            ...(rendering.root ? { root: rendering.root } : {}),
            ...(rendering.sops ? { sops: rendering.sops } : {}),
            ...(rendering.noKeyHint ? { noKeyHint: rendering.noKeyHint } : {}),
            loadPrune: async () => previewPruneLive(plan, await inventory, session.client, rendering.prune),
            heldSecrets: () => held,
            goneByDesign: async () => (0,gone_by_design/* goneByDesign */.Z)(plan, await inventory, (0,state_inventory/* applySetId */.A3)(plan.cluster))
        });
    }
    finally {
        helm.close();
        await session.close();
    }
}

// EXTERNAL MODULE: ./src/adapters/cli-logger.ts
var cli_logger = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/secrets/scrub-strings.ts
var scrub_strings = __webpack_require__(6885);
// EXTERNAL MODULE: ./src/cli/sops-keys.ts + 1 modules
var sops_keys = __webpack_require__(5151);
// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 2 modules
var build_plan = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/definition/chart-mirrors.ts
var chart_mirrors = __webpack_require__(9536);
// EXTERNAL MODULE: ./src/cli/commands/cluster-flags.ts
var cluster_flags = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/plan/preview.ts
var plan_preview = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
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
// EXTERNAL MODULE: ./src/cli/commands/workflow-flags.ts + 2 modules
var workflow_flags = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/cli/commands/validate-fleet.ts
var validate_fleet = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/commands/sync-flags.ts
var sync_flags = __webpack_require__(6100);
;// CONCATENATED MODULE: ./src/cli/commands/plan-run.ts
/** What `clustersync plan` does (plan.ts describes the command). */




















/** `--detailed-exitcode`: the cluster would change, or has drifted. */
const changesExitCode = 4;
async function runPlan(args, ctx) {
    const format = (0,cli_args/* outputFormat */.B$)(args);
    const fleet = await (0,fleet_target/* folderTargets */.D)(args, ctx);
    // Read once: validation and the live preview see the same keys.
    const keys = await (0,sops_keys/* readSopsAgeKeys */.p4)(ctx);
    if (fleet)
        return planFleet(args, ctx, fleet, keys);
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
    // Masks what the flags and the preview say is secret (secret variables,
    // passwords, decrypted values) on both outputs: an object may be named
    // after a variable, and a server's refusal quotes values.
    const logger = (0,cli_logger/* createCliLogger */.x)(ctx.stderr);
    await (0,workflow_flags/* readWorkflowFlags */.FR)(args, ctx, logger);
    const planned = await planOne(args, ctx, target, keys);
    if (!planned.plan) {
        const shown = (0,scrub_strings/* scrubStrings */.a)(planned.diagnostics, logger.redact);
        (0,write_diagnostics/* writeDiagnostics */.I)(ctx, format, shown, target.file);
        return 1;
    }
    const { plan } = planned;
    const context = (0,cli_args/* stringOption */.Pp)(args, 'context');
    const preview = live
        ? await previewWithKeys(plan, args, ctx, keys, logger, {
            kubeconfig,
            context,
            kubectl: nonEmpty((0,cli_args/* stringOption */.Pp)(args, 'kubectl')),
            helm: nonEmpty((0,cli_args/* stringOption */.Pp)(args, 'helm')),
            // The root: add-ons whose chart is a folder are rendered from it.
            root: target.root,
            prune: (0,sync_flags/* pruneOptionsFrom */.D)(args)
        })
        : undefined;
    if (format === 'json') {
        const json = JSON.parse(renderPlanJson(plan));
        if (preview)
            json.preview = JSON.parse((0,plan_preview/* renderPreviewJson */.fl)(preview));
        const masked = (0,scrub_strings/* scrubStrings */.a)(json, logger.redact);
        ctx.stdout.write(`${JSON.stringify(masked, null, 2)}\n`);
    }
    else {
        const write = (text) => ctx.stdout.write(logger.redact(text));
        if (format === 'github')
            write((0,diagnostics_format/* formatGithub */.vX)(plan.diagnostics));
        write(renderPlanText(plan));
        if (preview)
            write(`\n${(0,plan_preview/* renderPreviewText */.iG)(preview)}`);
    }
    (0,sops_keys/* warnUnneededKeyProblems */.ut)(ctx.stderr, keys, plan.diagnostics);
    return detailed && preview ? detailedExitCode(preview) : 0;
}
/**
 * The live preview with the age identities and registry logins a sync
 * would use (sops-keys.ts, --registry-credentials), so encrypted steps and
 * charts behind a password are compared too; warnings go through a logger
 * that masks every decrypted value and password.
 */
async function previewWithKeys(plan, args, ctx, keys, logger, target) {
    const { registryCredentials } = await (0,workflow_flags/* readWorkflowFlags */.FR)(args, ctx, logger);
    return previewLive(plan, ctx, {
        ...target,
        ...(registryCredentials ? { credentials: registryCredentials } : {}),
        sops: {
            identities: keys.identities,
            problems: keys.problems,
            mask: (secret) => logger.mask(secret)
        },
        noKeyHint: 'set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE'
    }, (line) => logger.warning(line));
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
async function planOne(args, ctx, target, keys) {
    const result = await (0,validate_command/* checkTarget */.e$)(args, ctx, target, keys);
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
async function planFleet(args, ctx, fleet, keys) {
    const asked = ['kubeconfig', 'context', 'live', 'detailed-exitcode'].find((flag) => args.options[flag] !== undefined && args.options[flag] !== false);
    if (asked !== undefined) {
        throw new errors/* UsageError */.eb(`--${asked} compares with one cluster, and a folder holds every cluster's definition: plan each definition with its own kubeconfig`);
    }
    const format = (0,cli_args/* outputFormat */.B$)(args);
    const answers = [];
    for (const target of fleet) {
        const { plan, diagnostics } = await planOne(args, ctx, target, keys);
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
    const mask = await (0,workflow_flags/* workflowMasking */.QT)(args, ctx);
    const code = (0,validate_fleet/* writeFleet */.a)(ctx, format, mask(answers));
    (0,sops_keys/* warnUnneededKeyProblems */.ut)(ctx.stderr, keys, answers.flatMap((a) => a.diagnostics));
    return code;
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
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


/***/ })

};
;