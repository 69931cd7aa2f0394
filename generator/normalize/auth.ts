// Auth: Postman's inheritance (request -> folder -> collection, `noauth` stops it) resolved by the
// SDK's getAuth(), then turned into a scheme the runtime can sign, or an unsupported one.
import type { Item, RequestAuth } from 'postman-collection';
import type { AuthScheme, SourceRef } from '../model/types.js';

/** Scheme without its key: keys are given once all schemes are known. */
export type SchemeDraft = DistributiveOmit<AuthScheme, 'key'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export function effectiveAuth(item: Item): RequestAuth | null {
  const auth = item.getAuth() as RequestAuth | undefined;
  if (!auth || !auth.type || auth.type === 'noauth') return null;
  return auth;
}

export function schemeOf(auth: RequestAuth, source: SourceRef): SchemeDraft {
  const params = auth.parameters().toObject() as Record<string, unknown>;
  const text = (key: string, fallback: string) => {
    const value = params[key];
    return typeof value === 'string' ? value : value === undefined || value === null ? fallback : String(value);
  };
  switch (auth.type) {
    case 'bearer':
      return { kind: 'bearer', prefix: 'Bearer', source };
    case 'oauth2':
      return text('addTokenTo', 'header') === 'queryParams'
        ? { kind: 'oauth2', prefix: '', addTo: 'query', source }
        : { kind: 'oauth2', prefix: text('headerPrefix', 'Bearer'), addTo: 'header', source };
    case 'basic':
      return { kind: 'basic', source };
    case 'apikey':
      return { kind: 'apikey', name: text('key', 'X-API-Key'), addTo: text('in', 'header') === 'query' ? 'query' : 'header', source };
    default:
      return { kind: 'unsupported', type: auth.type, source };
  }
}

/** Whether a scheme writes the Authorization header (and so replaces an explicit one, as Postman's runtime does). */
export function setsAuthorizationHeader(scheme: SchemeDraft): boolean {
  return scheme.kind === 'bearer' || scheme.kind === 'basic' || (scheme.kind === 'oauth2' && scheme.addTo === 'header');
}

/** Two endpoints share a scheme when they would sign the same way. */
export function schemeIdentity(scheme: SchemeDraft): string {
  switch (scheme.kind) {
    case 'bearer':
      return `bearer ${scheme.prefix}`;
    case 'oauth2':
      return `oauth2 ${scheme.addTo} ${scheme.prefix}`;
    case 'basic':
      return 'basic';
    case 'apikey':
      return `apikey ${scheme.addTo} ${scheme.name.toLowerCase()}`;
    case 'unsupported':
      return `unsupported ${scheme.type}`;
  }
}
