// The signers' primitives, on Web Crypto only (globalThis.crypto.subtle): the same code runs in
// Node 20 and in browsers, and the package needs no dependency.
export function utf8(text) {
    return new TextEncoder().encode(text);
}
export async function hmac(hash, key, data) {
    const raw = typeof key === 'string' ? utf8(key) : key;
    const cryptoKey = await globalThis.crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']);
    return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, typeof data === 'string' ? utf8(data) : data));
}
export async function digest(hash, data) {
    return new Uint8Array(await globalThis.crypto.subtle.digest(hash, typeof data === 'string' ? utf8(data) : data));
}
export function hex(bytes) {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
export function base64(bytes) {
    let binary = '';
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
export function base64Url(bytes) {
    return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
/** Standard or URL-safe base64, padding optional. */
export function fromBase64(text) {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, ''));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
/** RFC 3986 percent-encoding: everything but letters, digits and `-._~` (what OAuth 1.0 and SigV4 sign). */
export function rfc3986(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A random string of `length` letters and digits, for nonces. */
export function randomNonce(length) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b % alphabet.length]).join('');
}
