// The naming authority: every identifier and generated file name is decided here, nowhere else.
import type { ApiModel, AuthScheme, EndpointModel } from '../model/types.js';
import { createScope, type Scope } from './scope.js';
import { camelCase, kebabCase, pascalCase, safeIdentifier } from './words.js';

/** Names the generated package exports itself; endpoint functions and types must not take them. */
export const RESERVED_EXPORTS = [
  'createClient', 'Client', 'ClientOptions', 'environments', 'Environment', 'authSchemes', 'Auth', 'ApiResponse',
  'UnexpectedResponse', 'HttpStatus', 'RequestOptions', 'PostforgeError', 'Runtime', 'endpoints', 'operations',
];

/**
 * Flat, globally unique function names. An item keeps its own name when it is unique; names that
 * collide are qualified by the nearest folder names that tell them apart, skipping folders they
 * share (so the v2 and v2.1 "Leads" mass updates become `v2MassUpdateRecordsLeads` and
 * `v21MassUpdateRecordsLeads`, not `leads2`); then by method; numeric suffixes only as a last resort.
 */
export function operationNames(endpoints: readonly EndpointModel[]): string[] {
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
  const scope = createScope(RESERVED_EXPORTS);
  return endpoints.map((_, i) => scope.claim(safeIdentifier(nameOf(i), 'request')));
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

export function typeName(operation: string, suffix: string): string {
  const name = pascalCase(operation) + suffix;
  return /^\p{N}/u.test(name) ? `_${name}` : name;
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
