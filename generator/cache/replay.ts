// Replay: a run whose inputs are, byte for byte, those of a run that wrote (or checked) this output
// folder, into a folder that still holds exactly what that run wrote, would do all its work to
// write nothing. So it is not done: the diagnostics and counts come from the cache, the files from
// the folder, and no stage runs. The key covers every input (the collection or v3 tree, the
// environments, the resolved job, the prettier options for the folder; the store's salt covers
// postforge, its templates and its tools); the folder is checked file by file against the digests
// the entry lists, so an edited, added or removed file means a full run. A run with errors, which
// writes nothing, is never recorded.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedCollectionConfig } from '../config.js';
import type { Diagnostic, Diagnostics } from '../diagnostics.js';
import type { OutputFile } from '../emit/emit.js';
import { ownedFiles } from '../write/write.js';
import { sha256, type CacheStore } from './store.js';

const KIND = 'replay';

interface Entry {
  files: Array<[path: string, digest: string]>;
  counts: { endpoints: number; examples: number; tests: number };
  secrets: number;
  diagnostics: readonly Diagnostic[];
}

export interface Replayed {
  files: OutputFile[];
  counts: Entry['counts'];
  secrets: number;
}

/** The key of this run's inputs; null when one cannot be read (the run then reports it itself). */
export function replayKey(job: ResolvedCollectionConfig, prettierKey: string): string | null {
  try {
    return JSON.stringify({
      job,
      input: digestOf(job.input),
      environments: job.environments.map(digestOf),
      prettierKey,
    });
  } catch {
    return null;
  }
}

/** The previous run, if its entry exists and the folder holds exactly its files; its diagnostics are reported again into `diagnostics`. */
export function replay(store: CacheStore, key: string, out: string, diagnostics: Diagnostics): Replayed | null {
  const text = store.get(KIND, key);
  if (text === undefined) return null;
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return null;
  }
  const files: OutputFile[] = [];
  for (const [file, digest] of entry.files) {
    let content: string;
    try {
      content = readFileSync(path.join(out, file), 'utf8');
    } catch {
      return null;
    }
    if (sha256(content) !== digest) return null;
    files.push({ path: file, content, parser: null });
  }
  // No file the folder holds beyond those (the write stage would remove it).
  if (ownedFiles(out).length !== files.length) return null;
  for (const d of entry.diagnostics)
    diagnostics.report(d.code, d.message, {
      file: d.file,
      itemPath: d.itemPath,
      pointer: d.pointer,
      ...(d.line ? { line: d.line } : {}),
    });
  return { files, counts: entry.counts, secrets: entry.secrets };
}

export function recordReplay(
  store: CacheStore,
  key: string,
  files: readonly OutputFile[],
  replayed: Omit<Entry, 'files'>,
): void {
  const entry: Entry = { files: files.map((f) => [f.path, sha256(f.content)]), ...replayed };
  store.set(KIND, key, JSON.stringify(entry));
}

/** A file's digest, or a folder's (a v3 tree): every regular file's path and bytes, in path order. */
function digestOf(input: string): string {
  if (!lstatSync(input).isDirectory()) return sha256(readFileSync(input, 'latin1'));
  const parts: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (stat.isFile()) parts.push(`${prefix}${name} ${sha256(readFileSync(full, 'latin1'))}`);
      else parts.push(`${prefix}${name} link`); // not followed; a change of target is caught by the loader's own checks
    }
  };
  walk(input, '');
  return sha256(parts.join('\n'));
}
