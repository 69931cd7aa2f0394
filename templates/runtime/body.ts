// Request body encoding as the endpoint spec declares it.
import { PostforgeError } from './errors.js';
import { describeEndpoint } from './url.js';
import type { EndpointSpec } from './spec.js';

/** Returns the body to send (undefined for none); may set content-type on `headers`. */
export function encodeBody(spec: EndpointSpec, body: unknown, headers: Headers): string | undefined {
  if (spec.body === undefined || body === undefined) return undefined;
  const method = spec.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    // fetch cannot send a body with these methods; fail with a reason instead of a bare TypeError.
    throw new PostforgeError('body_not_allowed', `${describeEndpoint(spec)} cannot send a body: fetch forbids bodies on ${method}.`);
  }
  if (spec.body === 'text') return String(body);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return JSON.stringify(body);
}
