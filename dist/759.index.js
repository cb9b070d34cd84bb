export const id = 759;
export const ids = [759];
export const modules = {

/***/ 759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFleetMode: () => (/* binding */ runFleetMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/adapters/actions-logger.ts
var actions_logger = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/adapters/actions-github.ts + 2 modules
var actions_github = __webpack_require__(9399);
// EXTERNAL MODULE: ./src/adapters/node-exec.ts
var node_exec = __webpack_require__(438);
// EXTERNAL MODULE: ./src/adapters/node-fs.ts
var node_fs = __webpack_require__(2244);
// EXTERNAL MODULE: ./src/adapters/masked-values.ts + 2 modules
var masked_values = __webpack_require__(9353);
// EXTERNAL MODULE: ./src/adapters/system-clock.ts
var system_clock = __webpack_require__(9180);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

;// CONCATENATED MODULE: ./src/action/base-commit.ts

/** What the event says about the base, before git is asked. */
function baseFromEvent(eventName, payload) {
    if (eventName === 'push') {
        const before = typeof payload.before === 'string' ? payload.before : '';
        if (before === '' || /^0+$/.test(before)) {
            return {
                all: 'the push created the branch, so there is no earlier commit to compare with'
            };
        }
        if (payload.forced === true) {
            return {
                all: `the push was forced, so ${before.slice(0, 12)} may not be an ancestor of this commit`
            };
        }
        const commits = Array.isArray(payload.commits) ? payload.commits.length : 0;
        // The checkout needs the pushed commits and the one before them.
        return { sha: before, depth: commits + 1 };
    }
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = (payload.pull_request ?? {});
        const base = (pr.base ?? {});
        if (typeof base.sha === 'string' && base.sha !== '')
            return { sha: base.sha };
        return { all: 'the pull request event names no base commit' };
    }
    return {
        all: `a ${eventName || 'manual'} run checks every cluster`
    };
}
/**
 * The base, made present in the checkout when it can be: an unknown commit
 * is fetched once; if it is still unknown every cluster is selected, and
 * the reason names the checkout depth that would have had it.
 */
async function resolveBase(exec, root, wanted) {
    if ('all' in wanted)
        return wanted;
    if ((await resolveCommit(exec, root, wanted.sha)) !== undefined) {
        return { sha: wanted.sha };
    }
    const fetched = await exec
        .run('git', ['fetch', '--no-tags', '--depth=1', 'origin', wanted.sha], {
        cwd: root,
        timeoutMs: 120_000
    })
        .catch(() => undefined);
    if (fetched?.exitCode === 0 &&
        (await resolveCommit(exec, root, wanted.sha)) !== undefined) {
        return { sha: wanted.sha };
    }
    const depth = wanted.depth !== undefined
        ? `fetch-depth: ${wanted.depth} or more (fetch-depth: 0 for all history)`
        : 'fetch-depth: 0';
    return {
        all: `the base commit ${wanted.sha.slice(0, 12)} is not in this checkout and could not be fetched; give actions/checkout ${depth}`
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/definition/input-journal.ts
var input_journal = __webpack_require__(111);
// EXTERNAL MODULE: ./src/definition/cluster-name.ts
var cluster_name = __webpack_require__(2075);
// EXTERNAL MODULE: ./src/definition/load.ts + 3 modules
var load = __webpack_require__(5704);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/definition/guarded-read.ts
var guarded_read = __webpack_require__(3394);
;// CONCATENATED MODULE: ./src/fleet/find-definitions.ts
/**
 * Finding a fleet's cluster definitions: every YAML file under a folder
 * whose document says `kind: ImportCluster` (the layout of Ankra's example
 * repository, `clusters/<name>/cluster.yaml`, and any other). Included
 * fragments say no kind, so they are never taken for clusters.
 *
 * The walk goes through the FileSystem port and never follows a symbolic
 * link (a link to `/` would make it read the runner's disk), and skips
 * hidden folders (`.git`, `.github`) and `node_modules`, which hold no
 * cluster of the repository's own.
 */




/** `kind: ImportCluster` at the top level of a document, quoted or not. */
const importClusterKind = /^kind:[ \t]*(["']?)ImportCluster\1[ \t]*(#.*)?$/m;
/** True when the text is a cluster definition (says `kind: ImportCluster`). */
function isImportCluster(text) {
    // The cheap test first: most YAML files in a repository are not definitions.
    return text.includes('ImportCluster') && importClusterKind.test(text);
}
/** Folder names the walk never enters. */
function skipped(name) {
    return name.startsWith('.') || name === 'node_modules';
}
function isYaml(name) {
    return name.endsWith('.yaml') || name.endsWith('.yml');
}
/**
 * The cluster definitions under `folder` (absolute), named by their path
 * from `root`, sorted by that path. A definition whose name cannot be read
 * is named as the Action names its check run then (the file's base name),
 * so its sync job still runs and reports the real problem.
 */
async function findDefinitions(fs, root, folder) {
    const files = await yamlFilesUnder(fs, folder);
    const found = await Promise.all(files.map(async (path) => {
        const text = await fs.readFile(path, guarded_read/* maxFileBytes */.eV).then((bytes) => new TextDecoder().decode(bytes), 
        // Unreadable (too large, vanished): not a definition we can use; a
        // sync of it would say why.
        () => '');
        if (!isImportCluster(text))
            return undefined;
        const definition = repoPath(root, path);
        return {
            cluster: (0,cluster_name/* clusterNameIn */.v)(text) ?? (0,external_node_path_.basename)(definition, (0,external_node_path_.extname)(definition)),
            definition
        };
    }));
    return found
        .filter((m) => m !== undefined)
        .sort((a, b) => (0,diagnostics/* compareText */.n6)(a.definition, b.definition));
}
/** Every `.yaml`/`.yml` regular file below `folder`, breadth-first. */
async function yamlFilesUnder(fs, folder) {
    const files = [];
    let level = [folder];
    while (level.length > 0) {
        const next = [];
        await Promise.all(level.map(async (dir) => {
            for (const { name, kind } of await entriesOf(fs, dir)) {
                if (kind === 'folder' && !skipped(name))
                    next.push((0,external_node_path_.join)(dir, name));
                else if (kind === 'file' && isYaml(name))
                    files.push((0,external_node_path_.join)(dir, name));
            }
        }));
        level = next;
    }
    return files;
}
/**
 * A folder's entries that may be a folder or a definition, with their
 * kinds: from the listing when the file system gives them (no lstat per
 * file, which dominated a walk of 20,000 files), else by an lstat of each.
 * An unreadable folder has none.
 */
async function entriesOf(fs, dir) {
    if (fs.readdirKinds)
        return fs.readdirKinds(dir).catch(() => []);
    const names = await fs.readdir(dir).catch(() => []);
    return Promise.all(names
        // Only what may be a folder or a definition is asked about.
        .filter((name) => isYaml(name) || !skipped(name))
        .map(async (name) => ({
        name,
        kind: (await fs.stat((0,external_node_path_.join)(dir, name)).catch(() => undefined))?.kind
    })));
}
/** `path` relative to `root`, with forward slashes. */
function repoPath(root, path) {
    const rel = external_node_path_.posix.relative(root.split('\\').join('/'), path.split('\\').join('/'));
    return rel === '' ? '.' : rel;
}

// EXTERNAL MODULE: ./src/fleet/shard.ts
var shard = __webpack_require__(8980);
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
    const all = await findDefinitions(options.fs, options.root, options.folder);
    const fs = options.fs;
    refuseDuplicates(all);
    if (options.changedSince === undefined) {
        return {
            include: (0,shard/* shardOf */.IS)(all, options.shard),
            found: all.length
        };
    }
    const base = await resolveCommit(options.exec, options.root, options.changedSince);
    if (base === undefined) {
        throw new errors/* ConfigurationError */.j1(`--changed-since: git knows no commit "${options.changedSince}" in ${options.root} (a shallow clone may lack it: fetch more history, for example git fetch --deepen=50)`);
    }
    const changes = await changesSince(options.exec, options.root, base);
    const folder = repoPath(options.root, options.folder);
    const selected = await selectTouched(fs, options.root, all, changes.changed);
    const removed = await removedSince(options, base, changes.deleted.filter((p) => inFolder(folder, p)), new Set(all.map((m) => m.cluster)));
    return {
        include: (0,shard/* shardOf */.IS)(selected, options.shard),
        removed: (0,shard/* shardOf */.IS)(removed, options.shard),
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
        if (text === undefined || !isImportCluster(text))
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

// EXTERNAL MODULE: ./src/report/checks.ts
var checks = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/report/status-words.ts
var status_words = __webpack_require__(2666);
;// CONCATENATED MODULE: ./src/action/fleet-modes.ts
/**
 * The Action's two fleet modes, which run no sync themselves:
 *
 * - `discover` lists the cluster definitions under a folder as a matrix
 *   for the sync jobs, only those the push or pull request touched when
 *   its base commit is known (base-commit.ts);
 * - `summary` runs after the matrix and gathers the commit's per-cluster
 *   check runs (`ClusterSync / <cluster>`) into one fleet table. Each
 *   cluster's own check run and status stay as its job wrote them.
 */





/** Discovers the fleet under `folder` (repository-relative) for the Action. */
async function discoverFleet(deps, request) {
    const { logger } = deps;
    if ('all' in request.base) {
        deps.notice(`ClusterSync: every cluster is selected: ${request.base.all}`);
    }
    const found = await discover({
        fs: deps.fs,
        exec: deps.exec,
        root: request.root,
        folder: (0,external_node_path_.resolve)(request.root, request.folder),
        ...('sha' in request.base ? { changedSince: request.base.sha } : {}),
        ...(request.shard ? { shard: request.shard } : {})
    });
    for (const removed of found.removed ?? []) {
        deps.notice(`ClusterSync: ${removedNotice(removed, (found.base ?? '').slice(0, 12))}`);
    }
    const selected = found.include.map((m) => m.cluster).join(', ');
    logger.info(`ClusterSync: ${found.include.length} of ${found.found} clusters selected${'sha' in request.base
        ? ` (changed since ${request.base.sha.slice(0, 12)})`
        : ''}${selected ? `: ${selected}` : ''}`);
    return { matrix: renderMatrix(found), clusters: found.include.length };
}
/**
 * The fleet table for the job summary: one row per cluster that has a
 * check run on `sha` (its newest one), linking to it.
 */
async function fleetSummary(github, sha) {
    const prefix = (0,checks/* checkRunName */.$_)('');
    const newest = new Map();
    for (const run of (await github.listCheckRunsForCommit(sha)) ?? []) {
        if (!run.name.startsWith(prefix))
            continue;
        const seen = newest.get(run.name);
        if (!seen || run.id > seen.id)
            newest.set(run.name, run);
    }
    const rows = [...newest.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const heading = `## ClusterSync fleet: ${rows.length} cluster${rows.length === 1 ? '' : 's'} at ${sha.slice(0, 12)}`;
    if (rows.length === 0) {
        return {
            markdown: `${heading}\n\nNo cluster reported on this commit (the matrix was empty, or its jobs did not start).\n`,
            clusters: 0
        };
    }
    const lines = [
        heading,
        '',
        '| Cluster | Result | Details |',
        '| --- | --- | --- |',
        ...rows.map((run) => {
            const cluster = (0,status_words/* cell */.Hn)(run.name.slice(prefix.length));
            const name = run.html_url ? `[${cluster}](${run.html_url})` : cluster;
            return `| ${name} | ${result(run)} | ${(0,status_words/* cell */.Hn)(run.title ?? '')} |`;
        })
    ];
    return { markdown: `${lines.join('\n')}\n`, clusters: rows.length };
}
function result(run) {
    if (run.status !== 'completed')
        return '🔄 running';
    switch (run.conclusion) {
        case 'success':
            return '✅ success';
        case 'failure':
            return '❌ failure';
        case 'neutral':
            return '⚪ neutral';
        default:
            return `⚪ ${run.conclusion ?? 'unknown'}`;
    }
}

;// CONCATENATED MODULE: ./src/main-fleet.ts
/**
 * The Action's composition root for the fleet modes, `discover` and
 * `summary`: main.ts imports it only when one of them runs.
 */










/**
 * `mode: discover` (outputs `matrix` and `clusters`) and `mode: summary`
 * (the fleet table in the job summary); action/fleet-modes.ts has both.
 */
async function runFleetMode(inputs, mode, env, apiUrl, event) {
    const root = env.GITHUB_WORKSPACE ?? process.cwd();
    if (mode === 'discover') {
        const exec = (0,node_exec/* createNodeExec */.k)();
        const base = await resolveBase(exec, root, baseFromEvent(event.eventName, event.payload));
        const found = await discoverFleet({
            fs: (0,node_fs/* createNodeFs */.U)(),
            exec,
            logger: (0,actions_logger/* createActionsLogger */.M)(),
            notice: (message) => core/* notice */.lm(message)
        }, {
            root,
            folder: inputs.fleetFolder ?? '.',
            base,
            ...(inputs.shard ? { shard: inputs.shard } : {})
        });
        core/* setOutput */.uH('matrix', found.matrix);
        core/* setOutput */.uH('clusters', found.clusters);
        return;
    }
    const [owner = '', repo = ''] = event.repository.split('/');
    const clock = (0,system_clock/* createSystemClock */.g)();
    const logger = (0,actions_logger/* createActionsLogger */.M)();
    const api = (0,actions_github/* createGitHubApi */._)({
        token: inputs.token,
        apiUrl: env.GITHUB_API_URL ?? apiUrl,
        owner,
        repo,
        clock,
        logger
    });
    const trigger = (0,action_event/* readTrigger */.v)(event, 'validate');
    const summary = await fleetSummary(api, trigger.sha);
    core/* setOutput */.uH('clusters', summary.clusters);
    core/* summary */.z.addRaw((0,masked_values/* scrubMasked */.Tv)(summary.markdown));
    await core/* summary */.z.write();
}


/***/ })

};
