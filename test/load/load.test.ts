import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../generator/diagnostics.js';
import { load } from '../../generator/load/load.js';
import { collection, item, SCHEMA_V20, tempDir, writeTemp } from '../helpers/collection.js';

const oneRequest = [item('Ping', { url: 'https://api.example.com/ping' })];

/**
 * Runs load() on `content` written to a temp file (or on a path that does not exist when content is
 * undefined). load() must never throw: bad input is reported, so a throw fails the test here.
 */
function loadContent(content: unknown, environments: readonly string[] = []) {
  const file = content === undefined ? path.join(tempDir(), 'missing.postman_collection.json') : writeTemp(content);
  const diagnostics = createDiagnostics();
  const loaded = load({ file, environments }, diagnostics);
  return { file, loaded, diagnostics };
}

describe('load: which inputs are accepted', () => {
  type Case = [string, { given: unknown; want: { loads: boolean; code?: string; message?: RegExp; pointer?: string } }];
  const cases: Case[] = [
    ['a v2.1 collection', { given: collection(oneRequest), want: { loads: true } }],
    ['a v2.0 collection', { given: collection(oneRequest, {}, SCHEMA_V20), want: { loads: true } }],
    ['a v2.1 collection with a byte order mark', { given: '\uFEFF' + JSON.stringify(collection(oneRequest)), want: { loads: true } }],
    ['a JSON array', { given: '[1, 2, 3]', want: { loads: false, code: 'PF003', message: /not a JSON object/ } }],
    ['a JSON string', { given: '"hello"', want: { loads: false, code: 'PF003', message: /not a JSON object/ } }],
    ['JSON null', { given: 'null', want: { loads: false, code: 'PF003' } }],
    ['invalid JSON', { given: '{ "info": { "name": "x", ', want: { loads: false, code: 'PF002' } }],
    ['an empty file', { given: '', want: { loads: false, code: 'PF002' } }],
    ['a file that does not exist', { given: undefined, want: { loads: false, code: 'PF001', message: /ENOENT/ } }],
    ['an OpenAPI document', { given: { openapi: '3.0.0' }, want: { loads: false, code: 'PF003', message: /OpenAPI/, pointer: '' } }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    const { file, loaded, diagnostics } = loadContent(given);
    if (want.loads) {
      expect(diagnostics.all).toEqual([]);
      expect(loaded).toMatchObject({ file, environments: [] });
      return;
    }
    expect(loaded).toBeNull();
    expect(diagnostics.all).toHaveLength(1);
    const [d] = diagnostics.all;
    expect(d).toMatchObject({ code: want.code, severity: 'error', file });
    if (want.message) expect(d!.message).toMatch(want.message);
    if (want.pointer !== undefined) expect(d!.pointer).toBe(want.pointer);
    expect(d!.help).not.toBe('');
  });

  it('converts a v1 collection to v2.1, says so (PF110, info), and keeps the request ids', () => {
    const v1 = {
      id: '1b2c',
      name: 'Old API',
      order: ['r1'],
      folders: [],
      requests: [{ id: 'r1', name: 'List users', url: 'https://api.example.com/users?page=2', method: 'GET', headers: 'Accept: application/json\n', collectionId: '1b2c' }],
    };
    const { loaded, diagnostics } = loadContent(v1);
    expect(diagnostics.all.map((d) => [d.code, d.severity])).toEqual([['PF110', 'info']]);
    expect(loaded?.raw).toMatchObject({ info: { schema: expect.stringContaining('/v2.1.0/') }, item: [{ id: 'r1', name: 'List users', request: { method: 'GET' } }] });
    expect(loaded?.collection.items.all().map((i) => i.name)).toEqual(['List users']);
  });

  it('keeps the raw JSON as written, ids included', () => {
    const { loaded } = loadContent(collection([{ ...item('Ping', { url: 'https://api.example.com/ping' }), id: 'item-id-1' }]));
    expect(loaded?.raw.item).toMatchObject([{ id: 'item-id-1', name: 'Ping' }]);
  });
});

describe('load: environments', () => {
  const envFile = (dir: string, name: string, content: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };

  it('reads enabled and disabled values, and the environment name', () => {
    const dir = tempDir();
    const env = envFile(dir, 'prod.postman_environment.json', {
      name: 'Production',
      values: [
        { key: 'base', value: 'https://api.example.com', enabled: true },
        { key: 'off', value: 'x', enabled: false },
        { key: 'num', value: 7 },
        { value: 'no key' },
      ],
    });
    const { loaded, diagnostics } = loadContent(collection(oneRequest), [env]);
    expect(diagnostics.all).toEqual([]);
    expect(loaded).toMatchObject({
      environments: [
        {
          file: env,
          name: 'Production',
          values: [
            { key: 'base', value: 'https://api.example.com', enabled: true },
            { key: 'off', value: 'x', enabled: false },
            { key: 'num', value: '7', enabled: true },
          ],
        },
      ],
    });
  });

  it('names an environment without a name after its file', () => {
    const env = envFile(tempDir(), 'staging.postman_environment.json', { values: [] });
    const { loaded } = loadContent(collection(oneRequest), [env]);
    expect(loaded).toMatchObject({ environments: [{ name: 'staging' }] });
  });

  type Case = [string, { given: unknown; want: { code: string; pointer?: string } }];
  const bad: Case[] = [
    ['no values array', { given: { name: 'E', variables: [] }, want: { code: 'PF005', pointer: '/values' } }],
    ['values is an object', { given: { name: 'E', values: {} }, want: { code: 'PF005', pointer: '/values' } }],
    ['a JSON array', { given: [], want: { code: 'PF005' } }],
    ['JSON null', { given: 'null', want: { code: 'PF005' } }],
    ['invalid JSON', { given: '{ "values": [', want: { code: 'PF002' } }],
  ];
  it.each(bad)('a bad environment fails the load: %s', (_, { given, want }) => {
    const env = envFile(tempDir(), 'bad.postman_environment.json', given);
    const { loaded, diagnostics } = loadContent(collection(oneRequest), [env]);
    expect(loaded).toBeNull();
    expect(diagnostics.all.map((d) => ({ code: d.code, file: d.file }))).toEqual([{ code: want.code, file: env }]);
    if (want.pointer) expect(diagnostics.all[0]!.pointer).toBe(want.pointer);
  });

  it('a missing environment file is PF001 and fails the load', () => {
    const missing = path.join(tempDir(), 'nope.postman_environment.json');
    const { loaded, diagnostics } = loadContent(collection(oneRequest), [missing]);
    expect(loaded).toBeNull();
    expect(diagnostics.all.map((d) => [d.code, d.file])).toEqual([['PF001', missing]]);
  });
});
