// Generated paths -> files inside the output folder. Every path is checked before anything is
// written: relative, `/`-separated plain names only, and no symbolic link on the way (a link inside
// the folder may point anywhere, so postforge never writes, reads or replaces through one).
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../emit/emit.js';
import { reason } from './reason.js';

export interface Target {
  file: OutputFile;
  absolute: string;
  /** The file is already there (a regular file). */
  exists: boolean;
  /** Its bytes are already the generated ones. */
  unchanged: boolean;
}

/** Why a target cannot be written: PF152 for a path that would leave the folder, PF108 for one the disk blocks. */
export interface TargetProblem {
  code: 'PF152' | 'PF108';
  file: string;
  reason: string;
}

/** Why a generated path is not a plain relative path, or null. Checked on the text, before any resolving. */
export function unsafePath(relative: string): string | null {
  if (relative === '') return 'it is empty';
  if (relative.includes('\0')) return 'it holds a NUL character';
  if (relative.includes('\\')) return 'it holds a backslash, a folder separator on Windows';
  if (/^[A-Za-z]:/.test(relative)) return 'it starts with a drive letter';
  if (relative.startsWith('/')) return 'it is absolute';
  for (const segment of relative.split('/')) {
    if (segment === '') return 'it has an empty segment';
    if (segment === '.' || segment === '..') return `it has a "${segment}" segment`;
  }
  return null;
}

/** Resolves and checks every generated path against what is on disk under `root`. */
export function locateTargets(root: string, files: readonly OutputFile[]): { targets: Target[]; problems: TargetProblem[] } {
  const targets: Target[] = [];
  const problems: TargetProblem[] = [];
  const seen = new Map<string, string>();
  const status = statusCache();
  for (const file of files) {
    const refuse = (code: TargetProblem['code'], why: string) => problems.push({ code, file: file.path, reason: why });
    const unsafe = unsafePath(file.path);
    if (unsafe) {
      refuse('PF152', unsafe);
      continue;
    }
    const absolute = path.resolve(root, ...file.path.split('/'));
    if (!absolute.startsWith(root + path.sep)) {
      refuse('PF152', `it resolves to ${absolute}, outside ${root}`);
      continue;
    }
    // Case-insensitive (macOS, Windows) and normalising file systems would make these one file.
    const folded = file.path.normalize('NFC').toLowerCase();
    const twin = seen.get(folded);
    if (twin !== undefined) {
      refuse('PF152', `it is the same file as ${twin} on case-insensitive file systems`);
      continue;
    }
    seen.set(folded, file.path);
    const blocked = blockedOnTheWay(root, file.path.split('/'), status);
    if (blocked) {
      refuse(blocked.code, blocked.reason);
      continue;
    }
    const own = status(absolute);
    if (own instanceof Error) {
      refuse('PF108', reason(own));
    } else if (own === null) {
      targets.push({ file, absolute, exists: false, unchanged: false });
    } else if (own.isSymbolicLink()) {
      refuse('PF152', 'it is a symbolic link: postforge does not write through links');
    } else if (!own.isFile()) {
      refuse('PF108', own.isDirectory() ? 'a folder of that name is in the way' : 'it is not a regular file');
    } else {
      targets.push({ file, absolute, exists: true, unchanged: readFileSync(absolute).equals(Buffer.from(file.content, 'utf8')) });
    }
  }
  return { targets, problems };
}

/** The first parent folder of a path that is a link or not a folder; missing folders are fine (they are created). */
function blockedOnTheWay(root: string, segments: readonly string[], status: Status): Omit<TargetProblem, 'file'> | null {
  let dir = root;
  for (const segment of segments.slice(0, -1)) {
    dir = path.join(dir, segment);
    const entry = status(dir);
    if (entry === null) return null;
    const shown = path.relative(root, dir).split(path.sep).join('/');
    if (entry instanceof Error) return { code: 'PF108', reason: `${shown}: ${reason(entry)}` };
    if (entry.isSymbolicLink()) return { code: 'PF152', reason: `${shown} is a symbolic link: postforge does not write through links` };
    if (!entry.isDirectory()) return { code: 'PF108', reason: `${shown} is a file, not a folder` };
  }
  return null;
}

/** lstat of a path: null when nothing is there, the error when it cannot be read (ENAMETOOLONG, EACCES, ...). */
type Status = (p: string) => Stats | Error | null;

/** lstat once per path: folders are shared by many files. */
function statusCache(): Status {
  const cache = new Map<string, Stats | Error | null>();
  return (p) => {
    if (!cache.has(p)) {
      try {
        cache.set(p, lstatSync(p));
      } catch (error) {
        cache.set(p, (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : (error as Error));
      }
    }
    return cache.get(p)!;
  };
}
