// The configuration: what to generate, every default spelled out here and nowhere else.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from './diagnostics.js';
import { ENVIRONMENT_SUFFIXES, looksLikeV3Collection } from './load/v3/detect.js';
import { readResources } from './load/v3/resources.js';
import { defaultPackageName } from './plan/naming.js';

export interface CollectionConfig {
  /** The Postman collection: a JSON file (v2.0 or v2.1), or a Collection v3 folder (File System mode, Native Git). */
  input: string;
  /** Postman environment files (JSON, or v3 `*.environment.yaml`); each becomes a named base URL of the client. */
  environments?: string[];
  /** Output folder; default `generated/<name>`. */
  out?: string;
  /** npm package name; default: the collection file name without `.postman_collection.json`, or the v3 folder's name, as an npm name (plan/naming.ts `defaultPackageName`). */
  name?: string;
  /** Function names chosen by hand, keyed by the item's id (`id` or `_postman_id` in the collection). */
  names?: Record<string, string>;
  /** Input limits; each one left out takes its default from DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /**
   * HTTP methods whose JSON request bodies are partial: every member optional, at every depth, so a
   * caller sends only the fields it changes. Default DEFAULT_PARTIAL_BODIES (`['PUT', 'PATCH']`);
   * `[]` keeps every body as inferred, `['PUT', 'PATCH', 'POST']` also covers APIs that update with POST.
   */
  partialBodies?: readonly string[];
  /**
   * A folder whose only request has the folder's own name (`Convert Lead / Convert Lead`) is folded
   * into it: `client.v21.recordsApi.convertLead(...)`, not `….convertLead.convertLead(...)`.
   * `new` (default): only requests the names lock does not hold yet, so existing call sites never move;
   * `all`: every such request, also locked ones (their call sites change: a breaking change for callers);
   * `none`: never.
   */
  foldFolders?: FoldFolders;
  /** Also write the package's OpenAPI 3.1 document as `openapi.json` (what `postforge openapi` writes). Default false. */
  openapi?: boolean;
}

export type FoldFolders = 'new' | 'all' | 'none';

/**
 * Updates: in the corpus (../shared/corpus), 16 of 20 PUT and 7 of 10 PATCH requests with a JSON body
 * are named "update…", while POST is mostly "create…" (72 of 252; 6 are "update…"), where the fields
 * every sample sends are usually the ones the API requires.
 */
export const DEFAULT_PARTIAL_BODIES: readonly string[] = ['PUT', 'PATCH'];
export const DEFAULT_FOLD_FOLDERS: FoldFolders = 'new';
const FOLD_FOLDERS: readonly FoldFolders[] = ['new', 'all', 'none'];

/** How big and how deep an input may be. Each is documented in the README (Limits). */
export interface Limits {
  /** Folders nested deeper than this are left out with their requests (PF017). */
  maxDepth: number;
  /** JSON bodies (requests, examples, GraphQL variables) nested deeper are not parsed: typed as text (PF101, PF107). */
  maxJsonDepth: number;
  /** A body (request, example request or response) larger than this, in UTF-8 bytes, is left out (PF018). */
  maxBodyBytes: number;
  /** A collection or environment file larger than this is not read (PF008). */
  maxFileBytes: number;
  /** A collection with more requests than this is refused (PF008), before any of them is generated. */
  maxRequests: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDepth: 32,
  maxJsonDepth: 64,
  maxBodyBytes: 16 * 1024 * 1024,
  maxFileBytes: 512 * 1024 * 1024,
  maxRequests: 20_000,
};

export interface PostforgeConfig {
  collections: CollectionConfig[];
}

export interface ResolvedCollectionConfig {
  input: string;
  environments: string[];
  out: string;
  name: string;
  names: Record<string, string>;
  limits: Limits;
  partialBodies: string[];
  foldFolders: FoldFolders;
  openapi: boolean;
}

export const CONFIG_FILES = ['postforge.config.ts', 'postforge.config.mjs', 'postforge.config.js', 'postforge.config.json'];
export const DEFAULT_COLLECTIONS_DIR = 'collections';
export const DEFAULT_OUTPUT_DIR = 'generated';
const COLLECTION_SUFFIX = '.postman_collection.json';
const ENVIRONMENT_SUFFIX = '.postman_environment.json';

export function defineConfig(config: PostforgeConfig): PostforgeConfig {
  return config;
}

export { defaultPackageName };

/** npm's rules for a package name; also keeps `generated/<name>` inside `generated/`. */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

export function resolveCollection(config: CollectionConfig, root: string): ResolvedCollectionConfig {
  const name = config.name ?? defaultPackageName(config.input);
  if (!PACKAGE_NAME.test(name) || name.length > 214) throw new ConfigError(`"${name}" is not a valid npm package name`);
  return {
    input: path.resolve(root, config.input),
    environments: (config.environments ?? []).map((e) => path.resolve(root, e)),
    out: path.resolve(root, config.out ?? path.join(DEFAULT_OUTPUT_DIR, name)),
    name,
    names: { ...config.names },
    limits: resolveLimits(config.limits),
    partialBodies: resolvePartialBodies(config.partialBodies),
    foldFolders: resolveFoldFolders(config.foldFolders),
    openapi: resolveOpenApi(config.openapi),
  };
}

/** HTTP method tokens, upper-cased as requests are (normalize upper-cases methods); a typo is refused, not ignored. */
export function resolvePartialBodies(given: readonly string[] | undefined): string[] {
  if (given === undefined) return [...DEFAULT_PARTIAL_BODIES];
  if (!Array.isArray(given)) throw new ConfigError('partialBodies must be a list of HTTP methods, e.g. ["PUT", "PATCH"]');
  return [
    ...new Set(
      given.map((method: unknown) => {
        if (typeof method !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(method)) throw new ConfigError(`partialBodies: ${JSON.stringify(method)} is not an HTTP method`);
        return method.toUpperCase();
      }),
    ),
  ];
}

export function resolveOpenApi(given: boolean | undefined): boolean {
  if (given !== undefined && typeof given !== 'boolean') throw new ConfigError(`openapi must be true or false, got ${JSON.stringify(given)}`);
  return given ?? false;
}

export function resolveFoldFolders(given: FoldFolders | undefined): FoldFolders {
  if (given === undefined) return DEFAULT_FOLD_FOLDERS;
  if (!FOLD_FOLDERS.includes(given)) throw new ConfigError(`foldFolders must be one of ${FOLD_FOLDERS.map((f) => JSON.stringify(f)).join(', ')}, got ${JSON.stringify(given)}`);
  return given;
}

/**
 * Ceilings no configuration may pass: the postman-collection SDK builds its folder tree
 * recursively (it overflows near 1,000 levels), and type inference recurses into bodies.
 */
export const LIMIT_CEILINGS: Readonly<Partial<Limits>> = { maxDepth: 256, maxJsonDepth: 512 };

/** Every limit a positive whole number under its ceiling; unknown keys are refused so a typo does not pass silently. */
export function resolveLimits(given: Partial<Limits> | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  if (given === undefined) return limits;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new ConfigError('limits must be an object');
  for (const [key, value] of Object.entries(given)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, key)) throw new ConfigError(`limits.${key} is not a limit (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new ConfigError(`limits.${key} must be a positive whole number, got ${JSON.stringify(value)}`);
    const ceiling = LIMIT_CEILINGS[key as keyof Limits];
    if (ceiling !== undefined && value > ceiling) throw new ConfigError(`limits.${key} can be at most ${ceiling}, got ${value}`);
    limits[key as keyof Limits] = value;
  }
  return limits;
}

/** Where Postman's File System mode and Native Git keep v3 collections and environments. */
export const POSTMAN_COLLECTIONS_DIR = path.join('postman', 'collections');
export const POSTMAN_ENVIRONMENTS_DIR = path.join('postman', 'environments');

/**
 * Without a config file: every `collections/*.postman_collection.json`, with
 * `<name>.*.postman_environment.json` beside it; every v3 collection folder in `collections/` and
 * `postman/collections/` (or those `.postman/resources.yaml` lists, when it exists), with every
 * `postman/environments/*.environment.yaml` (or those it lists). `notes`: what resources.yaml named that is gone.
 */
export function defaultConfig(root: string): PostforgeConfig & { notes: Diagnostic[] } {
  const dir = path.join(root, DEFAULT_COLLECTIONS_DIR);
  const files = existsSync(dir) ? readdirSync(dir).sort(compareNames) : [];
  const json = files
    .filter((f) => f.endsWith(COLLECTION_SUFFIX))
    .map((f) => {
      const stem = f.slice(0, -COLLECTION_SUFFIX.length);
      const environments = files
        .filter((e) => e.startsWith(stem + '.') && e.endsWith(ENVIRONMENT_SUFFIX))
        .map((e) => path.join(DEFAULT_COLLECTIONS_DIR, e));
      return { input: path.join(DEFAULT_COLLECTIONS_DIR, f), environments };
    });
  const folders = (relative: string) => {
    const at = path.join(root, relative);
    return existsSync(at) ? readdirSync(at).sort(compareNames).map((f) => path.join(relative, f)).filter((f) => looksLikeV3Collection(path.join(root, f))) : [];
  };
  const resources = readResources(root);
  const envDir = path.join(root, POSTMAN_ENVIRONMENTS_DIR);
  const v3Environments = resources
    ? resources.environments.map((e) => path.relative(root, e))
    : existsSync(envDir) ? readdirSync(envDir).sort(compareNames).filter((f) => ENVIRONMENT_SUFFIXES.some((s) => f.endsWith(s))).map((f) => path.join(POSTMAN_ENVIRONMENTS_DIR, f)) : [];
  const listed = resources ? resources.collections.filter((c) => looksLikeV3Collection(c)).map((c) => path.relative(root, c)) : folders(POSTMAN_COLLECTIONS_DIR);
  const v3 = [...new Set([...folders(DEFAULT_COLLECTIONS_DIR), ...listed])].map((input) => ({ input, environments: input.startsWith(DEFAULT_COLLECTIONS_DIR + path.sep) ? [] : v3Environments }));
  return { collections: [...json, ...v3], notes: resources?.problems ?? [] };
}

/** `fresh`: import the file anew (the watch mode rereads an edited config; imports are otherwise cached per URL). */
export async function loadConfig(root: string, options: { fresh?: boolean } = {}): Promise<{ config: PostforgeConfig; file: string | null; notes?: Diagnostic[] }> {
  for (const candidate of CONFIG_FILES) {
    const file = path.join(root, candidate);
    if (!existsSync(file)) continue;
    const url = pathToFileURL(file).href + (options.fresh ? `?v=${++configVersion}` : '');
    const mod = (await import(url, candidate.endsWith('.json') ? { with: { type: 'json' } } : undefined)) as {
      default?: PostforgeConfig;
    };
    if (!mod.default || !Array.isArray(mod.default.collections)) {
      throw new ConfigError(`${candidate} must export default { collections: [...] }`);
    }
    return { config: mod.default, file };
  }
  const { notes, ...config } = defaultConfig(root);
  return { config, file: null, notes };
}

/** Counts fresh imports of config files, so each one gets a URL of its own. */
let configVersion = 0;

export class ConfigError extends Error {}

/** Locale-independent, numeric-aware ordering used wherever postforge sorts. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en-US', { numeric: true });
}
