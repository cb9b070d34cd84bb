import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4013:
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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
    // YAML 1.1, as kubectl's parser reads it (`yes` is a boolean there).
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1' });
    const error = doc.errors[0];
    if (error) {
        // Only the line: the parser's own message quotes the source, which may
        // hold a credential.
        const line = error.linePos?.[0].line;
        return {
            fallback: `the kubeconfig is not valid YAML${line ? ` (line ${line})` : ''}`
        };
    }
    const config = doc.toJS();
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
    return new Promise((resolve, reject) => {
        const req = (0,external_node_http_.request)({
            socketPath,
            agent,
            method: r.method,
            path: r.path,
            headers: {
                host: 'localhost',
                accept: 'application/json',
                ...(r.contentType ? { 'content-type': r.contentType } : {}),
                ...r.headers
            },
            ...(r.timeoutMs !== undefined ? { timeout: r.timeoutMs } : {}),
            ...(r.signal ? { signal: r.signal } : {})
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8')
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`request timed out (${r.timeoutMs} ms)`)));
        req.on('error', reject);
        req.end(r.body);
    });
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
    return new Promise((resolve, reject) => {
        const req = request({
            agent,
            protocol: channel.protocol,
            hostname: channel.hostname,
            port: channel.port,
            method: r.method,
            path: `${channel.prefix}${r.path}`,
            headers: {
                accept: 'application/json',
                'user-agent': 'clustersync',
                ...(r.contentType ? { 'content-type': r.contentType } : {}),
                ...r.headers,
                ...auth
            },
            ...(r.timeoutMs !== undefined ? { timeout: r.timeoutMs } : {}),
            ...(r.signal ? { signal: r.signal } : {})
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8')
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => {
            // Without a timeout of its own, the event is the agent's idle timer,
            // which only closes idle connections.
            if (r.timeoutMs === undefined)
                return;
            req.destroy(Object.assign(new Error(`no answer within ${r.timeoutMs} ms`), {
                code: requestTimeout,
                // Still dialling, or waiting for the answer: Go says which.
                dialing: req.socket?.connecting === true
            }));
        });
        req.on('error', reject);
        req.end(r.body);
    });
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
        const { loadBundledCatalog } = await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(40)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4040));
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
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7028);
/* harmony import */ var _adapters_kube_direct_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4013);
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

/***/ 7028:
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
    const { catalogFor, printRegistries, showRegistry } = await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(858)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6858));
    const { runCatalogCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(561)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4561));
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/action/cluster-name.ts
/**
 * The cluster's name before the definition is validated: the check run and
 * the commit status are created at the very start, named after the cluster,
 * so `metadata.name` is read from the root file without includes. A file
 * that does not parse falls back to the caller's default; validation then
 * reports the real problem.
 */


/** `metadata.name` of the root definition file, or undefined. */
async function peekClusterName(fs, root, file) {
    try {
        const text = new TextDecoder().decode(await fs.readFile(external_node_path_.posix.join(root, file)));
        const doc = (0,dist/* parse */.qg)(text);
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
    run: async (args, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(243), __nccwpck_require__.e(202), __nccwpck_require__.e(490), __nccwpck_require__.e(435)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5435))).runPlan(args, ctx)
};

;// CONCATENATED MODULE: ./src/cli/commands/status.ts

/** The `status` command, registered in commands/index.ts. */
const statusCommand = {
    name: 'status',
    summary: 'Show the sync status recorded in the cluster: Synced, Syncing, Error or Not Configured, and drift',
    usage: 'clustersync status [definition] --kubeconfig <file> [--context name] [--format text|json]',
    options: cluster_flags/* clusterOptions */.dU,
    // The work (and most of ClusterSync's code) loads only when it runs.
    run: async (args, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(243), __nccwpck_require__.e(202), __nccwpck_require__.e(490), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7088))).runStatus(args, ctx)
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
/** The identity, computed once per process (~2 ms for a 1 MB bundle). */
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
/** The lease and the inventory, one attempt each, both at once. */
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
    const [lease, parent] = await Promise.all([
        get(`/apis/coordination.k8s.io/v1/namespaces/${inventory/* systemNamespace */.lv}/leases/${(0,lock/* leaseName */.AI)(input.cluster)}`),
        get(`/api/v1/namespaces/${inventory/* systemNamespace */.lv}/configmaps/${name}`)
    ]);
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
        Object.values(v.reads).every((ops) => typeof ops === 'string' && /^[lprs]+$/.test(ops)) &&
        Array.isArray(v.diagnostics) &&
        v.diagnostics.every(isDiagnostic) &&
        Array.isArray(v.steps) &&
        v.steps.every((s) => typeof s === 'object' &&
            s !== null &&
            typeof s.id === 'string' &&
            typeof s.file === 'string' &&
            typeof s.line === 'number'));
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

;// CONCATENATED MODULE: ./src/definition/definition-name.ts
/**
 * The cluster definition's name (`metadata.name`) from its own file alone,
 * without loading what it includes: enough to find the cluster's lock and
 * inventory before the definition is validated (apply/unchanged-inputs.ts).
 */


/** Larger files are left to the loader (a definition's own file is small). */
const maxHintBytes = 1024 * 1024;
/** The name, or undefined when the file cannot say it plainly. */
async function readDefinitionName(fs, root, file) {
    try {
        const bytes = await fs.readFile((0,external_node_path_.join)(root, file));
        if (bytes.byteLength > maxHintBytes)
            return undefined;
        const doc = (0,dist/* parseDocument */.Tp)(new TextDecoder().decode(bytes), {
            uniqueKeys: true
        });
        if (doc.errors.length > 0)
            return undefined;
        const name = doc.getIn(['metadata', 'name']);
        return typeof name === 'string' && name !== '' ? name : undefined;
    }
    catch {
        // Unreadable here means the loader will say why; this is only a hint.
        return undefined;
    }
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
 * over a direct connection the check ends within ~0.05 s, through kubectl
 * proxy ~0.1 s; a slow cluster must not hold validation up for long.
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
 * Reads the lock and inventory over the API channel while validation runs
 * (unchanged-inputs.ts); resolves `{}` when there is no channel, no key,
 * `--full`, or no cluster name to look under.
 */
async function startUnchangedCheck(options, key) {
    if (!options.kubeApi || key === undefined || options.full)
        return {};
    const cluster = await readDefinitionName(options.fs, options.root, options.file);
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
async function validateAndPlan(fs, options, catalogUsed) {
    const registries = options.registries;
    try {
        // Loaded on first use: a sync of unchanged files never needs them, and
        // they are most of ClusterSync's code (see unchanged-inputs.ts).
        // One after the other: Jest's ESM loader fails on concurrent imports
        // that share a module (the bundle does not care).
        const { checkDefinition } = await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(243), __nccwpck_require__.e(202)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2202));
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
                        catalogUsed.value = true;
                        return registries();
                    }
                }
                : registries
                    ? { registries: noteUse(registries, catalogUsed) }
                    : {})
        });
        if (!checked.definition) {
            return { failed: 'ValidationFailed', diagnostics: checked.diagnostics };
        }
        const plan = buildPlan(applyChartMirrors(checked.definition, options.chartMirrors ?? []));
        const diagnostics = [...checked.diagnostics, ...plan.diagnostics];
        if ((0,src_diagnostics/* hasErrors */.Cs)(plan.diagnostics))
            return { failed: 'PlanFailed', diagnostics };
        return { plan, diagnostics };
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
/** A lookup given as data: whether the run used it is unknown, so count it as used. */
function noteUse(lookup, catalogUsed) {
    catalogUsed.value = true;
    return lookup;
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
/** A channel being opened now, handed out once, closed once. */
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
    const catalogUsed = { value: false };
    const validated = validateAndPlan(journal
        ? journal.wrap(stoppable(options.fs, stopLoading.signal))
        : options.fs, options, catalogUsed);
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
        ...(journal && key && !catalogUsed.value
            ? { inputs: await inputsRecord(journal, key, plan, diagnostics) }
            : {})
    };
    if (run.inputs && JSON.stringify(run.inputs).length > maxInputsBytes)
        delete run.inputs;
    logger.info(`Applying: ${plan.steps.length} steps to cluster ${plan.cluster}`);
    const { applyToCluster } = await __nccwpck_require__.e(/* import() */ 388).then(__nccwpck_require__.bind(__nccwpck_require__, 9388));
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
    // Two git processes, at once: both only read the checkout.
    const [commit, ref] = await Promise.all([
        gitCommit(ctx, target.root),
        (0,validate/* currentRef */.p)(args, ctx, target.root)
    ]);
    const result = await runSync({
        fs: ctx.fs,
        exec: ctx.exec,
        ...(ctx.kubeApi ? { kubeApi: ctx.kubeApi } : {}),
        build: ctx.build ?? codeIdentity(),
        clock: ctx.clock,
        logger,
        root: target.root,
        file: target.file,
        ...(ref ? { ref } : {}),
        ...(commit ? { commit } : {}),
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
    });
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
/* harmony import */ var _write_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9767);
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
    const { checkDefinition } = await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(243), __nccwpck_require__.e(202)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2202));
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
    const { checkChartVersions } = await __nccwpck_require__.e(/* import() */ 910).then(__nccwpck_require__.bind(__nccwpck_require__, 910));
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

/***/ 9767:
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

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
