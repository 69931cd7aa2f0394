// The build stage: the formatted src/ -> dist/, so that an app installs the package with no build
// step of its own: the ESM build with its declarations, and the CommonJS build, which shares those
// declarations (they hold only `import`/`export` syntax, which dist/cjs/package.json makes TypeScript
// read as CommonJS). The compiler options are the package's own tsconfig.build.json and
// tsconfig.cjs.json, so `npm run build` makes the same files. Those options ask for isolated
// declarations and verbatim module syntax: each file's JavaScript and declarations follow from its
// own text alone, so the build emits without type-checking (the check runs beside the format stage,
// checker.ts) and a file whose text is unchanged is not emitted again (with a persistent cache).
import ts from 'typescript';
import type { OutputFile } from '../emit/emit.js';
import type { CacheStore } from '../cache/store.js';
import {
  configOptions,
  inMemoryPackage,
  limitProblems,
  packageSources,
  ROOT,
  toProblem,
  toRelative,
  type BuildProblem,
} from './compiler.js';
import { ownKeys } from './file-keys.js';
import { inThread } from './thread.js';
import { CJS_DIR, emitSources, ESM_DIR, type Emitted, type EmitJob, type EmitResult } from './transpile.js';

export { CJS_DIR, ESM_DIR } from './transpile.js';

/** Makes Node and TypeScript read every .js and .d.ts under dist/cjs/ as CommonJS, inside a `"type": "module"` package. */
export const CJS_MARKER = { path: `${CJS_DIR}/package.json`, content: JSON.stringify({ type: 'commonjs' }) + '\n' };

export interface BuildResult {
  /** Every file under dist/, sorted by path; empty when the build failed. */
  files: OutputFile[];
  problems: BuildProblem[];
}

/** What the build reads: src/, package.json and the tsconfig files (tests and docs are never built). */
export function isBuildInput(file: { path: string }): boolean {
  return file.path.startsWith('src/') || /^(?:package|tsconfig(?:\.\w+)?)\.json$/.test(file.path);
}

/** The build on this thread (tests). */
export function build(files: readonly OutputFile[], store?: CacheStore): BuildResult {
  const planned = planBuild(files, store);
  return 'files' in planned ? planned : finishBuild([[planned, emitSources(planned.job)]]);
}

export interface Builder {
  /** A formatted file (one that is no build input is left out); package.json and the tsconfig files before any source. */
  add(file: OutputFile): void;
  done(): Promise<BuildResult>;
}

/**
 * The build fed file by file as the format stage finishes them: each source compiles in the
 * compiler thread (thread.ts) as soon as it is added, while this thread formats the next.
 */
export function startBuild(store?: CacheStore): Builder {
  const configs: OutputFile[] = [];
  const parts: Array<Promise<[Planned, EmitResult] | BuildResult>> = [];
  return {
    add(file) {
      if (!isBuildInput(file)) return;
      if (!file.path.startsWith('src/')) configs.push(file);
      else if (packageSources(inMemoryPackage([file])).length) {
        // A source compiles alone (transpile.ts): its job holds the config files and itself.
        const planned = planBuild([...configs, file], store);
        parts.push(
          'files' in planned ? Promise.resolve(planned) : inThread('emit', planned.job).then((r) => [planned, r]),
        );
      }
    },
    async done() {
      const settled = await Promise.all(parts);
      const problems = settled.flatMap((p) => ('problems' in p ? p.problems : 'problems' in p[1] ? p[1].problems : []));
      // A missing config file is every source's problem: reported once.
      if (problems.length) return failed([...new Map(problems.map((p) => [p.message, p])).values()]);
      return finishBuild(settled as Array<[Planned, EmitResult]>);
    },
  };
}

interface Planned {
  job: EmitJob;
  /** Per source, in order: its ESM and CommonJS outputs when the cache had both. */
  reused: Map<string, [esm: Emitted[], cjs: Emitted[]] | null>;
  keys: Map<string, string> | null;
  store: CacheStore | undefined;
}

function planBuild(files: readonly OutputFile[], store: CacheStore | undefined): Planned | BuildResult {
  const inMemory = inMemoryPackage(files);
  const esm = configOptions('tsconfig.build.json', inMemory);
  if ('problem' in esm) return failed([esm.problem]);
  const sources = packageSources(inMemory);
  // Reuse needs output paths that do not depend on which files are compiled together: a fixed rootDir.
  const keys = store && esm.options.rootDir ? ownKeys(sources, inMemory, ROOT) : null;
  const reused = new Map(
    sources.map((s) => {
      const key = keys?.get(s);
      const esmOut = key === undefined ? null : parseEmitted(store!.get(ESM_KIND, key), ESM_DIR);
      const cjsOut = key === undefined ? null : parseEmitted(store!.get(CJS_KIND, key), CJS_DIR);
      return [s, esmOut && cjsOut ? ([esmOut, cjsOut] as [Emitted[], Emitted[]]) : null];
    }),
  );
  const missed = sources.filter((s) => !reused.get(s));
  const generated = new Set(files.filter((f) => f.parser !== null).map((f) => `${ROOT}/${f.path}`));
  const compiled = new Set(missed);
  const job: EmitJob = {
    files: [...inMemory].filter(([f]) => !f.startsWith(`${ROOT}/src/`) || compiled.has(f)),
    sources: missed,
    generated: missed.filter((s) => generated.has(s)),
  };
  return { job, reused, keys, store };
}

function finishBuild(parts: ReadonlyArray<readonly [Planned, EmitResult]>): BuildResult {
  const outputs = new Map<string, [Emitted[], Emitted[]] | null>();
  for (const [{ reused }] of parts) for (const [source, o] of reused) outputs.set(source, o);
  for (const [{ keys, store }, result] of parts) {
    if ('problems' in result) return failed(result.problems);
    for (const [source, esm, cjs] of result.built) {
      outputs.set(source, [esm, cjs]);
      // Stored only when the file built: a failed build is never reused.
      if (keys) {
        store!.set(ESM_KIND, keys.get(source)!, JSON.stringify(esm));
        store!.set(CJS_KIND, keys.get(source)!, JSON.stringify(cjs));
      }
    }
  }
  const out: OutputFile[] = [];
  for (const [relative, content] of [...outputs.values()].flatMap((o) => [...o![0], ...o![1]])) {
    out.push({ path: relative, content, parser: null });
    // Declarations hold no module syntax of their own kind: the ESM ones serve the CommonJS build too.
    if (relative.startsWith(`${ESM_DIR}/`) && relative.endsWith('.d.ts'))
      out.push({ path: relative.replace(ESM_DIR, CJS_DIR), content, parser: null });
  }
  out.push({ ...CJS_MARKER, parser: null });
  return { files: out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems: [] };
}

/** Cache kinds, both by a source's own key: its ESM build and declarations, its CommonJS build. */
const ESM_KIND = 'build-esm';
const CJS_KIND = 'build-cjs';

/** A stored entry, or null when it is not the emitted files of one source under `dir` (a miss). */
function parseEmitted(text: string | undefined, dir: string): Emitted[] | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    const valid = (e: unknown) =>
      Array.isArray(e) &&
      e.length === 2 &&
      typeof e[0] === 'string' &&
      e[0].startsWith(`${dir}/`) &&
      !e[0].split('/').includes('..') &&
      typeof e[1] === 'string';
    return Array.isArray(value) && value.length > 0 && value.every(valid) ? (value as Emitted[]) : null;
  } catch {
    return null;
  }
}

function failed(problems: BuildProblem[]): BuildResult {
  return { files: [], problems: limitProblems(problems) };
}
