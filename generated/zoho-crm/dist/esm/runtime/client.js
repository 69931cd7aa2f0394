// The runtime every generated endpoint function calls: it turns an EndpointSpec plus the
// caller's params into fetches (one per attempt), and the last response into { status, data, headers }.
// Non-2xx statuses are returned, never thrown: endpoint result unions type them. Each attempt
// rebuilds and re-signs the Request, so bodies are re-sent intact and signatures carry a fresh
// time and nonce.
import { applyPlacement, placeAuth } from './auth.js';
import { encodeBody } from './body.js';
import { decodeBody } from './decode.js';
import { PostforgeError } from './errors.js';
import { mergeHeaders } from './headers.js';
import { backoffMs, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, isRetryableStatus, MAX_RETRY_AFTER_MS, mayRetry, retryAfterMs, sleep, } from './retry.js';
import { buildPath, buildQuery, describeEndpoint, withQuery } from './url.js';
export function createRuntime(config) {
    async function call(spec, params, options) {
        const maxRetries = options?.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES;
        const optedIn = options?.retryNonIdempotent ?? config.retryNonIdempotent ?? false;
        // A stream can be read once: it is never retried.
        const once = params?.body instanceof ReadableStream;
        const wait = config.sleep ?? sleep;
        for (let retry = 0;; retry++) {
            const last = once || retry >= maxRetries;
            const outcome = await attempt(config, spec, params, options);
            if ('error' in outcome) {
                if (last || !mayRetry(spec.method, optedIn, false))
                    throw outcome.error;
                await wait(backoffMs(retry, config.random ?? Math.random), options?.signal).catch(aborted(spec));
                continue;
            }
            const { response } = outcome;
            const delay = last ? null : retryDelay(response, spec.method, optedIn, retry, config.random ?? Math.random);
            if (delay === null)
                return outcome.result;
            await wait(delay, options?.signal).catch(aborted(spec));
        }
    }
    return { call };
}
/** One attempt: build, sign, fetch and read the body, within the timeout. */
async function attempt(config, spec, params, options) {
    const timeout = options?.timeout ?? config.timeout ?? DEFAULT_TIMEOUT_MS;
    const caller = options?.signal;
    if (caller?.aborted)
        throw aborted(spec)(caller.reason);
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller?.reason);
    caller?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException(`no response within ${timeout} ms`, 'TimeoutError'));
    }, timeout);
    try {
        let request = await buildRequest(config, spec, params, options, controller.signal);
        request = (await config.beforeRequest?.(request)) ?? request;
        // Copied to a local first: calling `config.fetch(...)` would bind `this` to config, which browsers reject.
        const fetchFn = config.fetch ?? globalThis.fetch;
        try {
            const response = await fetchFn(request);
            await config.afterResponse?.(response, request);
            const data = await decodeBody(response);
            return { response, result: { status: response.status, data, headers: response.headers } };
        }
        catch (error) {
            if (caller?.aborted)
                throw aborted(spec)(caller.reason);
            const endpoint = describeEndpoint(spec);
            if (timedOut)
                return {
                    error: new PostforgeError('timeout', `${endpoint}: no response within ${timeout} ms.`, { cause: error }),
                };
            if (error instanceof PostforgeError)
                throw error;
            return { error: new PostforgeError('connection', `${endpoint}: the connection failed.`, { cause: error }) };
        }
    }
    finally {
        clearTimeout(timer);
        caller?.removeEventListener('abort', onAbort);
    }
}
/** How long to wait before retrying this response, or null to return it. */
function retryDelay(response, method, optedIn, retry, random) {
    if (!isRetryableStatus(response.status))
        return null;
    const asked = retryAfterMs(response.headers.get('retry-after'), Date.now());
    const serverAsked = asked !== null && (response.status === 429 || response.status === 503);
    if (!mayRetry(method, optedIn, serverAsked))
        return null;
    if (asked === null)
        return backoffMs(retry, random);
    // Waiting less than asked would be refused again; longer than the cap would stall the caller.
    return asked > MAX_RETRY_AFTER_MS ? null : asked;
}
function aborted(spec) {
    return (reason) => {
        throw new PostforgeError('aborted', `${describeEndpoint(spec)}: aborted by the caller's signal.`, {
            cause: reason,
        });
    };
}
async function buildRequest(config, spec, params, options, signal) {
    const endpoint = describeEndpoint(spec);
    const path = buildPath(config.baseUrl, spec, params?.path);
    const query = buildQuery(params?.query);
    const headers = mergeHeaders(config.headers, spec.headers, params?.headers, options?.headers);
    const body = encodeBody(spec, params?.body, headers);
    const scheme = spec.auth === null ? null : { key: spec.auth, spec: lookupScheme(config.schemes, spec.auth, endpoint) };
    const credential = scheme && config.credentials?.[scheme.key];
    const context = {
        method: spec.method,
        url: withQuery(path, query),
        headers,
        body,
        clock: config.clock,
        nonce: config.nonce,
        signers: config.signers ?? {},
    };
    const placement = scheme && (await placeAuth(scheme.key, scheme.spec, credential, endpoint, context));
    if (placement)
        applyPlacement(placement, headers, query);
    const init = { method: spec.method.toUpperCase(), headers, signal };
    if (body !== undefined)
        init.body = body;
    // Node's fetch sends a stream body only half-duplex.
    if (body instanceof ReadableStream)
        init.duplex = 'half';
    const request = new Request(withQuery(path, query), init);
    if (scheme === null || placement?.in !== 'hook')
        return request;
    if (!config.sign)
        throw missingSignHook(scheme.key, scheme.spec, endpoint);
    return config.sign(request, { ...scheme, credential });
}
function lookupScheme(schemes, key, endpoint) {
    const scheme = schemes[key];
    if (!scheme)
        throw new PostforgeError('unknown_auth_scheme', `${endpoint} uses auth scheme "${key}", which is not in the scheme table.`);
    return scheme;
}
function missingSignHook(key, scheme, endpoint) {
    const kind = scheme.type === 'custom' ? scheme.postmanType : scheme.type;
    return new PostforgeError('missing_sign_hook', `Auth scheme "${key}" (used by ${endpoint}) is Postman "${kind}" auth, which the runtime cannot sign: pass createClient({ sign: (request, scheme) => signedRequest }).`);
}
