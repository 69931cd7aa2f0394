// End to end: integers beyond 2^53 in a collection's bodies are typed, fixtured and delivered
// with every digit, and the generated package's own fixture tests pass on them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { collection, example, item } from '../helpers/collection.js';
import { MOCK_EXAMPLES_PATH, parseMockExamples } from '../helpers/mock-examples.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const JSON_HEADER = [{ key: 'Content-Type', value: 'application/json' }];
const REQUEST = '{"account_id": 12345678901234567891, "status": "PENDING_REVIEW", "amount": 12}';
const RESPONSE = '{"id": 98765432109876543210, "ids": [1, 9007199254740993], "name": "x", "code": "ACCOUNT_CREATED"}';

describe('numbers beyond 2^53, end to end', () => {
  let root: string;
  let dir: string;
  beforeAll(async () => {
    root = repoTempDir('exact-numbers-');
    dir = path.join(root, 'exact');
    const request = { method: 'POST', url: 'https://api.test/accounts', header: JSON_HEADER, body: { raw: REQUEST, language: 'json' } };
    const result = await generatePackage(root, 'exact', collection([item('Create account', request, [example({ name: 'created', code: 201, originalRequest: request, header: JSON_HEADER, body: RESPONSE })])]));
    expect(result.diagnostics.all.filter((d) => d.severity === 'error')).toEqual([]);
  }, 30_000);
  afterAll(() => removeDir(root));

  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

  it('types them as strings with a note, and request bodies take a bigint', () => {
    const types = read('src/types.ts');
    expect(types).toContain('/** int64: beyond 2^53; a bigint is sent as a bare number with every digit, a string as a JSON string */\n  account_id: string | bigint;');
    expect(types).toContain("status: 'PENDING_REVIEW' | (string & {});");
    expect(types).toContain('/** int64: beyond 2^53, delivered as a string with every digit */\n  id: string;');
    expect(types).toContain('/** int64 (each item): beyond 2^53, delivered as a string with every digit */\n  ids: Array<string | number>;');
    expect(types).toContain("code: 'ACCOUNT_CREATED' | (string & {});");
  });

  it('fixtures hold every digit, and serve the body as written', () => {
    const fixture = (JSON.parse(read('test/fixtures/create-account.json')) as { fixtures: Array<{ data: unknown; input: { body: unknown }; example: number }> }).fixtures[0]!;
    expect(fixture.data).toEqual({ id: '98765432109876543210', ids: [1, '9007199254740993'], name: 'x', code: 'ACCOUNT_CREATED' });
    expect(fixture.input.body).toEqual({ account_id: '12345678901234567891', status: 'PENDING_REVIEW', amount: 12 });
    // The served body lives once, in the package's examples (src/mocks/examples.ts).
    expect(Object.values(parseMockExamples(read(MOCK_EXAMPLES_PATH)))[0]![fixture.example]!.body).toBe(RESPONSE);
  });

  it('type-checks, and its fixture tests pass', () => {
    expect(typeErrors([dir])).toEqual([]);
    const output = execFileSync('npx', ['vitest', 'run', '--root', dir, '--reporter=dot'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // The fixture over the stub and over HTTP, then the mocks serving it (node:http and MSW).
    expect(output).toMatch(/4 passed/);
  }, 60_000);
});
