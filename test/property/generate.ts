// One random collection through the generator in memory: load -> normalize -> infer -> plan -> emit,
// without prettier (formatting is the costly stage and only reformats valid code), nothing written.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDiagnostics, type Diagnostic } from '../../generator/diagnostics.js';
import { emit, type OutputFile } from '../../generator/emit/emit.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { load } from '../../generator/load/load.js';
import { normalize } from '../../generator/normalize/normalize.js';
import { plan } from '../../generator/plan/plan.js';

export interface InMemoryRun {
  diagnostics: readonly Diagnostic[];
  /** Empty when the run was refused (an error) or threw. */
  files: OutputFile[];
  thrown: string | null;
}

export function generateUnformatted(collection: unknown, dir: string): InMemoryRun {
  const file = path.join(dir, 'fuzz.postman_collection.json');
  writeFileSync(file, JSON.stringify(collection));
  const diagnostics = createDiagnostics();
  try {
    const loaded = load({ file, environments: [] }, diagnostics);
    if (!loaded) return { diagnostics: diagnostics.all, files: [], thrown: null };
    const api = normalize(loaded, diagnostics);
    if (diagnostics.hasErrors()) return { diagnostics: diagnostics.all, files: [], thrown: null };
    const files = emit(api, plan(api, 'fuzz'), inferEndpoints(api));
    return { diagnostics: diagnostics.all, files, thrown: null };
  } catch (error) {
    return { diagnostics: diagnostics.all, files: [], thrown: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
  }
}

/** Generated files only: the runtime and harness are copied from templates/ unchanged, and checked by their own tests. */
export function generatedOnly(files: readonly OutputFile[]): OutputFile[] {
  const copied = /^(src\/runtime\/|src\/mocks\/(http-server|match|mock-server|msw|responder|saved-example|served-response)\.ts$|test\/(blob-input|expectations|fixture-server|fixture|harness)\.ts$)/;
  return files.filter((f) => !copied.test(f.path));
}

/** Output paths must be relative, `/`-separated, and stay inside the package folder. */
export function pathProblems(files: readonly OutputFile[]): string[] {
  return files.flatMap((f) => {
    const parts = f.path.split('/');
    const bad = path.isAbsolute(f.path) || /^[a-zA-Z]:|\\/.test(f.path) || parts.some((p) => p === '..' || p === '.' || p === '') || f.path.includes('\0');
    return bad ? [`unsafe output path ${JSON.stringify(f.path)}`] : [];
  });
}
