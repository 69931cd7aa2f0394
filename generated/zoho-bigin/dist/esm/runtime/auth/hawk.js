// Hawk (hapijs/hawk) request authentication, as Postman's hawk auth signs: a MAC over the
// timestamp, nonce, method, resource, host and port, optionally the payload hash, in
// `Authorization: Hawk id="…", ts="…", nonce="…", mac="…"`.
import { base64, digest, hmac, randomNonce } from './crypto.js';
const HASHES = { sha1: 'SHA-1', sha256: 'SHA-256' };
export async function signHawk(spec, credential, request) {
    const { url } = request;
    const hash = spec.includePayloadHash && request.body !== 'unreadable'
        ? await payloadHash(spec.algorithm, request.headers.get('content-type'), request.body ?? '')
        : null;
    const artifacts = {
        ts: String(Math.floor(request.time.getTime() / 1000)),
        nonce: request.nonce ?? randomNonce(6),
        method: request.method,
        resource: url.pathname + url.search,
        host: url.hostname,
        port: url.port || (url.protocol === 'http:' ? '80' : '443'),
        hash,
        ext: credential.ext ?? spec.ext,
        app: credential.app ?? spec.app,
        dlg: credential.dlg ?? spec.dlg,
    };
    return {
        headers: [['Authorization', await hawkHeader(credential.authId, credential.authKey, spec.algorithm, artifacts)]],
        query: [],
    };
}
export async function hawkHeader(id, key, algorithm, a) {
    const ext = a.ext ? a.ext.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') : '';
    const lines = [
        'hawk.1.header',
        a.ts,
        a.nonce,
        a.method.toUpperCase(),
        a.resource,
        a.host.toLowerCase(),
        a.port,
        a.hash ?? '',
        ext,
    ];
    if (a.app)
        lines.push(a.app, a.dlg ?? '');
    const mac = base64(await hmac(HASHES[algorithm], key, lines.join('\n') + '\n'));
    const fields = [`id="${id}"`, `ts="${a.ts}"`, `nonce="${a.nonce}"`];
    if (a.hash)
        fields.push(`hash="${a.hash}"`);
    if (a.ext)
        fields.push(`ext="${a.ext.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    fields.push(`mac="${mac}"`);
    if (a.app)
        fields.push(`app="${a.app}"`, ...(a.dlg ? [`dlg="${a.dlg}"`] : []));
    return `Hawk ${fields.join(', ')}`;
}
/** `hawk.1.payload`, the content type without parameters, and the body. */
export async function payloadHash(algorithm, contentType, body) {
    const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const head = new TextEncoder().encode(`hawk.1.payload\n${mime}\n`);
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const all = new Uint8Array(head.length + bytes.length + 1);
    all.set(head);
    all.set(bytes, head.length);
    all[all.length - 1] = 0x0a;
    return base64(await digest(HASHES[algorithm], all));
}
