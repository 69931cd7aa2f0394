// The build stage: the formatted src/ -> dist/, so that an app installs the package with no build
// step of its own. One TypeScript program over an in-memory copy of the package (the lib files come
// from the compiler's own folder) type-checks src/ and emits the ESM build with its declarations;
// the CommonJS build is the same modules transpiled file by file, and shares those declarations
// (they hold only `import`/`export` syntax, which dist/cjs/package.json makes TypeScript read as
// CommonJS). Declarations are the costly part, so they are made once. The compiler options are
// the package's own tsconfig.build.json and tsconfig.cjs.json, so `npm run build` makes the same files.
// With a persistent cache, a source whose import closure is unchanged (file-keys.ts) is neither
// checked nor emitted again: its outputs from the build that checked it are reused, so one changed
// request rebuilds the files that reach it, not the package.
import path from 'node:path';
import ts from 'typescript';
import type { OutputFile } from '../emit/emit.js';
import type { CacheStore } from '../cache/store.js';
import { PROJECT_ROOT } from '../paths.js';
import { fileKeys } from './file-keys.js';

/** Where the package sits in the in-memory file system the compiler sees. */
const ROOT = '/package';
const LIB_DIR = path.dirname(ts.getDefaultLibFilePath({}));
/**
 * The package's node_modules, as the compiler sees it: postforge's own. A package's types may
 * reach its devDependencies (`@types/node` for the mocks' server, `msw` for its handlers), which
 * postforge depends on at the same versions, so the build reads them there, never from the output folder.
 */
const NODE_MODULES = `${ROOT}/node_modules`;
const OWN_NODE_MODULES = path.join(PROJECT_ROOT, 'node_modules');
const external = (f: string) => f === NODE_MODULES || f.startsWith(`${NODE_MODULES}/`);
const onDisk = (f: string) => path.join(OWN_NODE_MODULES, f.slice(NODE_MODULES.length));

export const ESM_DIR = 'dist/esm';
export const CJS_DIR = 'dist/cjs';
/** Makes Node and TypeScript read every .js and .d.ts under dist/cjs/ as CommonJS, inside a `"type": "module"` package. */
export const CJS_MARKER = { path: `${CJS_DIR}/package.json`, content: JSON.stringify({ type: 'commonjs' }) + '\n' };

/** At most this many compiler messages become diagnostics; the rest are counted in the last one. */
const MAX_PROBLEMS = 10;

export interface BuildProblem {
  /** Relative to the package folder; '' when the compiler names no file. */
  file: string;
  message: string;
}

export interface BuildResult {
  /** Every file under dist/, sorted by path; empty when the build failed. */
  files: OutputFile[];
  problems: BuildProblem[];
}

/**
 * Lib files parsed once per run and shared by its collections, as the format cache is (keyed by
 * file name; the lib folder never changes while postforge runs).
 */
export type BuildCache = Map<string, ts.SourceFile>;

export function build(files: readonly OutputFile[], cache: BuildCache, store?: CacheStore): BuildResult {
  const inMemory = new Map(files.map((f) => [`${ROOT}/${f.path}`, f.content]));
  // The sources postforge emitted, as opposed to the runtime templates it copies (`parser: null`).
  const generated = new Set(files.filter((f) => f.parser !== null).map((f) => `${ROOT}/${f.path}`));
  const esm = configOptions('tsconfig.build.json', inMemory);
  const cjs = configOptions('tsconfig.cjs.json', inMemory);
  if ('problem' in esm) return failed([esm.problem]);
  if ('problem' in cjs) return failed([cjs.problem]);
  const sources = files
    .filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts') && !f.path.endsWith('.d.ts'))
    .map((f) => `${ROOT}/${f.path}`);
  // Reuse needs output paths that do not depend on which files are compiled together: a fixed rootDir.
  const keys = store && esm.options.rootDir ? fileKeys(sources, inMemory, ROOT) : null;
  const memo = (kind: string, key: string | undefined): Emitted[] | null =>
    key === undefined ? null : parseEmitted(store?.get(kind, key), kind === ESM_KIND ? ESM_DIR : CJS_DIR);

  const esmOut = new Map(sources.map((s) => [s, memo(ESM_KIND, keys?.closure.get(s))]));
  const missed = sources.filter((s) => !esmOut.get(s));
  if (missed.length) {
    // Only the files not reused are checked and emitted; the compiler reads what they import.
    const program = ts.createProgram({
      rootNames: missed,
      options: esm.options,
      host: compilerHost(inMemory, esm.options, cache),
    });
    // Everything to build (a cold run): one pass over the program, cheaper than one per file.
    const whole = missed.length === sources.length;
    const problems = unique(
      whole
        ? ts.getPreEmitDiagnostics(program)
        : missed.flatMap((s) => ts.getPreEmitDiagnostics(program, program.getSourceFile(s))),
    );
    if (problems.length) return failed(problems.map(toProblem));
    const emitted = new Map(missed.map((s): [string, Emitted[]] => [s, []]));
    const write = (fileName: string, text: string) => {
      const relative = toRelative(fileName);
      const source = `${ROOT}/src/${relative.slice(ESM_DIR.length + 1).replace(/(?:\.d\.ts|\.js)$/, '.ts')}`;
      const list = emitted.get(source);
      if (list) list.push([relative, text]);
      else emitted.set(source, [[relative, text]]);
    };
    const results = whole
      ? [program.emit(undefined, write)]
      : missed.map((s) => program.emit(program.getSourceFile(s), write));
    for (const result of results) {
      const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (errors.length || result.emitSkipped) return failed(errors.map(toProblem));
    }
    for (const [source, files] of emitted) esmOut.set(source, files);
  }
  const cjsOut = new Map<string, Emitted[]>();
  for (const source of sources) {
    const reused = memo(CJS_KIND, keys?.own.get(source));
    if (reused) {
      cjsOut.set(source, reused);
      continue;
    }
    // An emitted file from the ESM build's JavaScript: the same module without its types (a large
    // package's sources are mostly types and doc comments), and with verbatimModuleSyntax a file's
    // JavaScript depends on its own text alone, as its own key says. A template from its TypeScript:
    // its header comment stands apart from a type-only first statement, and tsc (the package's own
    // `npm run build`) puts such a comment above the CommonJS preamble, which the JavaScript no longer says.
    const esmJs = generated.has(source) ? esmOut.get(source)!.find(([file]) => file.endsWith('.js')) : undefined;
    const { outputText, diagnostics = [] } = ts.transpileModule(esmJs?.[1] ?? inMemory.get(source)!, {
      compilerOptions: esmJs ? { ...cjs.options, allowJs: true } : cjs.options,
      fileName: esmJs ? source.replace(/\.ts$/, '.js') : source,
      reportDiagnostics: true,
    });
    const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length) return failed(errors.map(toProblem));
    cjsOut.set(source, [
      [
        toRelative(source)
          .replace(/^src\//, `${CJS_DIR}/`)
          .replace(/\.ts$/, '.js'),
        outputText,
      ],
    ]);
  }

  // Stored only now that the whole build succeeded: a failed build is never reused.
  for (const source of sources) {
    if (!keys) break;
    store!.set(ESM_KIND, keys.closure.get(source)!, JSON.stringify(esmOut.get(source)));
    store!.set(CJS_KIND, keys.own.get(source)!, JSON.stringify(cjsOut.get(source)));
  }
  const out: OutputFile[] = [];
  for (const [relative, content] of [...esmOut.values(), ...cjsOut.values()].flat() as Emitted[]) {
    out.push({ path: relative, content, parser: null });
    // Declarations hold no module syntax of their own kind: the ESM ones serve the CommonJS build too.
    if (relative.startsWith(`${ESM_DIR}/`) && relative.endsWith('.d.ts'))
      out.push({ path: relative.replace(ESM_DIR, CJS_DIR), content, parser: null });
  }
  out.push({ ...CJS_MARKER, parser: null });
  return { files: out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems: [] };
}

/** One emitted file: its path in the package, its text. */
type Emitted = [path: string, text: string];
/** Cache kinds: a source's ESM build and declarations (by its closure key), its CommonJS build (by its own key). */
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

/** Diagnostics once each: every file's pre-emit diagnostics repeat the options' and the global ones. */
function unique(diagnostics: readonly ts.Diagnostic[]): ts.Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.category !== ts.DiagnosticCategory.Error) return false;
    const key = `${d.file?.fileName ?? ''}\0${d.start ?? ''}\0${d.code}\0${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The compiler options of one of the package's tsconfig files, read from the in-memory package. */
function configOptions(
  file: string,
  inMemory: ReadonlyMap<string, string>,
): { options: ts.CompilerOptions } | { problem: BuildProblem } {
  const configHost: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: true,
    fileExists: (f) => inMemory.has(f),
    readFile: (f) => inMemory.get(f),
    // The sources are listed by the build itself (only src/), so `include` need not be expanded.
    readDirectory: () => [],
  };
  const text = inMemory.get(`${ROOT}/${file}`);
  if (text === undefined) return { problem: { file, message: `${file} is missing from the package` } };
  const json = ts.parseConfigFileTextToJson(`${ROOT}/${file}`, text);
  if (json.error) return { problem: toProblem(json.error) };
  const parsed = ts.parseJsonConfigFileContent(json.config, configHost, ROOT, undefined, `${ROOT}/${file}`);
  // TS18003 "no inputs were found" only says that readDirectory lists nothing, by design.
  const errors = parsed.errors.filter((d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003);
  if (errors.length) return { problem: toProblem(errors[0]!) };
  // Unix newlines whatever the machine: the output must be byte-identical everywhere.
  return { options: { ...parsed.options, newLine: ts.NewLineKind.LineFeed } };
}

function compilerHost(
  inMemory: ReadonlyMap<string, string>,
  options: ts.CompilerOptions,
  cache: BuildCache,
): ts.CompilerHost {
  const libFile = (fileName: string) => path.dirname(fileName) === LIB_DIR;
  const readFile = (fileName: string): string | undefined =>
    libFile(fileName)
      ? ts.sys.readFile(fileName)
      : external(fileName)
        ? ts.sys.readFile(onDisk(fileName))
        : inMemory.get(fileName);
  const folders = new Set<string>();
  for (const file of inMemory.keys())
    for (let d = path.posix.dirname(file); !folders.has(d) && d !== '/'; d = path.posix.dirname(d)) folders.add(d);
  return {
    getSourceFile: (fileName, languageVersion) => {
      if (libFile(fileName) || external(fileName)) {
        let lib = cache.get(fileName);
        if (!lib) {
          const text = readFile(fileName);
          if (text === undefined) return undefined;
          lib = ts.createSourceFile(fileName, text, languageVersion);
          cache.set(fileName, lib);
        }
        return lib;
      }
      const text = inMemory.get(fileName);
      return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion);
    },
    getDefaultLibFileName: () => path.join(LIB_DIR, ts.getDefaultLibFileName(options)),
    getDefaultLibLocation: () => LIB_DIR,
    writeFile: () => undefined,
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) =>
      libFile(f) ? ts.sys.fileExists(f) : external(f) ? ts.sys.fileExists(onDisk(f)) : inMemory.has(f),
    readFile,
    // Nothing outside the package exists but the lib folder and node_modules (see NODE_MODULES).
    directoryExists: (d) => d === LIB_DIR || folders.has(d) || (external(d) && ts.sys.directoryExists(onDisk(d))),
    getDirectories: (d) => (external(d) ? ts.sys.getDirectories(onDisk(d)) : []),
    realpath: (f) => f,
  };
}

/** A package file's path as the package names it; a lib file's (which no output names) as it is on disk. */
function toRelative(fileName: string): string {
  return fileName.startsWith(`${ROOT}/`) ? fileName.slice(ROOT.length + 1) : fileName;
}

function toProblem(d: ts.Diagnostic): BuildProblem {
  const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  if (!d.file) return { file: '', message: `TS${d.code}: ${message}` };
  const where =
    d.start === undefined
      ? ''
      : (({ line, character }) => `:${line + 1}:${character + 1}`)(d.file.getLineAndCharacterOfPosition(d.start));
  return {
    file: toRelative(d.file.fileName),
    message: `${toRelative(d.file.fileName)}${where}: TS${d.code}: ${message}`,
  };
}

function failed(problems: BuildProblem[]): BuildResult {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS)
    shown[shown.length - 1] = {
      ...shown[shown.length - 1]!,
      message: `${shown[shown.length - 1]!.message} (and ${problems.length - MAX_PROBLEMS} more)`,
    };
  return { files: [], problems: shown };
}
