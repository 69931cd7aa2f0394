// What the build and the check share: the in-memory package the compiler sees (its files, the lib
// folder, postforge's own node_modules for the types a package's devDependencies give), its compiler
// options read from the package's own tsconfig files, and compiler messages as problems.
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../paths.js';

/** Where the package sits in the in-memory file system the compiler sees. */
export const ROOT = '/package';
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

/** At most this many compiler messages become diagnostics; the rest are counted in the last one. */
const MAX_PROBLEMS = 10;

export interface BuildProblem {
  /** Relative to the package folder; '' when the compiler names no file. */
  file: string;
  message: string;
}

/**
 * Lib files parsed once per process and shared by its collections, as the format cache is (keyed by
 * file name; the lib folder never changes while postforge runs).
 */
export type BuildCache = Map<string, ts.SourceFile>;

/** Diagnostics once each: every file's pre-emit diagnostics repeat the options' and the global ones. */
export function unique(diagnostics: readonly ts.Diagnostic[]): ts.Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.category !== ts.DiagnosticCategory.Error) return false;
    const key = `${d.file?.fileName ?? ''}\0${d.start ?? ''}\0${d.code}\0${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The compiler options of one of the package's tsconfig files, read from the in-memory package. */
export function configOptions(
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

export function compilerHost(
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
export function toRelative(fileName: string): string {
  return fileName.startsWith(`${ROOT}/`) ? fileName.slice(ROOT.length + 1) : fileName;
}

export function toProblem(d: ts.Diagnostic): BuildProblem {
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

/** At most MAX_PROBLEMS problems; the last one shown counts the rest. */
export function limitProblems(problems: BuildProblem[]): BuildProblem[] {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS)
    shown[shown.length - 1] = {
      ...shown[shown.length - 1]!,
      message: `${shown[shown.length - 1]!.message} (and ${problems.length - MAX_PROBLEMS} more)`,
    };
  return shown;
}

/** The package's files as the compiler sees them, by in-memory path. */
export function inMemoryPackage(files: ReadonlyArray<{ path: string; content: string }>): Map<string, string> {
  return new Map(files.map((f) => [`${ROOT}/${f.path}`, f.content]));
}

/** The sources the build compiles: src/, TypeScript, no declarations (tests are never built). */
export function packageSources(inMemory: ReadonlyMap<string, string>): string[] {
  return [...inMemory.keys()].filter((f) => f.startsWith(`${ROOT}/src/`) && f.endsWith('.ts') && !f.endsWith('.d.ts'));
}
