// Auth: Postman's inheritance (request -> folder -> collection, `noauth` stops it) resolved by the
// SDK's getAuth(), then each type's parameters read into a scheme the runtime signs, or an
// unsupported one the client's `sign` hook must sign. Secrets (passwords, secrets, tokens, keys)
// are never read: the caller passes them. Only non-secret settings reach the model.
import type { Item, RequestAuth } from 'postman-collection';
import type { AuthScheme, SourceRef } from '../model/types.js';
import { isCredentialName, type VariableTable } from './variables.js';

/** Scheme without its key: keys are given once all schemes are known. */
export type SchemeDraft = DistributiveOmit<AuthScheme, 'key'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** A scheme and the settings it leaves to the caller (variables without values), for PF111. */
export interface ReadScheme {
  scheme: SchemeDraft;
  unresolved: string[];
}

export function effectiveAuth(item: Item): RequestAuth | null {
  const auth = item.getAuth() as RequestAuth | undefined;
  if (!auth || !auth.type || auth.type === 'noauth') return null;
  return auth;
}

export function schemeOf(auth: RequestAuth, source: SourceRef, variables: VariableTable = new Map()): ReadScheme {
  const params = readParams(auth);
  const unresolved: string[] = [];
  /** A non-secret setting with its variables resolved; null (and noted) when one has no value. */
  const setting = (key: string, fallback: string | null = null): string | null => {
    const written = params.text(key);
    if (written === '') return fallback;
    const value = resolveSetting(written, variables);
    if (value === null) unresolved.push(`${key} (${written})`);
    return value;
  };
  const scheme = draft(auth.type, params, setting, source);
  if (scheme.kind === 'jwt' && scheme.payload === null && unresolved.length === 0) unresolved.push('payload (not a JSON object)');
  return { scheme, unresolved: scheme.kind === 'unsupported' ? [] : unresolved };
}

function draft(type: string, p: Params, setting: (key: string, fallback?: string | null) => string | null, source: SourceRef): SchemeDraft {
  const unsupported = (hook: string): SchemeDraft => ({ kind: 'unsupported', type, hook, source });
  switch (type) {
    case 'bearer':
      return { kind: 'bearer', prefix: 'Bearer', source };
    case 'oauth2':
      return p.text('addTokenTo') === 'queryParams'
        ? { kind: 'oauth2', prefix: '', addTo: 'query', source }
        : { kind: 'oauth2', prefix: p.has('headerPrefix') ? p.text('headerPrefix') : 'Bearer', addTo: 'header', source };
    case 'basic':
      return { kind: 'basic', source };
    case 'apikey':
      return { kind: 'apikey', name: p.text('key') || 'X-API-Key', addTo: p.text('in') === 'query' ? 'query' : 'header', source };
    case 'oauth1': {
      const method = (p.text('signatureMethod') || 'HMAC-SHA1').toUpperCase();
      if (method.startsWith('RSA-')) {
        return unsupported(`sign the OAuth 1.0 signature base string with your RSA private key (${method}) and set \`Authorization: OAuth oauth_consumer_key="…", …, oauth_signature="…"\``);
      }
      if (method !== 'HMAC-SHA1' && method !== 'HMAC-SHA256' && method !== 'HMAC-SHA512' && method !== 'PLAINTEXT') {
        return unsupported(`sign the request with OAuth 1.0 signature method ${method}`);
      }
      return {
        kind: 'oauth1',
        signatureMethod: method,
        addTo: p.flag('addParamsToHeader', false) ? 'header' : 'query',
        version: p.text('version'),
        realm: setting('realm'),
        includeBodyHash: p.flag('includeBodyHash', false),
        addEmptyParamsToSign: p.flag('addEmptyParamsToSign', false),
        source,
      };
    }
    case 'jwt': {
      const algorithm = p.text('algorithm') || 'HS256';
      if (algorithm !== 'HS256' && algorithm !== 'HS384' && algorithm !== 'HS512') {
        return unsupported(`sign a JWT with your private key (${algorithm}) and set \`Authorization: ${p.has('headerPrefix') ? p.text('headerPrefix') : 'Bearer'} <jwt>\``);
      }
      const header = setting('header');
      return {
        kind: 'jwt',
        algorithm,
        addTo: p.text('addTokenTo') === 'queryParam' ? 'query' : 'header',
        prefix: p.has('headerPrefix') ? p.text('headerPrefix') : 'Bearer',
        queryParam: p.text('queryParamKey') || 'token',
        header: header !== null && jsonObject(header) ? header : '',
        payload: jsonObjectOrNull(setting('payload', '{}')),
        secretBase64: p.flag('isSecretBase64Encoded', false),
        source,
      };
    }
    case 'awsv4':
      if (p.flag('addAuthDataToQuery', false)) return unsupported('presign the URL: add the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-SignedHeaders and X-Amz-Signature query parameters (SigV4 query signing)');
      // Postman's defaults: API Gateway in us-east-1.
      return { kind: 'awsv4', region: setting('region', 'us-east-1'), service: setting('service', 'execute-api'), source };
    case 'hawk': {
      const algorithm = p.text('algorithm') || 'sha256';
      if (algorithm !== 'sha1' && algorithm !== 'sha256') return unsupported(`sign the request with Hawk using ${algorithm}`);
      return { kind: 'hawk', algorithm, ext: setting('extraData'), app: setting('app'), dlg: setting('delegation'), includePayloadHash: p.flag('includePayloadHash', false), source };
    }
    case 'edgegrid': {
      const headers = p.raw('headersToSign');
      const list = Array.isArray(headers) ? headers.map(String) : typeof headers === 'string' ? headers.split(',') : [];
      const size = Number(p.raw('maxBodySize'));
      return {
        kind: 'edgegrid',
        headersToSign: list.map((h) => h.trim()).filter((h) => h !== ''),
        baseUrl: setting('baseURL'),
        maxBodySize: Number.isInteger(size) && size > 0 ? size : 131072,
        source,
      };
    }
    case 'digest':
      return unsupported(
        `answer the server's challenge: send the request once, read \`WWW-Authenticate: Digest realm, nonce, qop, opaque\` from its 401, and return the request with \`Authorization: Digest username="…", response="…"\` (RFC 7616, algorithm ${p.text('algorithm') || 'MD5'})`,
      );
    case 'ntlm':
      return unsupported(
        'NTLM is a three-message handshake (negotiate, challenge, authenticate) on one kept-alive connection, which fetch cannot promise: pass a `fetch` that speaks NTLM (an NTLM-capable agent or proxy) and a `sign` hook that returns the request as it is',
      );
    default:
      return unsupported(`sign the request as Postman's "${type}" auth does`);
  }
}

/** Whether a scheme writes or clears the Authorization header, and so replaces an explicit one: the auth table's rule. */
export { setsAuthorization as setsAuthorizationHeader } from '../model/auth-kinds.js';

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
      return `unsupported ${scheme.type} ${scheme.hook}`;
    default: {
      // Every setting counts; the source does not.
      const { source: _source, ...settings } = scheme;
      return JSON.stringify(settings);
    }
  }
}

interface Params {
  has(key: string): boolean;
  raw(key: string): unknown;
  /** The value as text: numbers and booleans stringified, objects as JSON (a v2.0 JWT payload may be one), NaN and null as ''. */
  text(key: string): string;
  flag(key: string, fallback: boolean): boolean;
}

/** v2.0 object maps and v2.0/v2.1 `{ key, value, type }` arrays alike: the SDK reads both into one list. */
function readParams(auth: RequestAuth): Params {
  const values = new Map<string, unknown>();
  for (const variable of auth.parameters().all()) if (variable.key) values.set(variable.key, variable.value);
  const raw = (key: string) => values.get(key);
  return {
    has: (key) => values.has(key) && raw(key) !== undefined && raw(key) !== null,
    raw,
    text(key) {
      const value = raw(key);
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
      if (typeof value === 'boolean') return String(value);
      return value === undefined || value === null ? '' : JSON.stringify(value);
    },
    flag(key, fallback) {
      const value = raw(key);
      return value === true || value === 'true' ? true : value === false || value === 'false' ? false : fallback;
    },
  };
}

/** `{{var}}` replaced by its value; null when a variable has none. Credential-named variables are never resolved. */
function resolveSetting(text: string, variables: VariableTable): string | null {
  let missing = false;
  const value = text.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => {
    const found = isCredentialName(name.trim()) ? undefined : variables.get(name.trim());
    if (found === undefined) missing = true;
    return found ?? whole;
  });
  return missing ? null : value;
}

function jsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function jsonObjectOrNull(text: string | null): string | null {
  return text !== null && jsonObject(text) ? text : null;
}
