// Which inputs are v3: a collection folder (it has `.resources/definition.yaml` or `*.request.yaml`
// files, or any folder given where a collection is expected), and `*.environment.yaml` files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFINITION, REQUEST_SUFFIXES, RESOURCES } from './tree.js';

export function isDirectory(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `dir` looks like a v3 collection root: a definition, or request files at its top. */
export function looksLikeV3Collection(dir: string): boolean {
  if (!isDirectory(dir)) return false;
  if (existsSync(path.join(dir, RESOURCES, DEFINITION)) || existsSync(path.join(dir, RESOURCES, 'definition.yml'))) return true;
  try {
    return readdirSync(dir).some((name) => REQUEST_SUFFIXES.some((s) => name.endsWith(s)));
  } catch {
    return false;
  }
}

export const ENVIRONMENT_SUFFIXES = ['.environment.yaml', '.environment.yml'];

export function isV3Environment(file: string): boolean {
  return ENVIRONMENT_SUFFIXES.some((s) => file.endsWith(s)) || /\.ya?ml$/i.test(file);
}
