"use strict";
exports.id = 203;
exports.ids = [203];
exports.modules = {

/***/ 1203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createKubectlProxyOpener: () => (/* binding */ createKubectlProxyOpener),
/* harmony export */   proxyFailure: () => (/* binding */ proxyFailure)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _http_exchange_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1162);
/**
 * The KubeApi port over `kubectl proxy --unix-socket`: one kubectl process
 * per sync holds the credentials and forwards plain HTTP to the API server.
 * The socket sits in a fresh 0700 folder, so only this user can reach it
 * (nothing listens on a TCP port); the process is stopped when the sync
 * closes the channel, and killed if Node exits first.
 */







/** How long kubectl may take to start serving before we do without it. */
const startTimeoutMs = 15_000;
/** How long kubectl may take to stop before it is killed. */
const stopGraceMs = 3_000;
const windows = process.platform === 'win32';
const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Connections kept open to the proxy (requests beyond wait for one). */
const maxSockets = 16;
/** Opens channels through `kubectl proxy`; see the file comment. */
function createKubectlProxyOpener() {
    return { open };
}
async function open(target) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'clustersync-api-'));
    const socketPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'api.sock');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(target.kubectl, [
        'proxy',
        `--unix-socket=${socketPath}`,
        ...(target.kubeconfig ? [`--kubeconfig=${target.kubeconfig}`] : []),
        ...(target.context ? [`--context=${target.context}`] : [])
    ], 
    // Its own process group, so a `kubectl` that is a wrapper script (a
    // version manager's shim) is stopped together with the kubectl it runs.
    { stdio: ['ignore', 'pipe', 'pipe'], shell: false, detached: !windows });
    // Its own group does not hear the terminal's Ctrl-C, and Node runs no
    // 'exit' handler when a signal ends it: pass the signal on, then let it
    // end this process as it would have.
    const onSignal = (signal) => {
        // Another listener stops this process gracefully (the CLI's sync lets
        // its steps in flight finish): they still need the channel, which
        // closes with the run, or at the latest at exit.
        if (process.listenerCount(signal) > 0)
            return;
        cleanup();
        process.kill(process.pid, signal);
    };
    const killOnExit = () => stop(child, 'SIGKILL');
    process.once('exit', killOnExit);
    for (const signal of forwarded)
        process.once(signal, onSignal);
    const cleanup = () => {
        process.removeListener('exit', killOnExit);
        for (const signal of forwarded)
            process.removeListener(signal, onSignal);
        stop(child, 'SIGTERM');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    };
    const stderr = stderrTail(child);
    const started = await serving(child, stderr);
    if (started !== true) {
        cleanup();
        // kubectl refuses the kubeconfig itself: every kubectl process of the
        // fallback would too, so this is configuration to fix, not a channel
        // to route around (the file's text is not quoted: it holds credentials).
        const file = /error loading config file "([^"]+)"/.exec(started)?.[1];
        if (file !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`kubectl cannot load the kubeconfig ${file}: it is not a kubeconfig kubectl reads (\`kubectl config view --kubeconfig ${file}\` says why); fix it, or name another with --kubeconfig`);
        return { unavailable: started };
    }
    const agent = new node_http__WEBPACK_IMPORTED_MODULE_2__.Agent({ keepAlive: true, maxSockets });
    // Any HTTP answer proves the channel (even a 503 for a cluster that is
    // away: the sync reports that itself); no answer means this platform
    // cannot use it (Node on Windows speaks named pipes, not Unix sockets).
    const answered = await send(socketPath, agent, {
        method: 'GET',
        path: '/version',
        timeoutMs: startTimeoutMs
    }).then((response) => response, (error) => new Error(error instanceof Error ? error.message : String(error)));
    if (answered instanceof Error) {
        agent.destroy();
        cleanup();
        return { unavailable: `its socket did not answer (${answered.message})` };
    }
    // kubectl does not trust the server's certificate (another cluster's
    // CA, an expired certificate): no request can pass, and each would read
    // as the proxy's refusal. Every request says it once, in kubectl's words
    // (never retried, retry.ts), starting no more work in the proxy.
    const refusal = proxyRefusal(answered);
    if (refusal !== undefined && (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .saysUntrustedServer */ .Kx)(refusal)) {
        agent.destroy();
        cleanup();
        return {
            request: () => Promise.reject(new Error(refusal)),
            close: () => Promise.resolve()
        };
    }
    if (noCredential(answered)) {
        // kubectl would refuse this kubeconfig too: the user's to fix (log in
        // again, install the plugin), which no fallback or retry can do.
        const message = await credentialFailure(answered, stderr);
        agent.destroy();
        cleanup();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(message);
    }
    return {
        request: (r) => send(socketPath, agent, r).then(async (response) => {
            if (noCredential(response))
                throw new Error(await credentialFailure(response, stderr));
            return clusterAnswer(response);
        }, (error) => {
            throw new Error(proxyFailure(error), { cause: error });
        }),
        close: async () => {
            agent.destroy();
            const exited = new Promise((resolve) => {
                if (child.exitCode !== null || child.signalCode !== null)
                    resolve();
                else
                    child.once('exit', () => resolve());
            });
            cleanup();
            // kubectl stops at once on SIGTERM; whatever does not is killed.
            const late = setTimeout(() => stop(child, 'SIGKILL'), stopGraceMs);
            await exited;
            clearTimeout(late);
        }
    };
}
/** Signals kubectl's whole process group (the process alone on Windows). */
function stop(child, signal) {
    if (child.pid === undefined)
        return;
    try {
        if (windows)
            child.kill(signal);
        else
            process.kill(-child.pid, signal);
    }
    catch {
        // Already gone.
    }
}
/**
 * True once kubectl says it serves; otherwise why not: it exited (with the
 * first line it wrote to stderr), could not be started, or stayed silent.
 */
function serving(child, stderr) {
    return new Promise((resolve) => {
        let out = '';
        const done = (answer) => {
            clearTimeout(timer);
            child.stdout?.removeAllListeners('data');
            child.removeListener('close', onExit);
            child.removeListener('error', onError);
            resolve(answer);
        };
        const onExit = (code) => {
            const said = stderr().trim().split('\n')[0]?.slice(0, 300);
            done(`it exited with code ${code ?? 'none'}${said ? `: ${said}` : ''}`);
        };
        const onError = (error) => done(`it could not be started: ${error.message}`);
        const timer = setTimeout(() => done(`it did not start serving within ${startTimeoutMs / 1000}s`), startTimeoutMs);
        child.stdout?.on('data', (chunk) => {
            out += chunk.toString('utf8');
            if (out.includes('Starting to serve on'))
                done(true);
        });
        // 'close', not 'exit': stderr is read to the end by then.
        child.once('close', onExit);
        child.once('error', onError);
    });
}
/** Bytes of kubectl's stderr kept: its first words, and its latest. */
const stderrKept = 4096;
/**
 * What kubectl writes to stderr, read for as long as it runs (so it never
 * blocks on a full pipe). Kept: its first words, which say why it failed
 * to start (kubectl's errors name the flag or the kubeconfig problem), and
 * its latest, an exec plugin's, which client-go passes through to
 * kubectl's stderr. A plugin's words are its own: they are quoted in the
 * error as the plugin wrote them.
 */
function stderrTail(child) {
    let head = '';
    let tail = '';
    child.stderr?.on('data', (chunk) => {
        const text = chunk.toString('utf8');
        if (head.length < stderrKept)
            head += text.slice(0, stderrKept - head.length);
        tail = (tail + text).slice(-stderrKept);
    });
    // Whole while short; past that, the start and the end of what was said.
    return () => (head.length < stderrKept ? head : `${head}\n…\n${tail}`);
}
/** A 500 from kubectl proxy saying the kubeconfig's user gave no credential. */
function noCredential(response) {
    return response.status === 500 && (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .saysNoCredential */ .Zn)(response.body);
}
/**
 * The message for a credential the kubeconfig's user could not give:
 * client-go's words (they name the plugin's executable and its exit code)
 * and what the plugin itself said on stderr, its last lines, without
 * kubectl's own log lines. The plugin writes before kubectl answers, but
 * the two reach this process on different pipes: a moment is allowed for
 * its words to arrive.
 */
async function credentialFailure(response, stderr) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const said = stderr()
        .split('\n')
        .map((line) => line.trim())
        // klog's lines (E1206 13:16:10.535039 …) are kubectl's, not the plugin's.
        .filter((line) => line !== '' && !/^[EWIF]\d{4} /.test(line));
    const last = said.at(-1);
    const plugin = `the kubeconfig's user could not get a credential: ${response.body.trim().split('\n')[0] ?? ''}`;
    return last === undefined
        ? plugin
        : `${plugin} (it said: ${last.slice(0, 300)})`;
}
function send(socketPath, agent, r) {
    const req = (0,node_http__WEBPACK_IMPORTED_MODULE_2__.request)({
        socketPath,
        agent,
        path: r.path,
        ...(0,_http_exchange_js__WEBPACK_IMPORTED_MODULE_6__/* .requestOptions */ .a)(r, { host: 'localhost' })
    });
    return (0,_http_exchange_js__WEBPACK_IMPORTED_MODULE_6__/* .exchange */ .c)(req, r.body, () => new Error(`request timed out (${r.timeoutMs} ms)`));
}
/**
 * `response`, when the cluster gave it. kubectl proxy answers for an API
 * server it cannot reach itself: a 500 whose body is Go's dial error in
 * plain text (`dial tcp 127.0.0.1:6443: connect: connection refused`),
 * where the API server always answers with a Status in JSON. That is no
 * answer from the cluster, so it fails in the words kubectl prints for it,
 * which the retry rules and "unreachable" read as they read kubectl's.
 */
function clusterAnswer(response) {
    const refusal = proxyRefusal(response);
    if (refusal === undefined)
        return response;
    throw new Error(refusal);
}
/**
 * kubectl's words for an answer the proxy gave itself (plain text; the API
 * server answers with a JSON Status): it could not connect, or not trust
 * the server's certificate. Undefined for the cluster's own answers.
 */
function proxyRefusal(response) {
    if (response.status !== 500 && response.status !== 502)
        return undefined;
    const said = response.body.trim();
    if (!/^(dial tcp|tls: failed to verify certificate|x509: )/.test(said))
        return undefined;
    const refused = /^dial tcp (\S+): connect: connection refused$/.exec(said);
    return refused
        ? `The connection to the server ${refused[1]} was refused - did you specify the right host or port?`
        : `Unable to connect to the server: ${said}`;
}
/**
 * A request over the proxy that got no answer, in the words the retry rules
 * know: a reset or a timeout may pass; a socket that refuses or is gone means
 * kubectl proxy stopped, which no retry brings back.
 */
function proxyFailure(error) {
    const code = typeof error === 'object' && error !== null
        ? error.code
        : undefined;
    const message = error instanceof Error ? error.message : String(error);
    switch (code) {
        case 'ECONNRESET':
            return `the API channel (kubectl proxy) failed: connection reset by peer (${message})`;
        case 'EPIPE':
            return `the API channel (kubectl proxy) failed: broken pipe (${message})`;
        case 'ECONNREFUSED':
        case 'ENOENT':
            return `the API channel (kubectl proxy) is gone: kubectl proxy stopped (${message})`;
        default:
            return /timed out/.test(message)
                ? `the API channel (kubectl proxy) failed: i/o timeout (${message})`
                : `the API channel (kubectl proxy) failed: ${message}`;
    }
}


/***/ })

};
;