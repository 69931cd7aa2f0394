"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeBody = encodeBody;
// Request body encoding as the endpoint spec declares it.
const errors_js_1 = require("./errors.js");
const json_js_1 = require("./json.js");
const url_js_1 = require("./url.js");
/** Returns the body to send (undefined for none); may set or remove content-type on `headers`. */
function encodeBody(spec, body, headers) {
    // A GraphQL call without a body still sends the collection's query.
    if (spec.body === undefined || (body === undefined && spec.body !== 'graphql'))
        return undefined;
    const method = spec.method.toUpperCase();
    if (method === 'GET' || method === 'HEAD') {
        // fetch cannot send a body with these methods; fail with a reason instead of a bare TypeError.
        throw new errors_js_1.PostforgeError('body_not_allowed', `${(0, url_js_1.describeEndpoint)(spec)} cannot send a body: fetch forbids bodies on ${method}.`);
    }
    switch (spec.body) {
        case 'text':
            return String(body);
        case 'json':
            return json(body, headers);
        case 'form':
            if (!headers.has('content-type'))
                headers.set('content-type', 'application/x-www-form-urlencoded');
            return body instanceof URLSearchParams ? body.toString() : formParams(fieldsOf(spec, body)).toString();
        case 'multipart':
            // fetch writes `multipart/form-data; boundary=…` itself; any other content type would lose the boundary.
            headers.delete('content-type');
            return body instanceof FormData ? body : formData(fieldsOf(spec, body));
        case 'binary':
            return binary(spec, body);
        case 'graphql': {
            const { query, ...rest } = (body ?? {});
            return json({ query: query ?? spec.graphqlQuery, ...rest }, headers);
        }
    }
}
function json(value, headers) {
    if (!headers.has('content-type'))
        headers.set('content-type', 'application/json');
    // A bigint (an int64 beyond 2^53) goes out as a bare number with every digit.
    return (0, json_js_1.stringifyJson)(value);
}
function formParams(fields) {
    const params = new URLSearchParams();
    for (const [name, value] of fields) {
        for (const item of valuesOf(value))
            params.append(name, String(item));
    }
    return params;
}
/** Blobs become file parts (a `File` keeps its name; a plain Blob is named `blob`), everything else text. */
function formData(fields) {
    const form = new FormData();
    for (const [name, value] of fields) {
        for (const item of valuesOf(value)) {
            if (item instanceof Blob)
                form.append(name, item);
            else
                form.append(name, String(item));
        }
    }
    return form;
}
/** Field values: undefined and null are skipped, arrays repeat the key. */
function valuesOf(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((v) => v !== undefined && v !== null);
}
function fieldsOf(spec, body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new errors_js_1.PostforgeError('invalid_body', `${(0, url_js_1.describeEndpoint)(spec)} sends form fields: pass the body as an object of field values.`);
    }
    return Object.entries(body);
}
/**
 * A Blob, ArrayBuffer, typed array or ReadableStream goes out as is (a stream is sent once, never
 * retried); a Blob's own type is the content type unless a header sets one.
 */
function binary(spec, body) {
    if (body instanceof Blob ||
        body instanceof ArrayBuffer ||
        ArrayBuffer.isView(body) ||
        typeof body === 'string' ||
        body instanceof ReadableStream)
        return body;
    throw new errors_js_1.PostforgeError('invalid_body', `${(0, url_js_1.describeEndpoint)(spec)} sends a file: pass the body as a Blob, ArrayBuffer, Uint8Array or ReadableStream.`);
}
