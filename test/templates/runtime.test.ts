import { describe, expect, it, vi } from 'vitest';
import { createRuntime, PostforgeError, type RuntimeConfig } from '../../templates/runtime/index.js';
import type { AuthSchemes, EndpointSpec } from '../../templates/runtime/spec.js';
import { base64Utf8 } from '../../templates/runtime/auth.js';

const schemes: AuthSchemes = {
  bearer: { type: 'bearer', in: 'header', prefix: 'Bearer' },
  zoho: { type: 'oauth2', in: 'header', prefix: 'Zoho-oauthtoken' },
  bare: { type: 'oauth2', in: 'header', prefix: '' },
  oauthQuery: { type: 'oauth2', in: 'query', name: 'access_token' },
  basic: { type: 'basic' },
  keyHeader: { type: 'apikey', in: 'header', name: 'X-Api-Key' },
  keyQuery: { type: 'apikey', in: 'query', name: 'api_key' },
  hawk: { type: 'custom', postmanType: 'hawk' },
};

const getLead: EndpointSpec = { method: 'GET', path: ['crm', 'v2', { param: 'module' }, { param: 'id' }], auth: null };

function stub(respond: () => Response = () => json({ ok: true })) {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    requests.push(new Request(input, init));
    return respond();
  };
  return { fetch, requests };
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
}

function setup(config: Partial<RuntimeConfig> = {}, respond?: () => Response) {
  const s = stub(respond);
  const runtime = createRuntime({ baseUrl: 'https://api.test/', schemes, fetch: s.fetch, ...config });
  return { runtime, requests: s.requests, only: () => s.requests[0] ?? expect.fail('no request sent') };
}

describe('url', () => {
  it.each(['..', '.', '%2e%2e', '%2E.', '../admin', 'a/b', 'a?b=1', 'a#b'])('path param %j cannot change the path', async (id) => {
    const { runtime, requests } = setup();
    const outcome = await runtime.call(getLead, { path: { module: 'Leads', id } }).catch((e: unknown) => e);
    if (outcome instanceof PostforgeError) {
      // Only the dot segments, which no encoding can keep from climbing, are refused.
      expect(outcome.code).toBe('invalid_path_param');
      expect(['..', '.']).toContain(id);
      return expect(requests).toHaveLength(0);
    }
    const url = new URL(requests[0]!.url);
    expect(url.pathname.split('/').slice(0, 4)).toEqual(['', 'crm', 'v2', 'Leads']);
    expect(url.pathname.split('/')).toHaveLength(5);
    expect(decodeURIComponent(url.pathname.split('/')[4]!)).toBe(id);
    expect(url.search + url.hash).toBe('');
  });

  it.each([['bad name', 'x'], ['x-ok', 'a\nb'], ['x-ok', 'a\0b'], ['x-ok', 'snowman ☃']])('header %j: %j is refused before sending', async (name, value) => {
    const { runtime, requests } = setup();
    await expect(runtime.call(getLead, { path: { module: 'm', id: 1 }, headers: { [name]: value } })).rejects.toMatchObject({ code: 'invalid_header' });
    expect(requests).toHaveLength(0);
  });

  it('joins literal parts verbatim and encodes path params', async () => {
    const { runtime, only } = setup();
    await runtime.call(getLead, { path: { module: 'Leads/Custom', id: 42 } });
    expect(new URL(only().url).pathname).toBe('/crm/v2/Leads%2FCustom/42');
  });

  it('strips trailing slashes from the base URL but keeps its path', async () => {
    const { runtime, only } = setup({ baseUrl: 'https://api.test/v1//' });
    await runtime.call(getLead, { path: { module: 'a b', id: '7' } });
    expect(only().url).toBe('https://api.test/v1/crm/v2/a%20b/7');
  });

  it.each([
    ['missing', {}],
    ['empty', { module: '', id: '1' }],
  ])('throws a PostforgeError naming a %s path param and the endpoint', async (_, path) => {
    const { runtime, requests } = setup();
    const call = runtime.call(getLead, { path });
    await expect(call).rejects.toThrow(PostforgeError);
    await expect(call).rejects.toThrow(/"module".*GET \/crm\/v2\/\{module\}\/\{id\}/);
    await expect(call).rejects.toMatchObject({ code: 'missing_path_param' });
    expect(requests).toHaveLength(0);
  });

  it('builds the query in order, repeating arrays, skipping undefined, stringifying scalars', async () => {
    const { runtime, only } = setup();
    const spec: EndpointSpec = { method: 'GET', path: ['search'], auth: null };
    await runtime.call(spec, { query: { q: 'a&b c', ids: [1, 2], skip: undefined, flag: true, n: 0 } });
    expect([...new URL(only().url).searchParams]).toEqual([
      ['q', 'a&b c'],
      ['ids', '1'],
      ['ids', '2'],
      ['flag', 'true'],
      ['n', '0'],
    ]);
  });

  it('sends no query or header a type admits only as an inherited member (toString, constructor)', async () => {
    const { runtime, only } = setup();
    const spec: EndpointSpec = { method: 'GET', path: ['x'], auth: null };
    await runtime.call(spec, { query: { q: 'a', toString: Object.prototype.toString }, headers: { 'x-a': 'b', constructor: Object } });
    expect(only().url).toBe('https://api.test/x?q=a');
    expect(only().headers.get('x-a')).toBe('b');
    expect(only().headers.has('constructor')).toBe(false);
  });

  it('sends no "?" when there is no query', async () => {
    const { runtime, only } = setup();
    await runtime.call({ method: 'GET', path: ['x'], auth: null }, { query: { a: undefined } });
    expect(only().url).toBe('https://api.test/x');
  });
});

describe('headers', () => {
  it('layers config < spec < params < options, case-insensitively, skipping undefined', async () => {
    const { runtime, only } = setup({ headers: { 'X-A': 'config', 'X-B': 'config', 'X-C': 'config', 'X-D': 'config' } });
    const spec: EndpointSpec = { method: 'GET', path: ['x'], headers: { 'x-b': 'spec', 'x-c': 'spec', 'x-d': 'spec' }, auth: null };
    await runtime.call(spec, { headers: { 'X-C': 'params', 'X-D': undefined } }, { headers: { 'X-D': 'options' } });
    const h = only().headers;
    expect([h.get('x-a'), h.get('x-b'), h.get('x-c'), h.get('x-d')]).toEqual(['config', 'spec', 'params', 'options']);
  });

  it('uppercases the method (fetch only normalises the standard ones, not PATCH)', async () => {
    const { runtime, only } = setup();
    await runtime.call({ method: 'patch', path: ['x'], auth: null }, undefined);
    expect(only().method).toBe('PATCH');
  });

  it('passes the abort signal through to the request in flight', async () => {
    const seen: Request[] = [];
    const fetch: typeof globalThis.fetch = (input) =>
      new Promise((_, reject) => {
        const request = input as Request;
        seen.push(request);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    const runtime = createRuntime({ baseUrl: 'https://api.test', schemes, fetch });
    const controller = new AbortController();
    const call = runtime.call({ method: 'GET', path: ['x'], auth: null }, undefined, { signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
    expect(seen[0]!.signal.aborted).toBe(true);
  });
});

describe('body', () => {
  const put = (body?: 'json' | 'text', headers?: Record<string, string>): EndpointSpec => ({ method: 'PUT', path: ['x'], body, headers, auth: null });

  it('json: stringifies and sets content-type', async () => {
    const { runtime, only } = setup();
    await runtime.call(put('json'), { body: { data: [{ id: 1 }] } });
    expect(await only().text()).toBe('{"data":[{"id":1}]}');
    expect(only().headers.get('content-type')).toBe('application/json');
  });

  it('json: keeps a content-type already set', async () => {
    const { runtime, only } = setup();
    await runtime.call(put('json', { 'Content-Type': 'application/vnd.api+json' }), { body: [] });
    expect(only().headers.get('content-type')).toBe('application/vnd.api+json');
  });

  it('text: sends the string as is', async () => {
    const { runtime, only } = setup();
    await runtime.call(put('text', { 'content-type': 'text/csv' }), { body: 'a,b\n1,2' });
    expect(await only().text()).toBe('a,b\n1,2');
    expect(only().headers.get('content-type')).toBe('text/csv');
  });

  it('no body when the spec declares none or the caller passes none', async () => {
    const { runtime, requests } = setup();
    await runtime.call(put(), { body: { ignored: true } });
    await runtime.call(put('json'), {});
    expect(requests.map((r) => r.body)).toEqual([null, null]);
  });

  it('refuses a body on GET with a clear error', async () => {
    const { runtime } = setup();
    await expect(runtime.call({ method: 'GET', path: ['x'], body: 'json', auth: null }, { body: {} })).rejects.toMatchObject({
      code: 'body_not_allowed',
    });
  });
});

describe('auth', () => {
  const endpoint = (auth: string): EndpointSpec => ({ method: 'GET', path: ['x'], auth, headers: { Authorization: 'Bearer {{stale}}' } });

  it.each([
    ['bearer', 'tok', 'Bearer tok'],
    ['zoho', 'tok', 'Zoho-oauthtoken tok'],
    ['bare', 'tok', 'tok'],
    ['basic', { username: 'ü:ser', password: 'p€ss' }, `Basic ${base64Utf8('ü:ser:p€ss')}`],
  ] as const)('%s replaces any earlier Authorization header', async (key, credential, want) => {
    const { runtime, only } = setup({ credentials: { [key]: credential }, headers: { authorization: 'config' } });
    await runtime.call(endpoint(key), { headers: { Authorization: 'params' } }, { headers: { Authorization: 'options' } });
    expect(only().headers.get('authorization')).toBe(want);
  });

  it('basic encodes UTF-8 before base64', () => {
    expect(base64Utf8('ü:p€ss')).toBe(Buffer.from('ü:p€ss', 'utf8').toString('base64'));
  });

  it('apikey in a header replaces a same-named header', async () => {
    const { runtime, only } = setup({ credentials: { keyHeader: 'k1' }, headers: { 'x-api-key': 'old' } });
    await runtime.call(endpoint('keyHeader'), undefined);
    expect(only().headers.get('x-api-key')).toBe('k1');
    expect(only().headers.get('authorization')).toBe('Bearer {{stale}}');
  });

  it.each([
    ['oauthQuery', 'access_token'],
    ['keyQuery', 'api_key'],
  ])('%s goes in the query, replacing a same-named parameter, last', async (key, name) => {
    const { runtime, only } = setup({ credentials: { [key]: 's3cr&t' } });
    await runtime.call({ method: 'GET', path: ['x'], auth: key }, { query: { [name]: 'old', page: 2 } });
    expect([...new URL(only().url).searchParams]).toEqual([
      ['page', '2'],
      [name, 's3cr&t'],
    ]);
  });

  it('calls credential functions on every request', async () => {
    let n = 0;
    const { runtime, requests } = setup({ credentials: { bearer: async () => `t${++n}` } });
    await runtime.call(endpoint('bearer'), undefined);
    await runtime.call(endpoint('bearer'), undefined);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['a function returning an empty string', () => ''],
  ])('a missing credential (%s) throws, naming the scheme and how to pass it', async (_, credential) => {
    const { runtime, requests } = setup({ credentials: { zoho: credential } });
    const call = runtime.call(endpoint('zoho'), undefined);
    await expect(call).rejects.toMatchObject({ code: 'missing_credential' });
    await expect(call).rejects.toThrow(/"zoho".*createClient\(\{ auth: \{ zoho: /);
    expect(requests).toHaveLength(0);
  });

  it('quotes scheme keys that are not identifiers in the hint', async () => {
    const { runtime } = setup({ schemes: { 'my-key': { type: 'basic' } } });
    await expect(runtime.call(endpoint('my-key'), undefined)).rejects.toThrow('createClient({ auth: { "my-key": ');
  });

  it('rejects the wrong kind of credential', async () => {
    const { runtime } = setup({ credentials: { basic: 'user:pass', bearer: { username: 'u', password: 'p' } } });
    await expect(runtime.call(endpoint('basic'), undefined)).rejects.toMatchObject({ code: 'invalid_credential' });
    await expect(runtime.call(endpoint('bearer'), undefined)).rejects.toMatchObject({ code: 'invalid_credential' });
  });

  it('throws for a scheme key missing from the table', async () => {
    const { runtime } = setup();
    await expect(runtime.call(endpoint('nope'), undefined)).rejects.toMatchObject({ code: 'unknown_auth_scheme' });
  });

  it('custom: the sign hook gets the built request and the scheme, and its request is sent', async () => {
    const seen: unknown[] = [];
    const { runtime, only } = setup({
      sign: (request, scheme) => {
        seen.push([request.url, scheme]);
        const signed = new Request(request);
        signed.headers.set('authorization', 'Hawk id="1"');
        return signed;
      },
    });
    await runtime.call(endpoint('hawk'), { query: { a: 1 } });
    expect(seen).toEqual([['https://api.test/x?a=1', { key: 'hawk', spec: schemes.hawk }]]);
    expect(only().headers.get('authorization')).toBe('Hawk id="1"');
  });

  it('custom without a sign hook throws, naming the Postman auth type', async () => {
    const { runtime, requests } = setup();
    const call = runtime.call(endpoint('hawk'), undefined);
    await expect(call).rejects.toMatchObject({ code: 'missing_sign_hook' });
    await expect(call).rejects.toThrow(/"hawk".*createClient\(\{ sign:/);
    expect(requests).toHaveLength(0);
  });

  it('the sign hook is not called for other schemes or for none', async () => {
    let calls = 0;
    const { runtime } = setup({ credentials: { bearer: 't' }, sign: (r) => (calls++, r) });
    await runtime.call(endpoint('bearer'), undefined);
    await runtime.call({ method: 'GET', path: ['x'], auth: null }, undefined);
    expect(calls).toBe(0);
  });
});

describe('response', () => {
  const get: EndpointSpec = { method: 'GET', path: ['x'], auth: null };
  const respond = (body: string | null, headers: Record<string, string>, status = 200) => () =>
    new Response(body === null ? null : new TextEncoder().encode(body), { status, headers });

  it.each([
    ['application/json', '{"a":1}', { a: 1 }],
    ['application/problem+json; charset=utf-8', '{"title":"x"}', { title: 'x' }],
    ['application/json', 'not json', 'not json'],
    ['text/plain', '{"a":1}', '{"a":1}'],
    [null, '[1,2]', [1, 2]],
    [null, 'plain words', 'plain words'],
    ['application/json', '', null],
  ])('content-type %s, body %j -> data %j', async (type, body, data) => {
    const { runtime } = setup({}, respond(body, type === null ? {} : { 'content-type': type }));
    expect((await runtime.call(get, undefined)).data).toEqual(data);
  });

  it('returns non-2xx responses instead of throwing, with headers', async () => {
    const { runtime } = setup({}, () => json({ code: 'INVALID_TOKEN' }, 401));
    const res = await runtime.call(get, undefined);
    expect(res.status).toBe(401);
    expect(res.data).toEqual({ code: 'INVALID_TOKEN' });
    expect(res.headers.get('content-type')).toBe('application/json');
  });

  it('decodes a 204 as null', async () => {
    const { runtime } = setup({}, respond(null, {}, 204));
    expect(await runtime.call(get, undefined)).toMatchObject({ status: 204, data: null });
  });

  it('wraps network errors as code connection, keeping what fetch threw as the cause', async () => {
    const failure = new TypeError('fetch failed');
    const runtime = createRuntime({ baseUrl: 'https://api.test', schemes, maxRetries: 0, fetch: () => Promise.reject(failure) });
    const error = await runtime.call(get, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostforgeError);
    expect(error).toMatchObject({ code: 'connection', cause: failure });
  });

  it('looks up globalThis.fetch at call time', async () => {
    const original = globalThis.fetch;
    const s = stub();
    const runtime = createRuntime({ baseUrl: 'https://api.test', schemes });
    globalThis.fetch = s.fetch;
    try {
      await runtime.call(get, undefined);
    } finally {
      globalThis.fetch = original;
    }
    expect(s.requests).toHaveLength(1);
  });
});
