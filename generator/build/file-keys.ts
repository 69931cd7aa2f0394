// What one source file's build depends on, so that its outputs and its "no errors" can be reused:
// TypeScript checks and emits a module from its own text, the package files it imports (directly or
// not), the compiler options, package.json (NodeNext reads `type` there) and global types (the lib
// folder, @types/node, msw: fixed by the cache salt). A file's key is the digest of all of those, so a
// change anywhere in its import closure is a new key. Whatever this cannot follow (a script without
// imports or exports, `declare global`, a relative import that names no package file) makes every
// file depend on every other: always safe, only slower.
import path from 'node:path';
import ts from 'typescript';
import { sha256 } from '../cache/store.js';

/** Files every build depends on whatever its sources import. */
const SHARED = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.cjs.json'];

/**
 * Per source (by in-memory path, over `inMemory`, the whole package, with `root` its folder): its
 * text, its import closure, options and package.json (what it type-checks to).
 */
export function closureKeys(
  sources: readonly string[],
  inMemory: ReadonlyMap<string, string>,
  root: string,
): Map<string, string> {
  const digest = new Map(sources.map((s) => [s, sha256(inMemory.get(s)!)]));
  const shared = sharedKey(inMemory, root);
  const imports = new Map<string, string[] | null>(
    sources.map((s) => [s, packageImports(s, inMemory.get(s)!, digest)]),
  );
  const everything = [...imports.values()].some((i) => i === null);
  const keys = new Map<string, string>();
  for (const source of sources) {
    const closure = everything ? [...sources] : reachable(source, imports);
    const parts = closure.sort().map((f) => `${f}\0${digest.get(f)!}`);
    keys.set(source, sha256(`${shared}\0${parts.join('\0')}`));
  }
  return keys;
}

/** Per source: its own path and text, options and package.json (what it transpiles to, alone). */
export function ownKeys(
  sources: readonly string[],
  inMemory: ReadonlyMap<string, string>,
  root: string,
): Map<string, string> {
  const shared = sharedKey(inMemory, root);
  return new Map(sources.map((s) => [s, sha256(`${shared}\0${s}\0${sha256(inMemory.get(s)!)}`)]));
}

function sharedKey(inMemory: ReadonlyMap<string, string>, root: string): string {
  return sha256(SHARED.map((f) => `${f}\0${inMemory.get(`${root}/${f}`) ?? ''}`).join('\0'));
}

/** The package sources `file` imports; null when it may reach others this cannot follow. */
function packageImports(file: string, text: string, sources: ReadonlyMap<string, string>): string[] | null {
  if (/\bdeclare\s+(?:global|module)\b/.test(text) || !/^\s*(?:import|export)\b/m.test(text)) return null;
  const found = new Set<string>();
  // Every quoted relative path counts (imports, re-exports, `import()` types, and data that merely
  // looks like one): following too much costs a rebuild, following too little could reuse a stale file.
  for (const m of text.matchAll(/(['"])(\.{1,2}\/[^'"\n]*)\1/g)) {
    const target = resolve(file, m[2]!, sources);
    if (target) found.add(target);
  }
  const declared = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const specifier of declared) {
    if (!specifier.startsWith('.')) continue; // node:, msw: outside the package, fixed by the salt
    if (!resolve(file, specifier, sources)) return null;
  }
  return [...found];
}

function resolve(from: string, specifier: string, sources: ReadonlyMap<string, string>): string | undefined {
  const target = path.posix.join(path.posix.dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target]) if (sources.has(candidate)) return candidate;
  return undefined;
}

function reachable(start: string, imports: ReadonlyMap<string, string[] | null>): string[] {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length)
    for (const next of imports.get(queue.pop()!) ?? []) if (!seen.has(next)) (seen.add(next), queue.push(next));
  return [...seen];
}
