import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ createNodeExec)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/adapters/node-exec.ts
/**
 * The Exec port over node:child_process.spawn, argv only (never a shell).
 * Output is collected as UTF-8; a timeout sends SIGTERM, then SIGKILL.
 */

const killGraceMs = 5_000;
/** Creates the process-spawning Exec used by the CLI and the Action. */
function createNodeExec() {
    return { run };
}
function run(command, args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        let killTimer;
        const terminate = () => {
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
            killTimer.unref();
        };
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                terminate();
            }, options.timeoutMs)
            : undefined;
        const onAbort = () => terminate();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        // A tool that exits before reading all of stdin makes the write fail with
        // EPIPE; its exit code says what went wrong, so the pipe error is noise.
        child.stdin.on('error', () => undefined);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            resolvePromise({
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut
            });
        });
        child.stdin.end(options.input ?? '');
    });
}
function signalNumber(signal) {
    return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 1;
}


/***/ }),

/***/ 574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ createNodeFs)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/adapters/node-fs.ts
/** The FileSystem port over node:fs/promises. */

/** Creates the FileSystem that reads the real checkout. */
function createNodeFs() {
    return {
        readFile: async (path) => new Uint8Array(await (0,promises_namespaceObject.readFile)(path)),
        stat: async (path) => {
            const s = await (0,promises_namespaceObject.lstat)(path);
            return {
                isFile: s.isFile(),
                isDirectory: s.isDirectory(),
                isSymbolicLink: s.isSymbolicLink(),
                size: s.size
            };
        },
        readdir: (path) => (0,promises_namespaceObject.readdir)(path),
        realpath: (path) => (0,promises_namespaceObject.realpath)(path)
    };
}


/***/ }),

/***/ 180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ createSystemClock)
/* harmony export */ });
/** Creates the wall clock. */
function createSystemClock() {
    return {
        now: () => new Date(),
        sleep: (ms, signal) => new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            signal?.addEventListener('abort', () => {
                clearTimeout(timer);
                resolve();
            }, { once: true });
        })
    };
}


/***/ }),

/***/ 84:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(841);
/* harmony import */ var _adapters_node_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(869);
/* harmony import */ var _adapters_node_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(574);
/* harmony import */ var _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(180);
/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */




process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: process.stdout.isTTY === true },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY === true },
    cwd: process.cwd(),
    env: process.env,
    fs: (0,_adapters_node_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .createNodeFs */ .U)(),
    exec: (0,_adapters_node_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .createNodeExec */ .k)(),
    clock: (0,_adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .createSystemClock */ .g)()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: exitCodes

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/package-files.ts



/**
 * The absolute path of a file shipped with ClusterSync (`schemas/…`,
 * `helm_registries/…`), found by walking up from this module to the folder
 * whose package.json names `clustersync`. Works the same from `src/` (tests),
 * `dist/` (the Action) and `dist/cli/` (the CLI), which sit at different depths.
 * Throws when the file is not part of the installation.
 */
function packageFile(relativePath) {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
        if ((0,external_node_fs_namespaceObject.existsSync)(manifest) && isClusterSyncPackage(manifest)) {
            return (0,external_node_path_namespaceObject.join)(dir, relativePath);
        }
        const parent = (0,external_node_path_namespaceObject.dirname)(dir);
        if (parent === dir) {
            throw new Error(`ClusterSync's own file ${relativePath} was not found; the installation is incomplete`);
        }
        dir = parent;
    }
}
function isClusterSyncPackage(manifest) {
    try {
        const parsed = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(manifest, 'utf8'));
        return typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === 'clustersync';
    }
    catch {
        // An unreadable package.json (e.g. dist/package.json written by a bundler)
        // is not ours; keep walking up.
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
const commands = [];

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The two error kinds of STYLE.md §5.4, plus the classifications the CLI maps
 * to exit codes: 1 = invalid definition or failed operation, 2 = usage error,
 * 3 = the cluster or another external system could not be reached.
 */
/** Something the user can fix in the definition, the inputs or the flags. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** A command-line usage mistake (unknown flag, missing argument): exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/** A cluster, registry or API that could not be reached: exit code 3. */
class UnreachableError extends Error {
    name = 'UnreachableError';
}
/** A tool (kubectl, helm) that ran and failed; carries what a user needs to see. */
class ToolError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ToolError';
    constructor(message, command, exitCode, stderr) {
        super(message);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** Turns anything thrown into a one-line message; never loses non-Error throws. */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** The last `maxLines` non-empty lines of a tool's stderr, for error messages. */
function trimOutput(text, maxLines = 8) {
    const lines = text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.length > 0);
    return lines.slice(-maxLines).join('\n');
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command-line contract shared by every subcommand (README "CLI"):
 * `clustersync <command> [definition] [-f|--file path] [--root dir]
 * [--format text|json|github] [command flags]`. Parsing is declarative so
 * each command states its flags once and usage errors are uniform (exit 2).
 */

/** Options every command accepts. */
const commonOptions = [
    { name: 'file', alias: 'f', type: 'string', description: 'Path of the cluster definition (same as the positional argument)' },
    { name: 'root', type: 'string', description: 'Repository root (default: the git top level of the definition, else its folder)' },
    { name: 'format', type: 'string', choices: ['text', 'json', 'github'], description: 'Output format' },
    { name: 'help', alias: 'h', type: 'boolean', description: 'Show help for the command' }
];
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
        const negated = flag.startsWith('--no-') ? byName.get(`--${flag.slice(5)}`) : undefined;
        const spec = byName.get(flag) ?? (negated?.type === 'boolean' ? negated : undefined);
        if (!spec) {
            throw new UsageError(`unknown option ${flag}${suggestFlag(flag, specs)}`);
        }
        if (spec.type === 'boolean') {
            const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
            if (inline !== undefined && inline !== 'true' && inline !== 'false') {
                throw new UsageError(`option --${spec.name} takes true or false, not "${inline}"`);
            }
            options[spec.name] = spec === negated ? false : inline !== 'false';
            continue;
        }
        let value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || (eq < 0 && value.startsWith('-') && value !== '-')) {
            throw new UsageError(`option --${spec.name} needs a value`);
        }
        if (spec.choices && !spec.choices.includes(value)) {
            throw new UsageError(`option --${spec.name} accepts ${spec.choices.join(', ')}; got "${value}"`);
        }
        if (spec.type === 'number') {
            const n = Number(value);
            if (!Number.isFinite(n))
                throw new UsageError(`option --${spec.name} takes a number; got "${value}"`);
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
    return { positionals, options };
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
        const d = editDistance(name, spec.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = spec.name;
        }
    }
    return best ? ` (did you mean --${best}?)` : '';
}
/** Levenshtein distance, small inputs only. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

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
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        ctx.stdout.write(renderHelp());
        return name === undefined ? exitCodes.usage : exitCodes.ok;
    }
    if (name === '--version' || name === '-v') {
        ctx.stdout.write(`${version()}\n`);
        return exitCodes.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        ctx.stderr.write(`error: unknown command "${name}"\n\n${renderHelp()}`);
        return exitCodes.usage;
    }
    try {
        const args = parseArgs(rest, [...commonOptions, ...command.options]);
        if (args.options.help === true) {
            ctx.stdout.write(renderCommandHelp(command));
            return exitCodes.ok;
        }
        return await command.run(args, ctx);
    }
    catch (error) {
        return reportFailure(error, command, ctx);
    }
}
function reportFailure(error, command, ctx) {
    const message = getErrorMessage(error);
    if (error instanceof UsageError) {
        ctx.stderr.write(`error: ${message}\nusage: ${command.usage}\n`);
        return exitCodes.usage;
    }
    if (error instanceof UnreachableError) {
        ctx.stderr.write(`error: ${message}\n`);
        return exitCodes.unreachable;
    }
    if (error instanceof ConfigurationError) {
        ctx.stderr.write(`error: ${message}\n`);
        return exitCodes.failed;
    }
    // An unexpected failure is a bug of ours: say so, and show the stack only
    // when asked, so users never see one for their own mistakes.
    ctx.stderr.write(`error: ${message}\n`);
    if (ctx.env.CLUSTERSYNC_DEBUG && error instanceof Error && error.stack) {
        ctx.stderr.write(`${error.stack}\n`);
    }
    return exitCodes.failed;
}
function renderHelp() {
    const width = Math.max(...commands.map((c) => c.name.length), 8);
    const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        'clustersync: sync Ankra ImportCluster definitions to Kubernetes',
        '',
        'usage: clustersync <command> [definition] [options]',
        '',
        'commands:',
        ...lines,
        '',
        'common options:',
        ...commonOptions.map((o) => `  --${o.name}${o.alias ? `, -${o.alias}` : ''}  ${o.description}`),
        '',
        'exit codes: 0 ok, 1 invalid or failed, 2 usage error, 3 cluster or service unreachable',
        "run 'clustersync <command> --help' for a command's options",
        ''
    ].join('\n');
}
function renderCommandHelp(command) {
    const options = [...command.options, ...commonOptions];
    return [
        `usage: ${command.usage}`,
        '',
        command.summary,
        '',
        'options:',
        ...options.map((o) => `  --${o.name}${o.alias ? `, -${o.alias}` : ''}${o.type === 'boolean' ? '' : ' <value>'}  ${o.description}${o.choices ? ` (${o.choices.join('|')})` : ''}`),
        ''
    ].join('\n');
}
function version() {
    const parsed = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(packageFile('package.json'), 'utf8'));
    const value = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
    return typeof value === 'string' ? value : 'unknown';
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(84);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
