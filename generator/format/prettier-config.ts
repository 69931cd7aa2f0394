// The prettier options for an output folder, resolved as prettier itself would for a file there
// (.prettierrc*, package.json "prettier", .editorconfig, found by walking up from the folder), so
// that a package generated into another project follows that project's style. Where nothing is
// found, the repository's own .prettierrc.json (PRETTIER_OPTIONS).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { PROJECT_ROOT } from '../paths.js';

/** The repository's .prettierrc.json: the same style for postforge's own code, its templates and its output. */
export const PRETTIER_OPTIONS = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.prettierrc.json'), 'utf8')) as prettier.Options;

export interface ResolvedPrettier {
  options: prettier.Options;
  /** The config file prettier found, or null when ours is used. */
  file: string | null;
}

export async function resolvePrettierOptions(outDir: string): Promise<ResolvedPrettier> {
  // Any file name inside the folder: prettier resolves per file, and overrides may match on names.
  const probe = path.join(outDir, 'src', 'index.ts');
  const file = (await prettier.resolveConfigFile(probe)) ?? null;
  const options = await prettier.resolveConfig(probe, { editorconfig: true });
  return options ? { options, file } : { options: PRETTIER_OPTIONS, file: null };
}

/** A stable text of the options, for cache keys (key order does not matter). */
export function optionsKey(options: prettier.Options): string {
  return JSON.stringify(Object.keys(options).sort().map((k) => [k, (options as Record<string, unknown>)[k]]));
}

/** Whether the options are ours: then files already in our style (`parser: null`) need no formatting. */
export function isOwnStyle(options: prettier.Options): boolean {
  return optionsKey(options) === optionsKey(PRETTIER_OPTIONS);
}
