"use strict";
exports.id = 519;
exports.ids = [519];
exports.modules = {

/***/ 6519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiscover: () => (/* binding */ runDiscover)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/definition/input-journal.ts
var input_journal = __webpack_require__(111);
// EXTERNAL MODULE: ./src/definition/cluster-name.ts
var cluster_name = __webpack_require__(2075);
// EXTERNAL MODULE: ./src/definition/load.ts + 3 modules
var load = __webpack_require__(5704);
// EXTERNAL MODULE: ./src/fleet/find-definitions.ts
var find_definitions = __webpack_require__(7810);
;// CONCATENATED MODULE: ./src/fleet/git-changes.ts
/**
 * What changed in the checkout since a commit, asked of git through the
 * Exec port (argv only, never a shell): the paths that differ between the
 * commit and the working tree, untracked files included (a new values file
 * not yet committed changes what a local sync reads), and the text a
 * deleted file had, to name the cluster a deleted definition managed.
 * Paths are relative to `root` (`--relative`), as the loader's journal
 * writes them.
 */

const gitTimeoutMs = 60_000;
/** The full commit id `ref` names in `root`, or undefined when git does not know it. */
async function resolveCommit(exec, root, ref) {
    const result = await git(exec, root, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref}^{commit}`
    ]).catch(() => undefined);
    const out = result?.stdout.trim() ?? '';
    return result?.exitCode === 0 && out !== '' ? out : undefined;
}
/**
 * The changes between `commit` and the working tree under `root`. Throws
 * ConfigurationError when git cannot answer (not a repository).
 */
async function changesSince(exec, root, commit) {
    const [diff, untracked] = await Promise.all([
        git(exec, root, [
            'diff',
            '--name-status',
            '--no-renames',
            '--relative',
            '-z',
            commit,
            '--'
        ]),
        git(exec, root, ['ls-files', '--others', '--exclude-standard', '-z'])
    ]);
    for (const r of [diff, untracked]) {
        if (r.exitCode !== 0) {
            throw new errors/* ConfigurationError */.j1(`git could not list the changes since ${commit.slice(0, 12)} in ${root}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
        }
    }
    const changed = new Set();
    const deleted = [];
    // -z: "<status>\0<path>\0" pairs; paths are never quoted.
    const parts = diff.stdout.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const status = parts[i];
        const path = parts[i + 1];
        changed.add(path);
        if (status === 'D')
            deleted.push(path);
    }
    for (const path of untracked.stdout.split('\0'))
        if (path !== '')
            changed.add(path);
    return { changed, deleted };
}
/** The text `path` (relative to `root`) had at `commit`; undefined when unreadable. */
async function textAt(exec, root, commit, path) {
    const result = await git(exec, root, ['show', `${commit}:./${path}`]).catch(() => undefined);
    return result?.exitCode === 0 ? result.stdout : undefined;
}
function git(exec, root, args) {
    return exec.run('git', args, { cwd: root, timeoutMs: gitTimeoutMs });
}

;// CONCATENATED MODULE: ./src/fleet/shard.ts
/**
 * Splitting a matrix: GitHub runs at most 256 jobs per matrix, so a larger
 * fleet is discovered in shards, `--shard 1/2` and `--shard 2/2`, one
 * discover step (and one matrix) per shard. Shards are contiguous runs of
 * the sorted list, as even as whole numbers allow, so every cluster is in
 * exactly one shard.
 */

/** The most jobs GitHub Actions runs from one matrix. */
const maxMatrixJobs = 256;
/** Parses `i/n` (1 ≤ i ≤ n); throws UsageError naming `what` otherwise. */
function parseShard(text, what) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
        throw new errors/* UsageError */.eb(`${what} takes i/n with 1 <= i <= n (for example 1/2); got "${text}"`);
    }
    return { index, count };
}
/** The items of shard `shard` (all of them without one). */
function shardOf(items, shard) {
    if (!shard)
        return [...items];
    const from = Math.floor(((shard.index - 1) * items.length) / shard.count);
    const to = Math.floor((shard.index * items.length) / shard.count);
    return items.slice(from, to);
}

;// CONCATENATED MODULE: ./src/fleet/discover.ts
/**
 * `discover`: the fleet's cluster definitions as a GitHub Actions matrix,
 * optionally only those a change since a commit touches, and split into
 * shards (GitHub runs at most 256 jobs per matrix).
 *
 * A definition is touched when any file it reads changed. What it reads is
 * not guessed from its text: each definition is loaded by the loader a sync
 * uses, through an InputJournal (the record the unchanged-files check keys
 * on), so the selection cannot disagree with what a sync reads — includes,
 * `from_file`, values, chart folders, encrypted files, and files that were
 * looked for and not found. A path counts when it was read, looked at or
 * listed, or when its folder was listed (a file added to an included
 * folder). The load is in its reads-only mode (load.ts), and nothing is
 * validated: validation reads no file, and the contents of the files that
 * entries point at name no other file.
 */







/** How many definitions are loaded at once when selecting. */
const loadConcurrency = 8;
/**
 * Finds, selects and shards. Throws ConfigurationError when two
 * definitions name the same cluster (their check runs, statuses and
 * concurrency groups would collide) or when `changedSince` is unknown.
 */
async function discover(options) {
    // The walk reads every YAML file of the repository once, only to see
    // whether it is a definition: through the port itself, so their bytes
    // are not kept for the run (retaining them was a sixth of the listing's
    // CPU profile, in garbage collection). The selection's loads go to the
    // port too: each load asks each question once (its own memoized view),
    // and keeping every answer for the run bought nothing but collection.
    const all = await (0,find_definitions/* findDefinitions */.Cc)(options.fs, options.root, options.folder);
    const fs = options.fs;
    refuseDuplicates(all);
    if (options.changedSince === undefined) {
        return {
            include: shardOf(all, options.shard),
            found: all.length
        };
    }
    const base = await resolveCommit(options.exec, options.root, options.changedSince);
    if (base === undefined) {
        throw new errors/* ConfigurationError */.j1(`--changed-since: git knows no commit "${options.changedSince}" in ${options.root} (a shallow clone may lack it: fetch more history, for example git fetch --deepen=50)`);
    }
    const changes = await changesSince(options.exec, options.root, base);
    const folder = (0,find_definitions/* repoPath */.qN)(options.root, options.folder);
    const selected = await selectTouched(fs, options.root, all, changes.changed);
    const removed = await removedSince(options, base, changes.deleted.filter((p) => inFolder(folder, p)), new Set(all.map((m) => m.cluster)));
    return {
        include: shardOf(selected, options.shard),
        removed: shardOf(removed, options.shard),
        found: all.length,
        base
    };
}
/** The members whose recorded reads meet a changed path. */
async function selectTouched(fs, root, members, changed) {
    if (changed.size === 0)
        return [];
    const parents = new Set([...changed].map(parentOf));
    const touched = new Array(members.length).fill(false);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < members.length; i = next++) {
            const member = members[i];
            // The definition itself changed: no need to ask what it reads.
            if (changed.has(member.definition)) {
                touched[i] = true;
                continue;
            }
            const journal = await journalOf(fs, root, member.definition);
            for (const [op, path] of journal.calls()) {
                if (changed.has(path) || (op === 'l' && parents.has(path))) {
                    touched[i] = true;
                    break;
                }
            }
        }
    };
    await Promise.all(Array.from({ length: loadConcurrency }, worker));
    return members.filter((_, i) => touched[i]);
}
/** The calls the definition's load made on the file system. */
async function journalOf(fs, root, file) {
    // Only the paths: no hash of each answer, which only a digest needs.
    const journal = new input_journal/* InputJournal */.k(root, { answers: false });
    await (0,load/* loadDefinition */.y)({ fs: journal.wrap(fs), root, file, readsOnly: true });
    return journal;
}
/** Deleted files that were cluster definitions at `base`, except clusters still defined elsewhere (moved). */
async function removedSince(options, base, deleted, stillDefined) {
    const candidates = deleted.filter((p) => p.endsWith('.yaml') || p.endsWith('.yml'));
    const found = await Promise.all(candidates.map(async (definition) => {
        const text = await textAt(options.exec, options.root, base, definition);
        if (text === undefined || !(0,find_definitions/* isImportCluster */.wU)(text))
            return undefined;
        const cluster = (0,cluster_name/* clusterNameIn */.v)(text);
        if (cluster === undefined || stillDefined.has(cluster))
            return undefined;
        return { cluster, definition };
    }));
    return found.filter((m) => m !== undefined);
}
function refuseDuplicates(members) {
    const seen = new Map();
    for (const m of members) {
        const other = seen.get(m.cluster);
        if (other !== undefined) {
            throw new errors/* ConfigurationError */.j1(`${other} and ${m.definition} both define cluster "${m.cluster}": their check runs, statuses and history would overwrite each other; give each cluster its own metadata.name`);
        }
        seen.set(m.cluster, m.definition);
    }
}
function parentOf(path) {
    const at = path.lastIndexOf('/');
    return at < 0 ? '.' : path.slice(0, at);
}
function inFolder(folder, path) {
    return folder === '.' || path === folder || path.startsWith(`${folder}/`);
}

;// CONCATENATED MODULE: ./src/fleet/matrix.ts
/** `{"include":[…]}`, with `"removed"` when a base commit was given. */
function renderMatrix(found) {
    return JSON.stringify({
        include: found.include,
        ...(found.removed ? { removed: found.removed } : {})
    });
}
/** What a deleted definition means: unmanaged, and nothing pruned. */
function removedNotice(member, since) {
    return `${member.definition} was deleted since ${since}: cluster "${member.cluster}" is no longer managed by ClusterSync, and nothing was pruned from it (its objects stay as they are)`;
}

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/git-answers.ts
var git_answers = __webpack_require__(6712);
;// CONCATENATED MODULE: ./src/cli/commands/discover-run.ts
/** What `clustersync discover` does (discover-command.ts describes the command). */








async function runDiscover(args, ctx) {
    if (args.positionals.length > 1) {
        throw new errors/* UsageError */.eb(`expected one folder, got ${args.positionals.length}: ${args.positionals.join(' ')}`);
    }
    const shardText = (0,cli_args/* stringOption */.Pp)(args, 'shard');
    const shard = shardText === undefined ? undefined : parseShard(shardText, '--shard');
    const folder = (0,external_node_path_.resolve)(ctx.cwd, args.positionals[0] ?? '.');
    const stat = await ctx.fs.stat(folder).catch(() => undefined);
    if (!stat?.isDirectory) {
        throw new errors/* UsageError */.eb(`${folder} is not a folder`);
    }
    const changedSince = (0,cli_args/* stringOption */.Pp)(args, 'changed-since');
    const found = await discover({
        fs: ctx.fs,
        exec: ctx.exec,
        root: await (0,git_answers/* gitTopLevel */.oB)(folder, ctx),
        folder,
        ...(changedSince !== undefined ? { changedSince } : {}),
        ...(shard ? { shard } : {})
    });
    for (const removed of found.removed ?? [])
        ctx.stderr.write(`notice: ${removedNotice(removed, changedSince ?? '')}\n`);
    // JSON unless asked otherwise: the matrix is what workflows read.
    if ((0,cli_args/* stringOption */.Pp)(args, 'format') === 'text') {
        ctx.stdout.write(renderText(found, changedSince));
    }
    else {
        ctx.stdout.write(`${renderMatrix(found)}\n`);
    }
    return 0;
}
function renderText(found, changedSince) {
    const rows = found.include;
    if (rows.length === 0) {
        return changedSince === undefined
            ? 'No cluster definitions found.\n'
            : `No cluster changed since ${changedSince} (${(0,plural/* plural */.L)(found.found, 'cluster')} found).\n`;
    }
    const width = Math.max('CLUSTER'.length, ...rows.map((r) => r.cluster.length));
    return [
        `${'CLUSTER'.padEnd(width)}  DEFINITION`,
        ...rows.map((r) => `${r.cluster.padEnd(width)}  ${r.definition}`)
    ]
        .map((line) => `${line}\n`)
        .join('');
}


/***/ })

};
;