import { describe, expect, it } from 'vitest';
import type { ExampleMatch } from '../../generator/model/types.js';
import { example, item, url, writeCollection, type ExampleSpec, type JsonObject, type RequestSpec } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

const vars: JsonObject = {
  variable: [
    { key: 'api-domain', value: 'https://www.zohoapis.com' },
    { key: 'record-id', value: '111' },
  ],
};
const endpoint: RequestSpec = { method: 'PUT', url: '{{api-domain}}/crm/v2/Leads/{{record-id}}', header: [{ key: 'Content-Type', value: 'application/json' }], body: { raw: '{"a":1}', language: 'json' } };
const sent = (fields: Partial<RequestSpec> & { url: RequestSpec['url'] }): RequestSpec => ({ ...endpoint, ...fields });

function examplesOf(examples: ExampleSpec[], request: RequestSpec = endpoint) {
  const { api, diagnostics } = normalized(writeCollection([item('Leads', request, examples.map(example))], vars));
  return { examples: api.endpoints[0]!.examples, diagnostics };
}

describe('normalize: example requests matched against the endpoint', () => {
  type Case = [string, { given: RequestSpec | undefined; want: ExampleMatch | { kind: 'mismatch'; reason: RegExp } }];
  const cases: Case[] = [
    ['the same path with a literal id: a match, with the path param', { given: sent({ url: '{{api-domain}}/crm/v2/Leads/738964000002148061' }), want: { kind: 'match', pathParams: { 'record-id': '738964000002148061' } } }],
    ['the same path with the variable: a match, the variable resolved', { given: sent({ url: '{{api-domain}}/crm/v2/Leads/{{record-id}}' }), want: { kind: 'match', pathParams: { 'record-id': '111' } } }],
    ['no originalRequest: the endpoint\'s own request', { given: undefined, want: { kind: 'match', pathParams: { 'record-id': '111' } } }],
    ['another path segment', { given: sent({ url: '{{api-domain}}/crm/v2/Lead/738964000002148061' }), want: { kind: 'mismatch', reason: /\/crm\/v2\/Lead\/738964000002148061 is not \/crm\/v2\/Leads\/\{record-id\}/ } }],
    ['a shorter path', { given: sent({ url: '{{api-domain}}/crm/v2/Leads' }), want: { kind: 'mismatch', reason: /path \/crm\/v2\/Leads is not/ } }],
    ['another method (COPY)', { given: sent({ method: 'COPY', url: '{{api-domain}}/crm/v2/Leads/1' }), want: { kind: 'mismatch', reason: /sends COPY, the endpoint PUT/ } }],
    ['a query param the endpoint does not have', { given: sent({ url: url('{{api-domain}}/crm/v2/Leads/1?trigger=workflow') }), want: { kind: 'mismatch', reason: /query parameter "trigger"/ } }],
    ['an invalid JSON body does not stop a match', { given: sent({ url: '{{api-domain}}/crm/v2/Leads/1', body: { raw: '{"a":', language: 'json' } }), want: { kind: 'match', pathParams: { 'record-id': '1' } } }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    const { examples } = examplesOf([{ name: 'e', ...(given ? { originalRequest: given } : {}) }]);
    const match = examples[0]!.request.match;
    if (want.kind === 'mismatch' && want.reason instanceof RegExp) {
      expect(match.kind).toBe('mismatch');
      expect(match.kind === 'mismatch' ? match.reason : '').toMatch(want.reason);
    } else {
      expect(match).toEqual(want);
    }
  });

  it('keeps what the example sent: method, resolved path, query, headers', () => {
    const { examples } = examplesOf([{ name: 'e', originalRequest: sent({ method: 'put', url: url('{{api-domain}}/crm/v2/Leads/{{record-id}}?x=1') }) }], {
      ...endpoint,
      url: url('{{api-domain}}/crm/v2/Leads/{{record-id}}?x=0'),
    });
    expect(examples[0]!.request).toMatchObject({
      kind: 'example-request',
      method: 'PUT',
      path: '/crm/v2/Leads/111',
      query: [{ key: 'x', value: '1' }],
      headers: [{ key: 'Content-Type', value: 'application/json' }],
      body: { kind: 'json', value: { a: 1 } },
      match: { kind: 'match', pathParams: { 'record-id': '111' } },
    });
  });
});

describe('normalize: example responses', () => {
  it('reads name, status, headers and a JSON body', () => {
    const { examples, diagnostics } = examplesOf([
      { name: 'MANDATORY_NOT_FOUND', code: 202, status: 'Accepted', language: 'json', header: [{ key: 'Content-Type', value: 'application/json;charset=utf-8' }], body: '{"data":[{"code":"MANDATORY_NOT_FOUND"}]}' },
    ]);
    expect(diagnostics.all).toEqual([]);
    expect(examples[0]).toMatchObject({
      kind: 'example',
      name: 'MANDATORY_NOT_FOUND',
      status: 202,
      statusText: 'Accepted',
      headers: [{ key: 'Content-Type', value: 'application/json;charset=utf-8' }],
      body: { kind: 'json', value: { data: [{ code: 'MANDATORY_NOT_FOUND' }] } },
      source: { itemPath: ['Leads'], pointer: '/item/0/response/0' },
    });
  });

  type Case = [string, { given: Omit<ExampleSpec, 'name'>; want: { kind: string; diagnostics: string[] } }];
  const bodies: Case[] = [
    ['an empty body', { given: { body: '' }, want: { kind: 'empty', diagnostics: [] } }],
    ['a text body', { given: { body: 'OK', header: [{ key: 'Content-Type', value: 'text/plain' }] }, want: { kind: 'text', diagnostics: [] } }],
    ['invalid JSON, by preview language: PF107, kept as text', { given: { body: '{"data": [', language: 'json' }, want: { kind: 'text', diagnostics: ['PF107'] } }],
    ['invalid JSON, by content type: PF107', { given: { body: '<html>', header: [{ key: 'content-type', value: 'application/json' }] }, want: { kind: 'text', diagnostics: ['PF107'] } }],
    ['HTML without claims is text, no warning', { given: { body: '<html></html>', language: 'html' }, want: { kind: 'text', diagnostics: [] } }],
  ];
  it.each(bodies)('%s', (_, { given, want }) => {
    const { examples, diagnostics } = examplesOf([{ name: 'e', ...given }]);
    expect(examples[0]!.body.kind).toBe(want.kind);
    expect(diagnostics.all.map((d) => d.code)).toEqual(want.diagnostics);
    for (const d of diagnostics.all) expect(d.pointer).toBe('/item/0/response/0/body');
  });

  it('an example without a name or code gets "Example N" and 200', () => {
    const { examples } = examplesOf([{ name: '' }]);
    expect(examples[0]).toMatchObject({ name: 'Example 1', status: 200 });
  });
});
