"use strict";
exports.id = 704;
exports.ids = [704];
exports.modules = {

/***/ 5704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ loadDefinition)
});

// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(7060);
// EXTERNAL MODULE: ./src/definition/yaml-anchors.ts
var yaml_anchors = __webpack_require__(6905);
// EXTERNAL MODULE: ./src/definition/yaml-parse.ts
var yaml_parse = __webpack_require__(4468);
;// CONCATENATED MODULE: ./src/definition/convert-node.ts
/**
 * Turns a YAML node of the definition into plain data while recording, in the
 * source map, where every value and key was written. Aliases and merge keys
 * are expanded as `yaml`'s toJS expands them; a value that comes from an
 * alias or a merge is recorded where it was written. The parser checked the
 * aliases (yaml-anchors.ts), so expansion is bounded.
 */




/** Records where `node` (and its `key`, for mapping entries) was written. */
function recordPosition(scope, pointer, node, key, fallbackOffset = 0) {
    const offset = node?.range?.[0] ?? key?.range?.[0] ?? fallbackOffset;
    const raw = (0,dist/* isScalar */.jn)(node) && typeof node.value !== 'string' ? node.source : undefined;
    scope.sourceMap.setOffset(pointer, fileIndex(scope.parsed), offset, key?.range?.[0] ?? -1, raw);
}
const indexes = new WeakMap();
/**
 * The shared offset → position index of a parsed file. It keeps only the
 * file's text and line index, not its documents, so the source map does
 * not hold every parsed YAML tree alive after loading.
 */
function fileIndex(parsed) {
    let index = indexes.get(parsed);
    if (!index) {
        const lines = { lineCounter: parsed.lineCounter };
        const text = parsed.text;
        index = {
            file: parsed.file,
            position: (o) => (0,yaml_parse/* positionOf */.df)(lines, o),
            literalBlock: (o) => literalBlockStart(text, o, lines)
        };
        indexes.set(parsed, index);
    }
    return index;
}
/**
 * The first content position of the literal block scalar whose `|` is at
 * `offset`: the line after the header, at the indentation of its first
 * non-blank line. An explicit indentation indicator (`|2`) is left out.
 */
function literalBlockStart(text, offset, lines) {
    if (text[offset] !== '|')
        return undefined;
    const headerEnd = text.indexOf('\n', offset);
    if (headerEnd < 0)
        return undefined;
    if (!/^\|[-+]?[ ]*(?:#.*)?\r?$/.test(text.slice(offset, headerEnd)))
        return undefined;
    const blankLinesThenIndent = /(?:[ ]*\r?\n)*([ ]*)/y;
    blankLinesThenIndent.lastIndex = headerEnd + 1;
    const indent = blankLinesThenIndent.exec(text)?.[1]?.length ?? 0;
    const { line } = (0,yaml_parse/* positionOf */.df)(lines, offset);
    return { line: line + 1, column: indent + 1 };
}
/** The text of a mapping key (non-scalar keys are stringified as YAML would). */
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return String(key);
}
/**
 * Sets a property safely: a YAML key `__proto__` must become data, never the
 * object's prototype.
 */
function setProperty(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}
/** The node an alias stands for (the node itself when it is none). */
function resolveAlias(node) {
    return (0,dist/* isAlias */.Vj)(node) ? (0,yaml_anchors/* aliasTarget */.Ik)(node) : node;
}
/**
 * The entries of a mapping with its merge keys applied, in the order
 * `yaml`'s toJS gives them: keys written in the mapping win, and of the
 * mappings a `<<` merges, earlier ones win over later ones (YAML 1.1 merge,
 * as kubectl, Helm and Ankra read it). Each entry is the pair as written,
 * so its key and value keep their own positions.
 */
function mergedPairs(map) {
    const items = map.items;
    if (!items.some((pair) => (0,yaml_anchors/* isMergeKey */.yJ)(pair.key)))
        return items;
    const out = new Map();
    for (const pair of items) {
        if (!(0,yaml_anchors/* isMergeKey */.yJ)(pair.key)) {
            // A key already merged keeps its place and takes this value.
            out.set(keyText(pair.key), pair);
            continue;
        }
        const value = pair.value;
        const sources = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        for (const source of sources.map(resolveAlias)) {
            if (!(0,dist/* isMap */.jh)(source))
                continue;
            for (const merged of mergedPairs(source)) {
                const name = keyText(merged.key);
                if (!out.has(name))
                    out.set(name, merged);
            }
        }
    }
    return [...out.values()];
}
/**
 * Converts `node` to plain data, recording positions below `pointer`.
 */
function convertNode(scope, node, pointer, key) {
    recordPosition(scope, pointer, node, key);
    if (node === null || node === undefined)
        return null;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = (0,yaml_anchors/* aliasTarget */.Ik)(node);
        return target ? convertNode(scope, target, pointer, key) : null;
    }
    if ((0,dist/* isScalar */.jn)(node))
        return node.value ?? null;
    if ((0,dist/* isSeq */.oP)(node)) {
        return node.items.map((item, index) => convertNode(scope, item, (0,definition_pointer/* childPointer */.Y2)(pointer, index)));
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const pair of mergedPairs(node)) {
            const name = keyText(pair.key);
            const value = convertNode(scope, pair.value, (0,definition_pointer/* childPointer */.Y2)(pointer, name), pair.key);
            setProperty(out, name, value);
        }
        return out;
    }
    return null;
}

// EXTERNAL MODULE: ./src/definition/guarded-read.ts
var guarded_read = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/wildcard.ts
var wildcard = __webpack_require__(2177);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/definition/repo-files.ts + 1 modules
var repo_files = __webpack_require__(3272);
;// CONCATENATED MODULE: ./src/definition/include-targets.ts
/**
 * What an `include:` item names: one file, a folder (its *.yaml and *.yml
 * files, not recursive) or a glob (`*` within a name, `**` across folders).
 * Results are repository-relative paths; a folder's or a glob's files are
 * sorted in byte order so the composed definition never depends on the
 * file system's listing order.
 */




const yamlFile = /\.ya?ml$/;
/** True when the include path contains glob syntax. */
function isGlob(path) {
    return /[*?]/.test(path);
}
/**
 * Resolves an include path written in `fromFile` to the files it names.
 * Returns an empty list after reporting when nothing usable is found.
 */
async function includeTargets(ctx, fromFile, includePath, at) {
    if (isGlob(includePath))
        return globTargets(ctx, fromFile, includePath, at);
    const path = (0,repo_files/* resolveInRepo */.c7)(ctx, fromFile, includePath, at, 'include');
    if (path === undefined)
        return [];
    const real = await (0,repo_files/* realPathInRepo */.FQ)(ctx, path, at, 'include');
    if (real === undefined)
        return [];
    const stat = await ctx.fs.stat(real);
    if (!stat.isDirectory)
        return [path];
    const listing = await ctx.fs.readdir(real);
    const names = listing.filter((name) => yamlFile.test(name)).sort(diagnostics/* compareText */.n6);
    await warnSkipped(ctx, at, path, real, listing);
    const stats = await Promise.all(names.map((name) => ctx.fs.stat((0,external_node_path_.join)(real, name)).catch(() => undefined)));
    const files = [];
    names.forEach((name, index) => {
        const child = path === '' ? name : `${path}/${name}`;
        const childStat = stats[index];
        // A symlink is kept here and checked (it must stay inside) when read; a
        // regular file in a checked folder is inside, at a known real path.
        if (childStat?.isFile) {
            ctx.listed.set(child, { real: (0,external_node_path_.join)(real, name), stat: childStat });
            files.push(child);
        }
        else if (childStat?.isSymbolicLink) {
            files.push(child);
        }
    });
    if (files.length === 0) {
        (0,repo_files/* reportAt */.UA)(ctx, at, 'include-empty', `the folder "${path}/" holds no .yaml or .yml files`, 'Folders are not searched recursively; use a glob such as "folder/**/*.yaml" to include sub-folders.');
    }
    return files;
}
/**
 * A warning per entry a folder include leaves out that looks meant to be
 * read: a file ending in .yaml or .yml in other letter cases
 * (`Service.YAML`; a folder include reads only lower-case ones), and a
 * sub-folder holding .yaml or .yml files (it reads no sub-folder). Moving
 * a file into a sub-folder would otherwise drop its objects, and the next
 * sync would prune them, without a word.
 */
async function warnSkipped(ctx, at, folder, real, listing) {
    const others = listing
        .filter((name) => !yamlFile.test(name))
        .sort(diagnostics/* compareText */.n6);
    const stats = await Promise.all(others.map((name) => ctx.fs.stat((0,external_node_path_.join)(real, name)).catch(() => undefined)));
    const shown = (name) => `${folder === '' ? '' : `${folder}/`}${name}`;
    for (const [index, name] of others.entries()) {
        const stat = stats[index];
        if (stat?.isFile && /\.ya?ml$/i.test(name)) {
            const lower = name.replace(/\.ya?ml$/i, (ext) => ext.toLowerCase());
            warn(ctx, at, 'include-skipped-file', {
                message: `${shown(name)} is not read: a folder include reads files ending in .yaml or .yml, in lower case`,
                hint: `Rename it to ${lower} to include it, or move it out of the folder.`
            });
        }
        else if (stat?.isDirectory && (await holdsYaml(ctx, (0,external_node_path_.join)(real, name)))) {
            warn(ctx, at, 'include-skipped-folder', {
                message: `${shown(name)}/ holds .yaml or .yml files that are not read: a folder include does not read sub-folders`,
                hint: `Include it too (- include: ${shown(name)}/), or include a glob such as "${shown('**/*.yaml')}".`
            });
        }
    }
}
/**
 * Whether a folder holds a .yaml or .yml file at its top level that looks
 * like manifests: not a chart (its Chart.yaml would be no manifest), not a
 * hidden folder (`.github/` holds workflows).
 */
async function holdsYaml(ctx, real) {
    if ((0,external_node_path_.basename)(real).startsWith('.'))
        return false;
    const names = await ctx.fs.readdir(real).catch(() => []);
    if (names.includes('Chart.yaml'))
        return false;
    return names.some((name) => yamlFile.test(name));
}
function warn(ctx, at, code, text) {
    ctx.diagnostics.push({
        severity: 'warning',
        code,
        message: text.message,
        file: at.file,
        line: at.line,
        column: at.column,
        pointer: at.pointer,
        hint: text.hint
    });
}
async function globTargets(ctx, fromFile, pattern, at) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((s) => isGlob(s));
    const base = (0,repo_files/* resolveInRepo */.c7)(ctx, fromFile, segments.slice(0, firstGlob).join('/') || '.', at, 'include');
    if (base === undefined)
        return [];
    const rest = segments.slice(firstGlob);
    if (rest.some((s) => s === '..' || s === '.')) {
        (0,repo_files/* reportAt */.UA)(ctx, at, 'include-invalid', `the glob "${pattern}" has "." or ".." after a wildcard`, 'Put the folder part first, e.g. "../shared/**/*.yaml".');
        return [];
    }
    // Matched part by part without a regular expression (wildcard.ts says why).
    const matches = (rel) => (0,wildcard/* matchesParts */.m)(rest, rel.split('/'), true);
    const recursive = rest.includes('**');
    const found = [];
    // A missing base folder is reported once, as not found, not also as empty.
    if (!(await (0,repo_files/* checkRealPath */._u)(ctx, base, at, 'include')))
        return [];
    await walk(ctx, base, '', recursive ? Infinity : rest.length, (rel) => {
        if (matches(rel))
            found.push(base === '' ? rel : `${base}/${rel}`);
    });
    found.sort(diagnostics/* compareText */.n6);
    if (found.length === 0) {
        (0,repo_files/* reportAt */.UA)(ctx, at, 'include-empty', `the glob "${pattern}" matches no files`, '"*" matches within one folder name, "**" matches any number of folders.');
    }
    return found;
}
/**
 * Visits regular files below `base` up to `depth` folders deep. Symlinked
 * folders are not followed: a glob must not wander out of the repository
 * or loop.
 */
async function walk(ctx, base, rel, depth, visit) {
    const folder = rel === '' ? base : base === '' ? rel : `${base}/${rel}`;
    let names;
    try {
        names = await ctx.fs.readdir((0,repo_files/* absolutePath */.Hi)(ctx, folder));
    }
    catch {
        return;
    }
    for (const name of names.sort(diagnostics/* compareText */.n6)) {
        const childRel = rel === '' ? name : `${rel}/${name}`;
        const childPath = folder === '' ? name : `${folder}/${name}`;
        let stat;
        try {
            stat = await ctx.fs.stat((0,repo_files/* absolutePath */.Hi)(ctx, childPath));
        }
        catch {
            continue;
        }
        if (stat.isDirectory) {
            if (depth > 1)
                await walk(ctx, base, childRel, depth - 1, visit);
        }
        else if (stat.isFile || stat.isSymbolicLink) {
            visit(childRel);
        }
    }
}

// EXTERNAL MODULE: ./src/definition/plain-data.ts
var plain_data = __webpack_require__(8038);
// EXTERNAL MODULE: ./src/definition/raw-manifest-name.ts
var raw_manifest_name = __webpack_require__(2417);
// EXTERNAL MODULE: ./src/definition/references.ts + 1 modules
var references = __webpack_require__(5515);
;// CONCATENATED MODULE: ./src/definition/compose.ts
/**
 * Composes the definition: walks the root document, expands `include:` items
 * of `spec.stacks`, `stacks[].manifests` and `stacks[].addons` in place, and
 * reads the files entries point at (`from_file`, `configuration.from_file`,
 * local chart folders). Positions are recorded under the composed pointers,
 * so an entry spliced in from another file still points at that file.
 */










/**
 * What identifies an included file: its real path. Reached through a
 * symlinked folder (`d/a -> .`), a file is the same file at every depth;
 * keyed by its path text it was a new one each level deeper, and two such
 * links doubled the work per level until the links gave out (a hang). A
 * path that cannot be resolved keys by its text; reading it says why.
 */
async function includeKey(ctx, path) {
    const listed = ctx.listed.get(path);
    if (listed)
        return listed.real;
    let key = ctx.includeKeys.get(path);
    if (key === undefined) {
        key = await ctx.fs.realpath((0,guarded_read/* absoluteIn */.FN)(ctx.root, path)).catch(() => path);
        ctx.includeKeys.set(path, key);
    }
    return key;
}
/** Creates the scope for one document of a parsed file. */
function documentScope(ctx, parsed, doc, chain) {
    return {
        parsed,
        doc,
        sourceMap: ctx.sourceMap,
        chain
    };
}
/** Composes the root document into plain data (includes expanded). */
async function composeRoot(ctx, scope) {
    return composeMap(ctx, scope, scope.doc.contents, '', undefined, {
        spec: (node, pointer, key) => composeMap(ctx, scope, node, pointer, key, {
            stacks: (list, listPointer, listKey) => composeList(ctx, scope, list, listPointer, listKey, 'stacks')
        })
    });
}
/** A mapping whose listed keys get special treatment; others convert as is. */
async function composeMap(ctx, scope, node, pointer, key, special) {
    const map = resolveAlias(node);
    if (!(0,dist/* isMap */.jh)(map))
        return convertNode(scope, node, pointer, key);
    recordPosition(scope, pointer, map, key);
    const out = {};
    // Merged keys (`<<: *defaults`) get the same treatment as written ones.
    for (const pair of mergedPairs(map)) {
        const name = keyText(pair.key);
        const childPtr = (0,definition_pointer/* childPointer */.Y2)(pointer, name);
        const handler = Object.hasOwn(special, name) ? special[name] : undefined;
        const value = handler
            ? await handler(pair.value, childPtr, pair.key)
            : convertNode(scope, pair.value, childPtr, pair.key);
        setProperty(out, name, value);
    }
    return out;
}
/** A list whose items may be entries or `include:` items. */
async function composeList(ctx, scope, node, pointer, key, kind) {
    const list = resolveAlias(node);
    if (!(0,dist/* isSeq */.oP)(list))
        return convertNode(scope, node, pointer, key);
    recordPosition(scope, pointer, list, key);
    for (const item of list.items) {
        if (kind === 'manifests' && (0,dist/* isMap */.jh)(item) && !item.has('include'))
            (0,repo_files/* prefetch */.yj)(ctx, scope.parsed.file, item.get('from_file'));
    }
    const out = [];
    for (const item of list.items) {
        if ((0,dist/* isMap */.jh)(item) && item.has('include')) {
            await expandInclude(ctx, scope, item, pointer, kind, out);
        }
        else {
            out.push(await composeEntry(ctx, scope, item, (0,definition_pointer/* childPointer */.Y2)(pointer, out.length), kind));
        }
    }
    return out;
}
async function composeEntry(ctx, scope, node, pointer, kind) {
    if (kind === 'stacks') {
        const list = (k) => (n, p, key) => composeList(ctx, scope, n, p, key, k);
        return composeMap(ctx, scope, node, pointer, undefined, {
            manifests: list('manifests'),
            addons: list('addons')
        });
    }
    const entry = convertNode(scope, node, pointer);
    await (0,references/* readReferences */.P)(ctx, scope.parsed.file, entry, pointer, kind);
    return entry;
}
/** Expands one `- include: path` item into `out`. */
async function expandInclude(ctx, scope, item, listPointer, kind, out) {
    const valueNode = item.get('include', true);
    const offset = valueNode?.range?.[0] ?? item.range?.[0] ?? 0;
    const at = {
        file: scope.parsed.file,
        ...(0,yaml_parse/* positionOf */.df)(scope.parsed, offset),
        pointer: (0,definition_pointer/* childPointer */.Y2)(listPointer, out.length)
    };
    const path = (0,dist/* isScalar */.jn)(valueNode) ? valueNode.value : undefined;
    if (typeof path !== 'string' || path.trim() === '' || item.items.length > 1) {
        (0,repo_files/* reportAt */.UA)(ctx, at, 'include-invalid', 'an include item must be exactly `- include: <file, folder/ or glob>`', 'Example: `- include: platform/namespaces.yaml`');
        return;
    }
    const targets = [];
    for (const target of await includeTargets(ctx, scope.parsed.file, path, at))
        if (await checkIncludeOnce(ctx, scope, target, at))
            targets.push(target);
    // Read a folder's files concurrently (the order of reads does not matter:
    // each is cached), then splice them strictly in the sorted order. A file
    // included among manifests may hold raw objects, which are only values.
    const read = kind === 'manifests' ? repo_files/* readRepoValues */.XK : repo_files/* readRepoYaml */.W7;
    const files = await Promise.all(targets.map((target) => read(ctx, target, at, 'include')));
    for (const [index, parsed] of files.entries()) {
        if (!parsed)
            continue;
        const chain = [...scope.chain, targets[index]];
        await spliceFile(ctx, parsed, chain, listPointer, kind, out);
    }
}
/**
 * Reports an include cycle or a file included twice, the same file by its
 * real path (`includeKey`); true when it is fine.
 */
async function checkIncludeOnce(ctx, scope, target, at) {
    const key = await includeKey(ctx, target);
    const first = ctx.includedAt.get(key);
    const chainKeys = await Promise.all(scope.chain.map((path) => includeKey(ctx, path)));
    const entered = chainKeys.indexOf(key);
    if (entered >= 0) {
        const cycle = [...scope.chain.slice(entered), target];
        (0,repo_files/* reportAt */.UA)(ctx, at, 'include-cycle', `include cycle: ${cycle.join(' → ')}`, first
            ? `${cycle[0] ?? target} was entered at ${first.file}:${first.line}:${first.column}; remove one of the two includes.`
            : 'Remove one of the includes in the cycle.');
        return false;
    }
    if (first) {
        (0,repo_files/* reportAt */.UA)(ctx, at, 'include-duplicate', `${target} is included twice in this cluster (first at ${first.file}:${first.line}:${first.column})`, 'Include each file once; entries would otherwise be declared twice.');
        return false;
    }
    ctx.includedAt.set(key, {
        file: at.file,
        line: at.line,
        column: at.column
    });
    return true;
}
/** Appends the entries of an included file to `out`. */
async function spliceFile(ctx, file, chain, listPointer, kind, out) {
    if (kind === 'manifests' && spliceRawObjects(ctx, file, listPointer, out))
        return;
    const parsed = (0,repo_files/* documentsOf */.uo)(ctx, file);
    for (const doc of parsed.documents) {
        const scope = documentScope(ctx, parsed, doc, chain);
        const items = (0,dist/* isSeq */.oP)(doc.contents)
            ? doc.contents.items
            : [doc.contents];
        for (const node of items) {
            if ((0,dist/* isMap */.jh)(node) && node.has('include')) {
                await expandInclude(ctx, scope, node, listPointer, kind, out);
                continue;
            }
            const pointer = (0,definition_pointer/* childPointer */.Y2)(listPointer, out.length);
            out.push(await composeEntry(ctx, scope, node, pointer, kind));
        }
    }
}
/** The start of each document of a file, from its values or its Documents. */
function documentStarts(parsed) {
    if ('values' in parsed) {
        return parsed.values.map(({ value, line, column }) => ({
            raw: (0,plain_data/* isRecord */.u4)(value) &&
                Object.hasOwn(value, 'apiVersion') &&
                Object.hasOwn(value, 'kind'),
            line,
            column
        }));
    }
    return parsed.documents.map((doc) => ({
        raw: (0,dist/* isMap */.jh)(doc.contents) &&
            doc.contents.has('apiVersion') &&
            doc.contents.has('kind'),
        ...(0,yaml_parse/* positionOf */.df)(parsed, doc.contents?.range?.[0] ?? 0)
    }));
}
/**
 * Appends a file of raw objects as one manifest entry and returns true;
 * returns false when it holds none. A file that mixes raw objects with
 * entries is reported (and true returned: nothing is spliced).
 */
function spliceRawObjects(ctx, parsed, listPointer, out) {
    const starts = documentStarts(parsed);
    const [first] = starts;
    if (!first || !starts.some((d) => d.raw))
        return false;
    const entry = starts.find((d) => !d.raw);
    if (entry) {
        (0,repo_files/* reportAt */.UA)(ctx, { file: parsed.file, line: entry.line, column: entry.column }, 'include-mixed-documents', `${parsed.file} mixes raw Kubernetes objects with manifest entries`, 'Put raw objects (apiVersion + kind) and manifest entries (name + from_file/manifest) in separate files.');
        return true;
    }
    const pointer = (0,definition_pointer/* childPointer */.Y2)(listPointer, out.length);
    out.push(rawManifestEntry(ctx, parsed, pointer, first));
    return true;
}
/**
 * A file of raw Kubernetes objects becomes one manifest named after its path
 * without extension (raw-manifest-name.ts has the rule): paths are unique,
 * so files in different teams' folders never collide.
 */
function rawManifestEntry(ctx, parsed, pointer, first) {
    const name = (0,raw_manifest_name/* rawManifestName */.xh)(ctx.definitionFile, parsed.file);
    const fromFile = parsed.file.slice(parsed.file.lastIndexOf('/') + 1);
    const position = { file: parsed.file, line: first.line, column: first.column };
    for (const p of [pointer, `${pointer}/name`, `${pointer}/from_file`]) {
        ctx.sourceMap.set(p, position);
    }
    ctx.references.set(`${pointer}/from_file`, { path: parsed.file, parsed });
    ctx.rawManifests.add(pointer);
    return { name, from_file: fromFile };
}

;// CONCATENATED MODULE: ./src/definition/load.ts
/**
 * `loadDefinition`: reads a cluster definition and everything it includes or
 * refers to through the FileSystem port, and returns the composed document
 * with a source map. User mistakes (missing files, bad YAML, escaping paths,
 * include cycles) are diagnostics; it never throws for them.
 */



/** Loads and composes the definition; resolves even when the input is broken. */
async function loadDefinition(options) {
    const base = await (0,repo_files/* createLoaderContext */.b1)(options.fs, options.root, options.readsOnly);
    const file = options.file.split('\\').join('/');
    const ctx = {
        ...base,
        definitionFile: file,
        references: new Map(),
        rawManifests: new Set(),
        includedAt: new Map(),
        includeKeys: new Map()
    };
    const at = { file, line: 1, column: 1 };
    ctx.includedAt.set(await includeKey(ctx, file), at);
    const parsed = await (0,repo_files/* readRepoYaml */.W7)(ctx, file, at, 'the cluster definition');
    let document;
    const [first, ...others] = parsed?.documents ?? [];
    if (parsed && first) {
        if (others.length > 0) {
            const start = others[0]?.contents?.range?.[0] ?? 0;
            const { line, col } = parsed.lineCounter.linePos(start);
            ctx.diagnostics.push({
                severity: 'error',
                code: 'definition-multiple-documents',
                message: `${file} holds ${others.length + 1} YAML documents; a cluster definition is one document`,
                file,
                line,
                column: col,
                hint: 'Move the other documents into files of their own and include them.'
            });
        }
        document = await composeRoot(ctx, documentScope(ctx, parsed, first, [file]));
    }
    else if (parsed && ctx.diagnostics.length === 0) {
        ctx.diagnostics.push({
            severity: 'error',
            code: 'definition-empty',
            message: `${file} is empty`,
            file,
            line: 1,
            column: 1,
            hint: 'Start from `apiVersion: v1`, `kind: ImportCluster`, `metadata: {name: …}`, `spec: {stacks: […]}`.'
        });
    }
    return {
        root: options.root,
        file,
        document,
        sourceMap: ctx.sourceMap,
        references: ctx.references,
        rawManifests: ctx.rawManifests,
        files: [...ctx.filesRead].sort(diagnostics/* compareText */.n6),
        diagnostics: ctx.diagnostics
    };
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

/***/ 7060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ pointerTokens),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   Yg: () => (/* binding */ parentPointer)
/* harmony export */ });
/**
 * JSON pointers (RFC 6901) name places in the composed definition; they are
 * the keys of the source map and the `pointer` of every diagnostic.
 */
/** Appends one reference token, escaping `~` and `/` as RFC 6901 requires. */
function childPointer(parent, token) {
    if (typeof token === 'number')
        return `${parent}/${token}`;
    // Most keys need no escaping; skip the two replacements for them.
    if (!token.includes('~') && !token.includes('/'))
        return `${parent}/${token}`;
    const text = token.replace(/~/g, '~0').replace(/\//g, '~1');
    return `${parent}/${text}`;
}
/** The unescaped reference tokens of a pointer (`/a/b~1c` → `['a', 'b/c']`). */
function pointerTokens(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** The pointer of the containing value (`/a/b` → `/a`); `''` for the root. */
function parentPointer(pointer) {
    const cut = pointer.lastIndexOf('/');
    return cut <= 0 ? '' : pointer.slice(0, cut);
}


/***/ }),

/***/ 2417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ definitionFolder),
/* harmony export */   _5: () => (/* binding */ legacyRawManifestName),
/* harmony export */   xh: () => (/* binding */ rawManifestName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The name of a manifest made from an included file of raw Kubernetes
 * objects. Names must survive moving a cluster's folder inside a repository
 * (together with its files), because `parents` and the inventory's step ids
 * are written with them:
 *
 * - a file inside the definition's folder is named by its path from that
 *   folder, without extension (`platform/rbac.yaml` → `platform/rbac`);
 * - a file outside it (a folder shared by several clusters, reached with
 *   `..`) is named by its path from the repository root with a leading `/`
 *   (`/shared/quota`), as .gitignore and CODEOWNERS anchor paths at the root.
 *   Every cluster that includes it then knows it by the same name, whatever
 *   its depth, and no name of the first kind starts with `/`.
 *
 * Before this rule every such file was named by its repository-relative
 * path; that name is its legacy name, still accepted in `parents` with a
 * deprecation warning, and the inventory's step ids move from it.
 */

const yamlExtension = /\.ya?ml$/;
/** The definition's folder, repository-relative ('' at the root). */
function definitionFolder(definitionFile) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(definitionFile));
    return folder === '.' ? '' : folder;
}
/**
 * The manifest name of the raw-object file at `path` (repository-relative)
 * for the definition at `definitionFile` (repository-relative).
 */
function rawManifestName(definitionFile, path) {
    const bare = path.replace(yamlExtension, '');
    const folder = definitionFolder(definitionFile);
    if (folder === '')
        return bare;
    return bare.startsWith(`${folder}/`)
        ? bare.slice(folder.length + 1)
        : `/${bare}`;
}
/**
 * The name the same file had before names were taken from the definition's
 * folder (its repository-relative path without extension), when it differs
 * from `name`; undefined otherwise.
 */
function legacyRawManifestName(name, path) {
    const legacy = path.replace(yamlExtension, '');
    return legacy === name ? undefined : legacy;
}


/***/ }),

/***/ 9735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ lookUpRepoFile),
/* harmony export */   p: () => (/* binding */ documentsFromValues)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3394);
/**
 * The loader's reads-only mode (`LoadOptions.readsOnly`): a load that only
 * has to ask about the paths a full load asks about, for fleet discovery
 * (fleet/discover.ts), which learns from them which clusters a change
 * touches. Two things a full load does cannot change those paths:
 *
 * - reading and parsing a file an entry points at (`from_file`, values,
 *   encrypted files): its content is turned into values, never into more
 *   paths, so it is looked up (the same guards) and not read;
 * - `yaml`'s parse of a file that is composed (the definition, included
 *   stacks and entries): where the fast path vouches for the values
 *   (plain-yaml.ts holds it to `yaml`'s answers), Documents made from them
 *   compose the same way, so the same includes and references follow.
 */



/**
 * Documents holding the fast path's values, to compose from. Their nodes
 * have no source ranges (every reader of a range allows for that), so each
 * place is line 1 of the file.
 */
function documentsFromValues(parsed) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    lineCounter.addNewLine(0);
    return {
        file: parsed.file,
        documents: parsed.values.map(
        // The fast path declines anchors and aliases, so no value is shared
        // and there is nothing to alias.
        ({ value }) => new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Document */ .yo(value, {
            aliasDuplicateObjects: false
        })),
        lineCounter,
        text: parsed.text,
        reader: parsed.reader
    };
}
/**
 * Looks up the file an entry points at (`path`, repository-relative,
 * already checked not to climb out) as a read of it would, without
 * reading it; adds it to the files read, or resolves with why a read
 * would refuse it. Not cached: an include of the same file still reads it.
 *
 * A read resolves the file's real path first, one realpath per file; here
 * that is the real path of its folder, once per folder, and an lstat of
 * the file, which a read makes too. The two agree whenever the folder's
 * real path is the folder itself and the file is no symbolic link, and
 * then the paths asked about are the read's and the folder; otherwise the
 * lookup asks exactly what a read asks.
 */
async function lookUpRepoFile(ctx, path, what) {
    if (ctx.cache.has(path))
        return undefined;
    const refusal = ctx.listed.has(path) || !(await inPlainFolder(ctx, path))
        ? await lookUpAsRead(ctx, path, what)
        : await lookUpInPlainFolder(ctx, path, what);
    if (refusal === undefined)
        ctx.filesRead.add(path);
    return refusal;
}
/** True when the real path of `path`'s folder is that folder, as written. */
async function inPlainFolder(ctx, path) {
    const folder = (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteIn */ .FN)(ctx.root, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path).replace(/^\.$/, ''));
    const real = await ctx.fs.realpath(folder).catch(() => undefined);
    return real === folder && ctx.realRoot === ctx.root;
}
/** The lookup of a file in a plain folder (see lookUpRepoFile). */
async function lookUpInPlainFolder(ctx, path, what) {
    const file = (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteIn */ .FN)(ctx.root, path);
    const stat = await ctx.fs.stat(file).catch(() => undefined);
    // Missing: as the read's realpath would, say so.
    if (stat === undefined)
        return lookUpAsRead(ctx, path, what);
    if (stat.kind === 'symbolic link')
        return lookUpAsRead(ctx, path, what);
    return (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseUnreadable */ .ws)(stat, path, what)?.refused;
}
/** Every check of a guarded read, the read itself left out. */
async function lookUpAsRead(ctx, path, what) {
    const known = ctx.listed.get(path);
    const read = await (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readGuarded */ .vK)(ctx.fs, ctx, path, what, {
        ...(known ? { known } : {}),
        read: () => noBytes
    });
    return 'refused' in read ? read.refused : undefined;
}
const noBytes = Promise.resolve(new Uint8Array(0));


/***/ }),

/***/ 5515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ isLocalChart),
  P: () => (/* binding */ readReferences)
});

// EXTERNAL MODULE: ./src/definition/plain-data.ts
var plain_data = __webpack_require__(8038);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(7060);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/definition/guarded-read.ts
var guarded_read = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/definition/repo-files.ts + 1 modules
var repo_files = __webpack_require__(3272);
;// CONCATENATED MODULE: ./src/definition/chart-folder.ts
/**
 * A local chart folder (`chart_name: ./charts/app`) as Helm will read it:
 * Helm loads every file of the folder and follows symbolic links while it
 * does, so a link in a pull request's chart (`Chart.yaml` → /etc/passwd,
 * `templates` → /etc) would hand the runner's files to Helm during a sync.
 * The whole tree is checked before Helm ever sees it, in validate and sync
 * alike: every link must stay inside the repository (a folder it names is
 * checked in turn), and only regular files and folders may be in it.
 */





/**
 * How many entries a chart folder's check looks at: far beyond a real
 * chart, and a bound on the work a hostile tree can cause.
 */
const maxChartEntries = 10_000;
const outside = 'is a symbolic link to a place outside the repository';
// Helm reads every file of a chart, and a template can print any of them
// (`.Files.Get`): `.git/` holds the checkout's data, in CI its token.
const gitData = "is, or links into, .git/, which holds the checkout's own data (in CI, its credentials); Helm would read it as a chart file";
/** How many refusals one chart folder reports before it says "and more". */
const maxReported = 10;
/** A chart file larger than this enters the folder's digest by its size only. */
const maxHashedBytes = 32 * 1024 * 1024;
/**
 * Checks every entry below the chart folder `path` (repository-relative,
 * at the real path `real`, already inside the repository); reports each
 * problem at `at` and resolves undefined when there was one. Otherwise
 * resolves with a digest of the chart's files, their paths and contents:
 * the add-on's step changes with a template, as Helm would render it, not
 * only with the chart's version. The files are read through the loader's
 * file system, so the unchanged-files check sees them too.
 */
async function checkChartTree(ctx, path, real, at) {
    const files = [];
    const problems = [];
    const seen = new Set([real]);
    // Breadth-first, by path: no recursion, however deep the tree.
    const folders = [{ shown: path, real }];
    let entries = 0;
    for (let next = folders.shift(); next; next = folders.shift()) {
        const names = (await ctx.fs.readdir(next.real)).sort(diagnostics/* compareText */.n6);
        for (const name of names) {
            if (++entries > maxChartEntries) {
                (0,repo_files/* reportAt */.UA)(ctx, at, 'chart-folder-invalid', `the chart folder "${path}" holds more than ${maxChartEntries} files and folders`, 'Keep only the chart in its folder; Helm loads every file of it.');
                return undefined;
            }
            const shown = `${next.shown}/${name}`;
            const entry = (0,external_node_path_.join)(next.real, name);
            if (name.toLowerCase() === '.git') {
                problems.push({ entry: shown, is: gitData });
                continue;
            }
            const stat = await ctx.fs.stat(entry);
            if (stat.kind === 'file') {
                files.push({ shown, real: entry });
                continue;
            }
            if (stat.kind === 'folder') {
                folders.push({ shown, real: entry });
                continue;
            }
            if (stat.kind !== 'symbolic link') {
                problems.push({
                    entry: shown,
                    is: `is a ${stat.kind}, not a file or folder`
                });
                continue;
            }
            const target = await ctx.fs.realpath(entry).catch(() => undefined);
            if (target === undefined) {
                problems.push({ entry: shown, is: 'is a symbolic link to nothing' });
            }
            else if (!(0,guarded_read/* isInside */.FK)(ctx.realRoot, target)) {
                problems.push({ entry: shown, is: outside });
            }
            else if ((0,guarded_read/* inGitFolder */.Kv)((0,external_node_path_.relative)(ctx.realRoot, target))) {
                problems.push({ entry: shown, is: gitData });
            }
            else if (!seen.has(target)) {
                // Helm follows the link: what it names is part of the chart.
                const linked = await ctx.fs.stat(target);
                seen.add(target);
                if (linked.kind === 'folder')
                    folders.push({ shown, real: target });
                else if (linked.kind === 'file')
                    files.push({ shown, real: target });
                else
                    problems.push({
                        entry: shown,
                        is: `links to a ${linked.kind}, not a file`
                    });
            }
        }
    }
    for (const { entry, is } of problems.slice(0, maxReported)) {
        (0,repo_files/* reportAt */.UA)(ctx, at, is === outside
            ? 'path-escapes-repository'
            : is === gitData
                ? 'path-in-git-folder'
                : 'chart-folder-invalid', `"${entry}" in the chart folder "${path}" ${is}`, is === gitData
            ? 'Keep the chart in a folder of its own, without .git/ and without links into it.'
            : 'Helm follows links and reads every file of a chart: copy what the chart needs into its folder, as regular files.');
    }
    if (problems.length > maxReported) {
        (0,repo_files/* reportAt */.UA)(ctx, at, 'chart-folder-invalid', `the chart folder "${path}" holds ${problems.length - maxReported} more such entries`, 'Each is refused for the same reasons as the ones above.');
    }
    return problems.length === 0 ? filesDigest(ctx, path, files) : undefined;
}
/** sha256 over each file's path below the folder and its bytes, in path order. */
async function filesDigest(ctx, folder, files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of [...files].sort((a, b) => (0,diagnostics/* compareText */.n6)(a.shown, b.shown))) {
        const name = file.shown.slice(folder.length + 1);
        const bytes = await ctx.fs
            .readFile(file.real, maxHashedBytes)
            .catch(async () => {
            const stat = await ctx.fs.stat(file.real);
            return new TextEncoder().encode(`(${stat.size} bytes)`);
        });
        hash.update(`${name}\0${bytes.length}\0`).update(bytes);
    }
    return `sha256:${hash.digest('hex')}`;
}

// EXTERNAL MODULE: ./src/definition/reads-only.ts
var reads_only = __webpack_require__(9735);
;// CONCATENATED MODULE: ./src/definition/references.ts





/** True when `chart_name` names a chart folder in the repository. */
function isLocalChart(chartName) {
    return chartName.startsWith('./') || chartName.startsWith('../');
}
/** Reads what a composed manifest or add-on entry refers to. */
async function readReferences(ctx, fromFile, entry, pointer, kind) {
    if (!(0,plain_data/* isRecord */.u4)(entry))
        return;
    const fields = entry;
    if (kind === 'manifests') {
        await readYamlReference(ctx, fromFile, fields.from_file, `${pointer}/from_file`, "manifest 'from_file'");
        return;
    }
    const configuration = (0,plain_data/* recordField */.Qb)(fields, 'configuration');
    if (configuration) {
        await readYamlReference(ctx, fromFile, configuration.from_file, `${pointer}/configuration/from_file`, "values 'from_file'");
    }
    const chart = fields.chart_name;
    if (typeof chart === 'string' && isLocalChart(chart)) {
        await readChartFolder(ctx, fromFile, chart, (0,definition_pointer/* childPointer */.Y2)(pointer, 'chart_name'));
    }
}
async function readYamlReference(ctx, fromFile, value, pointer, what) {
    if (typeof value !== 'string' || value === '')
        return;
    const at = { ...locate(ctx, pointer, fromFile), pointer };
    const path = (0,repo_files/* resolveInRepo */.c7)(ctx, fromFile, value, at, what);
    if (path === undefined)
        return;
    if (ctx.readsOnly) {
        const refused = await (0,reads_only/* lookUpRepoFile */.P)(ctx, path, what);
        if (refused)
            (0,repo_files/* reportRefusal */.Ld)(ctx, at, refused);
        return;
    }
    const parsed = await (0,repo_files/* readRepoValues */.XK)(ctx, path, at, what);
    if (parsed)
        ctx.references.set(pointer, { path, parsed });
}
async function readChartFolder(ctx, fromFile, chart, pointer) {
    const at = { ...locate(ctx, pointer, fromFile), pointer };
    const path = (0,repo_files/* resolveInRepo */.c7)(ctx, fromFile, chart, at, 'chart folder');
    if (path === undefined)
        return;
    const real = await (0,repo_files/* realPathInRepo */.FQ)(ctx, path, at, 'chart folder');
    if (real === undefined)
        return;
    try {
        const chartYaml = await ctx.fs.stat((0,repo_files/* absolutePath */.Hi)(ctx, `${path}/Chart.yaml`));
        if (chartYaml.isFile || chartYaml.isSymbolicLink) {
            const digest = await checkChartTree(ctx, path, real, at);
            if (digest !== undefined)
                ctx.references.set(pointer, { path, digest });
            return;
        }
    }
    catch {
        // Falls through to the diagnostic below.
    }
    (0,repo_files/* reportAt */.UA)(ctx, at, 'chart-folder-invalid', `the chart folder "${path}" has no Chart.yaml`, 'A local chart is a folder with Chart.yaml, as `helm create` makes it.');
}
function locate(ctx, pointer, fromFile) {
    const found = ctx.sourceMap.locate(pointer);
    return found
        ? { file: found.file, line: found.line, column: found.column }
        : { file: fromFile, line: 1, column: 1 };
}


/***/ }),

/***/ 3272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hi: () => (/* binding */ absolutePath),
  _u: () => (/* binding */ checkRealPath),
  b1: () => (/* binding */ createLoaderContext),
  uo: () => (/* binding */ documentsOf),
  yj: () => (/* binding */ prefetch),
  XK: () => (/* binding */ readRepoValues),
  W7: () => (/* binding */ readRepoYaml),
  FQ: () => (/* binding */ realPathInRepo),
  UA: () => (/* binding */ reportAt),
  Ld: () => (/* binding */ reportRefusal),
  c7: () => (/* binding */ resolveInRepo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/definition/guarded-read.ts
var guarded_read = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(7060);
;// CONCATENATED MODULE: ./src/definition/source-map.ts

/** JSON pointer → source position, filled while the loader composes. */
class SourceMap {
    positions = new Map();
    /** Records where the value at `pointer` was written. */
    set(pointer, position) {
        this.positions.set(pointer, position);
    }
    /** Records a position by offset (`keyOffset` −1 when there is no key). */
    setOffset(pointer, index, offset, keyOffset, raw) {
        this.positions.set(pointer, { index, offset, keyOffset, raw });
    }
    /** The exact position of the value at `pointer`, if it was recorded. */
    get(pointer) {
        const found = this.positions.get(pointer);
        if (found === undefined || !('index' in found))
            return found;
        const position = {
            file: found.index.file,
            ...found.index.position(found.offset)
        };
        if (found.keyOffset >= 0) {
            position.key = found.index.position(found.keyOffset);
        }
        if (found.raw !== undefined)
            position.raw = found.raw;
        return position;
    }
    /**
     * Where line 1, column 1 of the text in the `|` block scalar at `pointer`
     * is in the file, so a position inside inline YAML (a `manifest: |`) can
     * be given in the file's terms: a literal block keeps its lines as
     * written, shifted by its indentation. Undefined for other scalar styles,
     * whose text does not map line by line.
     */
    literalBlockOrigin(pointer) {
        const found = this.positions.get(pointer);
        if (found === undefined || !('index' in found))
            return undefined;
        const start = found.index.literalBlock?.(found.offset);
        return start && { file: found.index.file, ...start };
    }
    /**
     * The position of `pointer`, or of its nearest recorded ancestor: a value
     * that is missing (a required field) is reported where its parent is.
     */
    locate(pointer) {
        let current = pointer;
        for (;;) {
            if (this.positions.has(current))
                return this.get(current);
            if (current === '')
                return undefined;
            current = (0,definition_pointer/* parentPointer */.Yg)(current);
        }
    }
    /** The position of the key at `pointer` (falls back to its value's). */
    locateKey(pointer) {
        const found = this.locate(pointer);
        if (!found)
            return undefined;
        return found.key
            ? { file: found.file, line: found.key.line, column: found.key.column }
            : found;
    }
    /** Number of recorded positions (for tests and benchmarks). */
    get size() {
        return this.positions.size;
    }
}

// EXTERNAL MODULE: ./src/definition/yaml-parse.ts
var yaml_parse = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/definition/reads-only.ts
var reads_only = __webpack_require__(9735);
;// CONCATENATED MODULE: ./src/definition/repo-files.ts
/**
 * Reading repository files for the loader: every path is repository-relative
 * (forward slashes), must stay inside the repository root — lexically and
 * after symlinks are resolved — and every refusal is a diagnostic at the
 * place that referenced the file, never a throw.
 */





/** Creates the context, resolving the root's real path once. */
async function createLoaderContext(fs, root, readsOnly = false) {
    const { realRoot } = await (0,guarded_read/* readRoot */.XD)(fs, root);
    return {
        fs: memoizedFs(fs),
        root,
        realRoot,
        diagnostics: [],
        sourceMap: new SourceMap(),
        filesRead: new Set(),
        cache: new Map(),
        listed: new Map(),
        readAhead: new Map(),
        readsOnly
    };
}
/**
 * Starts the file-system calls that reading `reference` (relative to
 * `fromFile`) will make, without waiting and without reporting anything:
 * the loader reads its files one after the other (diagnostics keep their
 * order), and overlapping those waits saved ~0.1 s at 100 files with
 * fs/promises. The Node adapter now answers synchronously (node-fs.ts), so
 * there it only moves the reads earlier; a slower file system still gains.
 * A failure waits, unreported, for the real read, which reports it as before.
 */
function prefetch(ctx, fromFile, reference) {
    // Reading only for the paths, nothing is read ahead: the files entries
    // point at are looked up, never read (reads-only.ts).
    if (ctx.readsOnly || typeof reference !== 'string' || reference === '')
        return;
    const joined = joinInRepo(fromFile, reference);
    if (typeof joined !== 'string' || ctx.cache.has(joined))
        return;
    const quiet = (p) => void p.catch(() => undefined);
    const real = ctx.fs.realpath(absolutePath(ctx, joined));
    quiet(real.then(async (path) => {
        // Never read ahead what the real read will refuse to read.
        if (!(0,guarded_read/* isInside */.FK)(ctx.realRoot, path))
            return;
        const stat = await ctx.fs.stat(path);
        if (stat.kind === 'file' &&
            stat.size <= yaml_parse/* maxFileBytes */.eV &&
            !ctx.readAhead.has(path)) {
            const bytes = ctx.fs.readFile(path, yaml_parse/* maxFileBytes */.eV);
            quiet(bytes);
            ctx.readAhead.set(path, bytes);
        }
    }));
}
/**
 * The loader's view of the file system: each look-up (realpath, stat,
 * readdir) is made once per path and run, so a prefetched answer is the one
 * the real read gets; file contents are not kept here (see `readAhead`).
 */
function memoizedFs(fs) {
    const memo = new Map();
    const once = (key, call) => {
        let answer = memo.get(key);
        if (!answer) {
            answer = call();
            // Rejections are for whoever awaits; an unawaited prefetch is no crash.
            answer.catch(() => undefined);
            memo.set(key, answer);
        }
        return answer;
    };
    return {
        readFile: (path, maxBytes) => fs.readFile(path, maxBytes),
        stat: (path) => once(`stat:${path}`, () => fs.stat(path)),
        readdir: (path) => once(`dir:${path}`, () => fs.readdir(path)),
        realpath: (path) => once(`real:${path}`, () => fs.realpath(path))
    };
}
/** Adds an error diagnostic at `at`. */
function reportAt(ctx, at, code, message, hint) {
    ctx.diagnostics.push({
        severity: 'error',
        code,
        message,
        file: at.file,
        line: at.line,
        column: at.column,
        pointer: at.pointer,
        hint
    });
}
/**
 * Resolves `reference` relative to the folder of `fromFile`; returns the
 * repository-relative path, or undefined (after reporting) when it leaves the
 * repository or is absolute.
 */
function resolveInRepo(ctx, fromFile, reference, at, what) {
    const joined = joinInRepo(fromFile, reference);
    if (typeof joined === 'string')
        return joined;
    if (joined.absolute) {
        reportAt(ctx, at, 'path-escapes-repository', `${what} "${reference}" is an absolute path`, 'Write paths relative to the file that contains them.');
        return undefined;
    }
    reportAt(ctx, at, 'path-escapes-repository', `${what} "${reference}" leaves the repository (it resolves to ${joined.resolved})`, `Paths are relative to ${fromFile}; ".." may climb to the repository root but not above it.`);
    return undefined;
}
/**
 * The repository-relative path `reference` names from `fromFile`, or why it
 * names none (absolute, or above the root). Pure: the loader's read and its
 * read-ahead resolve alike.
 */
function joinInRepo(fromFile, reference) {
    if (reference.startsWith('/') || /^[A-Za-z]:[\\/]/.test(reference))
        return { absolute: true };
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(fromFile), reference));
    if (joined === '..' || joined.startsWith('../'))
        return { absolute: false, resolved: joined };
    return joined === '.' ? '' : joined.replace(/\/$/, '');
}
/** The absolute path of a repository-relative path. */
function absolutePath(ctx, path) {
    return (0,guarded_read/* absoluteIn */.FN)(ctx.root, path);
}
/** Reports a refusal of the guarded reader at `at`. */
function reportRefusal(ctx, at, refusal) {
    reportAt(ctx, at, refusal.code, refusal.message, refusal.hint);
}
/**
 * Checks that `path` exists and, after resolving symlinks, is still inside
 * the repository. Reports `file-not-found` or `path-escapes-repository`.
 */
async function checkRealPath(ctx, path, at, what) {
    return (await realPathInRepo(ctx, path, at, what)) !== undefined;
}
/** Like checkRealPath, but resolves with the real path (undefined after reporting). */
async function realPathInRepo(ctx, path, at, what) {
    const real = await (0,guarded_read/* realPathInside */.oG)(ctx.fs, ctx, path, what);
    if (typeof real === 'string')
        return real;
    reportRefusal(ctx, at, real.refused);
    return undefined;
}
/**
 * Reads and parses a YAML file of the repository, once per run. Returns
 * undefined after reporting when it is missing, a folder, too large, not
 * UTF-8, outside the repository, or has no valid document.
 */
async function readRepoYaml(ctx, path, at, what) {
    // For the paths only, a file's Documents are made from its values where
    // the fast path vouches for them: the same composition, without `yaml`'s
    // parse, which was most of the reads-only load of a definition.
    const parse = ctx.readsOnly ? yaml_parse/* parseYamlValues */.l0 : yaml_parse/* parseYamlText */.cd;
    const parsed = await readCached(ctx, path, at, what, (text, file, found) => parse(text, file, found, 'definition'));
    return parsed && documentsOf(ctx, parsed);
}
/**
 * Like {@link readRepoYaml}, for a file whose documents are only turned into
 * values (from_file manifests and Helm values, included raw objects): it
 * may take the js-yaml fast path and hold values only.
 */
async function readRepoValues(ctx, path, at, what) {
    return readCached(ctx, path, at, what, (text, file, found) => (0,yaml_parse/* parseYamlValues */.l0)(text, file, found, 'objects'));
}
/**
 * The Documents of a parsed file. A file read on the fast path is parsed
 * again with `yaml` (which then reports any problem, as it would have) and
 * cached so.
 */
function documentsOf(ctx, parsed) {
    if (!('values' in parsed))
        return parsed;
    const documents = ctx.readsOnly
        ? (0,reads_only/* documentsFromValues */.p)(parsed)
        : (0,yaml_parse/* parseYamlText */.cd)(parsed.text, parsed.file, ctx.diagnostics, parsed.reader);
    ctx.cache.set(parsed.file, documents);
    return documents;
}
async function readCached(ctx, path, at, what, parse) {
    if (ctx.cache.has(path))
        return ctx.cache.get(path);
    const parsed = await readUncached(ctx, path, at, what, parse);
    ctx.cache.set(path, parsed);
    return parsed;
}
async function readUncached(ctx, path, at, what, parse) {
    const known = ctx.listed.get(path);
    ctx.listed.delete(path);
    const read = await (0,guarded_read/* readGuarded */.vK)(ctx.fs, ctx, path, what, {
        ...(known ? { known } : {}),
        read: (real) => {
            const ahead = ctx.readAhead.get(real);
            ctx.readAhead.delete(real);
            return ahead;
        }
    });
    if ('refused' in read) {
        reportRefusal(ctx, at, read.refused);
        return undefined;
    }
    ctx.filesRead.add(path);
    const text = (0,yaml_parse/* decodeUtf8 */._6)(read.bytes, path, ctx.diagnostics);
    return text === undefined ? undefined : parse(text, path, ctx.diagnostics);
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ matchesParts)
/* harmony export */ });
/* unused harmony export matchesWildcard */
/**
 * Wildcard patterns matched without regular expressions. A pattern such as
 * `*a*a*a*…` turned into a regular expression makes V8 backtrack through
 * every way of splitting a name that does not match: a name of 38
 * characters ran past a minute, in a glob any pull request can write.
 * These run in time proportional to pattern × text at worst.
 */
/**
 * Whether `text` matches `pattern`, where `*` is any run of characters
 * (none included) and, with `question`, `?` is one character; every other
 * character stands for itself.
 */
function matchesWildcard(pattern, text, question = false) {
    let p = 0;
    let t = 0;
    // The last `*` seen, and where in the text it started matching.
    let star = -1;
    let from = 0;
    while (t < text.length) {
        const c = pattern[p];
        if (c === '*') {
            star = p++;
            from = t;
        }
        else if (p < pattern.length &&
            (c === text[t] || (question && c === '?'))) {
            p++;
            t++;
        }
        else if (star >= 0) {
            // Let the last star take one more character, and try again after it.
            p = star + 1;
            t = ++from;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/**
 * Whether the parts of a path match the parts of a pattern: a `**` part
 * matches any number of parts (none included), any other part one part
 * by `matchesWildcard`.
 */
function matchesParts(patterns, parts, question = false) {
    // reach[j]: the first i pattern parts can match the first j path parts.
    let reach = Array.from({ length: parts.length + 1 }, (_, j) => j === 0);
    for (const pattern of patterns) {
        const next = Array.from({ length: parts.length + 1 }, () => false);
        for (let j = 0; j <= parts.length; j++) {
            if (pattern === '**') {
                next[j] = reach[j] === true || (j > 0 && next[j - 1] === true);
            }
            else if (j > 0 && reach[j - 1] === true) {
                next[j] = matchesWildcard(pattern, parts[j - 1] ?? '', question);
            }
        }
        reach = next;
    }
    return reach[parts.length] === true;
}


/***/ })

};
;