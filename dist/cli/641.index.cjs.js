"use strict";
exports.id = 641;
exports.ids = [641];
exports.modules = {

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createCliLogger)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);
/* harmony import */ var _secrets_cut_starts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1375);


/** Creates a logger writing to `stderr`; `verbose` shows debug lines. */
function createCliLogger(stderr, verbose = false) {
    const secrets = new Set();
    // Longest first: a secret may hold another (a password inside a token, a
    // long value and the start of it a plan's path shows), and hiding the
    // shorter first would leave the rest of the longer in clear.
    let longestFirst;
    const redact = (text) => {
        longestFirst ??= [...secrets].sort((a, b) => b.length - a.length);
        return (0,_secrets_cut_starts_js__WEBPACK_IMPORTED_MODULE_1__/* .hideSecrets */ .s)(text, longestFirst);
    };
    // Progress lines are one line each; warnings and errors may carry a
    // tool's output over several, indented so none passes for a line of ours.
    const line = (prefix, message, many = false) => stderr.write(`${prefix}${(many ? _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLines */ .kF : _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .WV)(redact(message))}\n`);
    return {
        debug: (m) => {
            if (verbose)
                line('debug: ', m, true);
        },
        info: (m) => line('', m),
        warning: (m) => line('warning: ', m, true),
        error: (m) => line('error: ', m, true),
        group: async (title, fn) => {
            line('', `── ${title}`);
            return fn();
        },
        redact,
        mask: (secret) => {
            // Very short strings would redact ordinary words; tokens and keys are long.
            if (secret.length >= 4 && !secrets.has(secret)) {
                secrets.add(secret);
                longestFirst = undefined;
            }
        }
    };
}


/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ jitteredDelay)
/* harmony export */ });
/* unused harmony export backoffCeiling */
/**
 * Exponential backoff with full jitter, as the AWS Architecture Blog's
 * "Exponential Backoff and Jitter" recommends: retry n waits a time drawn
 * uniformly up to base·2^(n-1) (capped). Calls that failed together (the
 * parallel calls of one sync, or many runs against one API server that is
 * coming back) then return spread out instead of in step. Shared by the
 * kubectl/API retries and the GitHub adapter's retries of 5xx answers.
 */
// Waits are whole tenths of a second, so the announced wait ("in 1.3s") is
// exactly the wait.
const stepMs = 100;
/** The longest wait before retry `n` (1-based): base·2^(n-1), capped. */
function backoffCeiling(n, backoff) {
    return Math.min(backoff.baseDelayMs * 2 ** (n - 1), backoff.maxDelayMs);
}
/**
 * The wait before retry `n` (1-based) for a `draw` in [0, 1) (Math.random's
 * range): the ceiling times (1 − draw), rounded up to a tenth of a second
 * and never above the ceiling. A draw of 0 waits the whole ceiling, so a
 * clock without a random source (a test's) waits exact doubling delays.
 */
function jitteredDelay(n, backoff, draw) {
    const ceiling = backoffCeiling(n, backoff);
    const drawn = Math.ceil(((1 - draw) * ceiling) / stepMs) * stepMs;
    return Math.min(ceiling, Math.max(drawn, stepMs));
}


/***/ }),

/***/ 6826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ bundledRegistryLookup)
/* harmony export */ });
/**
 * The lookup over `helm_registries/`, or undefined when the installation has
 * no such folder: registry names then resolve only against the definition's
 * own `spec.helm_registries`, and validation reports the ones it cannot find.
 */
async function bundledRegistryLookup() {
    try {
        // Loaded here, not at startup: most runs never call this.
        const { createCatalogLookup } = await __webpack_require__.e(/* import() */ 211).then(__webpack_require__.bind(__webpack_require__, 1211));
        const { loadBundledCatalog } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(279)]).then(__webpack_require__.bind(__webpack_require__, 4040));
        return createCatalogLookup((await loadBundledCatalog()).entries);
    }
    catch {
        // Deliberately not an error: see above.
        return undefined;
    }
}


/***/ }),

/***/ 3641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: exitCodes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/package-files.ts
var package_files = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/shared-options.ts
var shared_options = __webpack_require__(4386);
;// CONCATENATED MODULE: ./src/cli/commands/catalog-command.ts
/**
 * `clustersync catalog list | search <term> | show <name> | check <folder>`:
 * browse the Helm registries add-ons can name with `registry_name`, and check
 * a registry folder before it is merged (exit 1 on errors, for CI).
 */


const usage = 'clustersync catalog list | search <term> | show <name> | check <folder> [flags]';
/** The `catalog` command, registered in commands/all-commands.ts. */
const catalogCommand = {
    name: 'catalog',
    summary: 'List, search and show the Helm registries add-ons can name; check a registry folder',
    usage,
    actions: ['list', 'search', 'show', 'check'],
    options: (0,shared_options/* withGlobalOptions */.yA)((0,shared_options/* formatOption */.Bx)(['text', 'json', 'github'], '; github annotates check, and prints the text for list, search and show'), {
        name: 'charts',
        type: 'boolean',
        description: 'search/show: also list the charts and versions of HTTP registries (reads their index.yaml over the network)'
    }, {
        name: 'registries',
        type: 'string',
        valueName: '<folder>',
        complete: 'folder',
        description: 'list/search/show: read registries from this folder instead of the bundled catalog'
    }, {
        name: 'timeout',
        type: 'string',
        valueName: '<duration>',
        description: 'How long to wait for a chart repository with --charts: 10 (seconds), 500ms, 30s, 1m (default 10s)'
    }, ...ignoredDefinitionOptions()),
    examples: [
        {
            description: 'Every registry add-ons can name with registry_name',
            command: 'clustersync catalog list'
        },
        {
            description: 'Registries whose name or URL contains "jetstack"',
            command: 'clustersync catalog search jetstack'
        },
        {
            description: 'One registry, with its charts and versions (reads its index.yaml)',
            command: 'clustersync catalog show jetstack --charts --timeout 30s'
        },
        {
            description: 'Check a registry folder in CI, with annotations on the files',
            command: 'clustersync catalog check helm_registries --format github'
        }
    ],
    run: runCatalog
};
/**
 * `-f/--file` and `--root`, which every command took before each listed
 * only its own flags: still taken, unlisted, and said to do nothing.
 */
function ignoredDefinitionOptions() {
    return shared_options/* definitionOptions */.Sn.map((o) => ({
        ...o,
        hidden: { warning: `catalog ignores --${o.name}` }
    }));
}
async function runCatalog(args, ctx) {
    // The catalog's code loads only when the command runs.
    // One after the other: Jest's ESM loader fails on concurrent imports
    // that share a module.
    const { catalogFor, printRegistries, showRegistry } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(485)]).then(__webpack_require__.bind(__webpack_require__, 6858));
    const { runCatalogCheck } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 4561));
    const [action, ...rest] = args.positionals;
    switch (action) {
        case 'list':
            expectArgs(rest, 0, 'list');
            return printRegistries(await catalogFor(args, ctx), args, ctx, undefined);
        case 'search':
            return printRegistries(await catalogFor(args, ctx), args, ctx, expectArgs(rest, 1, 'search <term>'));
        case 'show':
            return showRegistry(await catalogFor(args, ctx), args, ctx, expectArgs(rest, 1, 'show <name>'));
        case 'check':
            return runCatalogCheck(args, ctx, expectArgs(rest, 1, 'check <folder>'));
        case undefined:
            throw new errors/* UsageError */.eb('say what to do: list, search <term>, show <name> or check <folder>');
        default:
            throw new errors/* UsageError */.eb(`unknown catalog action "${action}"; use list, search, show or check`);
    }
}
/** Checks the positional arguments after the action; returns the first. */
function expectArgs(rest, count, form) {
    if (rest.length !== count) {
        throw new errors/* UsageError */.eb(`catalog ${form} takes ${count === 0 ? 'no arguments' : 'one argument'}; got ${rest.length}`);
    }
    return rest[0] ?? '';
}

;// CONCATENATED MODULE: ./src/cli/commands/completion-command.ts
/**
 * `clustersync completion bash|zsh|fish`: prints a shell completion script
 * made from every command's flag list (cli/completion/). The command list
 * is passed in, not imported, because this command is one of them.
 */


const shells = ['bash', 'zsh', 'fish'];
/** The `completion` command over `commands()` (itself included). */
function completionCommand(commands) {
    return {
        name: 'completion',
        summary: 'Print a shell completion script: bash, zsh or fish',
        usage: 'clustersync completion bash|zsh|fish',
        actions: shells,
        options: (0,shared_options/* withGlobalOptions */.yA)(),
        examples: [
            {
                description: 'Complete clustersync in this bash session',
                command: 'source <(clustersync completion bash)'
            },
            {
                description: 'In every zsh session (a folder on $fpath, then compinit)',
                command: 'clustersync completion zsh > "${fpath[1]}/_clustersync"'
            },
            {
                description: 'In every fish session',
                command: 'clustersync completion fish > ~/.config/fish/completions/clustersync.fish'
            }
        ],
        run: async (args, ctx) => {
            const [shell, ...rest] = args.positionals;
            if (!isShell(shell) || rest.length > 0) {
                throw new errors/* UsageError */.eb(shell === undefined
                    ? 'say which shell: bash, zsh or fish'
                    : `completion takes one shell, bash, zsh or fish; got "${[shell, ...rest].join(' ')}"`);
            }
            // The renderers load only when asked, not on every start of the CLI.
            const { renderCompletion } = await __webpack_require__.e(/* import() */ 101).then(__webpack_require__.bind(__webpack_require__, 9101));
            ctx.stdout.write(renderCompletion(shell, commands()));
            return 0;
        }
    };
}
function isShell(word) {
    return shells.some((s) => s === word);
}

;// CONCATENATED MODULE: ./src/cli/commands/discover-command.ts

/** The `discover` command, registered in commands/all-commands.ts. */
const discoverCommand = {
    name: 'discover',
    summary: 'List the cluster definitions under a folder as a GitHub Actions matrix; with --changed-since, only those a change touches',
    usage: 'clustersync discover [folder] [flags]',
    options: (0,shared_options/* withGlobalOptions */.yA)({
        name: 'changed-since',
        type: 'string',
        valueName: '<ref>',
        description: 'Only clusters whose definition or any file it reads changed since this commit; deleted definitions are listed under "removed"'
    }, {
        ...(0,shared_options/* formatOption */.Bx)(['json', 'text']),
        description: 'Output format: json for strategy.matrix (one line), or text for people (default json)'
    }, {
        name: 'shard',
        type: 'string',
        valueName: '<i/n>',
        description: 'Only the i-th of n even parts of the list, for fleets above GitHub’s 256 jobs per matrix'
    }),
    examples: [
        {
            description: 'Every cluster of the repository, as a matrix',
            command: 'clustersync discover'
        },
        {
            description: 'The clusters a push changed, for a people-readable look',
            command: 'clustersync discover clusters --changed-since HEAD~1 --format text'
        },
        {
            description: 'The first half of a large fleet',
            command: 'clustersync discover --shard 1/2'
        }
    ],
    run: async (args, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(704), __webpack_require__.e(519)]).then(__webpack_require__.bind(__webpack_require__, 6519))).runDiscover(args, ctx)
};

// EXTERNAL MODULE: ./src/report/history-columns.ts
var history_columns = __webpack_require__(6004);
;// CONCATENATED MODULE: ./src/cli/commands/history-command.ts
/**
 * `clustersync history [definition] [--cluster name] [--repo owner/name]
 * [--page N] [--sort column[:asc|:desc]] [--format text|json]`: the sync
 * history of a cluster, read from the GitHub Deployments the Action records
 * (environment = cluster name), 10 per page. Token from --token or
 * GITHUB_TOKEN; API URL from --api-url or GITHUB_API_URL (GitHub Enterprise
 * works); links from GITHUB_SERVER_URL or derived from the API URL.
 */


/** The `history` command, registered in commands/all-commands.ts. */
const historyCommand = {
    name: 'history',
    summary: "Show a cluster's past syncs from GitHub: status, source, commit, start, who triggered it",
    usage: 'clustersync history [definition] [flags]',
    options: (0,shared_options/* withGlobalOptions */.yA)(...shared_options/* definitionOptions */.Sn, (0,shared_options/* formatOption */.Bx)(['text', 'json']), {
        name: 'cluster',
        type: 'string',
        valueName: '<name>',
        description: 'Cluster name (default: metadata.name of the definition)'
    }, {
        name: 'repo',
        type: 'string',
        valueName: '<owner/name>',
        description: 'Repository owner/name (default: GITHUB_REPOSITORY)'
    }, {
        name: 'token',
        type: 'string',
        valueName: '<token>',
        description: 'GitHub token (default: GITHUB_TOKEN)'
    }, {
        name: 'api-url',
        type: 'string',
        valueName: '<url>',
        description: 'GitHub API URL (default: GITHUB_API_URL, else https://api.github.com)'
    }, {
        name: 'page',
        type: 'number',
        valueName: '<N>',
        description: 'Page of 10 syncs, from 1 (default 1)'
    }, {
        name: 'sort',
        type: 'string',
        valueName: '<column[:asc|:desc]>',
        description: `Sort by ${history_columns/* historyColumns */.A.join(', ')}, optionally :asc or :desc (default started:desc)`
    }),
    examples: [
        {
            description: 'The last syncs of the cluster in cluster.yaml (token from GITHUB_TOKEN)',
            command: 'clustersync history --repo acme/infra'
        },
        {
            description: 'Failed syncs first, second page, as JSON',
            command: 'clustersync history --repo acme/infra --cluster prod --sort status:asc --page 2 --format json'
        }
    ],
    // The work (and the GitHub client) loads only when it runs.
    run: async (args, ctx) => (await __webpack_require__.e(/* import() */ 935).then(__webpack_require__.bind(__webpack_require__, 4935))).runHistory(args, ctx)
};

;// CONCATENATED MODULE: ./src/cli/commands/page-command.ts

/** The `page` command, registered in commands/all-commands.ts. */
const pageCommand = {
    name: 'page',
    summary: 'Build the GitOps page: a static site with each cluster’s status banner and sync history',
    usage: 'clustersync page --repo <owner/name> --out <dir> [flags]',
    options: (0,shared_options/* withGlobalOptions */.yA)({
        name: 'repo',
        type: 'string',
        valueName: '<owner/name>',
        description: 'Repository owner/name (default: GITHUB_REPOSITORY)'
    }, {
        name: 'out',
        type: 'string',
        valueName: '<dir>',
        description: 'Folder to write the site to; its data file makes the next build incremental'
    }, {
        name: 'all',
        type: 'boolean',
        description: 'On a first build, read every sync (default: the newest 500 per cluster)'
    }, {
        name: 'token',
        type: 'string',
        valueName: '<token>',
        description: 'GitHub token (default: GITHUB_TOKEN)'
    }, {
        name: 'api-url',
        type: 'string',
        valueName: '<url>',
        description: 'GitHub API URL (default: GITHUB_API_URL, else https://api.github.com)'
    }),
    examples: [
        {
            description: 'Build the site into ./site (token from GITHUB_TOKEN)',
            command: 'clustersync page --repo acme/infra --out site'
        },
        {
            description: 'A first build with the whole history, not the newest 500',
            command: 'clustersync page --repo acme/infra --out site --all'
        }
    ],
    // The work (and the GitHub client) loads only when it runs.
    run: async (args, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(935), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 7758))).runPage(args, ctx)
};

// EXTERNAL MODULE: ./src/cli/commands/cluster-flags.ts
var cluster_flags = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/cli/commands/workflow-flags.ts + 2 modules
var workflow_flags = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/cli/commands/sync-flags.ts
var sync_flags = __webpack_require__(6100);
;// CONCATENATED MODULE: ./src/cli/commands/plan-command.ts
/**
 * `clustersync plan [definition] [--kubeconfig file] [--context name]
 * [--live|--no-live] [--no-prune] [--allow-destructive-prune]
 * [--format text|json|github]`: validates the definition
 * and prints the ordered plan. With a cluster (a kubeconfig from the flag or
 * KUBECONFIG, or `--live`) it also shows what would change there, found with
 * server-side dry-runs; nothing is applied. Exit 0 planned, 1 invalid,
 * 2 usage, 3 cluster unreachable; with `--detailed-exitcode`, 4 when the
 * cluster would change. A folder plans every cluster in it, offline.
 */




/** The `plan` command, registered in commands/all-commands.ts. */
const planCommand = {
    name: 'plan',
    summary: 'Show the order steps will be applied in and why; with a kubeconfig, what would change on the cluster',
    usage: 'clustersync plan [definition|folder] [flags]',
    options: (0,shared_options/* withGlobalOptions */.yA)(...shared_options/* definitionOptions */.Sn, (0,shared_options/* formatOption */.Bx)(['text', 'json', 'github']), {
        name: 'kubeconfig',
        type: 'string',
        valueName: '<file>',
        complete: 'file',
        description: 'Kubeconfig of the cluster to compare with (default: KUBECONFIG); turns on the live preview'
    }, {
        name: 'context',
        type: 'string',
        valueName: '<name>',
        complete: 'context',
        description: 'Kubeconfig context (default: its current context)'
    }, {
        name: 'live',
        type: 'boolean',
        negatable: true,
        description: 'Compare with the cluster (default: on when a kubeconfig is given); --no-live plans offline'
    }, {
        name: 'ref',
        type: 'string',
        valueName: '<branch>',
        description: 'Branch being planned, for the wrong-branch check'
    }, cluster_flags/* chartMirrorOption */.L9, ...cluster_flags/* clusterOptions */.dU.filter((o) => o.name === 'kubectl' || o.name === 'helm'), 
    // As the sync would prune: listed, left in place, or stopped by the guard.
    ...sync_flags/* planPruneFlags */.nL, {
        name: 'detailed-exitcode',
        type: 'boolean',
        description: 'Exit 4 when the cluster would change or has drifted (0 nothing to change, 1 invalid or failed, 3 unreachable); needs a cluster'
    }, ...workflow_flags/* workflowOptions */.Sj),
    examples: [
        {
            description: 'Show the order the steps of cluster.yaml would run in, offline',
            command: 'clustersync plan --no-live'
        },
        {
            description: 'Also show what would change on the cluster (server-side dry runs)',
            command: 'clustersync plan clusters/prod/cluster.yaml --kubeconfig ~/.kube/prod.yaml --context prod'
        },
        {
            description: 'Branch in a script on whether the cluster would change (exit 4) or not (exit 0)',
            command: 'clustersync plan clusters/prod/cluster.yaml --kubeconfig prod.yaml --detailed-exitcode'
        },
        {
            description: 'The plan as JSON, for a script',
            command: 'clustersync plan --no-live --format json'
        }
    ],
    // The work (and most of ClusterSync's code) loads only when it runs.
    run: async (args, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(114), __webpack_require__.e(40), __webpack_require__.e(229), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 5397))).runPlan(args, ctx)
};

;// CONCATENATED MODULE: ./src/cli/commands/status-command.ts



/** The `status` command, registered in commands/all-commands.ts. */
const statusCommand = {
    name: 'status',
    summary: 'Show the sync status recorded in the cluster: Synced, Syncing, Error or Not Configured, and drift',
    usage: 'clustersync status [definition] --kubeconfig <file> [flags]',
    options: (0,shared_options/* withGlobalOptions */.yA)(...shared_options/* definitionOptions */.Sn, (0,shared_options/* formatOption */.Bx)(['text', 'json', 'github'], '; github prints the text, which has nothing to annotate'), ...cluster_flags/* clusterOptions */.dU, cluster_flags/* chartMirrorOption */.L9, 
    // The sync's variables: without them every step that uses one differs
    // from what was applied, and its drift is never compared.
    ...workflow_flags/* workflowOptions */.Sj),
    examples: [
        {
            description: 'Is the cluster of cluster.yaml synced, and has it drifted?',
            command: 'clustersync status --kubeconfig ~/.kube/prod.yaml'
        },
        {
            description: 'The same for a sync that used a chart mirror, as JSON',
            command: 'clustersync status clusters/prod/cluster.yaml --kubeconfig prod.yaml --chart-mirror https://charts.example.com=http://mirror.internal/charts --format json'
        }
    ],
    // The work (and most of ClusterSync's code) loads only when it runs.
    run: async (args, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(114), __webpack_require__.e(40), __webpack_require__.e(985)]).then(__webpack_require__.bind(__webpack_require__, 5985))).runStatus(args, ctx)
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/adapters/code-identity.ts
/**
 * Which code validates and plans: the build id that `npm run build` writes
 * beside each bundle (a sha256 of every chunk of it and of the schema; see
 * scripts/build.js), or, where there is none (a bundle built by hand, or
 * src/ under the tests), a digest of the same files computed here. A run's
 * recorded inputs count only for the same identity
 * (state/unchanged-inputs.ts), so a new ClusterSync — or the same version
 * built from other sources — validates again.
 *
 * Every chunk counts, not only the one this module is bundled into: the
 * validator and the planner load from chunks of their own, and a change in
 * them alone must change the identity too.
 */





let identity;
/** The running bundle's identity, computed once per process. */
function codeIdentity() {
    const module = (0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href);
    // The schema's path is looked up (a walk up the folders, reading each
    // package.json) only when there is no build id to read instead.
    identity ??= identityOf((0,external_node_path_.dirname)(module), module, () => (0,package_files/* packageFile */.n)('schemas/cluster-definition.v1.schema.json'));
    return identity;
}
/**
 * The identity of the code in `folder`: its build id when it has a valid
 * one (reading 64 bytes instead of hashing the CLI's 2.6 MB on every sync), else a
 * sha256 of its `.js` files, `module` and `schema` (a path, or how to find it).
 */
function identityOf(folder, module, schema) {
    const id = buildIdIn(folder);
    if (id !== undefined)
        return `build:${id}`;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const files = (0,external_node_fs_.readdirSync)(folder)
        .filter((name) => name.endsWith('.js'))
        .sort()
        .map((name) => (0,external_node_path_.join)(folder, name));
    const schemaFile = typeof schema === 'string' ? schema : schema();
    for (const file of new Set([...files, module, schemaFile])) {
        // Names, not paths: checkouts of the same code elsewhere agree.
        hash.update(`${(0,external_node_path_.basename)(file)}\n`).update((0,external_node_fs_.readFileSync)(file));
    }
    return hash.digest('hex');
}
function buildIdIn(folder) {
    try {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'build-id'), 'utf8').trim();
        return /^[0-9a-f]{64}$/.test(text) ? text : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/machine-capacity.ts
/**
 * The machine a sync runs on, as the add-on pace needs it
 * (engine/addon-pace.ts): the cores Node may use (a container's CPU
 * affinity counted) and the memory free right now.
 */

/** This machine's cores and free memory, read when called. */
function machineCapacity() {
    return { cores: (0,external_node_os_.availableParallelism)(), freeMemoryBytes: (0,external_node_os_.freemem)() };
}

// EXTERNAL MODULE: ./src/engine/addon-pace.ts
var addon_pace = __webpack_require__(310);
// EXTERNAL MODULE: ./src/catalog/bundled-lookup.ts
var bundled_lookup = __webpack_require__(6826);
// EXTERNAL MODULE: ./src/adapters/cli-logger.ts
var cli_logger = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/secrets/scrub-strings.ts
var scrub_strings = __webpack_require__(6885);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/cluster/connection.ts
var cluster_connection = __webpack_require__(3060);
;// CONCATENATED MODULE: ./src/sync/read-once.ts
/** `fs`, remembering each answer (and each refusal) for this run. */
function readOnce(fs) {
    const answers = new Map();
    const once = (op, path, ask) => {
        const key = `${op} ${path}`;
        let answer = answers.get(key);
        if (answer === undefined) {
            answer = ask();
            answers.set(key, answer);
        }
        return answer;
    };
    return {
        // Every reader asks with the guarded reader's limit; another limit is
        // another question.
        readFile: (path, maxBytes) => once(`r${maxBytes}`, path, () => fs.readFile(path, maxBytes)),
        stat: (path) => once('s', path, () => fs.stat(path)),
        readdir: (path) => once('l', path, () => fs.readdir(path)),
        ...(fs.readdirKinds
            ? {
                readdirKinds: (path) => once('k', path, () => fs.readdirKinds(path))
            }
            : {}),
        realpath: (path) => once('p', path, () => fs.realpath(path))
    };
}

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/engine/outcome-summary.ts
var outcome_summary = __webpack_require__(4079);
// EXTERNAL MODULE: ./src/definition/input-journal.ts
var input_journal = __webpack_require__(111);
// EXTERNAL MODULE: ./src/state/inventory.ts
var state_inventory = __webpack_require__(557);
// EXTERNAL MODULE: ./src/state/cluster-names.ts
var cluster_names = __webpack_require__(2534);
;// CONCATENATED MODULE: ./src/state/unchanged-reads.ts

/** How long one of the check's reads may take (it reads once, with no retry). */
const readTimeoutMs = 10_000;
/** The check's reads, in the order it makes them: the Lease, then the inventory's metadata. */
function unchangedCheckReads(cluster) {
    return [
        {
            method: 'GET',
            path: `/apis/coordination.k8s.io/v1/namespaces/${cluster_names/* systemNamespace */.lv}/leases/${(0,cluster_names/* leaseName */.AI)(cluster)}`,
            timeoutMs: readTimeoutMs
        },
        {
            method: 'GET',
            path: inventoryPath(cluster),
            // Only the metadata: the annotation, not the whole record.
            headers: {
                accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1'
            },
            timeoutMs: readTimeoutMs
        }
    ];
}
/** The whole inventory ConfigMap, read when the check finds a change. */
function inventoryRead(cluster) {
    return {
        method: 'GET',
        path: inventoryPath(cluster),
        timeoutMs: readTimeoutMs
    };
}
function inventoryPath(cluster) {
    return `/api/v1/namespaces/${cluster_names/* systemNamespace */.lv}/configmaps/${(0,cluster_names/* inventoryName */.mu)(cluster)}`;
}

;// CONCATENATED MODULE: ./src/state/unchanged-inputs.ts
/**
 * A sync of files that did not change since the last synced run ends after
 * one read of the cluster, without loading, validating or planning them.
 *
 * The inventory keeps, next to the steps a Synced run applied, what that run
 * read (input-journal.ts) and reported, in an annotation of its ConfigMap.
 * Before the definition is loaded, this check reads the lock and that
 * ConfigMap's metadata alone (two small GETs over the API channel) and asks
 * the file system the recorded questions again. When
 * every answer is the same, under the same code and options, the run would
 * validate and plan to exactly those steps, so it is the no-op settled.ts
 * describes — and it ends with that run's steps as unchanged and its
 * warnings, as a validated no-op would have. Every other case (another
 * commit or branch, a lock held, a run that never finished, a record
 * without inputs, one changed byte) goes the normal way, reusing a full
 * read of the inventory made here.
 */




/**
 * Records bigger than this are not kept: an object's annotations hold
 * 256 KiB in all, and the ApplySet's own annotations need some of it.
 */
const maxInputsBytes = 128 * 1024;
/** See the file comment. Never rejects: any doubt is "go the normal way". */
async function checkUnchanged(input) {
    const { cluster } = input;
    const [leaseRead, metadataRead] = unchangedCheckReads(cluster);
    try {
        // One after the other, on the connection the channel's check left
        // open: a second request at once would open another connection, whose
        // TLS handshake costs a distant cluster more round trips than the wait.
        // The lock first: read after the inventory, a sync could start and end
        // between the two reads unseen.
        const lease = await get(input, leaseRead);
        if (lease === undefined) {
            const inputs = await syncedHere(input, metadataRead);
            if (inputs)
                return { unchanged: { cluster, inputs } };
        }
        const parent = await get(input, inventoryRead(cluster));
        const inventory = parent ? (0,state_inventory/* inventoryOf */.o8)(parent, cluster) : undefined;
        const record = {
            ...(lease ? { lease } : {}),
            ...(inventory ? { inventory } : {})
        };
        return { first: { cluster, record } };
    }
    catch {
        // The normal way reads again, with retries, and says what is wrong.
        return {};
    }
}
/**
 * The inputs record, when the inventory's metadata says the last sync ended
 * Synced at this commit and branch with none begun since (the annotation
 * exists only then; settled.ts has each reason) and every recorded question
 * gets the same answer again.
 */
async function syncedHere(input, metadataRead) {
    const metadata = await get(input, metadataRead);
    const synced = metadata ? (0,state_inventory/* syncedInputsOf */.Zp)(metadata) : undefined;
    if (synced === undefined ||
        !isInputsRecord(synced.inputs) ||
        synced.commit !== input.metadata.commit ||
        synced.ref !== input.metadata.ref) {
        return undefined;
    }
    const { inputs } = synced;
    const digest = await (0,input_journal/* replayDigest */.S)(input.fs, input.root, inputs.reads, input.key).catch(() => undefined);
    return digest === inputs.digest ? inputs : undefined;
}
/** One GET, one attempt; undefined for 404. */
async function get(input, read) {
    const answer = await input.transport.request(input.timeoutMs === undefined
        ? read
        : { ...read, timeoutMs: input.timeoutMs });
    if (answer.status === 404)
        return undefined;
    if (answer.status !== 200)
        throw new Error(`HTTP ${answer.status}`);
    return JSON.parse(answer.body);
}
/** The inventory is a ConfigMap anyone with access can edit: check the shape before trusting it. */
function isInputsRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.digest === 'string' &&
        typeof v.reads === 'object' &&
        v.reads !== null &&
        Object.entries(v.reads).every(([path, ops]) => isRepoPath(path) && typeof ops === 'string' && /^[lprs]+$/.test(ops)) &&
        Array.isArray(v.diagnostics) &&
        v.diagnostics.every(isDiagnostic) &&
        Array.isArray(v.steps) &&
        v.steps.every((s) => typeof s === 'object' &&
            s !== null &&
            typeof s.id === 'string' &&
            typeof s.file === 'string' &&
            typeof s.line === 'number'));
}
/**
 * A path inside the repository, as the journal writes them ('.' for the
 * root). Anything else is refused before a file is touched: an edited
 * record must not make a sync read, say, /etc files and reveal through its
 * speed whether a guessed digest matched.
 */
function isRepoPath(path) {
    if (path === '.')
        return true;
    return (path !== '' &&
        !(0,external_node_path_.isAbsolute)(path) &&
        !path.includes('\\') &&
        !path.includes('\0') &&
        !path.split('/').includes('..'));
}
function isDiagnostic(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const d = value;
    return ((d.severity === 'error' ||
        d.severity === 'warning' ||
        d.severity === 'info') &&
        typeof d.code === 'string' &&
        typeof d.message === 'string');
}

// EXTERNAL MODULE: ./src/definition/cluster-name.ts
var cluster_name = __webpack_require__(2075);
// EXTERNAL MODULE: ./src/ports/kube-api.ts
var kube_api = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/secrets/variables-digest.ts
var variables_digest = __webpack_require__(2073);
;// CONCATENATED MODULE: ./src/sync/unchanged-check.ts
/**
 * The unchanged-files check as a sync runs it (state/unchanged-inputs.ts
 * has the rule): the key a run's inputs are recorded under, the check
 * started before loading, the record a Synced run leaves, and the file
 * system that stops a load no longer needed.
 */






/**
 * How long loading waits for the unchanged check before it starts anyway:
 * over a direct connection the check ended within 0.03–0.05 s on the local
 * plane; kubectl proxy alone needs ~0.075 s before its first answer. A slow
 * cluster must not hold validation up for long.
 */
const checkHeadStartMs = 150;
/**
 * What decides the plan besides the repository's bytes: the code, the
 * definition's path, the branch (wrong-branch check), chart mirrors and
 * the cluster-level variables (secret ones only through scrypt).
 * Undefined when the caller gave no code identity (nothing is recorded).
 */
function inputsKey(options) {
    if (!options.build)
        return undefined;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        'clustersync-inputs/1',
        options.build,
        options.file,
        options.ref ?? null,
        options.chartMirrors ?? [],
        // Appended only when given, so runs without variables keep their key.
        ...[(0,variables_digest/* variablesKeyPart */.Co)(options.variables)].filter((v) => v !== null)
    ]))
        .digest('hex');
}
/**
 * Reads the lock and inventory over the API channel before loading starts
 * (loading waits for it up to checkHeadStartMs; state/unchanged-inputs.ts);
 * resolves `{}` when there is no channel, no key, `--full`, or no cluster
 * name to look under.
 */
async function startUnchangedCheck(options, key) {
    if (!options.connection || key === undefined || options.full)
        return {};
    const cluster = await (0,cluster_name/* peekClusterName */.h)(options.fs, options.root, options.file);
    if (cluster === undefined)
        return {};
    const opened = await options.connection.opener.open((0,cluster_connection/* apiTarget */._x)(options.kubectl));
    if (!(0,kube_api/* isOpen */.n)(opened))
        return {};
    return checkUnchanged({
        transport: opened,
        fs: options.fs,
        root: options.root,
        cluster,
        key,
        metadata: {
            ...(options.commit ? { commit: options.commit } : {}),
            ...(options.ref ? { ref: options.ref } : {})
        }
    });
}
/**
 * The unchanged-files check running beside loading: its answer so far, the
 * head start loading gives it, and a file system that ends the load once
 * the check finds nothing changed.
 */
class RunningCheck {
    /** The check's answer; `{}` when it failed. */
    answer;
    /** The answer so far: `{}` until the check has answered. */
    current = {};
    answered = false;
    stop = new AbortController();
    constructor(options, key) {
        this.answer = startUnchangedCheck(options, key)
            .catch(() => ({}))
            .then((answer) => {
            this.current = answer;
            this.answered = true;
            if (answer.unchanged)
                this.stop.abort();
            return answer;
        });
    }
    /** Waits for the answer, at most checkHeadStartMs (it is I/O; loading competes for the one thread). */
    async headStart(clock) {
        const waited = new AbortController();
        await Promise.race([
            this.answer,
            clock.sleep(checkHeadStartMs, waited.signal)
        ]);
        waited.abort();
    }
    /** `fs` for loading: stopped once the check finds nothing changed (see `stoppable`). */
    loadingFs(fs) {
        return stoppable(fs, this.stop.signal, () => !this.answered);
    }
}
/** This run's record of what it read (see state/inventory.ts InputsRecord). */
async function inputsRecord(journal, key, plan, diagnostics) {
    return {
        digest: await journal.digest(key),
        reads: journal.reads(),
        diagnostics,
        steps: plan.steps.map((step) => ({
            id: step.id,
            file: step.source.file,
            line: step.source.line
        }))
    };
}
/**
 * How often loading lets the event loop turn while the check is still
 * waiting for the cluster. The loader's reads answer at once and the rest
 * of its work is CPU, so without a turn the check's answers would wait
 * until loading ended (measured through a relay adding 60 ms round trips:
 * a no-op at 1,000 objects took 0.69 s, the check's last answer sitting
 * unread for ~0.15 s).
 */
const loadingTurnMs = 4;
/**
 * `fs` until `signal` fires; after it, every call (and every answer still
 * on its way) is refused, so a load no longer needed ends at its next read.
 * While `waiting()` (the check has not answered), a call first lets the
 * event loop turn when `loadingTurnMs` have passed since the last turn.
 */
function stoppable(fs, signal, waiting) {
    let lastTurn = performance.now();
    const turn = async () => {
        if (!waiting() || performance.now() - lastTurn < loadingTurnMs)
            return;
        await new Promise((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
    };
    const guard = async (call) => {
        await turn();
        if (signal.aborted)
            throw stopped();
        const value = await call();
        if (signal.aborted)
            throw stopped();
        return value;
    };
    return {
        readFile: (path, maxBytes) => guard(() => fs.readFile(path, maxBytes)),
        stat: (path) => guard(() => fs.stat(path)),
        readdir: (path) => guard(() => fs.readdir(path)),
        realpath: (path) => guard(() => fs.realpath(path))
    };
}
function stopped() {
    return Object.assign(new Error('loading stopped: nothing changed'), {
        code: 'ABORT_ERR'
    });
}

// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/secrets/cluster-variables.ts
var cluster_variables = __webpack_require__(5215);
;// CONCATENATED MODULE: ./src/sync/validate-and-plan.ts



/** Loads, validates and plans; never rejects. */
async function validateAndPlan(fs, options) {
    const registries = options.registries;
    // A lookup given as data may have been used; a loader says when it is.
    let catalogUsed = registries !== undefined && typeof registries !== 'function';
    try {
        // Loaded on first use: a sync of unchanged files never needs them, and
        // they are most of ClusterSync's code (see state/unchanged-inputs.ts).
        // One after the other: Jest's ESM loader fails on concurrent imports
        // that share a module (the bundle does not care).
        const { checkDefinition } = await Promise.all(/* import() */[__webpack_require__.e(704), __webpack_require__.e(370)]).then(__webpack_require__.bind(__webpack_require__, 7989));
        const { buildPlan } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(386)]).then(__webpack_require__.bind(__webpack_require__, 1040));
        const { applyChartMirrors } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9536));
        const checked = await checkDefinition({
            fs,
            root: options.root,
            file: options.file,
            ...(options.ref ? { ref: options.ref } : {}),
            mode: 'sync',
            secrets: {
                sopsKeys: (options.sopsIdentities?.length ?? 0) > 0,
                ...(options.sopsKeyProblems
                    ? { sopsKeyProblems: options.sopsKeyProblems }
                    : {})
            },
            ...(options.variables
                ? {
                    variables: (0,cluster_variables/* allVariables */.F0)(options.variables),
                    secretVariableNames: new Set(Object.keys(options.variables.secret))
                }
                : {}),
            // A sync installs the charts: every credential they name must be held.
            credentialNames: new Set(options.helm.credentials?.keys() ?? []),
            // The bundled catalog is not among the recorded inputs: a run that
            // consults it records none (it is then validated every time).
            ...(typeof registries === 'function'
                ? {
                    registries: () => {
                        catalogUsed = true;
                        return registries();
                    }
                }
                : registries
                    ? { registries }
                    : {})
        });
        if (!checked.definition) {
            return { failed: 'ValidationFailed', diagnostics: checked.diagnostics };
        }
        const plan = buildPlan(applyChartMirrors(checked.definition, options.chartMirrors ?? []));
        const diagnostics = [...checked.diagnostics, ...plan.diagnostics];
        if ((0,src_diagnostics/* hasErrors */.Cs)(plan.diagnostics))
            return { failed: 'PlanFailed', diagnostics };
        return { plan, diagnostics, catalogUsed };
    }
    catch (error) {
        return {
            failed: 'PlanFailed',
            diagnostics: [
                {
                    severity: 'error',
                    code: 'plan-failed',
                    message: (0,errors/* getErrorMessage */.u1)(error)
                }
            ]
        };
    }
}

;// CONCATENATED MODULE: ./src/sync/prepare.ts




/** Fetching and Validating; never rejects. */
async function prepareSync(options) {
    const { logger, clock } = options;
    const started = clock.now();
    const metadata = syncMetadata(options, started);
    const prepared = (found) => {
        if (found.kind === 'unchanged')
            metadata.cluster = found.cluster;
        if (found.kind === 'planned')
            metadata.cluster = found.plan.cluster;
        return { started, metadata, found };
    };
    logger.info(`Fetching: ${options.file}${options.commit ? ` at ${options.commit.slice(0, 12)}` : ''}`);
    logger.info('Validating');
    const key = inputsKey(options);
    const check = new RunningCheck(options, key);
    await check.headStart(clock);
    const early = check.current.unchanged;
    if (early)
        return prepared({ kind: 'unchanged', ...early });
    const journal = key ? new input_journal/* InputJournal */.k(options.root) : undefined;
    const validated = validateAndPlan(journal ? journal.wrap(check.loadingFs(options.fs)) : options.fs, options);
    // A late check still ends the load when it finds nothing changed;
    // otherwise the validated plan decides, and a failed one is reported at
    // once, without waiting for the cluster.
    const outcome = await Promise.race([
        validated,
        check.answer.then(async (answer) => answer.unchanged ? 'unchanged' : await validated)
    ]);
    const late = check.current.unchanged;
    if (outcome === 'unchanged' && late) {
        await validated; // stopped at its next read
        return prepared({ kind: 'unchanged', ...late });
    }
    const validPlan = await validated;
    if ('failed' in validPlan) {
        return prepared({
            kind: 'invalid',
            reason: validPlan.failed,
            diagnostics: validPlan.diagnostics
        });
    }
    // The check's read serves as the cluster side's first read.
    await check.answer;
    const { plan, diagnostics } = validPlan;
    const { first } = check.current;
    const run = {
        ...(first ? { first } : {}),
        ...(journal && key && !validPlan.catalogUsed
            ? { inputs: await inputsRecord(journal, key, plan, diagnostics) }
            : {})
    };
    if (run.inputs && JSON.stringify(run.inputs).length > maxInputsBytes)
        delete run.inputs;
    return prepared({ kind: 'planned', plan, diagnostics, run });
}
/** What the run records about itself; the cluster is filled in once known. */
function syncMetadata(options, started) {
    return {
        cluster: '',
        ...(options.commit ? { commit: options.commit } : {}),
        ...(options.ref ? { ref: options.ref } : {}),
        source: options.source,
        ...(options.triggeredBy ? { triggeredBy: options.triggeredBy } : {}),
        retryCount: 0,
        startedAt: started.toISOString(),
        ...(options.filesUrl ? { filesUrl: options.filesUrl } : {})
    };
}

;// CONCATENATED MODULE: ./src/sync/run-sync.ts
/**
 * The sync: Fetching → Validating → Applying → Completed, as Ankra shows it.
 * `prepareSync` (prepare.ts) loads, validates and plans once; `applyPrepared`
 * takes that same value to the cluster: the lock, what changed, what was
 * dropped, the inventory. User errors and failed steps are results, not
 * throws (STYLE.md §5.3).
 */



/** Runs one sync and resolves with its result; never rejects. */
async function runSync(options) {
    return applyPrepared(await prepareSync(options), options);
}
/** Applying and Completed, for a prepared sync; never rejects. */
async function applyPrepared(prepared, options) {
    const { logger, clock } = options;
    const { found, started } = prepared;
    const metadata = { ...prepared.metadata };
    const finish = (phase, reason, diagnostics, steps = [], message, 
    // Retries the cluster side made outside its steps (its first read).
    clusterRetries = 0) => {
        const finished = clock.now();
        metadata.finishedAt = finished.toISOString();
        metadata.durationMs = finished.getTime() - started.getTime();
        metadata.retryCount =
            clusterRetries + steps.reduce((n, s) => n + s.retries, 0);
        const result = {
            status: reason === 'Succeeded' ? 'synced' : 'error',
            reason,
            phase,
            metadata,
            diagnostics,
            steps,
            counts: (0,outcome_summary/* countOutcomes */.XF)(steps),
            summary: ''
        };
        result.summary = (0,outcome_summary/* summarize */.eh)(result, message);
        return result;
    };
    if (found.kind === 'invalid') {
        return finish('Validating', found.reason, found.diagnostics);
    }
    if (found.kind === 'unchanged') {
        const { inputs } = found;
        const paths = Object.keys(inputs.reads).length;
        const are = paths === 1
            ? 'is as the last synced run read it'
            : 'are as the last synced run read them';
        logger.info(`Nothing to apply: the ${(0,plural/* plural */.L)(paths, 'path')} this definition reads ${are}, at the same commit and branch, and no sync is running; validation skipped, no lock taken, nothing written; live objects and add-on releases not compared (sync --full corrects drift)`);
        const result = finish('Completed', 'Succeeded', inputs.diagnostics, inputs.steps.map(({ id, file, line }) => (0,outcome_summary/* unchangedOutcome */.cQ)({ id, source: { file, line } })));
        logger.info(`Completed: ${result.summary}`);
        return result;
    }
    const { plan, diagnostics, run } = found;
    // A kubeconfig that cannot name the cluster (a --context it lacks) is
    // configuration to fix, as an invalid definition is: it fails here,
    // before anything is applied, and is never retried or read as a failed apply.
    const refused = await options.connection?.refusal;
    if (refused) {
        return finish('Validating', 'ValidationFailed', diagnostics, [], refused.message);
    }
    logger.info(`Applying: ${(0,plural/* plural */.L)(plan.steps.length, 'step')} to cluster ${plan.cluster}`);
    // Loaded on first use: a sync with nothing to do never compiles the engine.
    const { applyToCluster } = await Promise.all(/* import() */[__webpack_require__.e(114), __webpack_require__.e(229), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 929));
    const applied = await applyToCluster(plan, {
        ...options,
        ...(options.connection ? { kubeApi: options.connection.opener } : {})
    }, metadata, run);
    if (applied.reason !== 'Succeeded') {
        return finish('Applying', applied.reason, diagnostics, applied.steps, applied.message, applied.retries);
    }
    const result = finish('Completed', 'Succeeded', diagnostics, applied.steps, undefined, applied.retries);
    logger.info(`Completed: ${result.summary}`);
    return result;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/git-answers.ts
var git_answers = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/cli/target.ts
var cli_target = __webpack_require__(9917);
// EXTERNAL MODULE: ./src/cli/sops-keys.ts + 1 modules
var sops_keys = __webpack_require__(5151);
// EXTERNAL MODULE: ./src/report/diagnostics-format.ts
var diagnostics_format = __webpack_require__(564);
;// CONCATENATED MODULE: ./src/cli/commands/sync-output.ts
/**
 * The text rendering of a SyncResult for the terminal: the banner line,
 * one line per step (status, what changed, why it failed or was skipped),
 * and the objects that changed.
 */


const marks = {
    applied: '✓',
    unchanged: '=',
    failed: '✗',
    skipped: '-'
};
/** The result as text, ending with a newline. */
function renderSyncText(result) {
    const seconds = ((result.metadata.durationMs ?? 0) / 1000).toFixed(1);
    const lines = [`${result.summary} (${seconds}s)`];
    // As `validate` prints them (file:line:column, the code, the hint that
    // says what to do), errors and warnings; notices are validate's to show.
    const shown = result.diagnostics.filter((d) => d.severity !== 'info');
    for (const line of (0,diagnostics_format/* formatText */.Oi)(shown, { color: false }).split('\n')) {
        if (line)
            lines.push(`  ${line}`);
    }
    for (const step of result.steps) {
        const where = step.file ? ` (${step.file}:${step.line ?? 0})` : '';
        const retries = step.retries > 0 ? `, ${(0,plural/* plural */.L)(step.retries, 'retry', 'retries')}` : '';
        const message = step.message ? `: ${step.message}` : '';
        lines.push(`  ${marks[step.status]} ${step.step} ${step.status}${message}${step.status === 'failed' ? where : ''} [${(step.durationMs / 1000).toFixed(1)}s${retries}]`);
        for (const change of step.changes) {
            if (change.action === 'unchanged')
                continue;
            lines.push(`      ${change.action} ${change.subject}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/commands/validate-command.ts
var validate_command = __webpack_require__(9959);
// EXTERNAL MODULE: ./src/engine/engine-options.ts
var engine_options = __webpack_require__(6685);
;// CONCATENATED MODULE: ./src/cli/commands/sync-command.ts
/**
 * `clustersync sync [definition] --kubeconfig <file> [--context name]
 * [--full] [--no-prune] [--allow-destructive-prune] [--concurrency N]
 * [--timeout 5m] [--format text|json|github]`: applies the definition to the
 * cluster. Progress goes to stderr, the result to stdout. Exit codes: 0
 * synced, 1 failed, 2 usage, 3 cluster unreachable.
 */






















/** The `sync` command, registered in commands/all-commands.ts. */
const syncCommand = {
    name: 'sync',
    summary: 'Apply the cluster definition to a cluster: only what changed, pruning what was removed',
    usage: 'clustersync sync [definition] --kubeconfig <file> [flags]',
    options: sync_flags/* syncOptions */.IF,
    examples: [
        {
            description: 'Apply cluster.yaml to the cluster of a kubeconfig',
            command: 'clustersync sync --kubeconfig ~/.kube/prod.yaml'
        },
        {
            description: 'Re-apply every step and correct drift, without pruning',
            command: 'clustersync sync clusters/prod/cluster.yaml --kubeconfig prod.yaml --context prod --full --no-prune'
        },
        {
            description: 'Give each step up to 1h30m, and print the result as JSON',
            command: 'clustersync sync --kubeconfig prod.yaml --timeout 1h30m --format json'
        }
    ],
    run: runSyncCommand
};
async function runSyncCommand(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const { kubectl, helm } = (0,cluster_flags/* clusterConfig */.Ty)(args, ctx);
    const cap = (0,cli_args/* numberOption */.jZ)(args, 'concurrency');
    const concurrency = cap ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new errors/* UsageError */.eb(`option --concurrency takes a whole number ≥ 1; got ${concurrency}`);
    }
    const timeout = (0,cli_args/* stringOption */.Pp)(args, 'timeout');
    const lockTimeout = (0,cli_args/* stringOption */.Pp)(args, 'lock-timeout');
    const logger = (0,cli_logger/* createCliLogger */.x)(ctx.stderr, (0,cli_args/* booleanOption */.Ic)(args, 'verbose'));
    // Masked before anything is logged.
    const workflow = await (0,workflow_flags/* readWorkflowFlags */.FR)(args, ctx, logger);
    // A source that gives no key fails only a step that needs one.
    const keys = await (0,sops_keys/* readSopsAgeKeys */.p4)(ctx);
    // Every flag is checked before anything starts.
    const options = {
        // One view of the repository for the run: the unchanged-files check and
        // the loader read each file once.
        fs: readOnce(ctx.fs),
        exec: ctx.exec,
        clock: ctx.clock,
        logger,
        root: target.root,
        file: target.file,
        registries: bundled_lookup/* bundledRegistryLookup */.a,
        source: ctx.env.GITHUB_ACTIONS === 'true' ? 'webhook' : 'cli',
        ...(ctx.env.GITHUB_ACTOR ? { triggeredBy: ctx.env.GITHUB_ACTOR } : {}),
        kubectl,
        helm: {
            ...helm,
            ...(workflow.registryCredentials
                ? { credentials: workflow.registryCredentials }
                : {})
        },
        variables: workflow.variables,
        chartMirrors: (0,cluster_flags/* chartMirrors */.vL)(args),
        sopsIdentities: keys.identities,
        sopsKeyProblems: keys.problems,
        full: (0,cli_args/* booleanOption */.Ic)(args, 'full'),
        concurrency,
        addonPace: (0,addon_pace/* addonPaceFor */.xQ)(machineCapacity(), cap),
        prune: (0,sync_flags/* pruneOptionsFrom */.D)(args),
        stepTimeoutMs: timeout
            ? (0,duration/* parseDuration */.E9)(timeout, 'option --timeout', errors/* UsageError */.eb)
            : 300_000,
        healthIntervalMs: (0,engine_options/* defaultHealthOptions */.IE)().intervalMs,
        ...(ctx.signal ? { stop: ctx.signal } : {}),
        lock: {
            ...(0,engine_options/* defaultLockOptions */.t4)((0,cluster_flags/* lockIdentity */.WC)(ctx)),
            ...(lockTimeout
                ? {
                    waitTimeoutMs: (0,duration/* parseDuration */.E9)(lockTimeout, 'option --lock-timeout', errors/* UsageError */.eb, 
                    // 0 means "do not wait": fail at once when another sync runs.
                    { allowZero: true })
                }
                : {})
        }
    };
    // The run's one connection opens first: its TLS handshake runs while the
    // code identity is computed and the commit and the branch are read.
    const connection = ctx.kubeApi
        ? (0,cluster_connection/* openConnection */.JY)(ctx.kubeApi, kubectl)
        : undefined;
    let result;
    try {
        const build = ctx.build ?? codeIdentity();
        const [commit, ref] = await Promise.all([
            commitOf(ctx, target.root),
            (0,validate_command/* currentRef */.pV)(args, ctx, target.root)
        ]);
        result = await runSync({
            ...options,
            build,
            ...(connection ? { connection } : {}),
            ...(ref ? { ref } : {}),
            ...(commit ? { commit } : {})
        });
    }
    finally {
        await connection?.close();
    }
    const format = (0,cli_args/* outputFormat */.B$)(args);
    // The result may quote a value a tool's error named: masked as the
    // progress lines are.
    ctx.stdout.write(format === 'json'
        ? `${JSON.stringify((0,scrub_strings/* scrubStrings */.a)(result, logger.redact), null, 2)}\n`
        : logger.redact(renderSyncText(result)));
    if (format === 'github')
        ctx.stdout.write(logger.redact((0,diagnostics_format/* formatGithub */.vX)(result.diagnostics)));
    // Only once the definition was validated: before that, what it holds is unknown.
    if (result.phase === 'Applying' || result.phase === 'Completed')
        (0,sops_keys/* warnUnneededKeyProblems */.ut)(ctx.stderr, keys, result.diagnostics);
    if (result.status === 'synced')
        return 0;
    return result.reason === 'ClusterUnreachable' ? 3 : 1;
}
/** The commit synced: GITHUB_SHA on Actions, else HEAD's (none outside a checkout). */
function commitOf(ctx, root) {
    return ctx.env.GITHUB_SHA
        ? Promise.resolve(ctx.env.GITHUB_SHA)
        : (0,git_answers/* gitCommit */.om)(ctx, root);
}

;// CONCATENATED MODULE: ./src/cli/commands/all-commands.ts









const commands = [
    validate_command/* validateCommand */.Md,
    planCommand,
    syncCommand,
    statusCommand,
    historyCommand,
    discoverCommand,
    pageCommand,
    catalogCommand,
    // Completes every command, itself included.
    completionCommand(() => commands)
];

;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * Whether the CLI colours its output: only on a terminal, and never when
 * the user said no — `--no-color`, or `NO_COLOR` set to anything but the
 * empty string (no-color.org), or `TERM=dumb` (a terminal that shows escape
 * codes as text).
 */

/** True when standard output may carry colour escape codes. */
function colorOutput(ctx, args) {
    if ((0,cli_args/* booleanOption */.Ic)(args, 'no-color'))
        return false;
    const noColor = ctx.env.NO_COLOR;
    if (noColor !== undefined && noColor !== '')
        return false;
    if (ctx.env.TERM === 'dumb')
        return false;
    return ctx.stdout.isTTY;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/validate/did-you-mean.ts
var did_you_mean = __webpack_require__(4183);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The CLI's composition root and failure funnel (STYLE.md §5.3): parses the
 * command line, runs the command with the given context, and turns every
 * error into a message and an exit code — never a stack trace for user errors.
 * Exit codes: 0 ok (warnings allowed), 1 invalid definition or failed
 * operation, 2 usage error, 3 cluster or external system unreachable.
 */








const exitCodes = { ok: 0, failed: 1, usage: 2, unreachable: 3 };
/** Runs `clustersync <argv…>` and resolves with the exit code; never rejects. */
async function runCli(argv, ctx) {
    const [name, ...rest] = argv;
    if (name === undefined) {
        ctx.stdout.write((0,help/* renderHelp */.W5)(commands));
        return exitCodes.usage;
    }
    if (name.startsWith('-'))
        return runTopLevelFlag(argv, ctx);
    if (name === 'help')
        return runHelp(rest, ctx);
    const command = commands.find((c) => c.name === name);
    if (!command)
        return unknownCommand(name, ctx);
    try {
        const args = (0,cli_args/* parseArgs */.Zy)(rest, command.options);
        if (args.options.help === true) {
            ctx.stdout.write((0,help/* renderCommandHelp */.fd)(command));
            return exitCodes.ok;
        }
        for (const warning of args.warnings ?? [])
            ctx.stderr.write(`warning: ${warning}\n`);
        return await command.run(args, { ...ctx, color: colorOutput(ctx, args) });
    }
    catch (error) {
        return reportFailure(error, command, ctx);
    }
}
/** `clustersync --help`, `--version`, or a flag given before any command. */
function runTopLevelFlag(argv, ctx) {
    try {
        const { options } = (0,cli_args/* parseArgs */.Zy)(argv.slice(0, 1), help/* topLevelOptions */.GU);
        if (options.version === true) {
            ctx.stdout.write(`${version()}\n`);
        }
        else {
            ctx.stdout.write((0,help/* renderHelp */.W5)(commands));
        }
        return exitCodes.ok;
    }
    catch (error) {
        ctx.stderr.write(`error: ${(0,errors/* getErrorMessage */.u1)(error)}; a command's flags go after it: clustersync <command> [flags]\nRun 'clustersync --help' for usage.\n`);
        return exitCodes.usage;
    }
}
/** `clustersync help [command]`, as kubectl and git take it. */
function runHelp(rest, ctx) {
    const [name] = rest;
    if (name === undefined) {
        ctx.stdout.write((0,help/* renderHelp */.W5)(commands));
        return exitCodes.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command)
        return unknownCommand(name, ctx);
    ctx.stdout.write((0,help/* renderCommandHelp */.fd)(command));
    return exitCodes.ok;
}
/** A mistyped command: say so with the closest one, as kubectl does (exit 2). */
function unknownCommand(name, ctx) {
    const match = (0,did_you_mean/* suggest */.ZA)(name, [...commands.map((c) => c.name), 'help']);
    const hint = match === undefined ? '' : `; did you mean ${match}?`;
    ctx.stderr.write(`error: unknown command "${name}"${hint}\nRun 'clustersync --help' for usage.\n`);
    return exitCodes.usage;
}
function reportFailure(error, command, ctx) {
    const message = (0,errors/* getErrorMessage */.u1)(error);
    if (error instanceof errors/* UsageError */.eb) {
        ctx.stderr.write(`error: ${message}\nusage: ${command.usage}\nRun 'clustersync ${command.name} --help' for its flags and examples.\n`);
        return exitCodes.usage;
    }
    if (error instanceof errors/* ConfigurationError */.j1) {
        ctx.stderr.write(`error: ${message}\n`);
        return exitCodes.failed;
    }
    // Classified here, once, whatever layer the failure came from: a read
    // over the API channel, a kubectl or helm process, a GitHub request.
    if ((0,errors/* isUnreachableError */.Fy)(error)) {
        ctx.stderr.write(`error: ${message}\n`);
        return exitCodes.unreachable;
    }
    if ((0,errors/* isOutsideFailure */.kW)(error)) {
        ctx.stderr.write(`error: ${message}\n`);
        return exitCodes.failed;
    }
    // An unexpected failure is a bug of ours: say so, as the Action does, and
    // show the stack only when asked, so users never see one for their own
    // mistakes.
    ctx.stderr.write(`error: ${(0,errors/* internalErrorMessage */.vh)(error, 'setting CLUSTERSYNC_DEBUG=1')}\n`);
    if (ctx.env.CLUSTERSYNC_DEBUG && error instanceof Error && error.stack) {
        ctx.stderr.write(`${error.stack}\n`);
    }
    return exitCodes.failed;
}
function version() {
    const parsed = JSON.parse((0,external_node_fs_.readFileSync)((0,package_files/* packageFile */.n)('package.json'), 'utf8'));
    const value = typeof parsed === 'object' && parsed !== null && 'version' in parsed
        ? parsed.version
        : undefined;
    return typeof value === 'string' ? value : 'unknown';
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   Ic: () => (/* binding */ booleanOption),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   jZ: () => (/* binding */ numberOption)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _validate_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4183);
/**
 * The command-line contract shared by every subcommand (README "CLI"):
 * `clustersync <command> [definition] [flags]`. Parsing is declarative: each
 * command states every flag it accepts once (shared ones come from
 * shared-options.ts), and its parser, `--help` and the shell completion are
 * all made from that one list, so they cannot drift. Usage errors are
 * uniform (exit 2).
 */


/** Re-exported for existing callers; the implementation lives with the suggestions. */

/**
 * Parses `argv` (without the command name) against the given option specs.
 * Throws UsageError naming the flag and what it accepts.
 */
function parseArgs(argv, specs) {
    const byName = new Map();
    for (const spec of specs) {
        byName.set(`--${spec.name}`, spec);
        if (spec.alias)
            byName.set(`-${spec.alias}`, spec);
    }
    const positionals = [];
    const options = {};
    const warnings = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        const negated = flag.startsWith('--no-')
            ? byName.get(`--${flag.slice(5)}`)
            : undefined;
        const spec = byName.get(flag) ?? (negated?.type === 'boolean' ? negated : undefined);
        if (!spec) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option ${flag}${suggestFlag(flag, specs)}`);
        }
        if (spec.hidden && !warnings.includes(spec.hidden.warning)) {
            warnings.push(spec.hidden.warning);
        }
        if (spec.type === 'boolean') {
            const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
            if (inline !== undefined && inline !== 'true' && inline !== 'false') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${spec.name} takes true or false, not "${inline}"`);
            }
            options[spec.name] = spec === negated ? false : inline !== 'false';
            continue;
        }
        let value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined ||
            (eq < 0 && value.startsWith('-') && value !== '-')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${spec.name} needs a value`);
        }
        if (spec.choices && !spec.choices.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${spec.name} accepts ${spec.choices.join(', ')}; got "${value}"`);
        }
        if (spec.type === 'number') {
            const n = Number(value);
            if (!Number.isFinite(n))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${spec.name} takes a number; got "${value}"`);
            options[spec.name] = n;
            continue;
        }
        if (spec.repeatable) {
            const prev = options[spec.name];
            options[spec.name] = [...(Array.isArray(prev) ? prev : []), value];
        }
        else {
            options[spec.name] = value;
        }
        value = undefined;
    }
    return { positionals, options, ...(warnings.length ? { warnings } : {}) };
}
/** Reads a string option, or undefined. */
function stringOption(args, name) {
    const v = args.options[name];
    return typeof v === 'string' ? v : undefined;
}
/** Reads a boolean option with a default. */
function booleanOption(args, name, fallback = false) {
    const v = args.options[name];
    return typeof v === 'boolean' ? v : fallback;
}
/** Reads a number option, or undefined. */
function numberOption(args, name) {
    const v = args.options[name];
    return typeof v === 'number' ? v : undefined;
}
/** The output format; `text` by default. */
function outputFormat(args) {
    const v = stringOption(args, 'format');
    return v === 'json' || v === 'github' ? v : 'text';
}
function suggestFlag(flag, specs) {
    const name = flag.replace(/^-+/, '');
    let best;
    let bestDistance = 3;
    for (const spec of specs) {
        if (spec.hidden)
            continue;
        const d = (0,_validate_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(name, spec.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = spec.name;
        }
    }
    return best ? ` (did you mean --${best}?)` : '';
}


/***/ }),

/***/ 9237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ chartMirrorOption),
/* harmony export */   Ty: () => (/* binding */ clusterConfig),
/* harmony export */   WC: () => (/* binding */ lockIdentity),
/* harmony export */   dU: () => (/* binding */ clusterOptions),
/* harmony export */   vL: () => (/* binding */ chartMirrors)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _definition_chart_mirrors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9536);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
/* harmony import */ var _engine_engine_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6685);
/**
 * Flags shared by the commands that talk to a cluster (`sync`, `status`):
 * which kubeconfig and context, which kubectl and helm binaries. The
 * kubeconfig comes from --kubeconfig or KUBECONFIG and is required, so a
 * sync never lands on whatever cluster a default kubeconfig points at.
 * --kubeconfig is passed on to kubectl and helm as the flag; KUBECONFIG is
 * left in their environment, where they read it themselves (a list of files
 * is merged by them as by the direct channel; kubeconfig-merge.ts).
 */






/** The connection flags. */
const clusterOptions = [
    {
        name: 'kubeconfig',
        type: 'string',
        valueName: '<file>',
        complete: 'file',
        description: 'Kubeconfig file (default: $KUBECONFIG); never printed'
    },
    {
        name: 'context',
        type: 'string',
        valueName: '<name>',
        complete: 'context',
        description: 'Kubeconfig context'
    },
    {
        name: 'kubectl',
        type: 'string',
        valueName: '<path>',
        complete: 'file',
        description: 'kubectl binary (default: kubectl on PATH)'
    },
    {
        name: 'helm',
        type: 'string',
        valueName: '<path>',
        complete: 'file',
        description: 'helm binary, v3 or v4 (default: helm on PATH)'
    }
];
/** `--chart-mirror FROM=TO`, for the commands that fetch or compare charts. */
const chartMirrorOption = {
    name: 'chart-mirror',
    type: 'string',
    repeatable: true,
    valueName: '<FROM=TO>',
    description: 'Fetch charts of repository FROM from TO instead'
};
/** The parsed `--chart-mirror` flags; throws UsageError naming a bad one. */
function chartMirrors(args) {
    const values = args.options['chart-mirror'];
    const list = Array.isArray(values) ? values : [];
    try {
        return list.map(_definition_chart_mirrors_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChartMirror */ .l);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`option --chart-mirror: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`);
    }
}
/** kubectl and helm settings from the flags; throws UsageError without a kubeconfig. */
function clusterConfig(args, ctx) {
    const kubeconfig = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(args, 'kubeconfig');
    if (!kubeconfig && !ctx.env.KUBECONFIG) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('no kubeconfig: pass --kubeconfig <file> or set KUBECONFIG');
    }
    const context = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(args, 'context');
    const connection = {
        ...(kubeconfig ? { kubeconfig } : {}),
        ...(context ? { context } : {})
    };
    return {
        kubectl: {
            ...(0,_engine_engine_options_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultKubectlConfig */ .M_)(),
            ...connection,
            binary: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(args, 'kubectl') ?? 'kubectl'
        },
        helm: {
            ...(0,_engine_engine_options_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultHelmConfig */ .gT)(),
            ...connection,
            binary: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(args, 'helm') ?? 'helm'
        }
    };
}
/** Who holds the cluster lock: user@host, pid, the CI run when there is one, and a random id. */
function lockIdentity(ctx) {
    let user = ctx.env.USER ?? 'unknown';
    try {
        user = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username;
    }
    catch {
        // No passwd entry (containers): the environment's USER will do.
    }
    const run = ctx.env.GITHUB_RUN_ID
        ? ` run ${ctx.env.GITHUB_REPOSITORY ?? ''}#${ctx.env.GITHUB_RUN_ID}`
        : '';
    // The random part tells two runs of one process (or one pid reused) apart.
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex');
    return `${user}@${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} pid ${process.pid}${run} (${id})`;
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ pruneOptionsFrom),
/* harmony export */   IF: () => (/* binding */ syncOptions),
/* harmony export */   nL: () => (/* binding */ planPruneFlags)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _engine_engine_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6685);
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4386);
/* harmony import */ var _cluster_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9237);
/* harmony import */ var _workflow_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6317);
/** The flags of `clustersync sync`. */





/** How a sync prunes; `plan` takes them too, to list what that sync deletes. */
const pruneFlags = [
    {
        name: 'prune',
        type: 'boolean',
        negatable: true,
        description: 'Remove what the definition no longer declares (default on; --no-prune to keep it)'
    },
    {
        name: 'allow-destructive-prune',
        type: 'boolean',
        description: 'Allow pruning Namespaces, CRDs, PVCs or more than half of the inventory'
    }
];
/** The same flags for `plan`, which deletes nothing: they shape what it lists. */
const planPruneFlags = [
    {
        name: 'prune',
        type: 'boolean',
        negatable: true,
        description: 'List what a sync would prune (default on); --no-prune lists it as left in place, as sync --no-prune leaves it'
    },
    {
        name: 'allow-destructive-prune',
        type: 'boolean',
        description: "Plan as sync --allow-destructive-prune: no 'The prune would stop' for Namespaces, CRDs, PVCs or more than half of the inventory"
    }
];
/** The prune settings `pruneFlags` give. */
function pruneOptionsFrom(args) {
    return (0,_engine_engine_options_js__WEBPACK_IMPORTED_MODULE_1__/* .pruneOptionsWith */ .Z1)((0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanOption */ .Ic)(args, 'prune', true), (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanOption */ .Ic)(args, 'allow-destructive-prune'));
}
/** Every flag `sync` accepts. */
const syncOptions = (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_2__/* .withGlobalOptions */ .yA)(..._shared_options_js__WEBPACK_IMPORTED_MODULE_2__/* .definitionOptions */ .Sn, (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOption */ .Bx)(['text', 'json', 'github'], '; github prints the text and each diagnostic as an annotation'), ..._cluster_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .clusterOptions */ .dU, _cluster_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .chartMirrorOption */ .L9, ..._workflow_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .workflowOptions */ .Sj, {
    name: 'full',
    type: 'boolean',
    description: 'Compare every step with the cluster, not only changed ones, and put back what drifted (objects, and add-ons by one helm upgrade each); reports what it corrected. A field another manager took is a conflict unless the manifest says force: true'
}, ...pruneFlags, {
    name: 'concurrency',
    type: 'number',
    valueName: '<N>',
    description: "cap on add-on steps running helm at once, not counting those that only wait for their release (default: paced from the cores, memory and the cluster's answers); API requests in flight: twice that, 8 without it (kubectl processes on the fallback: that many, 4 without it)"
}, {
    name: 'timeout',
    type: 'string',
    valueName: '<duration>',
    description: "How long each step may take to apply and become ready: 300 (seconds), 90s, 5m, 1h30m (default 5m; the Action's timeout bounds the whole sync instead)"
}, {
    name: 'lock-timeout',
    type: 'string',
    valueName: '<duration>',
    description: 'How long to wait for another sync of the cluster, as --timeout (default 10m; 0 fails at once)'
}, {
    name: 'ref',
    type: 'string',
    valueName: '<branch>',
    description: 'Branch being synced (wrong-branch check; default: the git branch)'
}, { name: 'verbose', type: 'boolean', description: 'Show debug output' });


/***/ }),

/***/ 9959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ validateCommand),
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   pV: () => (/* binding */ currentRef)
/* harmony export */ });
/* harmony import */ var _catalog_bundled_lookup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6826);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4386);
/* harmony import */ var _git_answers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6712);
/* harmony import */ var _write_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9767);
/* harmony import */ var _fleet_target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4690);
/* harmony import */ var _validate_fleet_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(610);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9917);
/* harmony import */ var _cluster_flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9237);
/* harmony import */ var _sops_keys_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5151);
/* harmony import */ var _workflow_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6317);
/* harmony import */ var _secrets_cluster_variables_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5215);
/**
 * `clustersync validate [definition|folder] [--ref branch] [--format text|json|github]`:
 * loads the definition with its includes, validates it, prints every
 * diagnostic and exits 0 (valid, warnings allowed) or 1 (invalid). A
 * folder validates every cluster definition in it (validate-fleet.ts).
 */













/** The `validate` command, registered in commands/all-commands.ts. */
const validateCommand = {
    name: 'validate',
    summary: 'Check a cluster definition and everything it includes; report every problem with file:line:col',
    usage: 'clustersync validate [definition|folder] [flags]',
    options: (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_2__/* .withGlobalOptions */ .yA)(..._shared_options_js__WEBPACK_IMPORTED_MODULE_2__/* .definitionOptions */ .Sn, (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOption */ .Bx)(['text', 'json', 'github']), {
        name: 'ref',
        type: 'string',
        valueName: '<branch>',
        description: 'Branch being validated, for the wrong-branch check (default: the pull request base or pushed branch on GitHub Actions, else the current git branch)'
    }, {
        name: 'check-charts',
        type: 'boolean',
        description: "Also check each add-on's chart_version in its repository's index.yaml (goes to the network; an unreachable repository is a notice)"
    }, _cluster_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .chartMirrorOption */ .L9, {
        name: 'strict-secrets',
        type: 'boolean',
        description: 'Make plaintext-secret warnings errors (a Secret whose values are not SOPS-encrypted)'
    }, ..._workflow_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .workflowOptions */ .Sj),
    examples: [
        {
            description: 'Validate cluster.yaml in the current folder',
            command: 'clustersync validate'
        },
        {
            description: 'Validate one cluster of a repository, as a pull request into main would',
            command: 'clustersync validate clusters/prod/cluster.yaml --ref main'
        },
        {
            description: 'Validate every cluster definition under clusters/',
            command: 'clustersync validate clusters'
        },
        {
            description: 'Also check that every chart_version exists, for a script',
            command: 'clustersync validate -f cluster.yaml --check-charts --format json'
        }
    ],
    run: runValidate
};
async function runValidate(args, ctx) {
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(args);
    const fleet = await (0,_fleet_target_js__WEBPACK_IMPORTED_MODULE_5__/* .folderTargets */ .D)(args, ctx);
    const keys = await (0,_sops_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .readSopsAgeKeys */ .p4)(ctx);
    // A secret variable's value can reach a message (an object named after it).
    const mask = await (0,_workflow_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .workflowMasking */ .QT)(args, ctx);
    if (fleet) {
        const answers = [];
        // One after the other: the output keeps the folder's order, and a
        // large fleet does not hold every definition in memory at once.
        for (const target of fleet) {
            const diagnostics = mask(await validateOne(args, ctx, target, keys));
            answers.push({
                target,
                diagnostics,
                text: (0,_write_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosticsText */ .g)(ctx, format, diagnostics, target.file)
            });
        }
        const code = (0,_validate_fleet_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFleet */ .a)(ctx, format, answers);
        (0,_sops_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .warnUnneededKeyProblems */ .ut)(ctx.stderr, keys, answers.flatMap((a) => a.diagnostics));
        return code;
    }
    const target = await (0,_target_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveTarget */ .u)(args, ctx);
    const diagnostics = mask(await validateOne(args, ctx, target, keys));
    (0,_write_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .writeDiagnostics */ .I)(ctx, format, diagnostics, target.file);
    (0,_sops_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .warnUnneededKeyProblems */ .ut)(ctx.stderr, keys, diagnostics);
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(diagnostics) ? 1 : 0;
}
/** Every diagnostic of one definition, with the chart check when asked. */
async function validateOne(args, ctx, target, keys) {
    // validate reports Secrets in plain text (checkTarget), for every definition of a fleet too.
    const result = await checkTarget(args, ctx, target, keys, true);
    if (!result.definition)
        return result.diagnostics;
    // What planning finds (a parent against the waves, an object a wave
    // before its Namespace), as a sync would find it before applying.
    const { buildPlan } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(386)]).then(__webpack_require__.bind(__webpack_require__, 1040));
    const planned = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(result.diagnostics)
        ? []
        : buildPlan(result.definition).diagnostics;
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .sortDiagnostics */ .Ds)([
        ...result.diagnostics,
        ...planned,
        ...((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanOption */ .Ic)(args, 'check-charts')
            ? await checkCharts(result.definition, (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .chartMirrors */ .vL)(args), (await (0,_workflow_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .readWorkflowFlags */ .FR)(args, ctx)).registryCredentials)
            : [])
    ]);
}
/**
 * The definition at `target` checked as `validate` and `plan` check it (not
 * as a sync); `keys` (sops-keys.ts) say whether an encrypted file has a key.
 */
async function checkTarget(args, ctx, target, keys, 
/** `validate` reports Secrets in plain text; `plan` does not. */
plaintextSecrets = false) {
    // Loaded per command (cli.ts loads every command's description at start).
    const { checkDefinition } = await Promise.all(/* import() */[__webpack_require__.e(704), __webpack_require__.e(370)]).then(__webpack_require__.bind(__webpack_require__, 7989));
    const workflow = await (0,_workflow_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .readWorkflowFlags */ .FR)(args, ctx);
    return checkDefinition({
        fs: ctx.fs,
        root: target.root,
        file: target.file,
        ref: await currentRef(args, ctx, target.root),
        mode: 'validate',
        registries: _catalog_bundled_lookup_js__WEBPACK_IMPORTED_MODULE_12__/* .bundledRegistryLookup */ .a,
        secrets: {
            plaintextSecrets,
            strictSecrets: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanOption */ .Ic)(args, 'strict-secrets'),
            sopsKeys: keys.identities.length > 0,
            sopsKeyProblems: keys.problems
        },
        variables: (0,_secrets_cluster_variables_js__WEBPACK_IMPORTED_MODULE_11__/* .allVariables */ .F0)(workflow.variables),
        secretVariableNames: new Set(Object.keys(workflow.variables.secret)),
        // Checked only when credentials were given: offline, nothing is known.
        ...(workflow.registryCredentials
            ? { credentialNames: new Set(workflow.registryCredentials.keys()) }
            : {})
    });
}
/**
 * Opt-in: every add-on's chart_version looked up in its repository's
 * index.yaml (through the chart mirrors, as a sync would fetch it). Network
 * failures are notices, so validation stays deterministic offline.
 */
async function checkCharts(definition, mirrors, credentials) {
    const { createNodeHttp } = await __webpack_require__.e(/* import() */ 963).then(__webpack_require__.bind(__webpack_require__, 2963));
    const { checkChartVersions } = await __webpack_require__.e(/* import() */ 529).then(__webpack_require__.bind(__webpack_require__, 910));
    const { applyChartMirrors } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9536));
    const mirrored = applyChartMirrors(definition, mirrors);
    return checkChartVersions(mirrored.stacks.flatMap((s) => s.addons), createNodeHttp(), { timeoutMs: 10_000 }, credentials);
}
/**
 * The ref for the wrong-branch check: `--ref`; on GitHub Actions the pull
 * request's base branch, else the pushed branch; else the checkout's branch.
 */
async function currentRef(args, ctx, root) {
    const flag = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOption */ .Pp)(args, 'ref');
    if (flag !== undefined)
        return flag;
    if (ctx.env.GITHUB_ACTIONS === 'true') {
        const base = ctx.env.GITHUB_BASE_REF;
        return base !== undefined && base !== '' ? base : ctx.env.GITHUB_REF_NAME;
    }
    return (0,_git_answers_js__WEBPACK_IMPORTED_MODULE_3__/* .gitBranch */ .bC)(ctx, root);
}


/***/ }),

/***/ 610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeFleet)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4851);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9133);
/* harmony import */ var _report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(564);
/**
 * `validate` and `plan` given a folder: each cluster checked as if named
 * alone, and one answer for all. JSON wraps today's per-definition
 * document: `{"valid": <all valid>, "clusters": [{"cluster",
 * "definition", "valid", "diagnostics", …}]}`; text prints each cluster's
 * answer under its path, then a count.
 */



/** Writes the answers; resolves with the exit code (1 when any is invalid). */
function writeFleet(ctx, format, answers) {
    const invalid = answers.filter((a) => (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(a.diagnostics)).length;
    if (format === 'json') {
        const clusters = answers.map((a) => {
            const { valid, diagnostics } = (0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .toDiagnosticsJson */ .wu)(a.diagnostics);
            return {
                cluster: a.target.cluster,
                definition: a.target.file,
                valid,
                diagnostics,
                ...a.json
            };
        });
        ctx.stdout.write(`${JSON.stringify({ valid: invalid === 0, clusters }, null, 2)}\n`);
    }
    else {
        for (const a of answers) {
            ctx.stdout.write(`== ${a.target.file} (cluster ${a.target.cluster})\n`);
            ctx.stdout.write(a.text);
        }
        ctx.stdout.write(`${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(answers.length, 'cluster')}: ${answers.length - invalid} valid, ${invalid} invalid\n`);
    }
    return invalid > 0 ? 1 : 0;
}


/***/ }),

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FR: () => (/* binding */ readWorkflowFlags),
  QT: () => (/* binding */ workflowMasking),
  Sj: () => (/* binding */ workflowOptions)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/cli-logger.ts
var cli_logger = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/secrets/scrub-strings.ts
var scrub_strings = __webpack_require__(6885);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/secrets/cluster-variables.ts
var cluster_variables = __webpack_require__(5215);
// EXTERNAL MODULE: ./src/config-yaml.ts
var config_yaml = __webpack_require__(5525);
;// CONCATENATED MODULE: ./src/secrets/registry-credentials.ts
/**
 * Chart registry credentials given by the workflow (the Action's
 * `registry-credentials` input, the CLI's `--registry-credentials FILE`): a
 * YAML mapping from the credential name a definition uses
 * (`spec.helm_registries[].credential_name`, an add-on's
 * `registry_credential_name`) to `username` and `password`. Nothing here
 * ever quotes a value: the text is a secret.
 */

/** Thrown for a malformed credentials text; the message names `origin`, never a value. */
class RegistryCredentialsError extends Error {
    name = 'RegistryCredentialsError';
}
/**
 * Parses the credentials text read from `origin` (an input or a file name,
 * for messages). Empty text is no credentials. Throws
 * RegistryCredentialsError naming the credential and the field at fault.
 */
function parseRegistryCredentials(text, origin) {
    const credentials = new Map();
    if (text.trim() === '')
        return credentials;
    let parsed;
    try {
        parsed = (0,config_yaml/* parseConfigYaml */.F)(text);
    }
    catch (error) {
        if (!(error instanceof config_yaml/* ConfigYamlError */.W))
            throw error;
        throw new RegistryCredentialsError(`${origin} is ${error.message}`);
    }
    if (!isMapping(parsed)) {
        throw new RegistryCredentialsError(`${origin} must be a YAML mapping from credential name to username and password, e.g. "my-registry: {username: ci, password: …}"`);
    }
    for (const [name, entry] of Object.entries(parsed)) {
        if (!isMapping(entry)) {
            throw new RegistryCredentialsError(`${origin}: credential "${name}" must be a mapping with username and password`);
        }
        for (const key of Object.keys(entry)) {
            if (key !== 'username' && key !== 'password' && key !== 'host') {
                throw new RegistryCredentialsError(`${origin}: credential "${name}" has an unknown field "${key}" (only username, password and host)`);
            }
        }
        const host = entry.host === undefined ? undefined : hostField(entry.host);
        if (host === '') {
            throw new RegistryCredentialsError(`${origin}: credential "${name}" has a host that is not a host name with an optional port (e.g. "charts.example.com", "registry.lan:5000", or "http://charts.lan:8080" to allow plain HTTP)`);
        }
        credentials.set(name, {
            username: textField(entry, 'username', name, origin),
            password: textField(entry, 'password', name, origin),
            ...(host !== undefined ? { host } : {})
        });
    }
    return credentials;
}
/**
 * Every form of the credentials' secrets a tool could print: each password,
 * and the `username:password` pair in base64 (an HTTP Basic header, and the
 * `auth` field helm writes in its registry config). Usernames alone are not
 * secret (as `docker login` treats them) and masking a short name such as
 * `ci` would hide that word everywhere in the logs.
 */
function credentialSecrets(credentials) {
    return [...credentials.values()].flatMap(({ username, password }) => [
        password,
        Buffer.from(`${username}:${password}`).toString('base64')
    ]);
}
function textField(entry, key, name, origin) {
    const value = entry[key];
    // A number-looking password (`password: 0123`) is read as YAML wrote it
    // would lose digits; asking for quotes is safer than guessing.
    if (typeof value !== 'string' || value === '') {
        throw new RegistryCredentialsError(`${origin}: credential "${name}" needs a non-empty ${key} written as text (quote it if YAML reads it as a number or boolean)`);
    }
    if (/[\r\n]/.test(value)) {
        throw new RegistryCredentialsError(`${origin}: credential "${name}" has a ${key} of several lines`);
    }
    return value;
}
/**
 * A host name with an optional port, and an optional `http://` or
 * `https://` before it, lower-cased; '' when it is not one.
 */
function hostField(value) {
    if (typeof value !== 'string')
        return '';
    const host = value.trim().toLowerCase();
    const hostPattern = /^(https?:\/\/)?(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/;
    return hostPattern.test(host) ? host : '';
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/secrets/printed-forms.ts
var printed_forms = __webpack_require__(2117);
;// CONCATENATED MODULE: ./src/secrets/workflow-secrets.ts
/**
 * Every form of the workflow's secrets (registry passwords, secret
 * variables) that output could show, for the runner's masking (main.ts,
 * core.setSecret) and the CLI logger's: registered on arrival, before
 * anything is logged.
 */



/** The distinct non-blank strings to mask, in each form output prints them. */
function workflowSecrets(given) {
    const secrets = [
        ...credentialSecrets(given.registryCredentials),
        ...(0,cluster_variables/* variableSecrets */.yF)(given.variables)
    ].filter((secret) => secret.trim() !== '');
    return [...new Set(secrets.flatMap(printed_forms/* printedForms */.S))];
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/workflow-flags.ts
/**
 * The flags that give a run what the Action takes from the workflow:
 * `--registry-credentials FILE` (chart registry logins), `--var NAME=VALUE`
 * (repeatable) and `--secret-vars-file FILE` (cluster-level variables; the
 * file's are secret). Every secret is registered with the logger's masking
 * as soon as it is read. Messages name a file or a variable, never a value.
 */








/**
 * What `validate` and an offline `plan` print, masked as `sync` masks it:
 * each secret the flags give, in every printed form (cli-logger.ts). The
 * function returned masks a value's strings and keeps its shape, so JSON
 * stays JSON.
 */
async function workflowMasking(args, ctx) {
    const logger = (0,cli_logger/* createCliLogger */.x)(ctx.stderr);
    await readWorkflowFlags(args, ctx, logger);
    return (value) => (0,scrub_strings/* scrubStrings */.a)(value, logger.redact);
}
/** The three flags, for `sync`, `plan` and `validate`. */
const workflowOptions = [
    {
        name: 'registry-credentials',
        type: 'string',
        valueName: '<file>',
        complete: 'file',
        description: 'YAML file mapping each credential_name to username and password, for charts in private registries; never printed'
    },
    {
        name: 'var',
        type: 'string',
        repeatable: true,
        valueName: '<NAME=VALUE>',
        description: "Cluster-level variable for ${{ ankra.NAME }} (a stack's own value wins)"
    },
    {
        name: 'secret-vars-file',
        type: 'string',
        valueName: '<file>',
        complete: 'file',
        description: 'YAML file of secret cluster-level variables (name: value); masked in all output'
    }
];
/** A file's size limit: credentials and variables are small. */
const maxBytes = 1024 * 1024;
/**
 * Reads the flags and masks every secret in `logger` before returning.
 * Throws UsageError naming the flag (and the file or variable) at fault.
 */
async function readWorkflowFlags(args, ctx, logger) {
    const credentialsFile = (0,cli_args/* stringOption */.Pp)(args, 'registry-credentials');
    const secretsFile = (0,cli_args/* stringOption */.Pp)(args, 'secret-vars-file');
    try {
        const registryCredentials = credentialsFile === undefined
            ? undefined
            : parseRegistryCredentials(await readText(ctx, credentialsFile, '--registry-credentials'), `--registry-credentials ${credentialsFile}`);
        const plain = {};
        const assignments = args.options.var;
        for (const text of Array.isArray(assignments) ? assignments : []) {
            const [name, value] = (0,cluster_variables/* parseVariableAssignment */.rX)(text, 'option --var');
            plain[name] = value;
        }
        const secret = secretsFile === undefined
            ? {}
            : (0,cluster_variables/* parseVariablesYaml */.QO)(await readText(ctx, secretsFile, '--secret-vars-file'), `--secret-vars-file ${secretsFile}`);
        const variables = (0,cluster_variables/* combineVariables */.Li)(plain, secret);
        for (const value of workflowSecrets({
            registryCredentials: registryCredentials ?? new Map(),
            variables
        }))
            logger?.mask(value);
        return {
            ...(registryCredentials ? { registryCredentials } : {}),
            variables
        };
    }
    catch (error) {
        if (error instanceof RegistryCredentialsError ||
            error instanceof cluster_variables/* ClusterVariablesError */.OA)
            throw new errors/* UsageError */.eb(error.message);
        throw error;
    }
}
async function readText(ctx, file, flag) {
    try {
        const bytes = await ctx.fs.readFile((0,external_node_path_.resolve)(ctx.cwd, file), maxBytes);
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch (error) {
        // Only the code: the file holds secrets, and an error never quotes it.
        throw new errors/* UsageError */.eb(`option ${flag}: cannot read ${file} (${(0,errors/* errorCode */.CA)(error)})`);
    }
}


/***/ }),

/***/ 4690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ folderTargets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _fleet_find_definitions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7810);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _git_answers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6712);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9917);
/**
 * A folder given where a definition is expected: every cluster definition
 * `discover` finds in it (fleet/find-definitions.ts), each with the
 * repository root it is read under. `validate` and `plan` take one; the
 * commands that act on one cluster (sync, status, history) refuse it
 * (target.ts) and say how to act on a fleet instead.
 */






/**
 * The definitions in the folder the arguments name, sorted by path; or
 * undefined when they name no folder (one definition, as before). Throws
 * ConfigurationError when the folder holds none.
 */
async function folderTargets(args, ctx) {
    const folder = await folderOf(args, ctx);
    if (folder === undefined)
        return undefined;
    const rootFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(args, 'root');
    const root = rootFlag !== undefined
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, rootFlag)
        : await (0,_git_answers_js__WEBPACK_IMPORTED_MODULE_4__/* .gitTopLevel */ .oB)(folder, ctx);
    const members = await (0,_fleet_find_definitions_js__WEBPACK_IMPORTED_MODULE_2__/* .findDefinitions */ .Cc)(ctx.fs, root, folder);
    if (members.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no cluster definitions (files with kind: ImportCluster) in ${folder}`);
    }
    return members.map((m) => ({ cluster: m.cluster, root, file: m.definition }));
}
async function folderOf(args, ctx) {
    if (args.positionals.length > 1)
        return undefined;
    const path = (0,_target_js__WEBPACK_IMPORTED_MODULE_5__/* .definitionPath */ .X)(args, ctx.cwd);
    const stat = await ctx.fs.stat(path).catch(() => undefined);
    return stat?.isDirectory ? path : undefined;
}


/***/ }),

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ gitBranch),
/* harmony export */   oB: () => (/* binding */ gitTopLevel),
/* harmony export */   om: () => (/* binding */ gitCommit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What the commands ask git about the checkout: its top folder, HEAD's
 * commit and HEAD's branch, each from `git rev-parse` itself (reading git's
 * files instead did not buy a measurable share of any command: README,
 * "Decisions, made once").
 */

/** `git rev-parse --show-toplevel` of `folder`; the folder itself outside a repository. */
async function gitTopLevel(folder, ctx) {
    // No git (or the folder does not exist): the folder itself is the root,
    // as documented; a missing definition is reported by the loader.
    const top = await askGit(ctx, folder, ['--show-toplevel']);
    return top === undefined ? folder : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(top);
}
/** HEAD's commit in `folder`; undefined outside a repository or on an unborn branch. */
async function gitCommit(ctx, folder) {
    return askGit(ctx, folder, ['HEAD']);
}
/** HEAD's branch in `folder`; undefined when detached (CI checkouts of a commit) or outside a repository. */
async function gitBranch(ctx, folder) {
    const branch = await askGit(ctx, folder, ['--abbrev-ref', 'HEAD']);
    // A detached HEAD names no branch to compare.
    return branch === 'HEAD' ? undefined : branch;
}
/** `git rev-parse <args>` in `folder`: its trimmed output, or undefined when it fails. */
async function askGit(ctx, folder, args) {
    try {
        const result = await ctx.exec.run('git', ['rev-parse', ...args], {
            cwd: folder,
            timeoutMs: 10_000
        });
        const out = result.stdout.trim();
        return result.exitCode === 0 && out !== '' ? out : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ topLevelOptions),
/* harmony export */   W5: () => (/* binding */ renderHelp),
/* harmony export */   fd: () => (/* binding */ renderCommandHelp)
/* harmony export */ });
/* unused harmony export flagSynopsis */
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4386);

/** The flags `clustersync` itself takes, before any command. */
const topLevelOptions = [
    {
        name: 'help',
        alias: 'h',
        type: 'boolean',
        description: "Show this help; 'clustersync <command> --help' shows a command's flags and examples"
    },
    {
        name: 'version',
        alias: 'v',
        type: 'boolean',
        description: 'Print the version of clustersync'
    }
];
const topLevelExamples = [
    {
        description: 'Validate cluster.yaml in the current folder',
        command: 'clustersync validate'
    },
    {
        description: 'The flags and examples of sync',
        command: 'clustersync sync --help'
    },
    {
        description: 'Tab completion in bash (zsh and fish likewise)',
        command: 'source <(clustersync completion bash)'
    }
];
/** The top-level help: commands, the flags they share, examples, exit codes. */
function renderHelp(commands) {
    const width = Math.max(...commands.map((c) => c.name.length));
    const shared = [
        ..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .definitionOptions */ .Sn,
        (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOption */ .Bx)(['text', 'json', 'github']),
        ..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .globalOptions */ .Wq.filter((o) => o.name !== 'help')
    ];
    return [
        'clustersync: sync Ankra ImportCluster definitions to Kubernetes',
        '',
        'usage: clustersync <command> [definition] [flags]',
        '',
        'commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'flags:',
        ...flagLines(topLevelOptions),
        '',
        "flags several commands take (each command's --help lists exactly its own flags and formats):",
        ...flagLines(shared, (o) => ` (${takenBy(o, commands)})`),
        '',
        ...exampleLines(topLevelExamples),
        'environment: KUBECONFIG (the kubeconfig when --kubeconfig is not given), NO_COLOR (any value: no colour), CLUSTERSYNC_DEBUG (stack traces of unexpected errors)',
        'exit codes: 0 ok, 1 invalid or failed, 2 usage error, 3 cluster or service unreachable',
        ''
    ].join('\n');
}
/** One command's help: summary, usage, examples and every flag it accepts. */
function renderCommandHelp(command) {
    return [
        command.summary,
        '',
        `usage: ${command.usage}`,
        '',
        ...exampleLines(command.examples),
        'flags:',
        ...flagLines(command.options.filter((o) => !o.hidden)),
        ''
    ].join('\n');
}
/** How a flag is written in help: `-f, --file <path>`, `    --[no-]prune`. */
function flagSynopsis(option) {
    const alias = option.alias ? `-${option.alias}, ` : '    ';
    const name = option.negatable ? `--[no-]${option.name}` : `--${option.name}`;
    const value = option.type === 'boolean' ? '' : ` ${option.valueName ?? '<value>'}`;
    return `${alias}${name}${value}`;
}
function flagLines(options, suffix = () => '') {
    const synopses = options.map(flagSynopsis);
    // Long synopses (`--sort <column[:asc|:desc]>`) put their description on
    // the next line rather than push every other column far right.
    const width = Math.min(30, Math.max(...synopses.map((s) => s.length)));
    return options.map((option, i) => {
        const synopsis = synopses[i] ?? '';
        const repeatable = option.repeatable ? ' (repeatable)' : '';
        const text = `${option.description}${repeatable}${suffix(option)}`;
        return synopsis.length > width
            ? `  ${synopsis}\n  ${' '.repeat(width)}  ${text}`
            : `  ${synopsis.padEnd(width)}  ${text}`;
    });
}
function exampleLines(examples) {
    if (examples.length === 0)
        return [];
    return [
        'examples:',
        ...examples.flatMap((e, i) => [
            ...(i > 0 ? [''] : []),
            `  # ${e.description}`,
            `  ${e.command}`
        ]),
        ''
    ];
}
/** Which commands accept a shared flag: "every command" or their names. */
function takenBy(option, commands) {
    const names = commands
        .filter((c) => c.options.some((o) => o.name === option.name && !o.hidden))
        .map((c) => c.name);
    return names.length === commands.length ? 'every command' : names.join(', ');
}


/***/ }),

/***/ 4386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ formatOption),
/* harmony export */   Sn: () => (/* binding */ definitionOptions),
/* harmony export */   Wq: () => (/* binding */ globalOptions),
/* harmony export */   yA: () => (/* binding */ withGlobalOptions)
/* harmony export */ });
/** `-f/--file` and `--root`, for the commands that read a definition. */
const definitionOptions = [
    {
        name: 'file',
        alias: 'f',
        type: 'string',
        valueName: '<path>',
        complete: 'file',
        description: 'Path of the cluster definition, as the positional argument (default cluster.yaml)'
    },
    {
        name: 'root',
        type: 'string',
        valueName: '<dir>',
        complete: 'folder',
        description: 'Repository root; includes may not leave it (default: the git top level of the definition, else its folder)'
    }
];
const formatMeanings = {
    text: 'text for people',
    json: 'json for scripts',
    github: 'github for workflow-command annotations in GitHub Actions'
};
/** `--format` with the formats a command prints, each said with what it is for. */
function formatOption(formats, note = '') {
    const meanings = formats.map((f) => formatMeanings[f]);
    const listed = meanings.length > 2
        ? `${meanings.slice(0, -1).join(', ')}, or ${meanings.at(-1) ?? ''}`
        : meanings.join(' or ');
    return {
        name: 'format',
        type: 'string',
        valueName: '<format>',
        choices: formats,
        description: `Output format: ${listed} (default text)${note}`
    };
}
/** Flags every command accepts, listed last in each command's help. */
const globalOptions = [
    {
        name: 'no-color',
        type: 'boolean',
        description: 'Never colour the output (also when NO_COLOR is set; colour is only ever used on a terminal)'
    },
    {
        name: 'help',
        alias: 'h',
        type: 'boolean',
        description: 'Show this help'
    }
];
/** A command's complete flag list: its own flags, then the global ones. */
function withGlobalOptions(...options) {
    return [...options, ...globalOptions];
}


/***/ }),

/***/ 5151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p4: () => (/* binding */ readSopsAgeKeys),
  ut: () => (/* binding */ warnUnneededKeyProblems)
});

// UNUSED EXPORTS: userConfigDir

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/sops/age-keys.ts
/**
 * Age identities as SOPS reads them: the content of an age identity file
 * (`age-keygen` output), one `AGE-SECRET-KEY-1…` per line, `#` comments and
 * blank lines ignored. Several files' contents may be concatenated.
 */

const identityLine = /^AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]+$/;
/**
 * The identities in `content`. Throws `ConfigurationError` naming `source`
 * and the line number (never the line) when a line is not an age identity.
 */
function parseAgeIdentities(content, source) {
    const identities = [];
    content.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        if (line.startsWith('AGE-PLUGIN-')) {
            throw new errors/* ConfigurationError */.j1(`${source}, line ${index + 1}: age plugin identities are not supported; give a native age identity (AGE-SECRET-KEY-1…)`);
        }
        if (!identityLine.test(line)) {
            throw new errors/* ConfigurationError */.j1(`${source}, line ${index + 1}: not an age identity (expected AGE-SECRET-KEY-1… as age-keygen writes it)`);
        }
        identities.push(line);
    });
    return identities;
}

// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
;// CONCATENATED MODULE: ./src/cli/sops-keys.ts
/**
 * The CLI's age identities for SOPS-encrypted files, found where sops finds
 * them (getsops/sops 3.13 age/keysource.go, loadIdentities), all read
 * together and every key tried:
 * - `SOPS_AGE_KEY`: the content of an identity file;
 * - `SOPS_AGE_KEY_FILE`: its path (relative to the current folder);
 * - the user's `sops/age/keys.txt` in the user config folder, Go's
 *   os.UserConfigDir: `$XDG_CONFIG_HOME` when absolute, else
 *   `~/.config` (macOS: `$XDG_CONFIG_HOME`, else
 *   `~/Library/Application Support`; Windows: `%AppData%`). Read whether or
 *   not the variables are set, as sops does; a missing file is no error.
 * `SOPS_AGE_KEY_CMD` (a command that prints keys) is not run: ClusterSync
 * runs no command named by the environment. The Action reads none of these
 * (main.ts): only its `sops-age-key` input.
 *
 * A source that gives no key is returned as a problem, not thrown: a shell
 * may keep SOPS_AGE_KEY_FILE for another repository, and a definition with
 * nothing encrypted needs no key. Where one is needed, validation's sops
 * rules and the decrypt step name the problem (sops fails only then too).
 */




// An identity file holds a few lines per key; a megabyte is far past any.
const maxKeyFileBytes = 1024 * 1024;
/**
 * The identities, in the order above, with a problem naming the variable or
 * file (never a key) for each source that cannot be read or parsed, and
 * for `SOPS_AGE_KEY_CMD` set when nothing else gave a key. Never throws for
 * a key source: a source that fails gives no key, the others still do, as
 * sops tries every key it could read.
 */
async function readSopsAgeKeys(ctx, platform = process.platform) {
    const keys = { identities: [], problems: [] };
    const inline = ctx.env.SOPS_AGE_KEY;
    if (inline !== undefined && inline.trim() !== '') {
        addKeys(keys, inline, 'SOPS_AGE_KEY', {
            fix: 'set SOPS_AGE_KEY to the content of an age identity file (age-keygen writes one), or unset it'
        });
    }
    const file = ctx.env.SOPS_AGE_KEY_FILE;
    if (file !== undefined && file.trim() !== '') {
        const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(ctx.cwd, file);
        const fix = 'point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it';
        const text = await readKeyFile(ctx, path);
        if (typeof text === 'string')
            addKeys(keys, text, `SOPS_AGE_KEY_FILE (${file})`, { fix });
        else
            keys.problems.push({
                message: `SOPS_AGE_KEY_FILE names ${file}, which cannot be read (${text.code})`,
                fix
            });
    }
    const configDir = userConfigDir(ctx.env, platform);
    if (configDir !== undefined) {
        const path = (0,external_node_path_.join)(configDir, 'sops', 'age', 'keys.txt');
        const text = await readKeyFile(ctx, path);
        // A missing keys.txt is no problem: sops reads it whether or not
        // anyone meant to keep keys there.
        if (typeof text === 'string')
            addKeys(keys, text, path, { fix: `correct ${path}, or move it away` });
        else if (text.code !== 'ENOENT')
            keys.problems.push({
                message: `the sops key file ${path} cannot be read (${text.code})`,
                fix: `make ${path} readable, or move it away`
            });
    }
    const command = ctx.env.SOPS_AGE_KEY_CMD;
    if (keys.identities.length === 0 &&
        command !== undefined &&
        command.trim() !== '') {
        keys.problems.push({
            message: 'SOPS_AGE_KEY_CMD is set, but ClusterSync runs no command named by the environment',
            fix: 'give the key with SOPS_AGE_KEY (its content) or SOPS_AGE_KEY_FILE (its path), e.g. SOPS_AGE_KEY="$(pass show age)"'
        });
    }
    return keys;
}
/**
 * After a run that checked its definition: a one-line warning per key
 * source that gave no key, when nothing needed one. Validation names them
 * at each encrypted file (`sops-key-unreadable`), so a run with one says
 * nothing more; a run with errors says nothing either, since what it read
 * may not be all there is.
 */
function warnUnneededKeyProblems(stderr, keys, diagnostics) {
    if (keys.problems.length === 0 || (0,src_diagnostics/* hasErrors */.Cs)(diagnostics))
        return;
    if (diagnostics.some((d) => d.code === 'sops-key-unreadable'))
        return;
    for (const problem of keys.problems) {
        stderr.write(`warning: ${problem.message}; not needed: this run decrypted nothing\n`);
    }
}
/** Adds the identities in `text`, or, when one line is not one, the problem (sops, too, refuses the whole source). */
function addKeys(keys, text, source, { fix }) {
    try {
        keys.identities.push(...parseAgeIdentities(text, source));
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        // The message names the source and the line number, never the line.
        keys.problems.push({ message: error.message, fix });
    }
}
/** A key file's text, or the error code that stopped its reading. */
async function readKeyFile(ctx, path) {
    try {
        return Buffer.from(await ctx.fs.readFile(path, maxKeyFileBytes)).toString('utf8');
    }
    catch (error) {
        const code = error.code;
        // Without a code (a file past the size limit, say) the reason is the
        // port's message, which names the path, never the content.
        return {
            code: typeof code === 'string'
                ? code
                : error instanceof Error
                    ? error.message
                    : String(error)
        };
    }
}
/**
 * Go's os.UserConfigDir as sops calls it (macOS honours XDG_CONFIG_HOME
 * first); undefined where Go reports an error (no home, a relative
 * XDG_CONFIG_HOME), which sops then passes over.
 */
function userConfigDir(env, platform) {
    const xdg = env.XDG_CONFIG_HOME ?? '';
    const home = env.HOME ?? '';
    switch (platform) {
        case 'win32':
            return env.AppData || env.APPDATA || undefined;
        case 'darwin':
            if (xdg !== '')
                return xdg;
            return home === '' ? undefined : (0,external_node_path_.join)(home, 'Library/Application Support');
        default:
            if (xdg !== '')
                return (0,external_node_path_.isAbsolute)(xdg) ? xdg : undefined;
            return home === '' ? undefined : (0,external_node_path_.join)(home, '.config');
    }
}


/***/ }),

/***/ 9917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ definitionPath),
/* harmony export */   u: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _definition_guarded_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3394);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _git_answers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6712);
/**
 * Where the definition and the repository root are, from the common flags:
 * the positional path or `-f/--file` (default `cluster.yaml`), and `--root`
 * (default: the git top level of the definition's folder, else that folder).
 */





/** The definition's absolute path: the positional argument, else `--file`, else `cluster.yaml`. */
function definitionPath(args, cwd) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, args.positionals[0] ?? (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(args, 'file') ?? 'cluster.yaml');
}
/** Resolves the definition and root; throws UsageError when they contradict. */
async function resolveTarget(args, ctx) {
    const positional = args.positionals[0];
    const flag = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(args, 'file');
    if (positional !== undefined && flag !== undefined && positional !== flag) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`give the definition once: either as an argument ("${positional}") or with --file ("${flag}")`);
    }
    if (args.positionals.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`expected one definition path, got ${args.positionals.length}: ${args.positionals.join(' ')}`);
    }
    const definition = definitionPath(args, ctx.cwd);
    if ((await ctx.fs.stat(definition).catch(() => undefined))?.isDirectory) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${definition} is a folder, and this command acts on one cluster: give its definition, or run one job per cluster (clustersync discover lists them as a matrix)`);
    }
    const rootFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(args, 'root');
    const root = rootFlag !== undefined
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, rootFlag)
        : await (0,_git_answers_js__WEBPACK_IMPORTED_MODULE_4__/* .gitTopLevel */ .oB)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(definition), ctx);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, definition);
    // By path segments: "..cluster.yaml" is inside the root.
    if (!(0,_definition_guarded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)(root, definition)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the definition ${definition} is outside the repository root ${root}; pass --root`);
    }
    return { root, file: rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') };
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ writeDiagnostics),
/* harmony export */   g: () => (/* binding */ diagnosticsText)
/* harmony export */ });
/* harmony import */ var _report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(564);

/** Writes `diagnostics` about `file` to standard output in `format`. */
function writeDiagnostics(ctx, format, diagnostics, file) {
    if (format === 'json') {
        ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatJson */ .IB)(diagnostics));
        return;
    }
    if (format === 'github')
        ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatGithub */ .vX)(diagnostics));
    else
        ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatText */ .Oi)(diagnostics, { color: ctx.color === true }));
    ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSummary */ .kq)(diagnostics, file));
}
/** What `writeDiagnostics` prints in text or github format, as a string. */
function diagnosticsText(ctx, format, diagnostics, file) {
    const listed = format === 'github'
        ? (0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatGithub */ .vX)(diagnostics)
        : (0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatText */ .Oi)(diagnostics, { color: ctx.color === true });
    return `${listed}${(0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSummary */ .kq)(diagnostics, file)}`;
}


/***/ }),

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ openConnection),
/* harmony export */   _x: () => (/* binding */ apiTarget)
/* harmony export */ });
/* unused harmony exports refusedConnection, openOnFirstUse */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _ports_kube_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1502);
/**
 * The one cluster connection of a run. The composition root (the CLI's
 * command, the Action's main) opens it once; everything that talks to the
 * cluster in that run — the unchanged-files check, the cluster side of the
 * sync, a live preview — is handed the same channel, and the root closes
 * it once at the end. Opening starts at once, so the TLS handshake overlaps
 * whatever the run does before it first needs the cluster.
 */


/** The channel's target for a kubectl configuration. */
function apiTarget(address) {
    return {
        kubectl: address.binary,
        ...(address.kubeconfig ? { kubeconfig: address.kubeconfig } : {}),
        ...(address.context ? { context: address.context } : {}),
        ...(address.decoded ? { decoded: address.decoded } : {})
    };
}
/** Starts opening the channel to `address`; see the file comment. */
function openConnection(opener, address) {
    const opening = opener
        .open(apiTarget(address))
        .catch((error) => 
    // A kubeconfig kubectl would refuse too is the user's to fix: kept,
    // and thrown to whoever asks for the channel.
    error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1
        ? error
        : { unavailable: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error) });
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        const opened = await opening;
        if (!(opened instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1) && (0,_ports_kube_api_js__WEBPACK_IMPORTED_MODULE_1__/* .isOpen */ .n)(opened))
            await opened.close();
    };
    return {
        opener: {
            open: async () => {
                const opened = await opening;
                if (opened instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
                    throw opened;
                // Users of the channel may close it; only the root really does.
                return (0,_ports_kube_api_js__WEBPACK_IMPORTED_MODULE_1__/* .isOpen */ .n)(opened)
                    ? {
                        request: (r) => opened.request(r),
                        close: async () => { },
                        ...(opened.namespace !== undefined
                            ? { namespace: opened.namespace }
                            : {})
                    }
                    : opened;
            }
        },
        close,
        refusal: opening.then((opened) => opened instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 ? opened : undefined)
    };
}
/**
 * A connection that cannot be had because of the user's configuration (a
 * kubeconfig that does not decode): every use is refused with `problem`,
 * which a sync reports as ValidationFailed.
 */
function refusedConnection(problem) {
    return {
        opener: { open: () => Promise.reject(problem) },
        refusal: Promise.resolve(problem),
        close: async () => { }
    };
}
/**
 * openConnection, started by the first use instead of at once. The Action
 * takes this: its start is GitHub requests (the check run, the status, the
 * deployment) that a TLS handshake on the one thread would delay, and its
 * first use of the cluster comes after them.
 */
function openOnFirstUse(opener, address) {
    let opened;
    let closed = false;
    const connection = () => (opened ??= closed
        ? // A late first use after the run ended must not open a channel
            // nobody will close.
            refusedConnection(new ConfigurationError('the run has ended'))
        : openConnection(opener, address));
    return {
        opener: { open: (target) => connection().opener.open(target) },
        get refusal() {
            return connection().refusal;
        },
        close: async () => {
            closed = true;
            await opened?.close();
        }
    };
}


/***/ }),

/***/ 176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   FM: () => (/* binding */ diffName),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   I8: () => (/* binding */ withHelmRelease),
/* harmony export */   Ih: () => (/* binding */ annotationsOf),
/* harmony export */   LR: () => (/* binding */ partOfLabel),
/* harmony export */   Nn: () => (/* binding */ appliedDocument),
/* harmony export */   Nw: () => (/* binding */ isApiVersion),
/* harmony export */   Qb: () => (/* binding */ parseKubectlJson),
/* harmony export */   Se: () => (/* binding */ applySetOf),
/* harmony export */   UG: () => (/* binding */ dnsLabel),
/* harmony export */   Vq: () => (/* binding */ unscopedKey),
/* harmony export */   XF: () => (/* binding */ refKey),
/* harmony export */   Yj: () => (/* binding */ listDocument),
/* harmony export */   _g: () => (/* binding */ stubOf),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   iZ: () => (/* binding */ isHelmHook),
/* harmony export */   n_: () => (/* binding */ helmReleaseOf),
/* harmony export */   ry: () => (/* binding */ requestedKeys),
/* harmony export */   wC: () => (/* binding */ resourceVersionOf)
/* harmony export */ });
/* unused harmony export withLabels */
/** A DNS-1123 label, as a regular expression's source. */
const dnsLabel = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?';
/** `version` or `group/version`: the group a DNS subdomain, the version a DNS label. */
const apiVersionShape = new RegExp(`^(?:${dnsLabel}(?:\\.${dnsLabel})*/)?${dnsLabel}$`);
/**
 * True for an apiVersion of the shape the API server serves (`v1`,
 * `apps/v1`): it goes into request paths (`/apis/<group>/<version>`), so
 * anything else (`apps/v1/deployments?watch=true`) is never sent.
 */
function isApiVersion(text) {
    return text.length <= 316 && apiVersionShape.test(text);
}
/** The API group of an apiVersion (`''` for the core group). */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** `Kind/namespace/name` or `Kind/name`: the change-set subject. */
function subjectOf(ref) {
    return ref.namespace
        ? `${ref.kind}/${ref.namespace}/${ref.name}`
        : `${ref.kind}/${ref.name}`;
}
/**
 * A key that identifies an object across API versions (`apps/v1` and
 * `apps/v1beta1` name the same Deployment): group, kind, namespace, name.
 */
function refKey(ref) {
    return `${groupOf(ref.apiVersion)}|${ref.kind}|${ref.namespace ?? ''}|${ref.name}`;
}
/** {@link refKey} without the namespace. */
function unscopedKey(ref) {
    return refKey({ ...ref, namespace: undefined });
}
/**
 * Which of `requested` a live object stands for (its refKey), or undefined.
 * Its own key first. Else an object the server keeps in a namespace stands
 * for one requested without a namespace (applied to the kubeconfig
 * context's), and one it keeps in none for one requested with a namespace
 * (a cluster-scoped kind whose scope the plan did not know).
 */
function requestedKeys(requested) {
    const exact = new Set(requested.map(refKey));
    const unnamed = new Map();
    const named = new Map();
    for (const ref of requested) {
        const by = ref.namespace === undefined ? unnamed : named;
        if (!by.has(unscopedKey(ref)))
            by.set(unscopedKey(ref), refKey(ref));
    }
    return (live) => {
        const key = refKey(live);
        if (exact.has(key))
            return key;
        return (live.namespace === undefined ? named : unnamed).get(unscopedKey(live));
    };
}
/** The reference of a JSON object as kubectl returns it. */
function refOf(object) {
    const metadata = (object.metadata ?? {});
    const namespace = metadata.namespace;
    return {
        apiVersion: String(object.apiVersion),
        kind: String(object.kind),
        name: String(metadata.name),
        ...(typeof namespace === 'string' && namespace !== '' ? { namespace } : {})
    };
}
/** A minimal object (no spec) that `kubectl get/delete -f -` accepts. */
function stubOf(ref) {
    return {
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        metadata: {
            name: ref.name,
            ...(ref.namespace ? { namespace: ref.namespace } : {})
        }
    };
}
/** One JSON `List` document: how many objects go to one kubectl process. */
function listDocument(items) {
    return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}
/**
 * The objects in kubectl's JSON output. `get` prints one List; `apply -o
 * json` prints one object, a List, or (older versions) several documents
 * back to back, so the text is split at top-level value boundaries.
 */
function parseKubectlJson(text) {
    const items = [];
    for (const doc of splitJsonDocuments(text)) {
        const value = JSON.parse(doc);
        if (value.kind === 'List' || Array.isArray(value.items)) {
            const list = Array.isArray(value.items) ? value.items : [];
            for (const item of list)
                items.push(item);
        }
        else {
            items.push(value);
        }
    }
    return items;
}
function splitJsonDocuments(text) {
    const docs = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{' || c === '[') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (c === '}' || c === ']') {
            depth--;
            if (depth === 0 && start >= 0) {
                docs.push(text.slice(start, i + 1));
                start = -1;
            }
        }
    }
    return docs;
}
/** `metadata.resourceVersion`, or undefined for objects not yet created. */
function resourceVersionOf(object) {
    const metadata = object.metadata;
    const rv = metadata?.resourceVersion;
    return typeof rv === 'string' ? rv : undefined;
}
/** The label that makes an object a member of the cluster's ApplySet (KEP-3659). */
const partOfLabel = 'applyset.kubernetes.io/part-of';
/** The live object's `applyset.kubernetes.io/part-of` label, if set. */
function applySetOf(live) {
    const value = metadataMap(live, 'labels')[partOfLabel];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
const releaseNameAnnotation = 'meta.helm.sh/release-name';
const releaseNamespaceAnnotation = 'meta.helm.sh/release-namespace';
/** The Helm release that manages the live object (Helm's ownership annotations), if any. */
function helmReleaseOf(live) {
    const annotations = metadataMap(live, 'annotations');
    const name = annotations[releaseNameAnnotation];
    const namespace = annotations[releaseNamespaceAnnotation];
    return typeof name === 'string' && typeof namespace === 'string'
        ? { namespace, name }
        : undefined;
}
/**
 * A copy of the live object, to write back whole, with Helm's ownership
 * annotations naming `release`, or without them when it is undefined; its
 * `managedFields` are left out (the server keeps them).
 */
function withHelmRelease(live, release) {
    const metadata = { ...live.metadata };
    const annotations = { ...metadataMap(live, 'annotations') };
    delete annotations[releaseNameAnnotation];
    delete annotations[releaseNamespaceAnnotation];
    if (release) {
        annotations[releaseNameAnnotation] = release.name;
        annotations[releaseNamespaceAnnotation] = release.namespace;
    }
    metadata.annotations = annotations;
    delete metadata.managedFields;
    return { ...live, metadata };
}
/** The live object's `metadata.annotations` (empty when it has none). */
function annotationsOf(live) {
    return metadataMap(live, 'annotations');
}
/** Whether the live object is a Helm hook (`helm.sh/hook`). */
function isHelmHook(live) {
    return metadataMap(live, 'annotations')['helm.sh/hook'] !== undefined;
}
/** `metadata.labels` or `metadata.annotations` as read, or an empty map. */
function metadataMap(live, which) {
    const metadata = live.metadata;
    const map = typeof metadata === 'object' && metadata !== null
        ? metadata[which]
        : undefined;
    return typeof map === 'object' && map !== null
        ? map
        : {};
}
/**
 * The object exactly as a sync sends it: the planned namespace filled in and
 * the ApplySet membership label set. Previews and drift checks must send the
 * same document, or a server-side dry run reports the label's removal as a
 * change on a cluster that was synced a moment ago.
 */
function appliedDocument(planned, applySetId) {
    const { body } = planned.object;
    const metadata = { ...(body.metadata ?? {}) };
    if (planned.namespace !== undefined)
        metadata.namespace = planned.namespace;
    return withLabels(secretAsData({ ...body, metadata }), {
        [partOfLabel]: applySetId
    });
}
/**
 * A core Secret's `stringData` as base64 `data` (a key in both: the
 * `stringData` value, as the API server merges them), as Flux sends it.
 * `stringData` is write-only: a server-side apply of it owns
 * `stringData.<key>`, so a key later dropped from the manifest stays in
 * `data` for good (kubernetes/kubernetes#108008). Owning `data.<key>`, the
 * server removes it. A `stringData` holding a value that is not text is
 * sent as written, for the server to refuse.
 */
function secretAsData(body) {
    if (body.kind !== 'Secret' || groupOf(String(body.apiVersion)) !== '')
        return body;
    const stringData = body.stringData;
    if (typeof stringData !== 'object' || stringData === null)
        return body;
    const entries = Object.entries(stringData);
    if (entries.some(([, value]) => typeof value !== 'string'))
        return body;
    const data = { ...(body.data ?? {}) };
    for (const [key, value] of entries)
        data[key] = Buffer.from(value, 'utf8').toString('base64');
    const sent = { ...body, data };
    delete sent.stringData;
    return sent;
}
/** A copy of `body` with the given labels merged into `metadata.labels`. */
function withLabels(body, labels) {
    const metadata = { ...(body.metadata ?? {}) };
    const existing = (metadata.labels ?? {});
    metadata.labels = { ...existing, ...labels };
    return { ...body, metadata };
}
/** `<group.>version.Kind.namespace.name`, kubectl diff's name for an object. */
function diffName(object) {
    const ref = refOf(object);
    const group = groupOf(ref.apiVersion);
    const version = ref.apiVersion.slice(ref.apiVersion.indexOf('/') + 1);
    return `${group ? `${group}.` : ''}${version}.${ref.kind}.${ref.namespace ?? ''}.${ref.name}`;
}


/***/ }),

/***/ 9844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ defaultRetryOptions),
/* harmony export */   R0: () => (/* binding */ isUnreachable),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   mi: () => (/* binding */ retryAnnouncer)
/* harmony export */ });
/* unused harmony export describeRetry */
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2431);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Retrying transient failures of kubectl and helm. A failure is transient
 * when its stderr says the connection or the server hiccupped (refused or
 * reset connections, timeouts, 429/5xx, etcd leader changes, optimistic
 * concurrency conflicts); everything else is permanent and fails at once, so
 * a typo never costs a minute of backoff.
 */


/**
 * 6 attempts, waits drawn up to 1 s doubling to 10 s: up to 25 s of waits
 * (half that on average) plus the attempts themselves.
 */
function defaultRetryOptions() {
    return { attempts: 6, baseDelayMs: 1_000, maxDelayMs: 10_000 };
}
// Matched case-insensitively against stderr. Each names a failure that a
// second attempt a moment later can fix without anyone changing anything.
const transientPatterns = [
    /connection refused/,
    // kubectl's own wording when the API server is down (seen when it was
    // killed mid-sync): "The connection to the server host:port was refused".
    /the connection to the server \S+ was refused/,
    /connection reset by peer/,
    /broken pipe/,
    /i\/o timeout/,
    /tls handshake timeout/,
    /\beof\b/,
    /http2: (server sent goaway|client connection lost)/,
    /the server is currently unable to handle the request/,
    /the server was unable to return a response in the time allotted/,
    /too many requests|\b429\b/,
    /\b(500|502|503|504)\b.*(internal server error|bad gateway|service unavailable|gateway timeout)/,
    /internal error occurred/,
    // client-go's words for a 5xx that carried no Status body (helm says it
    // after "Kubernetes cluster unreachable:" when discovery meets one).
    /an error on the server \(.*\) has prevented the request from succeeding/,
    /etcdserver: (leader changed|request timed out|too many requests)/,
    /the object has been modified; please apply your changes to the latest version/,
    /unable to connect to the server/,
    // A request that timed out (Go names its URL: `Get "https://…": context
    // deadline exceeded`). Not helm's own wait running out (`release web
    // failed: context deadline exceeded`): a retry only waits the whole
    // timeout again, and writes one more failed revision.
    /": context deadline exceeded/,
    /another operation \(install\/upgrade\/rollback\) is in progress/
];
/** True when a failed command's output says a retry may succeed. */
function isTransient(result) {
    const text = result.stderr.toLowerCase();
    // A credential that could not be had (kubectl says "Unable to connect to
    // the server: getting credentials: …") stays so until someone logs in.
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .saysNoCredential */ .Zn)(text))
        return false;
    // A certificate is not trusted after a moment's wait either.
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .saysUntrustedServer */ .Kx)(text))
        return false;
    return transientPatterns.some((p) => p.test(text));
}
/** True when the output says the API server could not be reached at all. */
function isUnreachable(result) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .saysUnreachable */ .$3)(result.stderr);
}
/**
 * Runs `attempt` until it succeeds, fails permanently or attempts run out;
 * resolves with the last result either way (the caller interprets it).
 */
async function withRetry(attempt, clock, options = defaultRetryOptions(), onRetry, signal) {
    let result = await attempt();
    for (let n = 1; n < options.attempts; n++) {
        if (result.exitCode === 0 || !isTransient(result) || signal?.aborted)
            break;
        // Drawn once: the wait announced is the wait slept.
        const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .jitteredDelay */ .$)(n, options, clock.random?.() ?? 0);
        onRetry?.({
            retry: n,
            of: options.attempts - 1,
            delayMs: delay,
            failure: result.stderr
        });
        await clock.sleep(delay, signal);
        result = await attempt();
    }
    return result;
}
// The few words that say why a server was not reached, as kubectl and Go
// put them; the first that matches names the cause in a retry's line.
const unreachableCauses = [
    [
        /connection refused|the connection to the server \S+ was refused/i,
        'connection refused'
    ],
    [/no such host/i, 'no such host'],
    [/tls handshake timeout/i, 'TLS handshake timeout'],
    [/i\/o timeout/i, 'i/o timeout'],
    [/no route to host/i, 'no route to host'],
    [/network is unreachable/i, 'network is unreachable']
];
/**
 * The line a retry is announced with: what failed, which retry of how many,
 * and the wait (`cannot reach the cluster (connection refused); retry 2 of
 * 5 in 2s`). Silence for the half-minute of backoff looks like a hang.
 */
function describeRetry(event) {
    return `${whatFailed(event.failure)}; retry ${event.retry} of ${event.of} in ${event.delayMs / 1000}s`;
}
/**
 * A listener that says each retry through `say` (describeRetry's line,
 * after `prefix`) and counts it, once per wait the user sat through:
 * requests sent at once to a server that is away fail at once, and their
 * retries are one wait for the user, not one line per request. Within one
 * failure episode (the same failure, each retry scheduled while the last
 * one's wait and attempt could still be running), each retry number counts
 * once, whichever request reaches it first; so an unreachable cluster
 * always reports the same count, however its requests interleave. The wait
 * said is the one that first request drew; the others drew their own.
 */
function retryAnnouncer(say, clock, prefix = '') {
    let count = 0;
    const episodes = new Map();
    const listener = (event) => {
        const failed = whatFailed(event.failure);
        const at = clock.now().getTime();
        let episode = episodes.get(failed);
        if (!episode || at > episode.lastAt + episode.lastDelayMs + attemptMs) {
            episode = { retries: new Set(), lastAt: at, lastDelayMs: 0 };
            episodes.set(failed, episode);
        }
        episode.lastAt = at;
        episode.lastDelayMs = event.delayMs;
        if (episode.retries.has(event.retry))
            return;
        episode.retries.add(event.retry);
        count++;
        say(`${prefix}${describeRetry(event)}`);
    };
    return { listener, count: () => count };
}
// How long an attempt after a wait may take before its next retry is
// scheduled (a kubectl call that times out); a retry later than the last
// wait plus this belongs to another outage and is said again.
const attemptMs = 30_000;
/**
 * Which server a helm process could not reach: a chart repository (helm
 * fetches its `index.yaml`), an OCI registry (its `/v2/` API), else the
 * cluster. A typo in a repository's port is not an outage of the cluster.
 */
function unreachableServer(failure) {
    if (/is not a valid chart repository or cannot be reached|\/index\.yaml"/i.test(failure))
        return 'the chart repository';
    if (/"https?:\/\/[^"\s]*\/v2\//i.test(failure))
        return 'the chart registry';
    return 'the cluster';
}
function whatFailed(failure) {
    // A server that answered was reached, whatever its answer quotes (a 503
    // from an aggregated API that could not reach its own backend).
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .saysUnreachable */ .$3)(failure) && !/^error from server/im.test(failure)) {
        const cause = unreachableCauses.find(([words]) => words.test(failure));
        return `cannot reach ${unreachableServer(failure)} (${cause?.[1] ?? 'unable to connect'})`;
    }
    // Any other transient failure in its own last words, kept to one line.
    const last = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(failure, 1);
    // Cut with `…`, the mark the loggers' scrubbing looks for.
    return last.length > 160 ? `${last.slice(0, 159)}…` : last || 'failed';
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyChartMirrors: () => (/* binding */ applyChartMirrors),
/* harmony export */   l: () => (/* binding */ parseChartMirror)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Chart mirrors: "fetch charts of repository A from B instead". Air-gapped
 * and offline clusters need them (the add-ons of Ankra's examples point at
 * public repositories), and the local demo uses one to point the example
 * repository at the chart server of the local control plane. A mirror
 * rewrites where a chart is fetched from; the definition stays unchanged.
 */

/**
 * Parses `FROM=TO` (a CLI flag or an Action input line). Both sides must be
 * http(s):// or both oci:// URLs, since Helm fetches the two kinds
 * differently. Throws ConfigurationError naming the text.
 */
function parseChartMirror(text) {
    const at = text.indexOf('=');
    const from = trimSlash(text.slice(0, Math.max(at, 0)).trim());
    const to = trimSlash(text.slice(at + 1).trim());
    if (at <= 0 || from === '' || to === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`chart mirror "${text}" is not of the form FROM=TO (e.g. https://charts.jetstack.io=http://mirror.internal/jetstack)`);
    }
    if (schemeKind(from) === undefined || schemeKind(from) !== schemeKind(to)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`chart mirror "${text}": both sides must be http(s):// URLs, or both oci:// URLs`);
    }
    return { from, to };
}
/**
 * Returns the definition with every add-on whose chart location starts with
 * a mirror's `from` (at a path boundary) fetched from its `to` instead; the
 * longest matching prefix wins. `mirroredFrom` keeps the written location
 * for the plan and for messages. Pure; the input is not modified.
 */
function applyChartMirrors(definition, mirrors) {
    if (mirrors.length === 0)
        return definition;
    const byLength = [...mirrors].sort((a, b) => b.from.length - a.from.length);
    return {
        ...definition,
        stacks: definition.stacks.map((stack) => ({
            ...stack,
            addons: stack.addons.map((addon) => ({
                ...addon,
                chart: mirrorChart(addon.chart, byLength)
            }))
        }))
    };
}
function mirrorChart(chart, mirrors) {
    if (chart.type === 'path')
        return chart;
    const location = trimSlash(chart.location);
    const mirror = mirrors.find((m) => location === m.from || location.startsWith(`${m.from}/`));
    if (!mirror)
        return chart;
    return {
        ...chart,
        location: mirror.to + location.slice(mirror.from.length),
        mirroredFrom: chart.location
    };
}
function schemeKind(url) {
    if (/^https?:\/\/[^/]/i.test(url))
        return 'http';
    if (/^oci:\/\/[^/]/i.test(url))
        return 'oci';
    return undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 2075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ peekClusterName),
/* harmony export */   v: () => (/* binding */ clusterNameIn)
/* harmony export */ });
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5525);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3394);
/**
 * The cluster's name before the definition is validated, read from the root
 * file alone, without includes: the Action names its check run and commit
 * status after it at the very start, and a sync looks up the cluster's lock
 * and inventory with it while validating (state/unchanged-inputs.ts). A
 * file that does not parse gives no name; validation then reports the real
 * problem. It is only a hint, so it is read as plain data (config-yaml.ts, js-yaml), the smaller of the
 * two parsers, which keeps `yaml` out of the CLI's startup: where the two
 * could differ, the worst outcome is a name that finds no record.
 *
 * It runs before anything is checked, in every mode of the Action and for
 * forks too, so it reads through the guarded reader like the loader: a
 * definition that is a FIFO, a link to /dev/zero or too large gives no
 * name here, and validation reports it.
 */


/** `metadata.name` of the root definition file, or undefined. */
async function peekClusterName(fs, root, file) {
    const read = await (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readGuarded */ .vK)(fs, await (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readRoot */ .XD)(fs, root), file.split('\\').join('/'), 'the cluster definition');
    // Refused or unreadable: the caller's fallback names the run.
    if ('refused' in read)
        return undefined;
    return clusterNameIn(new TextDecoder().decode(read.bytes));
}
/** `metadata.name` of a definition's text, or undefined. */
function clusterNameIn(text) {
    try {
        const doc = (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfigYaml */ .F)(text);
        const metadata = typeof doc === 'object' && doc !== null
            ? doc.metadata
            : undefined;
        const name = typeof metadata === 'object' && metadata !== null
            ? metadata.name
            : undefined;
        return typeof name === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(name)
            ? name
            : undefined;
    }
    catch {
        // Not YAML: the caller's fallback names the run.
        return undefined;
    }
}


/***/ }),

/***/ 9659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ mayReadDifferentlyInGo),
/* harmony export */   Ze: () => (/* binding */ goReading),
/* harmony export */   h2: () => (/* binding */ isGoBooleanWord),
/* harmony export */   qQ: () => (/* binding */ coreFloat),
/* harmony export */   rQ: () => (/* binding */ coreInt),
/* harmony export */   uF: () => (/* binding */ goScalarTags)
/* harmony export */ });
/** YAML 1.2 core's plain numbers, as `yaml` 2 resolves them. */
const coreInt = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const coreFloat = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const goInt = /^([-+]?)(?:0[bB]([01]+)|0[oO]([0-7]+)|0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/;
const goFloat = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const goTrue = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const goFalse = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
/** The number go-yaml reads in a plain scalar, if it reads one. */
function goNumber(text) {
    // A leading `.` goes to Go's ParseFloat as written, which allows `_`
    // only between digits (`.5_0`, not `._5`).
    if (text.startsWith('.')) {
        if (/_(?![0-9])|(?<![0-9])_/.test(text))
            return undefined;
        const plain = text.replace(/_/g, '');
        return goFloat.test(plain) ? parseFloat(plain) : undefined;
    }
    // Otherwise go-yaml tries numbers only for scalars starting with a digit
    // or a sign, with every `_` dropped.
    if (!/^[-+0-9]/.test(text))
        return undefined;
    const plain = text.replace(/_/g, '');
    const m = goInt.exec(plain);
    if (m) {
        const [radix, digits] = m[2]
            ? [2, m[2]]
            : m[3]
                ? [8, m[3]]
                : m[4]
                    ? [16, m[4]]
                    : m[5]
                        ? [8, m[5]]
                        : [10, m[6]];
        const magnitude = BigInt(`${radixPrefix[radix]}${digits}`);
        // Past 64 bits Go's ParseInt and ParseUint refuse it, and go-yaml
        // falls back to reading the text as a decimal float.
        const fits = m[1] === '-' ? magnitude <= 2n ** 63n : magnitude < 2n ** 64n;
        if (fits)
            return (m[1] === '-' ? -1 : 1) * parseInt(digits, radix);
    }
    return goFloat.test(plain) ? parseFloat(plain) : undefined;
}
const radixPrefix = {
    2: '0b',
    8: '0o',
    10: '',
    16: '0x'
};
/** What YAML 1.2's core schema reads in a plain scalar that is a number. */
function coreNumber(text) {
    if (coreInt.test(text)) {
        if (text.startsWith('0o'))
            return parseInt(text.slice(2), 8);
        if (text.startsWith('0x'))
            return parseInt(text.slice(2), 16);
        return parseInt(text, 10);
    }
    return coreFloat.test(text) ? parseFloat(text) : undefined;
}
/**
 * What Go's YAML reads in the plain scalar `text` when that differs from
 * YAML 1.2's reading (a number or a boolean where YAML 1.2 reads text or
 * another number); undefined when the two agree.
 */
function goReading(text, reader) {
    if (reader === 'objects' && isGoBooleanWord(text))
        return goTrue.has(text);
    return goNumberReading(text);
}
/** {@link goReading} for numbers only. */
function goNumberReading(text) {
    const go = goNumber(text);
    if (go === undefined)
        return undefined;
    // Core reads `-0` as -0; Go's integer 0 has no sign, and JSON writes both as 0.
    return go === coreNumber(text) ? undefined : go;
}
/**
 * Whether `text` may hold a plain scalar {@link goReading} reads differently:
 * a word of go-yaml v2's booleans, or a number-like token holding `_`, a
 * leading 0 before a digit, a signed radix prefix or an upper-case one
 * (`0x1F` and `0o17` read the same in both), where a plain scalar can
 * start (a line's start after spaces and `- `, after `: ` or a quoted
 * key's `:` (`{"k":010}`), `? `, `[`, `{`, `,`, then an anchor and a tag,
 * at most one of each as YAML allows) and end. A superset: the tags decide.
 * It also chooses whether `yaml` gets Go's tags at all, so a miss would
 * read YAML 1.2 on both paths. The bound on anchors and tags keeps it
 * linear: unbounded, `!- !- !- …` on one line made every `- ` a start that
 * ran to the line's end (a pull request's comment line could stall a run).
 * For the same reason an anchor or tag name is read up to a `:` or a quote
 * (`":!":!…` made every `:` after a quote a start whose tag ran to the
 * line's end); a name holding one (a verbatim `!<tag:…>`) is not looked
 * past, as no anchor or tag ClusterSync reads has one.
 */
const mayDiffer = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|(?<=["']):[ \t]*|[?-][ \t]+|[[{,][ \t]*)(?:[&!][^\s,[\]{}:"']*[ \t]+){0,2}(?:[yYnN]|[Yy]es|YES|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF|[-+]?(?=[0-9a-zA-Z_.+-]*_)(?:[0-9.]|(?<=[-+])_)[0-9a-zA-Z_.+-]*|[-+]0[0-9a-zA-Z][0-9a-zA-Z_.+-]*|0[0-9bBOX][0-9a-zA-Z_.+-]*)[ \t]*(?:$|#|[,\]}]|:(?:[ \t]|$))/m;
function mayReadDifferentlyInGo(text) {
    return mayDiffer.test(text);
}
/** A go-yaml v2 boolean word (`no`, `On`, `Y`, …), which YAML 1.2 reads as text. */
function isGoBooleanWord(text) {
    return goTrue.has(text) || goFalse.has(text);
}
/**
 * Tags for `yaml` that read plain scalars as Go does. Put before the core
 * schema's, they match only where the two differ, so every other scalar
 * is read by the core schema as before.
 */
function goScalarTags(reader) {
    // `yaml` only calls `test.test(value)`; a RegExp cannot say "differs".
    const matching = (reads) => ({ test: reads });
    const number = {
        tag: 'tag:yaml.org,2002:int',
        default: true,
        test: matching((value) => goNumberReading(value) !== undefined),
        // Only called after `test` matched, so the reading is a number.
        resolve: (value) => goNumberReading(value),
        // These tags only read: the core schema's write values.
        identify: () => false
    };
    if (reader === 'definition')
        return [number];
    const boolean = {
        tag: 'tag:yaml.org,2002:bool',
        default: true,
        test: matching(isGoBooleanWord),
        resolve: (value) => goTrue.has(value),
        identify: () => false
    };
    return [boolean, number];
}


/***/ }),

/***/ 111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ replayDigest),
/* harmony export */   k: () => (/* binding */ InputJournal)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3394);
/* harmony import */ var _yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4468);
/**
 * What the loader read, as a fingerprint that can be checked again without
 * loading: every file-system call the loader made (read, lstat, list,
 * realpath) and what it answered. The loader sees the repository only
 * through the FileSystem port, so the same calls answering the same way
 * mean the same definition, the same diagnostics and the same plan — the
 * rule build tools (make, ninja, Bazel) use to skip work, and the one Argo
 * CD's manifest cache keys on. A sync with nothing to do uses it to end
 * after one read of the cluster instead of validating again (sync/run-sync.ts).
 *
 * Paths are kept relative to the repository root, so a fresh checkout of
 * the same commit elsewhere (another runner, a laptop) checks the same.
 */




/** Stands for every answer of a journal that records none. */
const unrecorded = Promise.resolve('');
/** Records the calls made through `fs` (see the file comment). */
class InputJournal {
    root;
    answers = new Map();
    recordsAnswers;
    constructor(root, options = {}) {
        this.root = root;
        this.recordsAnswers = options.answers ?? true;
    }
    /** `fs`, with every call recorded. */
    wrap(fs) {
        return {
            readFile: (path, maxBytes) => this.track('r', path, fs.readFile(path, maxBytes)),
            stat: (path) => this.track('s', path, fs.stat(path)),
            readdir: (path) => this.track('l', path, fs.readdir(path)),
            realpath: (path) => this.track('p', path, fs.realpath(path))
        };
    }
    /**
     * Each call made, as its letter (of `lprs`) and path, in the order first
     * made; a path comes once per kind of call. Unsorted, for a caller that
     * only looks: reads() builds and sorts a record.
     */
    *calls() {
        for (const key of this.answers.keys())
            yield [key.slice(0, 1), key.slice(2)];
    }
    /** The paths and calls made, for storing next to the digest. */
    reads() {
        const reads = {};
        for (const key of this.answers.keys()) {
            const path = key.slice(2);
            (reads[path] ??= new Set()).add(key[0]);
        }
        return Object.fromEntries(Object.entries(reads)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([path, ops]) => [path, [...ops].sort().join('')]));
    }
    /**
     * The digest of every recorded answer under `key` (see `digestAnswers`).
     * Throws for a journal that records no answers.
     */
    async digest(key) {
        if (!this.recordsAnswers)
            throw new Error('this input journal records no answers to digest');
        const lines = await Promise.all([...this.answers].map(async ([call, answer]) => `${call} ${await answer}`));
        return digestAnswers(key, lines);
    }
    track(op, path, call) {
        const at = this.relativePath(path);
        // The loader asks each question once (memoizedFs); a repeat would ask
        // the same of the same file system, so the first answer stands.
        if (!this.answers.has(`${op} ${at}`)) {
            this.answers.set(`${op} ${at}`, this.recordsAnswers
                ? call.then((value) => fingerprint(op, value, (p) => this.relativePath(p)), (error) => failed(error))
                : unrecorded);
        }
        return call;
    }
    relativePath(path) {
        return repoRelative(this.root, path);
    }
}
/**
 * Asks `fs` again every question `reads` names, as the loader asked it
 * under `root`, and returns the digest of the answers under `key`: equal to
 * the recorded digest exactly when every answer is the same.
 */
async function replayDigest(fs, root, reads, key) {
    const calls = [];
    for (const [path, ops] of Object.entries(reads)) {
        const absolute = absoluteOf(root, path);
        // Most realpaths answer the path itself: no need to work it out again.
        const relativize = (p) => p === absolute ? path : repoRelative(root, p);
        for (const op of ops) {
            calls.push(ask(fs, op, absolute).then((value) => `${op} ${path} ${fingerprint(op, value, relativize)}`, (error) => `${op} ${path} ${failed(error)}`));
        }
    }
    return digestAnswers(key, await Promise.all(calls));
}
/** One recorded question, asked again; a throwing port counts as a failed call. */
function ask(fs, op, path) {
    try {
        switch (op) {
            case 'r':
                // The loader reads every file with the guarded reader's limit.
                return fs.readFile(path, _yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .maxFileBytes */ .eV);
            case 's':
                return fs.stat(path);
            case 'l':
                return fs.readdir(path);
            case 'p':
                return fs.realpath(path);
            default:
                return Promise.reject(new Error(`unknown call "${op}"`));
        }
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
}
/**
 * `resolve(root, path)`. A path as the journal writes it (no `.`, `..` or
 * empty part) is joined as it is: resolve() normalises every part and asks
 * for the working folder; it had 2.4 ms of self time in the CPU profile of
 * a 1,000-object no-op (not all of it from here).
 */
function absoluteOf(root, path) {
    if (path === '.')
        return root;
    const plain = !path
        .split('/')
        .some((p) => p === '' || p === '.' || p === '..');
    return plain && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(root) && !root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
        ? `${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${path.split('/').join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)}`
        : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
}
/** sha256 over the key and the sorted answer lines. */
function digestAnswers(key, lines) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).update('\n');
    for (const line of lines.sort())
        hash.update(line).update('\n');
    return hash.digest('hex');
}
/** A path relative to the root ('.' for the root), or as given outside it. */
function repoRelative(root, path) {
    // The loader's paths are the root joined with plain parts: cut the root
    // off. relative() and resolve() normalise every part and ask for the
    // working folder; fleet discovery journals every file of every cluster
    // definition, and they were a tenth of its CPU profile.
    if (path.startsWith(root) &&
        path[root.length] === node_path__WEBPACK_IMPORTED_MODULE_1__.sep &&
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(root) &&
        !root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
        const rest = path.slice(root.length + 1);
        const parts = rest.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
        if (!parts.some((p) => p === '' || p === '.' || p === '..'))
            return parts.join('/');
    }
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    if (rel === '')
        return '.';
    if (!(0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, path) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, rel) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path))
        return path;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function fingerprint(op, value, relativize) {
    switch (op) {
        case 'r':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update(value)
                .digest('hex');
        case 's': {
            // A folder's size is the file system's business (it differs between
            // checkouts of the same tree); a file's is its content's.
            const s = value;
            if (s.isDirectory)
                return 'dir';
            // A FIFO and a device are refused in different words: name the kind.
            return `${s.isFile ? 'file' : s.isSymbolicLink ? 'link' : s.kind}:${s.size}`;
        }
        case 'l':
            // The loader sorts what it lists, so only the names count.
            return JSON.stringify([...value].sort());
        case 'p':
            return relativize(value);
    }
}
function failed(error) {
    const code = error?.code;
    return `!${typeof code === 'string' ? code : 'error'}`;
}


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nr: () => (/* binding */ lineTracker),
/* harmony export */   rU: () => (/* binding */ parsePlainYaml)
/* harmony export */ });
/* unused harmony export plainYamlDeclines */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _yaml_characters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1795);
/* harmony import */ var _yaml_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
/* harmony import */ var _go_scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9659);
/**
 * A fast path for YAML files whose documents only become plain values with
 * the place each one starts (raw Kubernetes manifests, Helm values files):
 * js-yaml builds no syntax tree and reads them about five times as fast as
 * `yaml`'s Document API. It is conservative: it declines (returns undefined)
 * whenever the text uses a feature where the two libraries could disagree or
 * where `yaml-parse.ts` guards matter (aliases), and whenever js-yaml throws,
 * so every diagnostic still comes from `yaml`. The differential test in
 * `__tests__/definition/plain-yaml.test.ts` holds it to `yaml`'s answers.
 */




/**
 * Text the fast path refuses, with the reason. Each rule names a feature
 * where js-yaml and `yaml` differ, or one that `yaml-parse.ts` guards:
 * - tabs, NUL, a BOM, bare CR and Unicode line breaks (whitespace rules differ);
 * - characters YAML does not allow (yaml-characters.ts), which `yaml-parse.ts`
 *   reports;
 * - `%` directives, `...` document ends, `---` run into text (`---x` is a
 *   scalar for `yaml`, a marker and `x` for js-yaml), content on the `---`
 *   line (js-yaml reads `--- k: v` as a mapping, `yaml` refuses it);
 * - anchors, aliases and tags (`&a`, `*a`, `!t`), which also keeps alias
 *   bombs on the guarded path (a `&` or `*` before a space is an error to
 *   both, so `a && b` in a string passes);
 * - complex keys (`? `), merge keys (`<<`) and collections as keys (`[a]: b`);
 * - `#` right after a quote, bracket, `,`, `:`, `|` or `>`: `yaml` wants a
 *   space before a comment there, js-yaml does not;
 * - block scalar indentation indicators (`|2`), which the two read
 *   differently at the top level, and a block scalar whose first lines are
 *   spaces only (js-yaml may then take a less indented `#` line for a
 *   comment, where `yaml` refuses the extra spaces);
 * - an empty sequence entry (`-` ending its line): js-yaml then takes a
 *   less indented `- ` line as the next entry, where `yaml` refuses it;
 * - a last line of spaces with no line break, which js-yaml completes with
 *   one (a `|+` block scalar then keeps one more line break);
 * - `\` ending a line before an empty one: in a double-quoted string
 *   `yaml` folds that to a space, js-yaml to nothing.
 * The patterns also match inside quoted strings; that only costs speed.
 * Most patterns come with what any text they match must hold (a character
 * or two): looking for those first is cheaper than trying the pattern at
 * every offset, and most files hold none of them.
 */
const declineRules = [
    [/[\t\0\uFEFF\x85\u2028\u2029]/, 'tab, NUL, BOM or Unicode line break'],
    [/\r(?!\n)/, 'bare carriage return', anyOf('\r')],
    [
        /^(?:%|\.\.\.|---(?:[^ \r\n]| +[^ #\r\n]))/m,
        'directive or marker',
        anyOf('%', '...', '---')
    ],
    [/(?:^|[\s[{,:])(?:!|[&*]\S)/m, 'anchor, alias or tag', anyOf('!', '&', '*')],
    [/(?:^|[\s[{,])\?(?:\s|$)/m, 'complex key', anyOf('?')],
    [/<<|[\]}] *:/, 'merge key or collection key', anyOf('<<', ']', '}')],
    [/["'[\]{},:|>]#/, 'a comment not after a space', anyOf('#')],
    [/[|>][-+]?[0-9]/, 'block scalar indentation indicator', anyOf('|', '>')],
    [
        /[|>][-+]? *(?:#.*)?(?:\r?\n)+ +\r?\n/,
        'block scalar opening with spaces',
        anyOf('|', '>')
    ],
    [/(?:^| )- *(?:#[^\n]*)?\r?$/m, 'empty sequence entry', anyOf('-')],
    [
        /\n +$/,
        'an unterminated last line of spaces',
        (text) => text.endsWith(' ')
    ],
    [/\\\r?\n *\r?\n/, 'an escaped line break before an empty line', anyOf('\\')]
];
function anyOf(...needles) {
    return (text) => needles.some((needle) => text.includes(needle));
}
/**
 * `yaml` refuses an implicit key whose `:` is more than 1024 characters
 * after its start; js-yaml has no such limit. Keys are single-line, so a
 * line with no `:` past column 1024 cannot break it.
 */
const longKeyLine = /^[^\n]{1025}[^\n:]*:/m;
/** Why the fast path refuses `text`, or undefined when it may try. */
function plainYamlDeclines(text) {
    for (const [pattern, reason, mayMatch] of declineRules) {
        if ((!mayMatch || mayMatch(text)) && pattern.test(text))
            return reason;
    }
    if ((0,_yaml_characters_js__WEBPACK_IMPORTED_MODULE_3__/* .controlCharacterAt */ .g)(text) !== -1)
        return 'a character YAML does not allow';
    // Go's readings need `yaml`'s tags, and a warning needs its positions.
    if ((0,_go_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .mayReadDifferentlyInGo */ .Lv)(text))
        return 'a scalar Go reads differently';
    if ((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .flowTooDeepAt */ .Ew)(text) !== -1)
        return 'nesting past the limit';
    return hasLineLongerThan(text, 1025) && longKeyLine.test(text)
        ? 'a line too long to check its keys'
        : undefined;
}
/**
 * Whether a line of `text` holds more than `length` characters. Run before
 * {@link longKeyLine}: the pattern tries every line start against 1,025
 * characters, which made it the costliest rule on files of short lines.
 */
function hasLineLongerThan(text, length) {
    let start = 0;
    while (start < text.length) {
        const end = text.indexOf('\n', start);
        if ((end === -1 ? text.length : end) - start > length)
            return true;
        if (end === -1)
            return false;
        start = end + 1;
    }
    return false;
}
/**
 * The YAML 1.2 core schema exactly as `yaml` 2 resolves plain scalars
 * (`yaml/dist/schema/core/*.js`). js-yaml's CORE_SCHEMA is wider: it also
 * reads `0b1`, `-0x1F`, `+0o7` as numbers, reads `-.5` as a string, and turns
 * `-0` into 0. One Type per tag: js-yaml keeps only the last of a tag.
 */
const coreSchema = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .FAILSAFE_SCHEMA */ .uH.extend({
    implicit: [
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:null', {
            kind: 'scalar',
            resolve: (s) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
            construct: () => null
        }),
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:bool', {
            kind: 'scalar',
            resolve: (s) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
            construct: (s) => s[0] === 't' || s[0] === 'T'
        }),
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:int', {
            kind: 'scalar',
            resolve: (s) => _go_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .coreInt */ .rQ.test(s),
            construct: (s) => s.startsWith('0o')
                ? parseInt(s.slice(2), 8)
                : s.startsWith('0x')
                    ? parseInt(s.slice(2), 16)
                    : parseInt(s, 10)
        }),
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:float', {
            kind: 'scalar',
            // An integer never gets here: the int type above takes it first.
            resolve: (s) => _go_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .coreFloat */ .qQ.test(s),
            construct: (s) => /nan$/i.test(s)
                ? NaN
                : /inf$/i.test(s)
                    ? s.startsWith('-')
                        ? -Infinity
                        : Infinity
                    : parseFloat(s)
        })
    ]
});
/**
 * js-yaml options for one document (`flow`: whether its text holds a `}`).
 * A flow mapping holding a collection is refused: it may use it as a key
 * (`{[a]}`), which js-yaml turns into "a" and `yaml` into "[ a ]", and the
 * values cannot tell the two apart.
 */
function loadOptions(flow) {
    const options = {
        schema: coreSchema,
        // A warning marks input js-yaml is unsure of: leave it to `yaml`.
        onWarning: (warning) => {
            throw warning;
        }
    };
    // Without a `}` there is no flow mapping to refuse, and js-yaml calls the
    // listener twice per node: most manifests are block style only.
    if (!flow)
        return options;
    // Per open node: the collections composed inside it, and the last one.
    const open = [];
    return {
        ...options,
        listener: (event, state) => {
            if (event === 'open') {
                open.push({ collections: 0, last: undefined });
                return;
            }
            const frame = open.pop();
            const kind = state.kind;
            const result = state.result;
            if (!frame || (kind !== 'mapping' && kind !== 'sequence'))
                return;
            // js-yaml composes a node that starts a line as a would-be key and,
            // when no `:` follows, returns it as is: that child is the node itself.
            const inner = frame.collections - (frame.last === result ? 1 : 0);
            // A flow mapping closes right after its `}`; a block one does not, so
            // at worst a block mapping is refused too.
            const flowMap = kind === 'mapping' &&
                state.input.charCodeAt(state.position - 1) === 0x7d;
            if (flowMap && inner > 0)
                throw new Error('a collection inside a flow mapping');
            const parent = open.at(-1);
            if (parent) {
                parent.collections++;
                parent.last = result;
            }
        }
    };
}
/** `---` at the start of a line, as a document marker. */
const documentMarker = /^---(?=[ \r\n]|$)/gm;
/**
 * Parses `text` on the fast path, or returns undefined to leave it to
 * `yaml` (see {@link plainYamlDeclines}; also when js-yaml throws). Each
 * document starts where `yaml` puts its contents; empty and null documents
 * are dropped, as parseYamlText drops them.
 */
function parsePlainYaml(text, file, reader) {
    if (plainYamlDeclines(text) !== undefined)
        return undefined;
    const starts = [0];
    for (const marker of text.matchAll(documentMarker)) {
        if (marker.index > 0)
            starts.push(marker.index);
    }
    const lines = lineTracker(text);
    const values = [];
    try {
        for (const [n, start] of starts.entries()) {
            const end = starts[n + 1] ?? text.length;
            const marked = text.startsWith('---', start);
            const document = documentAt(text, start, end, marked);
            // Empty and null documents are skipped, as parseYamlText skips them.
            if (document === undefined || document.value === null)
                continue;
            values.push({ value: document.value, ...lines.at(document.offset) });
        }
    }
    catch {
        // js-yaml refused it or a value needs `yaml`: its diagnostics are exact.
        return undefined;
    }
    return { file, values, text, reader };
}
/**
 * The document in `text[start, end)`: its value and the offset `yaml` gives
 * its contents, or undefined when it has none. Throws when js-yaml refuses
 * the text or the value is one the fast path cannot vouch for.
 */
function documentAt(text, start, end, marked) {
    let offset = marked ? start + 3 : start;
    while (text.charCodeAt(offset) === 0x20)
        offset++;
    // `yaml` places an empty document right after `---` and its spaces.
    const empty = offset;
    const content = contentStart(text, offset, end);
    if (content === -1)
        return marked ? { value: null, offset: empty } : undefined;
    // A document that is a block scalar may hold lines at column 0, which the
    // two libraries read differently.
    if (text[content] === '|' || text[content] === '>')
        throw new Error('a block scalar document');
    const source = text.slice(start, end);
    const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(source, loadOptions(source.includes('}')));
    if (value === undefined)
        throw new Error('js-yaml found no document');
    checkKeys(value);
    return { value, offset: content };
}
/** The first character after spaces, line breaks and comments, or -1. */
function contentStart(text, from, end) {
    let p = from;
    while (p < end) {
        const c = text.charCodeAt(p);
        if (c === 0x20 || c === 0x0a || c === 0x0d) {
            p++;
        }
        else if (c === 0x23) {
            // `#` here follows a space or starts a line, so it is a comment.
            const eol = text.indexOf('\n', p);
            p = eol === -1 ? end : eol + 1;
        }
        else {
            return p;
        }
    }
    return -1;
}
/**
 * Throws for a key the libraries turn into different strings: `yaml` makes a
 * null key `""`, js-yaml `"null"` (a quoted "null" is refused too).
 */
function checkKeys(value) {
    if (typeof value !== 'object' || value === null)
        return;
    if (Array.isArray(value)) {
        for (const item of value)
            checkKeys(item);
        return;
    }
    // Keys, not entries: no pair array per member of every parsed object.
    const record = value;
    for (const key of Object.keys(record)) {
        if (key === 'null')
            throw new Error('a null key');
        checkKeys(record[key]);
    }
}
/**
 * Line and column (1-based) of ascending offsets, as `yaml`'s LineCounter
 * gives them: a line starts after each `\n`.
 */
/** Lines and columns (1-based) of offsets asked in increasing order. */
function lineTracker(text) {
    let line = 1;
    let lineStart = 0;
    return {
        at(offset) {
            let eol = text.indexOf('\n', lineStart);
            while (eol !== -1 && eol < offset) {
                line++;
                lineStart = eol + 1;
                eol = text.indexOf('\n', lineStart);
            }
            return { line, column: offset - lineStart + 1 };
        }
    };
}


/***/ }),

/***/ 6905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ checkAnchors),
/* harmony export */   Ik: () => (/* binding */ aliasTarget),
/* harmony export */   yJ: () => (/* binding */ isMergeKey)
/* harmony export */ });
/* unused harmony export maxAliasNodes */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Anchors, aliases and merge keys of a parsed document, checked once when
 * its file is parsed: every alias must name an anchor written before it in
 * the same document and outside itself, aliases may expand to at most
 * {@link maxAliasNodes} nodes, and a merge key (`<<`) takes mappings. What
 * passes is safe to expand: each alias's target is kept here, so converting
 * a document never searches it again.
 */

/**
 * How many nodes alias expansion may produce in one document, counted as
 * expanded (a mapping, a list and each scalar, key or value, is one node).
 * Reusing an anchor thousands of times stays under it; a "billion laughs"
 * document needs millions and is refused before anything is expanded.
 */
const maxAliasNodes = 10_000;
// Filled by checkAnchors; weak, so a dropped document takes its entries along.
const targets = new WeakMap();
/** The node an alias repeats, once its document passed {@link checkAnchors}. */
function aliasTarget(alias) {
    return targets.get(alias);
}
/** True for a merge key: a plain `<<` key, which `yaml` reads as a symbol. */
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol';
}
/**
 * Checks the anchors, aliases and merge keys of `doc` and records each
 * alias's target. Returns the first problem, or undefined when the document
 * is safe to convert.
 */
function checkAnchors(doc) {
    const walk = {
        anchors: new Map(),
        open: new Set(),
        sizes: new Map(),
        expanded: 0
    };
    return visit(doc.contents, walk);
}
function visit(node, walk) {
    if (node === null || node === undefined)
        return undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return visitAlias(node, walk);
    // A node's anchor is known from its start, as `yaml` resolves it: an
    // alias inside the node it names is caught as a cycle below.
    if (node.anchor)
        walk.anchors.set(node.anchor, node);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    walk.open.add(node);
    let problem;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            problem =
                visit(pair.key, walk) ??
                    visit(pair.value, walk) ??
                    (isMergeKey(pair.key)
                        ? checkMergeValue(pair.value, pair.key)
                        : undefined);
            if (problem)
                break;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const item of node.items) {
            problem = visit(item, walk);
            if (problem)
                break;
        }
    }
    walk.open.delete(node);
    return problem;
}
function visitAlias(alias, walk) {
    const name = alias.source;
    const offset = alias.range?.[0] ?? 0;
    const target = walk.anchors.get(name);
    if (target === undefined) {
        return {
            code: 'yaml-unknown-alias',
            offset,
            message: `unknown alias *${name}: no anchor &${name} comes before it in this YAML document`,
            hint: `An alias repeats a node anchored earlier in the same document; anchors do not reach across \`---\`. Write \`&${name}\` on the node first, or repeat the value.`
        };
    }
    if (walk.open.has(target)) {
        return {
            code: 'yaml-alias-cycle',
            offset,
            message: `the alias *${name} is inside the node its anchor &${name} names, so it would repeat itself forever`,
            hint: 'Move the alias out of the anchored node.'
        };
    }
    targets.set(alias, target);
    walk.expanded += sizeOf(target, walk);
    if (walk.expanded > maxAliasNodes) {
        return {
            code: 'yaml-alias-limit',
            offset,
            message: `the YAML aliases in this document expand to more than ${maxAliasNodes} nodes; refusing to expand them`,
            hint: 'Write the repeated values out, or use fewer nested aliases (`*name`).'
        };
    }
    return undefined;
}
/** Nodes `node` expands to; capped just past the limit, which is all that matters. */
function sizeOf(node, walk) {
    if (node === null || node === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return 1;
    // The aliases inside an anchored node were visited before it can be aliased.
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return sizeOf(targets.get(node), walk);
    const known = walk.sizes.get(node);
    if (known !== undefined)
        return known;
    let size = 1;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            size += sizeOf(pair.key, walk);
            size += sizeOf(pair.value, walk);
            if (size > maxAliasNodes)
                break;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const item of node.items) {
            size += sizeOf(item, walk);
            if (size > maxAliasNodes)
                break;
        }
    }
    size = Math.min(size, maxAliasNodes + 1);
    walk.sizes.set(node, size);
    return size;
}
/**
 * A merge key takes a mapping, an alias of one, or a list of those, as
 * Go's YAML (kubectl, Helm, Ankra) requires; `yaml` would throw on anything
 * else when converting.
 */
function checkMergeValue(value, key) {
    const isMapping = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? targets.get(node) : node);
    const ok = isMapping(value) || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) && value.items.every(isMapping));
    if (ok)
        return undefined;
    const keyOffset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? (key.range?.[0] ?? 0) : 0;
    return {
        code: 'yaml-merge-invalid',
        offset: value?.range?.[0] ?? keyOffset,
        message: 'the merge key `<<` takes a mapping, an alias of one (`*name`), or a list of them',
        hint: 'Example: `<<: *defaults` or `<<: [*base, *overrides]`; keys written beside `<<` win, then earlier mappings of the list.'
    };
}


/***/ }),

/***/ 1795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ controlCharacterAt)
/* harmony export */ });
/**
 * The characters a YAML stream may hold (YAML 1.2 §5.1, c-printable): no C0
 * control but tab and line breaks, no DEL, no C1 control but NEL, no lone
 * surrogate, no U+FFFE or U+FFFF. Go's YAML (kubectl, Helm, Ankra) and
 * js-yaml refuse the others too; `yaml` lets them through, so both parse
 * paths check here first.
 */
const notPrintable = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/**
 * The same class without the `u` flag, which reads each half of a surrogate
 * pair on its own and so also matches every pair: text it does not match
 * (most files: no control character and no character beyond U+FFFF) needs
 * no look with the slower Unicode-aware pattern.
 */
const notPrintableOrPair = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD]/;
/** Offset of the first character YAML does not allow in `text`, or -1. */
function controlCharacterAt(text) {
    if (!notPrintableOrPair.test(text))
        return -1;
    const found = notPrintable.exec(text);
    return found ? found.index : -1;
}


/***/ }),

/***/ 2250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ flowTooDeepAt),
/* harmony export */   G4: () => (/* binding */ tooDeepDiagnostic),
/* harmony export */   fF: () => (/* binding */ isStackOverflow),
/* harmony export */   r8: () => (/* binding */ tooDeepNode)
/* harmony export */ });
/* unused harmony export maxNestingDepth */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The nesting limit of YAML documents. The parser, the conversion to plain
 * values, substitution, the schema check and the digests all recurse into
 * nested values, so a document nested far enough (100,000 `[`) overflows the
 * call stack somewhere in them. Refusing documents deeper than a documented
 * limit, with its position, turns that crash into a diagnostic; no
 * Kubernetes object or Helm values file comes near the limit.
 */

/** Levels of mappings and sequences one document may nest (the document's own value is level 1). */
const maxNestingDepth = 256;
/**
 * The first node (in document order) nested deeper than
 * {@link maxNestingDepth}, or undefined. Walks with its own stack.
 */
function tooDeepNode(doc) {
    const stack = [[doc.contents, 1]];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        const [node, depth] = top;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            continue;
        if (depth > maxNestingDepth)
            return node;
        const children = [];
        for (const item of node.items) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                children.push(item.key, item.value);
            else
                children.push(item);
        }
        for (let i = children.length - 1; i >= 0; i--) {
            stack.push([children[i], depth + 1]);
        }
    }
    return undefined;
}
/** True for the parser's own report of a stack overflow. */
function isStackOverflow(message) {
    return /maximum call stack size exceeded/i.test(message);
}
/** `yaml-too-deep` at the place where the nesting passes the limit. */
function tooDeepDiagnostic(file, line, column) {
    return {
        severity: 'error',
        code: 'yaml-too-deep',
        message: `the YAML here nests deeper than ${maxNestingDepth} levels of mappings and lists; refusing to read it`,
        file,
        line,
        column,
        hint: 'Flatten the structure, or split it into several objects or values files; if the nesting is unintended, look for unclosed or repeated [ and { brackets.'
    };
}
/**
 * The offset of the first `[` or `{` that opens a flow collection deeper
 * than {@link maxNestingDepth}, or -1. Checked on the text before parsing:
 * near a thousand levels the parser's own recursion may or may not run out
 * of stack, depending on what the run did before, so leaving deep flow
 * nesting to it would make the same file give different answers. Counted
 * only where YAML reads a bracket as a collection (the start of a value, or
 * inside one), skipping quoted text and comments; block nesting needs a
 * line as long as its depth and is left to {@link tooDeepNode}.
 */
function flowTooDeepAt(text) {
    if (!/[[{]/.test(text))
        return -1;
    let depth = 0;
    let valueStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            // A new line in block context starts a key or a value; inside a flow
            // collection it changes nothing.
            if (depth === 0)
                valueStart = true;
            continue;
        }
        if (c === ' ' || c === '\t')
            continue;
        if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            const end = text.indexOf('\n', i);
            i = end === -1 ? text.length : end - 1;
            continue;
        }
        if ((c === '"' || c === "'") && (depth > 0 || valueStart)) {
            i = quoteEnd(text, i);
            valueStart = false;
            continue;
        }
        if ((c === '[' || c === '{') && (depth > 0 || valueStart)) {
            depth++;
            if (depth > maxNestingDepth)
                return i;
            valueStart = true;
            continue;
        }
        if ((c === ']' || c === '}') && depth > 0) {
            depth--;
            valueStart = false;
            continue;
        }
        if (depth > 0) {
            valueStart = c === ',' || c === ':';
            continue;
        }
        // Block context: a value starts after `- `, `? ` or `: `.
        valueStart =
            (c === '-' || c === '?' || c === ':') && /\s/.test(text[i + 1] ?? ' ');
    }
    return -1;
}
/** The offset of the quote closing the one at `start` (or the text's end). */
function quoteEnd(text, start) {
    const quote = text[start];
    for (let i = start + 1; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\') {
            i++;
            continue;
        }
        if (text[i] !== quote)
            continue;
        if (quote === "'" && text[i + 1] === "'") {
            i++;
            continue;
        }
        return i;
    }
    return text.length;
}


/***/ }),

/***/ 4468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ yamlOptionsFor),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   _h: () => (/* binding */ goBooleanDiagnostic),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   eV: () => (/* reexport safe */ _guarded_read_js__WEBPACK_IMPORTED_MODULE_6__.eV),
/* harmony export */   l0: () => (/* binding */ parseYamlValues),
/* harmony export */   qz: () => (/* binding */ documentToValue),
/* harmony export */   t3: () => (/* binding */ goBooleanOffsets)
/* harmony export */ });
/* unused harmony export yamlParseOptions */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1161);
/* harmony import */ var _yaml_anchors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6905);
/* harmony import */ var _yaml_unique_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2285);
/* harmony import */ var _yaml_characters_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1795);
/* harmony import */ var _yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2250);
/* harmony import */ var _go_scalars_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9659);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3394);
/**
 * The loader's YAML layer: bytes → text → documents → plain values, with the
 * guards a CI tool needs against hostile or broken input (size limit, strict
 * UTF-8, control characters, duplicate keys, tags, aliases and alias bombs).
 * Merge keys (`<<`) are read as kubectl, Helm and Ankra read them (YAML 1.1).
 * Pure: the caller reads the bytes.
 */








/**
 * How every YAML text of a definition is parsed. `merge` reads `<<` keys as
 * YAML 1.1 did, which Go's YAML (kubectl, Helm, Ankra) still does.
 * `resolveKnownTags: false` leaves only the core schema's tags (`!!str`,
 * `!!int`, …): a `!!binary` or `!!timestamp` would become a Buffer or a Date,
 * which no Kubernetes object or Helm value holds, so they are reported as
 * tags ClusterSync does not read (see {@link parseYamlText}).
 */
const yamlParseOptions = {
    // Repeated keys are found by keyProblems, in one pass per mapping.
    uniqueKeys: false,
    merge: true,
    resolveKnownTags: false
};
/** {@link yamlParseOptions} with Go's readings of plain scalars (go-scalars.ts). */
const goOptions = {
    definition: withGoScalars('definition'),
    objects: withGoScalars('objects')
};
function withGoScalars(reader) {
    const goTags = (0,_go_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .goScalarTags */ .uF)(reader);
    return {
        ...yamlParseOptions,
        customTags: (tags) => [...goTags, ...tags]
    };
}
/**
 * The options to parse `text` with for `reader`. Text with no scalar Go
 * could read differently keeps the core schema alone, which is quicker.
 */
function yamlOptionsFor(reader, text, mayDiffer = (0,_go_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .mayReadDifferentlyInGo */ .Lv)(text)) {
    return mayDiffer ? goOptions[reader] : yamlParseOptions;
}
// A fatal decoder keeps no state between calls, so one serves every file.
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Decodes bytes as strict UTF-8 (a BOM is dropped). Returns undefined and a
 * `file-not-utf8` diagnostic when the bytes are not valid UTF-8.
 */
function decodeUtf8(bytes, file, diagnostics) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        diagnostics.push({
            severity: 'error',
            code: 'file-not-utf8',
            message: `${file} is not valid UTF-8 text`,
            file,
            line: 1,
            column: 1,
            hint: 'Save the file as UTF-8 (YAML files must be Unicode text).'
        });
        return undefined;
    }
}
/**
 * Parses every document of a YAML stream. Documents with syntax errors or
 * aliases ClusterSync refuses (see yaml-anchors.ts) are dropped and each
 * problem becomes a diagnostic at its position; a tag it does not read is
 * reported too. A control character refuses the whole file, as Go's YAML does.
 * Empty and null documents (a lone `---`, a trailing `---`, `null`) are
 * dropped too, as `kubectl apply -f` skips them: files that end with `---`
 * are common and must not be an error.
 */
function parseYamlText(text, file, diagnostics, reader = 'definition') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const documents = [];
    const control = (0,_yaml_characters_js__WEBPACK_IMPORTED_MODULE_7__/* .controlCharacterAt */ .g)(text);
    if (control !== -1) {
        diagnostics.push(controlCharacterDiagnostic(text, control, file));
        return { file, documents, lineCounter, text, reader };
    }
    const deep = (0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .flowTooDeepAt */ .Ew)(text);
    if (deep !== -1) {
        const { line, column } = (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .lineTracker */ .nr)(text).at(deep);
        diagnostics.push((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepDiagnostic */ .G4)(file, line, column));
        return { file, documents, lineCounter, text, reader };
    }
    const options = yamlOptionsFor(reader, text);
    // Without `*` or `<<` no document has an alias or a merge key to check.
    const mayAlias = /\*|<</.test(text);
    for (const doc of parseAllDocumentsGuarded(text, lineCounter, file, diagnostics, options)) {
        const keys = (0,_yaml_unique_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .keyProblems */ .G)(doc);
        if (doc.errors.length > 0 ||
            keys.repeated.length > 0 ||
            keys.collections.length > 0) {
            documentErrors(doc, keys, lineCounter, file, diagnostics);
            continue;
        }
        // The document is kept (its tagged values read as text) so that every
        // other problem is reported too; the error fails the run.
        for (const warning of doc.warnings) {
            if (warning.code === 'TAG_RESOLVE_FAILED')
                diagnostics.push(tagDiagnostic(warning, text, file));
        }
        if (doc.contents === null)
            continue;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null)
            continue;
        // Deeper than the limit: every later stage would recurse that deep.
        const deep = (0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepNode */ .r8)(doc);
        if (deep) {
            const { line, column } = positionOf({ lineCounter }, deep.range?.[0] ?? 0);
            diagnostics.push((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepDiagnostic */ .G4)(file, line, column));
            continue;
        }
        const problem = mayAlias ? (0,_yaml_anchors_js__WEBPACK_IMPORTED_MODULE_2__/* .checkAnchors */ .Bp)(doc) : undefined;
        if (problem) {
            const { line, col } = lineCounter.linePos(problem.offset);
            diagnostics.push({
                severity: 'error',
                code: problem.code,
                message: problem.message,
                file,
                line,
                column: col,
                hint: problem.hint
            });
            continue;
        }
        documents.push(doc);
        if (options !== yamlParseOptions && reader === 'objects') {
            for (const offset of goBooleanOffsets(doc)) {
                const { line, column } = positionOf({ lineCounter }, offset);
                diagnostics.push(goBooleanDiagnostic(text, offset, file, line, column));
            }
        }
    }
    return { file, documents, lineCounter, text, reader };
}
/**
 * Where the document holds a plain `yes`, `no`, `on`, `off`, `y` or `n`
 * (as a key or a value), which it reads as a boolean, as Go's YAML does.
 */
function goBooleanOffsets(doc) {
    const offsets = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_, node) {
            if (node.type === 'PLAIN' &&
                typeof node.value === 'boolean' &&
                typeof node.source === 'string' &&
                (0,_go_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .isGoBooleanWord */ .h2)(node.source) &&
                node.range)
                offsets.push(node.range[0]);
        }
    });
    return offsets;
}
/**
 * The warning for a YAML 1.1 boolean word at `offset`: YAML 1.2 tools (and
 * ClusterSync before) read it as text, Go's YAML as a boolean.
 */
function goBooleanDiagnostic(text, offset, file, line, column) {
    const word = /^[A-Za-z]+/.exec(text.slice(offset, offset + 3))?.[0] ?? '';
    const value = (0,_go_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .goReading */ .Ze)(word, 'objects');
    return {
        severity: 'warning',
        code: 'yaml-boolean-word',
        message: `unquoted ${word} is read as the boolean ${value}, as kubectl and Helm read it (YAML 1.1's booleans); YAML 1.2 tools read the text "${word}"`,
        file,
        line,
        column,
        hint: `Write ${value} for the boolean, or "${word}" in quotes for the text.`
    };
}
/**
 * A broken document's errors. Its nesting is checked too, by the walk and
 * not by the parser: the parser reports its own stack overflow only when the
 * stack runs out, which near a thousand levels depends on how warm the code
 * is, so the same file gave `yaml-too-deep` on one run and not on the next.
 */
function documentErrors(doc, keys, lineCounter, file, diagnostics) {
    let overflow;
    // Syntax errors and repeated keys, in the order of the text.
    const found = [];
    for (const error of doc.errors) {
        if ((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .isStackOverflow */ .fF)(error.message))
            overflow ??= error;
        else
            found.push({
                offset: error.pos[0],
                diagnostic: yamlDiagnostic(error, file)
            });
    }
    for (const offset of keys.repeated) {
        const { line, column } = positionOf({ lineCounter }, offset);
        found.push({
            offset,
            diagnostic: duplicateKeyDiagnostic(file, line, column)
        });
    }
    for (const offset of keys.collections) {
        const { line, column } = positionOf({ lineCounter }, offset);
        found.push({
            offset,
            diagnostic: collectionKeyDiagnostic(file, line, column)
        });
    }
    found.sort((a, b) => a.offset - b.offset);
    for (const { diagnostic } of found)
        diagnostics.push(diagnostic);
    const deep = (0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepNode */ .r8)(doc);
    if (deep) {
        const { line, column } = positionOf({ lineCounter }, deep.range?.[0] ?? 0);
        diagnostics.push((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepDiagnostic */ .G4)(file, line, column));
    }
    else if (overflow)
        diagnostics.push(yamlDiagnostic(overflow, file));
}
/** A diagnostic for the character at `offset`, by its code point. */
function controlCharacterDiagnostic(text, offset, file) {
    const code = text.codePointAt(offset) ?? 0;
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const { line, column } = (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .lineTracker */ .nr)(text).at(offset);
    return {
        severity: 'error',
        code: 'yaml-control-character',
        message: `${file} holds the control character ${name}${code === 0 ? ' (NUL)' : ''}, which YAML does not allow`,
        file,
        line,
        column,
        hint: 'Remove it. To put such a character in a value, write it as an escape in a double-quoted string ("\\0", "\\x1b").'
    };
}
/** A tag `yaml` could not resolve, named as written (`!!js/function`, `!Ref`). */
function tagDiagnostic(warning, text, file) {
    const written = text.slice(warning.pos[0], warning.pos[1]);
    const tag = written.startsWith('!')
        ? written
        : warning.message.replace(/^Unresolved tag: (\S+).*$/s, '$1');
    const position = warning.linePos?.[0];
    return {
        severity: 'error',
        code: 'yaml-unknown-tag',
        message: `the YAML tag ${tag} is not one ClusterSync reads: it would be dropped and the value read as plain text`,
        file,
        line: position?.line ?? 1,
        column: position?.col ?? 1,
        hint: 'Definitions, manifests and Helm values are plain data: text, numbers, booleans, null, lists and mappings (tags !!str, !!int, !!float, !!bool, !!null, !!seq, !!map on values written as such). Remove the tag, or quote the whole value if the text is meant, e.g. `key: "!Ref name"`.'
    };
}
/**
 * `parseAllDocuments`, with a stack overflow thrown from inside the parser
 * (rather than reported as a document error) turned into `yaml-too-deep`.
 */
function parseAllDocumentsGuarded(text, lineCounter, file, diagnostics, options) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
            ...options,
            lineCounter,
            prettyErrors: true
        });
    }
    catch (error) {
        if (!(error instanceof RangeError) || !(0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .isStackOverflow */ .fF)(error.message)) {
            throw error;
        }
        diagnostics.push((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepDiagnostic */ .G4)(file, 1, 1));
        return [];
    }
}
/**
 * Parses a file whose documents are only turned into values (raw manifests,
 * Helm values): on the js-yaml fast path when it can vouch for the result
 * (see plain-yaml.ts), else with {@link parseYamlText}, whose diagnostics
 * are then reported as always.
 */
function parseYamlValues(text, file, diagnostics, reader) {
    return ((0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlainYaml */ .rU)(text, file, reader) ??
        parseYamlText(text, file, diagnostics, reader));
}
function yamlDiagnostic(error, file) {
    const position = error.linePos?.[0];
    // The parser catches its own stack overflow on deep nesting and reports
    // it as a syntax error; say what it means.
    if ((0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .isStackOverflow */ .fF)(error.message)) {
        return (0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeepDiagnostic */ .G4)(file, position?.line ?? 1, position?.col ?? 1);
    }
    // yaml appends " at line L, column C:" and a code frame; the position is
    // already in file:line:col, so keep the first sentence only.
    const message = (error.message.split('\n')[0] ?? error.message)
        .replace(/ at line \d+, column \d+:?$/, '')
        .trim();
    return {
        severity: 'error',
        code: 'yaml-syntax',
        message,
        file,
        line: position?.line ?? 1,
        column: position?.col ?? 1
    };
}
function collectionKeyDiagnostic(file, line, column) {
    return {
        severity: 'error',
        code: 'yaml-collection-key',
        message: 'a key that is a mapping or a list: kubectl, Helm and Ankra refuse it (a key must be text, a number or a boolean)',
        file,
        line,
        column,
        hint: 'Write the key as text, in quotes when it holds [, ], {, } or a comma.'
    };
}
function duplicateKeyDiagnostic(file, line, column) {
    return {
        severity: 'error',
        code: 'yaml-duplicate-key',
        message: 'duplicate key: Map keys must be unique',
        file,
        line,
        column,
        hint: 'Each key may appear once per mapping; remove or merge the repeated one.'
    };
}
/**
 * A document's value as plain data, merge keys applied. Only documents whose
 * anchors were checked come here ({@link parseYamlText}, embedded YAML), the
 * expansion count included, so `yaml`'s own alias count, which refuses the
 * 101st use of one anchor, is off.
 */
function documentToValue(doc) {
    return doc.toJS({ maxAliasCount: -1 });
}
/** Line and column (1-based) of an offset in a parsed file. */
function positionOf(parsed, offset) {
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { line, column: col };
}


/***/ }),

/***/ 2285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ keyProblems),
/* harmony export */   O: () => (/* binding */ hasKeyProblems)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Keys repeated within one mapping, found in one pass. `yaml`'s own check
 * (`uniqueKeys`) compares each key with every earlier key of its mapping,
 * so a file under the size limit holding one mapping of a few hundred
 * thousand keys took minutes to parse; the loader turns that check off and
 * asks here instead. Equality is `yaml`'s: two scalar keys with the same
 * value of the same type (`1` and `"1"` differ); a key that is a mapping, a
 * list or an alias is never equal to another. Keys that are mappings or
 * lists are found in the same pass.
 */

/**
 * Where the document's keys are ones Go's YAML refuses to read into the
 * objects kubectl, Helm and Ankra build: the offset of every key that
 * repeats an earlier key of its mapping, and of every key that is itself a
 * mapping or a list (`? [a, b]`, `{a: 1}: x`; JavaScript objects would
 * turn it into text).
 */
function keyProblems(doc) {
    const repeated = [];
    const collections = [];
    const pending = [doc.contents];
    while (pending.length > 0) {
        const node = pending.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const key = pair.key;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && !Number.isNaN(key.value)) {
                    if (seen.has(key.value))
                        repeated.push(key.range?.[0] ?? 0);
                    else
                        seen.add(key.value);
                }
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(key) ||
                    // `? *m`, where `&m` anchors a mapping or a list.
                    ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(key.resolve(doc))))
                    collections.push(key.range?.[0] ?? 0);
                pending.push(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                pending.push(item);
        }
    }
    const byOffset = (a, b) => a - b;
    return {
        repeated: repeated.sort(byOffset),
        collections: collections.sort(byOffset)
    };
}
/** True when the document has a key {@link keyProblems} reports. */
function hasKeyProblems(doc) {
    const { repeated, collections } = keyProblems(doc);
    return repeated.length > 0 || collections.length > 0;
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * Diagnostics are data, not logs (STYLE.md §5.5): every phase returns them and
 * the report layer decides how to show them (text, JSON, annotations).
 */
/** True when any diagnostic is an error. */
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
const severityRank = { error: 0, warning: 1, info: 2 };
/**
 * Sorts diagnostics by file, line, column, then severity and code, so output
 * is deterministic whatever order the checks ran in. Diagnostics without a
 * file come first (they concern the whole definition).
 */
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        severityRank[a.severity] - severityRank[b.severity] ||
        compareText(a.code, b.code) ||
        compareText(a.message, b.message));
}
/** Byte-order comparison, independent of the machine's locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony exports durationForms, maxDurationMs */
/**
 * The one duration grammar of ClusterSync, shared by the Action's `timeout`
 * input and the CLI's `--timeout`, `--lock-timeout` and `catalog --timeout`
 * (issue 14 asked for one grammar for both): a bare number of seconds
 * (`600`, `2.5`), or Go-style parts of a number and a unit (`500ms`, `90s`,
 * `15m`, `1h`, `1h30m`, `2m30s`). What a duration bounds stays with each
 * caller: the Action's `timeout` is the whole sync, the CLI's a step.
 */
/** How the accepted forms are described in every error, so users see them all. */
const durationForms = 'a duration: seconds (600), or a number and a unit ms, s, m or h (500ms, 90s, 15m, 1h), or several of them, largest first (1h30m, 2m30s)';
const unitMs = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const unitOrder = ['h', 'm', 's', 'ms'];
/**
 * `text` in milliseconds. Throws `new ErrorKind(message)` when it is not a
 * duration; the message starts with `subject` (`input "timeout"`,
 * `option --timeout`) and lists the accepted forms.
 */
function parseDuration(text, subject, ErrorKind, options = {}) {
    const ms = durationMs(text.trim());
    if (ms === undefined) {
        throw new ErrorKind(`${subject} accepts ${durationForms}; got "${text}"`);
    }
    if (ms === 0 && options.allowZero !== true) {
        throw new ErrorKind(`${subject} must be longer than 0; got "${text}"`);
    }
    if (ms > maxDurationMs) {
        throw new ErrorKind(`${subject} must be at most 500h (a timer cannot wait longer); got "${text}"`);
    }
    return ms;
}
/**
 * The longest duration: Node's timers wait at most 2^31-1 ms (about 596
 * hours) and fire at once beyond it; 500 hours leaves room for the graces
 * added after a timeout.
 */
const maxDurationMs = 500 * 3_600_000;
/** Milliseconds, or undefined when `text` is not in the grammar. */
function durationMs(text) {
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    // Each part is a number and its unit, with optional spaces ("90 s" was
    // accepted by the Action before parts existed); `ms` is tried before `m`.
    const part = /(\d+(?:\.\d+)?)\s*(ms|h|m|s)\s*/y;
    let total = 0;
    let lastUnit = -1;
    let matched = false;
    while (part.lastIndex < text.length) {
        const m = part.exec(text);
        if (!m)
            return undefined;
        const unit = m[2];
        // Largest unit first, each once: `30m1h` or `1m30m` are typos, not sums.
        const index = unitOrder.indexOf(unit);
        if (index <= lastUnit)
            return undefined;
        lastUnit = index;
        total += Number(m[1]) * unitMs[unit];
        matched = true;
    }
    return matched ? Math.round(total) : undefined;
}


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ fixedAddonPace),
/* harmony export */   xQ: () => (/* binding */ addonPaceFor),
/* harmony export */   yD: () => (/* binding */ AddonPace)
/* harmony export */ });
/**
 * How many add-on steps run at once. Each is one `helm upgrade --install`
 * process that works for a fraction of a second (render, send, a
 * CPU-second or less) and then mostly waits for the release to become
 * ready (helm's wait, or on helm 3 ClusterSync's: addon-wait.ts), so a
 * fixed four at a time leaves the machine and the API server idle through
 * most of a run, while "all at once" piles every process's start onto the
 * CPU together and can swamp a small API server.
 *
 * So the bound starts at four per core (twice the old fixed default of
 * four on a 2-core runner: a small run then needs one round, not two) and
 * grows by one with each add-on that finishes without a retry: one more per
 * healthy answer doubles the bound every round of releases, as TCP's slow
 * start does. A step that needed retries (the API server answered 429 or
 * 5xx, a call timed out, the cluster was briefly away: retry.ts's
 * transient failures) halves it. It never passes a ceiling: what the
 * machine can hold (eight helm processes per core, and one per 128 MiB of
 * free memory: a helm upgrade peaks near 70 MiB), and the user's
 * `--concurrency` / `concurrency` input when given, which stays a cap.
 *
 * The bound counts add-ons at work: one whose release ClusterSync waits for
 * itself lends its place while it only polls (executor.ts, StepSlot).
 */
const helmProcessesPerCore = 8;
const startPerCore = 4;
const memoryPerHelmProcess = 128 * 1024 * 1024;
/**
 * The pace's bounds on `machine`, capped at `cap` (the user's concurrency)
 * when one is given.
 */
function addonPaceFor(machine, cap) {
    const cores = Math.max(1, Math.floor(machine.cores));
    const byMemory = Math.floor(machine.freeMemoryBytes / memoryPerHelmProcess);
    const byMachine = Math.max(1, Math.min(cores * helmProcessesPerCore, byMemory));
    const ceiling = Math.max(1, Math.min(cap ?? byMachine, byMachine));
    return { start: Math.min(ceiling, startPerCore * cores), ceiling };
}
/** A fixed bound of `n` (callers that choose no pace: today's behaviour). */
function fixedAddonPace(n) {
    const bound = Math.max(1, Math.floor(n));
    return { start: bound, ceiling: bound };
}
/** The running bound; see the file comment. */
class AddonPace {
    options;
    current;
    constructor(options) {
        this.options = options;
        this.current = clamp(options.start, options.ceiling);
    }
    /** Add-on steps that may be in flight now. */
    limit() {
        return this.current;
    }
    /** An add-on step ended after `retries` retries: grow, or back off. */
    settled(retries) {
        this.current =
            retries > 0
                ? Math.max(1, Math.floor(this.current / 2))
                : clamp(this.current + 1, this.options.ceiling);
    }
}
function clamp(n, ceiling) {
    return Math.max(1, Math.min(Math.floor(n), Math.max(1, ceiling)));
}


/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ defaultHealthOptions),
/* harmony export */   M_: () => (/* binding */ defaultKubectlConfig),
/* harmony export */   SO: () => (/* binding */ defaultPruneOptions),
/* harmony export */   Z1: () => (/* binding */ pruneOptionsWith),
/* harmony export */   gT: () => (/* binding */ defaultHelmConfig),
/* harmony export */   t4: () => (/* binding */ defaultLockOptions)
/* harmony export */ });
/* harmony import */ var _cluster_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9844);
/**
 * The apply engine's settings and their defaults, apart from the engine:
 * the CLI and the Action build a sync's options from these when they start,
 * while the engine itself (kubectl.ts, helm.ts, health.ts, prune.ts,
 * lock.ts) loads only once a sync applies. A sync with nothing to do never
 * loads it (53 KB less to compile on every run, see BENCHMARKS.md).
 */

/** kubectl from PATH, the current kubeconfig, 2 minutes per call. */
function defaultKubectlConfig() {
    return {
        binary: 'kubectl',
        callTimeoutMs: 120_000,
        retry: (0,_cluster_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultRetryOptions */ .Me)()
    };
}
/** helm from PATH with the default retry policy. */
function defaultHelmConfig() {
    return { binary: 'helm', retry: (0,_cluster_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultRetryOptions */ .Me)() };
}
/** 5 minutes, polled every 2 seconds. */
function defaultHealthOptions() {
    return { timeoutMs: 300_000, intervalMs: 2_000 };
}
/** Prune on; destructive deletes need opt-in; at most half of > 4 objects. */
function defaultPruneOptions() {
    return {
        enabled: true,
        allowDestructive: false,
        maxShare: 0.5,
        minObjectsForShare: 4
    };
}
/** The defaults with a sync's two prune switches (`--no-prune`, `--allow-destructive-prune`). */
function pruneOptionsWith(enabled, allowDestructive) {
    return { ...defaultPruneOptions(), enabled, allowDestructive };
}
/** 60 s leases (renewed every 20 s), wait up to 10 minutes. */
function defaultLockOptions(identity) {
    return {
        identity,
        leaseDurationSeconds: 60,
        waitTimeoutMs: 600_000,
        pollIntervalMs: 2_000
    };
}


/***/ }),

/***/ 4079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ countOutcomes),
/* harmony export */   cQ: () => (/* binding */ unchangedOutcome),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9133);
/* harmony import */ var _prune_owners_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3161);
/**
 * Counting step outcomes and saying in one line how a sync ended: the
 * banner text of the CLI, the commit status description, the history entry.
 */


/** The outcome of a step this sync left as it was (a plan step, or one a record kept). */
function unchangedOutcome(step) {
    return {
        step: step.id,
        status: 'unchanged',
        retries: 0,
        durationMs: 0,
        changes: [],
        file: step.source.file,
        line: step.source.line
    };
}
/**
 * Counts steps by status; `pruned` counts pruned objects and releases. The
 * `prune` pseudo-step counts only when it failed.
 */
function countOutcomes(steps) {
    const counts = {
        applied: 0,
        unchanged: 0,
        pruned: 0,
        failed: 0,
        skipped: 0
    };
    for (const step of steps) {
        counts.pruned += step.changes.filter((c) => c.action === 'pruned').length;
        if (step.step === 'prune' && step.status !== 'failed')
            continue;
        counts[step.status === 'applied' ? 'applied' : step.status]++;
    }
    return counts;
}
/** One line for people: counts when synced, the first failure otherwise. */
function summarize(result, message) {
    const c = result.counts;
    const counts = [
        `${c.applied} applied`,
        `${c.unchanged} unchanged`,
        ...(c.pruned > 0 ? [`${c.pruned} pruned`] : []),
        ...(c.failed > 0 ? [`${c.failed} failed`] : []),
        ...(c.skipped > 0 ? [`${c.skipped} skipped`] : []),
        // Not a count of its own (SyncCounts keeps its shape): prune entries
        // the prune left alone, and why.
        ...leftInPlace(result)
    ].join(', ');
    switch (result.reason) {
        case 'Succeeded':
            return `Synced: ${counts}`;
        case 'ValidationFailed': {
            // Configuration outside the definition (the kubeconfig) says why itself.
            if (message)
                return `Error: ${message}`;
            const errors = result.diagnostics.filter((d) => d.severity === 'error');
            return `Error: the definition is invalid (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(errors.length, 'error')})`;
        }
        case 'PlanFailed':
            return `Error: the definition could not be planned${message ? `: ${message}` : ''}`;
        default: {
            const failed = result.steps.find((s) => s.status === 'failed');
            const why = message ??
                (failed
                    ? `${failed.step}: ${failed.message ?? 'failed'}`
                    : result.reason);
            return `Error (${result.reason}): ${why}${result.steps.length > 0 ? ` [${counts}]` : ''}`;
        }
    }
}
/**
 * Objects the prune did not delete, counted by why: another definition's
 * ApplySet owns them or they carry no ApplySet label (prune-owners.ts), or
 * declared objects still need them (prune-needed.ts).
 */
function leftInPlace(result) {
    const left = result.steps
        .filter((s) => s.step === 'prune')
        .flatMap((s) => s.changes)
        .filter((c) => c.action === 'unchanged');
    const owned = left.filter((c) => c.message?.includes(_prune_owners_js__WEBPACK_IMPORTED_MODULE_0__/* .ownedElsewhere */ .Sx)).length;
    const bare = left.filter((c) => c.message?.includes(_prune_owners_js__WEBPACK_IMPORTED_MODULE_0__/* .unlabelled */ .h0)).length;
    const helm = left.filter((c) => c.message?.includes(_prune_owners_js__WEBPACK_IMPORTED_MODULE_0__/* .managedByHelm */ .NV)).length;
    const needed = left.length - owned - bare - helm;
    return [
        ...(owned > 0
            ? [`${owned} left in place (another definition's ApplySet)`]
            : []),
        ...(bare > 0 ? [`${bare} left in place (no ApplySet label)`] : []),
        ...(helm > 0 ? [`${helm} left in place (a Helm release's)`] : []),
        ...(needed > 0
            ? [`${needed} left in place (still needed by declared objects)`]
            : [])
    ];
}


/***/ }),

/***/ 3161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ui: () => (/* binding */ leftInPlaceNote),
  NV: () => (/* binding */ managedByHelm),
  Sx: () => (/* binding */ ownedElsewhere),
  DR: () => (/* binding */ releaseKey),
  HW: () => (/* binding */ releaseLeftNote),
  L9: () => (/* binding */ splitByOwner),
  h0: () => (/* binding */ unlabelled)
});

// EXTERNAL MODULE: ./src/cluster/kube-objects.ts
var kube_objects = __webpack_require__(176);
// EXTERNAL MODULE: ./src/state/cluster-names.ts
var cluster_names = __webpack_require__(2534);
// EXTERNAL MODULE: ./src/state/inventory-encoding.ts
var inventory_encoding = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/state/inventory.ts
var inventory = __webpack_require__(557);
;// CONCATENATED MODULE: ./src/state/other-records.ts



/**
 * The releases (`namespace/name`) other definitions' records list, each
 * with the name of a definition that lists it. A record that cannot be
 * read names nothing; when the records cannot be listed (a role without
 * `list` on ConfigMaps in clustersync-system), none is known and the prune
 * goes on as it did before this check.
 */
async function releasesOfOtherRecords(kubectl, ownApplySetId) {
    const parents = await kubectl
        .listSelected({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: '',
        namespace: cluster_names/* systemNamespace */.lv
    }, inventory/* idLabel */.I8)
        .catch(() => []);
    const releases = new Map();
    for (const parent of parents) {
        if (labelOf(parent) === ownApplySetId)
            continue;
        const name = String(parent.metadata.name);
        const where = `${cluster_names/* systemNamespace */.lv}/${name}`;
        try {
            const text = (0,inventory_encoding/* inventoryText */.A1)(parent, where);
            if (text === undefined)
                continue;
            const record = (0,inventory/* parseInventory */.au)(text, where);
            for (const step of record.steps) {
                if (step.release)
                    releases.set(`${step.release.namespace}/${step.release.name}`, record.cluster);
            }
        }
        catch {
            // Not a record this build can read: it names nothing.
        }
    }
    return releases;
}
function labelOf(parent) {
    const metadata = (parent.metadata ?? {});
    const labels = (metadata.labels ?? {});
    const id = labels[inventory/* idLabel */.I8];
    return typeof id === 'string' ? id : undefined;
}

;// CONCATENATED MODULE: ./src/engine/prune-owners.ts


/**
 * Reads the live label of every object the groups would delete (one bulk
 * read: over the API channel one LIST per kind and namespace, over kubectl
 * one `get`) and takes out those whose label names another ApplySet, or
 * that carry none (`owners` maps them to ''). An object that is gone or
 * labelled with `applySetId` stays in the prune. Rejects when the cluster
 * cannot be read: deciding without the labels is what this guards against.
 * When a release is to go, the objects the definition declares (`declared`)
 * are read too: those the release still claims are kept (PruneGroup.keep).
 */
async function splitByOwner(groups, kubectl, applySetId, declared = []) {
    const refs = groups.flatMap((g) => g.objects);
    const keyOf = (0,kube_objects/* requestedKeys */.ry)(refs);
    const owners = new Map();
    const pruned = new Set(groups.flatMap((g) => (g.release ? [releaseKey(g.release)] : [])));
    const releaseKeeps = new Map();
    const [releaseOwners] = await Promise.all([
        pruned.size > 0
            ? releasesOfOtherRecords(kubectl, applySetId)
            : new Map(),
        refs.length > 0
            ? kubectl.readLive(refs, (live) => {
                const key = keyOf((0,kube_objects/* refOf */.H8)(live));
                const owner = helmOwnerOf(live) ?? (0,kube_objects/* applySetOf */.Se)(live) ?? '';
                if (key !== undefined && owner !== applySetId)
                    owners.set(key, owner);
            })
            : undefined,
        pruned.size > 0 && declared.length > 0
            ? kubectl.readLive(declared, (live) => {
                const claim = (0,kube_objects/* helmReleaseOf */.n_)(live);
                const key = claim && releaseKey(claim);
                if (key === undefined || !pruned.has(key))
                    return;
                releaseKeeps.set(key, [...(releaseKeeps.get(key) ?? []), (0,kube_objects/* refOf */.H8)(live)]);
            })
            : undefined
    ]);
    const releaseOf = (g) => g.release && releaseOwners.get(releaseKey(g.release));
    const keepOf = (g) => g.release && releaseKeeps.get(releaseKey(g.release));
    if (owners.size === 0 && !groups.some(releaseOf) && !groups.some(keepOf))
        return {
            ours: [...groups],
            leftInPlace: [],
            owners,
            releaseOwners,
            releaseKeeps
        };
    const leftInPlace = [];
    const ours = groups.flatMap((given) => {
        const elsewhere = releaseOf(given);
        const keep = keepOf(given);
        const group = elsewhere
            ? withoutRelease(given)
            : keep
                ? { ...given, keep }
                : given;
        if (given.release && elsewhere) {
            leftInPlace.push({
                subject: `helm:${given.release.namespace}/${given.release.name}`,
                action: 'unchanged',
                step: 'prune',
                message: `${releaseLeftNote(elsewhere)} (was applied by ${given.step})`
            });
        }
        const objects = [];
        for (const o of group.objects) {
            const owner = owners.get((0,kube_objects/* refKey */.XF)(o));
            if (owner === undefined)
                objects.push(o);
            else
                leftInPlace.push({
                    subject: (0,kube_objects/* subjectOf */.et)(o),
                    action: 'unchanged',
                    step: 'prune',
                    message: `${leftInPlaceNote(owner)} (was applied by ${group.step})`
                });
        }
        if (objects.length === 0 && !group.release)
            return [];
        return [{ ...group, objects }];
    });
    return { ours, leftInPlace, owners, releaseOwners, releaseKeeps };
}
/** How the maps above name a release. */
function releaseKey(release) {
    return `${release.namespace}/${release.name}`;
}
function withoutRelease(group) {
    const copy = { ...group };
    delete copy.release;
    return copy;
}
/** Why a release the inventory lists is not uninstalled. */
function releaseLeftNote(definition) {
    return `left in place: ${ownedElsewhere}, on the record of definition "${definition}"`;
}
/** What a left-in-place entry's message says when another ApplySet owns it. */
const ownedElsewhere = "now part of another definition's ApplySet";
/** What it says when the object carries no ApplySet label. */
const unlabelled = "it no longer carries this definition's ApplySet label";
/** Why an object the inventory lists is not pruned ('' for no label). */
function leftInPlaceNote(owner) {
    if (owner.startsWith(helmOwner))
        return `left in place: ${managedByHelm} ${owner.slice(helmOwner.length)}, which deleting it would break`;
    return owner === ''
        ? `left in place: ${unlabelled} (made or relabelled outside it since it was applied)`
        : `left in place: ${ownedElsewhere} ${owner}`;
}
/** What it says when a Helm release manages the object. */
const managedByHelm = 'managed by Helm release';
/** How `owners` names a Helm release (`helm:<namespace>/<name>`). */
const helmOwner = 'helm:';
/**
 * The Helm release that manages `live`, as `helm:<namespace>/<name>`: a
 * manifest that re-declared one of a chart's objects (a tweak) applied it
 * too, yet the object is the release's.
 */
function helmOwnerOf(live) {
    const release = (0,kube_objects/* helmReleaseOf */.n_)(live);
    return release && `${helmOwner}${release.namespace}/${release.name}`;
}


/***/ }),

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ findDefinitions),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   wU: () => (/* binding */ isImportCluster)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _definition_cluster_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4851);
/* harmony import */ var _definition_guarded_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3394);
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
        const text = await fs.readFile(path, _definition_guarded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .maxFileBytes */ .eV).then((bytes) => new TextDecoder().decode(bytes), 
        // Unreadable (too large, vanished): not a definition we can use; a
        // sync of it would say why.
        () => '');
        if (!isImportCluster(text))
            return undefined;
        const definition = repoPath(root, path);
        return {
            cluster: (0,_definition_cluster_name_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterNameIn */ .v)(text) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(definition, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(definition)),
            definition
        };
    }));
    return found
        .filter((m) => m !== undefined)
        .sort((a, b) => (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.definition, b.definition));
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
                    next.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name));
                else if (kind === 'file' && isYaml(name))
                    files.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name));
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
        kind: (await fs.stat((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name)).catch(() => undefined))?.kind
    })));
}
/** `path` relative to `root`, with forward slashes. */
function repoPath(root, path) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(root.split('\\').join('/'), path.split('\\').join('/'));
    return rel === '' ? '.' : rel;
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ packageFile),
/* harmony export */   t: () => (/* binding */ schemaText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The absolute path of a file shipped with ClusterSync (`schemas/…`,
 * `helm_registries/…`), found by walking up from this module to the folder
 * whose package.json names `clustersync`. Works the same from `src/` (tests),
 * `dist/` (the Action) and `dist/cli/` (the CLI), which sit at different depths.
 * Throws when the file is not part of the installation.
 */
function packageFile(relativePath) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (;;) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && isClusterSyncPackage(manifest)) {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, relativePath);
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir) {
            throw new Error(`ClusterSync's own file ${relativePath} was not found; the installation is incomplete`);
        }
        dir = parent;
    }
}
/**
 * The cluster definition schema's text, as shipped in `schemas/`. Read here,
 * with the other shipped files, so validate/ stays free of file access.
 */
function schemaText() {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(packageFile('schemas/cluster-definition.v1.schema.json'), 'utf8');
}
function isClusterSyncPackage(manifest) {
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8'));
        return (typeof parsed === 'object' &&
            parsed !== null &&
            'name' in parsed &&
            parsed.name === 'clustersync');
    }
    catch {
        // An unreadable package.json (e.g. dist/package.json written by a bundler)
        // is not ours; keep walking up.
        return false;
    }
}


/***/ }),

/***/ 9133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   l: () => (/* binding */ countText)
/* harmony export */ });
/**
 * Counts in text, with the noun agreeing: `0 errors`, `1 error`, `2 errors`.
 * Every message that prints a count goes through here, so none says
 * `1 errors` again.
 */
/**
 * `count` and the noun: the singular for exactly 1, else the plural (by
 * default the singular plus `s`; give irregular ones, `registries`).
 */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/**
 * A count with thousands separators, `3,997`, the same on every machine
 * (no locale): for the counts that stand in for the rest of a cut list.
 */
function countText(count) {
    return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}


/***/ }),

/***/ 1502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isOpen)
/* harmony export */ });
/**
 * Requests to the Kubernetes API over one channel per sync: straight to the
 * API server when the kubeconfig holds only static credentials (a client
 * certificate, a token), else through `kubectl proxy` on a private Unix
 * socket, where every credential stays with kubectl (exec plugins, auth
 * providers, impersonation). Either way the sync speaks plain requests.
 */
/** True for an open channel, false for the reason there is none. */
function isOpen(opened) {
    return 'request' in opened;
}


/***/ }),

/***/ 564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ formatJson),
/* harmony export */   Oi: () => (/* binding */ formatText),
/* harmony export */   kq: () => (/* binding */ formatSummary),
/* harmony export */   vX: () => (/* binding */ formatGithub),
/* harmony export */   wu: () => (/* binding */ toDiagnosticsJson)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty */
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9133);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);
/**
 * Renders diagnostics for people and machines: text (`file:line:col` first,
 * so terminals and editors make it clickable), the JSON contract of
 * `--format json`, and GitHub workflow commands. Pure functions; the CLI and
 * the Action choose where the text goes.
 */


const colours = {
    error: '\u001b[31m',
    warning: '\u001b[33m',
    info: '\u001b[36m'
};
const dim = '\u001b[2m';
const reset = '\u001b[0m';
/** `file:line:col: severity: message [code]` and an indented hint line per diagnostic. */
function formatText(diagnostics, options) {
    const paint = (code, text) => options.color ? `${code}${text}${reset}` : text;
    return diagnostics
        .map((given) => {
        const d = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .showDiagnostic */ .Xe)(given, _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .WV);
        const place = d.file ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : '';
        const head = `${place}${paint(colours[d.severity], d.severity)}: ${d.message} ${paint(dim, `[${d.code}]`)}`;
        return d.hint
            ? `${head}\n    ${paint(dim, `hint: ${d.hint}`)}\n`
            : `${head}\n`;
    })
        .join('');
}
/** One line: `2 errors, 1 warning, 3 notices in clusters/prod.yaml` or `… is valid`. */
function formatSummary(diagnostics, file) {
    const count = (s) => diagnostics.filter((d) => d.severity === s).length;
    const errors = count('error');
    const parts = [
        (0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(errors, 'error'),
        (0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(count('warning'), 'warning'),
        (0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(count('info'), 'notice')
    ].join(', ');
    return errors === 0
        ? `${file} is valid (${parts})\n`
        : `${file} is invalid: ${parts}\n`;
}
/** The `--format json` document (diagnostics in the order given). */
function toDiagnosticsJson(diagnostics) {
    return {
        valid: !diagnostics.some((d) => d.severity === 'error'),
        diagnostics: diagnostics.map((given) => {
            const d = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .showDiagnostic */ .Xe)(given, _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlCredentials */ .dE);
            return {
                severity: d.severity,
                code: d.code,
                message: d.message,
                file: d.file ?? null,
                line: d.line ?? null,
                column: d.column ?? null,
                pointer: d.pointer ?? null,
                hint: d.hint ?? null
            };
        })
    };
}
/** Pretty-printed JSON with a final newline. */
function formatJson(diagnostics) {
    return `${JSON.stringify(toDiagnosticsJson(diagnostics), null, 2)}\n`;
}
const commands = {
    error: 'error',
    warning: 'warning',
    info: 'notice'
};
/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`),
 * escaped as actions/toolkit's `command.ts` does, hint on a second line.
 */
function formatGithub(diagnostics) {
    return diagnostics
        .map((given) => {
        // Line breaks stay: escapeData writes them as %0A, which no log
        // line can be forged from.
        const d = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .showDiagnostic */ .Xe)(given, (t) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLines */ .kF)(t, ''));
        const properties = [
            d.file !== undefined && `file=${escapeProperty(d.file)}`,
            d.line !== undefined && `line=${d.line}`,
            d.column !== undefined && `col=${d.column}`,
            `title=${escapeProperty(d.code)}`
        ].filter((p) => typeof p === 'string');
        const body = d.hint ? `${d.message}\n${d.hint}` : d.message;
        return `::${commands[d.severity]} ${properties.join(',')}::${escapeData(body)}\n`;
    })
        .join('');
}
/** Escapes a workflow command's message: `%`, CR and LF. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a workflow command's property value: as data, plus `:` and `,`. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 6004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ historyColumns)
/* harmony export */ });
/** The columns `clustersync history` sorts by, apart from the history code, for its help text. */
const historyColumns = [
    'status',
    'source',
    'commit',
    'started',
    'triggered-by'
];


/***/ }),

/***/ 5215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ allVariables),
/* harmony export */   Li: () => (/* binding */ combineVariables),
/* harmony export */   OA: () => (/* binding */ ClusterVariablesError),
/* harmony export */   QO: () => (/* binding */ parseVariablesYaml),
/* harmony export */   rX: () => (/* binding */ parseVariableAssignment),
/* harmony export */   yF: () => (/* binding */ variableSecrets)
/* harmony export */ });
/* unused harmony export noVariables */
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5525);
/**
 * Cluster-level variables given by the workflow: the Action's `variables`
 * and `secret-variables` inputs (YAML mappings), the CLI's repeatable
 * `--var NAME=VALUE` and `--secret-vars-file FILE`. They fill
 * `${{ ankra.NAME }}` where the stack's own `variables` do not: as in
 * Ankra, a stack's value wins over a cluster-level one. Messages name a
 * variable, never its value.
 */

/** Thrown for a malformed variable; the message never quotes a value. */
class ClusterVariablesError extends Error {
    name = 'ClusterVariablesError';
}
/** The names a `${{ ankra.NAME }}` reference accepts (variables.ts). */
const variableName = /^[A-Za-z0-9_.-]+$/;
/** No variables. */
const noVariables = Object.freeze({
    plain: Object.freeze({}),
    secret: Object.freeze({})
});
/** Every variable, plain and secret, as one name → value map. */
function allVariables(variables) {
    return { ...variables.plain, ...variables.secret };
}
/**
 * A YAML mapping of variables read from `origin` (an input or a file, for
 * messages). Text, integers and booleans are taken as written (Ankra's
 * variables are text); anything else is refused. Empty text is none.
 */
function parseVariablesYaml(text, origin) {
    const out = {};
    if (text.trim() === '')
        return out;
    let parsed;
    try {
        parsed = (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfigYaml */ .F)(text);
    }
    catch (error) {
        if (!(error instanceof _config_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigYamlError */ .W))
            throw error;
        throw new ClusterVariablesError(`${origin} is ${error.message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ClusterVariablesError(`${origin} must be a YAML mapping from variable name to value, e.g. "domain: example.com"`);
    }
    for (const [name, value] of Object.entries(parsed)) {
        checkName(name, origin);
        if (typeof value === 'string')
            out[name] = value;
        else if (typeof value === 'boolean' ||
            (typeof value === 'number' && Number.isInteger(value)))
            out[name] = String(value);
        else
            throw new ClusterVariablesError(`${origin}: variable "${name}" must be text (quote it; lists, mappings, empty and decimal values are refused)`);
    }
    return out;
}
/** `NAME=VALUE` (one `--var`); the value may hold `=` and be empty. */
function parseVariableAssignment(text, origin) {
    const at = text.indexOf('=');
    if (at <= 0) {
        throw new ClusterVariablesError(`${origin} takes NAME=VALUE; got one without a name or "="`);
    }
    const name = text.slice(0, at);
    checkName(name, origin);
    return [name, text.slice(at + 1)];
}
/**
 * Plain and secret variables together; a name in both is refused (which
 * one would a plan show?).
 */
function combineVariables(plain, secret) {
    for (const name of Object.keys(secret)) {
        if (Object.hasOwn(plain, name)) {
            throw new ClusterVariablesError(`variable "${name}" is given both as a variable and as a secret variable; give it once`);
        }
    }
    return { plain, secret };
}
/**
 * The forms of the secret values a report could show: each value, each
 * line of a multi-line one, and its base64 (as in a Secret's `data`).
 */
function variableSecrets(variables) {
    return Object.values(variables.secret).flatMap((value) => [
        value,
        ...(value.includes('\n') ? value.split(/\r?\n/) : []),
        Buffer.from(value).toString('base64')
    ]);
}
function checkName(name, origin) {
    if (!variableName.test(name)) {
        throw new ClusterVariablesError(`${origin}: "${name.slice(0, 64)}" is not a variable name (letters, digits, "_", "." and "-", as \${{ ankra.NAME }} refers to them)`);
    }
}


/***/ }),

/***/ 1375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ hideSecrets)
/* harmony export */ });
/* unused harmony export scrubCutStarts */
/**
 * Hiding secrets in a text, and what a cut leaves of one. Texts are cut to fit (GitHub's limits, a
 * log line, a diff path), and a cut may fall inside a secret, leaving its
 * start in clear, which maskers looking for the whole secret miss. Every
 * such cut is marked with `…`; a start of a known secret right before that
 * mark is scrubbed (the Action's log and API texts: masked-values.ts; the
 * CLI's stderr: cli-logger.ts).
 */
/**
 * The shortest start of a masked value scrubbed at a cut: shorter ones are
 * ordinary words as often as secrets (`main`, `pass`), and tell too little.
 */
const minScrubbedStart = 8;
/**
 * Texts bound for GitHub are cut to its limits before they reach the
 * scrubber (a check run's title and summary, a status's description, the
 * summary's plan: report/sections.ts), and a cut may fall inside a secret.
 * What is left of it is a start of the secret before the `…` that marks
 * the cut (after the newlines some cuts add): that start is replaced by
 * `***` too.
 */
function scrubCutStarts(text, values) {
    // Without a cut mark there is nothing to look for: most texts.
    if (!text.includes('…'))
        return text;
    let out = text;
    for (const value of values) {
        if (value.length <= minScrubbedStart)
            continue;
        // Found by its first characters (a native search), then followed as
        // far as the text matches it.
        const probe = value.slice(0, minScrubbedStart);
        for (let at = out.indexOf(probe); at !== -1;) {
            let length = minScrubbedStart;
            while (length < value.length && out[at + length] === value[length])
                length++;
            if (length === value.length || endsAtCut(out, at + length)) {
                out = `${out.slice(0, at)}***${out.slice(at + length)}`;
                at = out.indexOf(probe, at + 3);
            }
            else {
                at = out.indexOf(probe, at + 1);
            }
        }
    }
    return out;
}
/**
 * Whether a cut's `…` follows `at` (after newlines). Every cut of a text
 * bound for GitHub is marked so (report/sections.ts, cutTo and truncate);
 * a text that merely ends with a word a secret starts with was not cut.
 */
function endsAtCut(text, at) {
    let next = at;
    while (text[next] === '\n')
        next++;
    return text[next] === '…';
}
/**
 * `text` with each of `longestFirst` (secrets, longest first: a secret may
 * hold another, and hiding the shorter first would leave the rest of the
 * longer in clear) replaced by `***`, then what a cut left of one. The one
 * masking both loggers and the Action's API texts use.
 */
function hideSecrets(text, longestFirst) {
    let out = text;
    for (const secret of longestFirst) {
        if (out.includes(secret))
            out = out.split(secret).join('***');
    }
    return scrubCutStarts(out, longestFirst);
}


/***/ }),

/***/ 2117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ printedForms)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);
/**
 * The forms a secret takes in what ClusterSync itself prints, besides the
 * value as it is: JSON-escaped inside a quoted name or JSON text (a `"`, a
 * `\`, a control character; twice for a quoted name inside JSON), with control characters escaped as a line of
 * text output shows them (redact.ts, displayText), cut as a diff path
 * cuts a long name (object-diff.ts, pathName), and as the API server's Go
 * code quotes it in an error ClusterSync passes on: encoding/json's
 * escapes (`<`, `>`, `&` as `\u003c`…) and `%q`'s (`\x1b`). Each is given to the same
 * masking as the value (the runner's, the CLI logger's, a live plan's
 * scrubber): every one of them looks for whole strings, so a secret
 * printed in a form nobody registered would show.
 */

/** `value` and each form it is printed in, without duplicates. */
function printedForms(value) {
    const forms = new Set();
    // The cut part is registered without the `…` the path adds: it is the
    // secret's first characters wherever they show.
    for (const whole of new Set([value, (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .shownPart */ .JV)(value)])) {
        const json = jsonBody(whole);
        // A quoted name inside JSON text (`plan --format json`) is escaped twice.
        for (const form of [
            whole,
            json,
            jsonBody(json),
            goJsonBody(whole),
            goQuotedBody(whole)
        ]) {
            forms.add(form);
            // displayText escapes what JSON leaves as it is (U+2028, C1 controls).
            forms.add((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(form));
        }
    }
    return [...forms];
}
/** `text` as the inside of a JSON string literal. */
function jsonBody(text) {
    return JSON.stringify(text).slice(1, -1);
}
// What Go's encoding/json escapes beyond JSON.stringify, so that JSON can
// sit in HTML and in JavaScript source.
const goJsonExtra = /[<>&\u2028\u2029]/g;
/** `text` as the inside of a string literal Go's encoding/json writes. */
function goJsonBody(text) {
    return jsonBody(text).replace(goJsonExtra, unicodeEscape);
}
const goShort = {
    '"': '\\"',
    '\\': '\\\\',
    '\u0007': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v'
};
/**
 * `text` as the inside of Go's `%q` (strconv.Quote): the short escapes,
 * other ASCII controls as `\x1b`, the C1 controls and the line and
 * bidirectional marks (not printable to Go) as `\u0085`.
 */
function goQuotedBody(text) {
    return text.replace(
    // eslint-disable-next-line no-control-regex
    /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
        const code = c.charCodeAt(0);
        return (goShort[c] ??
            (code < 0x80
                ? `\\x${code.toString(16).padStart(2, '0')}`
                : unicodeEscape(c)));
    });
}
function unicodeEscape(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}


/***/ }),

/***/ 6885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ scrubStrings)
/* harmony export */ });
/**
 * A copy of a JSON-shaped value with every string passed through `scrub`
 * (keys kept): masking a result before it is serialised, rather than its
 * JSON text afterwards, can never break the JSON a script reads, whatever
 * a secret happens to look like (`true`, `": "`).
 */
function scrubStrings(value, scrub) {
    if (typeof value === 'string')
        return scrub(value);
    if (Array.isArray(value))
        return value.map((item) => scrubStrings(item, scrub));
    if (value !== null && typeof value === 'object') {
        // Entries, not assignment: a `__proto__` key stays data.
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [
            key,
            scrubStrings(item, scrub)
        ]));
    }
    return value;
}


/***/ }),

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ variablesKeyPart),
/* harmony export */   JR: () => (/* binding */ secretValuesDigest)
/* harmony export */ });
/* unused harmony export sortedEntries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How secret variables enter the digests ClusterSync stores in the cluster:
 * the key of the unchanged-files check (sync/unchanged-check.ts) and the
 * digest of each plan step that uses one (validate/secret-substitution.ts).
 * Anyone who may read the inventory could test guesses against a stored
 * digest, so secret values enter only through scrypt, a deliberately slow,
 * memory-hard hash (each guess costs as much as one run pays once), never
 * in clear or through a fast hash. One function, so both stay alike.
 */

/** scrypt's cost: N = 2^14 with r = 8 (16 MiB), the interactive-login setting of the scrypt paper. */
const cost = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/**
 * The scrypt digest (hex) of secret variables given as `[name, value]`
 * pairs sorted by name: a changed value or name changes it, and it cannot
 * be checked against a guess faster than scrypt allows.
 */
function secretValuesDigest(entries) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scryptSync)(JSON.stringify(entries), 'clustersync-secret-variables/1', 32, cost).toString('hex');
}
/**
 * The variables as key material: plain ones as they are (sorted by name),
 * secret ones by name and one scrypt digest of their values; null when
 * there are none, so a run without variables keeps its old key.
 */
function variablesKeyPart(variables) {
    if (!variables)
        return null;
    const plain = sortedEntries(variables.plain);
    const secret = sortedEntries(variables.secret);
    if (plain.length === 0 && secret.length === 0)
        return null;
    return {
        plain,
        secretNames: secret.map(([name]) => name),
        secret: secret.length === 0 ? null : secretValuesDigest(secret)
    };
}
/** A record's entries sorted by name (code-unit order, as JSON keys sort). */
function sortedEntries(record) {
    return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}


/***/ }),

/***/ 2534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ leaseName),
/* harmony export */   Kg: () => (/* binding */ recordPrefix),
/* harmony export */   lv: () => (/* binding */ systemNamespace),
/* harmony export */   mu: () => (/* binding */ inventoryName)
/* harmony export */ });
/**
 * Where a cluster's inventory and lock live, by name: one place for the
 * inventory, the lock and the unchanged-files check's reads, which all
 * look them up.
 */
/** Where the inventory and the lock live. */
const systemNamespace = 'clustersync-system';
/** What every record's name starts with (the inventory's and the Lease's). */
const recordPrefix = 'clustersync-';
/** `clustersync-<cluster>`, made a valid object name. */
function inventoryName(cluster) {
    const clean = cluster
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return `${recordPrefix}${clean}`.slice(0, 63).replace(/-+$/, '');
}
/** The Lease's name: the inventory's, so both are found together. */
function leaseName(cluster) {
    return inventoryName(cluster);
}


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ inventoryText),
/* harmony export */   Hg: () => (/* binding */ maxAnnotationBytes),
/* harmony export */   Py: () => (/* binding */ annotationBytes),
/* harmony export */   aU: () => (/* binding */ InventoryTooLargeError),
/* harmony export */   nf: () => (/* binding */ encodeInventory)
/* harmony export */ });
/* unused harmony exports plainKey, gzipKey, maxPlainBytes, maxDataBytes */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * How the inventory record is stored in its parent ConfigMap. Small records
 * stay plain JSON under `data["inventory.json"]`, the form every ClusterSync
 * release and `kubectl get configmap -o yaml` read. Past `maxPlainBytes` the
 * same JSON is gzipped into `binaryData["inventory.json.gz"]` (as Helm
 * gzips its release records), so a definition of tens of thousands of
 * objects still fits the API server's 1 MiB limit on a ConfigMap's data.
 * Each write sends exactly one of the two keys; server-side apply removes
 * the one this field manager owned and no longer sends.
 */


/** The plain key, the only one releases before compression read. */
const plainKey = 'inventory.json';
/** The compressed key, in `binaryData`. */
const gzipKey = 'inventory.json.gz';
/**
 * The largest record kept plain: half the API server's limit. Below it,
 * every record an older release could write and read stays in the form it
 * reads, with room for the definition to double before the limit. Above
 * it, gzip cuts what each sync sends and etcd keeps per revision about
 * tenfold, which is worth more than reading the record by eye.
 */
const maxPlainBytes = 512 * 1024;
/**
 * The API server refuses a ConfigMap whose data and binaryData values
 * together exceed 1 MiB ("Too long: may not be more than 1048576 bytes").
 */
const maxDataBytes = 1024 * 1024;
/**
 * The most a compressed record may unpack to. A record that fits 1 MiB
 * compressed is a few tens of MiB of JSON at most; a value that unpacks
 * further was not written by ClusterSync (a gzip bomb), and is refused
 * before it is unpacked whole.
 */
const maxUnpackedBytes = 128 * 1024 * 1024;
/** The API server's limit on all of an object's annotations, keys and values together. */
const maxAnnotationBytes = 256 * 1024;
/**
 * Refused before anything is applied: the record of this plan cannot be
 * stored in one ConfigMap even compressed. The user fixes it by splitting
 * the definition, so it is a configuration error.
 */
class InventoryTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 {
}
/**
 * The data fields for a record whose JSON is `json`, describing `objects`
 * objects (for the message). Throws InventoryTooLargeError when even the
 * compressed form exceeds the API server's limit.
 */
function encodeInventory(json, objects) {
    const plainBytes = Buffer.byteLength(json, 'utf8');
    if (plainBytes <= maxPlainBytes)
        return { data: { [plainKey]: json } };
    const packed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(json, { level: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_BEST_COMPRESSION });
    if (packed.length > maxDataBytes) {
        throw new InventoryTooLargeError(`the inventory of this definition (${objects} objects, ${mib(plainBytes)} of JSON, ${mib(packed.length)} compressed) does not fit the ${mib(maxDataBytes)} a ConfigMap can hold. Split the definition into several clusters (definitions with their own names), each with its own inventory, or shorten the longest object names`);
    }
    return { binaryData: { [gzipKey]: packed.toString('base64') } };
}
/**
 * The record's JSON text in `parent`, from whichever key holds it;
 * undefined when neither does (never synced, or the ConfigMap was emptied).
 * Throws ToolError naming the object when both keys are present (only a
 * hand edit or another tool writes both, and prune decisions must not rest
 * on a guess between them) or the compressed value does not unpack.
 */
function inventoryText(parent, where) {
    const plain = stringField(parent.data, plainKey);
    const packed = stringField(parent.binaryData, gzipKey);
    if (plain !== undefined && packed !== undefined) {
        throw refusal(where, `holds both data["${plainKey}"] and binaryData["${gzipKey}"]; ClusterSync writes one of them. Remove the one that was not written last (see managedFields), or delete the ConfigMap (then nothing is pruned until the next sync records the cluster again)`);
    }
    if (packed === undefined)
        return plain;
    try {
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(Buffer.from(packed, 'base64'), {
            maxOutputLength: maxUnpackedBytes
        }).toString('utf8');
    }
    catch (error) {
        if (isTooLong(error)) {
            throw refusal(where, `has a binaryData["${gzipKey}"] that unpacks to more than ${mib(maxUnpackedBytes)}, far past any record ClusterSync writes; restore it or delete the ConfigMap (then nothing is pruned until the next sync records the cluster again)`);
        }
        throw refusal(where, `has a binaryData["${gzipKey}"] that is not gzip; if it was edited by hand, restore it or delete the ConfigMap (then nothing is pruned until the next sync records the cluster again)`);
    }
}
/** The bytes of all `annotations`, counted as the API server counts them. */
function annotationBytes(annotations) {
    return Object.entries(annotations).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
}
function stringField(field, key) {
    if (typeof field !== 'object' || field === null)
        return undefined;
    const value = field[key];
    return typeof value === 'string' ? value : undefined;
}
function refusal(where, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`inventory ${where} ${why}`, 'kubectl get configmap', 0, '');
}
function mib(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`;
}
/** zlib's refusal to unpack past `maxOutputLength`. */
function isTooLong(error) {
    return (error instanceof RangeError ||
        (typeof error === 'object' &&
            error !== null &&
            error.code === 'ERR_BUFFER_TOO_LARGE'));
}


/***/ }),

/***/ 557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ applySetId),
/* harmony export */   Aj: () => (/* binding */ inventoryRef),
/* harmony export */   I8: () => (/* binding */ idLabel),
/* harmony export */   SK: () => (/* binding */ folderManifestNames),
/* harmony export */   UO: () => (/* binding */ emptyInventory),
/* harmony export */   Zp: () => (/* binding */ syncedInputsOf),
/* harmony export */   au: () => (/* binding */ parseInventory),
/* harmony export */   o8: () => (/* binding */ inventoryOf),
/* harmony export */   qu: () => (/* binding */ writeInventory),
/* harmony export */   wl: () => (/* binding */ systemNamespaceObject),
/* harmony export */   zw: () => (/* binding */ readInventory)
/* harmony export */ });
/* unused harmony exports applySetTooling, inventoryObject */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(176);
/* harmony import */ var _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2534);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9133);
/* harmony import */ var _inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4155);
/**
 * The inventory: what ClusterSync applied to a cluster, kept in the cluster
 * itself so every runner (a laptop, any CI job) sees the same record. One
 * ConfigMap per cluster definition in `clustersync-system`, written as a
 * KEP-3659 ApplySet parent (id label, tooling and contains-group-kinds
 * annotations; members carry the part-of label), so `kubectl` and other
 * tools recognise the set. It records, per step, the content digest, the
 * objects and the release, plus the last sync's metadata for `status`.
 */






/** The ApplySet `tooling` annotation value (name/version, as kubectl writes it). */
const applySetTooling = 'clustersync/v1';
/** The ApplySet id label of a record's parent ConfigMap. */
const idLabel = 'applyset.kubernetes.io/id';
const toolingAnnotation = 'applyset.kubernetes.io/tooling';
const groupKindsAnnotation = 'applyset.kubernetes.io/contains-group-kinds';
const namespacesAnnotation = 'applyset.kubernetes.io/additional-namespaces';
/**
 * A settled Synced inventory's inputs record (with the commit and branch it
 * holds for), kept in an annotation rather than in the data: the next sync's
 * unchanged-files check then reads only the ConfigMap's metadata — ~15 KB
 * instead of ~190 KB at 1,000 objects. Every write that is not a Synced end
 * with inputs leaves it out, and server-side apply removes it.
 */
const inputsAnnotation = 'clustersync.io/synced-inputs';
/**
 * Set on every inventory this release writes: its manifest step ids use the
 * names taken from the definition's folder (raw-manifest-name.ts). Without
 * it, the ids are a previous release's repository-relative ones, which
 * inventory-ids.ts moves; with it, nothing moves, so an id that is both a
 * new name and another file's old name is never read the wrong way.
 */
const folderManifestNames = 'definition-folder';
/** An empty inventory (nothing synced yet). */
function emptyInventory(cluster) {
    return {
        version: 1,
        manifestNames: folderManifestNames,
        secretsRecorded: true,
        cluster,
        steps: []
    };
}
/**
 * The ApplySet id of the cluster's parent ConfigMap, computed as KEP-3659
 * says: `applyset-<base64url(sha256(name.namespace.kind.group))>-v1`.
 */
function applySetId(cluster) {
    const key = `${(0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryName */ .mu)(cluster)}.${_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv}.ConfigMap.`;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64url');
    return `applyset-${hash}-v1`;
}
/** Reads the inventory; undefined when this cluster was never synced. */
async function readInventory(kubectl, cluster) {
    const [parent] = await kubectl.get([inventoryRef(cluster)]);
    return parent ? inventoryOf(parent, cluster) : undefined;
}
/**
 * The inventory in its parent ConfigMap (plain or compressed,
 * inventory-encoding.ts), with the inputs record from its annotation;
 * undefined when the ConfigMap holds none. The one reader of the record:
 * everything that reads an inventory comes through here. Throws ToolError
 * (see parseInventory and inventoryText).
 */
function inventoryOf(parent, cluster) {
    const where = `${_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv}/${(0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryName */ .mu)(cluster)}`;
    const text = (0,_inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .inventoryText */ .A1)(parent, where);
    if (text === undefined)
        return undefined;
    const inventory = parseInventory(text, where);
    if (inventory.cluster !== cluster)
        refuseOthers(inventory.cluster, cluster, where);
    // Inputs kept in the data (written before they moved to the annotation)
    // are not used: the next sync then goes the whole way once and writes
    // them where the unchanged-files check looks.
    delete inventory.inputs;
    const synced = syncedInputsOf(parent);
    return synced
        ? { ...inventory, inputs: synced.inputs }
        : inventory;
}
/**
 * Two cluster definitions whose names make one object name (inventoryName:
 * lower case, other characters than letters, digits and `-` made `-`, cut
 * after 51 characters) would share one record, and each would prune what
 * the other applied. The record names the definition that wrote it, so a
 * sync, plan or status of the other stops here, before anything is
 * applied or pruned.
 */
function refuseOthers(recorded, cluster, where) {
    const name = where.split('/')[1] ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`inventory ${where} is the record of cluster definition "${recorded}", not "${cluster}": both names make the object name ${name} (names are lower-cased, characters other than letters, digits and "-" become "-", and only the first 51 count); give one definition a metadata.name that differs within its first 51 characters. If "${cluster}" is "${recorded}" renamed, let it keep the record and what it would prune: set "cluster" to "${cluster}" in the record's inventory.json (kubectl edit configmap ${name} -n ${_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv}). Deleting the record instead (kubectl delete configmap,lease ${name} -n ${_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv}) forgets what it applied: nothing it lists is pruned later`, 'kubectl get configmap', 0, '');
}
/** The inputs annotation of the parent ConfigMap (or of its metadata alone), if it holds one. */
function syncedInputsOf(parent) {
    const metadata = parent.metadata;
    const text = metadata?.annotations?.[inputsAnnotation];
    if (typeof text !== 'string')
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (!isObject(parsed) || !('inputs' in parsed))
            return undefined;
        const { commit, ref } = parsed;
        if (commit !== undefined && typeof commit !== 'string')
            return undefined;
        if (ref !== undefined && typeof ref !== 'string')
            return undefined;
        return {
            ...(commit !== undefined ? { commit } : {}),
            ...(ref !== undefined ? { ref } : {}),
            inputs: parsed.inputs
        };
    }
    catch {
        return undefined;
    }
}
/** The annotation for `inventory`: only for a Synced end that recorded its inputs. */
function inputsAnnotationOf(inventory) {
    if (inventory.inputs === undefined ||
        inventory.lastSync?.status !== 'synced' ||
        inventory.lastStarted !== undefined) {
        return {};
    }
    const synced = {
        ...(inventory.lastSynced?.commit
            ? { commit: inventory.lastSynced.commit }
            : {}),
        ...(inventory.lastSync.ref ? { ref: inventory.lastSync.ref } : {}),
        inputs: inventory.inputs
    };
    return { [inputsAnnotation]: JSON.stringify(synced) };
}
/**
 * The inventory record read back from the cluster, checked for the shape
 * ClusterSync writes: it lives in a ConfigMap anyone with access can edit,
 * and prune decisions are made from it. Throws ToolError naming the object.
 */
function parseInventory(text, where) {
    const refuse = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`inventory ${where} ${why}; if it was edited by hand, restore it or delete it (then nothing is pruned until the next sync records the cluster again)`, 'kubectl get configmap', 0, '');
    };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return refuse('is not JSON');
    }
    if (!isObject(parsed))
        return refuse('is not a JSON object');
    if (parsed.version !== 1) {
        return refuse(`has version ${String(parsed.version)}; this ClusterSync reads version 1`);
    }
    if (typeof parsed.cluster !== 'string')
        return refuse('names no cluster');
    if (!Array.isArray(parsed.steps))
        return refuse('"steps" is not a list');
    parsed.steps.forEach((step, i) => {
        if (!isStepRecord(step))
            refuse(`step #${i + 1} is not a step record`);
    });
    // Displayed by `status` and the page: a record of the wrong shape is
    // said to be one, not a crash where it is printed.
    for (const key of ['lastSync', 'lastSynced', 'lastStarted']) {
        if (parsed[key] !== undefined && !isEndRecord(parsed[key]))
            refuse(`"${key}" is not a sync record`);
    }
    // Checked above field by field.
    return parsed;
}
/** A sync's end or start: its times and commit, when given, are text. */
function isEndRecord(value) {
    if (!isObject(value))
        return false;
    return [
        'commit',
        'ref',
        'finishedAt',
        'startedAt',
        'message',
        'status',
        'reason',
        'source',
        'triggeredBy'
    ].every((field) => value[field] === undefined || typeof value[field] === 'string');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStepRecord(value) {
    return (isObject(value) &&
        typeof value.id === 'string' &&
        (value.kind === 'manifest' || value.kind === 'addon') &&
        typeof value.digest === 'string' &&
        typeof value.order === 'number' &&
        Array.isArray(value.dependsOn) &&
        Array.isArray(value.objects) &&
        value.dependsOn.every((d) => typeof d === 'string') &&
        value.objects.every((o) => isObject(o) &&
            typeof o.apiVersion === 'string' &&
            typeof o.kind === 'string' &&
            typeof o.name === 'string' &&
            (o.namespace === undefined || typeof o.namespace === 'string')) &&
        (value.release === undefined ||
            (isObject(value.release) &&
                typeof value.release.name === 'string' &&
                typeof value.release.namespace === 'string' &&
                (value.release.ready === undefined ||
                    typeof value.release.ready === 'number'))));
}
/**
 * Writes the inventory's parent ConfigMap. Only a run holding the lock
 * writes it, and the lock's Lease lives in the same namespace (lock.ts
 * creates it when missing), so the namespace is known to exist.
 */
async function writeInventory(kubectl, inventory) {
    const { result } = await kubectl.apply([inventoryObject(inventory)], {
        force: true
    });
    if (result.exitCode !== 0) {
        throw kubectl.toolError(['apply', '--server-side', '(inventory)'], result);
    }
}
/**
 * The parent ConfigMap that records `inventory` (inventoryOf reads it back).
 * Throws InventoryTooLargeError when the record cannot fit one ConfigMap
 * (inventory-encoding.ts); the inputs record, only a shortcut, is left out
 * rather than push the annotations past their limit.
 */
function inventoryObject(inventory) {
    const members = inventory.steps.flatMap((s) => s.objects);
    const groupKinds = [
        ...new Set(members.map((m) => {
            const group = (0,_cluster_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(m.apiVersion);
            return group === '' ? m.kind : `${m.kind}.${group}`;
        }))
    ].sort();
    const namespaces = [
        ...new Set(members.flatMap((m) => (m.namespace ? [m.namespace] : [])))
    ]
        .filter((n) => n !== _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv)
        .sort();
    // The inputs record goes to its annotation, not into the data.
    const stored = { ...inventory };
    delete stored.inputs;
    const applySet = {
        [toolingAnnotation]: applySetTooling,
        [groupKindsAnnotation]: groupKinds.join(','),
        [namespacesAnnotation]: namespaces.join(',')
    };
    if ((0,_inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationBytes */ .Py)(applySet) > _inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .maxAnnotationBytes */ .Hg) {
        throw new _inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .InventoryTooLargeError */ .aU(`the inventory's ApplySet annotations (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(namespaces.length, 'namespace')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(groupKinds.length, 'kind')}) exceed the ${_inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .maxAnnotationBytes */ .Hg / 1024} KiB an object's annotations can hold. Split the definition into several clusters (definitions with their own names), each with its own inventory`);
    }
    const withInputs = { ...applySet, ...inputsAnnotationOf(inventory) };
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
            name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryName */ .mu)(inventory.cluster),
            namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv,
            labels: { [idLabel]: applySetId(inventory.cluster) },
            annotations: (0,_inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationBytes */ .Py)(withInputs) > _inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .maxAnnotationBytes */ .Hg ? applySet : withInputs
        },
        ...(0,_inventory_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeInventory */ .nf)(JSON.stringify(stored), members.length)
    };
}
/** The Namespace object of `clustersync-system`. */
function systemNamespaceObject() {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv }
    };
}
/** The inventory's parent ConfigMap. */
function inventoryRef(cluster) {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: (0,_cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryName */ .mu)(cluster),
        namespace: _cluster_names_js__WEBPACK_IMPORTED_MODULE_4__/* .systemNamespace */ .lv
    };
}


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/**
 * "Did you mean" for unknown keys, enum values, parent and registry names.
 * Candidates always come from the schema or the definition itself, so
 * suggestions cannot go stale.
 */
/**
 * Levenshtein distance (insertions, deletions, substitutions), or `cutoff
 * + 1` as soon as it is sure to exceed `cutoff`: a row whose every cell is
 * past the cutoff can only grow.
 */
function editDistance(a, b, cutoff = Infinity) {
    const row = Int32Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        let smallest = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            const cell = Math.min(above + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            row[j] = cell;
            if (cell < smallest)
                smallest = cell;
            previous = above;
        }
        if (smallest > cutoff)
            return cutoff + 1;
    }
    return row[b.length];
}
/** Words longer than this (Kubernetes names stop at 253) get no suggestion. */
const longestSuggested = 256;
/** Distance cells one suggestion may compute before it settles for the best so far. */
const workPerSuggestion = 300_000;
/**
 * The candidate closest to `word`, when it is close enough to be a typo
 * (distance at most a third of the word's length, and at least 2 allowed),
 * compared case-insensitively. Ties go to the first candidate.
 */
function suggest(word, candidates) {
    // A hint is worth little against a pull request's cost: the distance
    // takes time in the product of the lengths, for every unknown name
    // against every candidate, and names written to be long made validation
    // run for minutes. Longer than any Kubernetes name: no suggestion.
    if (word.length > longestSuggested)
        return undefined;
    const needle = word.toLowerCase();
    const limit = Math.max(2, Math.floor(needle.length / 3));
    let best;
    let bestDistance = Infinity;
    let work = 0;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        // The distance is at least the difference in length.
        if (Math.abs(candidate.length - needle.length) > limit)
            continue;
        work += needle.length * candidate.length;
        if (work > workPerSuggestion)
            break;
        const distance = editDistance(needle, candidate.toLowerCase(), Math.min(limit, bestDistance));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
/** ` Did you mean "x"?` or an empty string. */
function didYouMean(word, candidates) {
    const match = suggest(word, candidates);
    return match === undefined ? undefined : `Did you mean "${match}"?`;
}


/***/ })

};
;