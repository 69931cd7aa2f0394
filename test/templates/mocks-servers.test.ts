// The mock transports against real requests: MSW's setupServer intercepting the real fetch, and the
// node:http mock server on 127.0.0.1. Both must serve the saved bytes, status and headers, refuse
// what no endpoint can be, and leave other hosts alone.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../templates/mocks/mock-server.js';
import { mswHandlers } from '../../templates/mocks/msw.js';
import type { MockEndpoint } from '../../templates/mocks/saved-example.js';

// A body with an int64 beyond 2^53: served byte for byte, never re-serialised.
const LEAD_BODY = '{"data":[{"id":738964000002118026123,"name":"Ann"}]}';
const endpoints: MockEndpoint[] = [
  {
    operation: 'getLead',
    spec: { method: 'GET', path: ['crm', 'Leads', { param: 'id' }], auth: 'bearer' },
    requiredQuery: [],
    examples: [
      { name: 'missing', status: 404, headers: [['Content-Type', 'application/json']], body: '{"code":"NOT_FOUND"}' },
      {
        name: 'found',
        status: 200,
        headers: [
          ['Content-Type', 'application/json;charset=utf-8'],
          ['X-Trace', 'abc'],
          ['Content-Length', '3'],
          ['Content-Encoding', 'gzip'],
        ],
        body: LEAD_BODY,
      },
    ],
  },
  {
    operation: 'deleteLead',
    spec: { method: 'DELETE', path: ['crm', 'Leads', { param: 'id' }], auth: 'bearer' },
    requiredQuery: [],
    examples: [{ name: 'gone', status: 204, headers: [], body: 'ignored' }],
  },
  {
    operation: 'noExamples',
    spec: { method: 'GET', path: ['crm', 'ping'], auth: null },
    requiredQuery: [],
    examples: [],
  },
];

async function expectLead(response: Response, status: number, body: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(await response.text()).toBe(body);
}

describe('mswHandlers', () => {
  const reported: string[] = [];
  const server = setupServer(
    ...mswHandlers(endpoints, { baseUrl: 'https://crm.test/', onUnmatched: (m) => reported.push(m) }),
    http.get('https://elsewhere.test/x', () => HttpResponse.text('other handler')),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    reported.length = 0;
  });
  afterAll(() => server.close());

  it('serves the default (first 2xx) example: status, headers without framing, the exact bytes', async () => {
    const response = await fetch('https://crm.test/crm/Leads/7');
    expect(response.headers.get('x-trace')).toBe('abc');
    expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(response.headers.get('content-encoding')).toBeNull();
    await expectLead(response, 200, LEAD_BODY);
  });

  it('serves a picked example, and a null body for 204', async () => {
    server.use(...mswHandlers(endpoints, { baseUrl: 'https://crm.test', examples: { getLead: { name: 'missing' } } }));
    await expectLead(await fetch('https://crm.test/crm/Leads/7'), 404, '{"code":"NOT_FOUND"}');
    await expectLead(await fetch('https://crm.test/crm/Leads/7', { method: 'DELETE' }), 204, '');
  });

  it('fails unknown requests as network errors and reports them', async () => {
    await expect(fetch('https://crm.test/crm/Leads/7', { method: 'PATCH' })).rejects.toThrow('Failed to fetch');
    await expect(fetch('https://crm.test/crm/ping')).rejects.toThrow('Failed to fetch');
    expect(reported).toEqual([
      'postforge mocks: PATCH /crm/Leads/7 has the path of getLead (GET /crm/Leads/{id}), deleteLead (DELETE /crm/Leads/{id}), but not its method.',
      'postforge mocks: GET /crm/ping is noExamples, which has no saved example to answer with.',
    ]);
  });

  it('leaves other hosts to the other handlers', async () => {
    expect(await (await fetch('https://elsewhere.test/x')).text()).toBe('other handler');
    expect(reported).toEqual([]);
  });
});

describe('startMockServer', () => {
  let server: MockServer<{ getLead: { name: 'missing' | 'found'; status: 200 | 404 } }>;
  beforeAll(async () => {
    server = await startMockServer(endpoints, { basePath: '/v1/', onUnmatched: () => {} });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 under its base path and serves the saved example over a real socket', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await fetch(`${server.url}/crm/Leads/a%2Fb`);
    expect(response.headers.get('x-trace')).toBe('abc');
    expect(response.headers.get('content-length')).toBe(String(new TextEncoder().encode(LEAD_BODY).length));
    await expectLead(response, 200, LEAD_BODY);
  });

  it('switches examples with use()', async () => {
    server.use({ getLead: { status: 404 } });
    await expectLead(await fetch(`${server.url}/crm/Leads/1`), 404, '{"code":"NOT_FOUND"}');
    server.use({});
    await expectLead(await fetch(`${server.url}/crm/Leads/1`), 200, LEAD_BODY);
  });

  it('drops the connection of unknown requests and keeps them in unmatched', async () => {
    const before = server.unmatched.length;
    await expect(fetch(`${server.url}/crm/Leads/1/notes`)).rejects.toThrow('fetch failed');
    await expect(fetch(`${server.url.replace('/v1', '')}/crm/Leads/1`)).rejects.toThrow('fetch failed');
    expect(server.unmatched.slice(before)).toEqual([
      expect.stringMatching(/^postforge mocks: no endpoint matches GET \/v1\/crm\/Leads\/1\/notes\./),
      'postforge mocks: GET /crm/Leads/1 is outside the API.',
    ]);
  });

  it('refuses a bad pick before it listens', async () => {
    await expect(startMockServer(endpoints, { examples: { getLead: { name: 'nope' } } })).rejects.toThrow(
      /getLead has no saved example/,
    );
  });
});

// The requests the fuzzer found the transports disagreeing on (seed 7): each one is sent by the
// real fetch to MSW and to the node:http server, and both must give the same answer.
describe('MSW and node:http agree', () => {
  const json = (name: string, status: number, body: string) => ({
    name,
    status,
    headers: [['Content-Type', 'application/json']] as [string, string][],
    body,
  });
  const hard: MockEndpoint[] = [
    {
      operation: 'dotted',
      spec: { method: 'OPTIONS', path: ['.', { param: 'id' }, 'delete'], auth: null },
      requiredQuery: [],
      examples: [json('dotted', 200, '{"n":1}')],
    },
    {
      operation: 'spaced',
      spec: { method: 'PUT', path: [' x ', 'y '], auth: null },
      requiredQuery: [],
      examples: [json('spaced', 422, '{"n":2}')],
    },
    { operation: 'keyed', spec: { method: 'HEAD', path: [], auth: null }, requiredQuery: ['key'], examples: [] },
    {
      operation: 'plain',
      spec: { method: 'HEAD', path: [], headers: { 'X-Kind': 'plain' }, auth: null },
      requiredQuery: [],
      examples: [json('plain', 204, '')],
    },
    {
      operation: 'moved',
      spec: { method: 'DELETE', path: ['old'], auth: null },
      requiredQuery: [],
      examples: [{ name: 'moved', status: 302, headers: [['Location', 'https://real.example/new']], body: 'gone' }],
    },
    {
      operation: 'badEscape',
      spec: { method: 'GET', path: ['bad%E0%A4%A', { param: 'id' }], auth: null },
      requiredQuery: [],
      examples: [json('bad', 200, '{"n":3}')],
    },
    {
      operation: 'doubled',
      spec: { method: 'GET', path: ['', 'x'], auth: null },
      requiredQuery: [],
      examples: [json('doubled', 200, '{"n":4}')],
    },
  ];
  type Outcome = { status: number; body: string } | `refused: ${string}`;
  const requests: Array<
    [string, { method: string; path: string; headers?: Record<string, string>; redirect?: RequestRedirect }, Outcome]
  > = [
    [
      'a `.` segment the URL parser resolves',
      { method: 'OPTIONS', path: '/./7/delete' },
      { status: 200, body: '{"n":1}' },
    ],
    ['spaces at the end of the URL', { method: 'PUT', path: '/ x /y ' }, { status: 422, body: '{"n":2}' }],
    [
      'HEAD / without the query of its twin',
      { method: 'HEAD', path: '/', headers: { 'X-Kind': 'plain' } },
      { status: 204, body: '' },
    ],
    [
      'HEAD / with the query of a twin without examples',
      { method: 'HEAD', path: '/?key=1' },
      'refused: postforge mocks: HEAD / is keyed, which has no saved example',
    ],
    ['a redirect, not followed', { method: 'DELETE', path: '/old', redirect: 'manual' }, { status: 302, body: 'gone' }],
    [
      'a literal with a malformed %-escape',
      { method: 'GET', path: '/bad%E0%A4%A/1' },
      { status: 200, body: '{"n":3}' },
    ],
    [
      'a parameter with a malformed %-escape',
      { method: 'GET', path: '/bad%E0%A4%A/%E0' },
      'refused: postforge mocks: no endpoint matches GET /bad%E0%A4%A/%E0.',
    ],
    ['a path starting with //', { method: 'GET', path: '//x' }, { status: 200, body: '{"n":4}' }],
  ];

  async function outcome(url: string, init: (typeof requests)[number][1], unmatched: string[]): Promise<Outcome> {
    const before = unmatched.length;
    try {
      const response = await fetch(url + init.path, {
        method: init.method,
        headers: init.headers,
        redirect: init.redirect ?? 'follow',
      });
      return { status: response.status, body: await response.text() };
    } catch {
      return `refused: ${unmatched.slice(before).join(' | ')}`;
    }
  }

  const unmatched = { msw: [] as string[], node: [] as string[] };
  const msw = setupServer(
    ...mswHandlers(hard, { baseUrl: 'https://agree.test', onUnmatched: (m) => unmatched.msw.push(m) }),
  );
  let node: MockServer<Record<string, never>>;
  beforeAll(async () => {
    msw.listen({ onUnhandledRequest: 'error' });
    node = await startMockServer(hard, { onUnmatched: (m) => unmatched.node.push(m) });
  });
  afterAll(async () => {
    msw.close();
    await node.close();
  });

  it.each(requests)('%s', async (_, init, want) => {
    // MSW first, then the server with MSW out of the way (it would intercept the socket fetch too).
    const viaMsw = await outcome('https://agree.test', init, unmatched.msw);
    msw.close();
    try {
      const viaNode = await outcome(node.url, init, unmatched.node);
      for (const got of [viaMsw, viaNode]) {
        if (typeof want === 'string') expect(got).toContain(want);
        else expect(got).toEqual(want);
      }
    } finally {
      msw.listen({ onUnhandledRequest: 'error' });
    }
  });

  it('MSW refuses, loudly, a saved redirect it would follow; the server serves it without its Location', async () => {
    const init = { method: 'DELETE', path: '/old' };
    expect(await outcome('https://agree.test', init, unmatched.msw)).toContain(
      'refused: postforge mocks: DELETE /old is moved, whose example is a 302 redirect, which MSW follows instead of returning',
    );
    msw.close();
    try {
      const response = await fetch(`${node.url}/old`, { method: 'DELETE' });
      expect(response.headers.get('location')).toBeNull();
      expect([response.status, await response.text()]).toEqual([302, 'gone']);
    } finally {
      msw.listen({ onUnhandledRequest: 'error' });
    }
  });
});
