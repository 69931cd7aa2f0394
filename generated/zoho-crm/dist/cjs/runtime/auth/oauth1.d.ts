import { type Signature, type SigningRequest } from './request.js';
export type OAuth1SignatureMethod = 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT';
export interface OAuth1Spec {
    readonly type: 'oauth1';
    readonly signatureMethod: OAuth1SignatureMethod;
    readonly in: 'header' | 'query';
    /** `oauth_version`; empty: not sent. */
    readonly version: string;
    readonly realm: string | null;
    /** Sign the body's hash as `oauth_body_hash` (not for form bodies, whose fields are signed instead). */
    readonly includeBodyHash: boolean;
    /** Sign empty oauth_* parameters too (`oauth_token=` when there is no token). */
    readonly addEmptyParamsToSign: boolean;
}
export interface OAuth1Credential {
    readonly consumerKey: string;
    readonly consumerSecret: string;
    readonly token?: string;
    readonly tokenSecret?: string;
    /** `oauth_callback`, for a request-token call. */
    readonly callback?: string;
    /** `oauth_verifier`, for an access-token call. */
    readonly verifier?: string;
    /** Overrides the scheme's realm. */
    readonly realm?: string;
}
export declare function signOAuth1(spec: OAuth1Spec, credential: OAuth1Credential, request: SigningRequest): Promise<Signature>;
/** RFC 5849 3.4.1: method, base URL (no query, default port dropped) and the sorted, encoded parameters. */
export declare function signatureBaseString(method: string, url: URL, params: ReadonlyArray<readonly [string, string]>): string;
