// Auth signing: turns a scheme and its credential into the headers and query parameters to set.
// Like Postman's runtime, what a scheme sets REPLACES any same-named header or query parameter set
// earlier (notably a hard-coded Authorization header in the collection).
// Signers are passed in (`signers`), never imported: a package carries only those its schemes use.
import { bodyBytes, type Signature, type SigningRequest } from './auth/request.js';
import type {
  AwsV4Credential,
  EdgeGridCredential,
  HawkCredential,
  JwtCredential,
  OAuth1Credential,
  Signers,
} from './auth/types.js';
import { PostforgeError } from './errors.js';
import { setHeader } from './headers.js';
import type { AuthSchemeSpec, BasicCredential } from './spec.js';

/** What the caller passed for a scheme: checked here, since each scheme takes its own shape. */
export type AnyCredential = unknown;

/** What to set on the request; `hook` means the client's `sign` hook must sign the built Request. */
export type AuthPlacement = ({ readonly in: 'request' } & Signature) | { readonly in: 'hook' };

/** The request as built so far, before auth: what the signers sign. */
export interface AuthContext {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  readonly clock?: (() => Date) | undefined;
  readonly nonce?: (() => string) | undefined;
  readonly signers: Signers;
}

export async function placeAuth(
  key: string,
  scheme: AuthSchemeSpec,
  credential: AnyCredential,
  endpoint: string,
  context: AuthContext,
): Promise<AuthPlacement> {
  const one = (where: 'header' | 'query', name: string, value: string): AuthPlacement =>
    where === 'header'
      ? { in: 'request', headers: [[name, value]], query: [] }
      : { in: 'request', headers: [], query: [[name, value]] };
  function fields<T>(required: ReadonlyArray<keyof T & string>): Promise<T> {
    return credentialObject<T>(key, credential, endpoint, required);
  }
  switch (scheme.type) {
    case 'custom':
      return { in: 'hook' };
    case 'basic': {
      const { username, password } = await fields<BasicCredential>(['username', 'password']);
      return one('header', 'Authorization', `Basic ${base64Utf8(`${username}:${password}`)}`);
    }
    case 'apikey':
      return one(scheme.in, scheme.name, await secret(key, credential, endpoint));
    case 'bearer':
    case 'oauth2': {
      const token = await secret(key, credential, endpoint);
      if (scheme.in === 'query') return one('query', scheme.name, token);
      // An empty prefix sends the bare token (some APIs want no scheme word).
      return one('header', 'Authorization', scheme.prefix === '' ? token : `${scheme.prefix} ${token}`);
    }
    case 'oauth1':
      return signed(
        signer(context.signers, 'oauth1', key)(
          scheme,
          await fields<OAuth1Credential>(['consumerKey', 'consumerSecret']),
          await signingRequest(context),
        ),
      );
    case 'jwt': {
      const given = await fields<JwtCredential>(['secret']);
      const payload = given.payload ?? (scheme.payload === null ? undefined : (JSON.parse(scheme.payload) as unknown));
      if (payload === undefined) throw missingSetting(key, endpoint, 'payload', "{ secret: '...', payload: { ... } }");
      return signed(signer(context.signers, 'jwt', key)(scheme, given, payload));
    }
    case 'awsv4': {
      const given = await fields<AwsV4Credential>(['accessKey', 'secretKey']);
      const region = given.region ?? scheme.region;
      const service = given.service ?? scheme.service;
      if (!region) throw missingSetting(key, endpoint, 'region', "{ accessKey, secretKey, region: 'us-east-1' }");
      if (!service) throw missingSetting(key, endpoint, 'service', "{ accessKey, secretKey, service: 'execute-api' }");
      return signed(
        signer(context.signers, 'awsv4', key)({ ...given, region, service }, await signingRequest(context)),
      );
    }
    case 'hawk':
      return signed(
        signer(context.signers, 'hawk', key)(
          scheme,
          await fields<HawkCredential>(['authId', 'authKey']),
          await signingRequest(context),
        ),
      );
    case 'edgegrid':
      return signed(
        signer(context.signers, 'edgegrid', key)(
          scheme,
          await fields<EdgeGridCredential>(['clientToken', 'clientSecret', 'accessToken']),
          await signingRequest(context),
        ),
      );
  }
}

/** Applies a placement, replacing what was there. */
export function applyPlacement(placement: AuthPlacement, headers: Headers, query: URLSearchParams): void {
  if (placement.in === 'hook') return;
  for (const [name, value] of placement.headers) setHeader(headers, name, value);
  for (const [name] of placement.query) query.delete(name);
  for (const [name, value] of placement.query) query.append(name, value);
}

/** btoa only takes Latin-1, so encode to UTF-8 bytes first (passwords may hold any character). */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function signed(signature: Promise<Signature>): Promise<AuthPlacement> {
  return { in: 'request', ...(await signature) };
}

async function signingRequest(context: AuthContext): Promise<SigningRequest> {
  return {
    method: context.method.toUpperCase(),
    url: new URL(context.url),
    headers: context.headers,
    body: await bodyBytes(context.body),
    time: context.clock?.() ?? new Date(),
    nonce: context.nonce?.() ?? null,
  };
}

async function secret(key: string, credential: AnyCredential, endpoint: string): Promise<string> {
  if (credential === undefined) throw missingCredential(key, endpoint, "'<token>'");
  if (typeof credential !== 'string' && typeof credential !== 'function') {
    throw new PostforgeError(
      'invalid_credential',
      `Auth scheme "${key}" (used by ${endpoint}) takes a token string or a function returning one.`,
    );
  }
  // Functions are called on every request so they can refresh tokens.
  const value: unknown = typeof credential === 'function' ? await (credential as () => unknown)() : credential;
  if (typeof value !== 'string' || value === '') throw missingCredential(key, endpoint, "'<token>'");
  return value;
}

/** An object credential (or a function returning one, called on every request) with the `required` string fields. */
async function credentialObject<T>(
  key: string,
  credential: AnyCredential,
  endpoint: string,
  required: readonly string[],
): Promise<T> {
  const shape = `{ ${required.map((f) => `${f}: '...'`).join(', ')} }`;
  if (credential === undefined) throw missingCredential(key, endpoint, shape);
  const value: unknown = typeof credential === 'function' ? await (credential as () => unknown)() : credential;
  const missing = required.filter(
    (f) =>
      typeof value !== 'object' ||
      value === null ||
      typeof (value as Record<string, unknown>)[f] !== 'string' ||
      (value as Record<string, unknown>)[f] === '',
  );
  if (missing.length) {
    throw new PostforgeError(
      'invalid_credential',
      `Auth scheme "${key}" (used by ${endpoint}) takes ${shape}; missing or empty: ${missing.join(', ')}.`,
    );
  }
  return value as T;
}

function missingCredential(key: string, endpoint: string, example: string): PostforgeError {
  return new PostforgeError(
    'missing_credential',
    `No credential for auth scheme "${key}" (used by ${endpoint}). Pass it as createClient({ auth: { ${property(key)}: ${example} } }).`,
  );
}

/** A non-secret setting the collection left to a variable without a value. */
function missingSetting(key: string, endpoint: string, setting: string, example: string): PostforgeError {
  return new PostforgeError(
    'missing_credential',
    `Auth scheme "${key}" (used by ${endpoint}) has no ${setting}: the collection leaves it to a variable. Pass it as createClient({ auth: { ${property(key)}: ${example} } }).`,
  );
}

function property(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The signer for a kind; the generated client passes every signer its scheme table needs. */
function signer<K extends keyof Signers>(signers: Signers, kind: K, key: string): NonNullable<Signers[K]> {
  const sign = signers[kind];
  if (!sign)
    throw new PostforgeError(
      'missing_signer',
      `Auth scheme "${key}" is ${kind} auth, but the client was created without the ${kind} signer (\`signers: { ${kind} }\`).`,
    );
  return sign;
}
