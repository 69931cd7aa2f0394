// Large collections get their types split by top-level folder, re-exported from src/types.ts,
// and the package still compiles as one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collection, folder, item } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const ok = { name: 'ok', code: 200, status: 'OK', header: [{ key: 'Content-Type', value: 'application/json' }], body: '{"id":"1","status":"active"}' };
const requests = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => item(`${prefix} ${i + 1}`, { url: `https://api.test/${prefix.toLowerCase()}/${i + 1}` }, [ok]));

describe('emit: split types', () => {
  let root: string;
  beforeAll(() => {
    root = repoTempDir('split-types-');
  });
  afterAll(() => removeDir(root));

  it('writes one types file per top-level folder above 150 endpoints, and the package type-checks', async () => {
    const result = await generatePackage(root, 'big', collection([folder('Customers', requests('Customer', 80)), folder('Invoices', requests('Invoice', 80)), ...requests('Ping', 1)]));
    expect(result.diagnostics.hasErrors()).toBe(false);
    const dir = path.join(root, 'big');
    for (const file of ['customers', 'invoices', '_requests']) expect(existsSync(path.join(dir, 'src', 'types', `${file}.ts`))).toBe(true);
    expect(readFileSync(path.join(dir, 'src', 'types.ts'), 'utf8')).toMatch(/export type \* from '\.\/types\/customers\.js';\s*export type \* from '\.\/types\/invoices\.js';\s*export type \* from '\.\/types\/_requests\.js';/);
    expect(typeErrors([dir])).toEqual([]);
  }, 60_000);

  it('keeps one src/types.ts for smaller collections', async () => {
    await generatePackage(root, 'small', collection([folder('Customers', requests('Customer', 3))]));
    expect(existsSync(path.join(root, 'small', 'src', 'types'))).toBe(false);
  });
});
