// The names lock: every generated package records which function name each request got, and the
// next generation keeps those names. Adding, removing or renaming other requests then never renames
// an existing one, even where a new request makes an old name ambiguous. Like a package lock, it is
// committed with the output; the same collection and lock always give the same names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EndpointModel } from '../model/types.js';
import { isUsableFunctionName } from './naming.js';

export const NAMES_LOCK_FILE = 'postforge.names.json';

export interface NamesLock {
  /** Request identity -> exported function name. */
  readonly functions: ReadonlyMap<string, string>;
  /** Request identity -> its member name in its client group (`leads` in `client.v2.recordsApi.updateRecords.leads`). */
  readonly members: ReadonlyMap<string, string>;
  /** Requests folded into their folder's place (`client.v21.recordsApi.convertLead`, see plan.ts `foldFolders`). */
  readonly folded?: ReadonlySet<string>;
}

export const NO_LOCK: NamesLock = { functions: new Map(), members: new Map(), folded: new Set() };

/**
 * A request's identity: its id when the collection gives one, else its item path and method
 * (an id made from the item's position would change whenever a request is inserted before it).
 */
export function lockKey(endpoint: EndpointModel): string {
  return endpoint.id.startsWith('item:') ? `${endpoint.source.itemPath.join(' / ')} ${endpoint.method}` : endpoint.id;
}

/** The previous generation's lock; a missing or unreadable one is no lock (nothing is pinned). */
export function readNamesLock(outDir: string): { lock: NamesLock; problem: string | null } {
  const file = path.join(outDir, NAMES_LOCK_FILE);
  if (!existsSync(file)) return { lock: NO_LOCK, problem: null };
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { names?: Record<string, unknown>; members?: Record<string, unknown>; folded?: unknown };
    const strings = (record: Record<string, unknown> | undefined) => new Map(Object.entries(record ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const folded = new Set(Array.isArray(json.folded) ? json.folded.filter((k): k is string => typeof k === 'string') : []);
    return { lock: { functions: strings(json.names), members: strings(json.members), folded }, problem: null };
  } catch (error) {
    return { lock: NO_LOCK, problem: (error as Error).message };
  }
}

/** Which name each endpoint is pinned to: the config first, then the lock; unusable or doubled lock names are dropped. */
export function pinnedNames(endpoints: readonly EndpointModel[], overrides: Readonly<Record<string, string>>, lock: NamesLock): Array<string | undefined> {
  const fromConfig = endpoints.map((e) => overrides[e.id]);
  // Case-insensitive, as the function scope is: names also become file names.
  const taken = new Set(fromConfig.filter((n): n is string => n !== undefined).map((n) => n.toLowerCase()));
  return endpoints.map((e, i) => {
    if (fromConfig[i] !== undefined) return fromConfig[i];
    const locked = lock.functions.get(lockKey(e));
    if (locked === undefined || !isUsableFunctionName(locked) || taken.has(locked.toLowerCase())) return undefined;
    taken.add(locked.toLowerCase());
    return locked;
  });
}

/** The lock to write: every current request, in collection order; requests that are gone drop out. */
export function namesLockContent(
  endpoints: ReadonlyArray<{ endpoint: EndpointModel; functionName: string; memberPath: readonly string[]; folded?: boolean }>,
): string {
  const names: Record<string, string> = {};
  const members: Record<string, string> = {};
  const folded: string[] = [];
  for (const { endpoint, functionName, memberPath, folded: isFolded } of endpoints) {
    names[lockKey(endpoint)] = functionName;
    members[lockKey(endpoint)] = memberPath[memberPath.length - 1]!;
    if (isFolded) folded.push(lockKey(endpoint));
  }
  const doc = {
    '//': 'Names postforge gave each request; kept on regeneration so names never shift. Delete an entry to rename.',
    names,
    members,
    // Written only when some request is folded, so older locks and packages without folds stay as they were.
    ...(folded.length ? { folded } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
