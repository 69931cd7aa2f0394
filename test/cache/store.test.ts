// The persistent cache returns a value only when its entry checks out in full: anything else on
// disk at an entry's place (truncated, altered, another key's entry, another postforge's) is a miss.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../generator/cache/store.js';
import { tempDir } from '../helpers/collection.js';

/** Every entry file under the cache folder. */
function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => /[0-9a-f]{64}$/.test(f));
}

describe('cache store', () => {
  it('gives back what was stored, per kind and key', () => {
    const store = openCache(tempDir(), 'salt');
    store.set('format', 'a', 'formatted a\n');
    store.set('build', 'a', 'built a');
    expect(store.get('format', 'a')).toBe('formatted a\n');
    expect(store.get('build', 'a')).toBe('built a');
    expect(store.get('format', 'b')).toBeUndefined();
  });

  it('misses for another salt (another postforge, prettier or TypeScript)', () => {
    const dir = tempDir();
    openCache(dir, 'one').set('format', 'a', 'x');
    expect(openCache(dir, 'two').get('format', 'a')).toBeUndefined();
    expect(openCache(dir, 'one').get('format', 'a')).toBe('x');
  });

  const damages: Array<[string, (text: string) => string]> = [
    ['truncated', (t) => t.slice(0, t.length - 3)],
    ['truncated inside the header', (t) => t.slice(0, 20)],
    ['empty', () => ''],
    ['one byte of the value altered', (t) => t.slice(0, -2) + (t.at(-2) === 'z' ? 'y' : 'z') + t.at(-1)],
    ['bytes appended', (t) => t + 'more'],
    ['not an entry at all', () => '\u0000\u0001garbage'],
  ];
  it.each(damages)('misses on an entry %s', (_, damage) => {
    const dir = tempDir();
    const store = openCache(dir, 'salt');
    store.set('format', 'key', 'the formatted text, long enough to cut\n');
    const [file] = entries(dir);
    writeFileSync(file!, damage(readFileSync(file!, 'utf8')));
    expect(store.get('format', 'key')).toBeUndefined();
  });

  it("misses on another key's entry put in its place", () => {
    const dir = tempDir();
    const store = openCache(dir, 'salt');
    store.set('format', 'one', 'value one');
    store.set('format', 'two', 'value two');
    const [a, b] = entries(dir);
    writeFileSync(a!, readFileSync(b!));
    const misses = ['one', 'two'].filter((k) => store.get('format', k) === undefined);
    expect(misses).toHaveLength(1);
  });

  it('overwrites a damaged entry with a good one', () => {
    const dir = tempDir();
    const store = openCache(dir, 'salt');
    store.set('format', 'key', 'value');
    writeFileSync(entries(dir)[0]!, 'broken');
    store.set('format', 'key', 'value');
    expect(store.get('format', 'key')).toBe('value');
  });

  it('a folder it cannot write to only means no caching', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), '');
    const store = openCache(path.join(dir, 'file', 'cache'), 'salt');
    expect(() => store.set('format', 'key', 'value')).not.toThrow();
    expect(store.get('format', 'key')).toBeUndefined();
  });

  it('no folder: nothing kept', () => {
    const store = openCache(null, 'salt');
    store.set('format', 'key', 'value');
    expect(store.get('format', 'key')).toBeUndefined();
  });
});
