/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 1162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ requestOptions),
/* harmony export */   c: () => (/* binding */ exchange)
/* harmony export */ });
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
            // Node sends a DELETE's body neither chunked nor with a length, and
            // the server would read it as the next request on the connection.
            ...(r.body !== undefined
                ? { 'content-length': String(Buffer.byteLength(r.body)) }
                : {}),
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


/***/ }),

/***/ 8432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ createKubeApiOpener)
});

// UNUSED EXPORTS: openDirect

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = require("node:https");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/adapters/kube-direct-failure.ts
/**
 * A direct request to the API server that got no answer, worded as kubectl
 * (Go's net/http and crypto/tls) words it, so the retry rules
 * (cluster/retry.ts) read it as they read kubectl's stderr: a refused or reset
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

// EXTERNAL MODULE: ./src/adapters/http-exchange.ts
var http_exchange = __nccwpck_require__(1162);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/config-yaml.ts
var config_yaml = __nccwpck_require__(5525);
// EXTERNAL MODULE: ./src/definition/guarded-read.ts
var guarded_read = __nccwpck_require__(3394);
// EXTERNAL MODULE: ./src/adapters/node-fs.ts
var node_fs = __nccwpck_require__(2244);
;// CONCATENATED MODULE: ./src/adapters/kubeconfig-merge.ts
/**
 * The kubeconfig as kubectl loads it. `--kubeconfig` names one file, read
 * alone, which must exist. Else KUBECONFIG lists files (split on the path
 * delimiter, empty entries and repeats dropped), and the ones that exist are
 * merged: for clusters, users and contexts the first file to define a name
 * wins and later definitions of it are ignored whole; current-context comes
 * from the first file that sets one. Else `<home>/.kube/config` alone.
 *
 * Two departures, both where kubectl would land somewhere nobody asked for:
 * an explicit `--kubeconfig` that does not exist is a configuration error
 * (kubectl says `stat …: no such file`), and so is a KUBECONFIG of which no
 * file exists (kubectl warns and goes on with an empty configuration, i.e.
 * localhost:8080).
 *
 * Each entry remembers the folder of the file it came from: kubectl resolves
 * relative credential paths against the file that holds them. Nothing here
 * quotes a value read from a file: a kubeconfig holds credentials.
 */





/**
 * Reads the files kubectl would read for `target`; a missing file is a
 * problem or a fallback as the file comment says, an unreadable one a
 * fallback naming its error code.
 */
function readKubeconfigs(target, env, home) {
    if (target.kubeconfig) {
        const file = (0,external_node_path_.resolve)(target.kubeconfig);
        const read = readOne(file);
        if (read !== 'missing')
            return 'file' in read ? [read] : read;
        return { problem: `kubeconfig ${file} does not exist` };
    }
    const listed = [
        ...new Set((env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter((p) => p))
    ].map((p) => (0,external_node_path_.resolve)(p));
    if (listed.length === 0) {
        const file = (0,external_node_path_.join)(home, '.kube', 'config');
        const read = readOne(file);
        // No kubeconfig at all: kubectl may still find one (in-cluster).
        if (read === 'missing')
            return { fallback: `cannot read the kubeconfig ${file} (ENOENT)` };
        return 'file' in read ? [read] : read;
    }
    const texts = [];
    for (const file of listed) {
        const read = readOne(file);
        // kubectl skips a listed file that does not exist.
        if (read === 'missing')
            continue;
        if (!('file' in read))
            return read;
        texts.push(read);
    }
    if (texts.length === 0)
        return {
            problem: `no file KUBECONFIG lists exists (${listed.join(', ')})`
        };
    return texts;
}
function readOne(file) {
    try {
        // Bounded, and never waiting on a FIFO (adapters/node-fs.ts).
        const bytes = (0,node_fs/* readBoundedSync */.x)(file, guarded_read/* maxFileBytes */.eV);
        return { file, text: new TextDecoder().decode(bytes) };
    }
    catch (error) {
        const code = (0,errors/* errorCode */.CA)(error);
        if (code === 'ENOENT')
            return 'missing';
        // kubectl would hang on a FIFO and choke on the rest: the user's to fix.
        if (code === 'EFTYPE' || code === 'EISDIR' || code === 'EFBIG')
            return { problem: `kubeconfig ${file} ${kubeconfigRefusal(error)}` };
        return { fallback: `cannot read the kubeconfig ${file} (${code})` };
    }
}
function kubeconfigRefusal(error) {
    const { code, kind } = error;
    if (code === 'EFBIG')
        return `is larger than ${guarded_read/* maxFileBytes */.eV} bytes; a kubeconfig is a small file`;
    return `is a ${kind ?? 'folder'}, not a file; name a regular file`;
}
/**
 * Merges `texts` by kubectl's rules (see the file comment), or says why
 * kubectl must read them itself: a file that is not YAML, not a mapping,
 * uses YAML 1.1 booleans, or defines a name twice (kubectl refuses that file).
 */
function mergeKubeconfigs(texts) {
    const merged = {
        files: texts.map((t) => t.file).join(external_node_path_.delimiter),
        contexts: new Map(),
        clusters: new Map(),
        users: new Map()
    };
    let empty = true;
    for (const source of texts) {
        const { file } = source;
        const config = 'text' in source ? parse(source.text) : yaml11Checked(source.value);
        if ('fallback' in config)
            return config;
        if (config.value === undefined || config.value === null)
            continue;
        if (!isRecord(config.value))
            return { fallback: 'the kubeconfig is not a mapping' };
        empty = false;
        const base = (0,external_node_path_.dirname)(file);
        const current = config.value['current-context'];
        if (merged.currentContext === undefined && isString(current) && current)
            merged.currentContext = current;
        for (const kind of ['context', 'cluster', 'user']) {
            const into = merged[`${kind}s`];
            const seen = new Set();
            for (const entry of listOf(config.value[`${kind}s`])) {
                const name = entry.name;
                if (!isString(name))
                    continue;
                if (seen.has(name))
                    return { fallback: `${kind} "${name}" is in the kubeconfig twice` };
                seen.add(name);
                if (!into.has(name))
                    into.set(name, { value: entry[kind], base });
            }
        }
    }
    if (empty)
        return { fallback: 'the kubeconfig is empty' };
    return merged;
}
/** The file's YAML, or why kubectl should read it instead. */
function parse(text) {
    // js-yaml reads YAML 1.2 (small and quick to start: this runs on every
    // sync) with `<<` merges, as kubectl does. kubectl reads YAML 1.1, where
    // `yes`, `off` and the like mean something else; a kubeconfig that uses
    // them is left to it.
    let value;
    try {
        value = (0,config_yaml/* parseConfigYaml */.F)(text);
    }
    catch (error) {
        // Only the line: the parser's own message quotes the source, which may
        // hold a credential.
        const line = error instanceof config_yaml/* ConfigYamlError */.W ? error.line : undefined;
        return {
            fallback: `the kubeconfig is not valid YAML${line ? ` (line ${line})` : ''}`
        };
    }
    return yaml11Checked(value);
}
/** `value`, or why kubectl should read it: what YAML 1.1 reads otherwise. */
function yaml11Checked(value) {
    const yaml11 = yaml11Only(value);
    if (yaml11)
        return {
            fallback: `the kubeconfig uses ${yaml11}, which YAML 1.1 (kubectl's parser) reads differently`
        };
    return { value };
}
function listOf(value) {
    return Array.isArray(value) ? value.filter(isRecord) : [];
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
 * takes for a boolean), or undefined when nothing does. Merge keys need no
 * check: config-yaml.ts merges them as kubectl does.
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
            const found = yaml11Only(key) ?? yaml11Only(item);
            if (found)
                return found;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/kubeconfig-direct.ts
/**
 * Whether a sync may talk to the API server itself, read from the kubeconfig
 * alone (no file is opened here): only when the context's cluster is a plain
 * http(s) URL and its user holds static credentials, a client certificate
 * and key and/or a bearer token. Anything kubectl does that Node would not
 * (exec plugins, auth providers, impersonation, basic auth, proxies, keys
 * we do not know) answers why not, so the caller uses kubectl instead and
 * the result stays exactly kubectl's. Several files in KUBECONFIG are merged
 * first, as kubectl merges them (kubeconfig-merge.ts). A context that is not
 * there is neither: it is the user's to fix, and the answer says so.
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
/** The first proxy variable set, whose proxy kubectl would go through. */
function proxyVariable(env) {
    return proxyVariables.find((name) => env[name]);
}
/**
 * Reads the kubeconfig files `texts` (as read, or already decoded; merged
 * as kubectl merges them) for
 * `context`, else their current-context: the channel to open, why kubectl
 * must open it, or, when the context is not there, the problem to report.
 */
function directChannel(texts, context) {
    const config = mergeKubeconfigs(texts);
    if ('fallback' in config)
        return config;
    const chosen = chooseContext(config, context);
    if (!('name' in chosen))
        return chosen;
    const contextName = chosen.name;
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
    const server = serverOf(cluster.value, clusterName, cluster.base);
    if ('fallback' in server)
        return server;
    const auth = credentialsOf(user.value, userName, user.base);
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
/**
 * The context to use: `context` when given, else the current-context; a
 * name that is not among the contexts is a problem listing those that are.
 * With no name and no contexts at all, kubectl decides (in a pod it may use
 * the in-cluster configuration).
 */
function chooseContext(config, context) {
    const name = context || config.currentContext;
    const known = [...config.contexts.keys()].sort();
    const listed = known.length > 0 ? `contexts: ${known.join(', ')}` : 'it has no contexts';
    const where = `kubeconfig ${config.files}`;
    if (name === undefined) {
        if (known.length === 0)
            return { fallback: 'the kubeconfig names no current-context' };
        return {
            problem: `no context given and ${where} sets no current-context; ${listed}`
        };
    }
    if (!config.contexts.has(name)) {
        const which = context ? 'context' : 'current-context';
        return { problem: `${which} "${name}" not found in ${where}; ${listed}` };
    }
    return { name };
}
/** The entry called `name`, and the folder its relative paths are read from. */
function named(entries, name, kind) {
    const found = entries.get(name);
    if (found === undefined)
        return { fallback: `${kind} "${name}" is not in the kubeconfig` };
    const value = found.value ?? {};
    if (!isRecord(value))
        return { fallback: `${kind} "${name}" is not a mapping` };
    return { value, base: found.base };
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











/** How long the API server may take to answer the check (`GET /version`). */
const checkTimeoutMs = 15_000;
/** Connections kept open to the API server (requests beyond wait for one). */
const maxSockets = 16;
/**
 * Idle connections are closed after this long, well before the API server
 * closes them (90 s), so a request never races a closing connection.
 */
const idleMs = 30_000;
/**
 * Opens the direct channel when the kubeconfig allows it, else (or when the
 * API server does not answer it) whatever `fallback` opens; see the file
 * comment. `env` supplies KUBECONFIG, HOME and the proxy variables. Rejects with a ConfigurationError when the
 * kubeconfig is one kubectl would refuse too (a context that is not in it,
 * a --kubeconfig that does not exist; kubeconfig-merge.ts).
 */
function createKubeApiOpener(fallback = kubectlProxyWhenNeeded, env = process.env) {
    return {
        open: async (target) => {
            const direct = await openDirect(target, env);
            // kubectl would refuse this kubeconfig too; no fallback can help.
            if ('problem' in direct)
                throw new errors/* ConfigurationError */.j1(direct.problem);
            // No warning: the fallback gives the same result, only slower.
            return 'fallback' in direct ? fallback.open(target) : direct;
        }
    };
}
/**
 * The kubectl proxy opener, loaded on first use: most syncs never need it,
 * and it brings node:child_process, which every CLI start would otherwise
 * load (~2 ms measured in the bundle).
 */
const kubectlProxyWhenNeeded = {
    open: async (target) => (await __nccwpck_require__.e(/* import() */ 203).then(__nccwpck_require__.bind(__nccwpck_require__, 1203))).createKubectlProxyOpener().open(target)
};
/** The request that proves a new channel. */
const versionCheck = {
    method: 'GET',
    path: '/version',
    timeoutMs: checkTimeoutMs
};
/**
 * The direct channel for `target`, checked with `GET /version`; or why the
 * sync uses kubectl instead. Never rejects.
 */
async function openDirect(target, env) {
    // Synchronous reads, here and for the credential files: the request below
    // then leaves in the caller's turn, and the TLS handshake runs while the
    // caller goes on (the CLI asks git for the commit meanwhile).
    // A kubeconfig decoded once already (the Action's input) is not read again.
    const texts = target.decoded
        ? [target.decoded]
        : readKubeconfigs(target, env, env.HOME || (0,external_node_os_.homedir)());
    if (!Array.isArray(texts))
        return texts;
    const channel = directChannel(texts, target.context);
    if (!('protocol' in channel))
        return channel;
    // Checked after the context, so a context that is not there is reported
    // the same way whatever the environment.
    const proxy = proxyVariable(env);
    if (proxy)
        return { fallback: `${proxy} is set (kubectl goes through it)` };
    let connection;
    try {
        connection = connectionOf(channel);
    }
    catch (error) {
        // Only the error's code: a credential file's content is never quoted.
        return { fallback: `cannot read a credential file (${(0,errors/* errorCode */.CA)(error)})` };
    }
    const { agent, headers } = connection;
    // Any HTTP answer proves the channel (a 401 or a 503 is the sync's to
    // report, as kubectl would); no answer at all (TLS, refused, no route)
    // is kubectl's to meet and word its own way.
    const answered = await send(channel, agent, headers, versionCheck).then(() => ({}), (error) => ({ failed: directFailure(error, channel) }));
    if ('failed' in answered) {
        agent.destroy();
        return { fallback: `the API server did not answer (${answered.failed})` };
    }
    const transport = {
        namespace: channel.namespace,
        request: (r) => send(channel, agent, headers, r).catch((error) => {
            throw new Error(directFailure(error, channel), { cause: error });
        }),
        close: () => {
            agent.destroy();
            return Promise.resolve();
        }
    };
    return transport;
}
/** The agent (TLS material included) and the headers every request carries. */
function connectionOf(channel) {
    // kubectl reads the token file on each refresh and trims it; once per
    // sync is enough here (a sync lasts minutes, projected tokens hours).
    const token = channel.tokenFile
        ? new TextDecoder().decode(readCredential(channel.tokenFile)).trim()
        : channel.token;
    if (channel.tokenFile && !token)
        throw emptyToken();
    const headers = token
        ? { authorization: `Bearer ${token}` }
        : {};
    const common = { keepAlive: true, maxSockets, timeout: idleMs };
    if (channel.protocol === 'http:')
        return { agent: new external_node_http_.Agent(common), headers };
    const [ca, cert, key] = [
        bytesOf(channel.ca),
        bytesOf(channel.cert),
        bytesOf(channel.key)
    ];
    // One TLS context for every connection of the channel: given only `ca`,
    // the agent builds a context per connection, and each copies Node's
    // whole root store (measured: 8 connections took 48-72 ms instead of
    // 22-28 ms where NODE_EXTRA_CA_CERTS is not set).
    const secureContext = (0,external_node_tls_.createSecureContext)({
        ...(ca ? { ca } : {}),
        ...(cert && key ? { cert, key } : {})
    });
    const agent = new external_node_https_namespaceObject.Agent({
        ...common,
        secureContext,
        ...(channel.servername ? { servername: channel.servername } : {}),
        rejectUnauthorized: !channel.insecure
    });
    return { agent, headers };
}
function bytesOf(source) {
    if (source === undefined)
        return undefined;
    return 'data' in source
        ? source.data
        : Buffer.from(readCredential(source.file));
}
/** A file the kubeconfig names: bounded, never waiting on a FIFO (node-fs.ts). */
function readCredential(file) {
    return (0,node_fs/* readBoundedSync */.x)(file, guarded_read/* maxFileBytes */.eV);
}
function emptyToken() {
    return Object.assign(new Error('the token file is empty'), {
        code: 'EMPTY'
    });
}
/** One request; resolves on any HTTP status, rejects on transport failures. */
function send(channel, agent, auth, r) {
    const request = channel.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_.request;
    const req = request({
        agent,
        protocol: channel.protocol,
        hostname: channel.hostname,
        port: channel.port,
        path: `${channel.prefix}${r.path}`,
        ...(0,http_exchange/* requestOptions */.a)(r, { 'user-agent': 'clustersync', ...auth })
    });
    return (0,http_exchange/* exchange */.c)(req, r.body, () => 
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

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createNodeExec)
/* harmony export */ });
/* unused harmony export maxToolOutputBytes */
/* harmony import */ var _run_signals_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7586);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The Exec port over node:child_process.spawn, argv only (never a shell).
 * Output is collected as UTF-8; a timeout sends SIGTERM, then SIGKILL.
 */


const killGraceMs = 5_000;
/**
 * The most a tool may print (stdout and stderr together) before it is
 * stopped: a chart a pull request writes can make helm print gigabytes
 * (a template repeating a string), which would exhaust memory, and past
 * 512 MiB Node cannot even hold it as one string.
 */
const maxToolOutputBytes = 256 * 1024 * 1024;
/** Creates the process-spawning Exec used by the CLI and the Action. */
function createNodeExec() {
    return { run };
}
/**
 * node:child_process, loaded on the first run: a CLI command that spawns
 * nothing (a no-op sync, validate) does not pay for it (~2 ms measured in
 * the bundle at start).
 */
let spawnLoading;
const loadSpawn = () => (spawnLoading ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23)).then((m) => m.spawn));
async function run(command, args, options = {}) {
    const spawn = await loadSpawn();
    // Stopped already: a process started now would never hear the stop (an
    // abort listener added late never fires), and could run for its whole
    // timeout after the run has ended. It is not started.
    if (options.signal?.aborted) {
        return {
            exitCode: 1,
            stdout: '',
            stderr: `${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(command)} was not started: ${(0,_run_signals_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .P)(options.signal)}`,
            timedOut: false
        };
    }
    return new Promise((resolvePromise, reject) => {
        const child = spawn(command, args, {
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
        let printed = 0;
        let overflowed = false;
        const collect = (into) => (chunk) => {
            if (overflowed)
                return;
            printed += chunk.length;
            if (printed > maxToolOutputBytes) {
                overflowed = true;
                stdout.length = 0;
                stderr.length = 0;
                terminate();
                return;
            }
            into.push(chunk);
        };
        child.stdout.on('data', collect(stdout));
        child.stderr.on('data', collect(stderr));
        // A tool that exits before reading all of stdin makes the write fail with
        // EPIPE; its exit code says what went wrong, so the pipe error is noise.
        child.stdin.on('error', () => undefined);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(notStarted(command, error));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            const exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1);
            if (overflowed) {
                resolvePromise({
                    exitCode: exitCode === 0 ? 1 : exitCode,
                    stdout: '',
                    stderr: `${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(command)} printed more than ${maxToolOutputBytes / 1024 / 1024} MiB and was stopped; what it printed is not used`,
                    timedOut
                });
                return;
            }
            resolvePromise({
                exitCode,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut
            });
        });
        child.stdin.end(options.input ?? '');
    });
}
/**
 * A program that could not be started, said for people: Node's own words
 * (`spawn helm ENOENT`) name neither PATH nor the way to point at the
 * program. The error keeps Node's `code` and is its `cause`.
 */
function notStarted(command, error) {
    if (error.code !== 'ENOENT' && error.code !== 'EACCES')
        return error;
    const where = command.includes('/') ? '' : ' on PATH';
    const what = error.code === 'ENOENT'
        ? `was not found${where}`
        : 'cannot be run (permission denied)';
    // helm4 and the like: the flag and input are named after the tool.
    const tool = /^(helm|kubectl|git)/.exec((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(command))?.[1];
    const how = tool === 'helm' || tool === 'kubectl'
        ? `install ${tool === 'helm' ? 'helm v3 or v4' : 'kubectl'}, or give its path with --${tool} (the Action's \`${tool}\` input)`
        : 'install it, or put it on PATH';
    return Object.assign(new Error(`${command} ${what}: ${how}`, { cause: error }), {
        code: error.code
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

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ createNodeFs),
/* harmony export */   x: () => (/* binding */ readBoundedSync)
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
 * unchanged-files check (state/unchanged-inputs.ts) make exactly these
 * calls, hundreds at a time. The port stays asynchronous, so a slower file
 * system can be plugged in without changing its callers.
 *
 * A synchronous call that waits blocks the whole process, so reading never
 * waits: see readBoundedSync.
 */

/** Creates the FileSystem that reads the real checkout. */
function createNodeFs() {
    return {
        readFile: (path, maxBytes) => answer(() => readBoundedSync(path, maxBytes)),
        stat: (path) => answer(() => statOf(path)),
        readdir: (path) => answer(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path)),
        // The kinds come with the listing (the directory entry's type, or an
        // lstat where the file system does not record it): a walk needs no
        // lstat per entry.
        readdirKinds: (path) => answer(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { withFileTypes: true }).map((entry) => ({
            name: entry.name,
            kind: kindOf(entry)
        }))),
        realpath: (path) => answer(() => node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path))
    };
}
/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them; the
 * one way ClusterSync reads a file a user can name. The file is opened
 * without waiting (a FIFO would otherwise wait for a writer, forever) and
 * judged by what was opened, not by an earlier look at the path: anything
 * but a regular file is refused ('EFTYPE', or 'EISDIR' for a folder) before
 * a byte is read. The size is checked first ('EFBIG'), and the read stops
 * one byte past the limit, so a file that grows while it is read, or that
 * reports a size it does not have (/proc), can never be read whole.
 */
function readBoundedSync(path, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind === 'folder')
            throw fsError('EISDIR', `${path} is a folder, not a file`);
        if (kind !== 'file')
            throw Object.assign(fsError('EFTYPE', `${path} is a ${kind}, not a regular file`), { kind });
        if (stat.size > maxBytes)
            throw tooLarge(path, maxBytes);
        let buffer = Buffer.allocUnsafeSlow(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > maxBytes)
                    throw tooLarge(path, maxBytes);
                const larger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(larger);
                buffer = larger;
            }
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
        }
        if (length > maxBytes)
            throw tooLarge(path, maxBytes);
        return buffer.subarray(0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
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
        kind: kindOf(s),
        size: s.size
    };
}
function kindOf(s) {
    if (s.isFile())
        return 'file';
    if (s.isDirectory())
        return 'folder';
    if (s.isSymbolicLink())
        return 'symbolic link';
    if (s.isFIFO())
        return 'FIFO';
    if (s.isSocket())
        return 'socket';
    return 'device';
}
function tooLarge(path, maxBytes) {
    return fsError('EFBIG', `${path} is larger than ${maxBytes} bytes`);
}
function fsError(code, message) {
    return Object.assign(new Error(`${code}: ${message}`), { code });
}


/***/ }),

/***/ 9180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ createSystemClock)
/* harmony export */ });
/** Creates the wall clock. */
function createSystemClock() {
    return {
        now: () => new Date(),
        random: () => Math.random(),
        sleep: (ms, signal) => new Promise((resolve) => {
            if (signal?.aborted) {
                resolve();
                return;
            }
            // Whichever comes first ends the other: a sleep that ran out must
            // not leave its listener on a signal that outlives it (a lock wait
            // polls many times on one signal; Node warned of a leak at eleven).
            const done = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', done);
                resolve();
            };
            const timer = setTimeout(done, ms);
            signal?.addEventListener('abort', done, { once: true });
        })
    };
}


/***/ }),

/***/ 8084:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _adapters_kube_direct_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8432);
/* harmony import */ var _adapters_node_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(438);
/* harmony import */ var _adapters_node_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2244);
/* harmony import */ var _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9180);
/** The CLI's process entry: wires real adapters into runCli and sets the exit code. */




const argv = process.argv.slice(2);
/**
 * A sync asked to stop (a cancelled CI job sends SIGTERM, a terminal Ctrl-C
 * SIGINT) stops gracefully: no more steps start, the ones in flight finish,
 * the result is printed and recorded, the lock released. A second signal
 * stops it at once, as any other command stops at the first.
 */
function stopGracefully() {
    const stop = new AbortController();
    const numbers = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
    for (const [name, number] of Object.entries(numbers)) {
        process.on(name, () => {
            if (stop.signal.aborted)
                process.exit(128 + number);
            process.stderr.write(`clustersync: ${name}: starting no more steps; the ones in flight finish, then the result is recorded (send ${name} again to stop at once)\n`);
            stop.abort(new Error(`stopped by ${name}`));
        });
    }
    return stop.signal;
}
/**
 * A reader that stops reading (`clustersync validate … | head`) closes the
 * pipe, and the next write fails with EPIPE: Node throws that as an
 * unhandled 'error' event, a stack trace in the middle of the run (of an
 * apply, for a sync). The rest of that output is dropped instead; the run
 * goes on and ends with its own exit code.
 */
function dropOutputOnClosedPipe() {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED')
                return;
            throw error;
        });
    }
}
dropOutputOnClosedPipe();
const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3641));
process.exitCode = await runCli(argv, {
    ...(argv[0] === 'sync' ? { signal: stopGracefully() } : {}),
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
    fs: (0,_adapters_node_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .createNodeFs */ .U)(),
    exec: (0,_adapters_node_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .createNodeExec */ .k)(),
    kubeApi: (0,_adapters_kube_direct_js__WEBPACK_IMPORTED_MODULE_0__/* .createKubeApiOpener */ .f)(undefined, process.env),
    clock: (0,_adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .createSystemClock */ .g)()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5525:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseConfigYaml),
/* harmony export */   W: () => (/* binding */ ConfigYamlError)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3243);
/**
 * The one way ClusterSync reads configuration files that are plain data:
 * kubeconfigs (the Action's input, the direct channel's files), Helm
 * repository indexes, and the cluster-name peek. js-yaml with the YAML 1.2
 * core schema: small, quick to start, and no positions needed. Cluster
 * definitions are different (file:line:field diagnostics need the `yaml`
 * library's positions; definition/yaml-parse.ts).
 */

/** Thrown for text that is not YAML; says only the line, never the text. */
class ConfigYamlError extends Error {
    line;
    name = 'ConfigYamlError';
    constructor(message, 
    /** 1-based, when the parser knows it. */
    line) {
        super(message);
        this.line = line;
    }
}
/**
 * The YAML 1.2 core schema plus merge keys (`<<: *defaults`), which kubectl
 * reads in kubeconfigs and Ankra in definitions (Go's YAML keeps YAML 1.1's
 * merge). js-yaml refuses other tags and control characters on its own.
 */
const configSchema = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend({
    // js-yaml's own merge type, which its typings do not export: a key that
    // resolves to this tag is merged by the loader.
    implicit: [
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:merge', {
            kind: 'scalar',
            resolve: (data) => data === '<<'
        })
    ]
});
/**
 * The first document of `text` as plain data. With `lenient`, a key given
 * twice keeps its last value (machine-written files such as Helm indexes).
 * The error never quotes the text: a kubeconfig holds credentials.
 */
function parseConfigYaml(text, options = {}) {
    try {
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, {
            schema: configSchema,
            ...(options.lenient ? { json: true } : {})
        });
    }
    catch (error) {
        if (!(error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
            throw error;
        const line = error.mark ? error.mark.line + 1 : undefined;
        throw new ConfigYamlError(`not valid YAML${line ? ` (line ${line}: ${error.reason})` : `: ${error.reason}`}`, line);
    }
}


/***/ }),

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   FN: () => (/* binding */ absoluteIn),
/* harmony export */   Kv: () => (/* binding */ inGitFolder),
/* harmony export */   XD: () => (/* binding */ readRoot),
/* harmony export */   eV: () => (/* binding */ maxFileBytes),
/* harmony export */   oG: () => (/* binding */ realPathInside),
/* harmony export */   vK: () => (/* binding */ readGuarded),
/* harmony export */   ws: () => (/* binding */ refuseUnreadable)
/* harmony export */ });
/* unused harmony export climbsOut */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one guarded way to read a file a repository names: the definition,
 * includes, `from_file`, values files, chart folders, registry folders, and
 * the Action's early look at the cluster's name. A pull request writes these
 * files, and the Action reads them before any check and for forks too, so
 * every read is refused, as data and never a throw, unless the path
 *
 * - stays inside the root, lexically and after symlinks (compared by path
 *   segments, so `..config.yaml` is inside and `../x` is not);
 * - is a regular file: a FIFO would hang the run, a device (a link to
 *   /dev/zero) would fill its memory, a socket is no file at all;
 * - is at most `maxBytes` long, checked before reading, and read with that
 *   cap (the FileSystem port's contract), so a file that grows or lies
 *   about its size is still never read past the limit.
 */


/** Files larger than this are refused before they are read (5 MiB). */
const maxFileBytes = 5 * 1024 * 1024;
/**
 * True when `path` is the absolute `root`, a separator, and names that are
 * neither empty, `.` nor `..` (split at either slash, which can only send
 * more paths to relative()): below the root without resolving anything.
 * Real paths under a real root are all of this form, and relative()
 * resolves both paths, asking for the working folder, on every call.
 */
function isPlainlyBelow(root, path) {
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(root) ||
        root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ||
        !path.startsWith(root) ||
        path[root.length] !== node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
        return false;
    return !path
        .slice(root.length + 1)
        .split(/[\\/]/)
        .some((name) => name === '' || name === '.' || name === '..');
}
/** Resolves the root's real path once; a missing root stays as given. */
async function readRoot(fs, root) {
    try {
        return { root, realRoot: await fs.realpath(root) };
    }
    catch {
        // A missing root shows up as a missing file right after.
        return { root, realRoot: root };
    }
}
/** True when `path` is `root` or below it, compared segment by segment. */
function isInside(root, path) {
    if (isPlainlyBelow(root, path))
        return true;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return !(rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** True when a repository-relative path climbs above the root. */
function climbsOut(path) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path);
    return normal === '..' || normal.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(path);
}
/** The absolute path of a repository-relative path. */
function absoluteIn(root, path) {
    return path === '' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...path.split('/'));
}
/**
 * The real path of `path` (repository-relative) when it exists and stays
 * inside the root, or why not. `what` names the file in messages
 * ("include", "the cluster definition").
 */
async function realPathInside(fs, at, path, what) {
    if (climbsOut(path))
        return refuse('path-escapes-repository', `${what} "${path}" leaves the repository`, 'Write paths relative to the file that contains them, inside the repository.');
    let real;
    try {
        real = await fs.realpath(absoluteIn(at.root, path));
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'ELOOP')
            return refuse('file-not-found', `${what} "${path}" is a symbolic link whose links loop and never reach a file`, 'Replace the link with the file or folder it should name.');
        return refuse('file-not-found', `${what} "${path}" does not exist`, 'Check the spelling; paths are relative to the file that contains them.');
    }
    if (!isInside(at.realRoot, real))
        return refuse('path-escapes-repository', `${what} "${path}" is a symbolic link to a place outside the repository`, 'Copy the file into the repository instead of linking to it.');
    if (inGitFolder(path) || inGitFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(at.realRoot, real)))
        return refuse('path-in-git-folder', `${what} "${path}" is inside .git/, which holds the checkout's own data (in CI, its credentials); it is never read`, 'Name a file of the repository, outside .git/.');
    return real;
}
/** True when a path has a `.git` folder among its parts (any letter case). */
function inGitFolder(path) {
    return path.split(/[\\/]/).some((part) => part.toLowerCase() === '.git');
}
/**
 * Whether what lies at the real path `real` may be read: a regular file of
 * at most `maxBytes`. `stat` is its lstat when already known.
 */
function refuseUnreadable(stat, path, what, maxBytes = maxFileBytes) {
    if (stat.kind === 'folder')
        return refuse('not-a-file', `${what} "${path}" is a folder, not a file`, 'Name a .yaml file here (includes accept folders; from_file does not).');
    if (stat.kind !== 'file')
        return notRegular(path, what, stat.kind);
    if (stat.size > maxBytes)
        return refuse('file-too-large', `${what} "${path}" is ${stat.size} bytes; the limit is ${limitText(maxBytes)}`, 'Split it into several files and include them.');
    return undefined;
}
/**
 * Reads `path` (repository-relative) under every guard of the file
 * comment. `known` is the real path and lstat when a folder listing
 * already found them; `read` replaces the read itself (a read-ahead of the
 * same real path, started only after the same checks).
 */
async function readGuarded(fs, at, path, what, options = {}) {
    const maxBytes = options.maxBytes ?? maxFileBytes;
    const real = options.known?.real ?? (await realPathInside(fs, at, path, what));
    if (typeof real !== 'string')
        return real;
    try {
        const stat = options.known?.stat ?? (await fs.stat(real));
        const refused = refuseUnreadable(stat, path, what, maxBytes);
        if (refused)
            return refused;
        const bytes = await (options.read?.(real) ?? fs.readFile(real, maxBytes));
        return { bytes, real };
    }
    catch (error) {
        return failedRead(error, path, what, maxBytes);
    }
}
/** A read that failed after its checks passed: the file changed under us. */
function failedRead(error, path, what, maxBytes) {
    const { code, kind } = (error ?? {});
    if (code === 'EFBIG')
        return refuse('file-too-large', `${what} "${path}" grew past the limit of ${limitText(maxBytes)} while it was read`, 'Split it into several files and include them.');
    if (code === 'EFTYPE' || code === 'EISDIR')
        return notRegular(path, what, typeof kind === 'string' ? kind : 'folder');
    // A race (deleted between checks) or a permission problem: the user can
    // fix it, so it is a refusal, not a crash.
    return refuse('file-not-found', `${what} "${path}" could not be read`);
}
function notRegular(path, what, kind) {
    return refuse('not-a-file', `${what} "${path}" is a ${kind}, not a file`, 'Replace it with a regular file: ClusterSync reads only regular files, since a FIFO, socket or device can hang a run or fill its memory.');
}
function limitText(maxBytes) {
    const mib = maxBytes / (1024 * 1024);
    return Number.isInteger(mib)
        ? `${maxBytes} bytes (${mib} MiB)`
        : `${maxBytes} bytes`;
}
function refuse(code, message, hint) {
    return {
        refused: hint === undefined ? { code, message } : { code, message, hint }
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ saysUnreachable),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Fy: () => (/* binding */ isUnreachableError),
/* harmony export */   Jk: () => (/* binding */ UnreachableError),
/* harmony export */   KY: () => (/* binding */ trimOutput),
/* harmony export */   Kx: () => (/* binding */ saysUntrustedServer),
/* harmony export */   Zn: () => (/* binding */ saysNoCredential),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   kW: () => (/* binding */ isOutsideFailure),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   vh: () => (/* binding */ internalErrorMessage)
/* harmony export */ });
/* unused harmony exports isUserError, isSystemError */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
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
    exitCode;
    name = 'ToolError';
    command;
    stderr;
    constructor(message, command, exitCode, stderr) {
        // The command may name a chart repository by a URL with credentials,
        // and helm repeats that URL in its errors.
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlCredentials */ .dE)(message));
        this.exitCode = exitCode;
        this.command = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlCredentials */ .dE)(command);
        this.stderr = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlCredentials */ .dE)(stderr);
    }
}
// What kubectl, helm and Go's net/http say when the server was never
// reached at all (no answer, not a refusal by the server). Per-object and
// per-release errors never look like this. The one list every "cannot
// reach" decision reads: retries, the live preview, status, the CLI's exit
// code.
const unreachableWords = /connection refused|the connection to the server \S+ was refused|unable to connect to the server|no such host|i\/o timeout|tls handshake timeout|no route to host|network is unreachable|kubernetes cluster unreachable|couldn't get current server api group list/i;
// Node's codes for a connection that could not be made (node:net, node:dns
// and undici, which fetch and so octokit use underneath).
const unreachableCodes = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_SOCKET'
]);
// client-go's words when the kubeconfig's user could not give a credential
// (an exec plugin that failed or is missing, an auth provider that could
// not refresh): kubectl and helm put them after "Unable to connect to the
// server:" or "Kubernetes cluster unreachable:", but the server was never
// asked, and no retry logs the user in again.
const credentialWords = /getting credentials: /i;
/** True when a tool's output or an error message says the server could not be reached. */
function saysUnreachable(text) {
    return unreachableWords.test(text) && !saysNoCredential(text);
}
/** True when the output says the kubeconfig's user could not give a credential. */
function saysNoCredential(text) {
    return credentialWords.test(text);
}
// The API server's certificate is not one the kubeconfig trusts (another
// CA, an expired certificate, another host name), in kubectl's words: it
// stays so until someone fixes the kubeconfig or the server. Only where the
// server itself was not reached: a webhook's certificate the API server
// rejects ("failed calling webhook …: x509: …") is the server's answer.
const untrustedServerWords = /unable to connect to the server: (x509: |tls: failed to verify certificate)/i;
/** True when the output says the API server's certificate is not trusted. */
function saysUntrustedServer(text) {
    return untrustedServerWords.test(text);
}
/**
 * True when `error` means the cluster or another service could not be
 * reached (exit code 3): an UnreachableError, a message in the words above
 * (a ToolError's message carries the tool's stderr), or anything whose cause chain carries one of Node's
 * connection codes (a GitHub request that never got an answer).
 */
function isUnreachableError(error) {
    if (error instanceof UnreachableError)
        return true;
    if (saysUnreachable(getErrorMessage(error)))
        return true;
    // Bounded: a cause chain is short, and a cycle must not hang the funnel.
    let current = error;
    for (let depth = 0; depth < 8 && isObject(current); depth++) {
        const code = current.code;
        if (typeof code === 'string' && unreachableCodes.has(code))
            return true;
        current = current.cause;
    }
    return false;
}
function isObject(value) {
    return typeof value === 'object' && value !== null;
}
/** A Node system error's code (`ENOENT`, `EACCES`, …), else 'unreadable'. */
function errorCode(error) {
    const code = isObject(error) ? error.code : undefined;
    return typeof code === 'string' ? code : 'unreadable';
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
/**
 * The last `maxLines` non-empty lines of a tool's stderr, for error
 * messages; credentials in URLs hidden (helm names a repository by the URL
 * it was given).
 */
function trimOutput(text, maxLines = 8) {
    const lines = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlCredentials */ .dE)(text)
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.length > 0);
    return lines.slice(-maxLines).join('\n');
}
/** The user's to fix (definition, inputs, flags, kubeconfig), not ours. */
function isUserError(error) {
    return error instanceof ConfigurationError || error instanceof UsageError;
}
/**
 * True for a failure of the runner's or the user's system, not of
 * ClusterSync: Node's system errors (EACCES, ENOENT, ENOSPC …) carry such a
 * code.
 */
function isSystemError(error) {
    return /^E[A-Z]+$/.test(errorCode(error));
}
/**
 * True when `error` is a failure outside ClusterSync that was said as it
 * is: a tool (kubectl, helm) that ran and failed, a system error, or an
 * HTTP service's answer (octokit's RequestError carries its `status`).
 * Such failures are never called a bug of ours.
 */
function isOutsideFailure(error) {
    return (error instanceof ToolError ||
        isSystemError(error) ||
        (isObject(error) && typeof error.status === 'number'));
}
/**
 * What to say about a failure nobody classified: a bug of ClusterSync's,
 * said as one, with what to do about it — never a stack trace, which the
 * caller shows only when asked for debug output.
 */
function internalErrorMessage(error, debugHint) {
    return `internal error: ${getErrorMessage(error)}. This is a bug in ClusterSync, not a problem with your repository, inputs or cluster; please report it to the ClusterSync maintainers with this log (${debugHint} shows the stack)`;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ quoteWritten),
/* harmony export */   JV: () => (/* binding */ shownPart),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   WV: () => (/* binding */ displayText),
/* harmony export */   Xe: () => (/* binding */ showDiagnostic),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   dE: () => (/* binding */ redactUrlCredentials),
/* harmony export */   jX: () => (/* binding */ maxQuotedLength),
/* harmony export */   kF: () => (/* binding */ displayLines),
/* harmony export */   ws: () => (/* binding */ maxNameLength)
/* harmony export */ });
/* unused harmony export redacted */
/** What stands in for hidden text, as GitHub's own log masking writes it. */
const redacted = '***';
/** The longest value a message quotes; longer ones are cut with a count. */
const maxQuotedLength = 120;
// `scheme://userinfo@`: any scheme (https, oci, ftp, git+ssh…). The userinfo
// stops at the first `/`, `?`, `#`, whitespace or quote, as in RFC 3986;
// the last `@` before that ends it, since a password may hold an `@`.
const userinfo = /[^/?#\s"'`<>@]*(?:@[^/?#\s"'`<>@]*)*@/y;
/**
 * `text` with the user and password of every URL in it replaced by `***`.
 * Whatever precedes a `://` counts as its scheme, even inside a word
 * (`x_https://`): hiding too much is safe. Each `://` is found once: a
 * pattern that tried every word start before it took time quadratic in a
 * long run of scheme characters (`a.a.a.…://`), which a pull request can
 * write.
 */
function redactUrlCredentials(text) {
    let out = '';
    let copied = 0;
    let at = text.indexOf('://');
    while (at !== -1) {
        userinfo.lastIndex = at + 3;
        if (userinfo.test(text)) {
            out += `${text.slice(copied, at + 3)}${redacted}@`;
            copied = userinfo.lastIndex;
        }
        at = text.indexOf('://', Math.max(at + 3, copied));
    }
    return copied === 0 ? text : out + text.slice(copied);
}
// C0 and C1 controls (ESC starts ANSI sequences), DEL, and the Unicode line
// separators and bidirectional overrides that reorder or break what a
// reader sees. Tab is kept: it cannot start a line.
const controls = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const named = { '\n': '\\n', '\r': '\\r' };
/** `text` with every control character written as an escape (`\n`, `\u001b`). */
function escapeControls(text) {
    return text.replace(controls, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text from a repository as a terminal or log may show it: credentials in
 * URLs hidden, control characters escaped. Every text renderer passes what
 * it prints through this.
 */
function displayText(text) {
    return escapeControls(redactUrlCredentials(text));
}
/**
 * Text of several lines (a tool's error output) as `displayText` shows one:
 * every line after the first is indented, so none can pass for a line of
 * ClusterSync's own output (no indent where the lines are escaped again, as
 * in a workflow command's data).
 */
function displayLines(text, indent = '  ') {
    return text.split(/\r?\n/).map(displayText).join(`\n${indent}`);
}
/**
 * A value quoted in a message: JSON, URL credentials hidden, cut after
 * `maxQuotedLength` characters with the length said, so a 100 KB value or
 * key is never echoed.
 */
function quoteValue(value) {
    const json = typeof value === 'string' ? JSON.stringify(value) : toJson(value);
    return capQuoted(redactUrlCredentials(json));
}
/** Like `quoteValue`, for text that is already written as the user wrote it. */
function quoteWritten(written) {
    return capQuoted(redactUrlCredentials(written));
}
function capQuoted(text) {
    if (text.length <= maxQuotedLength)
        return text;
    let cut = text.slice(0, maxQuotedLength);
    // Never leave half of a surrogate pair at the cut.
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}… (${text.length} characters)`;
}
function toJson(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
/**
 * `d` with its text passed through `show` (`displayText` for text output,
 * `redactUrlCredentials` for JSON, which escapes controls itself).
 */
function showDiagnostic(d, show) {
    return {
        ...d,
        message: show(d.message),
        ...(d.hint === undefined ? {} : { hint: show(d.hint) }),
        ...(d.file === undefined ? {} : { file: show(d.file) }),
        ...(d.pointer === undefined ? {} : { pointer: show(d.pointer) })
    };
}
/** The longest item name a diff path shows whole (a DNS label's length). */
const maxNameLength = 63;
/**
 * The part of a name a diff path shows (plan/object-diff.ts, pathName): its
 * first `maxNameLength` characters (code points, so a surrogate pair is
 * never split), or the whole name when it is no longer. Masking uses it too
 * (secrets/printed-forms.ts): a secret cut here is no longer the whole
 * secret a scrubber looks for.
 */
function shownPart(name) {
    // Each code point is at most two code units: a short name is whole.
    if (name.length <= maxNameLength)
        return name;
    const chars = [...name];
    return chars.length > maxNameLength
        ? chars.slice(0, maxNameLength).join('')
        : name;
}


/***/ }),

/***/ 7586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ stopReason),
/* harmony export */   k: () => (/* binding */ eitherSignal)
/* harmony export */ });
/**
 * A run's stop signals: why one stopped the run, and either of two.
 */
/**
 * Why a run's signal stopped it, in the words every part of the run uses:
 * the Action's time budget (`AbortSignal.timeout`, a TimeoutError) or a
 * cancel (the job cancelled, a signal to the CLI). The reason is read by
 * name, not by class: a DOMException is an Error only in its own realm.
 */
function stopReason(signal) {
    const reason = signal?.reason;
    const name = typeof reason === 'object' && reason !== null
        ? reason.name
        : undefined;
    return name === 'TimeoutError'
        ? 'the run ran out of time'
        : 'the run was cancelled';
}
/** A signal that fires when either does (undefined when neither is given). */
function eitherSignal(a, b) {
    return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 8229:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

"use strict";
module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 3243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// What ncc bundles as the CLI (scripts/build.js): src/cli-entry.ts, reached
// from a CommonJS file so that ncc emits CommonJS. Node starts a CommonJS
// program without its ES module loader: an empty .cjs starts in 22 ms here,
// an empty .mjs in 27 ms, and a no-op sync took 4 ms less (BENCHMARKS.md).
__nccwpck_require__(8084)

module.exports = __webpack_exports__;
/******/ })()
;