// Small v3 collection folders written inline and loaded, for the v3 loader's tests.
import path from 'node:path';
import { createDiagnostics, type Diagnostics } from '../../generator/diagnostics.js';
import { load, type LoadedCollection } from '../../generator/load/load.js';
import { tempDir } from './collection.js';
import { seed } from './tree.js';

export interface LoadedTree {
  dir: string;
  loaded: LoadedCollection | null;
  diagnostics: Diagnostics;
  /** Codes of the warnings and errors (info left out: PF029 is said for every folder without a root definition). */
  codes: string[];
}

/** Writes `files` under a fresh temp folder named `name` (the collection folder) and loads it. */
export function loadTree(files: Record<string, string>, name = 'Tree API'): LoadedTree {
  const dir = path.join(tempDir('postforge-v3-'), name);
  seed(dir, files);
  return loadFolder(dir);
}

export function loadFolder(dir: string): LoadedTree {
  const diagnostics = createDiagnostics();
  const loaded = load({ file: dir, environments: [] }, diagnostics);
  return { dir, loaded, diagnostics, codes: diagnostics.all.filter((d) => d.severity !== 'info').map((d) => d.code) };
}
