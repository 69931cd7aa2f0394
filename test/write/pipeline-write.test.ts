// The write guarantees through a whole run: a real collection regenerated into a folder that is not
// postforge's is refused with nothing touched, and a package regenerates over itself unchanged.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collection, item, tempDir } from '../helpers/collection.js';
import { generatePackage } from '../helpers/package.js';
import { seed, tree } from '../helpers/tree.js';

const api = collection([item('Get user', { url: '{{base}}/users/1' }, [])]);

describe('run(): writing', () => {
  it('refuses to generate into a folder of the user\'s files, and touches none of them', async () => {
    const root = tempDir();
    seed(path.join(root, 'users'), { 'README.md': 'my notes', 'src/index.ts': 'my code' });
    const before = tree(root);
    const result = await generatePackage(root, 'users', api);
    expect(result.diagnostics.all.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['PF151']);
    expect(result.write).toBeNull();
    // Only the collection file generatePackage wrote is new.
    expect(tree(root)).toEqual({ ...before, 'users.postman_collection.json': expect.any(String) as string });
  });

  it('writes a package with its marker, and regenerating it over itself changes nothing', async () => {
    const root = tempDir();
    const first = await generatePackage(root, 'users', api);
    expect(first.diagnostics.hasErrors()).toBe(false);
    expect(existsSync(path.join(root, 'users', 'postforge.names.json'))).toBe(true);
    const second = await generatePackage(root, 'users', api);
    expect(second.diagnostics.hasErrors()).toBe(false);
    expect(second.write).toEqual({ written: [], unchanged: first.write!.written, removed: [] });
  });
});
