// The type check of a package's sources: one TypeScript program with the package's build options
// (tsconfig.build.json, so isolated declarations are enforced too), its syntax, types and
// declarations. The build emits without checking (build.ts); this is what says the package builds.
// It runs in a worker thread beside the format stage (checker.ts), over the files as emit made them:
// formatting changes no type, so a message's line and column are those of the unformatted text.
import ts from 'typescript';
import {
  compilerHost,
  configOptions,
  limitProblems,
  toProblem,
  unique,
  type BuildCache,
  type BuildProblem,
} from './compiler.js';

/**
 * The problems of `roots` (in-memory paths of sources in `inMemory`), checked with what they import;
 * `whole` when roots are all the sources (one pass over the program, cheaper than one per file).
 */
export function checkSources(
  inMemory: ReadonlyMap<string, string>,
  roots: readonly string[],
  whole: boolean,
  libs: BuildCache,
): BuildProblem[] {
  const config = configOptions('tsconfig.build.json', inMemory);
  if ('problem' in config) return [config.problem];
  const program = ts.createProgram({
    rootNames: roots,
    options: config.options,
    host: compilerHost(inMemory, config.options, libs),
  });
  const diagnostics = whole
    ? ts.getPreEmitDiagnostics(program)
    : roots.flatMap((s) => ts.getPreEmitDiagnostics(program, program.getSourceFile(s)));
  return limitProblems(unique(diagnostics).map(toProblem));
}
