import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3917:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ createKubeApiOpener)
});

// UNUSED EXPORTS: openDirect

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/kube-direct-failure.ts
/**
 * A direct request to the API server that got no answer, worded as kubectl
 * (Go's net/http and crypto/tls) words it, so the retry rules
 * (apply/retry.ts) read it as they read kubectl's stderr: a refused or reset
 * connection or a timeout is transient, a refused connection, a timeout or
 * an unknown host means the cluster is unreachable. Node's own message is
 * kept where Go's words would lose something (TLS details).
 */
/** The `code` a request that outlived its own timeout is destroyed with. */
const requestTimeout = 'CLUSTERSYNC_TIMEOUT';
/** OpenSSL's certificate-verification codes, which Go reports as `x509: …`. */
const certificateCodes = /CERT|CRL|INVALID_CA|PATH_LENGTH|INVALID_PURPOSE|HOSTNAME_MISMATCH|LEAF_SIGNATURE|ISSUER/;
/**
 * kubectl's words for `error`, a failed request to the server at `address`
 * (`host:port`) named `hostname` in the kubeconfig.
 */
function directFailure(error, server) {
    const fields = typeof error === 'object' && error !== null
        ? error
        : {};
    const message = error instanceof Error ? error.message : String(error);
    const code = typeof fields.code === 'string' ? fields.code : '';
    // The address dialled (Go prints the IP it resolved), else the server's.
    const address = typeof fields.address === 'string' && typeof fields.port === 'number'
        ? `${fields.address.includes(':') ? `[${fields.address}]` : fields.address}:${fields.port}`
        : server.address;
    switch (code) {
        case 'ECONNREFUSED':
            return `dial tcp ${address}: connect: connection refused`;
        case 'ECONNRESET':
            // Node's "socket hang up": the server closed before answering.
            return message === 'socket hang up'
                ? `read tcp ${address}: unexpected EOF`
                : `read tcp ${address}: connection reset by peer`;
        case 'EPIPE':
            return `write tcp ${address}: broken pipe`;
        case 'ETIMEDOUT':
            return `dial tcp ${address}: i/o timeout`;
        case requestTimeout:
            return fields.dialing === true
                ? `dial tcp ${address}: i/o timeout (${message})`
                : `read tcp ${address}: i/o timeout (${message})`;
        case 'ENOTFOUND':
            return `dial tcp: lookup ${server.hostname}: no such host`;
        case 'EAI_AGAIN':
            return `dial tcp: lookup ${server.hostname}: temporary failure in name resolution`;
        case 'EHOSTUNREACH':
            return `dial tcp ${address}: connect: no route to host`;
        case 'ENETUNREACH':
            return `dial tcp ${address}: connect: network is unreachable`;
        case 'ABORT_ERR':
            return 'context canceled';
        default:
            if (certificateCodes.test(code))
                return `x509: ${message}`;
            if (/^ERR_(SSL|TLS)_|^EPROTO$/.test(code))
                return `tls: ${message}`;
            return message;
    }
}

;// CONCATENATED MODULE: ./src/adapters/http-exchange.ts
/**
 * The request's headers and options every channel sends; the caller adds
 * where to (socket or host) and its own headers, which win over the
 * request's (credentials are never replaced by a caller's header).
 */
function requestOptions(r, headers) {
    return {
        method: r.method,
        headers: {
            accept: 'application/json',
            ...(r.contentType ? { 'content-type': r.contentType } : {}),
            ...r.headers,
            ...headers
        },
        ...(r.timeoutMs !== undefined ? { timeout: r.timeoutMs } : {}),
        ...(r.signal ? { signal: r.signal } : {})
    };
}
/**
 * Sends `body` on `req` and resolves with the answer. On the request's
 * timeout event, `onTimeout` gives the error to end it with (undefined:
 * leave it running).
 */
function exchange(req, body, onTimeout) {
    return new Promise((resolve, reject) => {
        req.on('response', (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8')
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => {
            const error = onTimeout();
            if (error)
                req.destroy(error);
        });
        req.on('error', reject);
        req.end(body);
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(3243);
;// CONCATENATED MODULE: ./src/adapters/kubeconfig-direct.ts
/**
 * Whether a sync may talk to the API server itself, read from the kubeconfig
 * alone (no file is opened here): only when the context's cluster is a plain
 * http(s) URL and its user holds static credentials, a client certificate
 * and key and/or a bearer token. Anything kubectl does that Node would not
 * (exec plugins, auth providers, impersonation, basic auth, proxies, merged
 * kubeconfig files, keys we do not know) answers why not, so the caller uses
 * kubectl instead and the result stays exactly kubectl's.
 *
 * The reasons name keys, contexts, clusters, users and files, never a value
 * read from them: a kubeconfig holds credentials.
 */


/** Variables kubectl honours to reach the server through a proxy. */
const proxyVariables = [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy'
];
const clusterKeys = new Set([
    'server',
    'certificate-authority',
    'certificate-authority-data',
    'insecure-skip-tls-verify',
    'tls-server-name',
    'disable-compression',
    'extensions'
]);
const userKeys = new Set([
    'client-certificate',
    'client-certificate-data',
    'client-key',
    'client-key-data',
    'token',
    'tokenFile',
    'extensions'
]);
/**
 * The one kubeconfig file kubectl would read for `target`: `--kubeconfig`,
 * else a single-file KUBECONFIG, else `<home>/.kube/config`; or why the sync
 * cannot use it directly (a proxy variable is set, KUBECONFIG merges files).
 */
function kubeconfigFile(target, env, home) {
    const proxy = proxyVariables.find((name) => env[name]);
    if (proxy)
        return { fallback: `${proxy} is set (kubectl goes through it)` };
    if (target.kubeconfig)
        return (0,external_node_path_.resolve)(target.kubeconfig);
    // kubectl skips empty entries and repeats, and merges what is left.
    const listed = [
        ...new Set((env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter((p) => p))
    ];
    if (listed.length > 1) {
        return {
            fallback: `KUBECONFIG lists ${listed.length} files (kubectl merges them)`
        };
    }
    return (0,external_node_path_.resolve)(listed[0] ?? (0,external_node_path_.join)(home, '.kube', 'config'));
}
/**
 * Reads the kubeconfig `text` (found at `file`) for `context` (else its
 * current-context): the channel to open, or why kubectl must open it.
 */
function directChannel(text, file, context) {
    // js-yaml reads YAML 1.2 (small and quick to start: this runs on every
    // sync). kubectl reads YAML 1.1, where `yes`, `off`, `<<` merges and the
    // like mean something else; a kubeconfig that uses them is left to it.
    let config;
    try {
        config = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch (error) {
        // Only the line: the parser's own message quotes the source, which may
        // hold a credential.
        const line = error instanceof js_yaml/* YAMLException */.tB ? error.mark.line + 1 : undefined;
        return {
            fallback: `the kubeconfig is not valid YAML${line ? ` (line ${line})` : ''}`
        };
    }
    const yaml11 = yaml11Only(config);
    if (yaml11)
        return {
            fallback: `the kubeconfig uses ${yaml11}, which YAML 1.1 (kubectl's parser) reads differently`
        };
    if (!isRecord(config))
        return { fallback: 'the kubeconfig is empty' };
    const contextName = context ?? config['current-context'];
    if (typeof contextName !== 'string' || contextName === '')
        return { fallback: 'the kubeconfig names no current-context' };
    const ctx = named(config.contexts, contextName, 'context');
    if ('fallback' in ctx)
        return ctx;
    const clusterName = ctx.value.cluster;
    const userName = ctx.value.user;
    if (typeof clusterName !== 'string' || typeof userName !== 'string')
        return { fallback: `context "${contextName}" names no cluster or no user` };
    const cluster = named(config.clusters, clusterName, 'cluster');
    if ('fallback' in cluster)
        return cluster;
    const user = named(config.users, userName, 'user');
    if ('fallback' in user)
        return user;
    const namespace = ctx.value.namespace;
    if (present(namespace) && !isString(namespace))
        return {
            fallback: `context "${contextName}" has a namespace that is not a string`
        };
    const base = (0,external_node_path_.dirname)(file);
    const server = serverOf(cluster.value, clusterName, base);
    if ('fallback' in server)
        return server;
    const auth = credentialsOf(user.value, userName, base);
    if ('fallback' in auth)
        return auth;
    return {
        ...server,
        ...auth,
        namespace: isString(namespace) && namespace ? namespace : 'default'
    };
}
/** The cluster's half of the channel: where it is and how TLS is checked. */
function serverOf(cluster, name, base) {
    if (present(cluster['proxy-url']))
        return { fallback: `cluster "${name}" has a proxy-url` };
    const unknown = Object.keys(cluster).find((k) => present(cluster[k]) && !clusterKeys.has(k));
    if (unknown)
        return {
            fallback: `cluster "${name}" has "${unknown}", which only kubectl reads`
        };
    const server = cluster.server;
    if (!isString(server) || server === '')
        return { fallback: `cluster "${name}" has no server` };
    let url;
    try {
        url = new URL(server);
    }
    catch {
        return { fallback: `cluster "${name}" has a server that is not a URL` };
    }
    // The URL itself is not quoted: it may carry a user and password.
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return { fallback: `cluster "${name}" has a server that is not http(s)` };
    if (url.username || url.password || url.search || url.hash)
        return {
            fallback: `cluster "${name}" has a server URL with credentials, a query or a fragment`
        };
    const ca = source(cluster, 'certificate-authority', `cluster "${name}"`, base);
    if (ca !== undefined && 'fallback' in ca)
        return ca;
    const insecure = cluster['insecure-skip-tls-verify'] ?? false;
    if (typeof insecure !== 'boolean')
        return {
            fallback: `cluster "${name}" has an insecure-skip-tls-verify that is not a boolean`
        };
    // kubectl refuses this combination; it says so itself.
    if (insecure && ca !== undefined)
        return {
            fallback: `cluster "${name}" sets both insecure-skip-tls-verify and a certificate authority`
        };
    const servername = cluster['tls-server-name'];
    if (present(servername) && !isString(servername))
        return {
            fallback: `cluster "${name}" has a tls-server-name that is not a string`
        };
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return {
        protocol: url.protocol,
        hostname,
        port,
        address: `${url.hostname}:${port}`,
        // Requests go below the prefix; kubectl joins the paths the same way.
        prefix: url.pathname.replace(/\/+$/, ''),
        ...(ca ? { ca } : {}),
        ...(isString(servername) && servername ? { servername } : {}),
        insecure
    };
}
/** The user's half of the channel: static credentials only. */
function credentialsOf(user, name, base) {
    const unknown = Object.keys(user).find((k) => present(user[k]) && !userKeys.has(k));
    // exec, auth-provider, username/password, as/as-uid/as-groups/as-user-extra
    // and anything newer: kubectl does more with them than send them.
    if (unknown)
        return {
            fallback: `user "${name}" has "${unknown}", which only kubectl can use`
        };
    const cert = source(user, 'client-certificate', `user "${name}"`, base);
    if (cert !== undefined && 'fallback' in cert)
        return cert;
    const key = source(user, 'client-key', `user "${name}"`, base);
    if (key !== undefined && 'fallback' in key)
        return key;
    if ((cert === undefined) !== (key === undefined))
        return {
            fallback: `user "${name}" has a client certificate or key without the other`
        };
    const token = user.token;
    if (present(token) && !isString(token))
        return { fallback: `user "${name}" has a token that is not a string` };
    const tokenFile = user.tokenFile;
    if (present(tokenFile) && !isString(tokenFile))
        return { fallback: `user "${name}" has a tokenFile that is not a string` };
    if (!cert && !present(token) && !present(tokenFile))
        return { fallback: `user "${name}" has no client certificate and no token` };
    return {
        ...(cert && key ? { cert, key } : {}),
        ...(isString(token) && token ? { token } : {}),
        ...(isString(tokenFile) && tokenFile
            ? { tokenFile: inFolder(tokenFile, base) }
            : {})
    };
}
/**
 * `<key>-data` (base64) or `<key>` (a path, relative to the kubeconfig's
 * folder as kubectl resolves it); undefined when neither is given.
 */
function source(entry, key, 
/** `cluster "name"` or `user "name"`, for the reasons. */
owner, base) {
    const data = entry[`${key}-data`];
    const file = entry[key];
    // kubectl rejects a kubeconfig that gives both.
    if (present(data) && present(file))
        return { fallback: `${owner} has both ${key} and ${key}-data` };
    if (present(data)) {
        const text = isString(data) ? data.replace(/[\r\n]/g, '') : undefined;
        if (text === undefined ||
            !/^[A-Za-z0-9+/]*={0,2}$/.test(text) ||
            text.length % 4 !== 0)
            return { fallback: `${owner} has a ${key}-data that is not base64` };
        return { data: Buffer.from(text, 'base64') };
    }
    if (present(file)) {
        if (!isString(file))
            return { fallback: `${owner} has a ${key} that is not a path` };
        return { file: inFolder(file, base) };
    }
    return undefined;
}
/** The entry called `name` in a kubeconfig list (`- name: …, <kind>: {…}`). */
function named(list, name, kind) {
    const found = (Array.isArray(list) ? list : []).filter((e) => isRecord(e) && e.name === name);
    if (found.length === 0)
        return { fallback: `${kind} "${name}" is not in the kubeconfig` };
    if (found.length > 1)
        return { fallback: `${kind} "${name}" is in the kubeconfig twice` };
    const value = found[0]?.[kind] ?? {};
    if (!isRecord(value))
        return { fallback: `${kind} "${name}" is not a mapping` };
    return { value };
}
function inFolder(path, base) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(base, path);
}
/** Set, as kubectl counts it: null, '', [] and {} mean absent. */
function present(value) {
    if (value === undefined || value === null || value === '')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (isRecord(value))
        return Object.keys(value).length > 0;
    return true;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isString(value) {
    return typeof value === 'string';
}
/** YAML 1.1's other booleans; YAML 1.2 reads them as strings. */
const yaml11Words = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/**
 * What in the parsed kubeconfig YAML 1.1 would read otherwise (a word it
 * takes for a boolean, a `<<` merge key), or undefined when nothing does.
 * Numbers need no check: every field read here must be a string or a
 * boolean, and a number is refused as either.
 */
function yaml11Only(value) {
    if (typeof value === 'string')
        return yaml11Words.test(value) ? `the word "${value}"` : undefined;
    if (Array.isArray(value)) {
        for (const item of value) {
            const found = yaml11Only(item);
            if (found)
                return found;
        }
        return undefined;
    }
    if (isRecord(value)) {
        for (const [key, item] of Object.entries(value)) {
            if (key === '<<')
                return 'a "<<" merge key';
            const found = yaml11Only(key) ?? yaml11Only(item);
            if (found)
                return found;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/kubectl-proxy.ts
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
    return { open: kubectl_proxy_open };
}
async function kubectl_proxy_open(target) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'clustersync-api-'));
    const socketPath = (0,external_node_path_.join)(dir, 'api.sock');
    const child = (0,external_node_child_process_.spawn)(target.kubectl, [
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
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    const started = await serving(child);
    if (started !== true) {
        cleanup();
        return { unavailable: started };
    }
    const agent = new external_node_http_.Agent({ keepAlive: true, maxSockets });
    // Any HTTP answer proves the channel (even a 503 for a cluster that is
    // away: the sync reports that itself); no answer means this platform
    // cannot use it (Node on Windows speaks named pipes, not Unix sockets).
    const failed = await send(socketPath, agent, {
        method: 'GET',
        path: '/version',
        timeoutMs: startTimeoutMs
    }).then(() => undefined, (error) => (error instanceof Error ? error.message : String(error)));
    if (failed !== undefined) {
        agent.destroy();
        cleanup();
        return { unavailable: `its socket did not answer (${failed})` };
    }
    return {
        request: (r) => send(socketPath, agent, r).catch((error) => {
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
function serving(child) {
    return new Promise((resolve) => {
        let out = '';
        let err = '';
        const done = (answer) => {
            clearTimeout(timer);
            child.stdout?.removeAllListeners('data');
            child.removeListener('close', onExit);
            child.removeListener('error', onError);
            resolve(answer);
        };
        const onExit = (code) => {
            const said = err.trim().split('\n')[0]?.slice(0, 300);
            done(`it exited with code ${code ?? 'none'}${said ? `: ${said}` : ''}`);
        };
        const onError = (error) => done(`it could not be started: ${error.message}`);
        const timer = setTimeout(() => done(`it did not start serving within ${startTimeoutMs / 1000}s`), startTimeoutMs);
        child.stdout?.on('data', (chunk) => {
            out += chunk.toString('utf8');
            if (out.includes('Starting to serve on'))
                done(true);
        });
        // Kept (bounded) to say why it failed to start; kubectl's errors name
        // the flag or the kubeconfig problem, never a credential. Drained after,
        // so kubectl never blocks on a full pipe.
        child.stderr?.on('data', (chunk) => {
            if (err.length < 4096)
                err += chunk.toString('utf8');
        });
        // 'close', not 'exit': stderr is read to the end by then.
        child.once('close', onExit);
        child.once('error', onError);
    });
}
function send(socketPath, agent, r) {
    const req = (0,external_node_http_.request)({
        socketPath,
        agent,
        path: r.path,
        ...requestOptions(r, { host: 'localhost' })
    });
    return exchange(req, r.body, () => new Error(`request timed out (${r.timeoutMs} ms)`));
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

;// CONCATENATED MODULE: ./src/adapters/kube-direct.ts
/**
 * The KubeApi port straight to the API server: when the kubeconfig holds
 * only static credentials (kubeconfig-direct.ts says when), Node reads them
 * in-process and sends each request over HTTPS on a keep-alive agent, with
 * no kubectl process at all. In every other case, and whenever the direct
 * channel does not answer, the fallback opener (kubectl proxy) opens the
 * channel as before, so kubectl reaches the server its own way and reports
 * its own errors.
 *
 * Why: `kubectl proxy` costs ~75 ms before its first answer and ~0.5 CPU-s
 * per 1,000 applied objects on a 2-CPU runner, where the sync is CPU-bound.
 *
 * Credentials never leave this file: they go into the agent and the
 * Authorization header, never into a message.
 */








/** How long the API server may take to answer `GET /version`. */
const checkTimeoutMs = 15_000;
/** Connections kept open to the API server (requests beyond wait for one). */
const kube_direct_maxSockets = 16;
/**
 * Idle connections are closed after this long, well before the API server
 * closes them (90 s), so a request never races a closing connection.
 */
const idleMs = 30_000;
/**
 * Opens the direct channel when the kubeconfig allows it, else (or when the
 * API server does not answer it) whatever `fallback` opens; see the file
 * comment. `env` supplies KUBECONFIG, HOME and the proxy variables.
 */
function createKubeApiOpener(fallback = createKubectlProxyOpener(), env = process.env) {
    return {
        open: async (target) => {
            const direct = await openDirect(target, env);
            // No warning: the fallback gives the same result, only slower.
            return 'fallback' in direct ? fallback.open(target) : direct;
        }
    };
}
/**
 * The direct channel for `target`, checked with `GET /version`; or why the
 * sync uses kubectl instead. Never rejects.
 */
async function openDirect(target, env) {
    const file = kubeconfigFile(target, env, env.HOME || (0,external_node_os_.homedir)());
    if (typeof file !== 'string')
        return file;
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        return { fallback: `cannot read the kubeconfig ${file} (${codeOf(error)})` };
    }
    const channel = directChannel(text, file, target.context);
    if ('fallback' in channel)
        return channel;
    const connection = await connectionOf(channel).catch(
    // Only the error's code: a credential file's content is never quoted.
    (error) => ({
        fallback: `cannot read a credential file (${codeOf(error)})`
    }));
    if ('fallback' in connection)
        return connection;
    const { agent, headers } = connection;
    // Any HTTP answer proves the channel (a 401 or a 503 is the sync's to
    // report, as kubectl would); no answer at all (TLS, refused, no route)
    // is kubectl's to meet and word its own way.
    const failed = await kube_direct_send(channel, agent, headers, {
        method: 'GET',
        path: '/version',
        timeoutMs: checkTimeoutMs
    }).then(() => undefined, (error) => directFailure(error, channel));
    if (failed !== undefined) {
        agent.destroy();
        return { fallback: `the API server did not answer (${failed})` };
    }
    return {
        namespace: channel.namespace,
        request: (r) => kube_direct_send(channel, agent, headers, r).catch((error) => {
            throw new Error(directFailure(error, channel), { cause: error });
        }),
        close: () => {
            agent.destroy();
            return Promise.resolve();
        }
    };
}
/** The agent (TLS material included) and the headers every request carries. */
async function connectionOf(channel) {
    // kubectl reads the token file on each refresh and trims it; once per
    // sync is enough here (a sync lasts minutes, projected tokens hours).
    const token = channel.tokenFile
        ? (await (0,promises_.readFile)(channel.tokenFile, 'utf8')).trim()
        : channel.token;
    if (channel.tokenFile && !token)
        throw emptyToken();
    const headers = token
        ? { authorization: `Bearer ${token}` }
        : {};
    const common = { keepAlive: true, maxSockets: kube_direct_maxSockets, timeout: idleMs };
    if (channel.protocol === 'http:')
        return { agent: new external_node_http_.Agent(common), headers };
    const [ca, cert, key] = await Promise.all([
        bytesOf(channel.ca),
        bytesOf(channel.cert),
        bytesOf(channel.key)
    ]);
    const agent = new external_node_https_namespaceObject.Agent({
        ...common,
        ...(ca ? { ca } : {}),
        ...(cert && key ? { cert, key } : {}),
        ...(channel.servername ? { servername: channel.servername } : {}),
        rejectUnauthorized: !channel.insecure
    });
    return { agent, headers };
}
async function bytesOf(source) {
    if (source === undefined)
        return undefined;
    return 'data' in source ? source.data : (0,promises_.readFile)(source.file);
}
function emptyToken() {
    return Object.assign(new Error('the token file is empty'), {
        code: 'EMPTY'
    });
}
function codeOf(error) {
    const code = typeof error === 'object' && error !== null
        ? error.code
        : undefined;
    return typeof code === 'string' ? code : 'unreadable';
}
/** One request; resolves on any HTTP status, rejects on transport failures. */
function kube_direct_send(channel, agent, auth, r) {
    const request = channel.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_.request;
    const req = request({
        agent,
        protocol: channel.protocol,
        hostname: channel.hostname,
        port: channel.port,
        path: `${channel.prefix}${r.path}`,
        ...requestOptions(r, { 'user-agent': 'clustersync', ...auth })
    });
    return exchange(req, r.body, () => 
    // Without a timeout of its own, the event is the agent's idle timer,
    // which only closes idle connections.
    r.timeoutMs === undefined
        ? undefined
        : Object.assign(new Error(`no answer within ${r.timeoutMs} ms`), {
            code: requestTimeout,
            // Still dialling, or waiting for the answer: Go says which.
            dialing: req.socket?.connecting === true
        }));
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createNodeExec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
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
    return signal === 'SIGKILL'
        ? 9
        : signal === 'SIGTERM'
            ? 15
            : signal === 'SIGINT'
                ? 2
                : 1;
}


/***/ }),

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ createNodeFs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The FileSystem port over node:fs, answered with synchronous calls.
 *
 * Why not node:fs/promises: a checkout is on a local disk, where one call
 * takes microseconds, and each promise-based call adds a thread-pool round
 * trip and an event-loop turn. Measured on this machine (2 CPUs) for 122
 * manifest files, read + lstat + realpath each: 19–21 ms with promises,
 * 36–43 ms with callbacks, 7.6–7.9 ms synchronously. Loading and the
 * unchanged-files check (apply/unchanged-inputs.ts) make exactly these
 * calls, hundreds at a time. The port stays asynchronous, so a slower file
 * system can be plugged in without changing its callers.
 */

/** Creates the FileSystem that reads the real checkout. */
function createNodeFs() {
    return {
        readFile: (path) => answer(() => new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path))),
        stat: (path) => answer(() => statOf(path)),
        readdir: (path) => answer(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path)),
        realpath: (path) => answer(() => node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path))
    };
}
/** The call's result; a thrown error (with its `code`) becomes the rejection. */
function answer(call) {
    return new Promise((resolve) => resolve(call()));
}
function statOf(path) {
    const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    return {
        isFile: s.isFile(),
        isDirectory: s.isDirectory(),
        isSymbolicLink: s.isSymbolicLink(),
        size: s.size
    };
}


/***/ }),

/***/ 9180:
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

/***/ 384:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ defaultHealthOptions),
/* harmony export */   hX: () => (/* binding */ HealthError),
/* harmony export */   tm: () => (/* binding */ waitForHealth)
/* harmony export */ });
/* unused harmony exports needsHealthCheck, assessHealth */
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66);

/** 5 minutes, polled every 2 seconds. */
function defaultHealthOptions() {
    return { timeoutMs: 300_000, intervalMs: 2_000 };
}
/** Thrown when objects failed or did not become ready in time. */
class HealthError extends Error {
    unhealthy;
    name = 'HealthError';
    constructor(message, 
    /** Subjects still not ready, with why. */
    unhealthy) {
        super(message);
        this.unhealthy = unhealthy;
    }
}
const workloadKinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);
/** True for objects worth waiting for (others are ready once applied). */
function needsHealthCheck(ref) {
    const group = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)(ref.apiVersion);
    if (workloadKinds.has(ref.kind) && (group === 'apps' || group === 'batch'))
        return true;
    if (ref.kind === 'CustomResourceDefinition')
        return true;
    // Custom resources: only those that publish a Ready condition are waited
    // for (see assessHealth), which needs a look at the live object.
    return group.includes('.') && !group.endsWith('.k8s.io');
}
/** The health of one live object (kstatus-like, see the file comment). */
function assessHealth(object) {
    const spec = (object.spec ?? {});
    const status = (object.status ?? {});
    const metadata = (object.metadata ?? {});
    const generation = Number(metadata.generation ?? 0);
    const observed = Number(status.observedGeneration ?? 0);
    const n = (v) => (typeof v === 'number' ? v : 0);
    const cond = (type) => conditionOf(status, type);
    switch (object.kind) {
        case 'Deployment': {
            const want = typeof spec.replicas === 'number' ? spec.replicas : 1;
            const progressing = cond('Progressing');
            if (progressing?.reason === 'ProgressDeadlineExceeded')
                return failed(`rollout stalled: ${progressing.message ?? ''}`);
            if (observed < generation)
                return waiting('new generation not observed');
            if (n(status.updatedReplicas) < want)
                return waiting(`${n(status.updatedReplicas)}/${want} replicas updated`);
            if (n(status.availableReplicas) < want)
                return waiting(`${n(status.availableReplicas)}/${want} replicas available`);
            return ready();
        }
        case 'StatefulSet': {
            const want = typeof spec.replicas === 'number' ? spec.replicas : 1;
            if (observed < generation)
                return waiting('new generation not observed');
            if (n(status.readyReplicas) < want || n(status.updatedReplicas) < want)
                return waiting(`${n(status.readyReplicas)}/${want} replicas ready`);
            return ready();
        }
        case 'DaemonSet': {
            const want = n(status.desiredNumberScheduled);
            if (observed < generation)
                return waiting('new generation not observed');
            if (n(status.updatedNumberScheduled) < want ||
                n(status.numberReady) < want)
                return waiting(`${n(status.numberReady)}/${want} pods ready`);
            return ready();
        }
        case 'Job': {
            if (cond('Failed')?.status === 'True')
                return failed(`job failed: ${cond('Failed')?.message ?? ''}`);
            if (cond('Complete')?.status === 'True')
                return ready();
            return waiting('not complete yet');
        }
        case 'CustomResourceDefinition':
            return cond('Established')?.status === 'True'
                ? ready()
                : waiting('not Established yet');
        default: {
            const readyCond = cond('Ready');
            if (!readyCond || readyCond.status === 'True')
                return ready();
            return waiting(`Ready=${readyCond.status}${readyCond.reason ? ` (${readyCond.reason})` : ''}${readyCond.message ? `: ${readyCond.message}` : ''}`);
        }
    }
}
/**
 * Polls the objects until all are ready. Throws HealthError as soon as one
 * has failed (a failed Job will not recover) or when `timeoutMs` runs out.
 */
async function waitForHealth(kubectl, refs, clock, options = defaultHealthOptions()) {
    const watched = refs.filter(needsHealthCheck);
    if (watched.length === 0)
        return;
    const deadline = clock.now().getTime() + options.timeoutMs;
    for (;;) {
        const live = new Map((await kubectl.get(watched)).map((o) => [(0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(o)), o]));
        const pending = watched.flatMap((ref) => {
            const object = live.get((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)(ref));
            const health = object
                ? assessHealth(object)
                : { state: 'progressing', message: 'not found' };
            return health.state === 'ready' ? [] : [{ ref, health }];
        });
        if (pending.length === 0)
            return;
        const failedNow = pending.filter((p) => p.health.state === 'failed');
        if (failedNow.length > 0 || clock.now().getTime() >= deadline) {
            const shown = failedNow.length > 0 ? failedNow : pending;
            throw await healthError(kubectl, shown, failedNow.length > 0, options);
        }
        await clock.sleep(options.intervalMs);
    }
}
async function healthError(kubectl, pending, failedFast, options) {
    // Events explain most stuck rollouts (image pulls, quota, scheduling);
    // three objects' worth keeps the message readable.
    const unhealthy = await Promise.all(pending.slice(0, 3).map(async ({ ref, health }) => {
        const events = await kubectl.events(ref);
        const suffix = events.length > 0 ? `; events: ${events.join(' | ')}` : '';
        return { subject: (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectOf */ .et)(ref), message: `${health.message}${suffix}` };
    }));
    const more = pending.length > 3 ? ` (and ${pending.length - 3} more)` : '';
    const head = failedFast
        ? 'failed'
        : `not ready after ${Math.round(options.timeoutMs / 1000)}s`;
    return new HealthError(`${head}: ${unhealthy.map((u) => `${u.subject}: ${u.message}`).join('; ')}${more}`, unhealthy);
}
function conditionOf(status, type) {
    const list = Array.isArray(status.conditions)
        ? status.conditions
        : [];
    return list.find((c) => c.type === type);
}
const ready = () => ({ state: 'ready', message: '' });
const waiting = (message) => ({ state: 'progressing', message });
const failed = (message) => ({ state: 'failed', message });


/***/ }),

/***/ 3666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ HelmClient),
/* harmony export */   gT: () => (/* binding */ defaultHelmConfig)
/* harmony export */ });
/* unused harmony export chartArgs */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8854);
/**
 * HelmClient: the helm calls of the apply layer over the Exec port. Works
 * with helm v3 and v4, detected at run time (`helm version --short`): the
 * only flag that differs is the roll-back-on-failure switch (`--atomic` in
 * v3, `--rollback-on-failure` in v4). Values go on stdin (`--values -`).
 */



/** helm from PATH with the default retry policy. */
function defaultHelmConfig() {
    return { binary: 'helm', retry: (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultRetryOptions */ .Me)() };
}
const pendingStates = new Set([
    'pending-install',
    'pending-upgrade',
    'pending-rollback'
]);
/** The helm calls of the apply layer; one instance per cluster. */
class HelmClient {
    exec;
    clock;
    config;
    onRetry;
    shared;
    majorVersion;
    constructor(exec, clock, config, onRetry, shared) {
        this.exec = exec;
        this.clock = clock;
        this.config = config;
        this.onRetry = onRetry;
        this.shared = shared;
    }
    /** The same client reporting retries to `listener`; shares the version probe. */
    withRetryListener(listener) {
        return new HelmClient(this.exec, this.clock, this.config, listener, this.shared ?? this);
    }
    /** 3 or 4, from `helm version --short` (asked once per client). */
    major() {
        const owner = this.shared ?? this;
        owner.majorVersion ??= this.probeMajor();
        return owner.majorVersion;
    }
    /** The release's revisions, oldest first; undefined when it does not exist. */
    async history(release, namespace) {
        const args = ['history', release, '--namespace', namespace, '-o', 'json'];
        const result = await this.run(args);
        if (result.exitCode !== 0) {
            if (/not found/i.test(result.stderr))
                return undefined;
            throw this.toolError(args, result);
        }
        const revisions = parseRevisions(result.stdout);
        if (!revisions) {
            throw this.toolError(args, {
                ...result,
                stderr: `unexpected output (not a list of revisions): ${result.stdout.slice(0, 200)}`
            });
        }
        return revisions.sort((a, b) => a.revision - b.revision);
    }
    /**
     * Unblocks a release left pending by a cancelled run (the "another
     * operation is in progress" trap): rolls back to the last good revision,
     * or uninstalls a release that was never deployed. Resolves with what it
     * did, or undefined when the release was not pending. Safe because the
     * cluster lock guarantees no other ClusterSync run is operating on it.
     */
    async recoverPending(release, namespace, timeoutMs) {
        const revisions = await this.history(release, namespace);
        const latest = revisions?.at(-1);
        if (!revisions || !latest || !pendingStates.has(latest.status))
            return;
        const good = [...revisions]
            .reverse()
            .find((r) => r.status === 'deployed' || r.status === 'superseded');
        const wait = `${Math.ceil(timeoutMs / 1000)}s`;
        if (good) {
            const args = ['rollback', release, String(good.revision)];
            await this.runOk([
                ...args,
                '--namespace',
                namespace,
                '--wait',
                '--timeout',
                wait
            ]);
            return `release ${namespace}/${release} was ${latest.status} (revision ${latest.revision}); rolled back to revision ${good.revision}`;
        }
        await this.uninstall(release, namespace, timeoutMs);
        return `release ${namespace}/${release} was ${latest.status} and never deployed; uninstalled it`;
    }
    /**
     * `helm upgrade --install` with wait and roll back on failure. Resolves
     * with the result whatever the exit code; the caller reports it.
     */
    async upgradeInstall(request) {
        const rollback = (await this.major()) === 4 ? '--rollback-on-failure' : '--atomic';
        const args = [
            'upgrade',
            '--install',
            request.release,
            ...chartArgs(request),
            '--namespace',
            request.namespace,
            '--create-namespace',
            '--values',
            '-',
            '--wait',
            rollback,
            '--timeout',
            `${Math.ceil(request.timeoutMs / 1000)}s`
        ];
        return this.run(args, JSON.stringify(request.values), request.timeoutMs);
    }
    /** Uninstalls a release (prune); a missing release is fine. */
    async uninstall(release, namespace, timeoutMs) {
        const args = ['uninstall', release, '--namespace', namespace, '--wait'];
        const result = await this.run([...args, '--timeout', `${Math.ceil(timeoutMs / 1000)}s`], undefined, timeoutMs);
        if (result.exitCode !== 0 && !/not found/i.test(result.stderr))
            throw this.toolError(args, result);
    }
    /** A ToolError naming the helm command (connection flags left out). */
    toolError(args, result) {
        const command = `helm ${args.join(' ')}`;
        const why = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`${command} failed (${why}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .trimOutput */ .KY)(result.stderr) || 'no output'}`, command, result.exitCode, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .trimOutput */ .KY)(result.stderr));
    }
    async runOk(args) {
        const result = await this.run(args);
        if (result.exitCode !== 0)
            throw this.toolError(args, result);
        return result;
    }
    run(args, input, timeoutMs = 120_000) {
        const argv = [...args, ...this.connectionArgs()];
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => this.exec.run(this.config.binary, argv, {
            ...(input === undefined ? {} : { input }),
            // helm enforces its own --timeout; this only catches a hung process.
            timeoutMs: timeoutMs + 60_000
        }), this.clock, this.config.retry, this.onRetry);
    }
    async probeMajor() {
        const result = await this.exec.run(this.config.binary, [
            'version',
            '--short'
        ]);
        const match = /^v?(\d+)\./.exec(result.stdout.trim());
        if (result.exitCode !== 0 || !match) {
            throw this.toolError(['version', '--short'], result);
        }
        const major = Number(match[1]);
        if (major !== 3 && major !== 4) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`helm v${major} is not supported; use helm v3 or v4`, `${this.config.binary} version --short`, 0, '');
        }
        return major;
    }
    connectionArgs() {
        return [
            ...(this.config.kubeconfig
                ? [`--kubeconfig=${this.config.kubeconfig}`]
                : []),
            ...(this.config.context ? [`--kube-context=${this.config.context}`] : [])
        ];
    }
}
/**
 * The chart argument(s): `<name> --repo <url> --version <v>` for an HTTP(S)
 * repository, `oci://…/<name> --version <v>` for OCI (the name appended
 * unless the reference already ends with it), or the chart folder's path.
 */
function chartArgs(request) {
    const { chart, chartName, chartVersion } = request;
    switch (chart.type) {
        case 'http':
            return [chartName, '--repo', chart.location, '--version', chartVersion];
        case 'oci': {
            const base = chart.location.replace(/\/+$/, '');
            const ref = base.endsWith(`/${chartName}`) ? base : `${base}/${chartName}`;
            return [ref, '--version', chartVersion];
        }
        case 'path':
            // A folder chart has exactly one version: the one in its Chart.yaml.
            return [
                (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(chart.location)
                    ? chart.location
                    : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(request.root, chart.location)
            ];
    }
}
/** `helm history -o json` as revisions; undefined when it is not that shape. */
function parseRevisions(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed))
        return undefined;
    const revisions = [];
    for (const item of parsed) {
        if (typeof item !== 'object' || item === null)
            return undefined;
        const { revision, status } = item;
        if (typeof revision !== 'number' || typeof status !== 'string') {
            return undefined;
        }
        revisions.push({ revision, status });
    }
    return revisions;
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ inventoryText),
/* harmony export */   A3: () => (/* binding */ applySetId),
/* harmony export */   Aj: () => (/* binding */ inventoryRef),
/* harmony export */   UO: () => (/* binding */ emptyInventory),
/* harmony export */   au: () => (/* binding */ parseInventory),
/* harmony export */   lv: () => (/* binding */ systemNamespace),
/* harmony export */   mu: () => (/* binding */ inventoryName),
/* harmony export */   qu: () => (/* binding */ writeInventory),
/* harmony export */   wl: () => (/* binding */ systemNamespaceObject),
/* harmony export */   zw: () => (/* binding */ readInventory)
/* harmony export */ });
/* unused harmony export applySetTooling */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(66);
/**
 * The inventory: what ClusterSync applied to a cluster, kept in the cluster
 * itself so every runner (a laptop, any CI job) sees the same record. One
 * ConfigMap per cluster definition in `clustersync-system`, written as a
 * KEP-3659 ApplySet parent (id label, tooling and contains-group-kinds
 * annotations; members carry the part-of label), so `kubectl` and other
 * tools recognise the set. It records, per step, the content digest, the
 * objects and the release, plus the last sync's metadata for `status`.
 */



/** Where the inventory and the lock live. */
const systemNamespace = 'clustersync-system';
/** The ApplySet `tooling` annotation value (name/version, as kubectl writes it). */
const applySetTooling = 'clustersync/v1';
const idLabel = 'applyset.kubernetes.io/id';
const toolingAnnotation = 'applyset.kubernetes.io/tooling';
const groupKindsAnnotation = 'applyset.kubernetes.io/contains-group-kinds';
const namespacesAnnotation = 'applyset.kubernetes.io/additional-namespaces';
const dataKey = 'inventory.json';
/** An empty inventory (nothing synced yet). */
function emptyInventory(cluster) {
    return { version: 1, cluster, steps: [] };
}
/** `clustersync-<cluster>`, made a valid object name. */
function inventoryName(cluster) {
    const clean = cluster
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return `clustersync-${clean}`.slice(0, 63).replace(/-+$/, '');
}
/**
 * The ApplySet id of the cluster's parent ConfigMap, computed as KEP-3659
 * says: `applyset-<base64url(sha256(name.namespace.kind.group))>-v1`.
 */
function applySetId(cluster) {
    const key = `${inventoryName(cluster)}.${systemNamespace}.ConfigMap.`;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64url');
    return `applyset-${hash}-v1`;
}
/** Reads the inventory; undefined when this cluster was never synced. */
async function readInventory(kubectl, cluster) {
    const [parent] = await kubectl.get([inventoryRef(cluster)]);
    const text = parent ? inventoryText(parent) : undefined;
    if (text === undefined)
        return undefined;
    return parseInventory(text, `${systemNamespace}/${inventoryName(cluster)}`);
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
    // Checked above field by field; the optional records (lastSync,
    // lastSynced) are only displayed, never acted on.
    return parsed;
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
        value.objects.every((o) => isObject(o) &&
            typeof o.apiVersion === 'string' &&
            typeof o.kind === 'string' &&
            typeof o.name === 'string'));
}
/** Writes the inventory (creating the namespace and the parent as needed). */
async function writeInventory(kubectl, inventory) {
    const members = inventory.steps.flatMap((s) => s.objects);
    const groupKinds = [
        ...new Set(members.map((m) => {
            const group = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(m.apiVersion);
            return group === '' ? m.kind : `${m.kind}.${group}`;
        }))
    ].sort();
    const namespaces = [
        ...new Set(members.flatMap((m) => (m.namespace ? [m.namespace] : [])))
    ]
        .filter((n) => n !== systemNamespace)
        .sort();
    const parent = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
            name: inventoryName(inventory.cluster),
            namespace: systemNamespace,
            labels: { [idLabel]: applySetId(inventory.cluster) },
            annotations: {
                [toolingAnnotation]: applySetTooling,
                [groupKindsAnnotation]: groupKinds.join(','),
                [namespacesAnnotation]: namespaces.join(',')
            }
        },
        data: { [dataKey]: JSON.stringify(inventory) }
    };
    const { result } = await kubectl.apply([systemNamespaceObject(), parent], {
        force: true
    });
    if (result.exitCode !== 0) {
        throw kubectl.toolError(['apply', '--server-side', '(inventory)'], result);
    }
}
/** The Namespace object of `clustersync-system`. */
function systemNamespaceObject() {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: systemNamespace }
    };
}
/** The record's text in the parent ConfigMap, if it has one. */
function inventoryText(parent) {
    const data = (parent.data ?? {});
    return data[dataKey];
}
/** The inventory's parent ConfigMap. */
function inventoryRef(cluster) {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: inventoryName(cluster),
        namespace: systemNamespace
    };
}


/***/ }),

/***/ 862:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ inFlightFor),
/* harmony export */   W3: () => (/* binding */ KubeApiError),
/* harmony export */   Y5: () => (/* binding */ KubeApi),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* unused harmony export defaultInFlight */
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8854);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4401);



/** Thrown when a read fails for good; `text` reads like kubectl's stderr. */
class KubeApiError extends Error {
    status;
    text;
    name = 'KubeApiError';
    constructor(status, text) {
        super(text);
        this.status = status;
        this.text = text;
    }
}
/**
 * Requests at once for a sync of `concurrency` (its `--concurrency`): two
 * per step slot, 8 by default. 4–16 measured alike on 2 CPUs, so 8 leaves
 * room either way, and a user who turns concurrency down to spare the API
 * server gets fewer requests at once too.
 */
function inFlightFor(concurrency) {
    return Math.max(1, 2 * concurrency);
}
/** The bound with the default `--concurrency` of 4. */
const defaultInFlight = inFlightFor(4);
/** See the file comment. One per sync, over one transport. */
class KubeApi {
    transport;
    clock;
    retry;
    defaultNamespace;
    timeoutMs;
    mappings = new Map();
    slots;
    contextNamespace;
    constructor(transport, clock, retry, 
    /** The kubeconfig context's namespace, for namespaced objects that name none. */
    defaultNamespace, inFlight = defaultInFlight, timeoutMs = 60_000) {
        this.transport = transport;
        this.clock = clock;
        this.retry = retry;
        this.defaultNamespace = defaultNamespace;
        this.timeoutMs = timeoutMs;
        this.slots = new _slots_js__WEBPACK_IMPORTED_MODULE_0__/* .Slots */ .W(inFlight);
    }
    /** The live objects (missing ones left out), read concurrently. */
    async getAll(refs, managedFields, onRetry, signal) {
        const found = await Promise.all(refs.map(async (ref) => {
            const url = await this.url(ref, onRetry, signal);
            if (url === undefined)
                return undefined; // kind unknown: no such object
            const response = await this.send('GET', url, {}, onRetry, signal);
            if (response.status === 404)
                return undefined;
            if (!succeeded(response)) {
                throw new KubeApiError(response.status, errorText(response));
            }
            const object = JSON.parse(response.body);
            return managedFields ? object : withoutManagedFields(object);
        }));
        return found.filter((o) => o !== undefined);
    }
    /**
     * Server-side applies `objects`: runs of equal `rank` go concurrently, a
     * run starts once the one before it has answered (Namespaces and CRDs
     * before what needs them, webhooks after what they call), and a failed
     * object does not stop the others, as with `kubectl apply`. An object
     * whose rank is undefined goes alone, in the order given.
     */
    async applyAll(objects, rank, options, onRetry, signal) {
        const applied = [];
        const failures = [];
        let start = 0;
        while (start < objects.length) {
            const r = rank(objects[start]);
            let end = start + 1;
            while (r !== undefined &&
                end < objects.length &&
                rank(objects[end]) === r)
                end++;
            const run = objects.slice(start, end);
            const answers = await Promise.all(run.map((o, i) => this.applyOne(o, start + i, options, onRetry, signal)));
            for (const a of answers) {
                if ('failure' in a)
                    failures.push(a.failure);
                else
                    applied.push(a.object);
            }
            start = end;
        }
        return { applied, failures };
    }
    async applyOne(object, index, options, onRetry, signal) {
        const ref = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(object);
        const fail = (status, text, reason) => ({
            failure: { index, status, ...(reason ? { reason } : {}), text }
        });
        try {
            const target = await this.target(ref, onRetry, signal);
            if (target === undefined) {
                return fail(0, `error: resource mapping not found for name: "${ref.name}" namespace: "${ref.namespace ?? ''}" from "${ref.kind}/${ref.name}": no matches for kind "${ref.kind}" in version "${ref.apiVersion}"\nensure CRDs are installed first`);
            }
            const query = new URLSearchParams({
                fieldManager: 'clustersync',
                fieldValidation: 'Strict',
                ...(options.force ? { force: 'true' } : {}),
                ...(options.dryRun ? { dryRun: 'All' } : {})
            });
            // kubectl fills in the context's namespace; the server needs it in
            // the body too.
            const body = JSON.stringify(ref.namespace === undefined && target.namespace !== undefined
                ? {
                    ...object,
                    metadata: {
                        ...(object.metadata ?? {}),
                        namespace: target.namespace
                    }
                }
                : object);
            const response = await this.send('PATCH', `${target.path}?${query.toString()}`, { body, contentType: 'application/apply-patch+yaml' }, onRetry, signal);
            if (succeeded(response))
                return { object: JSON.parse(response.body) };
            return fail(response.status, errorText(response), parseStatus(response.body)?.reason);
        }
        catch (error) {
            return fail(error instanceof KubeApiError ? error.status : 0, error instanceof Error ? error.message : String(error));
        }
    }
    /** Creates an object; the answer's status tells AlreadyExists (409) apart. */
    async create(object) {
        const ref = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(object);
        const url = await this.url({ ...ref, name: '' });
        if (url === undefined)
            throw new KubeApiError(0, noKind(ref));
        return this.sendOnce('POST', url, JSON.stringify(object));
    }
    /** Replaces an object (its resourceVersion is the precondition). */
    async replace(object) {
        const ref = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(object);
        const url = await this.url(ref);
        if (url === undefined)
            throw new KubeApiError(0, noKind(ref));
        return this.sendOnce('PUT', url, JSON.stringify(object));
    }
    /**
     * Deletes an object once; a missing one answers 404, and one whose
     * resourceVersion is no longer `resourceVersion` (when given) 409.
     */
    async remove(ref, resourceVersion) {
        const url = await this.url(ref);
        if (url === undefined)
            throw new KubeApiError(0, noKind(ref));
        const options = resourceVersion
            ? JSON.stringify({
                apiVersion: 'v1',
                kind: 'DeleteOptions',
                preconditions: { resourceVersion }
            })
            : undefined;
        return this.sendOnce('DELETE', url, options);
    }
    /** One request, no retries: optimistic-concurrency writes (the lock). */
    async sendOnce(method, path, body) {
        await this.slots.acquire();
        try {
            return await this.transport.request({
                method,
                path,
                ...(body !== undefined
                    ? { body, contentType: 'application/json' }
                    : {}),
                timeoutMs: this.timeoutMs
            });
        }
        finally {
            this.slots.release();
        }
    }
    /** A request with kubectl's retries; transport failures become answers with status 0. */
    async send(method, path, extra, onRetry, signal) {
        let last = { status: 0, body: '' };
        const attempt = async () => {
            await this.slots.acquire();
            try {
                // A cancelled sync sends nothing more.
                if (signal?.aborted)
                    throw new Error('the sync was cancelled');
                last = await this.transport.request({
                    method,
                    path,
                    ...extra,
                    timeoutMs: this.timeoutMs,
                    ...(signal ? { signal } : {})
                });
            }
            catch (error) {
                // The transport words its failures as kubectl would (a reset or a
                // timeout may pass, a refusal says whether the server or the proxy
                // is away), so the retry rules read them as they are.
                last = {
                    status: 0,
                    body: error instanceof Error ? error.message : String(error)
                };
            }
            finally {
                this.slots.release();
            }
            const ok = succeeded(last);
            return {
                exitCode: ok ? 0 : 1,
                stdout: '',
                // Only a failure is worth reading (retries decide on these words).
                stderr: ok || last.status === 404 ? '' : errorText(last),
                timedOut: false
            };
        };
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(attempt, this.clock, this.retry, onRetry, signal);
        return last;
    }
    /** The URL of `ref` (its collection when `name` is ''), or undefined for an unknown kind. */
    async url(ref, onRetry, signal) {
        return (await this.target(ref, onRetry, signal))?.path;
    }
    /**
     * Where `ref` lives: its URL, and for a namespaced kind the namespace it
     * is in (its own, else the context's); undefined for an unknown kind.
     */
    async target(ref, onRetry, signal) {
        const mapping = await this.mapping(ref.apiVersion, ref.kind, onRetry, signal);
        if (!mapping)
            return undefined;
        const group = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(ref.apiVersion);
        const base = group === '' ? `/api/${ref.apiVersion}` : `/apis/${ref.apiVersion}`;
        const namespace = mapping.namespaced
            ? (ref.namespace ?? (await this.namespaceDefault()))
            : undefined;
        const scope = namespace
            ? `/namespaces/${encodeURIComponent(namespace)}`
            : '';
        const name = ref.name === '' ? '' : `/${encodeURIComponent(ref.name)}`;
        return {
            path: `${base}${scope}/${mapping.plural}${name}`,
            ...(namespace !== undefined ? { namespace } : {})
        };
    }
    /**
     * The kind's mapping from the group version's resource list, read once per
     * sync; a kind it lacks (a CRD this sync just made) is looked up again.
     */
    async mapping(apiVersion, kind, onRetry, signal) {
        const cached = this.mappings.get(apiVersion);
        if (cached) {
            const found = (await cached).get(kind);
            if (found)
                return found;
            // Another caller missed too and is reading the list again: share it.
            const newer = this.mappings.get(apiVersion);
            if (newer && newer !== cached)
                return (await newer).get(kind);
        }
        const fresh = this.discover(apiVersion, onRetry, signal);
        this.mappings.set(apiVersion, fresh);
        return (await fresh).get(kind);
    }
    async discover(apiVersion, onRetry, signal) {
        const path = apiVersion.includes('/')
            ? `/apis/${apiVersion}`
            : `/api/${apiVersion}`;
        const response = await this.send('GET', path, {}, onRetry, signal);
        if (response.status === 404)
            return new Map();
        if (!succeeded(response)) {
            this.mappings.delete(apiVersion);
            throw new KubeApiError(response.status, errorText(response));
        }
        const list = JSON.parse(response.body);
        const byKind = new Map();
        for (const r of list.resources ?? []) {
            if (r.name.includes('/'))
                continue; // subresources (status, scale)
            byKind.set(r.kind, { plural: r.name, namespaced: r.namespaced });
        }
        return byKind;
    }
    namespaceDefault() {
        this.contextNamespace ??= this.defaultNamespace();
        return this.contextNamespace;
    }
}
/** A 2xx answer (0 stands for no answer at all). */
function succeeded(response) {
    return response.status >= 200 && response.status < 300;
}
/** `Error from server (Reason): message`, as kubectl prints a failed request. */
function errorText(response) {
    if (response.status === 0)
        return response.body;
    const status = parseStatus(response.body);
    if (status?.message) {
        return `Error from server${status.reason ? ` (${status.reason})` : ''}: ${status.message}`;
    }
    // Not a Status: the proxy's own words (the API server is away) or a
    // gateway's page; the HTTP status first so retries recognise 5xx.
    const text = response.body.trim().split('\n').slice(0, 3).join(' ');
    return `Error from server (HTTP ${response.status} ${httpWords(response.status)}): ${text || 'no body'}`;
}
function parseStatus(body) {
    try {
        const parsed = JSON.parse(body);
        if (parsed.kind !== 'Status')
            return undefined;
        return {
            ...(typeof parsed.message === 'string'
                ? { message: parsed.message }
                : {}),
            ...(typeof parsed.reason === 'string' && parsed.reason !== ''
                ? { reason: parsed.reason }
                : {})
        };
    }
    catch {
        return undefined;
    }
}
function httpWords(status) {
    const words = {
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout'
    };
    return words[status] ?? '';
}
function noKind(ref) {
    return `error: no matches for kind "${ref.kind}" in version "${ref.apiVersion}"`;
}
function withoutManagedFields(object) {
    const metadata = object.metadata;
    if (!metadata || !('managedFields' in metadata))
        return object;
    const rest = { ...metadata };
    delete rest.managedFields;
    return { ...object, metadata: rest };
}


/***/ }),

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Nn: () => (/* binding */ appliedDocument),
/* harmony export */   Qb: () => (/* binding */ parseKubectlJson),
/* harmony export */   XF: () => (/* binding */ refKey),
/* harmony export */   Yj: () => (/* binding */ listDocument),
/* harmony export */   _g: () => (/* binding */ stubOf),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   wC: () => (/* binding */ resourceVersionOf)
/* harmony export */ });
/* unused harmony exports partOfLabel, withLabels */
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
            items.push(...list);
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
    return withLabels({ ...body, metadata }, { [partOfLabel]: applySetId });
}
/** A copy of `body` with the given labels merged into `metadata.labels`. */
function withLabels(body, labels) {
    const metadata = { ...(body.metadata ?? {}) };
    const existing = (metadata.labels ?? {});
    metadata.labels = { ...existing, ...labels };
    return { ...body, metadata };
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ KubectlClient),
/* harmony export */   M_: () => (/* binding */ defaultKubectlConfig),
/* harmony export */   wM: () => (/* binding */ fieldManager)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _plan_kind_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(948);
/* harmony import */ var _kube_api_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(862);
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(66);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8854);
/**
 * KubectlClient: every kubectl call ClusterSync makes, over the Exec port.
 * Objects travel as one JSON List on stdin (`-f -`), so a step costs one
 * process however many objects it holds (STYLE.md §5.9). The kubeconfig and
 * context are passed explicitly on every call and never printed.
 */





/** ClusterSync's field manager: owns what the definition declares. */
const fieldManager = 'clustersync';
/** kubectl from PATH, the current kubeconfig, 2 minutes per call. */
function defaultKubectlConfig() {
    return {
        binary: 'kubectl',
        callTimeoutMs: 120_000,
        retry: (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultRetryOptions */ .Me)()
    };
}
/**
 * The kubectl calls of the apply layer; one instance per cluster. With a
 * CallPool, `get` and `apply` of concurrent steps are merged into few
 * processes (see call-pool.ts); without one, every call is its own process.
 */
class KubectlClient {
    exec;
    clock;
    config;
    onRetry;
    signal;
    pool;
    api;
    constructor(exec, clock, config, onRetry, signal, pool, 
    /** When set, `get` and `apply` go over the API channel (kube-api.ts). */
    api) {
        this.exec = exec;
        this.clock = clock;
        this.config = config;
        this.onRetry = onRetry;
        this.signal = signal;
        this.pool = pool;
        this.api = api;
    }
    /** True when reads and applies go over the API channel, not kubectl processes. */
    get overApi() {
        return this.api !== undefined;
    }
    /** The same client, reporting its retries to `listener` (one per step). */
    withRetryListener(listener) {
        return new KubectlClient(this.exec, this.clock, this.config, listener, this.signal, this.pool, this.api);
    }
    /** The same client without the pool, reporting retries to `listener`. */
    unpooled(listener) {
        return new KubectlClient(this.exec, this.clock, this.config, listener, this.signal);
    }
    /** Runs `kubectl <args>` with retries; resolves with the last result. */
    async run(args, input) {
        const argv = [...this.connectionArgs(), ...args];
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => this.exec.run(this.config.binary, argv, {
            ...(input === undefined ? {} : { input }),
            timeoutMs: this.config.callTimeoutMs,
            ...(this.signal ? { signal: this.signal } : {})
        }), this.clock, this.config.retry, this.onRetry, this.signal);
    }
    /**
     * Runs `kubectl <args>` once, without retries: for optimistic-concurrency
     * writes (the lock), where a conflict is an answer, not a hiccup.
     */
    runOnce(args, input) {
        return this.exec.run(this.config.binary, [...this.connectionArgs(), ...args], {
            ...(input === undefined ? {} : { input }),
            timeoutMs: this.config.callTimeoutMs,
            ...(this.signal ? { signal: this.signal } : {})
        });
    }
    /**
     * `kubectl create|replace -f - -o json` of one object, once (optimistic
     * concurrency: a conflict is an answer). Over the API channel the answer
     * reads the same: the object on stdout, kubectl's wording on stderr.
     */
    async writeOnce(verb, object) {
        if (!this.api) {
            return this.runOnce([verb, '-f', '-', '-o', 'json'], JSON.stringify(object));
        }
        const response = verb === 'create'
            ? await this.api.create(object)
            : await this.api.replace(object);
        return answerOf(response);
    }
    /**
     * Deletes one object once; a missing one is fine (`--ignore-not-found`).
     * Over the API channel, `resourceVersion` is a precondition: an object
     * written since is left alone (kubectl has no flag for it).
     */
    async deleteOnce(ref, resourceVersion) {
        if (!this.api) {
            return this.runOnce([
                'delete',
                ref.kind.toLowerCase(),
                ref.name,
                ...(ref.namespace ? ['--namespace', ref.namespace] : []),
                '--ignore-not-found'
            ]);
        }
        const response = await this.api.remove(ref, resourceVersion);
        return response.status === 404
            ? { exitCode: 0, stdout: '', stderr: '', timedOut: false }
            : answerOf(response);
    }
    /** Like `run`, but a non-zero exit throws a ToolError naming the command. */
    async runOk(args, input) {
        const result = await this.run(args, input);
        if (result.exitCode !== 0)
            throw this.toolError(args, result);
        return result;
    }
    /** The live state of the given objects (with managedFields if asked); missing ones are left out. */
    async get(refs, managedFields = false) {
        if (refs.length === 0)
            return [];
        if (this.api)
            return this.getOverApi(this.api, refs, managedFields);
        if (!this.pool)
            return this.getNow(refs, managedFields);
        return this.pool.submit(`get:${managedFields}`, refs, (requests) => this.mergedGet(requests, managedFields), this.onRetry);
    }
    /** One `kubectl get` for several requests; see call-pool.ts. */
    async mergedGet(requests, managedFields) {
        try {
            const live = await this.unpooled(fanOut(requests)).getNow(requests.flatMap((r) => r.items), managedFields);
            const byKey = new Map(live.map((o) => [(0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8)(o)), o]));
            return requests.map((r) => r.items.flatMap((ref) => {
                const o = byKey.get((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(ref));
                return o ? [o] : [];
            }));
        }
        catch (error) {
            // Retries already ran out on a cluster that is away: asking again per
            // request would only multiply the wait.
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4 && (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransient */ .dg)({ stderr: error.stderr }))
                return requests.map(() => error);
            // Which request made it fail? Each alone tells; one at a time keeps
            // the pool's process bound.
            const answers = [];
            for (const r of requests) {
                answers.push(await this.unpooled(r.onRetry)
                    .getNow(r.items, managedFields)
                    .catch(asError));
            }
            return answers;
        }
    }
    async getOverApi(api, refs, managedFields) {
        try {
            return await api.getAll(refs, managedFields, this.onRetry, this.signal);
        }
        catch (error) {
            if (!(error instanceof _kube_api_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4(`reading ${refs.length === 1 && refs[0] ? (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .subjectOf */ .et)(refs[0]) : `${refs.length} objects`} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(error.text)}`, 'kubectl get', 1, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(error.text));
        }
    }
    async getNow(refs, managedFields) {
        const result = await this.runOk([
            'get',
            '-f',
            '-',
            '-o',
            'json',
            '--ignore-not-found',
            // Only conflict attribution needs them; they triple the output.
            ...(managedFields ? ['--show-managed-fields'] : [])
        ], (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listDocument */ .Yj)(refs.map(_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .stubOf */ ._g)));
        return result.stdout.trim() === '' ? [] : (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .parseKubectlJson */ .Qb)(result.stdout);
    }
    /**
     * Server-side applies `objects` in one process, in the order given, and
     * resolves with what the API server returned. A failure resolves too
     * (`result.exitCode`), because kubectl goes on after a failed object and
     * the caller must tell which objects did land.
     */
    async apply(objects, options) {
        if (this.api && objects.length > 0)
            return this.applyOverApi(this.api, objects, options);
        if (!this.pool || objects.length === 0)
            return this.applyNow(objects, options);
        return this.pool.submit(`apply:${options.force}:${options.dryRun === true}`, objects, (requests) => this.mergedApply(requests, options), this.onRetry);
    }
    /**
     * One `kubectl apply` for several requests. On failure each request is
     * applied again alone, so its result and stderr are its own.
     */
    async mergedApply(requests, options) {
        const all = requests.flatMap((r) => r.items);
        const merged = await this.unpooled(fanOut(requests)).applyNow(all, options);
        if (merged.result.exitCode === 0) {
            const result = { ...merged.result, stdout: '' };
            // kubectl prints what it applied in input order; match by position
            // when nothing is missing, by name otherwise.
            if (merged.applied.length === all.length) {
                let at = 0;
                return requests.map((r) => {
                    const applied = merged.applied.slice(at, at + r.items.length);
                    at += r.items.length;
                    return { result, applied };
                });
            }
            const byKey = new Map(merged.applied.map((o) => [(0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8)(o)), o]));
            return requests.map((r) => ({
                result,
                applied: r.items.flatMap((o) => {
                    const live = byKey.get((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8)(o)));
                    return live ? [live] : [];
                })
            }));
        }
        // Out of retries on a transient failure: every request shares it.
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransient */ .dg)(merged.result))
            return requests.map(() => merged);
        const answers = [];
        for (const r of requests) {
            answers.push(await this.unpooled(r.onRetry).applyNow(r.items, options).catch(asError));
        }
        return answers;
    }
    async applyOverApi(api, objects, options) {
        const { applied, failures } = await api.applyAll(objects, applyRank, options, this.onRetry, this.signal);
        return {
            result: {
                exitCode: failures.length > 0 ? 1 : 0,
                stdout: '',
                stderr: failures.map((f) => f.text).join('\n'),
                timedOut: false
            },
            applied,
            failures
        };
    }
    async applyNow(objects, options) {
        const args = [
            'apply',
            '--server-side',
            `--field-manager=${fieldManager}`,
            ...(options.force ? ['--force-conflicts'] : []),
            ...(options.dryRun ? ['--dry-run=server'] : []),
            '-f',
            '-',
            '-o',
            'json'
        ];
        const result = await this.run(args, (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listDocument */ .Yj)(objects));
        let applied = [];
        try {
            applied = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .parseKubectlJson */ .Qb)(result.stdout);
        }
        catch {
            // Output cut short by a failure: nothing we can attribute; the exit
            // code and stderr still say what happened.
        }
        return { result, applied };
    }
    /** Waits until the named CRDs are Established (their CRs can be applied). */
    async waitEstablished(names, timeoutMs) {
        if (names.length === 0)
            return;
        await this.runOk([
            'wait',
            '--for=condition=Established',
            `--timeout=${Math.ceil(timeoutMs / 1000)}s`,
            ...names.map((n) => `customresourcedefinition/${n}`)
        ]);
    }
    /** Deletes the objects (missing ones are fine) and waits for them to go. */
    async delete(refs, timeoutMs) {
        if (refs.length === 0)
            return;
        await this.runOk([
            'delete',
            '-f',
            '-',
            '--ignore-not-found',
            '--wait=true',
            `--timeout=${Math.ceil(timeoutMs / 1000)}s`
        ], (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listDocument */ .Yj)(refs.map(_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .stubOf */ ._g)));
    }
    /** The last few event messages about one object, newest last. */
    async events(ref, limit = 3) {
        const result = await this.run([
            'get',
            'events',
            ...(ref.namespace ? ['--namespace', ref.namespace] : []),
            '--field-selector',
            `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`,
            '--sort-by=.lastTimestamp',
            '-o',
            'json'
        ]);
        if (result.exitCode !== 0)
            return [];
        return (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .parseKubectlJson */ .Qb)(result.stdout)
            .map((e) => `${String(e.reason)}: ${String(e.message)}`.trim())
            .slice(-limit);
    }
    /** A ToolError for a failed call; the command shown omits connection flags. */
    toolError(args, result) {
        const command = `kubectl ${args.join(' ')}`;
        const why = result.timedOut
            ? `timed out after ${this.config.callTimeoutMs / 1000}s`
            : `exit code ${result.exitCode}`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4(`${command} failed (${why}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(result.stderr) || 'no output'}`, command, result.exitCode, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOutput */ .KY)(result.stderr));
    }
    connectionArgs() {
        return [
            ...(this.config.kubeconfig
                ? [`--kubeconfig=${this.config.kubeconfig}`]
                : []),
            ...(this.config.context ? [`--context=${this.config.context}`] : [])
        ];
    }
}
/** A listener that tells every request of a merged call about its retries. */
function fanOut(requests) {
    return (attempt, delayMs) => {
        for (const r of requests)
            r.onRetry?.(attempt, delayMs);
    };
}
/** An API answer as a kubectl process would have given it. */
function answerOf(response) {
    const ok = (0,_kube_api_js__WEBPACK_IMPORTED_MODULE_2__/* .succeeded */ .gq)(response);
    return {
        exitCode: ok ? 0 : 1,
        stdout: ok ? response.body : '',
        stderr: ok ? '' : (0,_kube_api_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(response),
        timedOut: false
    };
}
/**
 * The plan's kind order: Kubernetes' own kinds of equal rank may be applied
 * together. Custom resources go one at a time in the order written, as
 * kubectl sends them: an operator's admission webhook may check that what a
 * resource refers to exists already.
 */
function applyRank(object) {
    return (0,_plan_kind_order_js__WEBPACK_IMPORTED_MODULE_1__/* .builtInRank */ .Im)((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .groupOf */ .F8)(String(object.apiVersion)), String(object.kind));
}
function asError(error) {
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 8569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ leaseName),
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   mf: () => (/* binding */ leaseRef),
/* harmony export */   t4: () => (/* binding */ defaultLockOptions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8328);
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(66);
/**
 * One sync at a time per cluster: a coordination.k8s.io Lease in
 * `clustersync-system`, taken with optimistic concurrency (create, or replace
 * at a known resourceVersion) and renewed while the sync runs. A second run
 * waits for it, then fails naming the holder; a lease whose holder stopped
 * renewing (a killed runner) expires after `leaseDurationSeconds` and is
 * taken over.
 */



/** 60 s leases (renewed every 20 s), wait up to 10 minutes. */
function defaultLockOptions(identity) {
    return {
        identity,
        leaseDurationSeconds: 60,
        waitTimeoutMs: 600_000,
        pollIntervalMs: 2_000
    };
}
/** Thrown when the lock stayed taken for the whole wait. */
class LockTimeoutError extends Error {
    holder;
    name = 'LockTimeoutError';
    constructor(holder, waitedMs) {
        super(`another sync holds the cluster lock (held by ${holder}); waited ${Math.round(waitedMs / 1000)}s`);
        this.holder = holder;
    }
}
/** The Lease's name: the inventory's, so both are found together. */
function leaseName(cluster) {
    return (0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryName */ .mu)(cluster);
}
/**
 * Takes the cluster's lock, waiting while another live holder has it.
 * Throws LockTimeoutError naming the holder when `waitTimeoutMs` runs out.
 */
async function acquireLock(kubectl, cluster, clock, logger, options) {
    const started = clock.now().getTime();
    // Optimistic first: a released lock is deleted, so the lease is usually
    // absent and one `create` takes it; a read first would cost a kubectl call
    // on every sync. AlreadyExists (or a missing namespace, created here) falls
    // through to the read-and-decide loop below, which is unchanged.
    const at = clock.now();
    const first = await writeLease(kubectl, cluster, options, at, undefined, at);
    if (first !== undefined) {
        return startRenewal(kubectl, cluster, clock, logger, options, first, at);
    }
    let announced = '';
    for (;;) {
        const current = await readLease(kubectl, cluster);
        const now = clock.now();
        const state = current ? leaseState(current, now) : undefined;
        if (!current || state?.expired || state?.holder === options.identity) {
            const rv = current ? resourceVersion(current) : undefined;
            if (current && state?.expired && state.holder !== options.identity) {
                logger.warning(`taking over the cluster lock from ${state.holder}: it expired`);
            }
            const held = await writeLease(kubectl, cluster, options, now, rv, now);
            if (held !== undefined) {
                return startRenewal(kubectl, cluster, clock, logger, options, held, now);
            }
            continue; // someone else won the race; look again
        }
        const waited = now.getTime() - started;
        if (waited >= options.waitTimeoutMs) {
            throw new LockTimeoutError(state?.holder ?? 'unknown', waited);
        }
        if (announced !== state?.holder) {
            announced = state?.holder ?? '';
            logger.info(`waiting for the cluster lock, held by ${announced}`);
        }
        await clock.sleep(options.pollIntervalMs);
    }
}
/** The lock's holder, or undefined when nobody holds it. */
async function readLock(kubectl, cluster, now) {
    const lease = await readLease(kubectl, cluster);
    return lease ? leaseState(lease, now) : undefined;
}
function startRenewal(kubectl, cluster, clock, logger, options, firstVersion, acquired) {
    const stop = new AbortController();
    let version = firstVersion;
    let lost = false;
    const every = (options.leaseDurationSeconds * 1000) / 3;
    const loop = (async () => {
        while (!stop.signal.aborted && !lost) {
            await clock.sleep(every, stop.signal);
            if (stop.signal.aborted)
                break;
            let next;
            try {
                next = await writeLease(kubectl, cluster, options, clock.now(), version, acquired);
            }
            catch (error) {
                // Not answered (the cluster is away for a moment): nobody else can
                // take the lease meanwhile, so try again at the next turn; only a
                // lease written by another run (undefined below) means it is lost.
                logger.warning(`could not renew the cluster lock, trying again: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
                continue;
            }
            if (next === undefined) {
                lost = true;
                logger.warning('lost the cluster lock: another run took it over');
            }
            else
                version = next;
        }
    })();
    return {
        lost: () => lost,
        release: async () => {
            stop.abort();
            await loop;
            if (lost)
                return;
            // Delete only our own lease: over the API channel its last
            // resourceVersion is the precondition, so a lease another run took
            // over meanwhile stays (the kubectl fallback cannot say so). A failure
            // just leaves a lease that expires on its own.
            await kubectl
                .deleteOnce(leaseRef(cluster), version)
                .catch(() => undefined);
        }
    };
}
/** Creates (rv undefined) or replaces the lease; the new resourceVersion, or undefined if another run got there first. */
async function writeLease(kubectl, cluster, options, now, rv, acquired) {
    const lease = {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
            name: leaseName(cluster),
            namespace: _inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .systemNamespace */ .lv,
            ...(rv ? { resourceVersion: rv } : {})
        },
        spec: {
            holderIdentity: options.identity,
            leaseDurationSeconds: options.leaseDurationSeconds,
            acquireTime: microTime(acquired),
            renewTime: microTime(now)
        }
    };
    const verb = rv ? 'replace' : 'create';
    const result = await kubectl.writeOnce(verb, lease);
    if (result.exitCode === 0) {
        const [written] = (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKubectlJson */ .Qb)(result.stdout);
        return (written && resourceVersion(written)) ?? '';
    }
    if (/AlreadyExists|already exists|has been modified|Conflict/i.test(result.stderr))
        return undefined;
    if (/namespaces? "?clustersync-system"? not found/i.test(result.stderr)) {
        await kubectl
            .writeOnce('create', (0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .systemNamespaceObject */ .wl)())
            .catch(() => undefined);
        return undefined;
    }
    throw kubectl.toolError([verb, 'lease'], result);
}
/** The cluster's Lease. */
function leaseRef(cluster) {
    return {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        name: leaseName(cluster),
        namespace: _inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .systemNamespace */ .lv
    };
}
async function readLease(kubectl, cluster) {
    const [lease] = await kubectl.get([leaseRef(cluster)]);
    return lease;
}
function leaseState(lease, now) {
    const spec = (lease.spec ?? {});
    const holder = typeof spec.holderIdentity === 'string' ? spec.holderIdentity : 'unknown';
    const renew = typeof spec.renewTime === 'string' ? spec.renewTime : undefined;
    const duration = Number(spec.leaseDurationSeconds ?? 0);
    const expired = renew === undefined || Date.parse(renew) + duration * 1000 < now.getTime();
    return { holder, ...(renew ? { renewTime: renew } : {}), expired };
}
function resourceVersion(object) {
    const metadata = (object.metadata ?? {});
    return typeof metadata.resourceVersion === 'string'
        ? metadata.resourceVersion
        : undefined;
}
/** RFC 3339 with microseconds, as the Lease's MicroTime fields want. */
function microTime(date) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ countOutcomes),
/* harmony export */   cQ: () => (/* binding */ unchangedOutcome),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
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
        ...(c.skipped > 0 ? [`${c.skipped} skipped`] : [])
    ].join(', ');
    switch (result.reason) {
        case 'Succeeded':
            return `Synced: ${counts}`;
        case 'ValidationFailed': {
            const errors = result.diagnostics.filter((d) => d.severity === 'error');
            return `Error: the definition is invalid (${errors.length} error${errors.length === 1 ? '' : 's'})`;
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


/***/ }),

/***/ 4460:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ pruneGuardViolations),
/* harmony export */   SO: () => (/* binding */ defaultPruneOptions),
/* harmony export */   s: () => (/* binding */ computePrune),
/* harmony export */   uf: () => (/* binding */ runPrune)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66);
/**
 * Pruning: removing from the cluster what the definition no longer declares
 * — only objects and releases the inventory says ClusterSync applied, never
 * anything else. Removal runs in reverse dependency order (the inventory
 * keeps each step's topological position), so dependents and higher waves
 * go first, and within a step objects go in reverse apply order.
 */


/** Prune on; destructive deletes need opt-in; at most half of > 4 objects. */
function defaultPruneOptions() {
    return {
        enabled: true,
        allowDestructive: false,
        maxShare: 0.5,
        minObjectsForShare: 4
    };
}
const destructiveKinds = new Set([
    'Namespace',
    'CustomResourceDefinition',
    'PersistentVolumeClaim'
]);
/**
 * What pruning would remove: inventory objects and releases the plan no
 * longer declares (an object that moved to another step is kept), grouped
 * per inventory step in reverse order. Pure, so `plan` can show it.
 */
function computePrune(plan, inventory) {
    if (!inventory)
        return [];
    const planned = new Set();
    const releases = new Set();
    const stepIds = new Set(plan.steps.map((s) => s.id));
    for (const step of plan.steps) {
        if (step.kind === 'addon')
            releases.add(`${step.namespace}/${step.name}`);
        else
            for (const o of step.objects)
                planned.add((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)({
                    apiVersion: o.object.apiVersion,
                    kind: o.object.kind,
                    name: o.object.name,
                    ...(o.namespace ? { namespace: o.namespace } : {})
                }));
    }
    return [...inventory.steps]
        .sort((a, b) => b.order - a.order)
        .flatMap((step) => {
        const objects = step.objects
            .filter((o) => !planned.has((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(o)))
            .reverse();
        const release = step.release &&
            !releases.has(`${step.release.namespace}/${step.release.name}`)
            ? step.release
            : undefined;
        if (objects.length === 0 && !release)
            return [];
        return [
            {
                step: step.id,
                stepRemoved: !stepIds.has(step.id),
                objects,
                ...(release ? { release } : {})
            }
        ];
    });
}
/**
 * Why the prune may not run without `--allow-destructive-prune`: protected
 * kinds, or too large a share of the inventory. Empty when it may.
 */
function pruneGuardViolations(groups, inventory, options) {
    if (options.allowDestructive)
        return [];
    const objects = groups.flatMap((g) => g.objects);
    const violations = objects
        .filter((o) => destructiveKinds.has(o.kind))
        .map((o) => `would delete ${(0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o)} (a ${o.kind})`);
    const total = inventory.steps.reduce((n, s) => n + s.objects.length, 0);
    if (total > options.minObjectsForShare &&
        objects.length / total > options.maxShare) {
        violations.push(`would delete ${objects.length} of ${total} objects in the inventory (more than ${Math.round(options.maxShare * 100)}%)`);
    }
    return violations;
}
/**
 * Deletes the groups in order: the release, then one `kubectl delete` per
 * group. Stops at the first failure, so the inventory keeps what is left and
 * the next sync tries again.
 */
async function runPrune(groups, kubectl, helm, timeoutMs) {
    const changes = [];
    for (const [i, group] of groups.entries()) {
        const pruned = (subject) => ({
            subject,
            action: 'pruned',
            step: 'prune',
            message: `was applied by ${group.step}`
        });
        try {
            if (group.release) {
                // A release goes before the objects of its step: it may use them.
                const { name, namespace } = group.release;
                await helm.uninstall(name, namespace, timeoutMs);
                changes.push(pruned(`helm:${namespace}/${name}`));
            }
            await kubectl.delete(group.objects, timeoutMs);
            changes.push(...group.objects.map((o) => pruned((0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(o))));
        }
        catch (error) {
            return {
                changes,
                remaining: groups.slice(i),
                error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)
            };
        }
    }
    return { changes, remaining: [] };
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ defaultRetryOptions),
/* harmony export */   R0: () => (/* binding */ isUnreachable),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dg: () => (/* binding */ isTransient)
/* harmony export */ });
/* unused harmony export backoffDelay */
/** 6 attempts, 1 s doubling up to 10 s: about 35 s of outage is ridden out. */
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
    /etcdserver: (leader changed|request timed out|too many requests)/,
    /the object has been modified; please apply your changes to the latest version/,
    /unable to connect to the server/,
    /context deadline exceeded/,
    /another operation \(install\/upgrade\/rollback\) is in progress/
];
/** True when a failed command's output says a retry may succeed. */
function isTransient(result) {
    const text = result.stderr.toLowerCase();
    return transientPatterns.some((p) => p.test(text));
}
/** True when the output says the API server could not be reached at all. */
function isUnreachable(result) {
    return /connection refused|the connection to the server \S+ was refused|unable to connect to the server|no such host|i\/o timeout|tls handshake timeout/i.test(result.stderr);
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
        const delay = backoffDelay(n, options);
        onRetry?.(n, delay);
        await clock.sleep(delay, signal);
        result = await attempt();
    }
    return result;
}
/** The delay before retry `n` (1-based): base·2^(n-1), capped. */
function backoffDelay(n, options) {
    return Math.min(options.baseDelayMs * 2 ** (n - 1), options.maxDelayMs);
}


/***/ }),

/***/ 4401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Slots)
/* harmony export */ });
/**
 * A bound on how many things run at once: `acquire` resolves when one of
 * `size` slots is free, `release` hands the slot to the next waiter (first
 * come, first served). The call pool bounds kubectl processes with it, the
 * API channel its requests in flight.
 */
class Slots {
    size;
    active = 0;
    waiting = [];
    constructor(size) {
        this.size = size;
    }
    acquire() {
        if (this.active < Math.max(1, this.size)) {
            this.active++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
}


/***/ }),

/***/ 6826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
        const { createCatalogLookup } = await __nccwpck_require__.e(/* import() */ 211).then(__nccwpck_require__.bind(__nccwpck_require__, 1211));
        const { loadBundledCatalog } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(40)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4040));
        return createCatalogLookup((await loadBundledCatalog()).entries);
    }
    catch {
        // Deliberately not an error: see above.
        return undefined;
    }
}


/***/ }),

/***/ 8084:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1707);
/* harmony import */ var _adapters_kube_direct_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3917);
/* harmony import */ var _adapters_node_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(438);
/* harmony import */ var _adapters_node_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2244);
/* harmony import */ var _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9180);
/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */





process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: {
        write: (t) => void process.stdout.write(t),
        isTTY: process.stdout.isTTY === true
    },
    stderr: {
        write: (t) => void process.stderr.write(t),
        isTTY: process.stderr.isTTY === true
    },
    cwd: process.cwd(),
    env: process.env,
    fs: (0,_adapters_node_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .createNodeFs */ .U)(),
    exec: (0,_adapters_node_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .createNodeExec */ .k)(),
    kubeApi: (0,_adapters_kube_direct_js__WEBPACK_IMPORTED_MODULE_1__/* .createKubeApiOpener */ .f)(),
    clock: (0,_adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .createSystemClock */ .g)()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: exitCodes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/package-files.ts
var package_files = __nccwpck_require__(9217);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/commands/catalog.ts
/**
 * `clustersync catalog list | search <term> | show <name> | check <folder>`:
 * browse the Helm registries add-ons can name with `registry_name`, and check
 * a registry folder before it is merged (exit 1 on errors, for CI).
 */

const usage = 'clustersync catalog list | search <term> | show <name> | check <folder> [--charts] [--registries <folder>] [--format text|json|github]';
/** The `catalog` command, registered in commands/index.ts. */
const catalogCommand = {
    name: 'catalog',
    summary: 'List, search and show the Helm registries add-ons can name; check a registry folder',
    usage,
    options: [
        {
            name: 'charts',
            type: 'boolean',
            description: 'search/show: also list the charts and versions of HTTP registries (reads their index.yaml over the network)'
        },
        {
            name: 'registries',
            type: 'string',
            description: 'list/search/show: read registries from this folder instead of the bundled catalog'
        },
        {
            name: 'timeout',
            type: 'number',
            description: 'Seconds to wait for a chart repository with --charts (default 10)'
        }
    ],
    run: runCatalog
};
async function runCatalog(args, ctx) {
    // The catalog's code loads only when the command runs.
    // One after the other: Jest's ESM loader fails on concurrent imports
    // that share a module.
    const { catalogFor, printRegistries, showRegistry } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(858)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6858));
    const { runCatalogCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(561)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4561));
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

;// CONCATENATED MODULE: ./src/adapters/cli-logger.ts
/** Creates a logger writing to `stderr`; `verbose` shows debug lines. */
function createCliLogger(stderr, verbose = false) {
    const secrets = new Set();
    const redact = (text) => {
        let out = text;
        for (const s of secrets)
            out = out.split(s).join('***');
        return out;
    };
    const line = (prefix, message) => stderr.write(`${prefix}${redact(message)}\n`);
    return {
        debug: (m) => {
            if (verbose)
                line('debug: ', m);
        },
        info: (m) => line('', m),
        warning: (m) => line('warning: ', m),
        error: (m) => line('error: ', m),
        group: async (title, fn) => {
            line('', `── ${title}`);
            return fn();
        },
        mask: (secret) => {
            // Very short strings would redact ordinary words; tokens and keys are long.
            if (secret.length >= 4)
                secrets.add(secret);
        }
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(3243);
;// CONCATENATED MODULE: ./src/definition/cluster-name.ts
/**
 * The cluster's name before the definition is validated, read from the root
 * file alone, without includes: the Action names its check run and commit
 * status after it at the very start, and a sync looks up the cluster's lock
 * and inventory with it while validating (apply/unchanged-inputs.ts). A
 * file that does not parse gives no name; validation then reports the real
 * problem. It is only a hint, so it is read with js-yaml, the smaller of the
 * two parsers, which keeps `yaml` out of the CLI's startup: where the two
 * could differ, the worst outcome is a name that finds no record.
 */


/** `metadata.name` of the root definition file, or undefined. */
async function peekClusterName(fs, root, file) {
    try {
        const text = new TextDecoder().decode(await fs.readFile(external_node_path_.posix.join(root, file)));
        const doc = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU });
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
        // Unreadable or not YAML: the caller's fallback names the run.
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/history.ts
/** The record of a sync that has started (Running) or ended (with its result). */
function syncRecord(metadata, result, runUrl) {
    const record = {
        v: 1,
        cluster: metadata.cluster,
        commit: metadata.commit,
        ref: metadata.ref,
        source: metadata.source,
        triggeredBy: metadata.triggeredBy,
        retryCount: metadata.retryCount,
        startedAt: metadata.startedAt,
        finishedAt: metadata.finishedAt,
        durationMs: metadata.durationMs,
        status: result ? historyStatus(result) : 'Running',
        reason: result?.reason,
        runUrl,
        filesUrl: metadata.filesUrl
    };
    // Drop undefined fields so the JSON (and the payload GitHub stores) is stable.
    return JSON.parse(JSON.stringify(record));
}
/** Success for synced and not-configured runs, Failed for errors. */
function historyStatus(result) {
    return result.status === 'error' ? 'Failed' : 'Success';
}
/** The deployment status state matching a result. */
function deploymentState(result) {
    if (result.status !== 'error')
        return 'success';
    // An unreachable cluster or a lock timeout is infrastructure, not the change.
    return result.reason === 'ClusterUnreachable' ||
        result.reason === 'LockTimeout'
        ? 'error'
        : 'failure';
}
const marker = 'clustersync:sync-record';
/** The record as a hidden block for a check run's text. */
function embedRecord(record) {
    return `<!-- ${marker} ${JSON.stringify(record).replace(/--/g, '\\u002d\\u002d')} -->`;
}
/** Reads an embedded record back; undefined when absent or malformed. */
function readEmbeddedRecord(text) {
    const m = new RegExp(`<!-- ${marker} (\\{.*?\\}) -->`).exec(text);
    if (!m)
        return undefined;
    return parseRecord(JSON.parse(m[1]));
}
/** Validates an unknown value (deployment payload) as a v1 record. */
function parseRecord(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const r = value;
    if (r.v !== 1 ||
        typeof r.cluster !== 'string' ||
        typeof r.source !== 'string' ||
        typeof r.startedAt !== 'string' ||
        typeof r.retryCount !== 'number') {
        return undefined;
    }
    const text = (k) => typeof r[k] === 'string' ? r[k] : undefined;
    return JSON.parse(JSON.stringify({
        v: 1,
        cluster: r.cluster,
        commit: text('commit'),
        ref: text('ref'),
        source: r.source,
        triggeredBy: text('triggeredBy'),
        retryCount: r.retryCount,
        startedAt: r.startedAt,
        finishedAt: text('finishedAt'),
        durationMs: typeof r.durationMs === 'number' ? r.durationMs : undefined,
        // A deployment's payload is written at the start (Running); a check
        // run's record at the end carries the outcome.
        status: r.status === 'Success' || r.status === 'Failed' ? r.status : 'Running',
        reason: text('reason'),
        runUrl: text('runUrl'),
        filesUrl: text('filesUrl')
    }));
}
const historyColumns = [
    'status',
    'source',
    'commit',
    'started',
    'triggered-by'
];
/**
 * Reads one page of a cluster's sync history: lists its deployments (100 per
 * call), sorts, and asks for the outcome of the rows shown only (of all rows
 * when sorting by status). Throws what the GitHub port throws.
 */
async function readHistory(api, query) {
    const limit = query.limit ?? 1000;
    const rows = [];
    for (let page = 1; rows.length < limit; page++) {
        const batch = await api.listDeployments(query.cluster, page, 100);
        for (const d of batch) {
            const record = parseRecord(d.payload);
            if (!record)
                continue; // someone else's deployment to this environment
            rows.push({
                id: d.id,
                status: 'Running',
                source: record.source,
                commit: d.sha,
                startedAt: record.startedAt,
                triggeredBy: record.triggeredBy ?? d.creator ?? '',
                retryCount: record.retryCount,
                runUrl: record.runUrl
            });
        }
        if (batch.length < 100)
            break;
    }
    const resolve = async (list) => {
        await Promise.all(list.map(async (row) => {
            const s = await api.latestDeploymentStatus(row.id);
            row.status = badge(s?.state);
            row.runUrl ??= s?.log_url;
        }));
    };
    if (query.sort.column === 'status')
        await resolve(rows);
    rows.sort(compareRows(query.sort));
    const pages = Math.max(1, Math.ceil(rows.length / query.perPage));
    const page = Math.min(Math.max(1, query.page), pages);
    const shown = rows.slice((page - 1) * query.perPage, page * query.perPage);
    if (query.sort.column !== 'status')
        await resolve(shown);
    return { rows: shown, page, pages, total: rows.length };
}
function badge(state) {
    if (state === 'success' || state === 'inactive')
        return 'Success';
    if (state === 'failure' || state === 'error')
        return 'Failed';
    return 'Running';
}
/** Compares by the column, then newest first, then id, so order is total. */
function compareRows(sort) {
    const key = (r) => {
        switch (sort.column) {
            case 'status':
                return r.status;
            case 'source':
                return r.source;
            case 'commit':
                return r.commit;
            case 'started':
                return r.startedAt;
            case 'triggered-by':
                return r.triggeredBy.toLowerCase();
        }
    };
    const sign = sort.direction === 'asc' ? 1 : -1;
    return (a, b) => {
        const ka = key(a);
        const kb = key(b);
        const primary = ka < kb ? -1 : ka > kb ? 1 : 0;
        if (primary !== 0)
            return primary * sign;
        if (a.startedAt !== b.startedAt)
            return a.startedAt < b.startedAt ? 1 : -1;
        return b.id - a.id;
    };
}
/** Parses `column[:asc|:desc]`; default direction: desc for started, else asc. */
function parseSort(text) {
    const [column = 'started', direction] = (text ?? 'started').split(':');
    if (!historyColumns.includes(column))
        return undefined;
    if (direction !== undefined && direction !== 'asc' && direction !== 'desc') {
        return undefined;
    }
    return {
        column: column,
        direction: direction ?? (column === 'started' ? 'desc' : 'asc')
    };
}

;// CONCATENATED MODULE: ./src/report/links.ts
/**
 * Links into the repository on its GitHub server. Every URL is built from
 * the run's server URL (GITHUB_SERVER_URL, read by the composition root), so
 * GitHub Enterprise Server works and nothing is hard-coded to github.com.
 */
/** Builds the links for `owner/name` on `serverUrl`; `runId` adds the run link. */
function repoLinks(serverUrl, repository, runId, runAttempt) {
    const repoUrl = `${serverUrl.replace(/\/+$/, '')}/${repository}`;
    const attempt = runAttempt !== undefined && runAttempt > 1 ? `/attempts/${runAttempt}` : '';
    return {
        repoUrl,
        runUrl: runId ? `${repoUrl}/actions/runs/${runId}${attempt}` : undefined,
        commitUrl: (sha) => `${repoUrl}/commit/${sha}`,
        treeUrl: (sha, path) => `${repoUrl}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}`
    };
}
/** The first 7 characters of a commit SHA, as GitHub shows it. */
function links_shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'unknown';
}

;// CONCATENATED MODULE: ./src/report/history-table.ts


const badges = {
    Success: '✅ Success',
    Failed: '❌ Failed',
    Running: '🔄 Running'
};
/** "just now", "5 minutes ago", "3 days ago"; future times read "just now". */
function relativeTime(iso, now) {
    const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
    if (!Number.isFinite(seconds))
        return iso;
    const units = [
        [365 * 86400, 'year'],
        [30 * 86400, 'month'],
        [7 * 86400, 'week'],
        [86400, 'day'],
        [3600, 'hour'],
        [60, 'minute']
    ];
    for (const [size, name] of units) {
        const n = Math.floor(seconds / size);
        if (n >= 1)
            return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
    return 'just now';
}
/**
 * Markdown table; the row with id `currentId` is highlighted (bold, ▶) so
 * the reader finds this run among the last ones.
 */
function renderHistoryMarkdown(rows, links, now, currentId) {
    if (rows.length === 0)
        return '_No syncs recorded yet._\n';
    const lines = [
        '| | Status | Source | Commit | Started | Triggered by |',
        '|---|---|---|---|---|---|'
    ];
    for (const r of rows) {
        const current = r.id === currentId;
        const b = (t) => (current ? `**${t}**` : t);
        const status = r.runUrl
            ? `[${badges[r.status]}](${r.runUrl})`
            : badges[r.status];
        lines.push(`| ${current ? '▶' : ''} | ${b(status)} | ${b(cell(r.source))} | ` +
            `${b(`[\`${shortSha(r.commit)}\`](${links.commitUrl(r.commit)})`)} | ` +
            `${b(relativeTime(r.startedAt, now))} | ${b(cell(r.triggeredBy))} |`);
    }
    return `${lines.join('\n')}\n`;
}
/** Aligned plain-text table with the commit URL, and a page footer. */
function renderHistoryText(page, links, now) {
    const header = [
        'STATUS',
        'SOURCE',
        'COMMIT',
        'STARTED',
        'TRIGGERED BY',
        'LINK'
    ];
    const body = page.rows.map((r) => [
        r.status,
        r.source,
        links_shortSha(r.commit),
        relativeTime(r.startedAt, now),
        r.triggeredBy,
        links.commitUrl(r.commit)
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
    const line = (row) => row
        .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ');
    const footer = page.total === 0
        ? 'no syncs recorded yet'
        : `page ${page.page} of ${page.pages} (${page.total} syncs)`;
    return [line(header), ...body.map(line), '', footer, ''].join('\n');
}
/** The JSON form: rows with absolute times and links, and the paging. */
function renderHistoryJson(page, links) {
    return `${JSON.stringify({
        page: page.page,
        pages: page.pages,
        total: page.total,
        syncs: page.rows.map((r) => ({
            ...r,
            commitUrl: links.commitUrl(r.commit)
        }))
    }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/cli/target.ts
var cli_target = __nccwpck_require__(9917);
;// CONCATENATED MODULE: ./src/cli/commands/history.ts
/**
 * `clustersync history [definition] [--cluster name] [--repo owner/name]
 * [--page N] [--sort column[:asc|:desc]] [--format text|json]`: the sync
 * history of a cluster, read from the GitHub Deployments the Action records
 * (environment = cluster name), 10 per page. Token from --token or
 * GITHUB_TOKEN; API URL from --api-url or GITHUB_API_URL (GitHub Enterprise
 * works); links from GITHUB_SERVER_URL or derived from the API URL.
 */








/** The `history` command, registered in commands/index.ts. */
const historyCommand = {
    name: 'history',
    summary: "Show a cluster's past syncs from GitHub: status, source, commit, start, who triggered it",
    usage: 'clustersync history [definition] [--cluster name] [--repo owner/name] [--page N] [--sort column[:asc|:desc]] [--format text|json]',
    options: [
        {
            name: 'cluster',
            type: 'string',
            description: 'Cluster name (default: metadata.name of the definition)'
        },
        {
            name: 'repo',
            type: 'string',
            description: 'Repository owner/name (default: GITHUB_REPOSITORY)'
        },
        {
            name: 'token',
            type: 'string',
            description: 'GitHub token (default: GITHUB_TOKEN)'
        },
        {
            name: 'api-url',
            type: 'string',
            description: 'GitHub API URL (default: GITHUB_API_URL, else https://api.github.com)'
        },
        {
            name: 'page',
            type: 'number',
            description: 'Page of 10 syncs, from 1 (default 1)'
        },
        {
            name: 'sort',
            type: 'string',
            description: `Sort by ${historyColumns.join(', ')}, optionally :asc or :desc (default started:desc)`
        }
    ],
    run: runHistory
};
async function runHistory(args, ctx) {
    const repository = (0,cli_args/* stringOption */.Pp)(args, 'repo') ?? ctx.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors/* UsageError */.eb('--repo owner/name is required (or set GITHUB_REPOSITORY)');
    }
    const token = (0,cli_args/* stringOption */.Pp)(args, 'token') ?? ctx.env.GITHUB_TOKEN ?? '';
    if (token === '')
        throw new errors/* UsageError */.eb('a GitHub token is required: --token or GITHUB_TOKEN');
    const page = (0,cli_args/* numberOption */.jZ)(args, 'page') ?? 1;
    if (!Number.isInteger(page) || page < 1)
        throw new errors/* UsageError */.eb(`option --page takes a whole number of 1 or more; got ${page}`);
    const sort = parseSort((0,cli_args/* stringOption */.Pp)(args, 'sort'));
    if (!sort) {
        throw new errors/* UsageError */.eb(`option --sort accepts ${historyColumns.join(', ')}, optionally followed by :asc or :desc; got "${(0,cli_args/* stringOption */.Pp)(args, 'sort') ?? ''}"`);
    }
    const format = (0,cli_args/* outputFormat */.B$)(args);
    if (format === 'github')
        throw new errors/* UsageError */.eb('history prints text or json');
    const cluster = (0,cli_args/* stringOption */.Pp)(args, 'cluster') ?? (await clusterFromDefinition(args, ctx));
    const apiUrl = (0,cli_args/* stringOption */.Pp)(args, 'api-url') ??
        ctx.env.GITHUB_API_URL ??
        'https://api.github.com';
    const logger = createCliLogger(ctx.stderr);
    logger.mask(token);
    // Loaded on demand: octokit and undici are most of the CLI bundle's
    // start-up time, and only this command talks to GitHub.
    const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(48)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6048));
    const api = createGitHubApi({
        token,
        apiUrl,
        owner,
        repo,
        clock: ctx.clock,
        logger
    });
    const result = await readHistory(api, { cluster, page, perPage: 10, sort });
    const links = repoLinks(ctx.env.GITHUB_SERVER_URL ?? serverFromApi(apiUrl), `${owner}/${repo}`);
    ctx.stdout.write(format === 'json'
        ? renderHistoryJson(result, links)
        : renderHistoryText(result, links, ctx.clock.now()));
    return 0;
}
async function clusterFromDefinition(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const name = await peekClusterName(ctx.fs, target.root, target.file);
    if (!name) {
        throw new errors/* UsageError */.eb(`could not read metadata.name from ${target.file}; pass --cluster`);
    }
    return name;
}
/** api.github.com → github.com; GHES https://host/api/v3 → https://host. */
function serverFromApi(apiUrl) {
    const url = new URL(apiUrl);
    if (url.hostname.startsWith('api.'))
        return `${url.protocol}//${url.host.slice(4)}`;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/$/, '');
}

// EXTERNAL MODULE: ./src/cli/commands/cluster-flags.ts
var cluster_flags = __nccwpck_require__(9237);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
/**
 * `clustersync plan [definition] [--kubeconfig file] [--context name]
 * [--live|--no-live] [--format text|json|github]`: validates the definition
 * and prints the ordered plan. With a cluster (a kubeconfig from the flag or
 * KUBECONFIG, or `--live`) it also shows what would change there, found with
 * server-side dry-runs; nothing is applied. Exit 0 planned, 1 invalid,
 * 2 usage, 3 cluster unreachable.
 */

/** The `plan` command, registered in commands/index.ts. */
const planCommand = {
    name: 'plan',
    summary: 'Show the order steps will be applied in and why; with a kubeconfig, what would change on the cluster',
    usage: 'clustersync plan [definition] [-f path] [--root dir] [--kubeconfig file] [--context name] [--live|--no-live] [--format text|json|github]',
    options: [
        {
            name: 'kubeconfig',
            type: 'string',
            description: 'Kubeconfig of the cluster to compare with (default: KUBECONFIG); turns on the live preview'
        },
        {
            name: 'context',
            type: 'string',
            description: 'Kubeconfig context (default: its current context)'
        },
        {
            name: 'live',
            type: 'boolean',
            description: 'Compare with the cluster (default: on when a kubeconfig is given); --no-live plans offline'
        },
        {
            name: 'ref',
            type: 'string',
            description: 'Branch being planned, for the wrong-branch check'
        },
        cluster_flags/* chartMirrorOption */.L9
    ],
    // The work (and most of ClusterSync's code) loads only when it runs.
    run: async (args, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(202), __nccwpck_require__.e(490), __nccwpck_require__.e(868)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4868))).runPlan(args, ctx)
};

;// CONCATENATED MODULE: ./src/cli/commands/status.ts

/** The `status` command, registered in commands/index.ts. */
const statusCommand = {
    name: 'status',
    summary: 'Show the sync status recorded in the cluster: Synced, Syncing, Error or Not Configured, and drift',
    usage: 'clustersync status [definition] --kubeconfig <file> [--context name] [--format text|json]',
    options: cluster_flags/* clusterOptions */.dU,
    // The work (and most of ClusterSync's code) loads only when it runs.
    run: async (args, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(202), __nccwpck_require__.e(490), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7088))).runStatus(args, ctx)
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/adapters/code-identity.ts
/**
 * Which code validates and plans: a digest of the running bundle (the CLI's
 * or the Action's, where this module was bundled) and the schema it checks
 * definitions against. A run's recorded inputs count only for the same
 * identity (apply/unchanged-inputs.ts), so a new ClusterSync — or the same
 * version built from other sources — validates again.
 */




let identity;
/** The identity, computed once per process (1.3 ms for the CLI's 347 KB bundle). */
function codeIdentity() {
    identity ??= (0,external_node_crypto_.createHash)('sha256')
        .update((0,external_node_fs_.readFileSync)((0,external_node_url_.fileURLToPath)(import.meta.url)))
        .update('\n')
        .update((0,external_node_fs_.readFileSync)((0,package_files/* packageFile */.n)('schemas/cluster-definition.v1.schema.json')))
        .digest('hex');
    return identity;
}

// EXTERNAL MODULE: ./src/apply/health.ts
var health = __nccwpck_require__(384);
// EXTERNAL MODULE: ./src/apply/lock.ts
var lock = __nccwpck_require__(8569);
// EXTERNAL MODULE: ./src/apply/prune.ts
var prune = __nccwpck_require__(4460);
// EXTERNAL MODULE: ./src/catalog/bundled-lookup.ts
var bundled_lookup = __nccwpck_require__(6826);
;// CONCATENATED MODULE: ./src/definition/input-journal.ts
/**
 * What the loader read, as a fingerprint that can be checked again without
 * loading: every file-system call the loader made (read, lstat, list,
 * realpath) and what it answered. The loader sees the repository only
 * through the FileSystem port, so the same calls answering the same way
 * mean the same definition, the same diagnostics and the same plan — the
 * rule build tools (make, ninja, Bazel) use to skip work, and the one Argo
 * CD's manifest cache keys on. A sync with nothing to do uses it to end
 * after one read of the cluster instead of validating again (sync.ts).
 *
 * Paths are kept relative to the repository root, so a fresh checkout of
 * the same commit elsewhere (another runner, a laptop) checks the same.
 */


/** Records the calls made through `fs` (see the file comment). */
class InputJournal {
    root;
    answers = new Map();
    constructor(root) {
        this.root = root;
    }
    /** `fs`, with every call recorded. */
    wrap(fs) {
        return {
            readFile: (path) => this.track('r', path, fs.readFile(path)),
            stat: (path) => this.track('s', path, fs.stat(path)),
            readdir: (path) => this.track('l', path, fs.readdir(path)),
            realpath: (path) => this.track('p', path, fs.realpath(path))
        };
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
    /** The digest of every recorded answer under `key` (see `digestAnswers`). */
    async digest(key) {
        const lines = await Promise.all([...this.answers].map(async ([call, answer]) => `${call} ${await answer}`));
        return digestAnswers(key, lines);
    }
    track(op, path, call) {
        const at = this.relativePath(path);
        // The loader asks each question once (memoizedFs); a repeat would ask
        // the same of the same file system, so the first answer stands.
        if (!this.answers.has(`${op} ${at}`)) {
            this.answers.set(`${op} ${at}`, call.then((value) => fingerprint(op, value, (p) => this.relativePath(p)), (error) => failed(error)));
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
        const absolute = (0,external_node_path_.resolve)(root, path);
        for (const op of ops) {
            const call = (async () => {
                switch (op) {
                    case 'r':
                        return fs.readFile(absolute);
                    case 's':
                        return fs.stat(absolute);
                    case 'l':
                        return fs.readdir(absolute);
                    case 'p':
                        return fs.realpath(absolute);
                    default:
                        throw new Error(`unknown call "${op}"`);
                }
            })();
            calls.push(call.then((value) => `${op} ${path} ${fingerprint(op, value, (p) => repoRelative(root, p))}`, (error) => `${op} ${path} ${failed(error)}`));
        }
    }
    return digestAnswers(key, await Promise.all(calls));
}
/** sha256 over the key and the sorted answer lines. */
function digestAnswers(key, lines) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(key).update('\n');
    for (const line of lines.sort())
        hash.update(line).update('\n');
    return hash.digest('hex');
}
/** A path relative to the root ('.' for the root), or as given outside it. */
function repoRelative(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    if (rel === '')
        return '.';
    if (rel.startsWith('..') || (0,external_node_path_.resolve)(root, rel) !== (0,external_node_path_.resolve)(path))
        return path;
    return rel.split(external_node_path_.sep).join('/');
}
function fingerprint(op, value, relativize) {
    switch (op) {
        case 'r':
            return (0,external_node_crypto_.createHash)('sha256')
                .update(value)
                .digest('hex');
        case 's': {
            // A folder's size is the file system's business (it differs between
            // checkouts of the same tree); a file's is its content's.
            const s = value;
            if (s.isDirectory)
                return 'dir';
            return `${s.isFile ? 'file' : s.isSymbolicLink ? 'link' : 'other'}:${s.size}`;
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

// EXTERNAL MODULE: ./src/ports/kube-api.ts
var kube_api = __nccwpck_require__(1502);
// EXTERNAL MODULE: ./src/apply/inventory.ts
var inventory = __nccwpck_require__(8328);
;// CONCATENATED MODULE: ./src/apply/unchanged-inputs.ts
/**
 * A sync of files that did not change since the last synced run ends after
 * one read of the cluster, without loading, validating or planning them.
 *
 * The inventory keeps, next to the steps a Synced run applied, what that run
 * read (input-journal.ts) and reported. While the definition is being
 * validated, this check reads the lock and the inventory (two GETs over the
 * API channel) and asks the file system the recorded questions again. When
 * every answer is the same, under the same code and options, the run would
 * validate and plan to exactly those steps, so it is the no-op settled.ts
 * describes — and it ends with that run's steps as unchanged and its
 * warnings, as a validated no-op would have. Every other case (another
 * commit or branch, a lock held, a run that never finished, a record
 * without inputs, one changed byte) goes the normal way, reusing the read.
 */




/** Records bigger than this are not kept (the ConfigMap holds 1 MiB in all). */
const maxInputsBytes = 256 * 1024;
/** See the file comment. Never rejects: any doubt is "go the normal way". */
async function checkUnchanged(input) {
    let record;
    try {
        record = await readRecordOnce(input);
    }
    catch {
        // The normal way reads again, with retries, and says what is wrong.
        return {};
    }
    const first = { cluster: input.cluster, record };
    const inputs = record.inventory?.inputs;
    if (!isInputsRecord(inputs) || !recordsThisRun(record, input.metadata)) {
        return { first };
    }
    const digest = await replayDigest(input.fs, input.root, inputs.reads, input.key).catch(() => undefined);
    return digest === inputs.digest ? { first, unchanged: inputs } : { first };
}
/**
 * True when the record says the last sync ended Synced at this commit and
 * branch and none runs or died since (settled.ts has each reason).
 */
function recordsThisRun(record, metadata) {
    const previous = record.inventory;
    return (previous !== undefined &&
        record.lease === undefined &&
        previous.lastStarted === undefined &&
        previous.lastSync?.status === 'synced' &&
        previous.lastSynced?.commit === metadata.commit &&
        previous.lastSync.ref === metadata.ref);
}
/** The lease and the inventory, one attempt each. */
async function readRecordOnce(input) {
    const name = (0,inventory/* inventoryName */.mu)(input.cluster);
    const get = async (path) => {
        const answer = await input.transport.request({
            method: 'GET',
            path,
            timeoutMs: input.timeoutMs ?? 10_000
        });
        if (answer.status === 404)
            return undefined;
        if (answer.status !== 200)
            throw new Error(`HTTP ${answer.status}`);
        return JSON.parse(answer.body);
    };
    // One after the other, on the connection the channel's check left open:
    // a second request at once would open another connection, whose TLS
    // handshake costs a distant cluster more round trips than the wait. On
    // the local plane the two orders measured alike (8–13 ms for both reads).
    const lease = await get(`/apis/coordination.k8s.io/v1/namespaces/${inventory/* systemNamespace */.lv}/leases/${(0,lock/* leaseName */.AI)(input.cluster)}`);
    const parent = await get(`/api/v1/namespaces/${inventory/* systemNamespace */.lv}/configmaps/${name}`);
    const text = parent ? (0,inventory/* inventoryText */.A1)(parent) : undefined;
    return {
        ...(lease ? { lease } : {}),
        ...(text !== undefined
            ? { inventory: (0,inventory/* parseInventory */.au)(text, `${inventory/* systemNamespace */.lv}/${name}`) }
            : {})
    };
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

;// CONCATENATED MODULE: ./src/sync-inputs.ts
/**
 * The unchanged-files check as a sync runs it (apply/unchanged-inputs.ts
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
 * definition's path, the branch (wrong-branch check) and chart mirrors.
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
        options.chartMirrors ?? []
    ]))
        .digest('hex');
}
/**
 * Reads the lock and inventory over the API channel before loading starts
 * (loading waits for it up to checkHeadStartMs; unchanged-inputs.ts);
 * resolves `{}` when there is no channel, no key, `--full`, or no cluster
 * name to look under.
 */
async function startUnchangedCheck(options, key) {
    if (!options.kubeApi || key === undefined || options.full)
        return {};
    const cluster = await peekClusterName(options.fs, options.root, options.file);
    if (cluster === undefined)
        return {};
    const opened = await options.kubeApi.open({
        kubectl: options.kubectl.binary,
        ...(options.kubectl.kubeconfig
            ? { kubeconfig: options.kubectl.kubeconfig }
            : {}),
        ...(options.kubectl.context ? { context: options.kubectl.context } : {})
    });
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
/** This run's record of what it read (see apply/inventory.ts InputsRecord). */
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
 * `fs` until `signal` fires; after it, every call (and every answer still
 * on its way) is refused, so a load no longer needed ends at its next read.
 */
function stoppable(fs, signal) {
    const guard = (call) => {
        if (signal.aborted)
            return Promise.reject(stopped());
        return call().then((value) => {
            if (signal.aborted)
                throw stopped();
            return value;
        });
    };
    return {
        readFile: (path) => guard(() => fs.readFile(path)),
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
var src_diagnostics = __nccwpck_require__(4851);
;// CONCATENATED MODULE: ./src/sync-validate.ts


/** Loads, validates and plans; never rejects. */
async function validateAndPlan(fs, options) {
    const registries = options.registries;
    // A lookup given as data may have been used; a loader says when it is.
    let catalogUsed = registries !== undefined && typeof registries !== 'function';
    try {
        // Loaded on first use: a sync of unchanged files never needs them, and
        // they are most of ClusterSync's code (see unchanged-inputs.ts).
        // One after the other: Jest's ESM loader fails on concurrent imports
        // that share a module (the bundle does not care).
        const { checkDefinition } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(202)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2202));
        const { buildPlan } = await __nccwpck_require__.e(/* import() */ 490).then(__nccwpck_require__.bind(__nccwpck_require__, 8490));
        const { applyChartMirrors } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9536));
        const checked = await checkDefinition({
            fs,
            root: options.root,
            file: options.file,
            ...(options.ref ? { ref: options.ref } : {}),
            mode: 'sync',
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

// EXTERNAL MODULE: ./src/apply/outcome-summary.ts
var outcome_summary = __nccwpck_require__(2561);
;// CONCATENATED MODULE: ./src/sync.ts







/** Runs one sync and resolves with its result; never rejects. */
async function runSync(options) {
    // kubectl starts its API channel while the definition is validated (the
    // two share nothing); a sync that stops before applying closes it unused.
    const channel = options.kubeApi
        ? openEarly(options.kubeApi, options.kubectl)
        : undefined;
    try {
        return await phases(channel ? { ...options, kubeApi: channel.opener } : options);
    }
    finally {
        await channel?.close();
    }
}
/**
 * A channel being opened now, handed out once, closed once. The CLI opens
 * it before asking git for the commit; runSync opens it (again: the same
 * channel) before validating.
 */
function openEarly(opener, kubectl) {
    const opening = opener
        .open({
        kubectl: kubectl.binary,
        ...(kubectl.kubeconfig ? { kubeconfig: kubectl.kubeconfig } : {}),
        ...(kubectl.context ? { context: kubectl.context } : {})
    })
        .catch((error) => ({
        unavailable: (0,errors/* getErrorMessage */.u1)(error)
    }));
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        const opened = await opening;
        if ((0,kube_api/* isOpen */.n)(opened))
            await opened.close();
    };
    return {
        opener: {
            open: async () => {
                const opened = await opening;
                return (0,kube_api/* isOpen */.n)(opened)
                    ? { request: (r) => opened.request(r), close }
                    : opened;
            }
        },
        close
    };
}
async function phases(options) {
    const { logger, clock } = options;
    const started = clock.now();
    const metadata = {
        cluster: '',
        ...(options.commit ? { commit: options.commit } : {}),
        ...(options.ref ? { ref: options.ref } : {}),
        source: options.source,
        ...(options.triggeredBy ? { triggeredBy: options.triggeredBy } : {}),
        retryCount: 0,
        startedAt: started.toISOString(),
        ...(options.filesUrl ? { filesUrl: options.filesUrl } : {})
    };
    const finish = (phase, reason, diagnostics, steps = [], message) => {
        const finished = clock.now();
        metadata.finishedAt = finished.toISOString();
        metadata.durationMs = finished.getTime() - started.getTime();
        metadata.retryCount = steps.reduce((n, s) => n + s.retries, 0);
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
    logger.info(`Fetching: ${options.file}${options.commit ? ` at ${options.commit.slice(0, 12)}` : ''}`);
    logger.info('Validating');
    // First the lock and inventory are read; if they show the files are what
    // the last synced run read, nothing is loaded at all. The check is given
    // a moment alone (it is I/O, and loading competes for the one thread),
    // then loading starts anyway and the check may still stop it.
    const key = inputsKey(options);
    const stopLoading = new AbortController();
    let check = {};
    const unchanged = startUnchangedCheck(options, key)
        .catch(() => ({}))
        .then((answer) => {
        check = answer;
        if (answer.unchanged)
            stopLoading.abort();
        return answer;
    });
    const waited = new AbortController();
    await Promise.race([unchanged, clock.sleep(checkHeadStartMs, waited.signal)]);
    waited.abort();
    const unchangedResult = (inputs) => {
        metadata.cluster = check.first?.cluster ?? '';
        logger.info(`Nothing to apply: the ${Object.keys(inputs.reads).length} paths this definition reads are as the last synced run read them, at the same commit and branch, and no sync is running; validation skipped, no lock taken, nothing written`);
        const result = finish('Completed', 'Succeeded', inputs.diagnostics, inputs.steps.map(({ id, file, line }) => (0,outcome_summary/* unchangedOutcome */.cQ)({ id, source: { file, line } })));
        logger.info(`Completed: ${result.summary}`);
        return result;
    };
    if (check.unchanged)
        return unchangedResult(check.unchanged);
    const journal = key ? new InputJournal(options.root) : undefined;
    const validated = validateAndPlan(journal
        ? journal.wrap(stoppable(options.fs, stopLoading.signal))
        : options.fs, options);
    // A late check still ends the load when it finds nothing changed;
    // otherwise the validated plan decides, and a failed one is reported at
    // once, without waiting for the cluster.
    const outcome = await Promise.race([
        validated,
        unchanged.then(async (answer) => answer.unchanged ? 'unchanged' : await validated)
    ]);
    if (outcome === 'unchanged' && check.unchanged) {
        await validated; // stopped at its next read
        return unchangedResult(check.unchanged);
    }
    const validPlan = await validated;
    if ('failed' in validPlan) {
        return finish('Validating', validPlan.failed, validPlan.diagnostics);
    }
    // The check's read serves as the cluster side's first read.
    await unchanged;
    const { plan, diagnostics } = validPlan;
    metadata.cluster = plan.cluster;
    const run = {
        ...(check.first ? { first: check.first } : {}),
        ...(journal && key && !validPlan.catalogUsed
            ? { inputs: await inputsRecord(journal, key, plan, diagnostics) }
            : {})
    };
    if (run.inputs && JSON.stringify(run.inputs).length > maxInputsBytes)
        delete run.inputs;
    logger.info(`Applying: ${plan.steps.length} steps to cluster ${plan.cluster}`);
    const { applyToCluster } = await __nccwpck_require__.e(/* import() */ 894).then(__nccwpck_require__.bind(__nccwpck_require__, 2894));
    const applied = await applyToCluster(plan, options, options, metadata, run);
    if (applied.reason !== 'Succeeded') {
        return finish('Applying', applied.reason, diagnostics, applied.steps, applied.message);
    }
    const result = finish('Completed', 'Succeeded', diagnostics, applied.steps);
    logger.info(`Completed: ${result.summary}`);
    return result;
}

;// CONCATENATED MODULE: ./src/cli/commands/sync-output.ts
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
    for (const d of result.diagnostics.filter((x) => x.severity === 'error')) {
        lines.push(`  ${d.file ?? ''}${d.line ? `:${d.line}` : ''} ${d.message}`);
    }
    for (const step of result.steps) {
        const where = step.file ? ` (${step.file}:${step.line ?? 0})` : '';
        const retries = step.retries > 0 ? `, ${step.retries} retries` : '';
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

// EXTERNAL MODULE: ./src/cli/commands/validate.ts
var validate = __nccwpck_require__(2575);
;// CONCATENATED MODULE: ./src/cli/commands/sync.ts
/**
 * `clustersync sync [definition] --kubeconfig <file> [--context name]
 * [--full] [--no-prune] [--allow-destructive-prune] [--concurrency N]
 * [--timeout 5m] [--format text|json]`: applies the definition to the
 * cluster. Progress goes to stderr, the result to stdout. Exit codes: 0
 * synced, 1 failed, 2 usage, 3 cluster unreachable.
 */













/** The `sync` command, registered in commands/index.ts. */
const syncCommand = {
    name: 'sync',
    summary: 'Apply the cluster definition to a cluster: only what changed, pruning what was removed',
    usage: 'clustersync sync [definition] --kubeconfig <file> [--context name] [--full] [--no-prune] [--allow-destructive-prune] [--concurrency N] [--timeout 5m] [--format text|json]',
    options: [
        ...cluster_flags/* clusterOptions */.dU,
        cluster_flags/* chartMirrorOption */.L9,
        {
            name: 'full',
            type: 'boolean',
            description: 'Re-apply every step, not only changed ones; reports drift it corrected'
        },
        {
            name: 'prune',
            type: 'boolean',
            description: 'Remove what the definition no longer declares (default on; --no-prune to keep it)'
        },
        {
            name: 'allow-destructive-prune',
            type: 'boolean',
            description: 'Allow pruning Namespaces, CRDs, PVCs or more than half of the inventory'
        },
        {
            name: 'concurrency',
            type: 'number',
            description: 'add-on steps at once (default 4); API requests in flight: twice that (kubectl processes on the fallback: that many)'
        },
        {
            name: 'timeout',
            type: 'string',
            description: 'Time one step may take to apply and become ready (default 5m)'
        },
        {
            name: 'lock-timeout',
            type: 'string',
            description: 'How long to wait for another sync of the cluster (default 10m)'
        },
        {
            name: 'ref',
            type: 'string',
            description: 'Branch being synced (wrong-branch check; default: the git branch)'
        },
        { name: 'verbose', type: 'boolean', description: 'Show debug output' }
    ],
    run: runSyncCommand
};
async function runSyncCommand(args, ctx) {
    const target = await (0,cli_target/* resolveTarget */.u)(args, ctx);
    const { kubectl, helm } = (0,cluster_flags/* clusterConfig */.Ty)(args, ctx);
    const concurrency = (0,cli_args/* numberOption */.jZ)(args, 'concurrency') ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new errors/* UsageError */.eb(`option --concurrency takes a whole number ≥ 1; got ${concurrency}`);
    }
    const timeout = (0,cli_args/* stringOption */.Pp)(args, 'timeout');
    const lockTimeout = (0,cli_args/* stringOption */.Pp)(args, 'lock-timeout');
    const logger = createCliLogger(ctx.stderr, (0,cli_args/* booleanOption */.Ic)(args, 'verbose'));
    // Every flag is checked before anything starts.
    const options = {
        fs: ctx.fs,
        exec: ctx.exec,
        build: ctx.build ?? codeIdentity(),
        clock: ctx.clock,
        logger,
        root: target.root,
        file: target.file,
        registries: bundled_lookup/* bundledRegistryLookup */.a,
        source: ctx.env.GITHUB_ACTIONS === 'true' ? 'webhook' : 'cli',
        ...(ctx.env.GITHUB_ACTOR ? { triggeredBy: ctx.env.GITHUB_ACTOR } : {}),
        kubectl,
        helm,
        chartMirrors: (0,cluster_flags/* chartMirrors */.vL)(args),
        full: (0,cli_args/* booleanOption */.Ic)(args, 'full'),
        concurrency,
        prune: {
            ...(0,prune/* defaultPruneOptions */.SO)(),
            enabled: (0,cli_args/* booleanOption */.Ic)(args, 'prune', true),
            allowDestructive: (0,cli_args/* booleanOption */.Ic)(args, 'allow-destructive-prune')
        },
        stepTimeoutMs: timeout ? (0,cluster_flags/* parseDuration */.E9)(timeout, 'timeout') : 300_000,
        healthIntervalMs: (0,health/* defaultHealthOptions */.IE)().intervalMs,
        lock: {
            ...(0,lock/* defaultLockOptions */.t4)((0,cluster_flags/* lockIdentity */.WC)(ctx)),
            ...(lockTimeout
                ? { waitTimeoutMs: (0,cluster_flags/* parseDuration */.E9)(lockTimeout, 'lock-timeout') }
                : {})
        }
    };
    // The API channel opens while git is asked for the commit and the branch
    // (two processes, at once: both only read the checkout).
    const channel = ctx.kubeApi ? openEarly(ctx.kubeApi, kubectl) : undefined;
    let result;
    try {
        const [commit, ref] = await Promise.all([
            gitCommit(ctx, target.root),
            (0,validate/* currentRef */.p)(args, ctx, target.root)
        ]);
        result = await runSync({
            ...options,
            ...(channel ? { kubeApi: channel.opener } : {}),
            ...(ref ? { ref } : {}),
            ...(commit ? { commit } : {})
        });
    }
    finally {
        await channel?.close();
    }
    ctx.stdout.write((0,cli_args/* outputFormat */.B$)(args) === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : renderSyncText(result));
    if (result.status === 'synced')
        return 0;
    return result.reason === 'ClusterUnreachable' ? 3 : 1;
}
async function gitCommit(ctx, root) {
    if (ctx.env.GITHUB_SHA)
        return ctx.env.GITHUB_SHA;
    try {
        const r = await ctx.exec.run('git', ['rev-parse', 'HEAD'], {
            cwd: root,
            timeoutMs: 10_000
        });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    catch {
        // Not a git checkout: the sync is recorded without a commit.
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts






const commands = [
    validate/* validateCommand */.M,
    planCommand,
    syncCommand,
    statusCommand,
    historyCommand,
    catalogCommand
];

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
    if (name === undefined ||
        name === '--help' ||
        name === '-h' ||
        name === 'help') {
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
        const args = (0,cli_args/* parseArgs */.Zy)(rest, [...cli_args/* commonOptions */.OP, ...command.options]);
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
    const message = (0,errors/* getErrorMessage */.u1)(error);
    if (error instanceof errors/* UsageError */.eb) {
        ctx.stderr.write(`error: ${message}\nusage: ${command.usage}\n`);
        return exitCodes.usage;
    }
    if (error instanceof errors/* UnreachableError */.Jk) {
        ctx.stderr.write(`error: ${message}\n`);
        return exitCodes.unreachable;
    }
    if (error instanceof errors/* ConfigurationError */.j1) {
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
        ...cli_args/* commonOptions */.OP.map((o) => `  --${o.name}${o.alias ? `, -${o.alias}` : ''}  ${o.description}`),
        '',
        'exit codes: 0 ok, 1 invalid or failed, 2 usage error, 3 cluster or service unreachable',
        "run 'clustersync <command> --help' for a command's options",
        ''
    ].join('\n');
}
function renderCommandHelp(command) {
    const options = [...command.options, ...cli_args/* commonOptions */.OP];
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
    const parsed = JSON.parse((0,external_node_fs_.readFileSync)((0,package_files/* packageFile */.n)('package.json'), 'utf8'));
    const value = typeof parsed === 'object' && parsed !== null && 'version' in parsed
        ? parsed.version
        : undefined;
    return typeof value === 'string' ? value : 'unknown';
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   Ic: () => (/* binding */ booleanOption),
/* harmony export */   OP: () => (/* binding */ commonOptions),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   jZ: () => (/* binding */ numberOption)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _validate_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3504);
/**
 * The command-line contract shared by every subcommand (README "CLI"):
 * `clustersync <command> [definition] [-f|--file path] [--root dir]
 * [--format text|json|github] [command flags]`. Parsing is declarative so
 * each command states its flags once and usage errors are uniform (exit 2).
 */


/** Re-exported for existing callers; the implementation lives with the suggestions. */

/** Options every command accepts. */
const commonOptions = [
    {
        name: 'file',
        alias: 'f',
        type: 'string',
        description: 'Path of the cluster definition (same as the positional argument)'
    },
    {
        name: 'root',
        type: 'string',
        description: 'Repository root (default: the git top level of the definition, else its folder)'
    },
    {
        name: 'format',
        type: 'string',
        choices: ['text', 'json', 'github'],
        description: 'Output format'
    },
    {
        name: 'help',
        alias: 'h',
        type: 'boolean',
        description: 'Show help for the command'
    }
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
        const negated = flag.startsWith('--no-')
            ? byName.get(`--${flag.slice(5)}`)
            : undefined;
        const spec = byName.get(flag) ?? (negated?.type === 'boolean' ? negated : undefined);
        if (!spec) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option ${flag}${suggestFlag(flag, specs)}`);
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
        const d = (0,_validate_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(name, spec.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = spec.name;
        }
    }
    return best ? ` (did you mean --${best}?)` : '';
}


/***/ }),

/***/ 9237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   L9: () => (/* binding */ chartMirrorOption),
/* harmony export */   Ty: () => (/* binding */ clusterConfig),
/* harmony export */   WC: () => (/* binding */ lockIdentity),
/* harmony export */   dU: () => (/* binding */ clusterOptions),
/* harmony export */   vL: () => (/* binding */ chartMirrors)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _apply_helm_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3666);
/* harmony import */ var _apply_kubectl_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6154);
/* harmony import */ var _definition_chart_mirrors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9536);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7593);
/**
 * Flags shared by the commands that talk to a cluster (`sync`, `status`):
 * which kubeconfig and context, which kubectl and helm binaries. The
 * kubeconfig comes from --kubeconfig or KUBECONFIG and is required, so a
 * sync never lands on whatever cluster a default kubeconfig points at.
 */







/** The connection flags. */
const clusterOptions = [
    {
        name: 'kubeconfig',
        type: 'string',
        description: 'Kubeconfig file (default: $KUBECONFIG); never printed'
    },
    { name: 'context', type: 'string', description: 'Kubeconfig context' },
    {
        name: 'kubectl',
        type: 'string',
        description: 'kubectl binary (default: kubectl on PATH)'
    },
    {
        name: 'helm',
        type: 'string',
        description: 'helm binary, v3 or v4 (default: helm on PATH)'
    }
];
/** `--chart-mirror FROM=TO`, for the commands that fetch or compare charts. */
const chartMirrorOption = {
    name: 'chart-mirror',
    type: 'string',
    repeatable: true,
    description: 'Fetch charts of repository FROM from TO instead (FROM=TO; repeatable)'
};
/** The parsed `--chart-mirror` flags; throws UsageError naming a bad one. */
function chartMirrors(args) {
    const values = args.options['chart-mirror'];
    const list = Array.isArray(values) ? values : [];
    try {
        return list.map(_definition_chart_mirrors_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChartMirror */ .l);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`option --chart-mirror: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .getErrorMessage */ .u1)(error)}`);
    }
}
/** kubectl and helm settings from the flags; throws UsageError without a kubeconfig. */
function clusterConfig(args, ctx) {
    const kubeconfig = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(args, 'kubeconfig') ?? ctx.env.KUBECONFIG;
    if (kubeconfig === undefined || kubeconfig === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('no kubeconfig: pass --kubeconfig <file> or set KUBECONFIG');
    }
    const context = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(args, 'context');
    const connection = { kubeconfig, ...(context ? { context } : {}) };
    return {
        kubectl: {
            ...(0,_apply_kubectl_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultKubectlConfig */ .M_)(),
            ...connection,
            binary: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(args, 'kubectl') ?? 'kubectl'
        },
        helm: {
            ...(0,_apply_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultHelmConfig */ .gT)(),
            ...connection,
            binary: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(args, 'helm') ?? 'helm'
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
/** `5m`, `90s`, `1h`, `300` (seconds) → milliseconds; throws UsageError. */
function parseDuration(text, flag) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`option --${flag} takes a duration like 90s, 5m or 1h; got "${text}"`);
    }
    const units = {
        ms: 1,
        s: 1000,
        m: 60_000,
        h: 3_600_000
    };
    return Number(m[1]) * (units[m[2] ?? 's'] ?? 1000);
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ validateCommand),
/* harmony export */   p: () => (/* binding */ currentRef)
/* harmony export */ });
/* harmony import */ var _catalog_bundled_lookup_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6826);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7593);
/* harmony import */ var _write_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2148);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9917);
/* harmony import */ var _cluster_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9237);
/**
 * `clustersync validate [definition] [--ref branch] [--format text|json|github]`:
 * loads the definition with its includes, validates it, prints every
 * diagnostic and exits 0 (valid, warnings allowed) or 1 (invalid).
 */






/** The `validate` command, registered in commands/index.ts. */
const validateCommand = {
    name: 'validate',
    summary: 'Check a cluster definition and everything it includes; report every problem with file:line:col',
    usage: 'clustersync validate [definition] [-f path] [--root dir] [--ref branch] [--check-charts [--chart-mirror FROM=TO]] [--format text|json|github]',
    options: [
        {
            name: 'ref',
            type: 'string',
            description: 'Branch being validated, for the wrong-branch check (default: the pull request base or pushed branch on GitHub Actions, else the current git branch)'
        },
        {
            name: 'check-charts',
            type: 'boolean',
            description: "Also check each add-on's chart_version in its repository's index.yaml (goes to the network; an unreachable repository is a notice)"
        },
        _cluster_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .chartMirrorOption */ .L9
    ],
    run: runValidate
};
async function runValidate(args, ctx) {
    const target = await (0,_target_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTarget */ .u)(args, ctx);
    // Loaded per command (cli.ts loads every command's description at start).
    const { checkDefinition } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(202)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2202));
    const result = await checkDefinition({
        fs: ctx.fs,
        root: target.root,
        file: target.file,
        ref: await currentRef(args, ctx, target.root),
        mode: 'validate',
        registries: _catalog_bundled_lookup_js__WEBPACK_IMPORTED_MODULE_5__/* .bundledRegistryLookup */ .a
    });
    const diagnostics = result.definition && (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanOption */ .Ic)(args, 'check-charts')
        ? (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .sortDiagnostics */ .Ds)([
            ...result.diagnostics,
            ...(await checkCharts(result.definition, (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .chartMirrors */ .vL)(args)))
        ])
        : result.diagnostics;
    (0,_write_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .writeDiagnostics */ .I)(ctx, (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(args), diagnostics, target.file);
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(diagnostics) ? 1 : 0;
}
/**
 * Opt-in: every add-on's chart_version looked up in its repository's
 * index.yaml (through the chart mirrors, as a sync would fetch it). Network
 * failures are notices, so validation stays deterministic offline.
 */
async function checkCharts(definition, mirrors) {
    const { createNodeHttp } = await __nccwpck_require__.e(/* import() */ 963).then(__nccwpck_require__.bind(__nccwpck_require__, 2963));
    const { checkChartVersions } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(910)]).then(__nccwpck_require__.bind(__nccwpck_require__, 910));
    const { applyChartMirrors } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9536));
    const mirrored = applyChartMirrors(definition, mirrors);
    return checkChartVersions(mirrored.stacks.flatMap((s) => s.addons), createNodeHttp(), { timeoutMs: 10_000 });
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
    try {
        const result = await ctx.exec.run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
            cwd: root,
            timeoutMs: 10_000
        });
        const branch = result.stdout.trim();
        // A detached HEAD (CI checkouts of a commit) names no branch to compare.
        return result.exitCode === 0 && branch !== '' && branch !== 'HEAD'
            ? branch
            : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9917:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7593);
/**
 * Where the definition and the repository root are, from the common flags:
 * the positional path or `-f/--file` (default `cluster.yaml`), and `--root`
 * (default: the git top level of the definition's folder, else that folder).
 */



/** Resolves the definition and root; throws UsageError when they contradict. */
async function resolveTarget(args, ctx) {
    const positional = args.positionals[0];
    const flag = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(args, 'file');
    if (positional !== undefined && flag !== undefined && positional !== flag) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`give the definition once: either as an argument ("${positional}") or with --file ("${flag}")`);
    }
    if (args.positionals.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`expected one definition path, got ${args.positionals.length}: ${args.positionals.join(' ')}`);
    }
    const definition = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, positional ?? flag ?? 'cluster.yaml');
    const rootFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(args, 'root');
    const root = rootFlag !== undefined
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, rootFlag)
        : await gitTopLevel((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(definition), ctx);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, definition);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the definition ${definition} is outside the repository root ${root}; pass --root`);
    }
    return { root, file: rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') };
}
async function gitTopLevel(folder, ctx) {
    try {
        const result = await ctx.exec.run('git', ['rev-parse', '--show-toplevel'], {
            cwd: folder,
            timeoutMs: 10_000
        });
        const top = result.stdout.trim();
        if (result.exitCode === 0 && top !== '')
            return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(top);
    }
    catch {
        // No git (or the folder does not exist): the folder itself is the root,
        // as documented; a missing definition is reported by the loader.
    }
    return folder;
}


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ writeDiagnostics)
/* harmony export */ });
/* harmony import */ var _report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(564);

/** Writes `diagnostics` about `file` to standard output in `format`. */
function writeDiagnostics(ctx, format, diagnostics, file) {
    if (format === 'json') {
        ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatJson */ .IB)(diagnostics));
        return;
    }
    if (format === 'github')
        ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatGithub */ .vX)(diagnostics));
    else
        ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatText */ .Oi)(diagnostics, { color: ctx.stdout.isTTY }));
    ctx.stdout.write((0,_report_diagnostics_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSummary */ .kq)(diagnostics, file));
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   applyChartMirrors: () => (/* binding */ applyChartMirrors),
/* harmony export */   l: () => (/* binding */ parseChartMirror)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
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

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ UnreachableError),
/* harmony export */   KY: () => (/* binding */ trimOutput),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   v4: () => (/* binding */ ToolError)
/* harmony export */ });
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
    // Errors from another realm (a VM context, jest's sandbox) fail instanceof
    // but still carry a message; don't print them as "{}".
    if (typeof error === 'object' &&
        error !== null &&
        'message' in error &&
        typeof error.message === 'string') {
        return error.message;
    }
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


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ packageFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The absolute path of a file shipped with ClusterSync (`schemas/…`,
 * `helm_registries/…`), found by walking up from this module to the folder
 * whose package.json names `clustersync`. Works the same from `src/` (tests),
 * `dist/` (the Action) and `dist/cli/` (the CLI), which sit at different depths.
 * Throws when the file is not part of the installation.
 */
function packageFile(relativePath) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
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

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ builtInRank),
/* harmony export */   KH: () => (/* binding */ groupKind),
/* harmony export */   fp: () => (/* binding */ orderObjects),
/* harmony export */   oI: () => (/* binding */ apiGroup)
/* harmony export */ });
/* unused harmony exports isBuiltInGroup, kindRank, isClusterScoped, objectNamespace, formatSubject */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4851);
/**
 * The order objects are applied in inside one manifest step, and the names
 * the rest of the product uses for them (subjects, API groups).
 *
 * The order follows fluxcd/pkg `ssa/sort.go` and Helm's install order: what
 * other objects need (Namespaces, quotas, storage classes, CRDs, RBAC,
 * configuration) comes before the workloads that use it.
 */

/** Built-in kinds, in the order they are applied. */
const builtInOrder = [
    'Namespace',
    'ResourceQuota',
    'LimitRange',
    'StorageClass',
    'CustomResourceDefinition',
    'PriorityClass',
    'ServiceAccount',
    'PodSecurityPolicy',
    'Role',
    'ClusterRole',
    'RoleBinding',
    'ClusterRoleBinding',
    'ConfigMap',
    'Secret',
    'Endpoints',
    'EndpointSlice',
    'Service',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'RuntimeClass',
    'IngressClass',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'HorizontalPodAutoscaler',
    'Ingress',
    'APIService'
];
/**
 * Admission webhooks go after everything else, custom resources included: a
 * webhook registered before its backend Service has endpoints rejects the
 * objects applied after it (Flux and Helm put them last for this reason).
 */
const webhookKinds = [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding'
];
const rankByKind = new Map([
    ...builtInOrder.map((kind, i) => [kind, i]),
    ...webhookKinds.map((kind, i) => [
        kind,
        builtInOrder.length + 1 + i
    ])
]);
/** Unknown kinds (custom resources) sit between the built-ins and webhooks. */
const customRank = builtInOrder.length;
/**
 * Built-in kinds without a namespace. A manifest's `namespace:` is copied onto
 * objects that name none, so the plan drops it again for these kinds to keep
 * subjects (`ClusterRole/admin`, not `ClusterRole/shop/admin`) honest.
 */
const clusterScopedKinds = new Set([
    'Namespace',
    'Node',
    'PersistentVolume',
    'StorageClass',
    'CustomResourceDefinition',
    'PriorityClass',
    'PodSecurityPolicy',
    'ClusterRole',
    'ClusterRoleBinding',
    'RuntimeClass',
    'IngressClass',
    'APIService',
    'CSIDriver',
    'CSINode',
    'VolumeAttachment',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'FlowSchema',
    'PriorityLevelConfiguration'
]);
/**
 * True for Kubernetes' own API groups: the core group, groups without a dot
 * (`apps`, `batch`) and `*.k8s.io`. Only these get the built-in rank, so a
 * custom `Service` (Knative's `serving.knative.dev`) sorts as a custom kind.
 */
function isBuiltInGroup(group) {
    return !group.includes('.') || group.endsWith('.k8s.io');
}
/**
 * The place of one of Kubernetes' own kinds in the apply order; undefined
 * for custom and unknown kinds, which share one place (`kindRank`).
 */
function builtInRank(group, kind) {
    return isBuiltInGroup(group) ? rankByKind.get(kind) : undefined;
}
/** The position of a kind in the apply order; lower applies first. */
function kindRank(group, kind) {
    return builtInRank(group, kind) ?? customRank;
}
/** The API group of an `apiVersion`: `''` for `v1`, `apps` for `apps/v1`. */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** `group/Kind`, or `Kind` for the core group: how CRDs and CRs are matched. */
function groupKind(group, kind) {
    return group === '' ? kind : `${group}/${kind}`;
}
/**
 * True for kinds known to be cluster-scoped: the built-ins above, plus custom
 * kinds the caller knows from a CRD with `scope: Cluster` (as `group/Kind`).
 */
function isClusterScoped(group, kind, clusterScopedCustom = new Set()) {
    if (isBuiltInGroup(group) && clusterScopedKinds.has(kind))
        return true;
    return clusterScopedCustom.has(groupKind(group, kind));
}
/** The namespace an object lands in, or undefined for cluster-scoped kinds. */
function objectNamespace(object, fallback, clusterScopedCustom) {
    const group = apiGroup(object.apiVersion);
    if (isClusterScoped(group, object.kind, clusterScopedCustom))
        return undefined;
    return object.namespace ?? fallback;
}
/** The ChangeSet subject: `Kind/namespace/name`, or `Kind/name` without a namespace. */
function formatSubject(kind, name, namespace) {
    return namespace === undefined || namespace === ''
        ? `${kind}/${name}`
        : `${kind}/${namespace}/${name}`;
}
/**
 * The objects of one manifest step in apply order: kind rank, then (for
 * custom resources) group and kind, then namespace, then name. The sort is
 * total, so the written order never leaks into the result.
 */
function orderObjects(objects, defaultNamespace, clusterScopedCustom) {
    const planned = objects.map((object) => {
        const group = apiGroup(object.apiVersion);
        const namespace = objectNamespace(object, defaultNamespace, clusterScopedCustom);
        return {
            rank: kindRank(group, object.kind),
            namespace: namespace ?? '',
            entry: {
                subject: formatSubject(object.kind, object.name, namespace),
                group,
                ...(namespace === undefined ? {} : { namespace }),
                object
            }
        };
    });
    planned.sort((a, b) => a.rank - b.rank ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.group, b.entry.group) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.object.kind, b.entry.object.kind) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.namespace, b.namespace) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.object.name, b.entry.object.name) ||
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.entry.object.apiVersion, b.entry.object.apiVersion));
    return planned.map((p) => p.entry);
}


/***/ }),

/***/ 1502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ formatJson),
/* harmony export */   Oi: () => (/* binding */ formatText),
/* harmony export */   kq: () => (/* binding */ formatSummary),
/* harmony export */   vX: () => (/* binding */ formatGithub),
/* harmony export */   wu: () => (/* binding */ toDiagnosticsJson)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty */
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
        .map((d) => {
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
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const errors = count('error');
    const parts = [
        plural(errors, 'error'),
        plural(count('warning'), 'warning'),
        plural(count('info'), 'notice')
    ].join(', ');
    return errors === 0
        ? `${file} is valid (${parts})\n`
        : `${file} is invalid: ${parts}\n`;
}
/** The `--format json` document (diagnostics in the order given). */
function toDiagnosticsJson(diagnostics) {
    return {
        valid: !diagnostics.some((d) => d.severity === 'error'),
        diagnostics: diagnostics.map((d) => ({
            severity: d.severity,
            code: d.code,
            message: d.message,
            file: d.file ?? null,
            line: d.line ?? null,
            column: d.column ?? null,
            pointer: d.pointer ?? null,
            hint: d.hint ?? null
        }))
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
        .map((d) => {
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

/***/ 3504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/**
 * "Did you mean" for unknown keys, enum values, parent and registry names.
 * Candidates always come from the schema or the definition itself, so
 * suggestions cannot go stale.
 */
/** Levenshtein distance (insertions, deletions, substitutions); small inputs only. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = above;
        }
    }
    return row[b.length];
}
/**
 * The candidate closest to `word`, when it is close enough to be a typo
 * (distance at most a third of the word's length, and at least 2 allowed),
 * compared case-insensitively. Ties go to the first candidate.
 */
function suggest(word, candidates) {
    const needle = word.toLowerCase();
    const limit = Math.max(2, Math.floor(needle.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const distance = editDistance(needle, candidate.toLowerCase());
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ load),
/* harmony export */   OU: () => (/* binding */ CORE_SCHEMA),
/* harmony export */   ZU: () => (/* binding */ Type),
/* harmony export */   tB: () => (/* binding */ YAMLException),
/* harmony export */   uH: () => (/* binding */ FAILSAFE_SCHEMA)
/* harmony export */ });
/* unused harmony exports DEFAULT_SCHEMA, JSON_SCHEMA, Schema, default, dump, loadAll, safeDump, safeLoad, safeLoadAll, types */
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8084);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
