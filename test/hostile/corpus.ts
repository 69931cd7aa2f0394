// The hostile corpus: one small collection per class of untrusted or irregular input from issue 6,
// built in code (deterministic: no randomness, no clock), with the outcome each must have.
// `npm run hostile:write` writes them to test/hostile/collections/ to try with the CLI.
import { BREAKOUTS, CANARY_PAYLOADS } from '../helpers/output-checks.js';

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
type Obj = Record<string, unknown>;

export type Expectation =
  /** The run generates a package; `codes` must all be reported, or at least one warning. */
  | { generates: true; codes: readonly string[] | 'any-warning' }
  /** The run is refused (an error, nothing written); `codes` must all be reported, or any error. */
  | { generates: false; codes: readonly string[] | 'any-error' };

export interface HostileCase {
  /** The class of input, as issue 6 names it; also the case's id in known-failing.ts. */
  name: string;
  /** The collection file: an object is written as JSON, a string or bytes as they are. */
  input: Obj | string | Uint8Array;
  expect: Expectation;
  /** Values that must not appear in any output file. */
  secrets?: readonly string[];
}

/** Every breakout around every payload: the text that goes into every field of the injection cases. */
export const HOSTILE_TEXTS: readonly string[] = CANARY_PAYLOADS.flatMap((p) => BREAKOUTS.map((b) => b(p)));
const evil = (i: number) => HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]!;

const JSON_HEADER = [{ key: 'Content-Type', value: 'application/json' }];

const collection = (item: unknown[], extra: Obj = {}): Obj => ({ info: { name: 'Hostile API', schema: V21 }, item, ...extra });
const request = (method: string, url: unknown, extra: Obj = {}): Obj => ({ method, header: [], url, ...extra });
const rawJson = (value: unknown): Obj => ({ mode: 'raw', raw: typeof value === 'string' ? value : JSON.stringify(value), options: { raw: { language: 'json' } } });
const ok = (body: unknown = { id: '1' }, extra: Obj = {}): Obj => ({
  name: 'ok',
  status: 'OK',
  code: 200,
  _postman_previewlanguage: 'json',
  header: JSON_HEADER,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...extra,
});
const get = (name: string, path: string, response: unknown[] = [ok()], extra: Obj = {}): Obj => ({ name, request: request('GET', `https://api.test/${path}`), response, ...extra });

// Secrets: distinctive values of every well-known shape, each planted where one leaks in real exports.
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwbGFudGVkLXNlY3JldC11c2VyIn0.c2lnbmF0dXJlUGxhbnRlZDEyMzQ1Njc4OTA';
const STRIPE = 'sk_live_51PlantedSecretAbcdefGhijklMnop';
const GITHUB = 'ghp_PlantedSecret0123456789abcdefABCDEF';
const SLACK = 'xoxb-123456789012-PlantedSecretSlack';
const GOOGLE = 'AIzaSyPlantedSecret_0123456789abcdefghi';
const AWS_KEY = 'AKIAPLANTEDSECRET123';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYPLANTEDKEY';
const PASSWORD = 'planted-P@ssw0rd-hunter2';
const CLIENT_SECRET = 'planted-client-secret-9f8e7d6c5b4a';
const ACCESS_TOKEN = 'planted-access-token-0a1b2c3d4e5f6789';
const API_KEY = 'planted-api-key-5e4d3c2b1a09f8e7';
const SIGNATURE = 'plantedsignature0123456789abcdef0123456789abcdef0123456789abcd';
const COOKIE = 'planted-session-cookie-77aa88bb99cc';

/** Many nested folders, as text built without recursion (the point is depth: even JSON.stringify would overflow). */
function deepFolders(depth: number): string {
  const open = Array.from({ length: depth }, (_, i) => `{"name": "Level ${i + 1}", "item": [`).join('');
  const leaf = JSON.stringify(get('Leaf', 'leaf'));
  return `{"info": {"name": "Deep", "schema": "${V21}"}, "item": [${JSON.stringify(get('Shallow', 'shallow'))}, ${open}${leaf}${']}'.repeat(depth)}]}`;
}

export const CASES: readonly HostileCase[] = [
  // --- injection: text from the collection in every place it reaches code, docs or fixtures ---
  {
    name: 'injection: names',
    input: collection(
      [
        {
          name: evil(0),
          item: HOSTILE_TEXTS.slice(0, 12).map((text, i) => get(text, `names/${i}`, [ok({ id: '1' }, { name: evil(i + 5), status: evil(i + 6) })])),
        },
        ...HOSTILE_TEXTS.slice(12).map((text, i) => get(text, `more/${i}`)),
      ],
      { info: { name: evil(3), schema: V21 } },
    ),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'injection: descriptions',
    input: collection(
      [
        {
          name: 'Folder',
          description: evil(4),
          item: HOSTILE_TEXTS.map((text, i) => ({
            name: `Item ${i}`,
            description: text,
            request: request('GET', { raw: `https://api.test/d/${i}?q=1`, protocol: 'https', host: ['api', 'test'], path: ['d', String(i)], query: [{ key: 'q', value: '1', description: text }] }, {
              description: text,
              header: [{ key: 'X-Doc', value: '{{doc}}', description: text }],
            }),
            response: [ok()],
          })),
        },
      ],
      { info: { name: 'Docs', description: evil(4), schema: V21 }, variable: [{ key: 'doc', value: 'x', description: evil(5) }] },
    ),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'injection: keys, values, header values, status texts',
    input: collection(
      HOSTILE_TEXTS.map((text, i) => ({
        name: `Call ${i}`,
        request: request('POST', `https://api.test/kv/${i}?${encodeURIComponent(text)}=${encodeURIComponent(text)}`, {
          header: [...JSON_HEADER, { key: 'X-Value', value: text }],
          body: rawJson({ [text]: text, nested: [{ [text]: [text] }], status: text }),
        }),
        response: [
          ok({ [text]: text, status: text, list: [text] }, { status: text, header: [...JSON_HEADER, { key: 'X-Echo', value: text.replace(/[^\x20-\x7e]/g, '') }] }),
          { name: text, status: text, code: 400, header: [{ key: 'Content-Type', value: 'text/plain' }], body: text },
        ],
      })),
    ),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'injection: variables and path parameters',
    input: collection(
      HOSTILE_TEXTS.slice(0, 12).map((text, i) => ({
        name: `Path ${i}`,
        request: request('GET', {
          raw: `{{base}}/p/:id${i}/{{v${i}}}`,
          host: ['{{base}}'],
          path: ['p', `:id${i}`, `{{v${i}}}`],
          variable: [{ key: `id${i}`, value: text, description: text }],
        }),
        response: [ok()],
      })),
      { variable: [{ key: 'base', value: `https://api.test/${encodeURIComponent(evil(1))}` }, ...HOSTILE_TEXTS.slice(0, 12).map((text, i) => ({ key: `v${i}`, value: text }))] },
    ),
    expect: { generates: true, codes: [] },
  },
  {
    // Found by the property tests (seed 20261202, run 83): a string literal ending in a backslash
    // confuses the code writer's string tracking, and a later `/*` in a string then reads as a comment.
    name: 'injection: a string ending in a backslash, then a comment opener',
    input: collection([
      { name: 'Backslash', request: request('GET', 'https://api.test/b', { header: [{ key: 'X-Slash\\', value: 'a' }, { key: 'X-Next', value: `/* ${CANARY_PAYLOADS[0]}` }] }), response: [ok()] },
      get('After', 'after'),
    ]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'injection: scripts are never run or copied',
    input: collection([get('Scripted', 'scripted', [ok()], { event: [{ listen: 'prerequest', script: { type: 'text/javascript', exec: [CANARY_PAYLOADS[0], CANARY_PAYLOADS[1]] } }] })], {
      event: [{ listen: 'test', script: { type: 'text/javascript', exec: [CANARY_PAYLOADS[2]] } }],
    }),
    expect: { generates: true, codes: ['PF105'] },
  },
  {
    name: 'unicode: line separators, NUL, lone surrogates, bidi, non-ASCII names',
    input: collection([
      get('Area m²', 'area'),
      get('\u202eevil\u202c name', 'bidi'),
      get('nul\u0000name', 'nul'),
      get('lone \ud800 surrogate', 'surrogate'),
      get('日本語 エンドポイント', 'jp'),
      get('line\u2028sep\u2029para', 'ls'),
      { name: 'Body', request: request('POST', 'https://api.test/u', { header: JSON_HEADER, body: rawJson({ '\u2028': '\u2029', '\u0000': '\ud800', '\u202e': 'x' }) }), response: [ok({ '\u2028': '\u0000', 'm²': '\udfff' })] },
    ]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'names: reserved words and runtime names',
    input: collection(
      ['class', 'default', 'delete', 'new', 'constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'then', 'await', 'let', 'eval', 'arguments', 'undefined', 'NaN', 'Infinity', 'Object', 'Promise', 'fetch', 'Specs', 'Options', 'Params', 'Create runtime', 'Client', 'Runtime'].map((n, i) =>
        get(n, `r/${i}`),
      ),
    ),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'names: collisions (case, punctuation, digits, type suffixes)',
    input: collection([
      get('Get User', 'a'),
      get('get_user', 'b'),
      get('GET-USER', 'c'),
      get('24hr Stats', 'd'),
      get('T 24hr Stats', 'e'),
      get('Users', 'f'),
      get('users', 'g'),
      get('Get User Params', 'h'),
      get('Get User Body', 'i'),
      get('Get User Response200', 'j'),
      get('Get User Result', 'k'),
    ]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'prototype keys: __proto__, constructor, prototype',
    input: collection([
      {
        name: 'Proto',
        request: request('POST', 'https://api.test/proto?__proto__=1&constructor=2', {
          header: JSON_HEADER,
          body: rawJson('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1}'),
        }),
        response: [ok('{"__proto__": {"polluted": "yes"}, "constructor": "c", "prototype": {"__proto__": null}, "toString": 1}')],
      },
      { name: '__proto__', item: [get('constructor', 'c')] },
    ]),
    expect: { generates: true, codes: [] },
  },

  // --- secrets: literal credentials wherever real exports carry them ---
  {
    name: 'secrets: auth blocks with literal credentials',
    input: collection([
      get('Bearer', 'bearer', [ok()], { request: { ...request('GET', 'https://api.test/bearer'), auth: { type: 'bearer', bearer: [{ key: 'token', value: ACCESS_TOKEN }] } } }),
      get('Basic', 'basic', [ok()], { request: { ...request('GET', 'https://api.test/basic'), auth: { type: 'basic', basic: [{ key: 'username', value: 'admin' }, { key: 'password', value: PASSWORD }] } } }),
      get('ApiKey', 'apikey', [ok()], { request: { ...request('GET', 'https://api.test/apikey'), auth: { type: 'apikey', apikey: [{ key: 'key', value: 'X-Api-Key' }, { key: 'value', value: API_KEY }, { key: 'in', value: 'header' }] } } }),
      get('OAuth2', 'oauth2', [ok()], {
        request: { ...request('GET', 'https://api.test/oauth2'), auth: { type: 'oauth2', oauth2: [{ key: 'accessToken', value: JWT }, { key: 'clientSecret', value: CLIENT_SECRET }, { key: 'addTokenTo', value: 'header' }] } },
      }),
      get('AWS', 'aws', [ok()], { request: { ...request('GET', 'https://api.test/aws'), auth: { type: 'awsv4', awsv4: [{ key: 'accessKey', value: AWS_KEY }, { key: 'secretKey', value: AWS_SECRET }, { key: 'region', value: 'us-east-1' }, { key: 'service', value: 's3' }] } } }),
    ]),
    expect: { generates: true, codes: [] },
    secrets: [ACCESS_TOKEN, PASSWORD, API_KEY, JWT, CLIENT_SECRET, AWS_KEY, AWS_SECRET],
  },
  {
    name: 'secrets: Authorization, Cookie and API-key headers',
    input: collection([
      {
        name: 'Headers',
        request: request('GET', 'https://api.test/h', {
          header: [
            { key: 'Authorization', value: `Bearer ${JWT}` },
            { key: 'Cookie', value: `session=${COOKIE}` },
            { key: 'X-API-Key', value: API_KEY },
          ],
        }),
        response: [ok({ id: '1' }, { originalRequest: request('GET', 'https://api.test/h', { header: [{ key: 'Authorization', value: `Bearer ${JWT}` }, { key: 'Cookie', value: `session=${COOKIE}` }, { key: 'X-API-Key', value: API_KEY }] }) })],
      },
    ]),
    expect: { generates: true, codes: [] },
    secrets: [JWT, COOKIE, API_KEY],
  },
  {
    name: 'secrets: API keys and signatures in query strings',
    input: collection([
      get('Query', `q?api_key=${API_KEY}&X-Amz-Signature=${SIGNATURE}&access_token=${ACCESS_TOKEN}`, [
        ok({ id: '1' }, { originalRequest: request('GET', `https://api.test/q?api_key=${API_KEY}&X-Amz-Signature=${SIGNATURE}&access_token=${ACCESS_TOKEN}`) }),
      ]),
    ]),
    expect: { generates: true, codes: [] },
    secrets: [API_KEY, SIGNATURE, ACCESS_TOKEN],
  },
  {
    name: 'secrets: passwords and client secrets in request bodies (raw, urlencoded, formdata)',
    input: collection(
      [
        ['Login', request('POST', 'https://api.test/login', { header: JSON_HEADER, body: rawJson({ username: 'u', password: PASSWORD, client_secret: CLIENT_SECRET }) })],
        ['Token', request('POST', 'https://api.test/token', { body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'password' }, { key: 'password', value: PASSWORD }, { key: 'client_secret', value: CLIENT_SECRET }] } })],
        ['Upload', request('POST', 'https://api.test/upload', { body: { mode: 'formdata', formdata: [{ key: 'token', value: ACCESS_TOKEN, type: 'text' }, { key: 'api_key', value: API_KEY, type: 'text' }] } })],
      ].map(([name, req]) => ({ name, request: req, response: [ok({ id: '1' }, { originalRequest: req })] })),
    ),
    expect: { generates: true, codes: [] },
    secrets: [PASSWORD, CLIENT_SECRET, ACCESS_TOKEN, API_KEY],
  },
  {
    name: 'secrets: tokens in saved responses',
    input: collection([
      get('Token response', 'oauth/token', [
        ok({ access_token: ACCESS_TOKEN, id_token: JWT, refresh_token: 'planted-refresh-token-aa11bb22cc33', token_type: 'bearer' }, { header: [...JSON_HEADER, { key: 'Set-Cookie', value: `session=${COOKIE}; HttpOnly` }] }),
      ]),
      get('Keys', 'keys', [ok({ stripe: STRIPE, github: GITHUB, slack: SLACK, google: GOOGLE, aws: AWS_KEY })]),
    ]),
    expect: { generates: true, codes: [] },
    secrets: [ACCESS_TOKEN, JWT, 'planted-refresh-token-aa11bb22cc33', COOKIE, STRIPE, GITHUB, SLACK, GOOGLE, AWS_KEY],
  },
  {
    name: 'secrets: userinfo in URLs and token shapes in descriptions',
    input: collection([
      { name: 'Userinfo', description: `Use ${STRIPE} or ${GITHUB}`, request: request('GET', `https://admin:${PASSWORD}@api.test/u`, { description: `key ${GOOGLE}, ${SLACK}` }), response: [ok()] },
    ]),
    expect: { generates: true, codes: [] },
    secrets: [PASSWORD, STRIPE, GITHUB, GOOGLE, SLACK],
  },
  {
    name: 'secrets: awsv4 beside credentials elsewhere',
    input: collection(
      [
        get('Signed', 'signed', [ok()], { request: { ...request('GET', 'https://api.test/signed'), auth: { type: 'awsv4', awsv4: [{ key: 'accessKey', value: '{{aws-key}}' }, { key: 'secretKey', value: '{{aws-secret}}' }, { key: 'region', value: 'eu-west-1' }, { key: 'service', value: 'execute-api' }] } } }),
        get('Other', 'other', [ok()], { request: { ...request('GET', 'https://api.test/other'), auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}' }] } } }),
      ],
      { variable: [{ key: 'aws-key', value: AWS_KEY }, { key: 'aws-secret', value: AWS_SECRET }, { key: 'token', value: ACCESS_TOKEN }] },
    ),
    expect: { generates: true, codes: [] },
    secrets: [AWS_KEY, AWS_SECRET, ACCESS_TOKEN],
  },
  {
    // Found by the property tests: the S3 reference signer decodes each path segment and throws on a stray `%`.
    name: 'auth: awsv4 (s3) on a path with a malformed %-escape',
    input: collection([
      get('S3 object', 'bucket/a%zz', [ok({ id: '1' }, { originalRequest: request('GET', 'https://api.test/bucket/a%zz') })], {
        request: { ...request('GET', 'https://api.test/bucket/a%zz'), auth: { type: 'awsv4', awsv4: [{ key: 'accessKey', value: '{{aws-key}}' }, { key: 'secretKey', value: '{{aws-secret}}' }, { key: 'region', value: 'us-east-1' }, { key: 'service', value: 's3' }] } },
      }),
    ]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'files: form and file bodies never read the file they name',
    input: collection([
      { name: 'Form file', request: request('POST', 'https://api.test/f', { body: { mode: 'formdata', formdata: [{ key: 'doc', type: 'file', src: '/etc/passwd' }] } }), response: [ok()] },
      { name: 'File body', request: request('POST', 'https://api.test/g', { body: { mode: 'file', file: { src: '/etc/hostname' } } }), response: [ok()] },
    ]),
    expect: { generates: true, codes: [] },
    secrets: ['root:x:0:0'],
  },

  // --- limits: sizes, depths, numbers ---
  { name: 'limits: 300-character item and folder names', input: collection([{ name: 'F'.repeat(300), item: [get('x'.repeat(300), 'long'), get(`${'y'.repeat(250)} ${'é'.repeat(100)}`, 'long2')] }]), expect: { generates: true, codes: [] } },
  // A request beside the deep tree: whether the depth limit prunes the leaf or not, the run generates.
  { name: 'limits: 5,000 nested folders', input: deepFolders(5000), expect: { generates: true, codes: [] } },
  {
    name: 'limits: JSON bodies nested 20,000 deep',
    input: collection([{ name: 'Deep body', request: request('POST', 'https://api.test/deep', { header: JSON_HEADER, body: rawJson('['.repeat(20000) + ']'.repeat(20000)) }), response: [ok('{"a":'.repeat(20000) + '1' + '}'.repeat(20000))] }]),
    expect: { generates: true, codes: [] },
  },
  { name: 'limits: 100 nested folders', input: deepFolders(100), expect: { generates: true, codes: [] } },
  {
    name: 'numbers: beyond the double range, -0, tiny, beyond 2^53',
    input: collection([
      { name: 'Numbers', request: request('POST', 'https://api.test/n', { header: JSON_HEADER, body: rawJson('{"big": 1e400, "neg": -1e400, "zero": -0, "tiny": 1e-400, "id": 123456789012345678901234567890}') }), response: [ok('{"big": 1e400, "zero": -0, "tiny": 4.9e-400, "id": 98765432109876543210, "n": 1.5}')] },
    ]),
    expect: { generates: true, codes: [] },
  },

  // --- irregular requests Postman runs ---
  {
    name: 'requests: GET and HEAD with a body',
    input: collection([
      { name: 'Get with body', request: request('GET', 'https://api.test/search', { header: JSON_HEADER, body: rawJson({ q: 'x' }) }), response: [ok({ id: '1' }, { originalRequest: request('GET', 'https://api.test/search', { header: JSON_HEADER, body: rawJson({ q: 'x' }) }) })] },
      { name: 'Head with body', request: request('HEAD', 'https://api.test/head', { body: { mode: 'raw', raw: 'text' } }), response: [{ name: 'ok', code: 200, status: 'OK', header: [], body: '' }] },
    ]),
    expect: { generates: true, codes: ['PF115'] },
  },
  {
    name: 'requests: header names and values fetch rejects',
    input: collection([
      {
        name: 'Headers',
        request: request('GET', 'https://api.test/h', {
          header: [
            { key: 'disabled header', value: 'x', disabled: true },
            { key: 'X-"Quoted"', value: 'x' },
            { key: 'X-`Tick`', value: 'x' },
            { key: 'X-Unicode', value: 'é ✓' },
            { key: 'X-Newline', value: 'a\r\nInjected: yes' },
            { key: '', value: 'empty name' },
          ],
        }),
        response: [ok()],
      },
    ]),
    expect: { generates: true, codes: ['PF116'] },
  },
  {
    name: 'requests: methods that are not HTTP tokens',
    input: collection([
      { name: 'Spaced', request: request('GET /admin', 'https://api.test/a'), response: [ok()] },
      { name: 'Quoted', request: request("P'OST", 'https://api.test/b'), response: [ok()] },
      { name: 'Lower', request: request('patch', 'https://api.test/c'), response: [ok()] },
    ]),
    expect: { generates: true, codes: ['PF114'] },
  },
  { name: 'requests: missing method', input: collection([{ name: 'No method', request: { url: 'https://api.test/m', header: [] }, response: [ok()] }]), expect: { generates: true, codes: ['PF013'] } },
  { name: 'requests: URL with a port but no host', input: collection([get('Port only', 'x', [ok()], { request: request('GET', 'https://:8080/x') })]), expect: { generates: true, codes: ['PF117'] } },
  {
    name: 'requests: a saved JSON body with a byte-order mark',
    input: collection([get('Bom body', 'bom', [ok('\uFEFF{"id":"1"}')])]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'requests: a HEAD request with a saved response body',
    input: collection([{ name: 'Probe', request: request('HEAD', 'https://api.test/probe'), response: [ok({ id: '1' })] }]),
    expect: { generates: true, codes: ['PF109'] },
  },
  {
    name: 'requests: a GraphQL request whose examples save no request',
    input: collection([{ name: 'Viewer', request: request('POST', 'https://api.test/graphql', { body: { mode: 'graphql', graphql: { query: 'query { viewer { id } }', variables: '' } } }), response: [ok({ data: { viewer: { id: '1' } } })] }]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'requests: a query key repeated around another',
    input: collection([get('Pairs', 'pairs?id=1&sort=name&id=2&2=x', [ok()], { request: request('GET', { raw: 'https://api.test/pairs?id=1&sort=name&id=2&2=x', host: ['api', 'test'], path: ['pairs'], query: [{ key: 'id', value: '1' }, { key: 'sort', value: 'name' }, { key: 'id', value: '2' }, { key: '2', value: 'x' }] }) })]),
    expect: { generates: true, codes: [] },
  },
  {
    // Minimised from `npm run fuzz -- --seed 7`: requests the mocks got wrong, on one transport or both.
    name: 'mocks: requests MSW and node:http must answer alike (dot segments, end spaces, twins on HEAD /, a saved redirect, a malformed %-escape)',
    input: collection([
      { name: 'Dotted', request: request('OPTIONS', 'https://api.test/./:id/delete'), response: [ok()] },
      { name: 'Spaced', request: request('PUT', 'https://api.test/ x /y '), response: [{ ...ok(), code: 422, status: 'Unprocessable Entity' }] },
      { name: 'Keyed', request: request('HEAD', 'https://api.test/?key=1') },
      { name: 'Elsewhere', request: request('HEAD', 'https://files.api.test/', { header: [{ key: 'X-Kind', value: 'files' }] }), response: [{ name: 'none', code: 204, status: 'No Content', header: [], body: '' }] },
      { name: 'Moved', request: request('DELETE', 'https://api.test/old'), response: [{ name: 'moved', code: 302, status: 'Found', header: [{ key: 'Location', value: 'https://api.test/new' }], body: 'gone' }] },
      { name: 'Bad escape', request: request('GET', 'https://api.test/bad%E0%A4%A/x'), response: [ok()] },
    ]),
    expect: { generates: true, codes: [] },
  },
  {
    // A copied request: the mocks cannot tell the copies apart, so the one whose example is picked answers.
    name: 'mocks: a request copied, with other examples and without any',
    input: collection([get('Get lead', 'leads/1'), get('Get lead copy', 'leads/1', [{ ...ok({ code: 'NOPE' }), name: 'missing', code: 404, status: 'Not Found' }]), get('Get lead bare', 'leads/1', [])]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'responses: served bodies read as the client reads them (no content type, a scalar, JSON text as text/plain)',
    input: collection([
      get('Scalar', 'scalar', [{ ...ok(), header: [], _postman_previewlanguage: 'text', body: '705734168' }]),
      get('Plain', 'plain', [{ ...ok(), header: [{ key: 'Content-Type', value: 'text/plain' }], body: '{"id":"1"}' }]),
      get('Spaces', 'spaces', [{ ...ok(), header: [], body: '  ' }]),
    ]),
    expect: { generates: true, codes: [] },
  },
  {
    name: "names: optional keys named like Object's members (constructor, toString)",
    input: collection([get('Things', 'things', [ok({ id: '1', constructor: 'Ferrari', toString: 'x' }), { ...ok({ id: '2' }), name: 'bare' }])]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'injection: a key ending in a backslash before a key holding a comment opener',
    input: collection([get('Keys', 'keys', [ok({ 'a\\': 1, '*/ globalThis.PWNED_CANARY = 1; /*': 2, b: { c: 3 } })])]),
    expect: { generates: true, codes: [] },
  },
  {
    name: 'secrets: a literal auth-block token pasted into a header and a URL elsewhere',
    input: collection(
      [
        { name: 'Me', request: { ...request('GET', `https://api.test/me?session=${ACCESS_TOKEN}`), header: [{ key: 'X-Trace', value: ACCESS_TOKEN }] }, response: [ok({ echo: ACCESS_TOKEN })] },
      ],
      { auth: { type: 'bearer', bearer: [{ key: 'token', value: ACCESS_TOKEN, type: 'string' }] } },
    ),
    expect: { generates: true, codes: [] },
    secrets: [ACCESS_TOKEN],
  },

  // --- irregular files ---
  { name: 'files: top-level `items` instead of `item`', input: { info: { name: 'Items', schema: V21 }, items: [get('A', 'a')] }, expect: { generates: true, codes: ['PF011'] } },
  { name: 'files: a byte-order mark', input: '\uFEFF' + JSON.stringify(collection([get('A', 'a')])), expect: { generates: true, codes: [] } },
  { name: 'files: duplicate keys', input: `{"info": {"name": "Dup", "name": "Dup 2", "schema": "${V21}"}, "item": [], "item": ${JSON.stringify([get('A', 'a')])}}`, expect: { generates: true, codes: ['PF010'] } },
  {
    name: 'files: invalid UTF-8',
    input: new Uint8Array([...Buffer.from(`{"info": {"name": "Bad `), 0xff, 0xfe, 0xc3, ...Buffer.from(`", "schema": "${V21}"}, "item": ${JSON.stringify([get('A', 'a')])}}`)]),
    expect: { generates: false, codes: ['PF009'] },
  },
  { name: 'files: empty', input: '', expect: { generates: false, codes: ['PF002'] } },
  { name: 'files: not JSON', input: '<html>not json</html>', expect: { generates: false, codes: ['PF002'] } },
  { name: 'files: JSON that is not a collection', input: '[1, 2, 3]', expect: { generates: false, codes: ['PF003'] } },
  { name: 'files: null', input: 'null', expect: { generates: false, codes: ['PF003'] } },
  { name: 'files: missing info', input: { item: [get('A', 'a')] }, expect: { generates: true, codes: ['PF012'] } },
  { name: 'files: a request given as a plain URL string', input: collection([{ name: 'Plain', request: 'https://api.test/plain', response: [ok()] }]), expect: { generates: true, codes: [] } },
  { name: 'files: no requests', input: collection([]), expect: { generates: false, codes: ['PF004'] } },
  {
    name: 'shapes: null and wrongly typed items, requests, URLs, headers, responses',
    input: collection([
      null,
      7,
      'item',
      { name: 'Null request', request: null },
      { name: 'Number URL', request: { method: 'GET', url: 7 } },
      { name: 'String headers', request: { method: 'GET', url: 'https://api.test/s', header: 'X-A: 1' }, response: 'none' },
      { name: 'Object response', request: { method: 'GET', url: 'https://api.test/o' }, response: { code: 200 } },
      { name: 'Null entries', request: { method: 'GET', url: 'https://api.test/n', header: [null, 3] }, response: [null, 4, { code: 'x' }] },
      { name: 'Good', request: { method: 'GET', url: 'https://api.test/good' }, response: [ok()] },
    ]),
    expect: { generates: true, codes: ['PF015', 'PF016', 'PF006'] },
  },

  // --- the output folder ---
  {
    name: 'output folder: names that look like paths',
    input: collection([
      { name: '../../..', item: [get('../../../../escaped', 'a'), get('/etc/passwd', 'b'), get('..\\..\\windows', 'c')] },
      { name: '.github', item: [{ name: 'workflows', item: [get('ci.yml', 'd')] }] },
      get('CON', 'e'),
      get('nul.', 'f'),
      get('trailing dot.', 'g'),
      get('node_modules', 'h'),
      get('.', 'i'),
      get('..', 'j'),
    ]),
    expect: { generates: true, codes: [] },
  },
];
