// The package's type check (check.ts), in the compiler thread (thread.ts) over the files as emit made
// them. A source whose import closure (file-keys.ts) passed the check before is not checked again.
import type { CacheStore } from '../cache/store.js';
import type { OutputFile } from '../emit/emit.js';
import { inMemoryPackage, packageSources, ROOT, type BuildProblem } from './compiler.js';
import { isBuildInput } from './build.js';
import { closureKeys } from './file-keys.js';
import { inThread } from './thread.js';

/** Cache kind: a source whose import closure, options and package.json passed the check. */
const CHECK_KIND = 'check';
const PASSED = 'passed';

/** The check of `files` (the package as emit made it), in the worker thread; [] when it passed. */
export async function checkPackage(files: readonly OutputFile[], store?: CacheStore): Promise<BuildProblem[]> {
  const inMemory = inMemoryPackage(files.filter(isBuildInput));
  const sources = packageSources(inMemory);
  const keys = store ? closureKeys(sources, inMemory, ROOT) : null;
  const roots = sources.filter((s) => keys === null || store!.get(CHECK_KIND, keys.get(s)!) !== PASSED);
  if (!roots.length) return [];
  const problems = await inThread('check', { files: [...inMemory], roots, whole: roots.length === sources.length });
  // Stored only when the whole check passed: a file with problems is reported again next time.
  if (!problems.length && keys) for (const s of roots) store!.set(CHECK_KIND, keys.get(s)!, PASSED);
  return problems;
}
