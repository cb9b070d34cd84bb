"use strict";
exports.id = 490;
exports.ids = [490];
exports.modules = {

/***/ 8490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPlan: () => (/* binding */ buildPlan)
});

;// CONCATENATED MODULE: ./src/plan/graph.ts
/**
 * A small directed graph of step ids with the operations planning needs:
 * Kahn's topological sort with the written order as tie-breaker, path and
 * cycle finding for explanations, and longest-path layering into stages.
 * Every traversal follows insertion order, so results are deterministic.
 */
/** A graph with the given nodes (in written order) and no edges. */
function createGraph(nodes) {
    return {
        nodes: [...nodes],
        position: new Map(nodes.map((id, i) => [id, i])),
        successors: new Map(nodes.map((id) => [id, new Set()])),
        predecessors: new Map(nodes.map((id) => [id, new Set()]))
    };
}
/** Adds `from → to` (from runs first); unknown ids and self-loops are ignored. */
function addEdge(graph, from, to) {
    if (from === to)
        return;
    const out = graph.successors.get(from);
    const into = graph.predecessors.get(to);
    if (!out || !into)
        return;
    out.add(to);
    into.add(from);
}
/** True when the graph already has the direct edge `from → to`. */
function hasEdge(graph, from, to) {
    return graph.successors.get(from)?.has(to) ?? false;
}
/**
 * A shortest path `from → … → to` (both included), or undefined when `to`
 * cannot be reached. Used to explain why an implicit edge would close a cycle.
 */
function findPath(graph, from, to) {
    const cameFrom = new Map();
    const queue = [from];
    const seen = new Set([from]);
    for (let i = 0; i < queue.length; i++) {
        const node = queue[i];
        if (node === to) {
            const path = [to];
            for (let n = to; n !== from;) {
                n = cameFrom.get(n);
                path.unshift(n);
            }
            return path;
        }
        for (const next of graph.successors.get(node) ?? []) {
            if (seen.has(next))
                continue;
            seen.add(next);
            cameFrom.set(next, node);
            queue.push(next);
        }
    }
    return undefined;
}
/**
 * Kahn's algorithm. Among the steps that are ready, the one written earliest
 * runs first, so a definition without edges plans in the order written.
 * Terminates on cycles: what cannot be ordered is returned as `blocked`.
 */
function topologicalSort(graph) {
    const indegree = new Map();
    for (const id of graph.nodes) {
        indegree.set(id, graph.predecessors.get(id)?.size ?? 0);
    }
    const ready = graph.nodes.filter((id) => indegree.get(id) === 0);
    const order = [];
    while (ready.length > 0) {
        // The ready list stays short in practice; a linear scan for the earliest
        // written step keeps this simple and is fast enough for thousands.
        let best = 0;
        for (let i = 1; i < ready.length; i++) {
            if (positionOf(graph, ready[i]) < positionOf(graph, ready[best]))
                best = i;
        }
        const [node] = ready.splice(best, 1);
        order.push(node);
        for (const next of graph.successors.get(node) ?? []) {
            const left = (indegree.get(next) ?? 0) - 1;
            indegree.set(next, left);
            if (left === 0)
                ready.push(next);
        }
    }
    const done = new Set(order);
    return { order, blocked: graph.nodes.filter((id) => !done.has(id)) };
}
/**
 * One cycle among `blocked` nodes, as `[a, b, …, a]` in run direction.
 * Every node Kahn leaves behind has a predecessor that was also left behind,
 * so walking predecessors from any of them must revisit a node.
 */
function findCycle(graph, blocked) {
    const inBlocked = new Set(blocked);
    const start = blocked[0];
    if (start === undefined)
        return undefined;
    const walk = [];
    const seenAt = new Map();
    let node = start;
    while (node !== undefined && !seenAt.has(node)) {
        seenAt.set(node, walk.length);
        walk.push(node);
        node = earliest(graph, graph.predecessors.get(node), inBlocked);
    }
    if (node === undefined)
        return undefined;
    // The walk went backwards (node ← predecessor); reverse it for run order,
    // then start at the step written first so the message is stable to read.
    const cycle = walk.slice(seenAt.get(node)).reverse();
    let first = 0;
    cycle.forEach((id, i) => {
        if (positionOf(graph, id) < positionOf(graph, cycle[first]))
            first = i;
    });
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    return [...rotated, rotated[0]];
}
/**
 * Stage index of each ordered node: 0 without dependencies, else one more
 * than its deepest dependency (longest-path layering), so each stage only
 * waits for earlier stages.
 */
function layerNodes(graph, order) {
    const layer = new Map();
    for (const id of order) {
        let depth = 0;
        for (const dep of graph.predecessors.get(id) ?? []) {
            depth = Math.max(depth, (layer.get(dep) ?? 0) + 1);
        }
        layer.set(id, depth);
    }
    return layer;
}
function positionOf(graph, id) {
    return id === undefined
        ? Number.MAX_SAFE_INTEGER
        : (graph.position.get(id) ?? Number.MAX_SAFE_INTEGER);
}
function earliest(graph, candidates, allowed) {
    let best;
    for (const id of candidates ?? []) {
        if (!allowed.has(id))
            continue;
        if (best === undefined || positionOf(graph, id) < positionOf(graph, best)) {
            best = id;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/plan/kind-order.ts
var kind_order = __webpack_require__(948);
// EXTERNAL MODULE: ./src/plan/digest.ts
var digest = __webpack_require__(1147);
;// CONCATENATED MODULE: ./src/plan/plan-steps.ts


/** The namespace Helm installs a release into when the add-on names none. */
const defaultReleaseNamespace = 'default';
/** The step id of a manifest or add-on: `manifest:<name>` / `addon:<name>`. */
function stepId(kind, name) {
    return `${kind}:${name}`;
}
/**
 * One step per manifest and add-on, in written order, with objects in apply
 * order and digests filled in. `stage` and `dependsOn` are set later, once
 * the graph is known.
 */
function createSteps(definition) {
    const clusterScoped = clusterScopedCustomKinds(definition);
    const steps = [];
    for (const stack of definition.stacks) {
        for (const manifest of stack.manifests) {
            steps.push(manifestStep(stack, manifest, clusterScoped));
        }
        for (const addon of stack.addons)
            steps.push(addonStep(stack, addon));
    }
    return steps;
}
function manifestStep(stack, manifest, clusterScoped) {
    const objects = (0,kind_order/* orderObjects */.fp)(manifest.objects, manifest.namespace, clusterScoped);
    const namespaces = new Set();
    if (manifest.namespace)
        namespaces.add(manifest.namespace);
    for (const o of objects)
        if (o.namespace)
            namespaces.add(o.namespace);
    return {
        kind: 'manifest',
        id: stepId('manifest', manifest.name),
        ...(manifest.legacyName === undefined
            ? {}
            : { legacyId: stepId('manifest', manifest.legacyName) }),
        name: manifest.name,
        stage: 0,
        stack: stack.name,
        ...wave(stack),
        dependsOn: [],
        digest: (0,digest/* manifestDigest */.It)(manifest, objects),
        source: manifest.source,
        manifest,
        objects,
        namespaces: [...namespaces].sort()
    };
}
function addonStep(stack, addon) {
    const namespace = addon.namespace ?? defaultReleaseNamespace;
    return {
        kind: 'addon',
        id: stepId('addon', addon.name),
        name: addon.name,
        stage: 0,
        stack: stack.name,
        ...wave(stack),
        dependsOn: [],
        digest: (0,digest/* addonDigest */.xu)(addon, namespace),
        source: addon.source,
        addon,
        namespace
    };
}
function wave(stack) {
    return stack.deployWave === undefined ? {} : { deployWave: stack.deployWave };
}
/**
 * `group/Kind` of custom kinds whose CRD in this definition says
 * `scope: Cluster`, so their objects get no namespace in subjects or edges.
 */
function clusterScopedCustomKinds(definition) {
    const kinds = new Set();
    for (const stack of definition.stacks) {
        for (const manifest of stack.manifests) {
            for (const object of manifest.objects) {
                const crd = crdDefinition(object);
                if (crd?.scope === 'Cluster')
                    kinds.add(crd.groupKind);
            }
        }
    }
    return kinds;
}
/** What a CustomResourceDefinition object defines, or undefined for other objects. */
function crdDefinition(object) {
    if (object.kind !== 'CustomResourceDefinition' ||
        (0,kind_order/* apiGroup */.oI)(object.apiVersion) !== 'apiextensions.k8s.io') {
        return undefined;
    }
    const spec = asRecord(object.body.spec);
    const names = asRecord(spec?.names);
    const group = spec?.group;
    const kind = names?.kind;
    if (typeof group !== 'string' || typeof kind !== 'string')
        return undefined;
    const scope = typeof spec?.scope === 'string' ? spec.scope : undefined;
    return { groupKind: (0,kind_order/* groupKind */.KH)(group, kind), ...(scope ? { scope } : {}) };
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/**
 * The bodies a manifest step sends to the API server, in apply order, with
 * the namespace each lands in written into `metadata.namespace` (a
 * manifest's `namespace:` is a default the server does not know about).
 * The step's objects are not modified.
 */
function stepDocuments(step) {
    return step.objects.map((o) => {
        const metadata = asRecord(o.object.body.metadata) ?? {};
        if (o.namespace === undefined || metadata.namespace === o.namespace) {
            return o.object.body;
        }
        return {
            ...o.object.body,
            metadata: { ...metadata, namespace: o.namespace }
        };
    });
}

;// CONCATENATED MODULE: ./src/plan/implicit-edges.ts
/**
 * The edges users forget to write: a step that creates Namespace X runs
 * before steps that put objects or a release into X, and a step that defines
 * a CRD runs before steps that create its custom resources. Without them a
 * first sync fails with "namespaces not found" or "no matches for kind",
 * and the second one succeeds: the ordering bug Argo CD users keep reporting.
 */


/**
 * Candidate implicit edges in a deterministic order: by the waiting step's
 * written position, then by what it needs in apply order. One edge per
 * (from, to, detail); the first consumer found gives the source location.
 * Edges within one step are left out: kind order handles those.
 */
function findImplicitEdges(steps) {
    const namespaces = new Map();
    const crds = new Map();
    for (const step of steps) {
        if (step.kind !== 'manifest')
            continue;
        for (const o of step.objects) {
            if (o.group === '' && o.object.kind === 'Namespace') {
                provide(namespaces, o.object.name, step.id, o.subject);
            }
            const crd = crdDefinition(o.object);
            if (crd)
                provide(crds, crd.groupKind, step.id, o.subject);
        }
    }
    const edges = [];
    const seen = new Set();
    const add = (edge) => {
        const key = `${edge.from}\n${edge.to}\n${edge.detail ?? ''}`;
        if (edge.from === edge.to || seen.has(key))
            return;
        seen.add(key);
        edges.push(edge);
    };
    for (const step of steps) {
        for (const need of needsOf(step)) {
            const table = need.reason === 'namespace' ? namespaces : crds;
            for (const provider of table.get(need.key) ?? []) {
                add({
                    from: provider.step,
                    to: step.id,
                    reason: need.reason,
                    source: need.source,
                    detail: provider.detail
                });
            }
        }
    }
    return edges;
}
/** What a step needs from other steps, in a stable order. */
function needsOf(step) {
    if (step.kind === 'addon') {
        return [
            { reason: 'namespace', key: step.namespace, source: step.addon.source }
        ];
    }
    const needs = [];
    if (step.manifest.namespace) {
        needs.push({
            reason: 'namespace',
            key: step.manifest.namespace,
            source: step.manifest.source
        });
    }
    for (const o of step.objects) {
        if (o.namespace) {
            needs.push({
                reason: 'namespace',
                key: o.namespace,
                source: o.object.source
            });
        }
        needs.push({
            reason: 'crd',
            key: (0,kind_order/* groupKind */.KH)(o.group, o.object.kind),
            source: o.object.source
        });
    }
    return needs;
}
function provide(table, key, step, detail) {
    const list = table.get(key) ?? [];
    if (!list.some((p) => p.step === step))
        list.push({ step, detail });
    table.set(key, list);
}

;// CONCATENATED MODULE: ./src/plan/build-plan.ts



/**
 * Plans a validated definition. Never throws for definition problems: a
 * cycle (`plan-cycle`) or an unknown parent (`plan-unknown-parent`) becomes
 * an error diagnostic, and then `stages` is empty and `steps` is in written
 * order after what could be ordered. Callers check `hasErrors(plan.diagnostics)`.
 */
function buildPlan(definition) {
    const steps = createSteps(definition);
    const graph = createGraph(steps.map((s) => s.id));
    const diagnostics = [];
    const edges = writtenEdges(definition, steps, diagnostics);
    for (const edge of edges)
        addEdge(graph, edge.from, edge.to);
    edges.push(...acceptImplicitEdges(graph, steps, diagnostics));
    const { order, blocked } = topologicalSort(graph);
    const cycle = findCycle(graph, blocked);
    if (cycle)
        diagnostics.push(cycleDiagnostic(cycle, edges));
    const position = new Map([...order, ...blocked].map((id, i) => [id, i]));
    const layer = layerNodes(graph, order);
    const byId = new Map(steps.map((s) => [s.id, s]));
    const planned = [...order, ...blocked].map((id) => {
        const step = byId.get(id);
        const deps = [...(graph.predecessors.get(id) ?? [])];
        deps.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
        return { ...step, stage: layer.get(id) ?? 0, dependsOn: deps };
    });
    const stages = [];
    if (!cycle) {
        for (const step of planned)
            (stages[step.stage] ??= []).push(step.id);
    }
    edges.sort((a, b) => (position.get(a.to) ?? 0) - (position.get(b.to) ?? 0) ||
        (position.get(a.from) ?? 0) - (position.get(b.from) ?? 0));
    return {
        cluster: definition.name,
        steps: planned,
        edges,
        stages,
        diagnostics
    };
}
/** Edges from `parents` and `deploy_wave`: what the user wrote. */
function writtenEdges(definition, steps, diagnostics) {
    const known = new Set(steps.map((s) => s.id));
    const edges = [];
    for (const step of steps) {
        const resource = step.kind === 'manifest' ? step.manifest : step.addon;
        for (const parent of resource.parents) {
            const from = stepId(parent.kind, parent.name);
            if (!known.has(from)) {
                // Validation reports dangling parents; this guards direct callers.
                diagnostics.push({
                    severity: 'error',
                    code: 'plan-unknown-parent',
                    message: `${step.id} names parent ${from}, which the definition does not have`,
                    ...build_plan_location(parent.source)
                });
                continue;
            }
            edges.push({
                from,
                to: step.id,
                reason: 'parents',
                source: parent.source
            });
        }
    }
    edges.push(...waveEdges(definition.stacks, steps));
    return edges;
}
/**
 * Every step of a stack with wave N waits for every step of the stacks with
 * the nearest lower wave that has steps. Lower waves are reached through
 * that one, so edges to them would only repeat what the order already says.
 */
function waveEdges(stacks, steps) {
    const stepsByWave = new Map();
    for (const step of steps) {
        if (step.deployWave === undefined)
            continue;
        const list = stepsByWave.get(step.deployWave) ?? [];
        list.push(step);
        stepsByWave.set(step.deployWave, list);
    }
    const waves = [...stepsByWave.keys()].sort((a, b) => a - b);
    const stackByName = new Map(stacks.map((s) => [s.name, s]));
    const edges = [];
    for (let i = 1; i < waves.length; i++) {
        const lower = waves[i - 1];
        const upper = waves[i];
        for (const to of stepsByWave.get(upper) ?? []) {
            const source = stackByName.get(to.stack)?.source;
            for (const from of stepsByWave.get(lower) ?? []) {
                edges.push({
                    from: from.id,
                    to: to.id,
                    reason: 'deploy-wave',
                    ...(source ? { source } : {}),
                    detail: `${lower} → ${upper}`
                });
            }
        }
    }
    return edges;
}
/**
 * Adds the implicit edges that agree with the written order. One that would
 * close a cycle contradicts `parents` or the waves: it is dropped with an
 * `implicit-order-conflict` warning, because the user's order wins and the
 * apply may still work (the namespace could exist already). An implicit edge
 * that repeats a written one is left out: it would say nothing new.
 */
function acceptImplicitEdges(graph, steps, diagnostics) {
    const accepted = [];
    for (const edge of findImplicitEdges(steps)) {
        if (hasEdge(graph, edge.from, edge.to))
            continue;
        const back = findPath(graph, edge.to, edge.from);
        if (back) {
            diagnostics.push(conflictDiagnostic(edge, back));
            continue;
        }
        addEdge(graph, edge.from, edge.to);
        accepted.push(edge);
    }
    return accepted;
}
function conflictDiagnostic(edge, back) {
    const needs = edge.reason === 'namespace'
        ? 'puts objects into'
        : 'creates custom resources of';
    return {
        severity: 'warning',
        code: 'implicit-order-conflict',
        message: `${edge.to} ${needs} ${edge.detail ?? ''}, which ${edge.from} creates, ` +
            `but the written order runs ${edge.to} first (${back.join(' → ')}); ` +
            `the implicit edge ${edge.from} → ${edge.to} is ignored`,
        hint: `make ${edge.from} run before ${edge.to} (change parents or deploy_wave), or move ${edge.detail ?? 'the object'} into a step that runs first`,
        ...build_plan_location(edge.source)
    };
}
/** `plan-cycle`: names every step of the cycle and where each edge was written. */
function cycleDiagnostic(cycle, edges) {
    const links = [];
    let first;
    for (let i = 0; i + 1 < cycle.length; i++) {
        const from = cycle[i];
        const to = cycle[i + 1];
        const edge = edges.find((e) => e.from === from && e.to === to);
        first ??= edge;
        const where = edge?.source
            ? ` at ${edge.source.file}:${edge.source.line}`
            : '';
        links.push(`${from} → ${to} (${edge?.reason ?? 'unknown'}${where})`);
    }
    return {
        severity: 'error',
        code: 'plan-cycle',
        message: `the steps depend on each other in a cycle: ${links.join(', ')}`,
        hint: 'remove one of these parents, or move a stack to another deploy_wave',
        ...build_plan_location(first?.source)
    };
}
function build_plan_location(source) {
    if (!source)
        return {};
    return {
        file: source.file,
        line: source.line,
        column: source.column,
        ...(source.pointer ? { pointer: source.pointer } : {})
    };
}


/***/ }),

/***/ 1147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   xu: () => (/* binding */ addonDigest)
/* harmony export */ });
/* unused harmony export digestOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Content digests of plan steps. The inventory records one per step, and a
 * sync re-applies only steps whose digest changed, so the digest must cover
 * everything that decides what a step does and nothing else: not its position
 * in the plan, not the file it was written in, not the key order of its YAML.
 */

/**
 * JSON with object keys sorted at every level and `undefined` members left
 * out, so equal values give equal text on every machine and Node version.
 * Array order is kept: it is meaningful (containers, args, rules).
 */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        // JSON.stringify(undefined) is undefined; inside arrays it means null.
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
    }
    const record = value;
    const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
}
/** `sha256:<hex>` of the canonical JSON of a value. */
function digestOf(value) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(value), 'utf8');
    return `sha256:${hash.digest('hex')}`;
}
/**
 * The digest of a manifest step: its objects in apply order (bodies after
 * variable substitution, plus the namespace each lands in), the default
 * namespace, `force` and the encrypted paths. The manifest's name and file
 * are left out: renaming or moving a file does not change the cluster.
 */
function manifestDigest(manifest, objects) {
    return digestOf({
        kind: 'manifest',
        namespace: manifest.namespace,
        force: manifest.force,
        encryptedPaths: manifest.encryptedPaths,
        objects: objects.map((o) => ({
            namespace: o.namespace,
            body: o.object.body
        }))
    });
}
/**
 * The digest of an add-on step: release name and namespace, chart source,
 * name and version, and the values. Credentials are left out on purpose:
 * rotating a pull secret does not change what gets installed.
 */
function addonDigest(addon, namespace) {
    return digestOf({
        kind: 'addon',
        release: addon.name,
        namespace,
        chart: {
            type: addon.chart.type,
            location: addon.chart.location,
            name: addon.chartName,
            version: addon.chartVersion
        },
        values: addon.values
    });
}


/***/ })

};
;