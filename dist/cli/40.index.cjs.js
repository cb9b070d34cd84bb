"use strict";
exports.id = 40;
exports.ids = [40];
exports.modules = {

/***/ 1040:
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
 * Every traversal follows insertion order, so results are deterministic,
 * and every walk is a loop, never a recursion, so a chain of any length
 * fits on the stack.
 *
 * Barriers are nodes that are not steps: a deploy wave waits for the wave
 * before it through one barrier (every step of the lower wave → barrier →
 * every step of the upper wave), so waves cost edges linear in their size
 * instead of one edge per pair. A barrier is passed through as soon as it
 * is ready and adds no stage of its own.
 */
/**
 * A graph with the given nodes (in written order), the given barriers and no
 * edges. Barriers sort before every step, so one is passed as soon as the
 * steps it waits for are done, exactly when direct edges would have freed
 * the steps behind it.
 */
function createGraph(nodes, barriers = []) {
    const all = [...nodes, ...barriers];
    const position = new Map();
    nodes.forEach((id, i) => position.set(id, i));
    barriers.forEach((id, i) => position.set(id, i - barriers.length));
    return {
        nodes: all,
        position,
        successors: new Map(all.map((id) => [id, new Set()])),
        predecessors: new Map(all.map((id) => [id, new Set()])),
        barriers: new Set(barriers)
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
                path.push(n);
            }
            return path.reverse();
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
 * The ready steps wait in a binary heap keyed by written position: tens of
 * thousands of independent steps are ready at once in a large definition.
 * Terminates on cycles: what cannot be ordered is returned as `blocked`.
 */
function topologicalSort(graph) {
    const indegree = new Map();
    const ready = new PositionHeap(graph);
    for (const id of graph.nodes) {
        const degree = graph.predecessors.get(id)?.size ?? 0;
        indegree.set(id, degree);
        if (degree === 0)
            ready.push(id);
    }
    const order = [];
    for (let node = ready.pop(); node !== undefined; node = ready.pop()) {
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
 * One cycle among `blocked` nodes, as `[a, b, …, a]` in run direction, of
 * steps only (a barrier on the cycle is stepped over: its step on one side
 * waits for its step on the other through the wave).
 * Every node Kahn leaves behind has a predecessor that was also left behind,
 * so walking predecessors from any of them must revisit a node.
 */
function findCycle(graph, blocked) {
    const inBlocked = new Set(blocked);
    const start = blocked.find((id) => !graph.barriers.has(id));
    if (start === undefined)
        return undefined;
    const walk = [];
    const seenAt = new Map();
    let node = start;
    while (node !== undefined && !seenAt.has(node)) {
        seenAt.set(node, walk.length);
        walk.push(node);
        node = earliest(graph, stepPredecessors(graph, node), inBlocked);
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
 * waits for earlier stages. A barrier takes the stage of its deepest
 * dependency, so the steps behind it land where direct edges would put them.
 */
function layerNodes(graph, order) {
    const layer = new Map();
    for (const id of order) {
        const step = graph.barriers.has(id) ? 0 : 1;
        let depth = 0;
        for (const dep of graph.predecessors.get(id) ?? []) {
            depth = Math.max(depth, (layer.get(dep) ?? 0) + step);
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
/** The steps `node` waits for directly or through one barrier. */
function* stepPredecessors(graph, node) {
    for (const dep of graph.predecessors.get(node) ?? []) {
        if (graph.barriers.has(dep))
            yield* graph.predecessors.get(dep) ?? [];
        else
            yield dep;
    }
}
function earliest(graph, candidates, allowed) {
    let best;
    for (const id of candidates) {
        if (!allowed.has(id))
            continue;
        if (best === undefined || positionOf(graph, id) < positionOf(graph, best)) {
            best = id;
        }
    }
    return best;
}
/** A binary min-heap of node ids by written position. */
class PositionHeap {
    graph;
    items = [];
    constructor(graph) {
        this.graph = graph;
    }
    push(id) {
        const items = this.items;
        items.push(id);
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (this.key(items[parent]) <= this.key(id))
                break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = id;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (top === undefined || last === undefined || items.length === 0) {
            return top;
        }
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            if (left >= items.length)
                break;
            const right = left + 1;
            const child = right < items.length && this.key(items[right]) < this.key(items[left])
                ? right
                : left;
            if (this.key(items[child]) >= this.key(last))
                break;
            items[i] = items[child];
            i = child;
        }
        items[i] = last;
        return top;
    }
    key(id) {
        return positionOf(this.graph, id);
    }
}

// EXTERNAL MODULE: ./src/plan/kind-order.ts
var kind_order = __webpack_require__(948);
// EXTERNAL MODULE: ./src/plan/plan-steps.ts
var plan_steps = __webpack_require__(7918);
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
            const crd = (0,plan_steps/* crdDefinition */.bn)(o.object);
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

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
;// CONCATENATED MODULE: ./src/plan/build-plan.ts




/**
 * Plans a validated definition. Never throws for definition problems: a
 * cycle (`plan-cycle`) or an unknown parent (`plan-unknown-parent`) becomes
 * an error diagnostic, and then `stages` is empty and `steps` is in written
 * order after what could be ordered. Callers check `hasErrors(plan.diagnostics)`.
 */
function buildPlan(definition) {
    const steps = (0,plan_steps/* createSteps */.E5)(definition);
    const barriers = waveBarriers(steps);
    const graph = createGraph(steps.map((s) => s.id), barriers.map((b) => b.id));
    const diagnostics = [];
    const edges = writtenEdges(definition, steps, barriers, diagnostics);
    for (const edge of edges)
        addEdge(graph, edge.from, edge.to);
    for (const edge of acceptImplicitEdges(graph, steps, diagnostics)) {
        edges.push(edge);
    }
    const sorted = topologicalSort(graph);
    const isStep = (id) => !graph.barriers.has(id);
    const order = sorted.order.filter(isStep);
    const blocked = sorted.blocked.filter(isStep);
    const cycle = findCycle(graph, sorted.blocked);
    if (cycle)
        diagnostics.push(cycleDiagnostic(cycle, edges));
    const position = new Map();
    for (const id of [...order, ...blocked])
        position.set(id, position.size);
    // A barrier sorts right after the last step it waits for, so `dependsOn`
    // stays in plan order.
    for (const b of barriers) {
        let last = 0;
        for (const m of b.members)
            last = Math.max(last, position.get(m) ?? 0);
        position.set(b.id, last + 0.5);
    }
    const layer = layerNodes(graph, sorted.order);
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
        barriers: barriers.map(({ id, lower, upper, members }) => ({
            id,
            lower,
            upper,
            dependsOn: [...members].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
        })),
        edges,
        stages,
        diagnostics
    };
}
/**
 * One barrier per deploy wave that has a lower wave with steps: every step
 * of wave N waits for every step of the nearest lower wave that has steps,
 * through the barrier `wave:N`. Lower waves are reached through that one.
 */
function waveBarriers(steps) {
    const stepsByWave = new Map();
    for (const step of steps) {
        if (step.deployWave === undefined)
            continue;
        const list = stepsByWave.get(step.deployWave) ?? [];
        list.push(step.id);
        stepsByWave.set(step.deployWave, list);
    }
    const waves = [...stepsByWave.keys()].sort((a, b) => a - b);
    const barriers = [];
    for (let i = 1; i < waves.length; i++) {
        const lower = waves[i - 1];
        const upper = waves[i];
        barriers.push({
            id: (0,plan_steps/* waveBarrierId */.mt)(upper),
            lower,
            upper,
            members: stepsByWave.get(lower) ?? [],
            waiting: stepsByWave.get(upper) ?? []
        });
    }
    return barriers;
}
/** Edges from `parents` and `deploy_wave`: what the user wrote. */
function writtenEdges(definition, steps, barriers, diagnostics) {
    const known = new Set(steps.map((s) => s.id));
    const edges = [];
    for (const step of steps) {
        const resource = step.kind === 'manifest' ? step.manifest : step.addon;
        for (const parent of resource.parents) {
            const from = (0,plan_steps/* stepId */.eR)(parent.kind, parent.name);
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
    for (const edge of waveEdges(definition.stacks, steps, barriers)) {
        edges.push(edge);
    }
    return edges;
}
/**
 * The edges of the wave barriers: each step of the lower wave → the barrier,
 * the barrier → each step of the upper wave (written at the upper step's
 * stack). Linear in the number of steps, where edges between every pair of
 * the two waves grow with their product.
 */
function waveEdges(stacks, steps, barriers) {
    const stackOf = new Map(steps.map((s) => [s.id, s.stack]));
    const stackByName = new Map(stacks.map((s) => [s.name, s]));
    const edges = [];
    for (const b of barriers) {
        const detail = `${b.lower} → ${b.upper}`;
        for (const from of b.members) {
            edges.push({ from, to: b.id, reason: 'deploy-wave', detail });
        }
        for (const to of b.waiting) {
            const source = stackByName.get(stackOf.get(to) ?? '')?.source;
            edges.push({
                from: b.id,
                to,
                reason: 'deploy-wave',
                ...(source ? { source } : {}),
                detail
            });
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
        if (writtenDirectly(graph, edge.from, edge.to))
            continue;
        const back = findPath(graph, edge.to, edge.from);
        if (back) {
            const steps = back.filter((id) => !graph.barriers.has(id));
            diagnostics.push(conflictDiagnostic(edge, steps));
            continue;
        }
        addEdge(graph, edge.from, edge.to);
        accepted.push(edge);
    }
    return accepted;
}
/**
 * True when `to` already waits for `from` by a written edge: a parent, or
 * the wave barrier between their waves (as an edge between the two steps
 * would have said before waves had barriers).
 */
function writtenDirectly(graph, from, to) {
    if (hasEdge(graph, from, to))
        return true;
    for (const before of graph.predecessors.get(to) ?? []) {
        if (graph.barriers.has(before) && hasEdge(graph, from, before))
            return true;
    }
    return false;
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
/** Up to this many links a cycle is printed whole; longer, its first ones. */
const linksShownWhole = 10;
const linksShownFirst = 8;
/**
 * `plan-cycle`: names every step of the cycle (of a long one, the first
 * ones, and the count) and where each edge was written. A link between two
 * steps of neighbouring waves is the upper step's edge from its wave
 * barrier.
 */
function cycleDiagnostic(cycle, edges) {
    const byPair = new Map();
    for (const e of edges) {
        const key = `${e.from}\n${e.to}`;
        if (!byPair.has(key))
            byPair.set(key, e);
    }
    const waveEdgeInto = new Map();
    const waveMembers = new Set();
    for (const e of edges) {
        if (e.reason !== 'deploy-wave')
            continue;
        if (e.from.startsWith('wave:'))
            waveEdgeInto.set(e.to, e);
        else
            waveMembers.add(`${e.from}\n${e.to}`);
    }
    const linkEdge = (from, to) => {
        const direct = byPair.get(`${from}\n${to}`);
        if (direct)
            return direct;
        const wave = waveEdgeInto.get(to);
        return wave && waveMembers.has(`${from}\n${wave.from}`) ? wave : undefined;
    };
    const link = (i) => {
        const from = cycle[i];
        const to = cycle[i + 1];
        const edge = linkEdge(from, to);
        const where = edge?.source
            ? ` at ${edge.source.file}:${edge.source.line}`
            : '';
        return `${from} → ${to} (${edge?.reason ?? 'unknown'}${where})`;
    };
    // A cycle through thousands of steps (a long parents chain closed on
    // itself) would print each of them: a long one shows its first links and
    // its closing one, and says how long it is.
    const length = cycle.length - 1;
    const indexes = [...Array(length).keys()];
    const cut = length > linksShownWhole;
    const links = cut
        ? [...indexes.slice(0, linksShownFirst).map(link), '…', link(length - 1)]
        : indexes.map(link);
    const count = cut
        ? ` (${(0,plural/* countText */.l)(length)} steps in this cycle, ${(0,plural/* countText */.l)(length - linksShownFirst - 1)} links not shown)`
        : '';
    let first;
    for (let i = 0; i < length && !first; i++)
        first = linkEdge(cycle[i], cycle[i + 1]);
    return {
        severity: 'error',
        code: 'plan-cycle',
        message: `the steps depend on each other in a cycle: ${links.join(', ')}${count}`,
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

/***/ 7918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ createSteps),
/* harmony export */   FY: () => (/* binding */ clusterScopedCustomKinds),
/* harmony export */   bn: () => (/* binding */ crdDefinition),
/* harmony export */   eR: () => (/* binding */ stepId),
/* harmony export */   mt: () => (/* binding */ waveBarrierId)
/* harmony export */ });
/* unused harmony exports defaultReleaseNamespace, stepDocuments */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1147);
/* harmony import */ var _kind_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(948);


/** The namespace Helm installs a release into when the add-on names none. */
const defaultReleaseNamespace = 'default';
/** The step id of a manifest or add-on: `manifest:<name>` / `addon:<name>`. */
function stepId(kind, name) {
    return `${kind}:${name}`;
}
/**
 * The id of the barrier the steps of deploy wave `wave` wait behind
 * (`wave:<n>`); no step id has this form.
 */
function waveBarrierId(wave) {
    return `wave:${wave}`;
}
/**
 * One step per manifest and add-on, in written order, with objects in apply
 * order and digests filled in. `stage` and `dependsOn` are set later, once
 * the graph is known.
 */
function createSteps(definition) {
    const clusterScoped = clusterScopedCustomKinds(definition.stacks);
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
    const objects = (0,_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .orderObjects */ .fp)(manifest.objects, manifest.namespace, clusterScoped);
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
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestDigest */ .It)(manifest, objects),
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
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .addonDigest */ .xu)(addon, namespace),
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
function clusterScopedCustomKinds(stacks) {
    const kinds = new Set();
    for (const stack of stacks) {
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
        (0,_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .apiGroup */ .oI)(object.apiVersion) !== 'apiextensions.k8s.io') {
        return undefined;
    }
    const spec = asRecord(object.body.spec);
    const names = asRecord(spec?.names);
    const group = spec?.group;
    const kind = names?.kind;
    if (typeof group !== 'string' || typeof kind !== 'string')
        return undefined;
    const scope = typeof spec?.scope === 'string' ? spec.scope : undefined;
    return { groupKind: (0,_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .groupKind */ .KH)(group, kind), ...(scope ? { scope } : {}) };
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


/***/ })

};
;