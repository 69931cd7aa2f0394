// The build stage through the persistent cache: the same package sources (every file the build
// reads from the package, by path and bytes) with the same postforge and TypeScript build the same
// dist/, so a successful build is stored and reused. A failed build is never stored: it reruns and
// reports its problems every time. An entry that does not parse as the files of a build is a miss.
import type { CacheStore } from '../cache/store.js';
import type { OutputFile } from '../emit/emit.js';
import { build, type BuildCache, type BuildResult } from './build.js';

export function cachedBuild(files: readonly OutputFile[], libs: BuildCache, store: CacheStore | undefined): BuildResult {
  if (!store) return build(files, libs);
  const key = JSON.stringify(files.map((f) => [f.path, f.content]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)));
  const hit = parseEntry(store.get('build', key));
  if (hit) return { files: hit, problems: [] };
  const result = build(files, libs);
  if (!result.problems.length) store.set('build', key, JSON.stringify(result.files.map((f) => [f.path, f.content])));
  return result;
}

function parseEntry(text: string | undefined): OutputFile[] | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || !value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string')) return null;
    return (value as Array<[string, string]>).map(([path, content]) => ({ path, content, parser: null }));
  } catch {
    return null;
  }
}
