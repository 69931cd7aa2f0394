import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../generator/diagnostics.js';
import { load } from '../../generator/load/load.js';
import { normalize } from '../../generator/normalize/normalize.js';
import { item, writeCollection } from '../helpers/collection.js';

describe('normalize: an item the SDK still fails on', () => {
  it('is left out with PF016 at its pointer; the other items are kept and nothing is thrown', () => {
    const diagnostics = createDiagnostics();
    const loaded = load({ file: writeCollection([item('A', { url: 'https://x.test/a' }), item('B', { url: 'https://x.test/b' })]), environments: [] }, diagnostics)!;
    // Stands for any SDK method that throws on input load's checks did not foresee.
    const [first] = loaded.collection.items.all() as Array<{ request: { url: { toString(): string } } }>;
    first!.request.url.toString = () => {
      throw new TypeError('unforeseen');
    };
    const api = normalize(loaded, diagnostics);
    expect(api.endpoints.map((e) => e.name)).toEqual(['B']);
    expect(diagnostics.all.map((d) => [d.code, d.pointer, d.itemPath.join(' / ')])).toEqual([['PF016', '/item/0', 'A']]);
    expect(diagnostics.all[0]!.message).toMatch(/unforeseen.*postforge bug/);
  });
});
