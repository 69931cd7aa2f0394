// Signed auth in generated packages. First, the fixture expectations' reference signers
// (generator/emit/auth-reference.ts, node:crypto) agree with the runtime's Web Crypto signers (which
// test/templates/auth-*.test.ts checks against published vectors) on every kind of request. Then one
// tiny collection with most auth types is generated into .tmp/, type-checked by tsc under the
// package's strict tsconfig, and its own fixture tests are run: every signed request must carry
// exactly the header or query the generator computed, over the stub and over real HTTP.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAuth, testCredential, TEST_NONCE, TEST_ORIGIN, TEST_TIME, type SentRequest } from '../../generator/emit/auth-expectations.js';
import type { AuthScheme } from '../../generator/model/types.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import type { RunResult } from '../../generator/pipeline.js';
import { placeAuth } from '../../templates/runtime/auth.js';
import { ALL_SIGNERS } from '../templates/all-signers.js';
import type { AuthSchemeSpec } from '../../templates/runtime/spec.js';
import { collection, example, folder, item, url, type JsonObject } from '../helpers/collection.js';
import { MOCK_EXAMPLES_PATH, parseMockExamples } from '../helpers/mock-examples.js';
import { generatePackage, removeDir, repoTempDir, tsFilesUnder } from '../helpers/package.js';

const SOURCE = { file: 'test.postman_collection.json', itemPath: [], pointer: '' };
const schemes: Array<[string, AuthScheme, AuthSchemeSpec]> = [
  ['oauth1 header', { kind: 'oauth1', key: 's', signatureMethod: 'HMAC-SHA1', addTo: 'header', version: '1.0', realm: 'r', includeBodyHash: true, addEmptyParamsToSign: false, source: SOURCE }, { type: 'oauth1', signatureMethod: 'HMAC-SHA1', in: 'header', version: '1.0', realm: 'r', includeBodyHash: true, addEmptyParamsToSign: false }],
  ['oauth1 query', { kind: 'oauth1', key: 's', signatureMethod: 'HMAC-SHA512', addTo: 'query', version: '', realm: null, includeBodyHash: false, addEmptyParamsToSign: true, source: SOURCE }, { type: 'oauth1', signatureMethod: 'HMAC-SHA512', in: 'query', version: '', realm: null, includeBodyHash: false, addEmptyParamsToSign: true }],
  ['oauth1 plaintext', { kind: 'oauth1', key: 's', signatureMethod: 'PLAINTEXT', addTo: 'header', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false, source: SOURCE }, { type: 'oauth1', signatureMethod: 'PLAINTEXT', in: 'header', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false }],
  ['jwt', { kind: 'jwt', key: 's', algorithm: 'HS512', addTo: 'header', prefix: 'JWT', queryParam: 'token', header: '{"kid":"1"}', payload: '{"iss":"me","n":1}', secretBase64: true, source: SOURCE }, { type: 'jwt', algorithm: 'HS512', in: 'header', prefix: 'JWT', header: '{"kid":"1"}', payload: '{"iss":"me","n":1}', secretBase64: true }],
  ['awsv4', { kind: 'awsv4', key: 's', region: 'eu-west-1', service: 'execute-api', source: SOURCE }, { type: 'awsv4', region: 'eu-west-1', service: 'execute-api' }],
  ['awsv4 s3', { kind: 'awsv4', key: 's', region: null, service: 's3', source: SOURCE }, { type: 'awsv4', region: null, service: 's3' }],
  ['hawk', { kind: 'hawk', key: 's', algorithm: 'sha256', ext: 'x\\y"z', app: 'app', dlg: 'dlg', includePayloadHash: true, source: SOURCE }, { type: 'hawk', algorithm: 'sha256', ext: 'x\\y"z', app: 'app', dlg: 'dlg', includePayloadHash: true }],
  ['edgegrid', { kind: 'edgegrid', key: 's', headersToSign: ['X-Trace', 'Content-Type'], baseUrl: null, maxBodySize: 8, source: SOURCE }, { type: 'edgegrid', headersToSign: ['X-Trace', 'Content-Type'], baseUrl: null, maxBodySize: 8 }],
];

const requests: Array<[string, SentRequest, BodyInit | undefined]> = [
  ['GET, a repeated query key, an encoded path', { origin: TEST_ORIGIN, method: 'GET', path: '/a%20b/%C3%A9', query: [['q', 'x y'], ['id', '1'], ['q', '*~']], headers: { 'x-trace': ' t  1 ' }, body: null, input: undefined }, undefined],
  ['POST JSON', { origin: TEST_ORIGIN, method: 'POST', path: '/things', query: [], headers: {}, body: { kind: 'json', value: { a: [1, 'ü'] } }, input: undefined }, '{"a":[1,"ü"]}'],
  ['PUT text with its content type', { origin: TEST_ORIGIN, method: 'PUT', path: '/t', query: [['v', '1']], headers: { 'content-type': 'text/plain; charset=utf-8' }, body: { kind: 'text', value: 'hello' }, input: undefined }, 'hello'],
  ['POST form', { origin: TEST_ORIGIN, method: 'POST', path: '/f', query: [], headers: {}, body: { kind: 'form', value: [['a', '1 2'], ['b', '&']] }, input: undefined }, new URLSearchParams([['a', '1 2'], ['b', '&']])],
  ['POST multipart (unreadable before fetch)', { origin: TEST_ORIGIN, method: 'POST', path: '/m', query: [], headers: {}, body: { kind: 'multipart', value: [] }, input: undefined }, new FormData()],
  // An endpoint on a host of its own is signed for that host, port and scheme.
  ['POST JSON to a host of its own', { origin: 'http://Upload.Example.com:8080', method: 'POST', path: '/up', query: [['v', '1']], headers: { 'x-trace': 't' }, body: { kind: 'json', value: { a: 1 } }, input: undefined }, '{"a":1}'],
  ['POST a file', { origin: TEST_ORIGIN, method: 'POST', path: '/b', query: [], headers: {}, body: { kind: 'binary', value: { size: 4, type: 'text/plain' } }, input: { $blob: { text: 'file' } } }, new Blob(['file'])],
];

/** What the runtime's client sets before auth for this request (body.ts's content types), as createRuntime would pass it. */
function runtimeContext(request: SentRequest, body: BodyInit | undefined) {
  const headers = new Headers(request.headers);
  const kind = request.body?.kind;
  if (!headers.has('content-type') && kind === 'json') headers.set('content-type', 'application/json');
  if (!headers.has('content-type') && kind === 'form') headers.set('content-type', 'application/x-www-form-urlencoded');
  const query = new URLSearchParams();
  const byKey = new Map<string, string[]>();
  for (const [k, v] of request.query) byKey.set(k, [...(byKey.get(k) ?? []), v]);
  for (const [k, values] of byKey) for (const v of values) query.append(k, v);
  const search = query.toString();
  return { method: request.method, url: `${new URL(request.origin).origin}${request.path}${search ? `?${search}` : ''}`, headers, body, clock: () => new Date(TEST_TIME), nonce: () => TEST_NONCE, signers: ALL_SIGNERS };
}

describe('emit: fixture expectations agree with the runtime signers', () => {
  describe.each(schemes)('%s', (_, scheme, spec) => {
    it.each(requests)('%s', async (_, request, body) => {
      const credential = testCredential('s', scheme);
      const placement = await placeAuth('s', spec, credential, 'TEST', runtimeContext(request, body));
      if (placement.in === 'hook') throw new Error('signed schemes do not go to the hook');
      const want = expectedAuth('s', scheme, request);
      expect(Object.fromEntries(placement.headers.map(([k, v]) => [k.toLowerCase(), v]))).toEqual(want.headers);
      expect(placement.query).toEqual(want.query);
    });
  });
});

// ---- one generated package with most auth types ----

const ok = (name: string, body: unknown = { ok: true }, originalRequest?: Parameters<typeof item>[1]) =>
  example({ name, code: 200, language: 'json', header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON.stringify(body), ...(originalRequest ? { originalRequest } : {}) });
/** A request with a body, saved with an example that sent it (so the fixture sends and signs that body). */
const sends = (name: string, request: Parameters<typeof item>[1]) => item(name, request, [ok(`${name} ok`, { ok: true }, request)]);
const params = (type: string, values: Record<string, string | boolean | number>): JsonObject => ({ type, [type]: Object.entries(values).map(([key, value]) => ({ key, value, type: typeof value === 'boolean' ? 'boolean' : 'string' })) });
/** Literal secrets in the collection: none may reach the generated package. */
const LITERAL_SECRETS = ['cs-LITERAL-SECRET', 'aws-LITERAL-SECRET', 'hawk-LITERAL-SECRET', 'eg-LITERAL-SECRET', 'jwt-LITERAL-SECRET', 'pw-LITERAL-SECRET'];

const authCollection = collection(
  [
    folder('Statuses', [
      item('List statuses', { url: url('{{base}}/1.1/statuses.json?count=2&include_entities=true') }, [ok('two statuses', [{ id: 1 }, { id: 2 }])]),
      sends('Update status', { method: 'POST', url: '{{base}}/1.1/statuses/update.json', header: [{ key: 'Content-Type', value: 'application/json' }], body: { raw: '{"status":"Hello Ladies + Gentlemen"}', language: 'json' } }),
    ]),
    folder('Search', [item('Search', { url: url('{{base}}/search?q=a%20b') }, [ok('found')])], {
      auth: params('oauth1', { consumerKey: '{{consumer_key}}', consumerSecret: 'cs-LITERAL-SECRET', signatureMethod: 'HMAC-SHA256', version: '1.0', addParamsToHeader: false }),
    }),
    folder('AWS', [sends('Put thing', { method: 'PUT', url: '{{base}}/things/7', header: [{ key: 'x-amz-meta-owner', value: 'me' }], body: { raw: '{"name":"thing"}', language: 'json' } })], {
      auth: params('awsv4', { accessKey: '{{aws_key}}', secretKey: 'aws-LITERAL-SECRET', region: '{{aws_region}}', service: 'execute-api' }),
    }),
    folder('Hawk', [sends('Send note', { method: 'POST', url: '{{base}}/notes', header: [{ key: 'Content-Type', value: 'text/plain' }], body: { raw: 'Thank you for flying Hawk' } })], {
      auth: params('hawk', { authId: 'dh37fgj492je', authKey: 'hawk-LITERAL-SECRET', algorithm: 'sha256', extraData: 'some-app-ext-data', includePayloadHash: true }),
    }),
    folder('EdgeGrid', [sends('Purge', { method: 'POST', url: '{{base}}/ccu/v3/invalidate', header: [{ key: 'X-Trace', value: 'abc' }, { key: 'Content-Type', value: 'application/json' }], body: { raw: '{"objects":["https://x.test/"]}', language: 'json' } })], {
      auth: params('edgegrid', { accessToken: 'at', clientToken: 'ct', clientSecret: 'eg-LITERAL-SECRET', headersToSign: 'X-Trace' }),
    }),
    folder('JWT', [item('Me', { url: '{{base}}/me' }, [ok('me')]), item('Token in the query', { url: '{{base}}/feed', auth: params('jwt', { algorithm: 'HS256', secret: 'jwt-LITERAL-SECRET', payload: '{"sub":"{{subject}}"}', addTokenTo: 'queryParam', queryParamKey: 'jwt' }) })], {
      auth: params('jwt', { algorithm: 'HS384', secret: 'jwt-LITERAL-SECRET', payload: '{"iss":"{{issuer}}","scope":"read"}', header: '{"typ":"JWT"}', headerPrefix: 'Bearer' }),
    }),
    folder('Digest', [item('Protected', { url: '{{base}}/protected' }, [ok('let in')])], { auth: params('digest', { username: 'u', password: 'pw-LITERAL-SECRET', algorithm: 'MD5' }) }),
    folder('Public', [item('Health', { url: '{{base}}/health' }, [ok('healthy')]), item('With an API key', { url: '{{base}}/keyed', auth: params('apikey', { key: 'api_key', value: '{{api_key}}', in: 'query' }) })], { auth: { type: 'noauth' } }),
  ],
  {
    auth: params('oauth1', { consumerKey: '{{consumer_key}}', consumerSecret: 'cs-LITERAL-SECRET', token: '{{access_token}}', tokenSecret: '{{token_secret}}', signatureMethod: 'HMAC-SHA1', version: '1.0', addParamsToHeader: true, addEmptyParamsToSign: false }),
    variable: [
      { key: 'base', value: 'https://api.example.com' },
      { key: 'issuer', value: 'postforge' },
      { key: 'aws_region', value: '' },
    ],
  },
);

describe('emit: a generated package signs every auth type it can', () => {
  let root: string;
  let result: RunResult;
  const file = (p: string) => readFileSync(path.join(result.job.out, p), 'utf8');
  beforeAll(async () => {
    root = repoTempDir('auth-types-');
    result = await generatePackage(root, 'auth-pkg', authCollection);
  }, 30_000);
  afterAll(() => removeDir(root));

  it('warns for the type it cannot sign and notes the settings left to the caller', () => {
    expect(result.diagnostics.all.map((d) => `${d.code} ${d.itemPath.join(' / ')}`)).toEqual([
      'PF111 AWS / Put thing',
      'PF111 JWT / Token in the query',
      'PF104 Digest / Protected',
    ]);
  });

  it('writes no secret from the collection anywhere in the package', () => {
    const text = tsFilesUnder(result.job.out).map((f) => readFileSync(f, 'utf8')).join('\n') + result.files.map((f) => f.content).join('\n');
    for (const secret of LITERAL_SECRETS) expect(text).not.toContain(secret);
  });

  it('types each credential, requiring what the collection left to a variable, and documents it', () => {
    const client = file('src/client.ts');
    expect(client).toContain('oauth1?: CredentialOf<OAuth1Credential>;');
    expect(client).toContain('oauth12?: CredentialOf<OAuth1Credential>;');
    expect(client).toContain('awsv4?: CredentialOf<AwsV4Credential & { region: string }>;');
    expect(client).toContain('jwt?: CredentialOf<JwtCredential>;');
    expect(client).toContain('jwt2?: CredentialOf<JwtCredential & { payload: Record<string, unknown> }>;');
    expect(client).toContain('digest?: BasicCredential;');
    expect(client).toMatch(/Pass `\{ consumerKey, consumerSecret, token\?, tokenSecret\? \}`/);
    expect(client).toMatch(/a hook that must answer the server's challenge/);
    expect(client).toMatch(/Pick<\s*RuntimeConfig,[^>]*'clock'\s*\|\s*'nonce'/);
  });

  it('type-checks with tsc under the package\'s strict tsconfig', () => {
    expect(sh('npx', ['tsc', '--noEmit', '-p', path.join(result.job.out, 'tsconfig.json')])).toMatchObject({ ok: true });
  }, 60_000);

  it('passes its own fixture tests, signatures exact, over the stub and over HTTP', () => {
    const run = sh('npx', ['vitest', 'run', '--root', result.job.out, '--reporter=dot']);
    expect(run.ok, run.output).toBe(true);
    // 11 requests, one fixture each, plus the HTTP replay of all of them, plus, in each of the two
    // mock tests (node:http and MSW), each saved example served and a refusal for each endpoint without one.
    const examples = Object.values(parseMockExamples(file(MOCK_EXAMPLES_PATH)));
    const saved = examples.flat().length;
    const unserved = 11 - examples.filter((e) => e.length > 0).length;
    expect(saved).toBeGreaterThan(0);
    expect(/Tests\s+(\d+) passed/.exec(run.output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1]).toBe(String(12 + 2 * (saved + unserved)));
  }, 60_000);

  it('each signed fixture expects a signature, not just a header', () => {
    const fixture = (name: string) => JSON.parse(file(`test/fixtures/${name}.json`)) as { fixtures: Array<{ request: { headers: Record<string, string>; query: string[][] } }> };
    expect(fixture('list-statuses').fixtures[0]!.request.headers['authorization']).toMatch(/^OAuth oauth_consumer_key="test-oauth1-consumer-key",oauth_token="test-oauth1-token",.*oauth_signature="[^"]{20,}"$/);
    expect(fixture('search').fixtures[0]!.request.query.map(([k]) => k)).toEqual(['q', 'oauth_consumer_key', 'oauth_token', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce', 'oauth_version', 'oauth_signature']);
    expect(fixture('put-thing').fixtures[0]!.request.headers).toMatchObject({ 'x-amz-date': '20200202T020202Z', 'x-amz-content-sha256': expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(fixture('send-note').fixtures[0]!.request.headers['authorization']).toMatch(/^Hawk id="test-hawk-auth-id", ts="1580608922", nonce="test-nonce", hash="[^"]+", ext="some-app-ext-data", mac="[^"]+"$/);
    expect(fixture('purge').fixtures[0]!.request.headers['authorization']).toMatch(/^EG1-HMAC-SHA256 client_token=test-edgegrid-client-token;.*;signature=.+$/);
    expect(fixture('token-in-the-query').fixtures[0]!.request.query).toEqual([['jwt', expect.stringMatching(/^eyJ/)]]);
  });
});

function sh(command: string, args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
