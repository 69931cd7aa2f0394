import type { Signature, SigningRequest } from './request.js';
export interface EdgeGridSpec {
    readonly type: 'edgegrid';
    /** Request headers to sign, in this order. */
    readonly headersToSign: readonly string[];
    /** Postman's `baseURL`: sign this host instead of the request's; null for the request's. */
    readonly baseUrl: string | null;
    readonly maxBodySize: number;
}
export interface EdgeGridCredential {
    readonly clientToken: string;
    readonly clientSecret: string;
    readonly accessToken: string;
    /** Overrides the scheme's `baseUrl`. */
    readonly baseUrl?: string;
}
export interface EdgeGridInput {
    readonly method: string;
    readonly url: URL;
    /** The host to sign (the request's, or the one Postman's baseURL names). */
    readonly host: string;
    readonly headers: ReadonlyArray<readonly [string, string]>;
    readonly bodyHash: string;
    readonly timestamp: string;
    readonly nonce: string;
}
export declare function signEdgeGrid(spec: EdgeGridSpec, credential: EdgeGridCredential, request: SigningRequest): Promise<Signature>;
export declare function edgeGridHeader(credential: Pick<EdgeGridCredential, 'clientToken' | 'clientSecret' | 'accessToken'>, input: EdgeGridInput): Promise<string>;
/** `20140321T19:34:21+0000`. */
export declare function edgeGridTimestamp(time: Date): string;
