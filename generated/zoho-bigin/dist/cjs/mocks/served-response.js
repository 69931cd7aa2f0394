"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.servedResponse = servedResponse;
exports.toFetchResponse = toFetchResponse;
// fetch gives these statuses a null body; constructing a Response with one throws.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
// Framing headers describe the original wire bytes, not the body we serve: a saved
// `content-encoding: gzip` would make fetch gunzip plain text, a stale content-length would truncate.
const FRAMING_HEADERS = new Set([
    'content-length',
    'transfer-encoding',
    'content-encoding',
    'connection',
    'keep-alive',
]);
/** `source` names the example in error messages. */
function servedResponse(saved, source) {
    const { status } = saved;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
        throw new Error(`${source}: cannot serve status ${status}: fetch only returns final responses with statuses 200-599.`);
    }
    // A saved redirect would make the real fetch follow its Location, off to the real host: the test
    // serves the redirect itself, and only to 127.0.0.1.
    const dropLocation = status >= 300 && status < 400;
    const headers = saved.headers
        .filter(([name]) => !FRAMING_HEADERS.has(name.toLowerCase()) && !(dropLocation && name.toLowerCase() === 'location'))
        .map(([name, value]) => [name, value]);
    try {
        new Headers(headers);
    }
    catch (error) {
        throw new Error(`${source}: the saved response headers cannot be served: ${String(error)}`);
    }
    return { status, headers, body: NULL_BODY_STATUSES.has(status) ? null : new TextEncoder().encode(saved.body) };
}
function toFetchResponse(served) {
    return new Response(served.body, { status: served.status, headers: served.headers });
}
