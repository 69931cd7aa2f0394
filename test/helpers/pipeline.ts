// The generator's stages run in memory, as the pipeline runs them, for tests that start from a collection file.
import { createDiagnostics, type Diagnostic, type Diagnostics } from '../../generator/diagnostics.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import { emit } from '../../generator/emit/emit.js';
import { format, type FormatCache } from '../../generator/format/format.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { load, type LoadedCollection } from '../../generator/load/load.js';
import type { ApiModel } from '../../generator/model/types.js';
import { normalize } from '../../generator/normalize/normalize.js';
import { plan, type Plan } from '../../generator/plan/plan.js';

export interface Normalized {
  loaded: LoadedCollection | null;
  api: ApiModel | null;
  diagnostics: Diagnostics;
}

export function loadAndNormalize(file: string, environments: readonly string[] = []): Normalized {
  const diagnostics = createDiagnostics();
  const loaded = load({ file, environments }, diagnostics);
  const api = loaded ? normalize(loaded, diagnostics) : null;
  return { loaded, api, diagnostics };
}

/** The model of a collection that must load; fails the test otherwise. */
export function normalized(file: string, environments: readonly string[] = []): { api: ApiModel; diagnostics: Diagnostics } {
  const { api, diagnostics } = loadAndNormalize(file, environments);
  if (!api) throw new Error(`expected ${file} to load, got: ${diagnostics.all.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  return { api, diagnostics };
}

export function planned(file: string, packageName = 'test-api'): { api: ApiModel; plan: Plan } {
  const { api } = normalized(file);
  return { api, plan: plan(api, packageName) };
}

/**
 * load -> normalize -> infer -> plan -> emit -> format, nothing written. Pass one `formatCache` to
 * the runs of a test file: the runtime files are then formatted once.
 */
export async function generateInMemory(file: string, formatCache: FormatCache = new Map(), packageName = 'test-api'): Promise<{ files: OutputFile[]; diagnostics: readonly Diagnostic[] }> {
  const { api, diagnostics } = normalized(file);
  const shapes = inferEndpoints(api);
  const files = emit(api, plan(api, packageName), shapes);
  return { files: await format(files, formatCache), diagnostics: diagnostics.all };
}

/** Short `code pointer` strings, for comparing diagnostics in tables. */
export function codes(diagnostics: Diagnostics | readonly Diagnostic[]): string[] {
  const all = 'all' in diagnostics ? diagnostics.all : diagnostics;
  return all.map((d) => d.code);
}
