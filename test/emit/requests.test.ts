// End to end: requests Postman sends but fetch cannot (a GET body, headers fetch rejects, methods
// it forbids, a host-less URL), saved bodies with a BOM or numbers a double cannot hold, and keys
// named like Object.prototype members, all in one collection. The package must type-check and pass
// its own fixture tests, over the stub and over the real HTTP server.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import type { RunResult } from '../../generator/pipeline.js';
import { collection, example, item, url, type JsonObject } from '../helpers/collection.js';
import { readMockExamples } from '../helpers/mock-examples.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const J = [{ key: 'Content-Type', value: 'application/json' }];
const TEXT = [{ key: 'Content-Type', value: 'text/plain' }];
const at = (p: string) => `https://api.test/${p}`;
const SIGNED_HOST = 'https://upload.example.com:8443';

const search = { method: 'GET', url: at('search'), header: J, body: { raw: '{"q":"x"}', language: 'json' } };
const badHeaders = [
  { key: 'disabled header', value: 'x', disabled: true },
  { key: 'X-"quoted"', value: 'a' },
  { key: 'X-Crlf', value: 'a\r\nb' },
  { key: 'X-Euro', value: '5 €' },
  { key: 'X-Ok', value: 'fine' },
  { key: 'X-Pad', value: '  padded  ' },
  { key: 'X-Param', value: '{{p}}' },
];
const protoUrl = url(at('things/:constructor?__proto__=1&constructor=2&toString=3'), {
  variable: [{ key: 'constructor', value: 'c1' }],
});
const protoForm: JsonObject = {
  mode: 'urlencoded',
  urlencoded: [
    { key: '__proto__', value: 'p' },
    { key: 'constructor', value: 'c' },
    { key: 'prototype', value: 'x' },
  ],
};
const awsAuth = {
  type: 'awsv4',
  awsv4: [
    { key: 'accessKey', value: '{{ak}}' },
    { key: 'secretKey', value: '{{sk}}' },
    { key: 'region', value: 'us-east-1' },
    { key: 'service', value: 'execute-api' },
  ],
};
const awsHeaders = [
  ...J,
  { key: 'X-Amz-Security-Token', value: '{{session_token}}' },
  { key: 'X-Amz-Target', value: 'Svc.Op' },
  { key: 'Cookie', value: 'sid={{sid}}' },
  { key: 'X-Api-Key', value: '{{api_key}}' },
];

const requests = collection([
  item('Search with body', search, [
    example({
      name: 'found',
      originalRequest: { ...search, body: { raw: '{"q":"y"}', language: 'json' } },
      header: J,
      body: '{"hits":1}',
    }),
  ]),
  item('Head with body', { method: 'HEAD', url: at('head'), body: { raw: 'hello' } }),
  item('Odd headers', { method: 'GET', url: at('headers'), header: badHeaders }, [
    example({
      name: 'ok',
      originalRequest: {
        method: 'GET',
        url: at('headers'),
        header: [
          { key: 'X-"quoted"', value: 'a' },
          { key: 'X-Param', value: ' v ' },
          { key: 'X-Euro', value: '€' },
        ],
      },
      header: TEXT,
      body: 'ok',
    }),
  ]),
  item('Lower-case patch', { method: 'patch', url: at('patch') }, [
    example({ name: 'ok', originalRequest: { method: 'Patch', url: at('patch') }, header: TEXT, body: 'patched' }),
  ]),
  item('Purge', { method: 'purge', url: at('cache') }),
  item('Not a token', { method: 'GE T', url: at('x') }),
  item('Connect', { method: 'CONNECT', url: at('tunnel') }),
  item('Port without host', { method: 'GET', url: 'https://:8080/portless' }),
  item('BOM JSON', { method: 'GET', url: at('bom') }, [example({ name: 'json', header: J, body: '\uFEFF{"a":1}' })]),
  item('BOM text', { method: 'POST', url: at('bom-text'), header: TEXT, body: { raw: '\uFEFFsent' } }, [
    example({
      name: 'text',
      originalRequest: { method: 'POST', url: at('bom-text'), header: TEXT, body: { raw: '\uFEFFsent' } },
      header: TEXT,
      body: '\uFEFFreceived',
    }),
  ]),
  item(
    'Extreme numbers',
    { method: 'POST', url: at('numbers'), header: J, body: { raw: '{"huge":1e400,"zero":-0}', language: 'json' } },
    [
      example({
        name: 'ok',
        originalRequest: {
          method: 'POST',
          url: at('numbers'),
          header: J,
          body: { raw: '{"huge":-1e999,"zero":-0.0}', language: 'json' },
        },
        header: J,
        body: '{"big":1e400,"small":-1E+400,"tiny":1e-400,"zero":-0,"list":[-0,1e400,2.5]}',
      }),
    ],
  ),
  item(
    'Proto keys',
    {
      method: 'POST',
      url: protoUrl,
      header: [
        { key: '__proto__', value: '{{p}}' },
        { key: 'constructor', value: 'fixed' },
      ],
      body: { raw: '{"__proto__":{"polluted":true},"constructor":"c","prototype":[1]}', language: 'json' },
    },
    [
      example({
        name: 'ok',
        originalRequest: {
          method: 'POST',
          url: url(at('things/c2?__proto__=1&constructor=2&toString=3')),
          header: [...J, { key: '__proto__', value: 'pp' }],
          body: { raw: '{"__proto__":{"polluted":1},"constructor":{"x":1}}', language: 'json' },
        },
        header: J,
        body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"a":1}},"hasOwnProperty":1}',
      }),
    ],
  ),
  { name: 'Proto form', request: { method: 'POST', url: at('form'), header: [], body: protoForm }, response: [] },
  item('Delimiters in literal segments', {
    method: 'GET',
    url: {
      raw: at('a#b/c?d'),
      protocol: 'https',
      host: ['api', 'test'],
      path: ['a#b', 'c?d'],
      query: [{ key: 'x', value: '1' }],
    },
  }),
  item('Odd query keys', {
    method: 'GET',
    url: {
      raw: at('q'),
      protocol: 'https',
      host: ['api', 'test'],
      path: ['q'],
      query: [
        { key: 'a&b', value: '1' },
        { key: 'c=d', value: '2=3' },
        { key: 'e#f', value: '#' },
        { key: '', value: 'no key' },
        { key: 'sp ace', value: 'x y+z' },
      ],
    },
  }),
  // Signed on a host of its own: the fixture's signature must be for the host the client signs.
  item(
    'Signed with credentials elsewhere',
    {
      method: 'POST',
      url: `${SIGNED_HOST}/signed?api_key={{api_key}}&x=1`,
      header: awsHeaders,
      body: { raw: '{"a":1}', language: 'json' },
      auth: awsAuth,
    },
    [
      example({
        name: 'ok',
        originalRequest: {
          method: 'POST',
          url: `${SIGNED_HOST}/signed?x=1`,
          header: [...J, { key: 'X-Amz-Target', value: 'Svc.Op' }],
          body: { raw: '{"a":2}', language: 'json' },
        },
        header: J,
        body: '{"ok":true}',
      }),
    ],
  ),
  item('Key in a bad header', {
    method: 'GET',
    url: at('key'),
    auth: {
      type: 'apikey',
      apikey: [
        { key: 'key', value: 'X API Key' },
        { key: 'value', value: '{{k}}' },
        { key: 'in', value: 'header' },
      ],
    },
  }),
  item('Other credential', {
    method: 'GET',
    url: at('other'),
    header: [{ key: 'Authorization', value: 'Bearer {{token}}' }],
  }),
]);

let root: string | undefined;
let dir = '';
let result: RunResult;
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeAll(async () => {
  root = repoTempDir('requests-');
  result = await generatePackage(root, 'requests', requests);
  dir = path.join(root, 'requests');
}, 60_000);
afterAll(() => removeDir(root));

describe('requests fetch cannot send, end to end', () => {
  it('generates, leaving out what fetch rejects and saying so', () => {
    const diagnostics = result.diagnostics.all;
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const count = (code: string) => diagnostics.filter((d) => d.code === code).length;
    // Two methods; the GET body, its example's and the HEAD body; six headers; one host-less URL.
    // Six headers of the odd ones (request and example), a `__proto__` one, which Node's fetch drops (request and example), and an apikey header.
    expect([count('PF114'), count('PF115'), count('PF116'), count('PF117')]).toEqual([2, 3, 9, 1]);
    expect(result.counts.endpoints).toBe(16);
  });

  it('types what is left: no body on GET/HEAD, no rejected header, exact strings for numbers out of range', () => {
    const types = read('src/types.ts');
    expect(types).not.toMatch(/SearchWithBodyBody|HeadWithBodyBody/);
    expect(types).toMatch(/export interface OddHeadersParams \{\s*headers\?: \{\s*'X-Param'\?: string;?\s*\};?\s*\}/);
    expect(types).not.toMatch(/disabled header|quoted|X-Crlf|X-Euro/);
    expect(types).toContain(
      '/** float: beyond the range of a double, delivered as a string as written */\n  big: string;',
    );
    expect(types).toMatch(/zero: number;/);
    expect(read('src/endpoints.ts')).toContain(`origin: '${SIGNED_HOST}'`);
    expect(read('src/endpoints.ts')).not.toContain('GE T');
    expect(read('src/endpoints.ts')).not.toContain('CONNECT');
  });

  it('fixtures keep Object.prototype names as plain keys', () => {
    const fixture = (
      JSON.parse(read('test/fixtures/proto-keys.json')) as {
        fixtures: Record<string, { input: { query: object; headers?: object; path: object }; data: object }>;
      }
    ).fixtures['0']!;
    expect(Object.entries(fixture.input.query)).toEqual([
      ['__proto__', '1'],
      ['constructor', '2'],
      ['toString', '3'],
    ]);
    expect(fixture.input.headers).toBeUndefined();
    expect(Object.entries(fixture.input.path)).toEqual([['constructor', 'c2']]);
    expect(Object.keys(fixture.data)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
  });

  it('type-checks, and its own fixture tests pass over the stub and over HTTP', () => {
    expect(typeErrors([dir])).toEqual([]);
    const output = execFileSync('npx', ['vitest', 'run', '--root', dir, '--reporter=dot'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // One test per fixture over the stub, one that replays them all over HTTP, one per saved example
    // served by the mock server, and again through MSW (but for endpoints on a host of their own), plus refusals;
    // the live contract check is one skipped test without its base URL.
    const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
    const [, passed, skipped, total] = /Tests +(\d+) passed \| (\d+) skipped \((\d+)\)/.exec(plain) ?? [];
    const saved = Object.values(readMockExamples(dir)).flat().length;
    expect(skipped).toBe('1');
    expect(Number(passed) + 1).toBe(Number(total));
    expect(Number(total)).toBeGreaterThanOrEqual(result.counts.tests + 2 + saved);
    // Each endpoint without a saved example is also checked to be refused, on each transport.
    expect(Number(total)).toBeLessThanOrEqual(result.counts.tests + 2 + 2 * (saved + result.counts.endpoints));
  }, 90_000);
});
