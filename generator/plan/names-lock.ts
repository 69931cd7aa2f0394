// The names lock: every generated package records which function name each request got, and the
// next generation keeps those names. Adding, removing or renaming other requests then never renames
// an existing one, even where a new request makes an old name ambiguous. Like a package lock, it is
// committed with the output; the same collection and lock always give the same names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EndpointModel } from '../model/types.js';
import { RESERVED_EXPORTS } from './naming.js';
import { isIdentifier } from './words.js';

export const NAMES_LOCK_FILE = 'postforge.names.json';

export type NamesLock = ReadonlyMap<string, string>;

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
  if (!existsSync(file)) return { lock: new Map(), problem: null };
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { names?: Record<string, unknown> };
    const entries = Object.entries(json.names ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { lock: new Map(entries), problem: null };
  } catch (error) {
    return { lock: new Map(), problem: (error as Error).message };
  }
}

/** Which name each endpoint is pinned to: the config first, then the lock; unusable or doubled lock names are dropped. */
export function pinnedNames(endpoints: readonly EndpointModel[], overrides: Readonly<Record<string, string>>, lock: NamesLock): Array<string | undefined> {
  const fromConfig = endpoints.map((e) => overrides[e.id]);
  const taken = new Set(fromConfig.filter((n): n is string => n !== undefined));
  return endpoints.map((e, i) => {
    if (fromConfig[i] !== undefined) return fromConfig[i];
    const locked = lock.get(lockKey(e));
    if (locked === undefined || !isIdentifier(locked) || RESERVED_EXPORTS.includes(locked) || taken.has(locked)) return undefined;
    taken.add(locked);
    return locked;
  });
}

/** The lock to write: every current request, in collection order; requests that are gone drop out. */
export function namesLockContent(endpoints: ReadonlyArray<{ endpoint: EndpointModel; functionName: string }>): string {
  const names: Record<string, string> = {};
  for (const { endpoint, functionName } of endpoints) names[lockKey(endpoint)] = functionName;
  const doc = { '//': 'Function names postforge gave each request; kept on regeneration so names never shift. Delete an entry to rename.', names };
  return JSON.stringify(doc, null, 2) + '\n';
}
