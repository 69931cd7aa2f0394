"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRuntime = createRuntime;
// The runtime every generated endpoint function calls: it turns an EndpointSpec plus the
// caller's params into one fetch, and the response into { status, data, headers }.
// Non-2xx statuses are returned, never thrown: endpoint result unions type them.
const auth_js_1 = require("./auth.js");
const body_js_1 = require("./body.js");
const decode_js_1 = require("./decode.js");
const errors_js_1 = require("./errors.js");
const headers_js_1 = require("./headers.js");
const url_js_1 = require("./url.js");
function createRuntime(config) {
    return {
        async call(spec, params, options) {
            const request = await buildRequest(config, spec, params, options);
            // Copied to a local first: calling `config.fetch(...)` would bind `this` to config, which browsers reject.
            const fetchFn = config.fetch ?? globalThis.fetch;
            const response = await fetchFn(request);
            return { status: response.status, data: await (0, decode_js_1.decodeBody)(response), headers: response.headers };
        },
    };
}
async function buildRequest(config, spec, params, options) {
    const endpoint = (0, url_js_1.describeEndpoint)(spec);
    const path = (0, url_js_1.buildPath)(config.baseUrl, spec, params?.path);
    const query = (0, url_js_1.buildQuery)(params?.query);
    const headers = (0, headers_js_1.mergeHeaders)(config.headers, spec.headers, params?.headers, options?.headers);
    const body = (0, body_js_1.encodeBody)(spec, params?.body, headers);
    const scheme = spec.auth === null ? null : { key: spec.auth, spec: lookupScheme(config.schemes, spec.auth, endpoint) };
    const credential = scheme && config.credentials?.[scheme.key];
    const context = {
        method: spec.method,
        url: (0, url_js_1.withQuery)(path, query),
        headers,
        body,
        clock: config.clock,
        nonce: config.nonce,
    };
    const placement = scheme && (await (0, auth_js_1.placeAuth)(scheme.key, scheme.spec, credential, endpoint, context));
    if (placement)
        (0, auth_js_1.applyPlacement)(placement, headers, query);
    const init = { method: spec.method.toUpperCase(), headers };
    if (body !== undefined)
        init.body = body;
    if (options?.signal)
        init.signal = options.signal;
    const request = new Request((0, url_js_1.withQuery)(path, query), init);
    if (scheme === null || placement?.in !== 'hook')
        return request;
    if (!config.sign)
        throw missingSignHook(scheme.key, scheme.spec, endpoint);
    return config.sign(request, { ...scheme, credential });
}
function lookupScheme(schemes, key, endpoint) {
    const scheme = schemes[key];
    if (!scheme)
        throw new errors_js_1.PostforgeError('unknown_auth_scheme', `${endpoint} uses auth scheme "${key}", which is not in the scheme table.`);
    return scheme;
}
function missingSignHook(key, scheme, endpoint) {
    const kind = scheme.type === 'custom' ? scheme.postmanType : scheme.type;
    return new errors_js_1.PostforgeError('missing_sign_hook', `Auth scheme "${key}" (used by ${endpoint}) is Postman "${kind}" auth, which the runtime cannot sign: pass createClient({ sign: (request, scheme) => signedRequest }).`);
}
