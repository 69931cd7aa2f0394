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
export interface AwsV4Input {
    readonly method: string;
    readonly url: URL;
    /** Every header to sign except host, which comes from the URL. */
    readonly headers: ReadonlyArray<readonly [string, string]>;
    /** Hex SHA-256 of the body, or UNSIGNED-PAYLOAD. */
    readonly payloadHash: string;
    readonly amzDate: string;
    readonly region: string;
    readonly service: string;
    readonly accessKey: string;
    readonly secretKey: string;
}
/** Region and service come with the credential: the caller has already applied the scheme's defaults. */
export declare function signAwsV4(credential: AwsV4Credential & {
    region: string;
    service: string;
}, request: SigningRequest): Promise<Signature>;
/** The Authorization header value for a canonical request built from `input`. */
export declare function awsV4Authorization(input: AwsV4Input): Promise<string>;
