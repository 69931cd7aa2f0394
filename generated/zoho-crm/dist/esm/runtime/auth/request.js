// What a signer sees of the request it signs, and what it adds to it.
import { utf8 } from './crypto.js';
/** The bytes fetch will send for `body`, where they can be known before sending. */
export async function bodyBytes(body) {
    if (body === undefined || body === null)
        return null;
    if (typeof body === 'string')
        return utf8(body);
    if (body instanceof URLSearchParams)
        return utf8(body.toString());
    if (body instanceof Blob)
        return new Uint8Array(await body.arrayBuffer());
    if (body instanceof ArrayBuffer)
        return new Uint8Array(body.slice(0));
    if (ArrayBuffer.isView(body))
        return new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    return 'unreadable';
}
/** The body as text, for signers that read form fields from it. */
export function bodyText(request) {
    return request.body === null || request.body === 'unreadable' ? '' : new TextDecoder().decode(request.body);
}
