// The shapes real v3 trees take, each with the smallest tree that shows it: what the loader makes
// of it (the raw v2.1 collection), and where it matters, what the endpoint model says.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../generator/normalize/normalize.js';
import type { ApiModel } from '../../../generator/model/types.js';
import { loadTree } from '../../helpers/v3.js';

const ROOT = '.resources/definition.yaml';

function model(files: Record<string, string>): ApiModel {
  const { loaded, diagnostics } = loadTree(files);
  if (!loaded) throw new Error(diagnostics.all.map((d) => `${d.code} ${d.message}`).join('; '));
  return normalize(loaded, diagnostics);
}

type Raw = { item: Array<Record<string, unknown>>; [k: string]: unknown };
const rawOf = (files: Record<string, string>) => loadTree(files).loaded!.raw as unknown as Raw;
const firstRequest = (files: Record<string, string>) => rawOf(files).item[0]!['request'] as Record<string, unknown>;

describe('v3: params as a map or a list, even mixed', () => {
  it('headers as a map, query as a list, path variables as a map', () => {
    const request = firstRequest({
      'Get user.request.yaml': [
        '$kind: http-request',
        'url: "{{baseUrl}}/users/:id?expand=1"',
        'method: GET',
        'headers:',
        '  Accept: application/json',
        '  X-Count: 5',
        'queryParams:',
        '  - key: expand',
        '    value: "1"',
        '    description: more',
        '  - key: limit',
        '    value: "10"',
        '    disabled: true',
        'pathVariables:',
        '  id: "42"',
      ].join('\n'),
    });
    expect(request['header']).toEqual([{ key: 'Accept', value: 'application/json' }, { key: 'X-Count', value: '5' }]);
    const url = request['url'] as Record<string, unknown>;
    expect(url['query']).toEqual([{ key: 'expand', value: '1', description: 'more' }, { key: 'limit', value: '10', disabled: true }]);
    expect(url['variable']).toEqual([{ key: 'id', value: '42' }]);
    expect(url['host']).toEqual(['{{baseUrl}}']);
    expect(url['path']).toEqual(['users', ':id']);
  });

  it('a disabled query parameter stays optional in the model', () => {
    const api = model({ 'List.request.yaml': 'url: https://api.example.com/items\nmethod: GET\nqueryParams:\n  - key: limit\n    value: "10"\n    disabled: true\n  - key: q\n    value: x\n' });
    expect(api.endpoints[0]!.query.map((q) => [q.name, q.required])).toEqual([['limit', false], ['q', true]]);
  });

  it('collection variables as a map; a number keeps its text', () => {
    const raw = rawOf({ [ROOT]: '$kind: collection\nname: Vars\nvariables:\n  baseUrl: https://api.example.com\n  version: 012\n  createdAt: 2024-05-01\n', 'a.request.yaml': 'url: "{{baseUrl}}/a"\nmethod: GET\n' });
    expect(raw['variable']).toEqual([{ key: 'baseUrl', value: 'https://api.example.com' }, { key: 'version', value: '012' }, { key: 'createdAt', value: '2024-05-01' }]);
    expect((raw['info'] as Record<string, unknown>)['name']).toBe('Vars');
  });
});

describe('v3: auth', () => {
  it('an object with credentials', () => {
    const request = firstRequest({ 'a.request.yaml': 'url: https://x.test/a\nmethod: GET\nauth:\n  type: bearer\n  credentials:\n    token: "{{token}}"\n' });
    expect(request['auth']).toEqual({ type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] });
  });

  it('a list (multi-auth with id and name): the first applies; noauth and missing credentials', () => {
    const raw = rawOf({
      [ROOT]: '$kind: collection\nauth:\n  - id: 1\n    type: apikey\n    name: key\n    credentials:\n      key: X-Key\n      value: "{{k}}"\n      in: header\n  - id: 2\n    type: basic\n',
      'open.request.yaml': 'url: https://x.test/a\nmethod: GET\nauth:\n  - id: ""\n    type: noauth\n    name: No Auth\n',
      'bare.request.yaml': 'url: https://x.test/b\nmethod: GET\nauth:\n  type: bearer\n',
    });
    expect(raw['auth']).toEqual({ type: 'apikey', apikey: [{ key: 'key', value: 'X-Key', type: 'string' }, { key: 'value', value: '{{k}}', type: 'string' }, { key: 'in', value: 'header', type: 'string' }] });
    const auths = raw.item.map((i) => (i['request'] as Record<string, unknown>)['auth']);
    expect(auths).toEqual([{ type: 'bearer', bearer: [] }, { type: 'noauth', noauth: [] }]);
  });
});

describe('v3: bodies', () => {
  it('JSON as a |- block, text as a >- block', () => {
    const raw = rawOf({
      'json.request.yaml': 'url: https://x.test/j\nmethod: POST\nbody:\n  type: json\n  content: |-\n    {\n      "a": 1\n    }\norder: 1\n',
      'text.request.yaml': 'url: https://x.test/t\nmethod: POST\nbody:\n  type: text\n  content: >-\n    one\n    two\norder: 2\n',
    });
    expect(raw.item.map((i) => (i['request'] as Record<string, unknown>)['body'])).toEqual([
      { mode: 'raw', raw: '{\n  "a": 1\n}', options: { raw: { language: 'json' } } },
      { mode: 'raw', raw: 'one two' },
    ]);
  });

  it('urlencoded as a map, formdata as a list with file and text fields', () => {
    const raw = rawOf({
      'form.request.yaml': 'url: https://x.test/f\nmethod: POST\nbody:\n  type: formdata\n  content:\n    - key: file\n      type: file\n      src: /tmp/a.png\n    - key: note\n      type: text\n      value: hi\norder: 1\n',
      'urlencoded.request.yaml': 'url: https://x.test/u\nmethod: POST\nbody:\n  type: urlencoded\n  content:\n    grant_type: client_credentials\n    scope: read\norder: 2\n',
    });
    expect(raw.item.map((i) => (i['request'] as Record<string, unknown>)['body'])).toEqual([
      { mode: 'formdata', formdata: [{ key: 'file', value: '', type: 'file', src: '/tmp/a.png' }, { key: 'note', value: 'hi', type: 'text' }] },
      { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'client_credentials' }, { key: 'scope', value: 'read' }] },
    ]);
    const api = model({ 'u.request.yaml': 'url: https://x.test/u\nmethod: POST\nbody:\n  type: urlencoded\n  content:\n    grant_type: client_credentials\n' });
    expect(api.endpoints[0]!.body.kind).toBe('form');
  });

  it('a GraphQL request: query and a variables string, POST by default', () => {
    const request = firstRequest({ 'Search.request.yaml': '$kind: graphql-request\nurl: https://x.test/graphql\nquery: |-\n  query ($q: String) { search(q: $q) { id } }\nvariables: \'{"q": "a"}\'\n' });
    expect(request['method']).toBe('POST');
    expect(request['body']).toEqual({ mode: 'graphql', graphql: { query: 'query ($q: String) { search(q: $q) { id } }', variables: '{"q": "a"}' } });
  });
});

describe('v3: names, order and examples', () => {
  it('names come from `name`, else from the file or folder name; order is exact for 16-digit values, then file name', () => {
    const raw = rawOf({
      'b.request.yaml': 'url: https://x.test/b\nmethod: GET\norder: 9007199254740992\n',
      'a.request.yaml': 'url: https://x.test/a\nmethod: GET\norder: 9007199254740993\n',
      'Get user.request.yaml': 'name: "Get user: by id"\nurl: https://x.test/u\nmethod: GET\norder: 1000000000000001\n',
      'z.request.yaml': 'url: https://x.test/z\nmethod: GET\n',
      'y.request.yaml': 'url: https://x.test/y\nmethod: GET\n',
      'Users/.resources/definition.yaml': '$kind: collection\norder: 9007199254740992\n',
    });
    // 9007199254740992 and 9007199254740993 are one double (past 2^53): compared as text.
    // Users and b tie on order: the file name decides (b.request.yaml before Users); no order comes last.
    expect(raw.item.map((i) => i['name'])).toEqual(['Get user: by id', 'b', 'Users', 'a', 'y', 'z']);
  });

  it('no root definition.yaml: named after its folder (PF029)', () => {
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': 'url: https://x.test/a\nmethod: GET\n' }, 'Postman API');
    expect((loaded!.raw.info as Record<string, unknown>)['name']).toBe('Postman API');
    expect(diagnostics.all.map((d) => d.code)).toContain('PF029');
  });

  it('examples by the folder convention, with `examples:` missing or written without ./', () => {
    const example = (code: number) => `$kind: http-example\nrequest:\n  url: https://x.test/a\n  method: GET\nresponse:\n  statusCode: ${code}\n  statusText: OK\n  headers:\n    Content-Type: application/json\n  body:\n    type: json\n    content: '{"id": 1}'\n`;
    const raw = rawOf({
      'a.request.yaml': 'url: https://x.test/a\nmethod: GET\norder: 1\n',
      '.resources/a.resources/examples/Found.example.yaml': example(200),
      'b.request.yaml': 'url: https://x.test/b\nmethod: GET\nexamples: .resources/b.resources/examples\norder: 2\n',
      '.resources/b.resources/examples/Made.example.yaml': example(201),
    });
    expect(raw.item.map((i) => (i['response'] as Array<Record<string, unknown>>).map((r) => [r['name'], r['code'], r['body'], r['_postman_previewlanguage']]))).toEqual([
      [['Found', 200, '{"id": 1}', 'json']],
      [['Made', 201, '{"id": 1}', 'json']],
    ]);
    expect(((raw.item[0]!['response'] as Array<Record<string, unknown>>)[0]!['header'])).toEqual([{ key: 'Content-Type', value: 'application/json' }]);
  });

  it('an example saved without its request (`url: ""`) is made by the item\'s own request', () => {
    const raw = rawOf({
      'a.request.yaml': 'url: https://x.test/a\nmethod: GET\n',
      '.resources/a.resources/examples/Bare.example.yaml': '$kind: http-example\nrequest:\n  url: ""\n  method: GET\nresponse:\n  statusCode: 204\n',
    });
    expect((raw.item[0]!['response'] as Array<Record<string, unknown>>)[0]).toEqual({ name: 'Bare', code: 204, body: '' });
  });
});
