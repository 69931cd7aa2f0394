import { type AnyCredential } from './auth.js';
import type { ApiResponse, AuthSchemes, AuthSchemeSpec, CallParams, EndpointSpec, RequestOptions } from './spec.js';
export interface RuntimeConfig {
    /** e.g. `https://www.zohoapis.com`; a trailing `/` is ignored. */
    readonly baseUrl: string;
    /** The package's scheme table. */
    readonly schemes: AuthSchemes;
    /** Credentials keyed by scheme key. */
    readonly credentials?: Readonly<Record<string, AnyCredential>>;
    /** Defaults to `globalThis.fetch`, looked up at call time (so test stubs installed later apply). */
    readonly fetch?: typeof fetch;
    /** Sent with every request. */
    readonly headers?: Readonly<Record<string, string>>;
    /** Signs requests for schemes the runtime cannot sign (type `custom`), given that scheme's credential; not called for other schemes. */
    readonly sign?: (request: Request, scheme: {
        key: string;
        spec: AuthSchemeSpec;
        credential: AnyCredential;
    }) => Request | Promise<Request>;
    /** The time signed into oauth1, awsv4, hawk and edgegrid requests; defaults to now (tests fix it). */
    readonly clock?: () => Date;
    /** The nonce signed into oauth1, hawk and edgegrid requests; defaults to a random one per request (tests fix it). */
    readonly nonce?: () => string;
}
export interface Runtime {
    call(spec: EndpointSpec, params: CallParams | undefined, options?: RequestOptions): Promise<ApiResponse<number, unknown>>;
}
export declare function createRuntime(config: RuntimeConfig): Runtime;
