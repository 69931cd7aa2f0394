// The build's compiling: the ESM build, declarations and CommonJS build of some of a package's
// sources, each file on its own (isolated declarations, verbatim module syntax), with no type check.
// A pure function of its job, so that it runs in the compiler thread (thread.ts) or on this one.
import ts from 'typescript';
import { configOptions, limitProblems, ROOT, toProblem, toRelative, type BuildProblem } from './compiler.js';

export const ESM_DIR = 'dist/esm';
export const CJS_DIR = 'dist/cjs';
/** One emitted file: its path in the package, its text. */
export type Emitted = [path: string, text: string];
/** What the compiler must do for the sources no earlier build left in the cache. */
export interface EmitJob {
  /** The package's config files and the sources to emit, by in-memory path. */
  files: Array<[path: string, text: string]>;
  sources: string[];
  /** Of those, the ones postforge emitted (as opposed to the runtime templates it copies). */
  generated: string[];
}
export type EmitResult =
  { built: Array<[source: string, esm: Emitted[], cjs: Emitted[]]> } | { problems: BuildProblem[] };

/** The ESM build, declarations and CommonJS build of the job's sources: a pure function of the job. */
export function emitSources(job: EmitJob): EmitResult {
  const inMemory = new Map(job.files);
  const esm = configOptions('tsconfig.build.json', inMemory);
  const cjs = configOptions('tsconfig.cjs.json', inMemory);
  if ('problem' in esm) return { problems: [esm.problem] };
  if ('problem' in cjs) return { problems: [cjs.problem] };
  if (!job.sources.length) return { built: [] };
  // Each file on its own, as transpileModule and transpileDeclaration would, in one program that
  // parses it once: no import is followed, no lib read, no type checked.
  const options = { ...esm.options, isolatedDeclarations: true, noCheck: true, noResolve: true, noLib: true };
  const program = ts.createProgram({ rootNames: job.sources, options, host: emitHost(inMemory) });
  const esmOut = new Map(job.sources.map((s): [string, Emitted[]] => [s, []]));
  const result = program.emit(undefined, (fileName, text) => {
    const relative = toRelative(fileName);
    const source = `${ROOT}/src/${relative.slice(ESM_DIR.length + 1).replace(/(?:\.d\.ts|\.js)$/, '.ts')}`;
    esmOut.get(source)?.push([relative, text]);
  });
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length || result.emitSkipped) return { problems: limitProblems(errors.map(toProblem)) };
  const generated = new Set(job.generated);
  const built: Array<[string, Emitted[], Emitted[]]> = [];
  for (const source of job.sources) {
    // An emitted file from the ESM build's JavaScript: the same module without its types (a large
    // package's sources are mostly types and doc comments), and with verbatimModuleSyntax a file's
    // JavaScript depends on its own text alone, as its own key says. A template from its TypeScript:
    // its header comment stands apart from a type-only first statement, and tsc (the package's own
    // `npm run build`) puts such a comment above the CommonJS preamble, which the JavaScript no longer says.
    const esmJs = generated.has(source) ? esmOut.get(source)!.find(([file]) => file.endsWith('.js')) : undefined;
    const { outputText, diagnostics = [] } = ts.transpileModule(esmJs?.[1] ?? inMemory.get(source)!, {
      // transpileModule makes no declarations, and would refuse isolated ones without them.
      compilerOptions: { ...cjs.options, isolatedDeclarations: false, ...(esmJs ? { allowJs: true } : {}) },
      fileName: esmJs ? source.replace(/\.ts$/, '.js') : source,
      reportDiagnostics: true,
    });
    const failures = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (failures.length) return { problems: limitProblems(failures.map(toProblem)) };
    const cjsPath = toRelative(source)
      .replace(/^src\//, `${CJS_DIR}/`)
      .replace(/\.ts$/, '.js');
    built.push([source, esmOut.get(source)!, [[cjsPath, outputText]]]);
  }
  return { built };
}

/** A host for the build's program: the package's files, nothing else (no lib is read). */
function emitHost(inMemory: ReadonlyMap<string, string>): ts.CompilerHost {
  return {
    getSourceFile: (fileName, languageVersion) => {
      const text = inMemory.get(fileName);
      return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion);
    },
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => inMemory.has(f),
    readFile: (f) => inMemory.get(f),
    directoryExists: () => true,
    getDirectories: () => [],
    realpath: (f) => f,
  };
}
