// Matching requests to endpoints by the client's specs, and picking examples: pure, given/want tables.
import { describe, expect, it } from 'vitest';
import { matchPath, requestKey, resolveRequest, rootOf } from '../../templates/mocks/match.js';
import {
  chooseExample,
  chooseExamples,
  type MockEndpoint,
  type SavedExample,
} from '../../templates/mocks/saved-example.js';
import type { EndpointSpec } from '../../templates/runtime/spec.js';

const saved = (name: string, status: number): SavedExample => ({ name, status, headers: [], body: '' });
const endpoint = (
  operation: string,
  spec: Omit<EndpointSpec, 'auth'>,
  fields: Partial<MockEndpoint> = {},
): MockEndpoint => ({
  operation,
  spec: { auth: null, ...spec },
  requiredQuery: [],
  examples: [saved('OK', 200)],
  ...fields,
});

describe('matchPath', () => {
  const cases: Array<[string, { spec: EndpointSpec['path']; path: string; want: Record<string, string> | null }]> = [
    ['literals only', { spec: ['crm', 'v2', 'Leads'], path: '/crm/v2/Leads', want: {} }],
    [
      'a parameter, percent-decoded',
      { spec: ['Leads', { param: 'id' }], path: '/Leads/a%20b%2Fc', want: { id: 'a b/c' } },
    ],
    [
      'a parameter inside a segment',
      { spec: [{ param: 'name', prefix: "users('", suffix: "')" }], path: "/users('ann')", want: { name: 'ann' } },
    ],
    ['a literal the URL parser escapes', { spec: ['a b', { param: 'x' }], path: '/a%20b/1', want: { x: '1' } }],
    ['regex characters are literal', { spec: ['v2.1', 'x+y'], path: '/v2x1/x+y', want: null }],
    ['one segment too many', { spec: ['Leads', { param: 'id' }], path: '/Leads/1/notes', want: null }],
    ['an empty parameter', { spec: ['Leads', { param: 'id' }], path: '/Leads/', want: null }],
    ['a malformed escape', { spec: ['Leads', { param: 'id' }], path: '/Leads/%E0%A4%A', want: null }],
    ['`__proto__` is a plain key', { spec: [{ param: '__proto__' }], path: '/x', want: { ['__proto__']: 'x' } }],
    // The client's URL is parsed whole, so the template is too (fuzz seed 7: `/./` and spaces at the ends).
    [
      'a `.` segment is resolved away',
      { spec: ['.', { param: 'id' }, 'delete'], path: '/7/delete', want: { id: '7' } },
    ],
    ['a `..` segment climbs', { spec: ['a', '..', 'b'], path: '/b', want: {} }],
    ['a `..` after a parameter removes it', { spec: [{ param: 'id' }, '..', 'b'], path: '/b', want: {} }],
    ['a `%2e` segment is a dot too', { spec: ['a', '%2e', 'b'], path: '/a/b', want: {} }],
    ['spaces at the end of the URL are stripped', { spec: [' x ', 'y '], path: '/%20x%20/y', want: {} }],
    ['spaces at the end are kept before a query', { spec: [' x ', 'y '], path: '/%20x%20/y%20', want: {} }],
    ['a backslash is a slash', { spec: ['a\\b', { param: 'id' }], path: '/a/b/1', want: { id: '1' } }],
    ['an empty literal doubles the slash', { spec: ['', 'x'], path: '//x', want: {} }],
    [
      'a literal holding the parameter marker',
      { spec: ['pfparam0_', { param: 'id' }], path: '/pfparam0_/1', want: { id: '1' } },
    ],
    [
      'a literal with a malformed escape is compared as sent',
      { spec: ['bad%E0%A4%A', { param: 'id' }], path: '/bad%E0%A4%A/1', want: { id: '1' } },
    ],
  ];
  it.each(cases)('%s', (_, { spec, path, want }) => {
    const got = matchPath({ method: 'GET', path: spec, auth: null }, path);
    expect(got === null ? null : { ...got }).toEqual(want === null ? null : { ...want });
  });
});

describe('resolveRequest', () => {
  const base = rootOf('https://api.test/v1/');
  const endpoints = [
    endpoint('getLead', { method: 'GET', path: ['Leads', { param: 'id' }] }),
    endpoint('listActions', { method: 'GET', path: ['Leads', 'actions'] }),
    endpoint('updateLead', { method: 'PUT', path: ['Leads', { param: 'id' }] }),
    endpoint('search', { method: 'GET', path: ['search'] }, { requiredQuery: ['q', 'page'] }),
    endpoint('upload', { method: 'POST', path: ['files'], origin: 'https://upload.test/api' }),
    endpoint('climb', { method: 'GET', path: ['..', 'up'] }),
  ];
  const resolve = (method: string, url: string) =>
    resolveRequest(endpoints, method, new URL(url), (spec) => (spec.origin ? rootOf(spec.origin) : base));
  const operation = (method: string, url: string) => {
    const r = resolve(method, url);
    return r.kind === 'match' ? r.endpoint.operation : r.kind === 'refused' ? r.message : r.kind;
  };

  it.each([
    ['GET', 'https://api.test/v1/Leads/7', 'getLead'],
    ['put', 'https://api.test/v1/Leads/7', 'updateLead'],
    // The template with more literal segments wins over the parameter.
    ['GET', 'https://api.test/v1/Leads/actions', 'listActions'],
    ['GET', 'https://api.test/v1/search?page=2&q=x&extra=1', 'search'],
    ['POST', 'https://upload.test/api/files', 'upload'],
    ['GET', 'https://other.test/v1/Leads/7', 'outside'],
    ['GET', 'https://api.test/v2/Leads/7', 'outside'],
    // A `..` in the template climbs out of the base path, as it does on the wire.
    ['GET', 'https://api.test/up', 'climb'],
    [
      'POST',
      'https://api.test/v1/files',
      'postforge mocks: no endpoint matches POST /v1/files. Endpoints: GET /Leads/{id}, GET /Leads/actions, PUT /Leads/{id}, GET /search, POST /files, GET /../up.',
    ],
    [
      'DELETE',
      'https://api.test/v1/Leads/7',
      'postforge mocks: DELETE /v1/Leads/7 has the path of getLead (GET /Leads/{id}), updateLead (PUT /Leads/{id}), but not its method.',
    ],
    [
      'GET',
      'https://api.test/v1/search?q=x',
      'postforge mocks: GET /v1/search is search (GET /search), but lacks its query parameter page.',
    ],
  ])('%s %s: %s', (method, url, want) => {
    expect(operation(method, url)).toBe(want);
  });

  // Fuzz seed 7: endpoints on one method and path, told apart by what the request carries.
  describe('endpoints on one method and path', () => {
    const twins = [
      endpoint('keyed', { method: 'HEAD', path: [] }, { requiredQuery: ['key'] }),
      endpoint('plain', { method: 'HEAD', path: [] }),
      endpoint('kindA', { method: 'PUT', path: [], headers: { 'X-Kind': 'a' } }),
      endpoint('kindB', { method: 'PUT', path: [], headers: { 'X-Kind': 'b' } }),
    ];
    const which = (method: string, url: string, headers?: Record<string, string>) => {
      const r = resolveRequest(twins, method, new URL(url), () => base, { headers: headers && new Headers(headers) });
      return r.kind === 'match' ? r.endpoint.operation : r.kind;
    };
    it.each([
      ['HEAD', 'https://api.test/v1/', undefined, 'plain'],
      ['HEAD', 'https://api.test/v1/?key=1', undefined, 'keyed'],
      ['PUT', 'https://api.test/v1/', { 'x-kind': 'b' }, 'kindB'],
      ['PUT', 'https://api.test/v1/', { 'X-Kind': 'a' }, 'kindA'],
      // Nothing tells them apart: the first, as ever.
      ['PUT', 'https://api.test/v1/', undefined, 'kindA'],
    ])('%s %s %j: %s', (method, url, headers, want) => {
      expect(which(method, url, headers)).toBe(want);
    });
  });

  // A copied Postman request: nothing on the wire tells the copies apart.
  it.each([
    ['the first, by default', {}, 'original'],
    ['the one the app picked an example of', { picked: new Set(['copy']) }, 'copy'],
    ['one with an example to answer with, before one without', { served: new Set(['copy']) }, 'copy'],
    ['a pick before an example', { picked: new Set(['original']), served: new Set(['copy']) }, 'original'],
  ])('identical endpoints: %s', (_, tiebreak, want) => {
    const copies = [
      endpoint('original', { method: 'GET', path: ['Leads', { param: 'id' }] }),
      endpoint('copy', { method: 'GET', path: ['Leads', { param: 'id' }] }),
    ];
    const r = resolveRequest(copies, 'GET', new URL('https://api.test/v1/Leads/1'), () => base, tiebreak);
    expect(r.kind === 'match' && r.endpoint.operation).toBe(want);
  });

  it('gives the decoded path parameters', () => {
    expect(resolve('GET', 'https://api.test/v1/Leads/a%2Fb')).toMatchObject({ kind: 'match', path: { id: 'a/b' } });
  });
});

describe('chooseExample', () => {
  const many = endpoint(
    'op',
    { method: 'GET', path: ['x'] },
    { examples: [saved('bad', 400), saved('ok', 200), saved('ok again', 200), saved('accepted', 202)] },
  );
  it.each([
    ['the first 2xx by default', undefined, 'ok'],
    ['by status', { status: 202 }, 'accepted'],
    ['by status, the first of several', { status: 200 }, 'ok'],
    ['by name', { name: 'ok again' }, 'ok again'],
    ['by index', { index: 0 }, 'bad'],
  ] as const)('%s', (_, pick, want) => {
    expect(chooseExample(many, pick)?.name).toBe(want);
  });

  it('takes the first example when none is 2xx, and none when there is none', () => {
    expect(
      chooseExample(
        endpoint('e', { method: 'GET', path: [] }, { examples: [saved('a', 404), saved('b', 500)] }),
        undefined,
      )?.name,
    ).toBe('a');
    expect(chooseExample(endpoint('e', { method: 'GET', path: [] }, { examples: [] }), undefined)).toBeNull();
  });

  it('throws on a pick no example answers, listing the saved ones', () => {
    expect(() => chooseExample(many, { status: 500 })).toThrow(
      'postforge mocks: op has no saved example {"status":500}; saved: [0] 400 "bad", [1] 200 "ok", [2] 200 "ok again", [3] 202 "accepted".',
    );
    expect(() => chooseExample(endpoint('e', { method: 'GET', path: [] }, { examples: [] }), { index: 0 })).toThrow(
      /saved: none\.$/,
    );
  });

  it("reads picks as own keys: an endpoint called `constructor` gets its default, not Object.prototype's", () => {
    const ctor = endpoint('constructor', { method: 'GET', path: ['c'] });
    expect(chooseExamples([ctor], {}).get('constructor')?.name).toBe('OK');
  });

  it('refuses picks for endpoints the package does not have', () => {
    expect(() => chooseExamples([many], { opp: { index: 0 } })).toThrow(
      'postforge mocks: no endpoint is called "opp".',
    );
    expect([...chooseExamples([many], { op: { index: 3 } })].map(([op, e]) => [op, e?.name])).toEqual([
      ['op', 'accepted'],
    ]);
  });
});

describe('requestKey', () => {
  const root = rootOf('https://api.test/v1');
  const key = (spec: Omit<EndpointSpec, 'auth'>, fields: Partial<MockEndpoint> = {}) =>
    requestKey(endpoint('e', spec, fields), root);
  it('is one for requests the mocks cannot tell apart, and differs where they can', () => {
    const lead = key({ method: 'GET', path: ['Leads', { param: 'id' }] });
    expect(key({ method: 'get', path: ['.', 'Leads', { param: 'other' }] })).toBe(lead);
    expect(key({ method: 'GET', path: ['Leads', { param: 'id' }], headers: { 'X-A': '1' } })).toBe(
      key({ method: 'GET', path: ['Leads', { param: 'id' }], headers: { 'x-a': ' 1' } }),
    );
    expect(key({ method: 'GET', path: ['Leads', { param: 'id' }] }, { requiredQuery: ['q'] })).not.toBe(lead);
    expect(key({ method: 'GET', path: ['Leads', { param: 'id' }], headers: { 'X-A': '1' } })).not.toBe(lead);
    expect(key({ method: 'PUT', path: ['Leads', { param: 'id' }] })).not.toBe(lead);
    expect(key({ method: 'GET', path: ['Leads', 'x'] })).not.toBe(lead);
  });
});
