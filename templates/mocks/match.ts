// Which endpoint a request is, read from the same EndpointSpec the client builds it from: method,
// path template (literals as the URL parser normalises them, parameters percent-decoded) and the
// query parameters the endpoint always sends. Anything else is refused with a message naming the
// method and the path, so an app test never gets a quiet 404.
import type { EndpointSpec } from '../runtime/index.js';
import { describeEndpoint } from '../runtime/url.js';
import type { MockEndpoint } from './saved-example.js';

export type Resolution =
  /** Not under the API's base URL (or an endpoint's own origin): some other handler's business. */
  | { readonly kind: 'outside' }
  | { readonly kind: 'match'; readonly endpoint: MockEndpoint; readonly path: Readonly<Record<string, string>> }
  | { readonly kind: 'refused'; readonly message: string };

/** Where an endpoint's paths start: an origin and a base path (`''` or `/v1`). */
export interface Root {
  readonly origin: string;
  readonly basePath: string;
}

export function rootOf(baseUrl: string): Root {
  const url = new URL(baseUrl);
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}

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
export function resolveRequest(
  endpoints: readonly MockEndpoint[],
  method: string,
  url: URL,
  rootFor: (spec: EndpointSpec) => Root,
  tiebreak: Tiebreak = {},
): Resolution {
  const target = `${method.toUpperCase()} ${url.pathname}`;
  let inside = false;
  const samePath: Candidate[] = [];
  for (const endpoint of endpoints) {
    const root = rootFor(endpoint.spec);
    if (url.origin !== root.origin) continue;
    // Under the root, or where a template's `..` climbs out of it.
    const path = matchPath(endpoint.spec, url.pathname, root);
    if (path)
      samePath.push({ endpoint, path, literals: endpoint.spec.path.filter((p) => typeof p === 'string').length });
    inside ||= path !== null || url.pathname.startsWith(root.basePath + '/');
  }
  if (!inside) return { kind: 'outside' };
  if (samePath.length === 0) {
    return {
      kind: 'refused',
      message: `postforge mocks: no endpoint matches ${target}. Endpoints: ${listed(endpoints)}.`,
    };
  }
  const sameMethod = samePath.filter((c) => c.endpoint.spec.method.toUpperCase() === method.toUpperCase());
  if (sameMethod.length === 0) {
    const them = samePath.map((c) => `${c.endpoint.operation} (${describeEndpoint(c.endpoint.spec)})`).join(', ');
    return { kind: 'refused', message: `postforge mocks: ${target} has the path of ${them}, but not its method.` };
  }
  // An endpoint whose required query parameters the request lacks is not it: another endpoint on
  // the same method and path may be (`PUT /?id=` beside `PUT /`).
  const complete = sameMethod.filter((c) => missingQuery(c.endpoint, url).length === 0);
  if (complete.length === 0) {
    const best = mostSpecific(sameMethod, tiebreak);
    const missing = missingQuery(best.endpoint, url);
    return {
      kind: 'refused',
      message: `postforge mocks: ${target} is ${best.endpoint.operation} (${describeEndpoint(best.endpoint.spec)}), but lacks its query parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    };
  }
  const best = mostSpecific(complete, tiebreak);
  return { kind: 'match', endpoint: best.endpoint, path: best.path };
}

interface Candidate {
  readonly endpoint: MockEndpoint;
  readonly path: Record<string, string>;
  readonly literals: number;
}

function missingQuery(endpoint: MockEndpoint, url: URL): string[] {
  return endpoint.requiredQuery.filter((name) => !url.searchParams.has(name));
}

/**
 * `/Leads/actions` before `/Leads/{id}`: the template with more literal segments wins, then the one
 * that requires more of the query the request has, then the one more of whose fixed headers the
 * request carries with their values, then (see Tiebreak) the picked, the served, the first.
 */
function mostSpecific(candidates: readonly Candidate[], tiebreak: Tiebreak): Candidate {
  const score = ({ endpoint, literals }: Candidate): number[] => [
    literals,
    endpoint.requiredQuery.length,
    headersCarried(endpoint, tiebreak.headers),
    tiebreak.picked?.has(endpoint.operation) ? 1 : 0,
    tiebreak.served?.has(endpoint.operation) ? 1 : 0,
  ];
  return candidates.reduce((a, b) => (compareScores(score(b), score(a)) > 0 ? b : a));
}

function headersCarried(endpoint: MockEndpoint, headers: Headers | undefined): number {
  if (!headers) return 0;
  return Object.entries(endpoint.spec.headers ?? {}).filter(([name, value]) => {
    try {
      return headers.get(name) === new Headers([[name, value]]).get(name);
    } catch {
      return false; // a header fetch cannot send is never on the wire
    }
  }).length;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * The path parameters, decoded, when `pathname` (the whole path of the request URL) is this
 * template under `root`, or null. The template is built as the client builds the URL (buildPath:
 * the root and the parts joined with `/`) and put through the URL parser whole, as the client's
 * Request puts it: so dot segments (`/./`, `/a/../`), spaces at the ends of the URL and `\` are
 * resolved here exactly as on the wire. A parameter a `..` removes from the path is not captured.
 */
export function matchPath(
  spec: EndpointSpec,
  pathname: string,
  root: Root = { origin: 'http://h', basePath: '' },
): Record<string, string> | null {
  const { names, marker, pathnames } = templatePaths(spec, root);
  const found = pathnames.map((p) => pathPattern(p, marker).exec(pathname)).find((m) => m !== null);
  if (!found) return null;
  const groups = found.groups ?? {};
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  try {
    names.forEach((name, i) => {
      const value = groups[`p${i}`];
      if (value !== undefined) values[name] = decodeURIComponent(value);
    });
  } catch {
    return null; // a malformed escape: no client encodes a value that way
  }
  return values;
}

/**
 * What a request of this endpoint is to the mocks under `root`: endpoints with one key are told
 * apart by the Tiebreak alone (fixed headers aside: they are part of the key).
 */
export function requestKey(endpoint: MockEndpoint, root: Root): string {
  const { marker, pathnames } = templatePaths(endpoint.spec, root);
  const headers = Object.entries(endpoint.spec.headers ?? {}).map(
    ([name, value]) => `${name.toLowerCase()}: ${value.trim()}`,
  );
  return JSON.stringify([
    endpoint.spec.method.toUpperCase(),
    pathnames.map((p) => p.replace(new RegExp(`${marker}\\d+_`, 'g'), '{}')),
    [...new Set(endpoint.requiredQuery)].sort(),
    headers.sort(),
  ]);
}

/**
 * The pathnames the client's requests of `spec` arrive with, each parameter as `<marker><i>_`.
 * The URL parser strips spaces and controls at the end of the URL, but not before a query: the
 * client sends either, as it has a query or not. None if the client cannot build the URL either.
 */
function templatePaths(spec: EndpointSpec, root: Root): { names: string[]; marker: string; pathnames: string[] } {
  const names: string[] = [];
  const literalText = spec.path
    .map((part) => (typeof part === 'string' ? part : `${part.prefix ?? ''}/${part.suffix ?? ''}`))
    .join('/');
  // A marker that no literal holds (nor a `%`-escape can spell: it is lower case and not hex), and
  // that encodeURIComponent and the URL parser leave alone; no prefix of it is also a suffix.
  let marker = 'pfparam';
  while (literalText.includes(marker) || root.basePath.includes(marker)) marker += 'z';
  const joined = spec.path
    .map((part) => {
      if (typeof part === 'string') return part;
      names.push(part.param);
      return `${part.prefix ?? ''}${marker}${names.length - 1}_${part.suffix ?? ''}`;
    })
    .join('/');
  const pathnames = new Set<string>();
  for (const end of ['', '?']) {
    try {
      pathnames.add(new URL(`${root.origin}${root.basePath}/${joined}${end}`).pathname);
    } catch {
      // not a URL: no request of it can arrive
    }
  }
  return { names, marker, pathnames: [...pathnames] };
}

/** A template pathname as a pattern, each `<marker><i>_` a parameter's value. */
function pathPattern(pathname: string, marker: string): RegExp {
  const source = pathname
    .split(new RegExp(`${marker}(\\d+)_`))
    .map((piece, i) => (i % 2 === 0 ? escapeRegExp(piece) : `(?<p${piece}>[^/]+?)`))
    .join('');
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function listed(endpoints: readonly MockEndpoint[]): string {
  const shown = endpoints.slice(0, 10).map((e) => describeEndpoint(e.spec));
  return endpoints.length > 10 ? `${shown.join(', ')} and ${endpoints.length - 10} more` : shown.join(', ') || 'none';
}
