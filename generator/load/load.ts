// file -> postman-collection Collection (+ environments). The file is read and its shape checked
// here, iteratively, so the SDK only ever gets a collection it can read (see shape.ts); a failure
// inside the SDK is still caught and reported, never thrown. Returns null on errors.
import postman from 'postman-collection';
import { DEFAULT_LIMITS, type Limits } from '../config.js';
import type { Diagnostics } from '../diagnostics.js';
import { readJsonFile } from './json-file.js';
import { detectSchema } from './schema.js';
import { cleanCollection, requestsIn } from './shape.js';
import { convertV1 } from './v1.js';
import { isDirectory, isV3Environment } from './v3/detect.js';
import { readEnvironment } from './v3/environment.js';
import { readV3Collection } from './v3/read.js';

export interface RawEnvironment {
  file: string;
  name: string;
  values: Array<{ key: string; value: string; enabled: boolean }>;
}

export interface LoadedCollection {
  file: string;
  /** The collection as the SDK was given it (checked and cleaned): ids are read from it (the SDK invents random ones). */
  raw: RawCollection;
  /** The pointer in the file of each item, folder and saved example of `raw`, whose positions can differ from the file's. */
  origins: ReadonlyMap<object, string>;
  collection: postman.Collection;
  environments: RawEnvironment[];
  limits: Limits;
  /**
   * The collector later stages report into: for a v3 folder, places in the folder are moved to the
   * file they came from (v3/locate.ts); for a JSON file, `diagnostics` itself.
   */
  located: (diagnostics: Diagnostics) => Diagnostics;
}

export interface RawCollection {
  info?: { name?: unknown; description?: unknown; schema?: unknown; _postman_id?: unknown };
  item?: unknown;
  [key: string]: unknown;
}

export function load(input: { file: string; environments: readonly string[]; limits?: Limits }, reported: Diagnostics): LoadedCollection | null {
  const limits = input.limits ?? DEFAULT_LIMITS;
  let diagnostics = reported;
  let located = (d: Diagnostics) => d;
  let raw: unknown;
  if (isDirectory(input.file)) {
    // A Postman Collection v3 folder (File System mode, Native Git): read into the v2.1 object a JSON file holds.
    const v3 = readV3Collection(input.file, limits, reported);
    if (!v3 || reported.hasErrors()) return null;
    raw = v3.raw;
    located = v3.locate;
    diagnostics = located(reported);
  } else raw = readJsonFile(input.file, limits, diagnostics);
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
  // Counted before the checks, so that a collection too large to generate is refused at once.
  const requests = requestsIn(raw as Record<string, unknown>);
  if (requests > limits.maxRequests) {
    diagnostics.report('PF008', `the collection has ${requests} requests, more than limits.maxRequests (${limits.maxRequests})`, { file: input.file, pointer: '/item' });
    return null;
  }
  const { clean, origins } = cleanCollection(raw as Record<string, unknown>, input.file, limits, diagnostics);
  const environments = input.environments.map((file) => loadEnvironment(file, limits, diagnostics)).filter((e) => e !== null);
  if (diagnostics.hasErrors()) return null;
  let collection: postman.Collection;
  try {
    collection = new postman.Collection(clean as never);
  } catch (error) {
    diagnostics.report('PF019', `the Postman SDK cannot read this collection: ${error instanceof Error ? error.message : String(error)}`, { file: input.file });
    return null;
  }
  return { file: input.file, raw: clean as RawCollection, origins, collection, environments, limits, located };
}

function loadEnvironment(file: string, limits: Limits, diagnostics: Diagnostics): RawEnvironment | null {
  if (isV3Environment(file)) return readEnvironment(file, limits, diagnostics);
  const raw = readJsonFile(file, limits, diagnostics);
  if (raw === undefined) return null;
  const env = raw as { name?: unknown; values?: unknown };
  if (typeof env !== 'object' || env === null || !Array.isArray(env.values)) {
    diagnostics.report('PF005', 'expected an object with a `values` array', { file, pointer: '/values' });
    return null;
  }
  const values = (env.values as Array<{ key?: unknown; value?: unknown; enabled?: unknown } | null>)
    .filter((v) => typeof v === 'object' && v !== null && typeof v.key === 'string')
    .map((v) => ({ key: String(v!.key), value: v!.value === undefined || v!.value === null || typeof v!.value === 'object' ? '' : String(v!.value), enabled: v!.enabled !== false }));
  return { file, name: typeof env.name === 'string' && env.name.trim() ? env.name : fileStem(file), values };
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.postman_environment\.json$|\.json$/i, '');
}
