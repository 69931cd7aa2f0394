import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Fixture, FixtureFile } from '../../templates/test/fixture.js';
import {
  DEFAULT_LIVE_METHODS,
  liveCredentials,
  liveFetch,
  livePlan,
  liveReport,
  liveSettings,
  missingVariables,
  runLive,
  type LiveScheme,
  type LiveSettings,
  type SchemasFile,
} from '../../templates/test/live.js';

const settings = (over: Partial<LiveSettings> = {}): LiveSettings => ({ baseUrl: 'http://127.0.0.1:1', methods: DEFAULT_LIVE_METHODS, report: null, ...over });

describe('liveSettings', () => {
  it('without POSTFORGE_LIVE_BASE_URL: one line saying what to set', () => {
    expect(liveSettings({})).toEqual({ skip: 'live contract check skipped: set POSTFORGE_LIVE_BASE_URL (and the credentials in the README) to run it' });
    expect(liveSettings({ POSTFORGE_LIVE_BASE_URL: '  ' })).toHaveProperty('skip');
  });
  it('GET, HEAD and OPTIONS unless the user lists others', () => {
    expect(liveSettings({ POSTFORGE_LIVE_BASE_URL: 'https://api.test' })).toEqual({ baseUrl: 'https://api.test', methods: ['GET', 'HEAD', 'OPTIONS'], report: null });
    expect(liveSettings({ POSTFORGE_LIVE_BASE_URL: 'https://api.test', POSTFORGE_LIVE_METHODS: ' get, post ,', POSTFORGE_LIVE_REPORT: 'r.json' })).toEqual({ baseUrl: 'https://api.test', methods: ['GET', 'POST'], report: 'r.json' });
  });
  it('refuses a base URL that is not one', () => {
    expect(() => liveSettings({ POSTFORGE_LIVE_BASE_URL: 'api.test' })).toThrow('POSTFORGE_LIVE_BASE_URL is not a URL');
  });
});

const schemes = {
  bearer: { kind: 'token', variable: 'POSTFORGE_LIVE_BEARER' },
  oauth1: {
    kind: 'fields',
    fields: [
      { name: 'consumerKey', variable: 'POSTFORGE_LIVE_OAUTH1_CONSUMER_KEY', required: true, json: false },
      { name: 'token', variable: 'POSTFORGE_LIVE_OAUTH1_TOKEN', required: false, json: false },
    ],
  },
  jwt: { kind: 'fields', fields: [{ name: 'secret', variable: 'POSTFORGE_LIVE_JWT_SECRET', required: true, json: false }, { name: 'payload', variable: 'POSTFORGE_LIVE_JWT_PAYLOAD', required: false, json: true }] },
  digest: { kind: 'hook' },
} as const satisfies Record<string, LiveScheme>;

describe('credentials from the environment', () => {
  it('reads each scheme from its variables, and types the result from the table', () => {
    const auth = liveCredentials(schemes, { POSTFORGE_LIVE_BEARER: 't', POSTFORGE_LIVE_OAUTH1_CONSUMER_KEY: 'ck', POSTFORGE_LIVE_JWT_SECRET: 's', POSTFORGE_LIVE_JWT_PAYLOAD: '{"sub":"me"}' });
    expect(auth).toEqual({ bearer: 't', oauth1: { consumerKey: 'ck' }, jwt: { secret: 's', payload: { sub: 'me' } } });
    expectTypeOf(auth.bearer).toEqualTypeOf<string | undefined>();
    expectTypeOf(auth.oauth1).toEqualTypeOf<({ consumerKey: string } & { token?: string }) | undefined>();
    expectTypeOf(auth.jwt).toEqualTypeOf<({ secret: string } & { payload?: Record<string, unknown> }) | undefined>();
  });
  it('leaves out a scheme whose required variable is unset, and says which', () => {
    const env = { POSTFORGE_LIVE_OAUTH1_TOKEN: 'tok', POSTFORGE_LIVE_BEARER: '' };
    expect(liveCredentials(schemes, env)).toEqual({});
    expect(missingVariables(env, schemes.oauth1)).toEqual(['POSTFORGE_LIVE_OAUTH1_CONSUMER_KEY']);
    expect(missingVariables(env, schemes.bearer)).toEqual(['POSTFORGE_LIVE_BEARER']);
    expect(missingVariables(env, schemes.digest)).toEqual([]);
  });
  it('refuses a JSON field that is not an object', () => {
    expect(() => liveCredentials(schemes, { POSTFORGE_LIVE_JWT_SECRET: 's', POSTFORGE_LIVE_JWT_PAYLOAD: '[1]' })).toThrow('POSTFORGE_LIVE_JWT_PAYLOAD must hold a JSON object');
  });
});

const fixture = (name: string, mode: Fixture['mode']): Fixture => ({
  name,
  example: 0,
  source: 'A / B',
  mode,
  note: null,
  input: { path: { id: '7' } },
  request: { method: 'GET', path: '/things/7', query: [], headers: {}, body: null },
  response: { status: 200, headers: [], body: '{}' },
  data: {},
});
const schemas = (method: string, auth: string | null): SchemasFile => ({ dialect: '', operations: { getThing: { method, auth, responses: { '200': { type: 'object' } } } } });
const file: FixtureFile = { operation: 'getThing', fixtures: [fixture('copy', 'response-only'), fixture('first', 'request'), fixture('second', 'request')] };

describe('livePlan', () => {
  it("replays the first example whose request the endpoint can make, with the status's schemas", () => {
    expect(livePlan(settings(), schemas('GET', 'bearer'), file, schemes, { POSTFORGE_LIVE_BEARER: 't' })).toEqual({ fixture: file.fixtures[1], method: 'GET', responses: { '200': { type: 'object' } }, missing: [] });
  });
  it('names the variables its scheme lacks', () => {
    expect(livePlan(settings(), schemas('GET', 'oauth1'), file, schemes, {})).toMatchObject({ missing: ['POSTFORGE_LIVE_OAUTH1_CONSUMER_KEY'] });
  });
  it.each([
    ['a method not listed', schemas('DELETE', null), file, 'getThing: DELETE is not in POSTFORGE_LIVE_METHODS (GET, HEAD, OPTIONS)'],
    ['a hook-signed scheme', schemas('GET', 'digest'), file, 'getThing: its auth scheme is signed by a `sign` hook, which the live check cannot supply'],
    ['no replayable example', schemas('GET', null), { operation: 'getThing', fixtures: [fixture('copy', 'response-only')] }, 'getThing: no saved example has a request this endpoint can make'],
  ] as const)('skips, saying why: %s', (_, given, fixtures, reason) => {
    expect(livePlan(settings(), given, fixtures, schemes, {})).toEqual({ skip: reason, method: given.operations['getThing']!.method });
  });
  it('an endpoint the schemas do not know means a stale package', () => {
    expect(() => livePlan(settings(), { dialect: '', operations: {} }, file, schemes, {})).toThrow('test/schemas.json has no entry for getThing');
  });
});

describe('runLive and the report', () => {
  const plan = { fixture: file.fixtures[1]!, method: 'GET', responses: { '200': { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false } } as const, missing: [] as string[] };

  it('passes on info only, fails on an error with the list, and records both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postforge-live-report-'));
    try {
      const report = liveReport(settings({ baseUrl: 'https://user:pass@api.test/v1', report: path.join(dir, 'r.json') }));
      await runLive('getThing', plan, async () => ({ status: 200, data: { id: '7' } }), report);
      await expect(runLive('getThing', plan, async () => ({ status: 200, data: { id: 7 } }), report)).rejects.toThrow(
        'getThing: the live 200 response differs from the saved examples\' type in 1 place(s):\nerror  type changed  $.id: expected string, got integer',
      );
      await expect(runLive('getThing', { ...plan, missing: ['POSTFORGE_LIVE_BEARER'] }, async () => ({ status: 200, data: {} }), report)).rejects.toThrow('set POSTFORGE_LIVE_BEARER to run getThing');
      await expect(runLive('getThing', plan, async () => Promise.reject(new Error('ECONNREFUSED')), report)).rejects.toThrow('getThing: the live call failed: ECONNREFUSED');
      const written = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
      expect(written.baseUrl).toBe('https://api.test/v1'); // no userinfo
      expect(written.results.map((r: { status: number | null; differences: unknown[]; error: string | null }) => [r.status, r.differences.length, r.error])).toEqual([
        [200, 0, null],
        [200, 1, null],
        [null, 0, 'set POSTFORGE_LIVE_BEARER to run getThing against the live API'],
        [null, 0, 'ECONNREFUSED'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('liveFetch', () => {
  it('sends every request to the base URL\'s origin, method, headers and body intact, and gives up after its timeout', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${req.headers['x-h']} ${body}`);
        if (req.url === '/stall') return; // never answers
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
      const fetch = liveFetch(base, 300);
      const res = await fetch('https://upload.elsewhere.test/v1/files?x=1', { method: 'POST', headers: { 'x-h': 'y' }, body: 'data' });
      expect(await res.text()).toBe('ok');
      expect(seen).toEqual(['POST /v1/files?x=1 y data']);
      await expect(fetch(`${base.replace('/v1', '')}/stall`)).rejects.toThrow(/timeout|aborted/i);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
