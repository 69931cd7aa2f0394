// file -> postman-collection Collection (+ environments), with the version and shape checks that
// decide whether later stages can trust the input. Reports diagnostics; returns null on errors.
import { readFileSync } from 'node:fs';
import postman from 'postman-collection';
import type { Diagnostics } from '../diagnostics.js';
import { detectSchema } from './schema.js';
import { convertV1 } from './v1.js';

export interface RawEnvironment {
  file: string;
  name: string;
  values: Array<{ key: string; value: string; enabled: boolean }>;
}

export interface LoadedCollection {
  file: string;
  /** The parsed JSON as written: pointers and ids are read from it (the SDK invents random ids). */
  raw: RawCollection;
  collection: postman.Collection;
  environments: RawEnvironment[];
}

export interface RawCollection {
  info?: { name?: unknown; description?: unknown; schema?: unknown; _postman_id?: unknown };
  item?: unknown;
  [key: string]: unknown;
}

export function load(input: { file: string; environments: readonly string[] }, diagnostics: Diagnostics): LoadedCollection | null {
  let raw = readJson(input.file, diagnostics);
  if (raw === undefined) return null;
  let schema = detectSchema(raw);
  if (schema.kind === 'v1') {
    const converted = convertV1(raw, input.file, diagnostics);
    if (!converted) return null;
    raw = converted;
    schema = detectSchema(raw);
  }
  if (schema.kind === 'rejected') {
    diagnostics.report('PF003', schema.reason, { file: input.file, pointer: schema.pointer });
    return null;
  }
  if (schema.kind === 'v1') return null; // converted output is v2.1 by construction
  const environments = input.environments.map((file) => loadEnvironment(file, diagnostics)).filter((e) => e !== null);
  if (diagnostics.hasErrors()) return null;
  return { file: input.file, raw: raw as RawCollection, collection: new postman.Collection(raw as never), environments };
}

function readJson(file: string, diagnostics: Diagnostics): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    diagnostics.report('PF001', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file });
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    diagnostics.report('PF002', (error as Error).message, { file });
    return undefined;
  }
}

function loadEnvironment(file: string, diagnostics: Diagnostics): RawEnvironment | null {
  const raw = readJson(file, diagnostics);
  if (raw === undefined) return null;
  const env = raw as { name?: unknown; values?: unknown };
  if (typeof env !== 'object' || env === null || !Array.isArray(env.values)) {
    diagnostics.report('PF005', 'expected an object with a `values` array', { file, pointer: '/values' });
    return null;
  }
  const values = (env.values as Array<{ key?: unknown; value?: unknown; enabled?: unknown }>)
    .filter((v) => v && typeof v.key === 'string')
    .map((v) => ({ key: String(v.key), value: v.value === undefined || v.value === null ? '' : String(v.value), enabled: v.enabled !== false }));
  return { file, name: typeof env.name === 'string' && env.name.trim() ? env.name : fileStem(file), values };
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.postman_environment\.json$|\.json$/i, '');
}
