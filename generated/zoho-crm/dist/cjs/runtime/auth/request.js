"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bodyBytes = bodyBytes;
exports.bodyText = bodyText;
// What a signer sees of the request it signs, and what it adds to it.
const crypto_js_1 = require("./crypto.js");
/** The bytes fetch will send for `body`, where they can be known before sending. */
async function bodyBytes(body) {
    if (body === undefined || body === null)
        return null;
    if (typeof body === 'string')
        return (0, crypto_js_1.utf8)(body);
    if (body instanceof URLSearchParams)
        return (0, crypto_js_1.utf8)(body.toString());
    if (body instanceof Blob)
        return new Uint8Array(await body.arrayBuffer());
    if (body instanceof ArrayBuffer)
        return new Uint8Array(body.slice(0));
    if (ArrayBuffer.isView(body))
        return new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    return 'unreadable';
}
/** The body as text, for signers that read form fields from it. */
function bodyText(request) {
    return request.body === null || request.body === 'unreadable' ? '' : new TextDecoder().decode(request.body);
}
