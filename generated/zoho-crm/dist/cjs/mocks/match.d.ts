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
/** `rootFor(spec)`: the root the client sends that endpoint to (its own origin, or the base URL). */
export declare function resolveRequest(endpoints: readonly MockEndpoint[], method: string, url: URL, rootFor: (spec: EndpointSpec) => Root): Resolution;
/** The path parameters, decoded, when `pathname` (after the base path, from its `/`) is this template. */
export declare function matchPath(spec: EndpointSpec, pathname: string): Record<string, string> | null;
