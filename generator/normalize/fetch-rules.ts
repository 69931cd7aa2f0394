// What fetch can carry, in one place: the generated client sends every request through fetch and
// every test serves its response through it, so a method, header name or header value fetch
// rejects would make the package's own tests fail at call time. Request headers, example request
// headers and saved response headers are all checked here, and methods too.

/** RFC 9110 `token`: what methods and header names must be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Header values fetch and node:http both accept: tab, visible ASCII, space and Latin-1 (no CR, LF,
 * NUL or other controls, nothing beyond U+00FF).
 */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Methods fetch refuses to send whatever their case (Fetch: "forbidden method"). */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** Why fetch cannot send `method`, or null when it can. */
export function methodProblem(method: string): string | null {
  if (!TOKEN.test(method)) return `${JSON.stringify(method)} is not an HTTP method token`;
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) return `fetch forbids the ${method.toUpperCase()} method`;
  return null;
}

/** Why a header cannot be sent (or served) by fetch, or null when it can; `value` as `headerValueSent` gives it. */
export function headerProblem(name: string, value: string): string | null {
  if (!TOKEN.test(name)) return 'its name is not an HTTP token';
  // Node's fetch keeps headers in a plain object on the way out and silently drops this one.
  if (name.toLowerCase() === '__proto__') return "Node's fetch silently drops a header named __proto__";
  if (!HEADER_VALUE.test(value)) return 'its value holds a line break, a control character or a character beyond Latin-1';
  return null;
}

/** fetch strips leading and trailing spaces and tabs from header values: what goes out is the value without them. */
export function headerValueSent(value: string): string {
  return value.replace(/^[\t ]+|[\t ]+$/g, '');
}

/** fetch sends no body with these methods (and throws when given one). */
export function sendsNoBody(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
