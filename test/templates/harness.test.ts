import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../templates/runtime/index.js';
import type { CallParams, EndpointSpec } from '../../templates/runtime/spec.js';
import type { Fixture } from '../../templates/test/fixture.js';
import { fixtureTitle, loadFixtureFile, runFixture, runFixturesOverHttp, type FixtureDriver } from '../../templates/test/harness.js';

// A hand-made stand-in for a generated client: one endpoint, one spec, the real runtime.
const updateLeads: EndpointSpec = {
  method: 'PUT',
  path: ['crm', 'v2', { param: 'module' }],
  headers: { Accept: 'application/json' },
  body: 'json',
  auth: 'oauth2',
};

interface FakeClient {
  update(input: CallParams): Promise<{ status: number; data: unknown }>;
}

function clientFor(spec: EndpointSpec, prefix = 'Zoho-oauthtoken'): FixtureDriver<FakeClient>['makeClient'] {
  return (fetch, baseUrl) => {
    const runtime = createRuntime({
      baseUrl,
      fetch,
      schemes: { oauth2: { type: 'oauth2', in: 'header', prefix } },
      credentials: { oauth2: 'test-token' },
      maxRetries: 0,
    });
    return { update: (input) => runtime.call(spec, input) };
  };
}

const driver: FixtureDriver<FakeClient> = { makeClient: clientFor(updateLeads), call: (client, input) => client.update(input) };

const SOURCE = 'V2 / Records API / Update Records / Leads #/item/0/item/3/response/0';

const fx: Fixture = {
  name: 'Records updated',
  example: 0,
  source: SOURCE,
  mode: 'request',
  note: null,
  input: {
    path: { module: 'Leads' },
    query: { trigger: ['workflow', 'approval'], lar_id: '5' },
    headers: { 'X-Trace': 'abc' },
    body: { data: [{ id: '1', Last_Name: 'Doe' }] },
  },
  request: {
    method: 'PUT',
    path: '/crm/v2/Leads',
    query: [
      ['trigger', 'workflow'],
      ['trigger', 'approval'],
      ['lar_id', '5'],
    ],
    headers: { authorization: 'Zoho-oauthtoken test-token', 'content-type': 'application/json', 'x-trace': 'abc' },
    body: { kind: 'json', value: { data: [{ id: '1', Last_Name: 'Doe' }] } },
  },
  response: {
    status: 202,
    // Stale framing headers, as saved examples often have: the harness must not serve them.
    headers: [
      ['Content-Type', 'application/json;charset=UTF-8'],
      ['Content-Length', '999'],
      ['Content-Encoding', 'gzip'],
    ],
    body: '{"data":[{"code":"SUCCESS","status":"success"}]}',
  },
  data: { data: [{ code: 'SUCCESS', status: 'success' }] },
};

const listFx: Fixture = {
  name: 'Empty list',
  example: 0,
  source: 'V2 / Records API / List Records #/item/0/item/1/response/2',
  mode: 'request',
  note: null,
  input: { path: { module: 'Leads/Custom' } },
  request: { method: 'GET', path: '/crm/v2/Leads%2FCustom', query: [], headers: {}, body: null },
  response: { status: 204, headers: [], body: '' },
  data: null,
};
const listDriver: FixtureDriver<FakeClient> = {
  makeClient: clientFor({ method: 'GET', path: ['crm', 'v2', { param: 'module' }], auth: 'oauth2' }),
  call: (client, input) => client.update(input),
};

const withDriver = (overrides: Partial<FixtureDriver<FakeClient>>): FixtureDriver<FakeClient> => ({ ...driver, ...overrides });

describe('runFixture', () => {
  it('passes for a client that sends the example request and reads the response', async () => {
    await runFixture(fx, driver);
    await runFixture(listFx, listDriver);
  });

  it.each<[string, string, FixtureDriver<FakeClient>]>([
    ['a wrong path segment', 'path:', withDriver({ makeClient: clientFor({ ...updateLeads, path: ['crm', 'v3', { param: 'module' }] }) })],
    ['a wrong method', 'method:', withDriver({ makeClient: clientFor({ ...updateLeads, method: 'POST' }) })],
    ['a wrong header value', 'header authorization:', withDriver({ makeClient: clientFor(updateLeads, 'Bearer') })],
    ['a wrong body', 'JSON request body:', withDriver({ call: (c, input) => c.update({ ...input, body: { data: [] } }) })],
    ['a text body instead of JSON', 'header content-type:', withDriver({ makeClient: clientFor({ ...updateLeads, body: 'text' }) })],
    ['query parameters out of order', 'query parameters, in order:', withDriver({ call: (c, input) => c.update({ ...input, query: { lar_id: '5', trigger: ['workflow', 'approval'] } }) })],
    ['a mis-read response', 'response data:', withDriver({ call: async (c, input) => ({ ...(await c.update(input)), data: { data: [] } }) })],
    ['a wrong status', 'response status:', withDriver({ call: async (c, input) => ({ ...(await c.update(input)), status: 200 }) })],
    ['two requests', 'number of requests sent:', withDriver({ call: async (c, input) => (await c.update(input), c.update(input)) })],
    ['a thrown error', 'the client call failed: Missing path parameter', withDriver({ call: (c) => c.update({}) })],
  ])('fails, naming the example, for %s', async (_, reason, badDriver) => {
    await expect(runFixture(fx, badDriver)).rejects.toThrow(`${SOURCE}: ${reason}`);
  });

  it('compares raw wire paths: an unencoded "/" in a path value fails', async () => {
    const unencoded = { ...listDriver, makeClient: clientFor({ method: 'GET', path: ['crm', 'v2', 'Leads/Custom'], auth: 'oauth2' }) };
    await expect(runFixture(listFx, unencoded)).rejects.toThrow(listFx.source);
  });

  it('fails when a body is sent where the example has none', async () => {
    const withBody = { ...listDriver, makeClient: clientFor({ method: 'DELETE', path: ['crm', 'v2', { param: 'module' }], body: 'json', auth: 'oauth2' }) };
    await expect(runFixture({ ...listFx, request: { ...listFx.request, method: 'DELETE' }, input: { ...listFx.input, body: {} } }, withBody)).rejects.toThrow(
      /no request body/,
    );
  });

  it('checks a text body exactly', async () => {
    const textFx: Fixture = { ...fx, input: { ...fx.input, body: 'a,b' }, request: { ...fx.request, headers: {}, body: { kind: 'text', value: 'a,b' } } };
    const textDriver = withDriver({ makeClient: clientFor({ ...updateLeads, body: 'text' }) });
    await runFixture(textFx, textDriver);
    await expect(runFixture({ ...textFx, request: { ...textFx.request, body: { kind: 'text', value: 'a,b ' } } }, textDriver)).rejects.toThrow(SOURCE);
  });

  it('response-only fixtures skip the request checks but not the response ones', async () => {
    const responseOnly: Fixture = { ...fx, mode: 'response-only', note: 'the example URL has no module' };
    const wrongPath = withDriver({ makeClient: clientFor({ ...updateLeads, path: ['elsewhere'] }) });
    await runFixture(responseOnly, wrongPath);
    await expect(runFixture(responseOnly, withDriver({ call: async (c, i) => ({ ...(await c.update(i)), data: null }) }))).rejects.toThrow(SOURCE);
  });

  it('prepends the base path to the expected path', async () => {
    await runFixture(fx, { ...driver, basePath: '/v1/' });
    await expect(runFixture(fx, { ...driver, basePath: '/v1', makeClient: (f) => driver.makeClient(f, 'https://api.test') })).rejects.toThrow(SOURCE);
  });

  it('serves saved responses as they are: text stays text, a missing content-type JSON is parsed', async () => {
    const text = { ...fx, response: { status: 500, headers: [['Content-Type', 'text/html']] as const, body: '<h1>oops</h1>' }, data: '<h1>oops</h1>' };
    const untyped = { ...fx, response: { status: 200, headers: [], body: '{"a":1}' }, data: { a: 1 } };
    await runFixture(text, driver);
    await runFixture(untyped, driver);
  });

  it('refuses statuses fetch cannot return, naming the example', async () => {
    await expect(runFixture({ ...fx, response: { ...fx.response, status: 101 } }, driver)).rejects.toThrow(/V2 \/ Records API.*status 101/);
  });
});

describe('fixtureTitle', () => {
  it.each<[Fixture, string]>([
    [fx, '202 Records updated'],
    [{ ...fx, mode: 'response-only', note: 'path differs' }, '202 Records updated (response only: path differs)'],
    [{ ...fx, mode: 'response-only', note: null }, '202 Records updated (response only)'],
  ])('%#: %s', (fixture, title) => {
    expect(fixtureTitle(fixture)).toBe(title);
  });
});

describe('loadFixtureFile', () => {
  it('reads and parses a fixture file from a file URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postforge-fixture-'));
    try {
      const file = join(dir, 'update-leads.json');
      // As written: the response is not in the file but in the package's examples, joined by position.
      const { response, ...written } = fx;
      writeFileSync(file, JSON.stringify({ operation: 'updateLeads', fixtures: { '0': written } }));
      const examples = [{ name: 'other', ...listFx.response }, { name: fx.name, ...response }];
      expect(loadFixtureFile(pathToFileURL(file), examples.slice(1))).toEqual({ operation: 'updateLeads', fixtures: [fx] });
      expect(loadFixtureFile(pathToFileURL(file), examples)).toEqual({ operation: 'updateLeads', fixtures: [{ ...fx, response: listFx.response }] });
      expect(() => loadFixtureFile(pathToFileURL(file), [])).toThrow(/have no \[0\]/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('runFixturesOverHttp', () => {
  it('passes over a real 127.0.0.1 server with the real fetch', async () => {
    await runFixturesOverHttp([
      { fx, driver },
      { fx: listFx, driver: listDriver },
      { fx, driver: { ...driver, basePath: '/v1' } },
    ]);
  });

  it('fails over HTTP too, naming the example', async () => {
    await expect(runFixturesOverHttp([{ fx, driver: withDriver({ makeClient: clientFor(updateLeads, '') }) }])).rejects.toThrow(SOURCE);
    await expect(runFixturesOverHttp([{ fx, driver: withDriver({ call: async (c, i) => (await c.update(i), c.update(i)) }) }])).rejects.toThrow(
      /number of requests sent/,
    );
  });
});
