// End to end: a collection with something wrong in most of its items still generates, from the
// items that can be read, a package that type-checks and passes its own fixture tests.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCollection } from '../../generator/config.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { run, type RunResult } from '../../generator/pipeline.js';
import { example, item, SCHEMA_V21 } from '../helpers/collection.js';
import { removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const JSON_HEADER = [{ key: 'Content-Type', value: 'application/json' }];
/** `{"a":{"a":…{"a":1}…}}` nested `levels` deep. */
const nested = (levels: number) => '{"a":'.repeat(levels - 1) + '{"a":1}' + '}'.repeat(levels - 1);
const folders = (levels: number, inner: object): object => (levels === 0 ? inner : { name: `Level ${levels}`, item: [folders(levels - 1, inner)] });

const items = [
  null,
  42,
  { name: 'No method', request: { url: 'https://api.test/things' } },
  { name: 'Plain URL', request: 'https://api.test/plain' },
  { name: 'Bad parts', request: { method: 'POST', url: 'https://api.test/parts', header: [null, { key: 'X-Ok', value: 'yes' }, { key: 'X-Obj', value: { a: 1 } }], body: 7, auth: 'bearer' } },
  { name: 'Broken request', request: 5 },
  { name: 'Neither' },
  { name: 'Folder with items', items: [item('Inside', { url: 'https://api.test/inside' }, [example({ name: 'ok', header: JSON_HEADER, body: '{"ok":true}' })])] },
  item('Deep body', { method: 'POST', url: 'https://api.test/deep', header: JSON_HEADER, body: { raw: nested(70), language: 'json' } }, [
    example({ name: 'deepest parsed', header: JSON_HEADER, body: nested(64) }),
    example({ name: 'too deep', code: 201, header: JSON_HEADER, body: nested(65) }),
  ]),
  {
    ...item('Examples', { url: 'https://api.test/examples' }),
    response: [null, { name: 'bad code', code: 'x', header: 3, body: '{"n":1}' }, example({ name: 'fine', header: JSON_HEADER, body: '{"n":2}' })],
  },
  folders(40, item('Too deep', { url: 'https://api.test/too-deep' })),
  folders(32, item('Deepest kept', { url: 'https://api.test/deepest' })),
];

describe('a partly bad collection, end to end', () => {
  let root: string;
  let dir: string;
  let result: RunResult;
  beforeAll(async () => {
    root = repoTempDir('partly-bad-');
    dir = path.join(root, 'partly-bad');
    const input = path.join(root, 'partly-bad.postman_collection.json');
    // A byte-order mark, `items` at the top and a key written twice, as hand-edited exports have them.
    const text = JSON.stringify({ info: { name: 'Partly bad', schema: SCHEMA_V21 }, items }).replace('"info":{', '"info":{"name":"first",');
    writeFileSync(input, '\uFEFF' + text);
    result = await run(resolveCollection({ input, out: dir, name: 'partly-bad' }, root), { check: false, formatCache: new Map() });
  }, 60_000);
  afterAll(() => removeDir(root));

  it('reports each problem at its pointer, errors none', () => {
    const found = result.diagnostics.all.map((d) => `${d.code} ${d.pointer}`);
    expect(result.diagnostics.hasErrors()).toBe(false);
    for (const want of [
      'PF010 /info/name',
      'PF011 /items',
      'PF016 /items/0',
      'PF016 /items/1',
      'PF013 /items/2/request/method',
      'PF015 /items/4/request/header/0',
      'PF015 /items/4/request/header/2/value',
      'PF015 /items/4/request/body',
      'PF015 /items/4/request/auth',
      'PF016 /items/5/request',
      'PF016 /items/6',
      'PF011 /items/7/items',
      'PF101 /items/8/request/body/raw',
      'PF018 /items/8/response/1/body',
      'PF015 /items/9/response/0',
      'PF015 /items/9/response/1/code',
      'PF015 /items/9/response/1/header',
    ]) {
      expect(found).toContain(want);
    }
    expect(found.filter((f) => f.startsWith('PF017'))).toHaveLength(1);
  });

  it('generates every readable request', () => {
    // No method, Plain URL, Bad parts, Inside, Deep body, Examples, Deepest kept (not: Broken request, Neither, Too deep).
    expect(result.counts.endpoints).toBe(7);
    // Deep body keeps its 64-deep example and leaves the 65-deep one out; Examples keeps two of three.
    expect(result.counts.examples).toBe(4);
  });

  it('type-checks, and its fixture tests pass', () => {
    expect(typeErrors([dir])).toEqual([]);
    const output = execFileSync('npx', ['vitest', 'run', '--root', dir, '--reporter=dot'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/passed/);
    expect(output).not.toMatch(/failed/);
  }, 120_000);
});
