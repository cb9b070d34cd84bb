"use strict";
exports.id = 963;
exports.ids = [963];
exports.modules = {

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createNodeHttp: () => (/* binding */ createNodeHttp)
/* harmony export */ });
/* unused harmony export maxAnswerBytes */
/** Redirects followed at most, as browsers and helm bound them. */
const maxRedirects = 10;
/**
 * The largest answer read (the biggest public chart indexes are a few tens
 * of MB): the URL comes from a definition a pull request may write, and an
 * endless answer must not take the runner's memory.
 */
const maxAnswerBytes = 128 * 1024 * 1024;
/**
 * Creates the HttpClient the CLI uses; redirects are followed, as Helm
 * does. Credentials written in the URL (`https://user:pass@host/`), which
 * fetch refuses, are sent as a Basic header instead; any credentials go to
 * the URL's own origin only.
 */
function createNodeHttp() {
    return {
        getText: async (url, options = {}) => {
            const start = new URL(url);
            const auth = options.basicAuth ?? urlCredentials(start);
            start.username = '';
            start.password = '';
            const signal = options.timeoutMs !== undefined
                ? AbortSignal.timeout(options.timeoutMs)
                : undefined;
            let current = start;
            for (let hop = 0;; hop++) {
                const response = await fetch(current, {
                    redirect: 'manual',
                    headers: auth && current.origin === start.origin
                        ? { authorization: basic(auth) }
                        : {},
                    ...(signal ? { signal } : {})
                });
                const location = response.headers.get('location');
                if (response.status >= 300 &&
                    response.status < 400 &&
                    location !== null &&
                    hop < maxRedirects) {
                    await response.body?.cancel();
                    current = new URL(location, current);
                    continue;
                }
                return { status: response.status, text: await bodyText(response) };
            }
        }
    };
}
function urlCredentials(url) {
    if (url.username === '' && url.password === '')
        return undefined;
    return {
        username: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password)
    };
}
function basic(auth) {
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}
/** The body as UTF-8 text; rejects past `maxAnswerBytes`. */
async function bodyText(response) {
    if (!response.body)
        return '';
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxAnswerBytes) {
            await reader.cancel().catch(() => undefined);
            throw new Error(`the answer is larger than ${maxAnswerBytes / 1024 / 1024} MiB`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ })

};
;