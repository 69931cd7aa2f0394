// A package generated from a collection whose folder, item, parameter and key names are all the
// awkward names of the naming rules (Unicode, emoji, combining marks, RTL text, reserved words,
// leading digits, 300 characters, Windows device names, case-only and NFC/NFD duplicates, paths, and
// names that spell another request's type or file): it type-checks and its own fixture tests pass.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../generator/pipeline.js';
import { MAX_FILE_NAME_BYTES } from '../../generator/plan/file-names.js';
import { runFixture, runFixturesOverHttp, type FixtureDriver, type FixtureFile } from '../../templates/test/harness.js';
import { collection, example, folder, item, url } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const NAMES = [
  'Area m²',
  '🚀 Launch 🚀',
  '😀',
  'Cafe\u0301',
  'Caf\u00e9',
  'שלום עולם',
  'مرحبا',
  'x\u0303 combining',
  '\u0303 leading mark',
  'class',
  'delete',
  '24hr Stats',
  'T 24hr Stats',
  '24hr Stats Params',
  'CON',
  'nul',
  'Com1',
  'Get User',
  'get user',
  'GET_USER',
  'a'.repeat(300),
  `${'a'.repeat(300)} b`,
  '../../etc/passwd',
  '/abs/path',
  '.github/workflows',
  'Create Client',
  'then',
  '__proto__',
  'constructor',
  '用户',
  'T用户',
];

/** One GET per name, with a path parameter and a JSON response keyed by the same awkward names. */
const request = (name: string, i: number) =>
  item(name, { url: url(`https://api.test/r${i}/:${encodeURIComponent(name)}`, { variable: [{ key: name, value: `v${i}` }] }) }, [
    example({
      name,
      code: 200,
      language: 'json',
      header: [{ key: 'Content-Type', value: 'application/json' }],
      body: JSON.stringify({ [name]: i, nested: { [name.toUpperCase()]: [name] } }),
    }),
  ]);

/**
 * Optional query, header and form fields named like members every object inherits: their types must
 * still accept the saved request that leaves them out (TypeScript compares the inherited `toString`).
 */
const inherited = (() => {
  const it = item('Inherited member names', {
    method: 'POST',
    url: url('https://api.test/inherited?q=x', { query: [{ key: 'q', value: 'x' }, { key: 'toString', value: '1', disabled: true }, { key: 'valueOf', value: '2', disabled: true }] }),
    header: [{ key: 'constructor', value: 'c', disabled: true }],
  }, [example({ name: 'ok', code: 200, language: 'json', header: [{ key: 'Content-Type', value: 'application/json' }], body: '{"ok":true}' })]);
  (it['request'] as Record<string, unknown>)['body'] = { mode: 'urlencoded', urlencoded: [{ key: 'name', value: 'n' }, { key: 'hasOwnProperty', value: 'h', disabled: true }] };
  return it;
})();

const hostileNames = collection([
  ...NAMES.map(request),
  inherited,
  folder('Folder', NAMES.slice(0, 10).map((n, i) => request(n, 100 + i))),
  // Folders with the awkward names: top-level groups, so also the types chunk names of large collections.
  ...NAMES.slice(10, 20).map((n, i) => folder(n, [request('List', 200 + i)])),
]);

describe('emit: a package from awkward names', () => {
  let root: string;
  let result: RunResult;
  beforeAll(async () => {
    root = repoTempDir('hostile-names-');
    result = await generatePackage(root, 'names', hostileNames);
  }, 120_000);
  afterAll(() => removeDir(root));

  it('generates without errors', () => {
    expect(result.diagnostics.all.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });

  it('admits what an object inherits in optional members named like it', () => {
    const types = readFileSync(path.join(result.job.out, 'src', 'types.ts'), 'utf8');
    expect(types).toMatch(/toString\?: [^;]*\| Object\['toString'\]/);
    expect(types).toMatch(/hasOwnProperty\?: string \| Object\['hasOwnProperty'\]/);
  });

  it('type-checks under the package\'s strict tsconfig', () => {
    expect(typeErrors([result.job.out])).toEqual([]);
  }, 120_000);

  it('writes one bounded, portable fixture file per request, unique however a file system compares names', () => {
    const files = readdirSync(path.join(result.job.out, 'test', 'fixtures'));
    expect(files).toHaveLength(NAMES.length + 21);
    expect(new Set(files.map((f) => f.normalize('NFC').toLowerCase())).size).toBe(files.length);
    for (const file of files) {
      expect(Buffer.byteLength(file), file).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(file, file).toMatch(/^[\p{L}\p{N}\p{M}_-]+\.json$/u);
      expect(file.split('.')[0], file).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    }
  });

  it('its own fixture tests pass, over a stubbed fetch and over HTTP', async () => {
    const { cases } = (await import(pathToFileURL(path.join(result.job.out, 'test', 'cases.ts')).href)) as {
      cases: ReadonlyArray<{ file: FixtureFile; driver: FixtureDriver<unknown> }>;
    };
    expect(cases).toHaveLength(NAMES.length + 21);
    for (const { file, driver } of cases) for (const fx of file.fixtures) await runFixture(fx, driver);
    await runFixturesOverHttp(cases.flatMap(({ file, driver }) => file.fixtures.map((fx) => ({ fx, driver }))));
  }, 120_000);
});
