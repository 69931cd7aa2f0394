// Every Postman auth type, read from the smallest collection that shows it: v2.1's
// `[{ key, value, type }]` arrays and v2.0's object maps give the same scheme; inheritance runs
// collection -> folder -> request and `noauth` stops it; secrets never reach the model.
import { describe, expect, it } from 'vitest';
import type { AuthScheme } from '../../generator/model/types.js';
import { collection, folder, item, noauth, SCHEMA_V20, writeCollection, writeTemp, type JsonObject } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

type Params = Record<string, string | boolean | number>;
type SchemeWithoutKey = AuthScheme extends infer S ? (S extends AuthScheme ? Omit<S, 'key' | 'source'> : never) : never;

/** v2.1 (and v2.0) array form. */
const asArray = (type: string, params: Params): JsonObject => ({
  type,
  [type]: Object.entries(params).map(([key, value]) => ({ key, value, type: typeof value === 'boolean' ? 'boolean' : 'string' })),
});
/** v2.0 object-map form. */
const asMap = (type: string, params: Params): JsonObject => ({ type, [type]: params });

const SECRETS = ['cs-SECRET', 'ts-SECRET', 'aws-SECRET', 'hawk-SECRET', 'eg-SECRET', 'jwt-SECRET', 'pw-SECRET', 'rsa-SECRET'];

const cases: Array<[string, { type: string; params: Params; want: SchemeWithoutKey; codes?: string[] }]> = [
  [
    'oauth1 (HMAC-SHA1, header)',
    {
      type: 'oauth1',
      params: { consumerKey: 'ck', consumerSecret: 'cs-SECRET', token: 'tok', tokenSecret: 'ts-SECRET', signatureMethod: 'HMAC-SHA1', version: '1.0', realm: '', addParamsToHeader: true, addEmptyParamsToSign: false, timestamp: '', nonce: '' },
      want: { kind: 'oauth1', signatureMethod: 'HMAC-SHA1', addTo: 'header', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false },
    },
  ],
  [
    'oauth1 (HMAC-SHA256 in the query, body hash, realm)',
    {
      type: 'oauth1',
      params: { consumerKey: '{{ck}}', consumerSecret: 'cs-SECRET', signatureMethod: 'HMAC-SHA256', realm: 'photos', includeBodyHash: true, addEmptyParamsToSign: true },
      want: { kind: 'oauth1', signatureMethod: 'HMAC-SHA256', addTo: 'query', version: '', realm: 'photos', includeBodyHash: true, addEmptyParamsToSign: true },
    },
  ],
  [
    'oauth1 with RSA-SHA256: the sign hook, PF104',
    {
      type: 'oauth1',
      params: { consumerKey: 'ck', privateKey: 'rsa-SECRET', signatureMethod: 'RSA-SHA256', addParamsToHeader: true },
      want: { kind: 'unsupported', type: 'oauth1', hook: expect.stringContaining('RSA private key (RSA-SHA256)') as unknown as string },
      codes: ['PF104'],
    },
  ],
  [
    'jwt (HS384, header prefix, base64 secret)',
    {
      type: 'jwt',
      params: { algorithm: 'HS384', secret: 'jwt-SECRET', isSecretBase64Encoded: true, payload: '{"iss":"{{issuer}}"}', header: '{"kid":"k1"}', addTokenTo: 'header', headerPrefix: 'JWT' },
      want: { kind: 'jwt', algorithm: 'HS384', addTo: 'header', prefix: 'JWT', queryParam: 'token', header: '{"kid":"k1"}', payload: '{"iss":"postforge"}', secretBase64: true },
    },
  ],
  [
    'jwt in the query, payload with a variable without a value: PF111',
    {
      type: 'jwt',
      params: { algorithm: 'HS256', secret: 'jwt-SECRET', payload: '{"sub":"{{subject}}"}', addTokenTo: 'queryParam', queryParamKey: 'jwt' },
      want: { kind: 'jwt', algorithm: 'HS256', addTo: 'query', prefix: 'Bearer', queryParam: 'jwt', header: '', payload: null, secretBase64: false },
      codes: ['PF111'],
    },
  ],
  [
    'jwt with RS256: the sign hook, PF104',
    {
      type: 'jwt',
      params: { algorithm: 'RS256', privateKey: 'rsa-SECRET' },
      want: { kind: 'unsupported', type: 'jwt', hook: expect.stringContaining('private key (RS256)') as unknown as string },
      codes: ['PF104'],
    },
  ],
  [
    'awsv4 (region from a collection variable, service as written)',
    {
      type: 'awsv4',
      params: { accessKey: 'AKID', secretKey: 'aws-SECRET', sessionToken: 'tok', region: '{{region}}', service: 's3' },
      want: { kind: 'awsv4', region: 'eu-west-1', service: 's3' },
    },
  ],
  ['awsv4 defaults (as Postman: execute-api in us-east-1)', { type: 'awsv4', params: { accessKey: 'AKID', secretKey: 'aws-SECRET' }, want: { kind: 'awsv4', region: 'us-east-1', service: 'execute-api' } }],
  [
    'awsv4 with a region variable without a value: PF111',
    { type: 'awsv4', params: { accessKey: 'AKID', secretKey: 'aws-SECRET', region: '{{aws_region}}' }, want: { kind: 'awsv4', region: null, service: 'execute-api' }, codes: ['PF111'] },
  ],
  [
    'awsv4 with auth data in the query (presigned): the sign hook, PF104',
    { type: 'awsv4', params: { accessKey: 'AKID', secretKey: 'aws-SECRET', addAuthDataToQuery: true }, want: { kind: 'unsupported', type: 'awsv4', hook: expect.stringContaining('presign') as unknown as string }, codes: ['PF104'] },
  ],
  [
    'hawk',
    {
      type: 'hawk',
      params: { authId: 'dh37fgj492je', authKey: 'hawk-SECRET', algorithm: 'sha1', user: 'u', extraData: 'some-app-ext-data', app: '', delegation: '', includePayloadHash: true, nonce: 'abc', timestamp: '' },
      want: { kind: 'hawk', algorithm: 'sha1', ext: 'some-app-ext-data', app: null, dlg: null, includePayloadHash: true },
    },
  ],
  [
    'edgegrid',
    {
      type: 'edgegrid',
      params: { accessToken: 'at', clientToken: 'ct', clientSecret: 'eg-SECRET', baseURL: 'https://akab-x.luna.akamaiapis.net', headersToSign: 'X-Test1, X-Test2', maxBodySize: 2048 },
      want: { kind: 'edgegrid', headersToSign: ['X-Test1', 'X-Test2'], baseUrl: 'https://akab-x.luna.akamaiapis.net', maxBodySize: 2048 },
    },
  ],
  [
    'digest: the sign hook must answer the challenge, PF104',
    {
      type: 'digest',
      params: { username: 'u', password: 'pw-SECRET', realm: '', nonce: '', algorithm: 'SHA-256' },
      want: { kind: 'unsupported', type: 'digest', hook: expect.stringMatching(/WWW-Authenticate: Digest.*401.*algorithm SHA-256/) as unknown as string },
      codes: ['PF104'],
    },
  ],
  [
    'ntlm: a fetch that speaks NTLM, PF104',
    { type: 'ntlm', params: { username: 'u', password: 'pw-SECRET', domain: 'D', workstation: '' }, want: { kind: 'unsupported', type: 'ntlm', hook: expect.stringContaining('handshake') as unknown as string }, codes: ['PF104'] },
  ],
];

function schemeOfOnly(auth: JsonObject, schema?: string) {
  const items = [item('a', { url: 'https://x.test/a', auth })];
  const variable = [{ key: 'region', value: 'eu-west-1' }, { key: 'issuer', value: 'postforge' }, { key: 'aws_region', value: '' }];
  const file = schema ? writeTemp(collection(items, { variable }, schema)) : writeCollection(items, { variable });
  const { api, diagnostics } = normalized(file);
  const [{ source: _source, key: _key, ...scheme } = {} as AuthScheme] = api.authSchemes;
  return { scheme, api, codes: diagnostics.all.map((d) => d.code), diagnostics: diagnostics.all };
}

describe('normalize: every auth type', () => {
  describe.each([
    ['v2.1 arrays', (type: string, params: Params) => schemeOfOnly(asArray(type, params))],
    ['v2.0 arrays', (type: string, params: Params) => schemeOfOnly(asArray(type, params), SCHEMA_V20)],
    ['v2.0 object maps', (type: string, params: Params) => schemeOfOnly(asMap(type, params), SCHEMA_V20)],
  ])('%s', (_, read) => {
    it.each(cases)('%s', (_, { type, params, want, codes = [] }) => {
      const { scheme, api, codes: got } = read(type, params);
      expect(scheme).toEqual(want);
      expect(got).toEqual(codes);
      // Secrets are never read: not in the model, in any form.
      const model = JSON.stringify(api);
      for (const secret of SECRETS) expect(model).not.toContain(secret);
    });
  });

  it('PF104 names what the hook must do, once per scheme however many requests use it', () => {
    const digest = asArray('digest', { username: 'u', password: 'pw-SECRET' });
    const { diagnostics } = normalized(writeCollection([item('a', { url: 'https://x.test/a' }), item('b', { url: 'https://x.test/b' })], { auth: digest }));
    expect(diagnostics.all.map((d) => [d.code, d.severity, d.itemPath.join(' / ')])).toEqual([['PF104', 'warning', 'a']]);
    expect(diagnostics.all[0]!.message).toMatch(/auth type "digest" is not signed by the runtime: the client's `sign` hook must answer the server's challenge/);
  });

  it('PF111 is info and names the setting and its variable', () => {
    const { diagnostics } = schemeOfOnly(asArray('awsv4', { accessKey: 'a', secretKey: 'aws-SECRET', service: '{{svc}}' }));
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['PF111', 'info', 'the awsv4 auth leaves service ({{svc}}) to a variable without a value: the caller passes it with the credential'],
    ]);
  });

  it('credential-named variables are never resolved into a setting', () => {
    const items = [item('a', { url: 'https://x.test/a', auth: asArray('hawk', { authId: 'i', authKey: 'k', extraData: '{{session_token}}' }) })];
    const { api, diagnostics } = normalized(writeCollection(items, { variable: [{ key: 'session_token', value: 'tok-SECRET' }] }));
    expect(api.authSchemes[0]).toMatchObject({ kind: 'hawk', ext: null });
    expect(JSON.stringify(api)).not.toContain('tok-SECRET');
    expect(diagnostics.all.map((d) => d.code)).toEqual(['PF111']);
  });
});

describe('normalize: inheritance of the signed types', () => {
  const req = (name: string, auth?: JsonObject, header: Array<{ key: string; value: string }> = []) => item(name, { url: `https://x.test/${name}`, ...(auth ? { auth } : {}), header });
  const oauth1 = asArray('oauth1', { consumerKey: 'ck', consumerSecret: 'cs-SECRET', signatureMethod: 'HMAC-SHA1', addParamsToHeader: true });
  const hawk = asArray('hawk', { authId: 'id', authKey: 'hawk-SECRET', algorithm: 'sha256' });
  const edgegrid = asArray('edgegrid', { accessToken: 'a', clientToken: 'c', clientSecret: 'eg-SECRET' });

  it('collection -> folder -> request, noauth stopping it; each request signs with its nearest block', () => {
    const file = writeCollection(
      [
        folder('Inherits', [req('a'), req('b', noauth()), req('c', hawk)]),
        folder('Overrides', [req('d'), req('e', noauth())], { auth: edgegrid }),
        folder('Stops', [req('f'), req('g', oauth1)], { auth: noauth() }),
      ],
      { auth: oauth1 },
    );
    const { api } = normalized(file);
    const kindOf = (name: string) => {
      const auth = api.endpoints.find((e) => e.name === name)!.auth;
      return auth.kind === 'none' ? 'none' : api.authSchemes.find((s) => s.key === auth.key)!.kind;
    };
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(kindOf)).toEqual(['oauth1', 'none', 'hawk', 'edgegrid', 'none', 'none', 'oauth1']);
    // One oauth1 scheme for the collection's block and the request's identical one.
    expect(api.authSchemes.map((s) => s.kind)).toEqual(['oauth1', 'hawk', 'edgegrid']);
  });

  it.each([
    ['oauth1', oauth1, ['PF102']],
    ['hawk', hawk, ['PF102']],
    ['edgegrid', edgegrid, ['PF102']],
    ['awsv4', asArray('awsv4', { accessKey: 'a', secretKey: 'aws-SECRET' }), ['PF102']],
    ['jwt in a header', asArray('jwt', { algorithm: 'HS256', secret: 'jwt-SECRET', payload: '{}' }), ['PF102']],
    ['jwt in the query', asArray('jwt', { algorithm: 'HS256', secret: 'jwt-SECRET', payload: '{}', addTokenTo: 'queryParam' }), []],
    ['digest', asArray('digest', { username: 'u', password: 'pw-SECRET' }), ['PF104', 'PF102']],
  ])('%s and an explicit Authorization header: PF102 when the auth block writes that header', (_, auth, codes) => {
    const { api, diagnostics } = normalized(writeCollection([req('a', auth, [{ key: 'Authorization', value: 'Bearer {{old_token}}' }])]));
    expect(diagnostics.all.map((d) => d.code)).toEqual(codes);
    // Replaced: no longer a header of the endpoint. A query-only scheme leaves it to the caller, as a credential header.
    expect(api.endpoints[0]!.headers.map((h) => h.role)).toEqual(codes.includes('PF102') ? [] : ['credential']);
  });
});
