// Reference signers for the fixture expectations: node:crypto (createHmac, createHash) and byte-wise
// percent-encoding, a separate computation from the runtime's Web Crypto signers. The runtime is
// checked against published vectors (test/templates/auth-*.test.ts) and these against the runtime on
// every kind of request (test/emit/auth-types.test.ts). They sign what the fixture says goes out:
// TEST_ORIGIN + path, the query as the client serialises it, the body's bytes.
import { createHash, createHmac } from 'node:crypto';
import type { AuthScheme } from '../model/types.js';

/** The origin the fixtures' signatures are computed for: the harness's stub origin (every request is signed for it). */
export const TEST_ORIGIN = 'https://api.test';
/** The clock and nonce the generated tests give the client, so signatures are deterministic. */
export const TEST_TIME = '2020-02-02T02:02:02.000Z';
export const TEST_NONCE = 'test-nonce';

export interface ExpectedAuth {
  /** Lower-cased header names. */
  headers: Record<string, string>;
  query: Array<[string, string]>;
}

export interface SentRequest {
  /**
   * The origin the client addresses the request to, and so signs: the endpoint's own (`origin` in
   * its spec) or TEST_ORIGIN, the base URL the test client is made with.
   */
  origin: string;
  method: string;
  /** The path as sent, from the origin. */
  path: string;
  /** The query parameters the call passes, before auth adds any. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Lower-cased: the headers the client sets before auth. */
  headers: Readonly<Record<string, string>>;
  /** The fixture's expected body. */
  body: { kind: string; value: unknown } | null;
  /** The fixture's input body: files are only there (`{ $blob: { text } }`). */
  input: unknown;
}

type Scheme<K extends AuthScheme['kind']> = Extract<AuthScheme, { kind: K }>;
type Fields = Record<string, string>;

const seconds = String(Math.floor(Date.parse(TEST_TIME) / 1000));

/** The signed URL's parts as a URL parser gives them (host lower-cased, a default port dropped). */
function addressed(request: SentRequest): URL {
  return new URL(request.origin);
}

export function oauth1Reference(scheme: Scheme<'oauth1'>, c: Fields, request: SentRequest): ExpectedAuth {
  const bytes = sentBody(request);
  const form = request.body?.kind === 'form' && contentType(request)?.startsWith('application/x-www-form-urlencoded') ? (request.body.value as Array<[string, string]>) : [];
  const algorithm = { 'HMAC-SHA1': 'sha1', 'HMAC-SHA256': 'sha256', 'HMAC-SHA512': 'sha512', PLAINTEXT: null }[scheme.signatureMethod];
  const core: Array<[string, string]> = [
    ['oauth_consumer_key', c['consumerKey'] ?? ''],
    ['oauth_token', c['token'] ?? ''],
    ['oauth_signature_method', scheme.signatureMethod],
    ['oauth_timestamp', seconds],
    ['oauth_nonce', TEST_NONCE],
    ['oauth_version', scheme.version],
  ];
  const oauth = core.filter(([, v]) => scheme.addEmptyParamsToSign || v);
  if (algorithm && scheme.includeBodyHash && form.length === 0 && bytes !== 'unreadable') {
    oauth.push(['oauth_body_hash', createHash(algorithm).update(bytes ?? '').digest('base64')]);
  }
  const params = [...wireQuery(request.query), ...form, ...oauth].map(([k, v]) => `${pct(k)}=${pct(v)}`);
  const sorted = params.map((p) => p.split('=') as [string, string]).sort(([ak, av], [bk, bv]) => byCodeUnit(ak, bk) || byCodeUnit(av, bv));
  const { protocol, host } = addressed(request);
  const base = [request.method.toUpperCase(), pct(`${protocol}//${host}${request.path}`), pct(sorted.map((p) => p.join('=')).join('&'))].join('&');
  const key = `${pct(c['consumerSecret'] ?? '')}&${pct(c['tokenSecret'] ?? '')}`;
  const signed: Array<[string, string]> = [...oauth, ['oauth_signature', algorithm ? createHmac(algorithm, key).update(base).digest('base64') : key]];
  if (scheme.addTo === 'query') return { headers: {}, query: signed };
  const fields = [...(scheme.realm ? [['realm', scheme.realm]] : []), ...signed.filter(([, v]) => v)];
  return { headers: { authorization: 'OAuth ' + fields.map(([k, v]) => `${pct(k!)}="${pct(v!)}"`).join(',') }, query: [] };
}

export function jwtReference(scheme: Scheme<'jwt'>, c: { secret: string; payload?: Record<string, string> }): ExpectedAuth {
  const header = { ...(scheme.header ? (JSON.parse(scheme.header) as object) : {}), alg: scheme.algorithm };
  const payload: unknown = c.payload ?? JSON.parse(scheme.payload ?? '{}');
  const part = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const input = `${part(header)}.${part(payload)}`;
  const key = scheme.secretBase64 ? Buffer.from(c.secret, 'base64') : Buffer.from(c.secret, 'utf8');
  const token = `${input}.${createHmac(`sha${scheme.algorithm.slice(2)}`, key).update(input).digest('base64url')}`;
  if (scheme.addTo === 'query') return { headers: {}, query: [[scheme.queryParam, token]] };
  return { headers: { authorization: scheme.prefix ? `${scheme.prefix} ${token}` : token }, query: [] };
}

export function awsV4Reference(scheme: Scheme<'awsv4'>, c: Fields, request: SentRequest): ExpectedAuth {
  const region = scheme.region ?? c['region'] ?? '';
  const service = scheme.service ?? c['service'] ?? '';
  const amzDate = TEST_TIME.slice(0, 19).replace(/[-:]/g, '') + 'Z';
  const bytes = sentBody(request);
  const payloadHash = bytes === 'unreadable' ? 'UNSIGNED-PAYLOAD' : createHash('sha256').update(bytes ?? '').digest('hex');
  const added: Record<string, string> = { 'x-amz-date': amzDate };
  if (bytes !== null || service === 's3') added['x-amz-content-sha256'] = payloadHash;
  if (c['sessionToken']) added['x-amz-security-token'] = c['sessionToken'];
  const type = contentType(request);
  const signed: Record<string, string> = { host: addressed(request).host, ...(type === null ? {} : { 'content-type': type }) };
  for (const [name, value] of Object.entries(request.headers)) if (name.startsWith('x-amz-')) signed[name] = value;
  Object.assign(signed, added);
  const names = Object.keys(signed).sort(byCodeUnit);
  const segments = service === 's3' ? request.path.split('/').map((s) => pct(decodeEscapes(s))) : request.path.replace(/\/{2,}/g, '/').split('/').map(pct);
  const query = wireQuery(request.query).map(([k, v]) => [pct(k), pct(v)] as const).sort(([ak, av], [bk, bv]) => byCodeUnit(ak, bk) || byCodeUnit(av, bv));
  const canonical = [
    request.method.toUpperCase(),
    segments.join('/') || '/',
    query.map(([k, v]) => `${k}=${v}`).join('&'),
    ...names.map((n) => `${n}:${signed[n]!.trim().replace(/\s+/g, ' ')}`),
    '',
    names.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${amzDate.slice(0, 8)}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  const key = [amzDate.slice(0, 8), region, service, 'aws4_request'].reduce<Buffer | string>((k, part) => createHmac('sha256', k).update(part).digest(), `AWS4${c['secretKey']}`);
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return { headers: { ...added, authorization: `AWS4-HMAC-SHA256 Credential=${c['accessKey']}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}` }, query: [] };
}

export function hawkReference(scheme: Scheme<'hawk'>, c: Fields, request: SentRequest): ExpectedAuth {
  const bytes = sentBody(request);
  let hash = '';
  if (scheme.includePayloadHash && bytes !== 'unreadable') {
    const mime = (contentType(request) ?? '').split(';')[0]!.trim().toLowerCase();
    hash = createHash(scheme.algorithm).update(`hawk.1.payload\n${mime}\n`).update(bytes ?? '').update('\n').digest('base64');
  }
  const search = new URLSearchParams(wireQuery(request.query)).toString();
  const ext = scheme.ext ?? '';
  const url = addressed(request);
  const port = url.port || (url.protocol === 'http:' ? '80' : '443');
  const normalized = ['hawk.1.header', seconds, TEST_NONCE, request.method.toUpperCase(), request.path + (search ? `?${search}` : ''), url.hostname, port, hash, ext.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')];
  if (scheme.app) normalized.push(scheme.app, scheme.dlg ?? '');
  const mac = createHmac(scheme.algorithm, c['authKey'] ?? '').update(normalized.join('\n') + '\n').digest('base64');
  let value = `Hawk id="${c['authId']}", ts="${seconds}", nonce="${TEST_NONCE}"`;
  if (hash) value += `, hash="${hash}"`;
  if (ext) value += `, ext="${ext.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  value += `, mac="${mac}"`;
  if (scheme.app) value += `, app="${scheme.app}"${scheme.dlg ? `, dlg="${scheme.dlg}"` : ''}`;
  return { headers: { authorization: value }, query: [] };
}

export function edgeGridReference(scheme: Scheme<'edgegrid'>, c: Fields, request: SentRequest): ExpectedAuth {
  const stamp = `${TEST_TIME.slice(0, 19).replace(/-/g, '')}+0000`;
  const prefix = `EG1-HMAC-SHA256 client_token=${c['clientToken']};access_token=${c['accessToken']};timestamp=${stamp};nonce=${TEST_NONCE};`;
  const bytes = sentBody(request);
  const body = request.method.toUpperCase() === 'POST' && bytes !== null && bytes !== 'unreadable' ? bytes.subarray(0, scheme.maxBodySize) : Buffer.alloc(0);
  const type = contentType(request);
  const headers: Record<string, string> = { ...request.headers, ...(type === null ? {} : { 'content-type': type }) };
  const signedHeaders = scheme.headersToSign.flatMap((name) => {
    const value = headers[name.toLowerCase()];
    return value ? [`${name.toLowerCase()}:${value.trim().replace(/\s+/g, ' ')}`] : [];
  });
  const search = new URLSearchParams(wireQuery(request.query)).toString();
  const data = [
    request.method.toUpperCase(),
    addressed(request).protocol.replace(/:$/, ''),
    scheme.baseUrl ? new URL(scheme.baseUrl).host : addressed(request).host,
    request.path + (search ? `?${search}` : ''),
    signedHeaders.join('\t'),
    body.length ? createHash('sha256').update(body).digest('base64') : '',
    prefix,
  ].join('\t');
  const signingKey = createHmac('sha256', c['clientSecret'] ?? '').update(stamp).digest('base64');
  return { headers: { authorization: `${prefix}signature=${createHmac('sha256', signingKey).update(data).digest('base64')}` }, query: [] };
}

/** The bytes the client sends for the fixture's body; `unreadable` for multipart (only fetch knows its boundary). */
export function sentBody(request: SentRequest): Buffer | null | 'unreadable' {
  const body = request.body;
  if (body === null) return null;
  switch (body.kind) {
    case 'json':
      return Buffer.from(JSON.stringify(body.value), 'utf8');
    case 'text':
      return Buffer.from(String(body.value), 'utf8');
    case 'form':
      return Buffer.from(new URLSearchParams(body.value as Array<[string, string]>).toString(), 'utf8');
    case 'binary': {
      const blob = (request.input as { $blob?: { text?: string } } | undefined)?.$blob;
      return Buffer.from(blob?.text ?? '', 'utf8');
    }
    default:
      return 'unreadable';
  }
}

/** The content type the client has set when it signs (fetch adds its own defaults only later). */
function contentType(request: SentRequest): string | null {
  const kind = request.body?.kind;
  if (kind === 'multipart') return null;
  return request.headers['content-type'] ?? (kind === 'json' ? 'application/json' : kind === 'form' ? 'application/x-www-form-urlencoded' : null);
}

/** The query in the order the client sends it: keys in first-seen order, a repeated key's values together. */
function wireQuery(pairs: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  const byKey = new Map<string, string[]>();
  for (const [k, v] of pairs) byKey.set(k, [...(byKey.get(k) ?? []), v]);
  return [...byKey].flatMap(([k, values]) => values.map((v): [string, string] => [k, v]));
}

/** RFC 3986 percent-encoding of the UTF-8 bytes, byte by byte. */
/** S3 paths are signed decoded once: valid %-escape runs are decoded, a stray `%` stays literal (and is signed as `%25`). */
function decodeEscapes(segment: string): string {
  return segment.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function pct(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
