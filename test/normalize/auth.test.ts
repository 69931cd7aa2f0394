import { describe, expect, it } from 'vitest';
import type { AuthScheme } from '../../generator/model/types.js';
import { bearer, folder, item, noauth, writeCollection, type JsonObject } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

const req = (name: string, auth?: JsonObject, header: Array<{ key: string; value: string }> = []) => item(name, { url: `https://x.test/${name}`, ...(auth ? { auth } : {}), header });
const oauth2 = (params: Record<string, string>): JsonObject => ({ type: 'oauth2', oauth2: Object.entries(params).map(([key, value]) => ({ key, value, type: 'string' })) });
const apikey = (key: string, value: string, addTo: 'header' | 'query'): JsonObject => ({
  type: 'apikey',
  apikey: [
    { key: 'key', value: key, type: 'string' },
    { key: 'value', value, type: 'string' },
    { key: 'in', value: addTo, type: 'string' },
  ],
});
const basic = (): JsonObject => ({ type: 'basic', basic: [{ key: 'username', value: 'u' }, { key: 'password', value: '{{password}}' }] });

/** Each endpoint's scheme (without its source), or 'none'. */
function authByEndpoint(items: JsonObject[], collectionAuth?: JsonObject) {
  const { api, diagnostics } = normalized(writeCollection(items, collectionAuth ? { auth: collectionAuth } : {}));
  const byName = Object.fromEntries(
    api.endpoints.map((e) => {
      if (e.auth.kind === 'none') return [e.name, 'none'];
      const key = e.auth.key;
      const { source: _source, key: _key, ...scheme } = api.authSchemes.find((s) => s.key === key)!;
      return [e.name, scheme];
    }),
  );
  return { byName, api, diagnostics };
}

describe('normalize: auth inheritance', () => {
  it('collection -> folder -> request, noauth stopping it at any level', () => {
    const { byName } = authByEndpoint(
      [
        folder('Inherits', [req('a'), req('b-noauth', noauth()), req('c-own', apikey('X-Key', '{{key}}', 'header'))]),
        folder('Stops', [req('d'), req('e-own', basic())], { auth: noauth() }),
        folder('Overrides', [req('f')], { auth: oauth2({ headerPrefix: 'Zoho-oauthtoken', accessToken: '{{access-token}}', addTokenTo: 'header' }) }),
        req('g'),
      ],
      bearer(),
    );
    expect(byName).toEqual({
      a: { kind: 'bearer', prefix: 'Bearer' },
      'b-noauth': 'none',
      'c-own': { kind: 'apikey', name: 'X-Key', addTo: 'header' },
      d: 'none',
      'e-own': { kind: 'basic' },
      f: { kind: 'oauth2', prefix: 'Zoho-oauthtoken', addTo: 'header' },
      g: { kind: 'bearer', prefix: 'Bearer' },
    });
  });

  it('a request without auth anywhere has none', () => {
    expect(authByEndpoint([req('a')]).byName).toEqual({ a: 'none' });
  });
});

describe('normalize: auth schemes', () => {
  type SchemeWithoutKey = AuthScheme extends infer S ? (S extends AuthScheme ? Omit<S, 'key' | 'source'> : never) : never;
  type Case = [string, { given: JsonObject; want: SchemeWithoutKey; diagnostics?: string[] }];
  const cases: Case[] = [
    ['bearer', { given: bearer(), want: { kind: 'bearer', prefix: 'Bearer' } }],
    ['oauth2 with the Zoho header prefix', { given: oauth2({ headerPrefix: 'Zoho-oauthtoken', addTokenTo: 'header' }), want: { kind: 'oauth2', prefix: 'Zoho-oauthtoken', addTo: 'header' } }],
    ['oauth2 without a prefix defaults to Bearer', { given: oauth2({ accessToken: '{{t}}' }), want: { kind: 'oauth2', prefix: 'Bearer', addTo: 'header' } }],
    ['oauth2 in the query', { given: oauth2({ addTokenTo: 'queryParams' }), want: { kind: 'oauth2', prefix: '', addTo: 'query' } }],
    ['apikey in a header', { given: apikey('X-API-Key', '{{key}}', 'header'), want: { kind: 'apikey', name: 'X-API-Key', addTo: 'header' } }],
    ['apikey in the query', { given: apikey('api_key', '{{key}}', 'query'), want: { kind: 'apikey', name: 'api_key', addTo: 'query' } }],
    ['basic', { given: basic(), want: { kind: 'basic' } }],
    ['awsv4 is signed (test/normalize/auth-types.test.ts has every type)', { given: { type: 'awsv4', awsv4: [{ key: 'region', value: 'eu-west-1' }] }, want: { kind: 'awsv4', region: 'eu-west-1', service: 'execute-api' } }],
  ];
  it.each(cases)('%s', (_, { given, want, diagnostics: wantDiagnostics = [] }) => {
    const { byName, diagnostics } = authByEndpoint([req('a', given)]);
    expect(byName['a']).toEqual(want);
    expect(diagnostics.all.map((d) => d.code)).toEqual(wantDiagnostics);
    for (const d of diagnostics.all) expect(d.itemPath).toEqual(['a']);
  });

  it('endpoints that sign the same way share one scheme', () => {
    const { api } = authByEndpoint([req('a'), req('b'), req('c', bearer('{{other-token}}')), req('d', basic())], bearer());
    expect(api.authSchemes.map((s) => s.kind)).toEqual(['bearer', 'basic']);
    const keys = api.endpoints.map((e) => (e.auth.kind === 'scheme' ? e.auth.key : null));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[1]).toBe(keys[2]);
    expect(keys[3]).not.toBe(keys[0]);
  });
});

describe('normalize: auth block and an explicit Authorization header', () => {
  type Case = [string, { given: JsonObject; want: string[] }];
  const cases: Case[] = [
    ['bearer replaces it: PF102', { given: bearer(), want: ['PF102'] }],
    ['oauth2 in the header replaces it: PF102', { given: oauth2({ headerPrefix: 'Zoho-oauthtoken', addTokenTo: 'header' }), want: ['PF102'] }],
    ['basic replaces it: PF102', { given: basic(), want: ['PF102'] }],
  ];
  it.each(cases)('%s, and the header is not kept', (_, { given, want }) => {
    const { api, diagnostics } = authByEndpoint([req('a', given, [{ key: 'Authorization', value: '{{authorization-token}}' }, { key: 'Accept', value: 'application/json' }])]);
    expect(diagnostics.all.map((d) => [d.code, d.severity, d.itemPath.join(' / ')])).toEqual(want.map((code) => [code, 'warning', 'a']));
    expect(diagnostics.all[0]!.message).toContain('{{authorization-token}}');
    expect(api.endpoints[0]!.headers.map((h) => h.name)).toEqual(['Accept']);
    expect(api.authSchemes).toHaveLength(1);
  });

  it('an inherited auth block replaces it too', () => {
    const { diagnostics, api } = authByEndpoint([folder('F', [req('a', undefined, [{ key: 'authorization', value: 'Zoho-oauthtoken {{access-token}}' }])])], oauth2({ headerPrefix: 'Zoho-oauthtoken' }));
    expect(diagnostics.all.map((d) => d.code)).toEqual(['PF102']);
    expect(api.endpoints[0]!.headers).toEqual([]);
  });

  // Regression: when the auth block does not write Authorization (apikey, oauth2 in the query), Postman sends
  // the explicit Authorization header as well; postforge drops it without a word, so the generated
  // client silently stops sending it.
  it('an auth block that does not write Authorization: the explicit header is not dropped silently', () => {
    const { api, diagnostics } = authByEndpoint([req('a', apikey('X-API-Key', '{{key}}', 'header'), [{ key: 'Authorization', value: 'Bearer {{token}}' }])]);
    const kept = api.endpoints[0]!.headers.some((h) => h.name.toLowerCase() === 'authorization') || api.authSchemes.length > 1;
    const reported = diagnostics.all.some((d) => d.message.includes('Authorization'));
    expect(kept || reported).toBe(true);
  });
});
