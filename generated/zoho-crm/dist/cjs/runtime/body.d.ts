import type { EndpointSpec } from './spec.js';
/** Returns the body to send (undefined for none); may set or remove content-type on `headers`. */
export declare function encodeBody(spec: EndpointSpec, body: unknown, headers: Headers): BodyInit | undefined;
