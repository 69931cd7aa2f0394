// Retries, timeouts and error codes against a real node:http server on 127.0.0.1 that drops
// connections, answers 429/503 with Retry-After, 500s, and stalls. Waits between attempts go
// through the runtime's injectable `sleep`, which records them and returns at once, so real sockets
// keep working and no test waits for a backoff.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime, PostforgeError, type RuntimeConfig } from '../../templates/runtime/index.js';
import { backoffMs, retryAfterMs } from '../../templates/runtime/retry.js';
import type { AuthSchemes, EndpointSpec } from '../../templates/runtime/spec.js';

/** What the server does on each attempt, in turn; the last step repeats. */
type Step =
  | { do: 'status'; status: number; headers?: Record<string, string> }
  | { do: 'drop-before' }
  | { do: 'drop-mid' }
  | { do: 'stall' };

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let origin: string;
let steps: Step[] = [];
let received: Received[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const step = steps[Math.min(received.length - 1, steps.length - 1)]!;
      switch (step.do) {
        case 'status':
          res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
          res.end(JSON.stringify({ attempt: received.length }));
          return;
        case 'drop-before':
          req.socket.destroy();
          return;
        case 'drop-mid':
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          res.write('{"partial":');
          setTimeout(() => req.socket.destroy(), 5);
          return;
        case 'stall':
          return; // never answers; the client's timeout must end the attempt
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  steps = [];
  received = [];
});

const TOKEN = 'sk-live-PLANTED-credential-4242';
const schemes: AuthSchemes = {
  bearer: { type: 'bearer', in: 'header', prefix: 'Bearer' },
  keyQuery: { type: 'apikey', in: 'query', name: 'apikey' },
};
const get: EndpointSpec = { method: 'GET', path: ['items', { param: 'id' }], auth: 'bearer' };
const post: EndpointSpec = { method: 'POST', path: ['items'], auth: 'bearer', body: 'json' };

function client(config: Partial<RuntimeConfig> = {}) {
  const waits: number[] = [];
  const runtime = createRuntime({
    baseUrl: origin,
    schemes,
    credentials: { bearer: TOKEN, keyQuery: TOKEN },
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...config,
  });
  return { runtime, waits };
}

describe('retry policy', () => {
  it('retries a GET on 500 twice by default with exponential backoff, then returns the last 500', async () => {
    steps = [{ do: 'status', status: 500 }];
    const { runtime, waits } = client();
    const res = await runtime.call(get, { path: { id: 7 } });
    expect(received).toHaveLength(3);
    // 500 ms and 1,000 ms, each less 12.5% jitter (random 0.5 of up to 25%).
    expect(waits).toEqual([backoffMs(0, () => 0.5), backoffMs(1, () => 0.5)]);
    expect(waits).toEqual([438, 875]);
    expect(res).toMatchObject({ status: 500, data: { attempt: 3 } });
  });

  it('stops retrying as soon as an attempt succeeds', async () => {
    steps = [{ do: 'status', status: 503 }, { do: 'status', status: 200 }];
    const { runtime, waits } = client();
    const res = await runtime.call(get, { path: { id: 1 } });
    expect(received).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(res).toMatchObject({ status: 200, data: { attempt: 2 } });
  });

  it.each([408, 429, 502])('retries %i', async (status) => {
    steps = [{ do: 'status', status }, { do: 'status', status: 200 }];
    const { runtime } = client();
    expect((await runtime.call(get, { path: { id: 1 } })).status).toBe(200);
    expect(received).toHaveLength(2);
  });

  it.each([400, 401, 404, 409])('does not retry %i', async (status) => {
    steps = [{ do: 'status', status }];
    const { runtime, waits } = client();
    expect((await runtime.call(get, { path: { id: 1 } })).status).toBe(status);
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('honours maxRetries per client and per call', async () => {
    steps = [{ do: 'status', status: 500 }];
    await client({ maxRetries: 4 }).runtime.call(get, { path: { id: 1 } });
    expect(received).toHaveLength(5);
    received = [];
    await client({ maxRetries: 4 }).runtime.call(get, { path: { id: 1 } }, { maxRetries: 0 });
    expect(received).toHaveLength(1);
  });

  it('honours Retry-After in seconds', async () => {
    steps = [{ do: 'status', status: 429, headers: { 'retry-after': '3' } }, { do: 'status', status: 200 }];
    const { runtime, waits } = client();
    expect((await runtime.call(get, { path: { id: 1 } })).status).toBe(200);
    expect(waits).toEqual([3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    steps = [{ do: 'status', status: 503, headers: { 'retry-after': at } }, { do: 'status', status: 200 }];
    const { runtime, waits } = client();
    expect((await runtime.call(get, { path: { id: 1 } })).status).toBe(200);
    expect(waits).toHaveLength(1);
    // Second resolution of the date, and the time the request took.
    expect(waits[0]).toBeGreaterThan(3_000);
    expect(waits[0]).toBeLessThanOrEqual(5_000);
  });

  it('returns the response instead of waiting a Retry-After beyond the 60 s cap', async () => {
    steps = [{ do: 'status', status: 503, headers: { 'retry-after': '3600' } }];
    const { runtime, waits } = client();
    expect((await runtime.call(get, { path: { id: 1 } })).status).toBe(503);
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reads Retry-After values', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2016-01-01'))).toBe(0);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});

describe('POST and PATCH', () => {
  const body = { name: 'Ünïcode lead', tags: ['a', 'b'] };

  it('does not retry a POST on 500', async () => {
    steps = [{ do: 'status', status: 500 }];
    const { runtime, waits } = client();
    expect((await runtime.call(post, { body })).status).toBe(500);
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('does not retry a POST on 429 without Retry-After', async () => {
    steps = [{ do: 'status', status: 429 }];
    const { runtime } = client();
    expect((await runtime.call(post, { body })).status).toBe(429);
    expect(received).toHaveLength(1);
  });

  it('retries a POST on 429 with Retry-After, re-sending the body intact each time', async () => {
    steps = [{ do: 'status', status: 429, headers: { 'retry-after': '1' } }];
    const { runtime, waits } = client();
    expect((await runtime.call(post, { body })).status).toBe(429);
    expect(received).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
    for (const r of received) {
      expect(JSON.parse(r.body)).toEqual(body);
      expect(r.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('retries a PATCH on 500 when the caller opts in, per client or per call', async () => {
    const patch: EndpointSpec = { ...post, method: 'PATCH' };
    steps = [{ do: 'status', status: 500 }, { do: 'status', status: 200 }];
    expect((await client({ retryNonIdempotent: true }).runtime.call(patch, { body })).status).toBe(200);
    expect(received.map((r) => [r.method, JSON.parse(r.body)])).toEqual([['PATCH', body], ['PATCH', body]]);
    received = [];
    expect((await client().runtime.call(patch, { body }, { retryNonIdempotent: true })).status).toBe(200);
    expect(received).toHaveLength(2);
  });

  it('does not retry a POST after a dropped connection unless opted in', async () => {
    steps = [{ do: 'drop-before' }];
    await expect(client().runtime.call(post, { body })).rejects.toMatchObject({ code: 'connection' });
    expect(received).toHaveLength(1);
  });

  it('never retries a stream body', async () => {
    steps = [{ do: 'status', status: 503, headers: { 'retry-after': '1' } }];
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('streamed'));
        c.close();
      },
    });
    const upload: EndpointSpec = { method: 'PUT', path: ['blob'], auth: null, body: 'binary' };
    const { runtime, waits } = client();
    expect((await runtime.call(upload, { body: stream })).status).toBe(503);
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toBe('streamed');
    expect(waits).toEqual([]);
  });
});

describe('connection errors and timeouts', () => {
  it('retries a connection dropped before the response, then rejects with code connection and the cause', async () => {
    steps = [{ do: 'drop-before' }];
    const { runtime, waits } = client();
    const error = await runtime.call(get, { path: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostforgeError);
    expect(error).toMatchObject({ code: 'connection' });
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(received).toHaveLength(3);
    expect(waits).toEqual([438, 875]);
  });

  it('retries a connection dropped mid-response and recovers', async () => {
    steps = [{ do: 'drop-mid' }, { do: 'status', status: 200 }];
    const { runtime } = client();
    expect(await runtime.call(get, { path: { id: 1 } })).toMatchObject({ status: 200, data: { attempt: 2 } });
    expect(received).toHaveLength(2);
  });

  it('times out a stalled server per attempt with code timeout, after the retries', async () => {
    steps = [{ do: 'stall' }];
    const { runtime, waits } = client({ timeout: 100, maxRetries: 1 });
    const started = Date.now();
    const error = await runtime.call(get, { path: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout' });
    expect((error as Error).cause).toBeDefined();
    expect(received).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('takes the timeout per call', async () => {
    steps = [{ do: 'stall' }];
    const { runtime } = client({ maxRetries: 0 });
    await expect(runtime.call(get, { path: { id: 1 } }, { timeout: 50 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it("stops at once when the caller's signal aborts, during a request and while waiting, and never retries", async () => {
    steps = [{ do: 'stall' }];
    const controller = new AbortController();
    const call = client().runtime.call(get, { path: { id: 1 } }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 50);
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
    expect(received).toHaveLength(1);

    // While waiting to retry: the real sleep, a long Retry-After, and an abort.
    received = [];
    steps = [{ do: 'status', status: 503, headers: { 'retry-after': '30' } }];
    const waiting = new AbortController();
    const runtime = createRuntime({ baseUrl: origin, schemes, credentials: { bearer: TOKEN } });
    const started = Date.now();
    const pending = runtime.call(get, { path: { id: 1 } }, { signal: waiting.signal });
    setTimeout(() => waiting.abort(), 100);
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(received).toHaveLength(1);
  });
});

describe('hooks', () => {
  it('runs beforeRequest on every attempt (it may replace the Request) and afterResponse on every response', async () => {
    steps = [{ do: 'status', status: 500 }, { do: 'status', status: 200 }];
    const seen: number[] = [];
    let n = 0;
    const { runtime } = client({
      beforeRequest: (request) => {
        const headers = new Headers(request.headers);
        headers.set('x-trace', `t${++n}`);
        return new Request(request, { headers });
      },
      afterResponse: (response, request) => void seen.push(response.status, Number(request.headers.get('x-trace')!.slice(1))),
    });
    expect((await runtime.call(get, { path: { id: 1 } })).status).toBe(200);
    expect(received.map((r) => r.headers['x-trace'])).toEqual(['t1', 't2']);
    expect(seen).toEqual([500, 1, 200, 2]);
  });
});

describe('no credential in any error', () => {
  const printed = (error: unknown) => [String(error), inspect(error, { depth: 10 }), JSON.stringify(error), (error as Error).stack ?? ''].join('\n');

  it.each([
    ['auth header, connection', { spec: get, params: { path: { id: 1 } }, base: () => origin, step: { do: 'drop-before' } as Step, code: 'connection' }],
    ['query apikey, timeout', { spec: { ...get, auth: 'keyQuery' }, params: { path: { id: 1 } }, base: () => origin, step: { do: 'stall' } as Step, code: 'timeout' }],
    ['credential in the base URL and a path param, refused', { spec: { ...get, auth: 'keyQuery' }, params: { path: { id: TOKEN } }, base: () => origin.replace('//', `//user:${TOKEN}@`), step: { do: 'drop-before' } as Step, code: 'invalid_url' }],
    ['credential as a path param, connection', { spec: get, params: { path: { id: TOKEN } }, base: () => origin, step: { do: 'drop-before' } as Step, code: 'connection' }],
  ])('%s', async (_, c) => {
    steps = [c.step];
    const { runtime } = client({ baseUrl: c.base(), timeout: 100, maxRetries: 1 });
    const error = await runtime.call(c.spec, c.params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostforgeError);
    expect((error as PostforgeError).code).toBe(c.code);
    expect(printed(error)).not.toContain(TOKEN);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'PostforgeError', code: (error as PostforgeError).code });
  });

  it('a header value fetch would reject fails before sending, without its value', async () => {
    const { runtime } = client({ credentials: { bearer: `${TOKEN}\r\nx-injected: 1` } });
    const error = await runtime.call(get, { path: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_header' });
    expect((error as Error).message).toContain('Authorization');
    expect(printed(error)).not.toContain(TOKEN);
    expect(received).toHaveLength(0);
  });
});
