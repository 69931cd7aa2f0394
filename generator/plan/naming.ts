// The naming authority: every identifier and generated file name is decided here, nowhere else.
import path from 'node:path';
import type { ApiModel, AuthScheme, EndpointModel } from '../model/types.js';
import { createScope, type Scope } from './scope.js';
import { camelCase, capitalize, isIdentifier, isReservedWord, safeIdentifier } from './words.js';

/**
 * Every name the generated modules declare, import or use besides endpoint functions and their
 * types: exports, module locals, parameters of the generated functions, and the globals they
 * reference. An endpoint named after one of them would shadow it or clash.
 */
export const RESERVED_EXPORTS = [
  // src/index.ts, src/client.ts and the runtime they import
  'createClient', 'Client', 'ClientOptions', 'environments', 'Environment', 'authSchemes', 'Auth', 'ApiResponse',
  'UnexpectedResponse', 'HttpStatus', 'RequestOptions', 'PostforgeError', 'Runtime', 'RuntimeConfig', 'createRuntime',
  'AuthSchemes', 'BasicCredential', 'Credential', 'EndpointSpec', 'CredentialOf', 'PostforgeErrorCode', 'OAuth1Credential',
  'JwtCredential', 'AwsV4Credential', 'HawkCredential', 'EdgeGridCredential', 'TypedEndpointSpec', 'CallParams',
  // src/endpoints.ts and the generated functions' parameters
  'specs', 'runtime', 'params', 'options',
  // test/cases.ts
  'auth', 'driver', 'cases', 'loadFixtureFile', 'FixtureDriver', 'FixtureFile', 'rebased', 'SIGNED_ORIGIN',
  // a module that exports `then` is a thenable namespace: `await import(...)` would call the endpoint
  'then',
  // globals the generated code refers to
  'fetch', 'Promise', 'Record', 'ReadonlyArray', 'Array', 'Blob', 'FormData', 'URL', 'Request', 'Response', 'Headers',
  'ReturnType', 'Object', 'JSON', 'globalThis',
];

/**
 * Property names a client group must not have: `then` would make the client a thenable that `await`
 * calls, and `__proto__` in an object literal sets its prototype instead of a property.
 */
export const RESERVED_MEMBERS = ['then', '__proto__'];

/** Names test/types.check.ts declares besides one fixture binding and one check per endpoint. */
export const RESERVED_CHECKS = ['T', 'Accepts', 'WithBlobs'];

/**
 * Whether a pinned name (config `names`, or the names lock) can be an exported function: an
 * identifier TypeScript accepts, not a reserved word, not a name the package declares itself, and
 * without invisible format characters (which would make two names look alike).
 */
export function isUsableFunctionName(name: string): boolean {
  return isIdentifier(name) && !isReservedWord(name) && !/\p{Cf}/u.test(name) && !RESERVED_EXPORTS.includes(name);
}

/** Whether a locked member name can be a property of a client group. */
export function isUsableMemberName(name: string): boolean {
  return isIdentifier(name) && !/\p{Cf}/u.test(name) && !RESERVED_MEMBERS.includes(name);
}

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
  return endpoints.map((_, i) => pinned[i] ?? scope.claim(derivedName(nameOf(i))));
}

/** A derived function name never starts with a capital, so it never meets a type name (see `typeStem`). */
function derivedName(camel: string): string {
  const id = safeIdentifier(camel, 'request');
  return /^\p{Lu}/u.test(id) ? `_${id}` : id;
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
 * The stem of an endpoint's type names (`…Params`, `…Body`, `…Result`, `…Response200`): the function
 * name with its first letter upper-cased, so distinct functions give distinct stems (function names
 * are unique ignoring case) and `get_user` and `getUser` stay `Get_user…` and `GetUser…`. A name whose
 * first character has no capital (`_24hr…`, `用户…`) gets `T` before it, so types always start with a
 * capital and never meet a derived function name, which never does.
 */
export function typeStem(functionName: string): string {
  const upper = capitalize(functionName);
  return /^\p{Lu}/u.test(upper) && isIdentifier(upper) ? upper : `T${functionName}`;
}

/** The type of a top-level folder's part of the client (`customers` -> `CustomersClient`); null: the requests at the root. */
export function folderClientType(memberName: string | null): string {
  return `${memberName === null ? 'Root' : typeStem(memberName)}Client`;
}

/** Type-name suffixes of an endpoint: none is a suffix of another, so distinct stems never give one name twice. */
export const TYPE_SUFFIXES = { params: 'Params', body: 'Body', result: 'Result', response: (status: number) => `Response${status}` };

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
  return scope.claim(safeIdentifier(camelCase(display), fallback, false));
}

const COLLECTION_SUFFIX = '.postman_collection.json';

/**
 * The npm package name of a collection given without `--name`: from the JSON file's name
 * (`stripe.postman_collection.json` -> `stripe`) or the v3 collection folder's (`Postman API` ->
 * `postman-api`), lower-cased, every run of other characters a hyphen; `api-client` if nothing is left.
 */
export function defaultPackageName(input: string): string {
  const base = path.basename(input.replace(/[\\/]+$/, ''));
  const stem = base.endsWith(COLLECTION_SUFFIX) ? base.slice(0, -COLLECTION_SUFFIX.length) : base.replace(/\.json$/i, '');
  const name = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 214)
    .replace(/[-._]+$/, '');
  return name || 'api-client';
}
