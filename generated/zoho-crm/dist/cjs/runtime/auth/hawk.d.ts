import type { Signature, SigningRequest } from './request.js';
export type HawkAlgorithm = 'sha1' | 'sha256';
export interface HawkSpec {
    readonly type: 'hawk';
    readonly algorithm: HawkAlgorithm;
    /** `ext`, `app` and `dlg`: application data, Oz application id and delegated-by id; null for none. */
    readonly ext: string | null;
    readonly app: string | null;
    readonly dlg: string | null;
    /** Sign the payload hash (`hash="…"`) too. */
    readonly includePayloadHash: boolean;
}
export interface HawkCredential {
    readonly authId: string;
    readonly authKey: string;
    /** Override the scheme's `ext`, `app` and `dlg`. */
    readonly ext?: string;
    readonly app?: string;
    readonly dlg?: string;
}
export interface HawkArtifacts {
    readonly ts: string;
    readonly nonce: string;
    readonly method: string;
    /** Path and query, as sent. */
    readonly resource: string;
    readonly host: string;
    readonly port: string;
    readonly hash: string | null;
    readonly ext: string | null;
    readonly app: string | null;
    readonly dlg: string | null;
}
export declare function signHawk(spec: HawkSpec, credential: HawkCredential, request: SigningRequest): Promise<Signature>;
export declare function hawkHeader(id: string, key: string, algorithm: HawkAlgorithm, a: HawkArtifacts): Promise<string>;
/** `hawk.1.payload`, the content type without parameters, and the body. */
export declare function payloadHash(algorithm: HawkAlgorithm, contentType: string | null, body: Uint8Array<ArrayBuffer> | string): Promise<string>;
