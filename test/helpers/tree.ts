// Folders on disk as plain data, for tests that check exactly what a run left behind.
import { mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `files` (relative path -> content) under `dir`. */
export function seed(dir: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  }
}

/** Every file under `dir` (relative, `/`-separated) with its content; symbolic links as `-> target`, not followed. */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    if (entry.isSymbolicLink()) out[relative] = `-> ${readlinkSync(full)}`;
    else if (entry.isFile()) out[relative] = readFileSync(full, 'utf8');
  }
  return out;
}

/** Every folder under `dir`, relative (empty ones too). */
export function folders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
