import { describe, expect, it } from 'vitest';
import type { ExampleModel, JsonValue } from '../../generator/model/types.js';
import { redactModel } from '../../generator/normalize/redact.js';
import { parseJson } from '../../templates/runtime/json.js';
import { api, endpoint } from '../helpers/model.js';

const source = { file: 'c.json', itemPath: ['x'], pointer: '/item/0/response/0' };
const jsonExample = (raw: string): ExampleModel => ({
  kind: 'example',
  name: 'e',
  status: 200,
  statusText: 'OK',
  headers: [],
  body: { kind: 'json', raw, value: parseJson(raw) as JsonValue },
  request: { kind: 'example-request', method: 'GET', path: '/x', query: [], headers: [], body: { kind: 'empty' }, match: { kind: 'match', pathParams: {} } },
  source,
});
const redactedBody = (raw: string) => {
  const { api: out } = redactModel(api([endpoint(['x'], { examples: [jsonExample(raw)] })]));
  const body = out.endpoints[0]!.examples[0]!.body;
  if (body.kind !== 'json') throw new Error('expected a JSON body');
  return body;
};

describe('redacting a JSON body: the parsed value and its raw text agree', () => {
  const table: Array<[string, { given: string; want: unknown }]> = [
    ['a secret field', { given: '{"password": "hunter2", "user": "ann"}', want: { password: 'redacted-1', user: 'ann' } }],
    ['items of an array under a secret key', { given: '{"tokens": ["a1", "b2"]}', want: { tokens: ['redacted-1', 'redacted-2'] } }],
    ['escapes in the raw text', { given: '{"api_key": "ab\\u0063\\/d", "note": "x"}', want: { api_key: 'redacted-1', note: 'x' } }],
    ['a number beyond 2^53 under a secret key', { given: '{"session_id": 12345678901234567890, "n": 1}', want: { session_id: 'redacted-1', n: 1 } }],
    ['a small number stays a number', { given: '{"pin_token": 1234}', want: { pin_token: 1234 } }],
    ['a token shape under any key', { given: '[{"note": "use sk_live_4eC39HqLyjWDarjtT1zdp7dc now"}]', want: [{ note: 'use redacted-1 now' }] }],
    ['a __proto__ key stays an own key', { given: '{"__proto__": {"secret": "s3"}}', want: JSON.parse('{"__proto__": {"secret": "redacted-1"}}') }],
    ['non-secrets stay', { given: '{"token_type": "bearer", "expires_in": 3600, "author": "ann", "status": "ok"}', want: { token_type: 'bearer', expires_in: 3600, author: 'ann', status: 'ok' } }],
    ['variables stay', { given: '{"password": "{{password}}"}', want: { password: '{{password}}' } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const body = redactedBody(given);
    expect(body.value).toEqual(want);
    expect(parseJson(body.raw)).toEqual(body.value);
    expect(Object.prototype.hasOwnProperty.call(body.value, '__proto__')).toBe(Object.prototype.hasOwnProperty.call(want, '__proto__'));
  });

  it('keeps the raw text as written around what it replaces', () => {
    expect(redactedBody('{\n  "password" :"hunter2",\n  "n": 1.50\n}').raw).toBe('{\n  "password" :"redacted-1",\n  "n": 1.50\n}');
  });
});

describe('placeholders', () => {
  it('are the same for the same value and numbered by first sight, everywhere in the model', () => {
    const first = jsonExample('{"password": "Pa55-word", "other": "Pa55-word", "secret": "zz"}');
    const model = api([endpoint(['x'], { description: 'the password is Pa55-word', examples: [first] })]);
    const { api: out, summary } = redactModel(model);
    expect(out.endpoints[0]!.description).toBe('the password is redacted-1');
    expect(out.endpoints[0]!.examples[0]!.body).toMatchObject({ value: { password: 'redacted-1', other: 'redacted-1', secret: 'redacted-2' } });
    expect(summary.values).toBe(2);
    expect(JSON.stringify(summary)).not.toMatch(/Pa55|zz/);
  });

  it('replace the values of secret variables wherever they were resolved into, numbered when first met', () => {
    const model = api([endpoint(['x'], { query: [{ kind: 'query', name: 'p', required: true, example: 'hunter22', description: null, credential: false }], description: 'see https://x.test/?p=hunter22' })]);
    const { api: out, summary, secrets } = redactModel(model, ['unused-secret', 'hunter22', 'abc']);
    expect(out.endpoints[0]!.query[0]!.example).toBe('redacted-1');
    expect(out.endpoints[0]!.description).toBe('see https://x.test/?p=redacted-1');
    expect(summary.values).toBe(1);
    expect(secrets).toEqual(expect.arrayContaining(['hunter22', 'unused-secret']));
  });

  it('do not change the model they were given', () => {
    const model = api([endpoint(['x'], { examples: [jsonExample('{"password": "hunter2"}')] })]);
    const before = JSON.stringify(model);
    redactModel(model);
    expect(JSON.stringify(model)).toBe(before);
  });

  it('cover names and values of headers, query params and form fields by their names', () => {
    const model = api([
      endpoint(['x'], {
        query: [{ kind: 'query', name: 'api_key', required: true, example: 'k-123', description: null, credential: false }, { kind: 'query', name: 'q', required: true, example: 'shoes', description: null, credential: false }],
        headers: [{ kind: 'header', name: 'X-Session-Token', role: 'fixed', value: 'st-1', required: false, description: null }],
        body: { kind: 'form', contentType: 'application/x-www-form-urlencoded', fields: [{ kind: 'form-field', name: 'client_secret', type: 'text', required: true, repeated: false, example: 'cs-1', credential: false, filename: null, contentType: null, description: null }], source },
      }),
    ]);
    const e = redactModel(model).api.endpoints[0]!;
    expect(e.query.map((q) => q.example)).toEqual(['redacted-1', 'shoes']);
    expect(e.headers[0]!.value).toBe('redacted-2');
    expect(e.body.kind === 'form' && e.body.fields[0]!.example).toBe('redacted-3');
  });
});

describe('redacting free text (descriptions, text bodies, URLs)', () => {
  const table: Array<[string, { given: string; want: string }]> = [
    ['a form-encoded text body', { given: 'grant_type=password&username=ann&password=hunter2', want: 'grant_type=password&username=ann&password=redacted-1' }],
    ['quoted pairs in broken JSON', { given: '{"client_secret": "abc", id: <int>}', want: '{"client_secret": "redacted-1", id: <int>}' }],
    ['a query string in a URL', { given: 'https://x.test/a?api_key=k1&q=shoes', want: 'https://x.test/a?api_key=redacted-1&q=shoes' }],
    ['userinfo in a URL', { given: 'https://admin:hunter2@x.test/a', want: 'https://redacted-1@x.test/a' }],
    ['prose about a header', { given: 'Send `Authorization: Bearer <token>` with a token from /login.', want: 'Send `Authorization: Bearer <token>` with a token from /login.' }],
    ['a weak name with a short value', { given: 'key=Content-Type', want: 'key=Content-Type' }],
    ['a variable', { given: 'password={{password}}', want: 'password={{password}}' }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const { api: out } = redactModel(api([endpoint(['x'], { description: given })]));
    expect(out.endpoints[0]!.description).toBe(want);
  });
});
