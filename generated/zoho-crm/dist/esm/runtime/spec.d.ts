import type { AwsV4Spec, EdgeGridSpec, HawkSpec, JwtSpec, OAuth1Spec } from './auth/types.js';
/** A path segment: a literal (already URL-safe, as written in the collection) or a path parameter by its key in `params.path`. */
export type PathPart = string
/** A parameter, alone in its segment or with literal text around it (OData's `users('{id}')`). */
 | {
    readonly param: string;
    readonly prefix?: string;
    readonly suffix?: string;
};
export type BodyEncoding = 'json' | 'text' | 'form' | 'multipart' | 'binary' | 'graphql';
export interface EndpointSpec {
    readonly method: string;
    /** Joined with `/` after the base URL. */
    readonly path: readonly PathPart[];
    /** Headers the collection always sends with this request (never credentials). */
    readonly headers?: Readonly<Record<string, string>>;
    /**
     * How `params.body` is encoded (see body.ts), or absent for no body: `json`, `text` (sent as is),
     * `form` (urlencoded), `multipart` (FormData), `binary` (a Blob as is), `graphql` ({ query, variables } as JSON).
     */
    readonly body?: BodyEncoding;
    /** GraphQL endpoints: the collection's query document, sent when the caller passes no `query` of its own. */
    readonly graphqlQuery?: string;
    /** Key of the auth scheme in the client's `AuthSchemes` table, or null for none. */
    readonly auth: string | null;
    /** A base URL of the endpoint's own, used instead of the client's (an upload host, a login host). */
    readonly origin?: string;
}
export type AuthSchemeSpec = {
    readonly type: 'bearer' | 'oauth2';
    readonly in: 'header';
    readonly prefix: string;
} | {
    readonly type: 'oauth2';
    readonly in: 'query';
    readonly name: string;
} | {
    readonly type: 'basic';
} | {
    readonly type: 'apikey';
    readonly in: 'header' | 'query';
    readonly name: string;
}
/** Signed per request by templates/runtime/auth/*.ts, from the request as built. */
 | OAuth1Spec | JwtSpec | AwsV4Spec | HawkSpec | EdgeGridSpec
/** A scheme the runtime cannot sign: the client's `sign` hook must do it. */
 | {
    readonly type: 'custom';
    readonly postmanType: string;
};
export type AuthSchemes = Readonly<Record<string, AuthSchemeSpec>>;
/** A secret, or a function that returns one (called on every request, so it may refresh). */
export type Credential = string | (() => string | Promise<string>);
/** An object credential, or a function that returns one (called on every request). */
export type CredentialOf<T> = T | (() => T | Promise<T>);
export interface BasicCredential {
    readonly username: string;
    readonly password: string;
}
export type QueryValue = string | number | boolean | ReadonlyArray<string | number | boolean>;
/**
 * What a member every object inherits (`toString`, `constructor`, ...) holds. A generated optional
 * query, header or field named like one must admit it, or TypeScript would reject every object
 * without that key; the runtime reads own keys only and skips functions, so it is never sent.
 */
export type InheritedMember = Object[keyof Object];
export interface CallParams {
    readonly path?: Readonly<Record<string, string | number>>;
    readonly query?: Readonly<Record<string, QueryValue | InheritedMember | undefined>>;
    readonly headers?: Readonly<Record<string, string | InheritedMember | undefined>>;
    readonly body?: unknown;
}
/**
 * The compiler's link from a spec to its endpoint's params and result types. It is never set (it
 * exists only in types): `Runtime.call` reads `Params` and `Result` from it, so a generated
 * function's call needs no cast and cannot pass another endpoint's params.
 */
declare const endpointTypes: unique symbol;
/** An EndpointSpec that also names the params its endpoint takes and the result union it returns. */
export interface TypedEndpointSpec<Params extends CallParams | undefined, Result extends ApiResponse<number, unknown>> extends EndpointSpec {
    readonly [endpointTypes]?: {
        readonly params: Params;
        readonly result: Result;
    };
}
/** Per call: overrides the client's retry and timeout settings for this call only. */
export interface RequestOptions {
    /** Aborting stops the call at once (also while waiting to retry): it rejects with code `aborted`. */
    readonly signal?: AbortSignal;
    readonly headers?: Readonly<Record<string, string>>;
    /** Retries after the first attempt; see RetryOptions in client.ts. */
    readonly maxRetries?: number;
    /** Milliseconds per attempt, until the whole body is read; code `timeout` when it runs out. */
    readonly timeout?: number;
    /** Retry POST and PATCH like the idempotent methods (by default only on 429/503 with Retry-After). */
    readonly retryNonIdempotent?: boolean;
}
/** One response: `status` discriminates the union an endpoint returns. */
export interface ApiResponse<S extends number, T> {
    readonly status: S;
    readonly data: T;
    readonly headers: Headers;
}
export {};
