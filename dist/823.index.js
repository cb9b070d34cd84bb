export const id = 823;
export const ids = [823];
export const modules = {

/***/ 4823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseFromEvent: () => (/* binding */ baseFromEvent),
/* harmony export */   resolveBase: () => (/* binding */ resolveBase)
/* harmony export */ });
/* harmony import */ var _fleet_git_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(348);

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
    if ((await (0,_fleet_git_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveCommit */ .WL)(exec, root, wanted.sha)) !== undefined) {
        return { sha: wanted.sha };
    }
    const fetched = await exec
        .run('git', ['fetch', '--no-tags', '--depth=1', 'origin', wanted.sha], {
        cwd: root,
        timeoutMs: 120_000
    })
        .catch(() => undefined);
    if (fetched?.exitCode === 0 &&
        (await (0,_fleet_git_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveCommit */ .WL)(exec, root, wanted.sha)) !== undefined) {
        return { sha: wanted.sha };
    }
    const depth = wanted.depth !== undefined
        ? `fetch-depth: ${wanted.depth} or more (fetch-depth: 0 for all history)`
        : 'fetch-depth: 0';
    return {
        all: `the base commit ${wanted.sha.slice(0, 12)} is not in this checkout and could not be fetched; give actions/checkout ${depth}`
    };
}


/***/ }),

/***/ 348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ textAt),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   sR: () => (/* binding */ changesSince)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`git could not list the changes since ${commit.slice(0, 12)} in ${root}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
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


/***/ })

};
