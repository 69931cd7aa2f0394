import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PathSegment, QueryParam } from '../../generator/model/types.js';
import { item, tempDir, url, writeCollection, type JsonObject } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

const variables = (values: Record<string, string>): JsonObject => ({
  variable: Object.entries(values).map(([key, value]) => ({ key, value })),
});

const lit = (value: string): PathSegment => ({ kind: 'literal', value });

describe('normalize: path segments', () => {
  type Case = [string, { given: { url: string | JsonObject; vars?: Record<string, string> }; want: PathSegment[] }];
  const cases: Case[] = [
    [
      'literals only',
      { given: { url: 'https://api.example.com/crm/v2/Leads' }, want: [lit('crm'), lit('v2'), lit('Leads')] },
    ],
    [
      'a hyphenated {{variable}} segment is a param, its example from the collection variable',
      {
        given: {
          url: '{{api-domain}}/crm/v2/Leads/{{record-id}}',
          vars: { 'api-domain': 'https://www.zohoapis.com', 'record-id': '738964000002148061' },
        },
        want: [
          lit('crm'),
          lit('v2'),
          lit('Leads'),
          {
            kind: 'param',
            name: 'record-id',
            style: 'variable',
            prefix: '',
            suffix: '',
            example: '738964000002148061',
            description: null,
          },
        ],
      },
    ],
    [
      'a {{variable}} without a value has no example',
      {
        given: { url: 'https://x.test/users/{{user-id}}' },
        want: [
          lit('users'),
          {
            kind: 'param',
            name: 'user-id',
            style: 'variable',
            prefix: '',
            suffix: '',
            example: null,
            description: null,
          },
        ],
      },
    ],
    [
      'a :colon param takes its value and description from url.variable',
      {
        given: {
          url: url('https://x.test/crm/v2/:module_api_name', {
            variable: [{ key: 'module_api_name', value: 'Leads', description: 'API name of the module' }],
          }),
        },
        want: [
          lit('crm'),
          lit('v2'),
          {
            kind: 'param',
            name: 'module_api_name',
            style: 'colon',
            prefix: '',
            suffix: '',
            example: 'Leads',
            description: 'API name of the module',
          },
        ],
      },
    ],
    [
      'a :colon param whose value is a variable is resolved',
      {
        given: {
          url: url('https://x.test/records/:id', { variable: [{ key: 'id', value: '{{record-id}}' }] }),
          vars: { 'record-id': '42' },
        },
        want: [
          lit('records'),
          { kind: 'param', name: 'id', style: 'colon', prefix: '', suffix: '', example: '42', description: null },
        ],
      },
    ],
    [
      'a :colon param without a value',
      {
        given: { url: url('https://x.test/records/:id', { variable: [{ key: 'id' }] }) },
        want: [
          lit('records'),
          { kind: 'param', name: 'id', style: 'colon', prefix: '', suffix: '', example: null, description: null },
        ],
      },
    ],
    [
      'a variable inside a segment is resolved into a literal',
      { given: { url: 'https://x.test/v{{version}}/items', vars: { version: '3' } }, want: [lit('v3'), lit('items')] },
    ],
    [
      'a hand-written <placeholder> is a param',
      {
        given: { url: 'https://x.test/users/<user_id>/posts' },
        want: [
          lit('users'),
          {
            kind: 'param',
            name: 'user_id',
            style: 'placeholder',
            prefix: '',
            suffix: '',
            example: null,
            description: null,
          },
          lit('posts'),
        ],
      },
    ],
    [
      'a hand-written {placeholder} is a param',
      {
        given: { url: 'https://x.test/users/{id}' },
        want: [
          lit('users'),
          { kind: 'param', name: 'id', style: 'placeholder', prefix: '', suffix: '', example: null, description: null },
        ],
      },
    ],
    [
      'a variable without a value inside a segment is a param with the text around it',
      {
        given: { url: "https://x.test/odata/People('{{UserName}}')" },
        want: [
          lit('odata'),
          {
            kind: 'param',
            name: 'UserName',
            style: 'variable',
            prefix: "People('",
            suffix: "')",
            example: null,
            description: null,
          },
        ],
      },
    ],
    [
      'empty segments from doubled and trailing slashes are dropped',
      { given: { url: 'https://x.test/a//b/' }, want: [lit('a'), lit('b')] },
    ],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    const { api } = normalized(writeCollection([item('R', { url: given.url })], variables(given.vars ?? {})));
    expect(api.endpoints[0]!.path).toEqual(want);
  });
});

describe('normalize: query params', () => {
  const q = (name: string, fields: Partial<QueryParam> = {}): QueryParam => ({
    kind: 'query',
    name,
    required: true,
    example: null,
    description: null,
    credential: false,
    ...fields,
  });
  type Case = [string, { given: JsonObject; want: QueryParam[] }];
  const cases: Case[] = [
    [
      'enabled params are required, with their values as examples',
      {
        given: url('https://x.test/items?page=1&per_page=200'),
        want: [q('page', { example: '1' }), q('per_page', { example: '200' })],
      },
    ],
    [
      'a disabled param is never required',
      {
        given: url('https://x.test/items', {
          query: [
            { key: 'fields', value: 'id,name', disabled: true, description: 'Fields to return' },
            { key: 'sort', value: '' },
          ],
        }),
        want: [q('fields', { required: false, example: 'id,name', description: 'Fields to return' }), q('sort')],
      },
    ],
    [
      'a param holding a credential variable is a credential',
      {
        given: url('https://x.test/items?access_token={{access-token}}&q=1'),
        want: [q('access_token', { credential: true, example: '{{access-token}}' }), q('q', { example: '1' })],
      },
    ],
    [
      'a param without a key is dropped',
      {
        given: url('https://x.test/items', {
          query: [
            { key: '', value: 'x' },
            { key: 'a', value: '1' },
          ],
        }),
        want: [q('a', { example: '1' })],
      },
    ],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    const { api } = normalized(writeCollection([item('R', { url: given })]));
    expect(api.endpoints[0]!.query).toEqual(want);
  });
});

describe('normalize: base URL and environments', () => {
  it('takes the base URL variable from the hosts, its default from the collection variable', () => {
    const { api } = normalized(
      writeCollection(
        [item('A', { url: '{{api-domain}}/a' }), item('B', { url: '{{api-domain}}/b' })],
        variables({ 'api-domain': 'https://www.zohoapis.com' }),
      ),
    );
    expect(api.baseUrl).toEqual({
      kind: 'baseUrl',
      template: '{{api-domain}}',
      variable: 'api-domain',
      defaultValue: 'https://www.zohoapis.com',
    });
  });

  it('takes a literal host as the base URL', () => {
    const { api } = normalized(writeCollection([item('A', { url: 'https://api.example.com:8443/a' })]));
    expect(api.baseUrl).toEqual({
      kind: 'baseUrl',
      template: 'https://api.example.com:8443',
      variable: null,
      defaultValue: 'https://api.example.com:8443',
    });
  });

  it('makes one named base URL per environment that gives the base URL variable', () => {
    const dir = tempDir();
    const env = (name: string, values: Array<{ key: string; value: string; enabled?: boolean }>) => {
      const file = path.join(dir, `${name}.postman_environment.json`);
      writeFileSync(file, JSON.stringify({ name, values }));
      return file;
    };
    const eu = env('EU', [{ key: 'api-domain', value: 'https://www.zohoapis.eu' }]);
    const none = env('Other', [{ key: 'something-else', value: 'x' }]);
    const off = env('Off', [{ key: 'api-domain', value: 'https://off.test', enabled: false }]);
    const { api } = normalized(writeCollection([item('A', { url: '{{api-domain}}/a' })]), [eu, none, off]);
    expect(api.environments.map((e) => [e.name, e.baseUrl])).toEqual([['EU', 'https://www.zohoapis.eu']]);
  });
});

describe('normalize: folder variables', () => {
  it('a folder variable shadows the collection variable for the requests inside it, the nearest folder winning', () => {
    // `api-{{version}}` is not a whole segment, so a variable with a value is resolved into the literal.
    const get = (name: string, segment: string) => item(name, { url: `https://x.test/api-{{version}}/${segment}` });
    const file = writeCollection(
      [
        {
          name: 'Outer',
          variable: [{ key: 'version', value: 'v2' }],
          item: [
            get('in outer', 'a'),
            { name: 'Inner', variable: [{ key: 'version', value: 'v3' }], item: [get('in inner', 'b')] },
          ],
        },
        get('at the root', 'c'),
      ],
      variables({ version: 'v1' }),
    );
    const { api } = normalized(file);
    const paths = api.endpoints.map((e) =>
      e.path.map((s) => (s.kind === 'literal' ? s.value : `{${s.name}}`)).join('/'),
    );
    expect(paths).toEqual(['api-v2/a', 'api-v3/b', 'api-v1/c']);
  });
});

describe('normalize: URL forms', () => {
  const forms: Array<[string, string | JsonObject]> = [
    ['a plain string', 'https://api.test/v1/things/:id?limit=5'],
    ['an object with raw, host and path', { raw: 'https://api.test/v1/things/:id?limit=5', protocol: 'https', host: ['api', 'test'], path: ['v1', 'things', ':id'], query: [{ key: 'limit', value: '5' }] }],
    ['an object without raw', { protocol: 'https', host: ['api', 'test'], path: ['v1', 'things', ':id'], query: [{ key: 'limit', value: '5' }] }],
    ['an object whose path is one string', { protocol: 'https', host: ['api', 'test'], path: 'v1/things/:id', query: [{ key: 'limit', value: '5' }] }],
  ];
  it.each(forms)('%s gives the same base, path and query', (_, given) => {
    const { api } = normalized(writeCollection([item('Get thing', { url: given })]));
    const [endpoint] = api.endpoints;
    expect(api.baseUrl.template).toBe('https://api.test');
    expect(endpoint!.path.map((s) => (s.kind === 'literal' ? s.value : `:${s.name}`))).toEqual(['v1', 'things', ':id']);
    expect(endpoint!.query.map((q) => [q.name, q.example])).toEqual([['limit', '5']]);
  });
});

describe('normalize: requests on another host', () => {
  it('a literal host of its own becomes the endpoint origin; one built from variables is reported and not baked in', () => {
    const file = writeCollection(
      [
        item('List', { url: '{{baseUrl}}/files' }),
        item('Show', { url: '{{baseUrl}}/files/:id' }),
        item('Upload', { method: 'POST', url: 'https://upload.example.test/api/2.0/files/content' }),
        item('Signed download', { url: '{{signedUrl}}/object' }),
      ],
      variables({ baseUrl: 'https://api.example.test/2.0' }),
    );
    const { api, diagnostics } = normalized(file);
    expect(api.baseUrl.template).toBe('{{baseUrl}}');
    expect(api.endpoints.map((e) => e.origin)).toEqual([null, null, 'https://upload.example.test', null]);
    const pf106 = diagnostics.all.filter((d) => d.code === 'PF106');
    expect(pf106.map((d) => d.itemPath.join(' / '))).toEqual(['Signed download']);
  });
});

describe('normalize: a request without a URL', () => {
  it('is left out with PF006 and its pointer, and the others are kept', () => {
    const { api, diagnostics } = normalized(writeCollection([item('No URL', { url: '' }), item('Fine', { url: 'https://api.test/fine' })]));
    expect(api.endpoints.map((e) => e.name)).toEqual(['Fine']);
    expect(diagnostics.all.filter((d) => d.code === 'PF006').map((d) => [d.severity, d.pointer])).toEqual([['warning', '/item/0/request/url']]);
  });
});
