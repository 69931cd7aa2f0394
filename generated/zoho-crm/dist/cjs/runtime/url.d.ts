import type { CallParams, EndpointSpec } from './spec.js';
/** `PUT /crm/v2/{module}`: names an endpoint in error messages. */
export declare function describeEndpoint(spec: EndpointSpec): string;
/**
 * A lone surrogate (half of a UTF-16 pair, legal in a JS string) becomes U+FFFD, as URLSearchParams
 * and UTF-8 write it; encodeURIComponent would throw a URIError. The generator expects what goes out by the same rule.
 */
export declare function wellFormed(text: string): string;
/** Strips trailing slashes so joining with `/` never doubles one. */
export declare function trimBaseUrl(baseUrl: string): string;
export declare function buildPath(baseUrl: string, spec: EndpointSpec, pathParams: CallParams['path']): string;
export declare function buildQuery(query: CallParams['query']): URLSearchParams;
export declare function withQuery(url: string, query: URLSearchParams): string;
