"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signOAuth1 = signOAuth1;
exports.signatureBaseString = signatureBaseString;
// OAuth 1.0a (RFC 5849) as Postman's oauth1 auth signs: HMAC-SHA1/256/512 or PLAINTEXT, the
// oauth_* parameters in the Authorization header or the query. RSA-SHA* needs a private key and
// goes to the client's `sign` hook instead (the generator never makes an RSA scheme of this type).
const crypto_js_1 = require("./crypto.js");
const request_js_1 = require("./request.js");
const HASHES = {
    'HMAC-SHA1': 'SHA-1',
    'HMAC-SHA256': 'SHA-256',
    'HMAC-SHA512': 'SHA-512',
};
async function signOAuth1(spec, credential, request) {
    const hash = spec.signatureMethod === 'PLAINTEXT' ? null : HASHES[spec.signatureMethod];
    const form = isForm(request.headers) ? [...new URLSearchParams((0, request_js_1.bodyText)(request))] : [];
    const core = [
        ['oauth_consumer_key', credential.consumerKey],
        ['oauth_token', credential.token ?? ''],
        ['oauth_signature_method', spec.signatureMethod],
        ['oauth_timestamp', String(Math.floor(request.time.getTime() / 1000))],
        ['oauth_nonce', request.nonce ?? (0, crypto_js_1.randomNonce)(11)],
        ['oauth_version', spec.version],
    ];
    // Extensions are signed only when they have a value, whatever addEmptyParamsToSign says (as Postman does).
    const extensions = [
        [
            'oauth_body_hash',
            hash && spec.includeBodyHash && form.length === 0 && request.body !== 'unreadable'
                ? (0, crypto_js_1.base64)(await (0, crypto_js_1.digest)(hash, request.body ?? ''))
                : '',
        ],
        ['oauth_callback', credential.callback ?? ''],
        ['oauth_verifier', credential.verifier ?? ''],
    ];
    const oauth = [
        ...core.filter(([, v]) => spec.addEmptyParamsToSign || v !== ''),
        ...extensions.filter(([, v]) => v !== ''),
    ];
    const key = `${(0, crypto_js_1.rfc3986)(credential.consumerSecret)}&${(0, crypto_js_1.rfc3986)(credential.tokenSecret ?? '')}`;
    const base = signatureBaseString(request.method, request.url, [...request.url.searchParams, ...form, ...oauth]);
    const signature = hash === null ? key : (0, crypto_js_1.base64)(await (0, crypto_js_1.hmac)(hash, key, base));
    const signed = [...oauth, ['oauth_signature', signature]];
    if (spec.in === 'query')
        return { headers: [], query: signed };
    const realm = credential.realm ?? spec.realm;
    const fields = [...(realm ? [['realm', realm]] : []), ...signed.filter(([, v]) => v !== '')];
    return {
        headers: [['Authorization', `OAuth ${fields.map(([k, v]) => `${(0, crypto_js_1.rfc3986)(k)}="${(0, crypto_js_1.rfc3986)(v)}"`).join(',')}`]],
        query: [],
    };
}
/** RFC 5849 3.4.1: method, base URL (no query, default port dropped) and the sorted, encoded parameters. */
function signatureBaseString(method, url, params) {
    const normalized = params
        .map(([k, v]) => [(0, crypto_js_1.rfc3986)(k), (0, crypto_js_1.rfc3986)(v)])
        .sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
    // The URL parser already lower-cases the host and drops a default port.
    const baseUrl = `${url.protocol}//${url.host}${url.pathname}`;
    return [method.toUpperCase(), (0, crypto_js_1.rfc3986)(baseUrl), (0, crypto_js_1.rfc3986)(normalized)].join('&');
}
/** Byte order, as the RFC asks: not localeCompare. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isForm(headers) {
    return (headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}
