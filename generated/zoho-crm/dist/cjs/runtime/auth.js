"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.placeAuth = placeAuth;
exports.applyPlacement = applyPlacement;
exports.base64Utf8 = base64Utf8;
// Auth signing: turns a scheme and its credential into the headers and query parameters to set.
// Like Postman's runtime, what a scheme sets REPLACES any same-named header or query parameter set
// earlier (notably a hard-coded Authorization header in the collection).
// Signers are passed in (`signers`), never imported: a package carries only those its schemes use.
const request_js_1 = require("./auth/request.js");
const errors_js_1 = require("./errors.js");
const headers_js_1 = require("./headers.js");
async function placeAuth(key, scheme, credential, endpoint, context) {
    const one = (where, name, value) => where === 'header'
        ? { in: 'request', headers: [[name, value]], query: [] }
        : { in: 'request', headers: [], query: [[name, value]] };
    function fields(required) {
        return credentialObject(key, credential, endpoint, required);
    }
    switch (scheme.type) {
        case 'custom':
            return { in: 'hook' };
        case 'basic': {
            const { username, password } = await fields(['username', 'password']);
            return one('header', 'Authorization', `Basic ${base64Utf8(`${username}:${password}`)}`);
        }
        case 'apikey':
            return one(scheme.in, scheme.name, await secret(key, credential, endpoint));
        case 'bearer':
        case 'oauth2': {
            const token = await secret(key, credential, endpoint);
            if (scheme.in === 'query')
                return one('query', scheme.name, token);
            // An empty prefix sends the bare token (some APIs want no scheme word).
            return one('header', 'Authorization', scheme.prefix === '' ? token : `${scheme.prefix} ${token}`);
        }
        case 'oauth1':
            return signed(signer(context.signers, 'oauth1', key)(scheme, await fields(['consumerKey', 'consumerSecret']), await signingRequest(context)));
        case 'jwt': {
            const given = await fields(['secret']);
            const payload = given.payload ?? (scheme.payload === null ? undefined : JSON.parse(scheme.payload));
            if (payload === undefined)
                throw missingSetting(key, endpoint, 'payload', "{ secret: '...', payload: { ... } }");
            return signed(signer(context.signers, 'jwt', key)(scheme, given, payload));
        }
        case 'awsv4': {
            const given = await fields(['accessKey', 'secretKey']);
            const region = given.region ?? scheme.region;
            const service = given.service ?? scheme.service;
            if (!region)
                throw missingSetting(key, endpoint, 'region', "{ accessKey, secretKey, region: 'us-east-1' }");
            if (!service)
                throw missingSetting(key, endpoint, 'service', "{ accessKey, secretKey, service: 'execute-api' }");
            return signed(signer(context.signers, 'awsv4', key)({ ...given, region, service }, await signingRequest(context)));
        }
        case 'hawk':
            return signed(signer(context.signers, 'hawk', key)(scheme, await fields(['authId', 'authKey']), await signingRequest(context)));
        case 'edgegrid':
            return signed(signer(context.signers, 'edgegrid', key)(scheme, await fields(['clientToken', 'clientSecret', 'accessToken']), await signingRequest(context)));
    }
}
/** Applies a placement, replacing what was there. */
function applyPlacement(placement, headers, query) {
    if (placement.in === 'hook')
        return;
    for (const [name, value] of placement.headers)
        (0, headers_js_1.setHeader)(headers, name, value);
    for (const [name] of placement.query)
        query.delete(name);
    for (const [name, value] of placement.query)
        query.append(name, value);
}
/** btoa only takes Latin-1, so encode to UTF-8 bytes first (passwords may hold any character). */
function base64Utf8(text) {
    let binary = '';
    for (const byte of new TextEncoder().encode(text))
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
async function signed(signature) {
    return { in: 'request', ...(await signature) };
}
async function signingRequest(context) {
    return {
        method: context.method.toUpperCase(),
        url: new URL(context.url),
        headers: context.headers,
        body: await (0, request_js_1.bodyBytes)(context.body),
        time: context.clock?.() ?? new Date(),
        nonce: context.nonce?.() ?? null,
    };
}
async function secret(key, credential, endpoint) {
    if (credential === undefined)
        throw missingCredential(key, endpoint, "'<token>'");
    if (typeof credential !== 'string' && typeof credential !== 'function') {
        throw new errors_js_1.PostforgeError('invalid_credential', `Auth scheme "${key}" (used by ${endpoint}) takes a token string or a function returning one.`);
    }
    // Functions are called on every request so they can refresh tokens.
    const value = typeof credential === 'function' ? await credential() : credential;
    if (typeof value !== 'string' || value === '')
        throw missingCredential(key, endpoint, "'<token>'");
    return value;
}
/** An object credential (or a function returning one, called on every request) with the `required` string fields. */
async function credentialObject(key, credential, endpoint, required) {
    const shape = `{ ${required.map((f) => `${f}: '...'`).join(', ')} }`;
    if (credential === undefined)
        throw missingCredential(key, endpoint, shape);
    const value = typeof credential === 'function' ? await credential() : credential;
    const missing = required.filter((f) => typeof value !== 'object' ||
        value === null ||
        typeof value[f] !== 'string' ||
        value[f] === '');
    if (missing.length) {
        throw new errors_js_1.PostforgeError('invalid_credential', `Auth scheme "${key}" (used by ${endpoint}) takes ${shape}; missing or empty: ${missing.join(', ')}.`);
    }
    return value;
}
function missingCredential(key, endpoint, example) {
    return new errors_js_1.PostforgeError('missing_credential', `No credential for auth scheme "${key}" (used by ${endpoint}). Pass it as createClient({ auth: { ${property(key)}: ${example} } }).`);
}
/** A non-secret setting the collection left to a variable without a value. */
function missingSetting(key, endpoint, setting, example) {
    return new errors_js_1.PostforgeError('missing_credential', `Auth scheme "${key}" (used by ${endpoint}) has no ${setting}: the collection leaves it to a variable. Pass it as createClient({ auth: { ${property(key)}: ${example} } }).`);
}
function property(key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
/** The signer for a kind; the generated client passes every signer its scheme table needs. */
function signer(signers, kind, key) {
    const sign = signers[kind];
    if (!sign)
        throw new errors_js_1.PostforgeError('missing_signer', `Auth scheme "${key}" is ${kind} auth, but the client was created without the ${kind} signer (\`signers: { ${kind} }\`).`);
    return sign;
}
