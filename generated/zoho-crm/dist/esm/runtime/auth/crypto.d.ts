/** Bytes Web Crypto accepts (a view over a plain ArrayBuffer). */
export type Bytes = Uint8Array<ArrayBuffer>;
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
export declare function utf8(text: string): Bytes;
export declare function hmac(hash: HashName, key: Bytes | string, data: Bytes | string): Promise<Bytes>;
export declare function digest(hash: HashName, data: Bytes | string): Promise<Bytes>;
export declare function hex(bytes: Bytes): string;
export declare function base64(bytes: Bytes): string;
export declare function base64Url(bytes: Bytes): string;
/** Standard or URL-safe base64, padding optional. */
export declare function fromBase64(text: string): Bytes;
/** RFC 3986 percent-encoding: everything but letters, digits and `-._~` (what OAuth 1.0 and SigV4 sign). */
export declare function rfc3986(text: string): string;
/** A random string of `length` letters and digits, for nonces. */
export declare function randomNonce(length: number): string;
