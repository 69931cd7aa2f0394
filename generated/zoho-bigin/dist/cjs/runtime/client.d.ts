import { type AnyCredential } from './auth.js';
import type { Signers } from './auth/types.js';
import type { ApiResponse, AuthSchemes, AuthSchemeSpec, CallParams, RequestOptions, TypedEndpointSpec } from './spec.js';
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
    /** The signers the scheme table needs (the generated client passes them). */
    readonly signers?: Signers;
    /** Retries after the first attempt; default 2. Per call: `options.maxRetries`. */
    readonly maxRetries?: number;
    /** Milliseconds per attempt, until the whole body is read; default 60,000. */
    readonly timeout?: number;
    /** Retry POST and PATCH like idempotent methods; by default they retry only on 429/503 with Retry-After. */
    readonly retryNonIdempotent?: boolean;
    /** Called with each attempt's Request (signed); may return a new one (tracing, extra signing). */
    readonly beforeRequest?: (request: Request) => Request | void | Promise<Request | void>;
    /** Called with each attempt's response before its body is read (logging). */
    readonly afterResponse?: (response: Response, request: Request) => void | Promise<void>;
    /** Waits between attempts; tests pass one that records the waits. */
    readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
    /** Jitter source in [0, 1); defaults to Math.random. */
    readonly random?: () => number;
}
export interface Runtime {
    /**
     * Sends one request. `Params` and `Result` come from the spec (a plain EndpointSpec takes any
     * CallParams and gives `ApiResponse<number, unknown>`). `data` is what the server sent, typed as the
     * endpoint's result: it is not checked at run time (the fixture tests check every saved example).
     */
    call<Params extends CallParams | undefined, Result extends ApiResponse<number, unknown>>(spec: TypedEndpointSpec<Params, Result>, params: NoInfer<Params>, options?: RequestOptions): Promise<Result>;
}
export declare function createRuntime(config: RuntimeConfig): Runtime;
