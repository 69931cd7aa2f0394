// Files -> disk: only inside the output folder, only files whose bytes changed, stale files removed
// once every write succeeded, all or nothing (see transaction.ts); or, with --check, nothing written
// and the differences listed. Problems are reported, never thrown: PF150/PF151 for an output folder
// postforge must not write into, PF152 for a path that would leave it, PF108 for a failed write.
import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { compareNames } from '../config.js';
import type { Diagnostics } from '../diagnostics.js';
import type { OutputFile } from '../emit/emit.js';
import { openOutFolder, type OutFolder } from './out-folder.js';
import { reason } from './reason.js';
import { locateTargets, type Target } from './targets.js';
import { commit, nodeIo, TEMPORARY_PREFIX, type WriteIo } from './transaction.js';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

export interface CheckResult {
  /** Files that would be written, changed or created. */
  changed: string[];
  /** Files on disk the generator would remove. */
  stale: string[];
}

/**
 * Folders in a package the generator never owns: installs, and dot-folders (`.git/` when the package
 * is published from a repository of its own, editor and CI settings); postforge writes no dot-file.
 * dist/ is postforge's own (the build stage writes it, --check compares it), so a file there that
 * the build no longer makes is stale.
 */
const unownedFolder = (name: string) => name === 'node_modules' || name.startsWith('.');
/**
 * Files at the package's top the generator never owns: the tarballs `npm pack` leaves there (the
 * package README says to), and dot-files (`.npmrc`, `.gitignore`) but the temporaries a crashed write left.
 */
const unownedTopFile = (name: string) =>
  name.endsWith('.tgz') || (name.startsWith('.') && !name.startsWith(TEMPORARY_PREFIX));

/** Writes the package, or (on any problem, reported) leaves the folder exactly as it was and returns null. */
export function writeFiles(
  outDir: string,
  files: readonly OutputFile[],
  diagnostics: Diagnostics,
  io: WriteIo = nodeIo,
): WriteResult | null {
  const prepared = prepare(outDir, files, diagnostics);
  if (!prepared) return null;
  const { folder, targets, stale } = prepared;
  const changed = targets.filter((t) => !t.unchanged);
  const outcome = commit(
    changed.map((t) => ({ relative: t.file.path, absolute: t.absolute, content: t.file.content, exists: t.exists })),
    stale.map((relative) => ({ relative, absolute: path.join(folder.root, ...relative.split('/')) })),
    io,
  );
  if (!outcome.ok) {
    const kept = outcome.unrestored.length
      ? `; could not restore ${outcome.unrestored.join(', ')}`
      : '; the folder is as it was';
    diagnostics.report(
      'PF108',
      `${outcome.file} cannot be written (${reason(outcome.reason)}): nothing was written${kept}`,
      { file: outDir },
    );
    return null;
  }
  for (const leftover of outcome.leftovers)
    diagnostics.report('PF153', `${leftover} could not be removed`, { file: outDir });
  if (stale.length) {
    try {
      removeEmptyFolders(folder.root);
    } catch (error) {
      diagnostics.report('PF153', `an emptied folder could not be removed (${reason(error)})`, { file: outDir });
    }
  }
  return {
    written: changed.map((t) => t.file.path),
    unchanged: targets.filter((t) => t.unchanged).map((t) => t.file.path),
    removed: stale,
  };
}

/** What writeFiles would do, with the same refusals; nothing is written. Null when refused (reported). */
export function checkFiles(outDir: string, files: readonly OutputFile[], diagnostics: Diagnostics): CheckResult | null {
  const prepared = prepare(outDir, files, diagnostics);
  if (!prepared) return null;
  return { changed: prepared.targets.filter((t) => !t.unchanged).map((t) => t.file.path), stale: prepared.stale };
}

/** Every check before anything is touched: the folder is postforge's, every path stays inside it. */
function prepare(
  outDir: string,
  files: readonly OutputFile[],
  diagnostics: Diagnostics,
): { folder: OutFolder; targets: Target[]; stale: string[] } | null {
  try {
    const folder = openOutFolder(outDir, diagnostics);
    if (!folder) return null;
    const { targets, problems } = locateTargets(folder.root, files);
    for (const p of problems) {
      const message =
        p.code === 'PF152'
          ? `refusing to write ${JSON.stringify(p.file)}: ${p.reason}`
          : `${p.file} cannot be written: ${p.reason}`;
      diagnostics.report(p.code, `${message}; nothing was written`, { file: outDir });
    }
    if (problems.length) return null;
    const wanted = new Set(files.map((f) => f.path));
    return { folder, targets, stale: folder.exists ? ownedFiles(folder.root).filter((f) => !wanted.has(f)) : [] };
  } catch (error) {
    diagnostics.report('PF108', `${outDir} cannot be read: ${reason(error)}; nothing was written`, { file: outDir });
    return null;
  }
}

/** Regular files under the folder, except what it never owns at its top (above); links are never followed nor removed. */
export function ownedFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const pending: Array<[dir: string, prefix: string]> = [[root, '']];
  while (pending.length) {
    const [dir, prefix] = pending.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(prefix === '' && unownedFolder(entry.name))) pending.push([path.join(dir, entry.name), relative]);
      } else if (entry.isFile() && !(prefix === '' && unownedTopFile(entry.name))) out.push(relative);
    }
  }
  return out.sort(comparePaths);
}

/** Folder by folder, as a depth-first listing shows them: `src/a.ts` before `src/runtime/x.ts` before `test/...`. */
function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    // A file sorts among its folder's entries by name, as readdir order sorted by name would.
    return compareNames(x[i]!, y[i]!);
  }
  return x.length - y.length;
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || unownedFolder(entry.name)) continue;
    const child = path.join(dir, entry.name);
    removeEmptyFolders(child);
    if (readdirSync(child).length === 0) rmdirSync(child);
  }
}
