// Regenerating through the persistent cache: the second run formats and builds nothing and writes
// nothing; a cache that is damaged in every way we can think of, or was made by another postforge,
// still gives exactly the bytes of a run with no cache at all.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  it(
    'a second run replays the first: no stage runs, nothing is written, the same diagnostics',
    { timeout: 120_000 },
    async () => {
      const cacheDir = tempDir('postforge-cache-');
      const out = path.join(tempDir(), 'out');
      const first = counting(openCache(cacheDir, 'salt'));
      const cold = await generate(out, first.store);
      expect(first.seen.hits.size).toBe(0);
      expect(first.seen.misses.get('replay')).toBe(1);
      expect(first.seen.misses.get('format')).toBeGreaterThan(10);
      // Fixtures, schemas and the API summary, printed by data-text.ts: looked up (and then kept) like the rest.
      const data = cold.files.filter((f) => f.path.endsWith('.json') && !f.path.endsWith('package.json') && !f.path.startsWith('dist/'));
      expect(first.seen.misses.get('format')).toBeGreaterThan(data.length);
      const sources = cold.files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts')).length;
      expect(first.seen.misses.get('build-esm')).toBe(sources);
      expect(first.seen.misses.get('build-cjs')).toBe(sources);
      expect(cold.write?.written.length).toBe(cold.files.length);

      const second = counting(openCache(cacheDir, 'salt'));
      const again = await generate(out, second.store);
      expect([...second.seen.hits]).toEqual([['replay', 1]]);
      expect(second.seen.misses.size).toBe(0);
      expect(again.timings.map(([stage]) => stage)).toEqual(['replay']);
      expect(again.write).toEqual({ written: [], unchanged: cold.files.map((f) => f.path), removed: [] });
      expect(bytes(again)).toEqual(bytes(cold));
      expect(again.diagnostics.all).toEqual(cold.diagnostics.all);
      expect(again.diagnostics.all.length).toBeGreaterThan(0);
      expect(again.counts).toEqual(cold.counts);
      const checked = await run(again.job, { check: true, formatCache: new Map(), store: openCache(cacheDir, 'salt') });
      expect(checked.timings.map(([stage]) => stage)).toEqual(['replay']);
      expect(checked.check).toEqual({ changed: [], stale: [] });
    },
  );

  it(
    'an edited, added or removed file in the folder means a full run, from the format and build caches, that mends it',
    { timeout: 120_000 },
    async () => {
      const cacheDir = tempDir('postforge-cache-');
      const out = path.join(tempDir(), 'out');
      const cold = await generate(out, openCache(cacheDir, 'salt'));
      writeFileSync(path.join(out, 'README.md'), readFileSync(path.join(out, 'README.md'), 'utf8') + 'edited\n');
      writeFileSync(path.join(out, 'extra.txt'), 'not ours\n');
      const checked = await run(cold.job, { check: true, formatCache: new Map(), store: openCache(cacheDir, 'salt') });
      expect(checked.check).toEqual({ changed: ['README.md'], stale: ['extra.txt'] });
      const mend = counting(openCache(cacheDir, 'salt'));
      const mended = await generate(out, mend.store);
      // The entry is found, but the folder no longer holds its files: a full run, with every file formatted before.
      expect(mend.seen.hits.get('replay')).toBe(1);
      expect(mend.seen.misses.has('format')).toBe(false);
      // The data files data-text.ts printed are kept with prettier's output: every JSON file hits too.
      const jsonFiles = cold.files.filter((f) => f.path.endsWith('.json') && !f.path.endsWith('package.json') && !f.path.startsWith('dist/'));
      expect(jsonFiles.length).toBeGreaterThan(3);
      expect(mend.seen.hits.get('format')).toBeGreaterThanOrEqual(jsonFiles.length);
      const sources = cold.files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts')).length;
      expect(mend.seen.hits.get('build-esm')).toBe(sources);
      expect(mend.seen.hits.get('build-cjs')).toBe(sources);
      expect(mend.seen.misses.has('build-esm')).toBe(false);
      expect(mended.timings.map(([stage]) => stage)).toContain('load');
      expect(mended.write).toMatchObject({ written: ['README.md'], removed: ['extra.txt'] });
      expect(bytes(mended)).toEqual(bytes(cold));
      rmSync(path.join(out, 'src', 'index.ts'));
      const again = await generate(out, openCache(cacheDir, 'salt'));
      expect(again.write?.written).toEqual(['src/index.ts']);
      // A changed input is a full run too: the key holds the collection's bytes.
      const changed = path.join(tempDir(), 'bigin.postman_collection.json');
      writeFileSync(changed, readFileSync(COLLECTION, 'utf8').replace('"Add records"', '"Add some records"'));
      const job = resolveCollection({ input: changed, out, name: 'zoho-bigin' }, PROJECT_ROOT);
      const other = await run(job, { check: true, formatCache: new Map(), store: openCache(cacheDir, 'salt') });
      expect(other.timings.map(([stage]) => stage)).toContain('load');
      expect(other.check?.changed.length).toBeGreaterThan(0);
    },
  );

  it(
    'a damaged cache or one from another postforge gives the bytes of a run with no cache',
    { timeout: 180_000 },
    async () => {
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
    },
  );
});
