// Auth signing: turns a scheme and its credential into the header or query parameter to set.
// Like Postman's runtime, the result REPLACES any same-named header or query parameter set
// earlier (notably a hard-coded Authorization header in the collection).
import { PostforgeError } from './errors.js';
import type { AuthSchemeSpec, BasicCredential, Credential } from './spec.js';

export type AnyCredential = Credential | BasicCredential | undefined;

/** Where the signed value goes; `hook` means the client's `sign` hook must sign the built Request. */
export type AuthPlacement =
  { readonly in: 'header' | 'query'; readonly name: string; readonly value: string } | { readonly in: 'hook' };

export async function placeAuth(
  key: string,
  scheme: AuthSchemeSpec,
  credential: AnyCredential,
  endpoint: string,
): Promise<AuthPlacement> {
  switch (scheme.type) {
    case 'custom':
      return { in: 'hook' };
    case 'basic': {
      const { username, password } = basicCredential(key, credential, endpoint);
      return { in: 'header', name: 'Authorization', value: `Basic ${base64Utf8(`${username}:${password}`)}` };
    }
    case 'apikey':
      return { in: scheme.in, name: scheme.name, value: await secret(key, credential, endpoint) };
    case 'bearer':
    case 'oauth2': {
      const token = await secret(key, credential, endpoint);
      if (scheme.in === 'query') return { in: 'query', name: scheme.name, value: token };
      // An empty prefix sends the bare token (some APIs want no scheme word).
      return { in: 'header', name: 'Authorization', value: scheme.prefix === '' ? token : `${scheme.prefix} ${token}` };
    }
  }
}

/** Applies a header or query placement, replacing what was there. */
export function applyPlacement(placement: AuthPlacement, headers: Headers, query: URLSearchParams): void {
  if (placement.in === 'header') headers.set(placement.name, placement.value);
  if (placement.in === 'query') {
    query.delete(placement.name);
    query.append(placement.name, placement.value);
  }
}

/** btoa only takes Latin-1, so encode to UTF-8 bytes first (passwords may hold any character). */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function secret(key: string, credential: AnyCredential, endpoint: string): Promise<string> {
  if (credential === undefined) throw missingCredential(key, endpoint, "'<token>'");
  if (typeof credential === 'object') {
    throw new PostforgeError(
      'invalid_credential',
      `Auth scheme "${key}" (used by ${endpoint}) takes a token string or a function returning one, not a username/password.`,
    );
  }
  // Functions are called on every request so they can refresh tokens.
  const value: unknown = typeof credential === 'function' ? await credential() : credential;
  if (typeof value !== 'string' || value === '') throw missingCredential(key, endpoint, "'<token>'");
  return value;
}

function basicCredential(key: string, credential: AnyCredential, endpoint: string): BasicCredential {
  if (credential === undefined) throw missingCredential(key, endpoint, "{ username: '...', password: '...' }");
  if (
    typeof credential !== 'object' ||
    typeof credential.username !== 'string' ||
    typeof credential.password !== 'string'
  ) {
    throw new PostforgeError(
      'invalid_credential',
      `Auth scheme "${key}" (used by ${endpoint}) is basic auth: pass { username, password }.`,
    );
  }
  return credential;
}

function missingCredential(key: string, endpoint: string, example: string): PostforgeError {
  const property = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return new PostforgeError(
    'missing_credential',
    `No credential for auth scheme "${key}" (used by ${endpoint}). Pass it as createClient({ auth: { ${property}: ${example} } }).`,
  );
}
