import { describe, expect, it } from 'vitest';
import type { RequestBody } from '../../generator/model/types.js';
import { DEFAULT_LIMITS } from '../../generator/config.js';
import { readBody } from '../../generator/normalize/body.js';
import { example, item, writeCollection, type RequestSpec } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

const URL_ = 'https://x.test/crm/v2/Leads';
const json = { 'Content-Type': 'application/json' };
const put = (body: RequestSpec['body'], header = [{ key: 'Content-Type', value: 'application/json' }]): RequestSpec => ({ method: 'PUT', url: URL_, header, ...(body ? { body } : {}) });

describe('readBody', () => {
  type Case = [string, { given: [string | null, { language?: string | null; contentType?: string | null }, maxJsonDepth?: number]; want: ReturnType<typeof readBody>['kind'] }];
  const cases: Case[] = [
    ['null is empty', { given: [null, {}], want: 'empty' }],
    ['whitespace is empty', { given: ['  \n', { language: 'json' }], want: 'empty' }],
    ['language json', { given: ['{"a":1}', { language: 'json' }], want: 'json' }],
    ['language text wins over a JSON content type', { given: ['{"a":1}', { language: 'text', contentType: 'application/json' }], want: 'text' }],
    ['a +json content type', { given: ['[1]', { contentType: 'application/vnd.api+json; charset=utf-8' }], want: 'json' }],
    ['no claims, looks like JSON and parses', { given: ['{"a":1}', {}], want: 'json' }],
    ['no claims, looks like JSON but does not parse: text', { given: ['{a:1}', {}], want: 'text' }],
    ['claims JSON but does not parse', { given: ['{a:1}', { contentType: json['Content-Type'] }], want: 'invalid-json' }],
    ['a text content type', { given: ['{"a":1}', { contentType: 'text/plain' }], want: 'text' }],
    ['a byte-order mark before JSON', { given: ['\uFEFF{"a":1}', { contentType: json['Content-Type'] }], want: 'json' }],
    ['a byte-order mark before JSON, no claims', { given: ['\uFEFF[1]', {}], want: 'json' }],
    ['nested exactly to maxJsonDepth: parsed', { given: ['{"a":[[1]]}', { language: 'json' }, 3], want: 'json' }],
    ['nested one deeper than maxJsonDepth: not parsed', { given: ['{"a":[[[1]]]}', { language: 'json' }, 3], want: 'invalid-json' }],
    ['brackets inside strings do not nest', { given: ['{"a":"[[[[{{{{\\"[["}', { language: 'json' }, 1], want: 'json' }],
    ['too deep without claims is still reported, not silently text', { given: ['[[[[1]]]]', {}, 3], want: 'invalid-json' }],
    ['100,000 levels: not parsed, no stack overflow', { given: ['['.repeat(100_000) + ']'.repeat(100_000), { language: 'json' }], want: 'invalid-json' }],
  ];
  it.each(cases)('%s', (_, { given: [raw, claims, depth], want }) => {
    expect(readBody(raw, claims, depth ?? DEFAULT_LIMITS.maxJsonDepth).kind).toBe(want);
  });
});

it('a byte-order mark is not part of the JSON value, and stays in the raw text that is served', () => {
  expect(readBody('\uFEFF{"a":1}', { language: 'json' }, DEFAULT_LIMITS.maxJsonDepth)).toEqual({ kind: 'json', raw: '\uFEFF{"a":1}', value: { a: 1 } });
});

describe('normalize: request bodies', () => {
  it('samples the request body and each example originalRequest body, with their pointers', () => {
    const file = writeCollection([
      item('Update', put({ raw: '{"data":[{"Last_Name":"A"}]}', language: 'json' }), [
        example({ name: 'ok', originalRequest: put({ raw: '{"data":[{"Last_Name":"B","Email":"b@x.test"}]}', language: 'json' }) }),
        example({ name: 'no body' }),
        example({ name: 'also ok', originalRequest: put({ raw: '{"data":[]}', language: 'json' }) }),
      ]),
    ]);
    const { api, diagnostics } = normalized(file);
    expect(diagnostics.all).toEqual([]);
    const body = api.endpoints[0]!.body;
    expect(body.kind).toBe('json');
    if (body.kind !== 'json') return;
    expect(body.contentType).toBe('application/json');
    expect(body.samples.map((s) => [s.source.pointer, s.value])).toEqual([
      ['/item/0/request/body/raw', { data: [{ Last_Name: 'A' }] }],
      ['/item/0/response/0/originalRequest/body/raw', { data: [{ Last_Name: 'B', Email: 'b@x.test' }] }],
      ['/item/0/response/2/originalRequest/body/raw', { data: [] }],
    ]);
  });

  it('an invalid JSON request body: PF101 at /request/body/raw, typed as text', () => {
    const raw = '{\n "data": [ { "id": 123\n "Last_Name": "x" } ]\n}';
    const { api, diagnostics } = normalized(writeCollection([item('Update', put({ raw, language: 'json' }))]));
    expect(diagnostics.all.map((d) => [d.code, d.severity, d.pointer, d.itemPath.join(' / ')])).toEqual([['PF101', 'warning', '/item/0/request/body/raw', 'Update']]);
    expect(api.endpoints[0]!.body).toEqual<RequestBody>({ kind: 'text', contentType: 'application/json', sample: raw });
  });

  it('an invalid example originalRequest body: PF101 at .../response/N/originalRequest/body/raw, not sampled', () => {
    const file = writeCollection([
      item('Update', put({ raw: '{"a":1}', language: 'json' }), [
        example({ name: 'good', originalRequest: put({ raw: '{"a":2}', language: 'json' }) }),
        example({ name: 'broken', originalRequest: put({ raw: '{"a":', language: 'json' }) }),
      ]),
    ]);
    const { api, diagnostics } = normalized(file);
    expect(diagnostics.all.map((d) => [d.code, d.pointer])).toEqual([['PF101', '/item/0/response/1/originalRequest/body/raw']]);
    expect(diagnostics.all[0]!.message).toContain('"broken"');
    const body = api.endpoints[0]!.body;
    expect(body.kind === 'json' ? body.samples.map((s) => s.value) : body).toEqual([{ a: 1 }, { a: 2 }]);
    expect(api.endpoints[0]!.examples[1]!.request.body).toEqual({ kind: 'text', raw: '{"a":', contentType: 'application/json' });
  });

  type Case = [string, { given: RequestSpec; want: RequestBody }];
  const kinds: Case[] = [
    ['no body', { given: put(undefined), want: { kind: 'none' } }],
    ['an empty raw body', { given: put({ raw: '' }), want: { kind: 'none' } }],
    ['a text body', { given: put({ raw: 'hello', language: 'text' }, [{ key: 'Content-Type', value: 'text/plain' }]), want: { kind: 'text', contentType: 'text/plain', sample: 'hello' } }],
    ['a text body without a content type', { given: put({ raw: 'hello' }, []), want: { kind: 'text', contentType: 'text/plain', sample: 'hello' } }],
  ];
  it.each(kinds)('%s', (_, { given, want }) => {
    const { api } = normalized(writeCollection([item('R', given)]));
    expect(api.endpoints[0]!.body).toEqual(want);
  });

  it('a request saved without a body still gets a JSON body from its examples', () => {
    const file = writeCollection([item('R', put(undefined), [example({ name: 'e', originalRequest: put({ raw: '{"x":true}', language: 'json' }) })])]);
    const body = normalized(file).api.endpoints[0]!.body;
    expect(body).toMatchObject({ kind: 'json', samples: [{ value: { x: true }, source: { pointer: '/item/0/response/0/originalRequest/body/raw' } }] });
  });
});

describe('normalize: JSON nested beyond limits.maxJsonDepth', () => {
  it('GraphQL variables are not parsed: PF101 at their pointer, and they do not feed the variables type', () => {
    const deep = '{"a":'.repeat(100) + '1' + '}'.repeat(100);
    const request = { method: 'POST', url: URL_, header: [], body: { mode: 'graphql', graphql: { query: '{ x }', variables: deep } } };
    const file = writeCollection([{ name: 'Q', request, response: [] }]);
    const { api, diagnostics } = normalized(file);
    expect(diagnostics.all.map((d) => [d.code, d.pointer])).toEqual([['PF101', '/item/0/request/body/graphql/variables']]);
    expect(diagnostics.all[0]!.message).toMatch(/limits\.maxJsonDepth \(64\)/);
    expect(api.endpoints[0]!.body).toMatchObject({ kind: 'graphql', variables: [] });
  });
});

