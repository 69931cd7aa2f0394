// The files of a v3 collection folder, found as Postman lays them out and never outside it:
//   .resources/definition.yaml                     the collection's (or a folder's) own settings
//   <Request>.request.yaml                          a request
//   .resources/<Request>.resources/examples/*.example.yaml   its saved examples
//   <Folder>/                                      a folder, laid out the same way
// Symbolic links are not followed (PF026); dot folders other than .resources are not collection parts.
import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../../diagnostics.js';
import { compareNames } from '../../config.js';

export const RESOURCES = '.resources';
export const DEFINITION = 'definition.yaml';
export const REQUEST_SUFFIXES = ['.request.yaml', '.request.yml'];
export const EXAMPLE_SUFFIXES = ['.example.yaml', '.example.yml'];

export interface FolderFiles {
  dir: string;
  /** `.resources/definition.yaml` (or `.yml`), when present. */
  definition: string | null;
  requests: string[];
  folders: string[];
  /** `.resources/<stem>.resources` folders, by stem (the request file name without `.request.yaml`). */
  resourceFolders: Map<string, string>;
}

/** The collection folder's real path: every file read must resolve inside it. */
export interface Tree {
  root: string;
  realRoot: string;
  diagnostics: Diagnostics;
}

/** The entries of one folder, sorted; links reported and skipped. */
export function folderFiles(tree: Tree, dir: string): FolderFiles {
  const out: FolderFiles = { dir, definition: null, requests: [], folders: [], resourceFolders: new Map() };
  for (const entry of entries(tree, dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name === RESOURCES) {
      for (const inner of entries(tree, full)) {
        if (inner.isFile() && (inner.name === DEFINITION || inner.name === 'definition.yml')) out.definition ??= path.join(full, inner.name);
        else if (inner.isDirectory() && inner.name.endsWith('.resources')) out.resourceFolders.set(inner.name.slice(0, -'.resources'.length), path.join(full, inner.name));
      }
    } else if (entry.isDirectory() && !entry.name.startsWith('.')) out.folders.push(full);
    else if (entry.isFile() && stemOf(entry.name, REQUEST_SUFFIXES) !== null) out.requests.push(full);
  }
  return out;
}

/** A folder's entries in a fixed order, without links (said once each). */
export function entries(tree: Tree, dir: string): Dirent[] {
  let list: Dirent[];
  try {
    list = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    tree.diagnostics.report('PF001', `cannot read the folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: dir });
    return [];
  }
  return list
    .filter((e) => {
      if (!e.isSymbolicLink()) return true;
      tree.diagnostics.report('PF026', `${e.name} is a symbolic link; it is not followed`, { file: path.join(dir, e.name) });
      return false;
    })
    .sort((a, b) => compareNames(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `Get user.request.yaml` -> `Get user`; null when the name has none of the suffixes. */
export function stemOf(name: string, suffixes: readonly string[]): string | null {
  const suffix = suffixes.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? name.slice(0, -suffix.length) : null;
}

/**
 * `target` (a folder an `examples:` pointer names) if it is inside the collection folder, reached
 * through no link, and exists; null otherwise (PF026 when it climbs out or goes through a link).
 */
export function insideTree(tree: Tree, target: string, from: string): string | null {
  const relative = path.relative(tree.root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    tree.diagnostics.report('PF026', `the examples path leads outside the collection folder (${relative}); it is not followed`, { file: from });
    return null;
  }
  try {
    if (!lstatSync(target).isDirectory()) return null;
    const real = realpathSync(target);
    if (real !== tree.realRoot && !real.startsWith(tree.realRoot + path.sep)) {
      tree.diagnostics.report('PF026', `the examples path goes through a symbolic link out of the collection folder; it is not followed`, { file: from });
      return null;
    }
    return target;
  } catch {
    return null;
  }
}

/** The example files of one request, sorted; links skipped. */
export function exampleFiles(tree: Tree, dir: string): string[] {
  return entries(tree, dir)
    .filter((e) => e.isFile() && stemOf(e.name, EXAMPLE_SUFFIXES) !== null)
    .map((e) => path.join(dir, e.name));
}
