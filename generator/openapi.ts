// `postforge openapi`: load -> normalize -> infer -> plan -> the OpenAPI emitter -> scan -> one file,
// written atomically. The stages are the generate pipeline's own, so the document and the package agree.
import path from 'node:path';
import type { ResolvedCollectionConfig } from './config.js';
import { createDiagnostics, type Diagnostics } from './diagnostics.js';
import { openApiDocument, PACKAGE_VERSION } from './emit/openapi/document.js';
import { serialize, type OpenApiFormat } from './emit/openapi/serialize.js';
import { inferEndpoints } from './infer/endpoint-shapes.js';
import { load } from './load/load.js';
import { normalize } from './normalize/normalize.js';
import { NAMES_LOCK_FILE, readNamesLock } from './plan/names-lock.js';
import { plan } from './plan/plan.js';
import { reason } from './write/reason.js';
import { scanForSecrets } from './write/secret-scan.js';
import { commit } from './write/transaction.js';
import { existsSync } from 'node:fs';


export interface OpenApiResult {
  diagnostics: Diagnostics;
  /** The file text; null when an error stopped the run. */
  content: string | null;
  operations: number;
  written: boolean;
}

/** `out`: the file to write, or null to build the text only. Names come from the package's names lock (`job.out`), if it has one. */
export async function runOpenApi(job: ResolvedCollectionConfig, format: OpenApiFormat, out: string | null): Promise<OpenApiResult> {
  const diagnostics = createDiagnostics();
  const result: OpenApiResult = { diagnostics, content: null, operations: 0, written: false };
  const loaded = load({ file: job.input, environments: job.environments, limits: job.limits }, diagnostics);
  if (!loaded) return result;
  const located = loaded.located(diagnostics);
  const replaced: string[] = [];
  const api = normalize(loaded, located, replaced);
  if (diagnostics.hasErrors()) return result;
  const infer = { partialBodies: job.partialBodies };
  const shapes = inferEndpoints(api, infer);
  const previous = readNamesLock(job.out);
  if (previous.problem) diagnostics.report('PF113', `${NAMES_LOCK_FILE} cannot be read (${previous.problem}); names are derived afresh`, { file: job.out });
  const planned = plan(api, job.name, job.names, previous.lock, { foldFolders: job.foldFolders });
  const document = openApiDocument({ api, plan: planned, shapes, infer, version: PACKAGE_VERSION }, located);
  result.operations = Object.values(document['paths'] as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
  const content = serialize(document, format);
  const file = out ?? path.join(job.out, 'openapi.' + format);
  for (const hit of scanForSecrets([{ path: path.basename(file), content }], { replaced, testJwtKeys: [] })) {
    diagnostics.report('PF121', `a secret would be written: ${hit.file} holds a ${hit.pattern}`, { file });
  }
  if (diagnostics.hasErrors()) return result;
  result.content = content;
  if (out === null) return result;
  const outcome = commit([{ relative: path.basename(out), absolute: out, content, exists: existsSync(out) }], []);
  if (!outcome.ok) diagnostics.report('PF108', `${out} cannot be written (${reason(outcome.reason)}): nothing was written`, { file: out });
  else result.written = true;
  return result;
}
