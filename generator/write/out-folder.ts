// The --out folder itself: it must be a folder postforge owns before anything in it is written or
// removed as stale. A folder is postforge's when it is empty, missing, or holds the names lock that
// every generated package carries (postforge.names.json): `--out .` or `--out ~` is refused, never
// emptied.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics.js';
import { NAMES_LOCK_FILE } from '../plan/names-lock.js';
import { reason } from './reason.js';

/** The marker: a regular file of this name at the top of the folder says postforge wrote it. */
export const OWNER_MARKER = NAMES_LOCK_FILE;

/** `root`: the folder's real path (a symlinked --out is followed once, here); `exists`: whether it is on disk yet. */
export interface OutFolder {
  root: string;
  exists: boolean;
}

/** The output folder, or null (reported PF150 or PF151) when postforge must not write into it. */
export function openOutFolder(outDir: string, diagnostics: Diagnostics): OutFolder | null {
  const given = path.resolve(outDir);
  const where = { file: outDir };
  let entry;
  try {
    entry = statSync(given);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { root: resolveMissing(given), exists: false };
    diagnostics.report('PF108', `${given} cannot be read: ${reason(error)}`, where);
    return null;
  }
  if (!entry.isDirectory()) {
    diagnostics.report('PF150', `${given} is ${entry.isFile() ? 'a file' : 'not a folder'}: the output must be a folder`, where);
    return null;
  }
  const root = realpathSync(given);
  const entries = readdirSync(root);
  if (entries.length > 0 && !isRegularFile(path.join(root, OWNER_MARKER))) {
    const shown = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? `, … (${entries.length} entries)` : '');
    diagnostics.report('PF151', `${given} holds files postforge did not write (${shown}) and no ${OWNER_MARKER}: nothing is written there, and nothing in it is removed`, where);
    return null;
  }
  return { root, exists: true };
}

/** A folder not created yet: the real path of its nearest existing ancestor, then the rest as given. */
function resolveMissing(absolute: string): string {
  const rest: string[] = [];
  let dir = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(dir), ...rest);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return absolute;
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}

function isRegularFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}
