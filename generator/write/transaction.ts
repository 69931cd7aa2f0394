// All or nothing: every changed file is written to a temporary file next to its target first, then
// renamed into place (each rename is atomic), and stale files are moved aside, never deleted, until
// everything succeeded. Any failure undoes what was done: replaced files come back from their
// backups, new files, temporaries and created folders go, and stale files stay where they were.
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file-system calls a transaction makes; tests pass one that fails on a chosen call. */
export interface WriteIo {
  /** Creates a folder and its missing parents; returns the first folder it created, if any. */
  mkdir(dir: string): string | undefined;
  /** Creates a new file (fails if one is there). */
  writeNew(file: string, content: string): void;
  rename(from: string, to: string): void;
  /** A second name for a file's bytes (a hard link, or a copy where links are not supported). */
  keep(file: string, backup: string): void;
  unlink(file: string): void;
  removeTree(dir: string): void;
}

export const nodeIo: WriteIo = {
  mkdir: (dir) => mkdirSync(dir, { recursive: true }),
  writeNew: (file, content) => writeFileSync(file, content, { flag: 'wx' }),
  rename: renameSync,
  keep(file, backup) {
    try {
      linkSync(file, backup);
    } catch {
      copyFileSync(file, backup);
    }
  },
  unlink: unlinkSync,
  removeTree: (dir) => rmSync(dir, { recursive: true, force: true }),
};

export interface Change {
  /** As generated, for messages. */
  relative: string;
  absolute: string;
  content: string;
  /** A file is there now and is replaced. */
  exists: boolean;
}

export type Outcome =
  | { ok: true; /** Temporary files that could not be removed afterwards. */ leftovers: string[] }
  | { ok: false; file: string; reason: unknown; /** What could not be put back, if anything. */ unrestored: string[] };

/** The name a temporary or backup file starts with: the write stage's own, stale when a crash left it. */
export const TEMPORARY_PREFIX = '.postforge-';

/** Writes every change and removes every stale file, or leaves the folder as it was. */
export function commit(changes: readonly Change[], stale: ReadonlyArray<{ relative: string; absolute: string }>, io: WriteIo = nodeIo): Outcome {
  const created: string[] = [];
  const temporaries = new Map<string, string>();
  const backups = new Map<string, string>();
  const placed: string[] = [];
  const movedAside: string[] = [];
  let counter = 0;
  // Short names in the target's own folder: the rename stays on one file system, and a long target
  // name cannot make its temporary too long. A crash leaves them as stale files the next run removes.
  const sibling = (file: string, ext: string) => path.join(path.dirname(file), `${TEMPORARY_PREFIX}${process.pid}-${++counter}.${ext}`);
  let step = '';
  try {
    for (const change of changes) {
      step = change.relative;
      const first = io.mkdir(path.dirname(change.absolute));
      if (first !== undefined) created.push(first);
      const temporary = sibling(change.absolute, 'tmp');
      io.writeNew(temporary, change.content);
      temporaries.set(change.absolute, temporary);
      if (change.exists) {
        const backup = sibling(change.absolute, 'bak');
        io.keep(change.absolute, backup);
        backups.set(change.absolute, backup);
      }
    }
    for (const change of changes) {
      step = change.relative;
      io.rename(temporaries.get(change.absolute)!, change.absolute);
      temporaries.delete(change.absolute);
      placed.push(change.absolute);
    }
    for (const file of stale) {
      step = file.relative;
      const backup = sibling(file.absolute, 'bak');
      io.rename(file.absolute, backup);
      backups.set(file.absolute, backup);
      movedAside.push(file.absolute);
    }
  } catch (error) {
    return { ok: false, file: step, reason: error, unrestored: undo() };
  }
  const leftovers: string[] = [];
  for (const backup of backups.values()) attempt(() => io.unlink(backup), backup, leftovers);
  return { ok: true, leftovers };

  /** Puts everything back, newest first; returns what could not be restored. */
  function undo(): string[] {
    const failed: string[] = [];
    const restore = (file: string, backup: string) => {
      // Renamed back, or, if that fails, the only copy of the original: either way it is not deleted below.
      attempt(() => io.rename(backup, file), `${file} (the original is kept as ${backup})`, failed);
      backups.delete(file);
    };
    for (const file of movedAside.reverse()) restore(file, backups.get(file)!);
    for (const file of placed.reverse()) {
      const backup = backups.get(file);
      if (backup === undefined) attempt(() => io.unlink(file), file, failed);
      else restore(file, backup);
    }
    // What is left are backups of files never replaced: the originals are still in place.
    for (const backup of backups.values()) attempt(() => io.unlink(backup), backup, failed);
    for (const temporary of temporaries.values()) attempt(() => io.unlink(temporary), temporary, failed);
    for (const dir of created.reverse()) attempt(() => io.removeTree(dir), dir, failed);
    return failed;
  }
}

function attempt(work: () => void, file: string, failed: string[]): boolean {
  try {
    work();
    return true;
  } catch {
    failed.push(file);
    return false;
  }
}
