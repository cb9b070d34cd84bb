"use strict";
exports.id = 963;
exports.ids = [963];
exports.modules = {

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createNodeHttp: () => (/* binding */ createNodeHttp)
/* harmony export */ });
/** Creates the HttpClient the CLI uses; redirects are followed, as Helm does. */
function createNodeHttp() {
    return {
        getText: async (url, options = {}) => {
            const response = await fetch(url, {
                redirect: 'follow',
                ...(options.timeoutMs !== undefined
                    ? { signal: AbortSignal.timeout(options.timeoutMs) }
                    : {})
            });
            return { status: response.status, text: await response.text() };
        }
    };
}


/***/ })

};
;