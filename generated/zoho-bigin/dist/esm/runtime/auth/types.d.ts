import type { Signature, SigningRequest } from './request.js';
export interface AwsV4Spec {
    readonly type: 'awsv4';
    /** null: the collection's value is a variable without a value; the credential must give it. */
    readonly region: string | null;
    readonly service: string | null;
}
export interface AwsV4Credential {
    readonly accessKey: string;
    readonly secretKey: string;
    /** Temporary credentials: sent as x-amz-security-token. */
    readonly sessionToken?: string;
    readonly region?: string;
    readonly service?: string;
}
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
/** Each signer, as the runtime calls it: the generated client passes only those its schemes use. */
export interface Signers {
    readonly oauth1?: (spec: OAuth1Spec, credential: OAuth1Credential, request: SigningRequest) => Promise<Signature>;
    readonly jwt?: (spec: JwtSpec, credential: JwtCredential, payload: unknown) => Promise<Signature>;
    readonly awsv4?: (credential: AwsV4Credential & {
        region: string;
        service: string;
    }, request: SigningRequest) => Promise<Signature>;
    readonly hawk?: (spec: HawkSpec, credential: HawkCredential, request: SigningRequest) => Promise<Signature>;
    readonly edgegrid?: (spec: EdgeGridSpec, credential: EdgeGridCredential, request: SigningRequest) => Promise<Signature>;
}
export {};
