import type { EndpointSpec } from '../runtime/index.js';
import type { MockEndpoint } from './saved-example.js';
export type Resolution = 
/** Not under the API's base URL (or an endpoint's own origin): some other handler's business. */
{
    readonly kind: 'outside';
} | {
    readonly kind: 'match';
    readonly endpoint: MockEndpoint;
    readonly path: Readonly<Record<string, string>>;
} | {
    readonly kind: 'refused';
    readonly message: string;
};
/** Where an endpoint's paths start: an origin and a base path (`''` or `/v1`). */
export interface Root {
    readonly origin: string;
    readonly basePath: string;
}
export declare function rootOf(baseUrl: string): Root;
/** What tells apart endpoints that are otherwise the same request (the same method and path, on one server). */
export interface Tiebreak {
    /** The request's headers, when the transport has them. */
    readonly headers?: Headers | undefined;
    /**
     * Endpoints that send the same request (a copied Postman request) cannot be told apart: the one
     * whose example the app picked answers, then one that has an example to answer with, then the first.
     */
    readonly picked?: ReadonlySet<string>;
    readonly served?: ReadonlySet<string>;
}
/** `rootFor(spec)`: the root the client sends that endpoint to (its own origin, or the base URL). */
export declare function resolveRequest(endpoints: readonly MockEndpoint[], method: string, url: URL, rootFor: (spec: EndpointSpec) => Root, tiebreak?: Tiebreak): Resolution;
/**
 * The path parameters, decoded, when `pathname` (the whole path of the request URL) is this
 * template under `root`, or null. The template is built as the client builds the URL (buildPath:
 * the root and the parts joined with `/`) and put through the URL parser whole, as the client's
 * Request puts it: so dot segments (`/./`, `/a/../`), spaces at the ends of the URL and `\` are
 * resolved here exactly as on the wire. A parameter a `..` removes from the path is not captured.
 */
export declare function matchPath(spec: EndpointSpec, pathname: string, root?: Root): Record<string, string> | null;
/**
 * What a request of this endpoint is to the mocks under `root`: endpoints with one key are told
 * apart by the Tiebreak alone (fixed headers aside: they are part of the key).
 */
export declare function requestKey(endpoint: MockEndpoint, root: Root): string;
