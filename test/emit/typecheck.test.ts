// The generated package must type-check under strict settings, whatever the collection calls things.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collection, example, folder, item, url, type JsonObject } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';
import type { FormatCache } from '../../generator/format/format.js';

const ok = (name = 'ok', body = '{"id":"1"}') => example({ name, code: 200, header: [{ key: 'Content-Type', value: 'application/json' }], body });
const get = (name: string, path = name.replace(/[^a-z0-9]+/gi, '-') || 'x', extra: Partial<Parameters<typeof item>[1]> = {}) => item(name, { url: `https://api.test/${encodeURIComponent(path)}`, ...extra }, [ok()]);

/** Collections whose packages type-check today. */
const passing: Array<[string, JsonObject]> = [
  [
    'reserved words, leading digits, non-ASCII and punctuation-only names',
    collection([
      folder('2024 API', [get('24hr ticker'), get('class'), get('delete'), get('1')]),
      folder('Usuários', [get('Usuário'), get('Créer un contact'), get('日本語')]),
      folder('***', [get('!!!'), get('***', 'stars')]),
      get('createClient', 'cc'),
      get('Client', 'client'),
      get('environments', 'envs'),
      get('Runtime', 'rt'),
    ]),
  ],
  [
    'the same name in many folders, and methods',
    collection([
      folder('V2', [folder('Records API', [folder('Update Records', [item('Leads', { method: 'PUT', url: 'https://api.test/crm/v2/Leads/{{record-id}}' }, [ok()])]), folder('Mass Update Records', [item('Leads', { method: 'POST', url: 'https://api.test/crm/v2/Leads/actions/mass_update' }, [ok()])])])]),
      folder('V2.1', [folder('Records API', [folder('Mass Update Records', [item('Leads', { method: 'POST', url: 'https://api.test/crm/v2.1/Leads/actions/mass_update' }, [ok()])])])]),
      item('Leads', { method: 'GET', url: 'https://api.test/leads' }, [ok()]),
      item('Leads', { method: 'DELETE', url: 'https://api.test/leads' }, [ok()]),
    ]),
  ],
  [
    'params whose names are not identifiers',
    collection([
      item(
        'Get thing',
        {
          url: url('https://api.test/things/:thing-id/{{sub_id}}?page-size=10&class=1&%24filter=x', { variable: [{ key: 'thing-id', value: '7' }] }),
          header: [{ key: 'X-Request-Id', value: '' }, { key: 'If-None-Match', value: '{{etag}}' }],
        },
        [ok()],
      ),
    ]),
  ],
];

/**
 * Collections that once broke the generated packages (each is the smallest input that showed it).
 */
const failing: Array<[string, JsonObject]> = [
  // Regression: function names are not kept clear of the names the generated files declare or import
  // themselves: `specs` (endpoints.ts), `createRuntime` (client.ts import), `options`/`params`
  // (shadowed by the arrow's own parameters in client.ts), `fetch` (`typeof fetch` in ClientOptions).
  ['an item named "Specs"', collection([get('Specs')])],
  ['an item named "Create runtime"', collection([get('Create runtime')])],
  ['an item named "Options"', collection([get('Options')])],
  ['an item named "Params"', collection([get('Params')])],
  ['an item named "Fetch"', collection([get('Fetch')])],
  // Regression: "24hr ticker params" becomes the function `_24hrTickerParams`, which is also the type name
  // of "24hr ticker"'s params (type names and function names both got `_` before a digit, into one namespace).
  ['items named "24hr ticker" and "24hr ticker params"', collection([get('24hr ticker', 't'), get('24hr ticker params', 'tp')])],
  // Regression: a repeated query key (`?id=1&id=2`, how Postman writes arrays) becomes two `id` members of the query type.
  ['a repeated query key', collection([item('List', { url: 'https://api.test/items?id=1&id=2' }, [ok()])])],
];

describe('emit: generated packages type-check', () => {
  let root: string;
  const dirs = new Map<string, string>();
  beforeAll(async () => {
    root = repoTempDir('typecheck-');
    const formatCache: FormatCache = new Map();
    for (const [index, [name, doc]] of passing.entries()) {
      const result = await generatePackage(root, `pkg-${index}`, doc, formatCache);
      if (result.diagnostics.hasErrors()) throw new Error(`${name}: ${result.diagnostics.all.map((d) => d.message).join('; ')}`);
      dirs.set(name, result.job.out);
    }
    // Each package is also built (dist/), about a second each on a loaded machine.
  }, 90_000);
  afterAll(() => removeDir(root));

  it('every package, compiled together under the packages\' strict tsconfig', () => {
    expect(dirs.size).toBe(passing.length);
    expect(typeErrors([...dirs.values()])).toEqual([]);
  }, 20_000);

  it.each(failing)('%s', async (name, doc) => {
    const dir = repoTempDir('typecheck-bug-');
    try {
      const result = await generatePackage(dir, 'bug', doc);
      expect(result.diagnostics.hasErrors()).toBe(false);
      expect(typeErrors([result.job.out])).toEqual([]);
    } finally {
      removeDir(dir);
    }
  }, 20_000);
});
