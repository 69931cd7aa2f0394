"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signJwt = signJwt;
exports.jwsSignature = jwsSignature;
// Postman's "JWT Bearer" auth: a JWT signed with HS256/384/512 on every request, sent as
// `Authorization: <prefix> <jwt>` or as a query parameter. RS*, PS* and ES* need a private key and
// go to the client's `sign` hook instead (the generator never makes such a scheme of this type).
const crypto_js_1 = require("./crypto.js");
const HASHES = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };
async function signJwt(spec, credential, payload) {
    const header = { ...(credential.header ?? parseObject(spec.header)), alg: spec.algorithm };
    const input = `${(0, crypto_js_1.base64Url)((0, crypto_js_1.utf8)(JSON.stringify(header)))}.${(0, crypto_js_1.base64Url)((0, crypto_js_1.utf8)(JSON.stringify(payload)))}`;
    const key = spec.secretBase64 ? (0, crypto_js_1.fromBase64)(credential.secret) : (0, crypto_js_1.utf8)(credential.secret);
    const token = `${input}.${await jwsSignature(spec.algorithm, input, key)}`;
    if (spec.in === 'query')
        return { headers: [], query: [[spec.name, token]] };
    return { headers: [['Authorization', spec.prefix === '' ? token : `${spec.prefix} ${token}`]], query: [] };
}
/** RFC 7515: the base64url HMAC of the signing input `<header>.<payload>`. */
async function jwsSignature(algorithm, signingInput, key) {
    return (0, crypto_js_1.base64Url)(await (0, crypto_js_1.hmac)(HASHES[algorithm], key, signingInput));
}
function parseObject(text) {
    const value = text.trim() === '' ? {} : JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
