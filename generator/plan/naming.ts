// The naming authority: every identifier and generated file name is decided here, nowhere else.
import type { ApiModel, AuthScheme, EndpointModel } from '../model/types.js';
import { createScope, type Scope } from './scope.js';
import { camelCase, kebabCase, pascalCase, safeIdentifier } from './words.js';

/**
 * Every name the generated modules declare, import or use besides endpoint functions and their
 * types: exports, module locals, parameters of the generated functions, and the globals they
 * reference. An endpoint named after one of them would shadow it or clash.
 */
export const RESERVED_EXPORTS = [
  // src/index.ts, src/client.ts and the runtime they import
  'createClient', 'Client', 'ClientOptions', 'environments', 'Environment', 'authSchemes', 'Auth', 'ApiResponse',
  'UnexpectedResponse', 'HttpStatus', 'RequestOptions', 'PostforgeError', 'Runtime', 'RuntimeConfig', 'createRuntime',
  'AuthSchemes', 'BasicCredential', 'Credential', 'EndpointSpec',
  // src/endpoints.ts and the generated functions' parameters
  'specs', 'runtime', 'params', 'options',
  // test/cases.ts
  'auth', 'driver', 'cases', 'loadFixtureFile', 'FixtureDriver', 'FixtureFile',
  // globals the generated code refers to
  'fetch', 'Promise', 'Record', 'ReadonlyArray', 'Array', 'Blob', 'FormData', 'URL', 'Request', 'Response', 'Headers',
  'ReturnType', 'Object', 'JSON', 'globalThis',
];

/** Property names a client group must not have: `then` would make the client a thenable that `await` calls. */
export const RESERVED_MEMBERS = ['then'];

/**
 * Flat, globally unique function names. An item keeps its own name when it is unique; names that
 * collide are qualified by the nearest folder names that tell them apart, skipping folders they
 * share (so the v2 and v2.1 "Leads" mass updates become `v2MassUpdateRecordsLeads` and
 * `v21MassUpdateRecordsLeads`, not `leads2`); then by method; numeric suffixes only as a last resort.
 * Pinned names (from the config, or from the names lock of the previous generation) are kept as
 * they are and claimed first, so a derived name never takes one of them.
 */
export function operationNames(endpoints: readonly EndpointModel[], pinned: ReadonlyArray<string | undefined> = []): string[] {
  const qualifiers: string[][] = endpoints.map(() => []);
  const method: boolean[] = endpoints.map(() => false);
  const nameOf = (i: number) => camelCase([method[i] ? endpoints[i]!.method : '', ...qualifiers[i]!, endpoints[i]!.name].join(' '));
  const refine = (members: number[], level: number): void => {
    const ancestors = members.map((i) => [...endpoints[i]!.folderPath].reverse());
    if (ancestors.every((a) => level >= a.length)) {
      for (const i of members) method[i] = true;
      return;
    }
    const segments = members.map((_, k) => ancestors[k]![level] ?? '');
    if (segments.every((s) => camelCase(s) === camelCase(segments[0]!))) return refine(members, level + 1);
    members.forEach((i, k) => segments[k] && qualifiers[i]!.unshift(segments[k]!));
    for (const group of collisions(members, nameOf)) refine(group, level + 1);
  };
  for (const group of collisions(endpoints.map((_, i) => i), nameOf)) refine(group, 0);
  const scope = createScope([...RESERVED_EXPORTS, ...pinned.filter((n): n is string => n !== undefined)]);
  return endpoints.map((_, i) => pinned[i] ?? scope.claim(safeIdentifier(nameOf(i), 'request')));
}

function collisions(members: number[], nameOf: (i: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of members) {
    const key = nameOf(i).toLowerCase();
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Types are PascalCase and functions camelCase, so they never meet, except when a name starts
 * with a digit: functions get `_24hr…`, types `T24hr…`.
 */
export function typeName(operation: string, suffix: string): string {
  const name = pascalCase(operation) + suffix;
  return /^\p{N}/u.test(name) ? `T${name}` : name;
}

/** The src/types/<name>.ts file of an endpoint in a split types module: its top-level group. */
export function typesChunkName(memberPath: readonly string[]): string {
  // Group names are identifiers, which never kebab-case to a leading `_`, so `_requests` is free for the root.
  return memberPath.length > 1 ? kebabCase(memberPath[0]!) : '_requests';
}

export function fixtureFileName(operation: string): string {
  return `${kebabCase(operation) || 'request'}.json`;
}

/** Path params become camelCase identifiers (`record-id` -> `recordId`), unique within the endpoint. */
export function pathParamNames(endpoint: EndpointModel): Map<string, string> {
  const scope = createScope();
  const names = new Map<string, string>();
  for (const segment of endpoint.path) {
    if (segment.kind === 'param' && !names.has(segment.name)) names.set(segment.name, scope.claim(safeIdentifier(camelCase(segment.name), 'param')));
  }
  return names;
}

/** Credentials are passed as `auth: { bearer, oauth2, basic, apiKey }`: one key per scheme the endpoints use. */
export function schemeKeys(schemes: readonly AuthScheme[]): Map<string, string> {
  const scope = createScope();
  const keys = new Map<string, string>();
  for (const scheme of schemes) {
    const base = scheme.kind === 'apikey' ? 'apiKey' : scheme.kind === 'unsupported' ? camelCase(scheme.type) || 'custom' : scheme.kind;
    keys.set(scheme.key, memberName(scope, base, 'auth'));
  }
  return keys;
}

export function environmentKeys(api: ApiModel): string[] {
  const scope = createScope();
  return api.environments.map((env) => memberName(scope, env.name, 'environment'));
}

/** A property name in a group: reserved words are fine as property names, so only validity matters. */
export function memberName(scope: Scope, display: string, fallback: string): string {
  const name = camelCase(display);
  return scope.claim(name === '' ? fallback : /^\p{N}/u.test(name) ? `_${name}` : name);
}
