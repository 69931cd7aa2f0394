import { type Bytes } from './crypto.js';
import type { Signature } from './request.js';
export type JwtAlgorithm = 'HS256' | 'HS384' | 'HS512';
interface JwtCommon {
    readonly type: 'jwt';
    readonly algorithm: JwtAlgorithm;
    /** Extra JOSE header fields, as JSON text (`alg` is always the scheme's algorithm). */
    readonly header: string;
    /** The claims, as JSON text; null when the collection's payload has variables without values. */
    readonly payload: string | null;
    /** The secret is base64: sign with its decoded bytes. */
    readonly secretBase64: boolean;
}
export type JwtSpec = (JwtCommon & {
    readonly in: 'header';
    readonly prefix: string;
}) | (JwtCommon & {
    readonly in: 'query';
    readonly name: string;
});
export interface JwtCredential {
    readonly secret: string;
    /** The claims to sign; replaces the collection's payload. */
    readonly payload?: Readonly<Record<string, unknown>>;
    /** Extra JOSE header fields; replaces the collection's. */
    readonly header?: Readonly<Record<string, unknown>>;
}
export declare function signJwt(spec: JwtSpec, credential: JwtCredential, payload: unknown): Promise<Signature>;
/** RFC 7515: the base64url HMAC of the signing input `<header>.<payload>`. */
export declare function jwsSignature(algorithm: JwtAlgorithm, signingInput: string, key: Bytes): Promise<string>;
export {};
