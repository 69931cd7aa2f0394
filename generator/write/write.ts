// Files -> disk: only inside the output folder, only files whose bytes changed, stale files
// removed; or, with --check, nothing written and the differences listed.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../emit/emit.js';
import { compareNames } from '../config.js';

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

/** Folders in a package the generator never owns: installs and builds. */
const UNOWNED = new Set(['node_modules', 'dist']);

export function writeFiles(outDir: string, files: readonly OutputFile[]): WriteResult {
  const targets = files.map((f) => ({ file: f, target: insideOut(outDir, f.path) }));
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  for (const { file, target } of targets) {
    if (existsSync(target) && readFileSync(target, 'utf8') === file.content) {
      result.unchanged.push(file.path);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const temporary = `${target}.postforge-tmp`;
    writeFileSync(temporary, file.content);
    renameSync(temporary, target);
    result.written.push(file.path);
  }
  const wanted = new Set(files.map((f) => f.path));
  for (const stale of ownedFiles(outDir).filter((f) => !wanted.has(f))) {
    rmSync(path.join(outDir, stale));
    result.removed.push(stale);
  }
  removeEmptyFolders(outDir);
  return result;
}

export function checkFiles(outDir: string, files: readonly OutputFile[]): CheckResult {
  const changed = files.filter((f) => {
    const target = insideOut(outDir, f.path);
    return !existsSync(target) || readFileSync(target, 'utf8') !== f.content;
  });
  const wanted = new Set(files.map((f) => f.path));
  return { changed: changed.map((f) => f.path), stale: ownedFiles(outDir).filter((f) => !wanted.has(f)) };
}

/** Resolves a generated path, refusing anything that would land outside the output folder. */
export function insideOut(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..') || !target.startsWith(root + path.sep)) {
    throw new Error(`refusing to write ${JSON.stringify(relative)} outside ${root}`);
  }
  return target;
}

function ownedFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const out: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name))) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(prefix === '' && UNOWNED.has(entry.name))) visit(path.join(dir, entry.name), relative);
      } else if (entry.isFile()) out.push(relative);
    }
  };
  visit(outDir, '');
  return out;
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || UNOWNED.has(entry.name)) continue;
    const child = path.join(dir, entry.name);
    removeEmptyFolders(child);
    if (readdirSync(child).length === 0 && statSync(child).isDirectory()) rmdirSync(child);
  }
}
