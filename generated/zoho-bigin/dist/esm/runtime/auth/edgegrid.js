// Akamai EdgeGrid (EG1-HMAC-SHA256), as Postman's edgegrid auth signs: the signing key is the
// HMAC of the timestamp under the client secret; the signature covers method, scheme, host, path
// with query, the chosen headers, the body hash (POST only, up to maxBodySize bytes) and the
// auth header's own prefix.
import { base64, digest, hmac } from './crypto.js';
export async function signEdgeGrid(spec, credential, request) {
    const body = request.body;
    const sized = body === null || body === 'unreadable' || request.method !== 'POST' ? null : body.subarray(0, spec.maxBodySize);
    const baseUrl = credential.baseUrl ?? spec.baseUrl;
    const input = {
        method: request.method,
        url: request.url,
        host: baseUrl ? new URL(baseUrl).host : request.url.host,
        headers: spec.headersToSign.flatMap((name) => {
            const value = request.headers.get(name.trim());
            return value === null || value === '' ? [] : [[name.trim(), value]];
        }),
        bodyHash: sized === null || sized.length === 0 ? '' : base64(await digest('SHA-256', new Uint8Array(sized))),
        timestamp: edgeGridTimestamp(request.time),
        nonce: request.nonce ?? globalThis.crypto.randomUUID(),
    };
    return { headers: [['Authorization', await edgeGridHeader(credential, input)]], query: [] };
}
export async function edgeGridHeader(credential, input) {
    const prefix = `EG1-HMAC-SHA256 client_token=${credential.clientToken};access_token=${credential.accessToken};timestamp=${input.timestamp};nonce=${input.nonce};`;
    const headers = input.headers
        .map(([name, value]) => `${name.toLowerCase()}:${value.trim().replace(/\s+/g, ' ')}`)
        .join('\t');
    const data = [
        input.method.toUpperCase(),
        input.url.protocol.replace(/:$/, ''),
        input.host,
        input.url.pathname + input.url.search,
        headers,
        input.bodyHash,
        prefix,
    ].join('\t');
    const signingKey = base64(await hmac('SHA-256', credential.clientSecret, input.timestamp));
    return `${prefix}signature=${base64(await hmac('SHA-256', signingKey, data))}`;
}
/** `20140321T19:34:21+0000`. */
export function edgeGridTimestamp(time) {
    return time
        .toISOString()
        .replace(/-/g, '')
        .replace(/\.\d{3}Z$/, '+0000');
}
