// Regenerating through the persistent cache: the second run formats and builds nothing and writes
// nothing; a cache that is damaged in every way we can think of, or was made by another postforge,
// still gives exactly the bytes of a run with no cache at all.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache, type CacheStore } from '../../generator/cache/store.js';
import { resolveCollection } from '../../generator/config.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { run, type RunResult } from '../../generator/pipeline.js';
import { tempDir } from '../helpers/collection.js';

const COLLECTION = path.join(PROJECT_ROOT, 'collections', 'zoho-bigin.postman_collection.json');

/** Counts lookups per kind and whether they hit. */
function counting(store: CacheStore) {
  const seen = { hits: new Map<string, number>(), misses: new Map<string, number>() };
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const wrapped: CacheStore = {
    get(kind, key) {
      const value = store.get(kind, key);
      add(value === undefined ? seen.misses : seen.hits, kind);
      return value;
    },
    set: (kind, key, value) => store.set(kind, key, value),
  };
  return { store: wrapped, seen };
}

async function generate(out: string, store?: CacheStore): Promise<RunResult> {
  const job = resolveCollection({ input: COLLECTION, out, name: 'zoho-bigin' }, PROJECT_ROOT);
  const result = await run(job, { check: false, formatCache: new Map(), ...(store ? { store } : {}) });
  expect(result.diagnostics.hasErrors()).toBe(false);
  return result;
}

const bytes = (r: RunResult) => new Map(r.files.map((f) => [f.path, f.content]));

function entryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

describe('incremental regeneration', () => {
  it('a second run hits the cache for every file and the build, and writes nothing', { timeout: 120_000 }, async () => {
    const cacheDir = tempDir('postforge-cache-');
    const out = path.join(tempDir(), 'out');
    const first = counting(openCache(cacheDir, 'salt'));
    const cold = await generate(out, first.store);
    expect(first.seen.hits.size).toBe(0);
    expect(first.seen.misses.get('format')).toBeGreaterThan(10);
    expect(first.seen.misses.get('build')).toBe(1);
    expect(cold.write?.written.length).toBe(cold.files.length);

    const second = counting(openCache(cacheDir, 'salt'));
    const again = await generate(out, second.store);
    expect(second.seen.misses.size).toBe(0);
    expect(second.seen.hits.get('format')).toBe(first.seen.misses.get('format'));
    expect(second.seen.hits.get('build')).toBe(1);
    expect(again.write?.written).toEqual([]);
    expect(bytes(again)).toEqual(bytes(cold));
  });

  it('a damaged cache or one from another postforge gives the bytes of a run with no cache', { timeout: 180_000 }, async () => {
    const reference = bytes(await generate(path.join(tempDir(), 'ref')));
    const cacheDir = tempDir('postforge-cache-');
    await generate(path.join(tempDir(), 'fill'), openCache(cacheDir, 'salt'));
    const files = entryFiles(cacheDir);
    expect(files.length).toBeGreaterThan(10);
    // Every entry damaged one way or another: truncated, a byte of the value changed, swapped with
    // another key's entry, emptied.
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    files.forEach((file, i) => {
      const text = texts[i]!;
      const damaged = [
        text.slice(0, Math.max(1, text.length >> 1)),
        text.slice(0, -1) + (text.endsWith('x') ? 'y' : 'x'),
        texts[(i + 1) % texts.length]!,
        '',
      ][i % 4]!;
      writeFileSync(file, damaged);
    });
    const damaged = counting(openCache(cacheDir, 'salt'));
    expect(bytes(await generate(path.join(tempDir(), 'damaged'), damaged.store))).toEqual(reference);
    expect(damaged.seen.hits.size).toBe(0);

    // Entries made by another postforge (another fingerprint) are never read as ours.
    const refilled = tempDir('postforge-cache-');
    await generate(path.join(tempDir(), 'other'), openCache(refilled, 'another postforge'));
    const other = counting(openCache(refilled, 'salt'));
    expect(bytes(await generate(path.join(tempDir(), 'after-other'), other.store))).toEqual(reference);
    expect(other.seen.hits.size).toBe(0);
  });
});
