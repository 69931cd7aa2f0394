// `postforge generate --watch`: after the first run, regenerate whenever an input changes, printing only
// what changed for callers (the drift report's endpoint lines). Folders are watched, not files, because
// editors save by writing a new file and renaming it over the old one. A half-saved or invalid file is
// reported like any input error (nothing is written) and watching goes on; the next good save is
// compared with the last package written. SIGINT closes the watchers and resolves with exit code 0.
import { statSync, watch as watchFolder, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES, type ResolvedCollectionConfig } from './config.js';
import { formatDiagnostic } from './diagnostics.js';
import { driftCounts, endpointLines, terminalText } from './drift/report.js';
import type { CacheStore } from './cache/store.js';
import type { FormatCache } from './format/format.js';
import { run } from './pipeline.js';

export interface WatchOptions {
  jobs: ResolvedCollectionConfig[];
  /** The jobs again after the config changed, or why they cannot be had. */
  reload: () => Promise<ResolvedCollectionConfig[] | string>;
  /** A collection was named on the command line: the config file plays no part. */
  collectionGiven: boolean;
  cwd: string;
  out: (line: string) => void;
  verbose: boolean;
  /** Resolves when watching should stop; default: the first SIGINT. */
  stop?: Promise<void> | undefined;
  formatCache: FormatCache;
  /** The persistent cache (cache/store.ts), as the first run used it. */
  store?: CacheStore;
}

const isFolder = (file: string) => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/** Saves arrive as several events (truncate, write, rename): one run after they settle. */
const SETTLE_MS = 150;

export async function watch(options: WatchOptions): Promise<number> {
  const { cwd, out } = options;
  const rel = (p: string) => terminalText(path.relative(cwd, p) || '.');
  let jobs = options.jobs;
  let watchers: FSWatcher[] = [];
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const configFiles = options.collectionGiven ? [] : CONFIG_FILES.map((f) => path.join(cwd, f));
  const inputsOf = (job: ResolvedCollectionConfig) => [job.input, ...job.environments];
  const watched = () => new Set([...jobs.flatMap(inputsOf), ...configFiles]);

  const changedInput = (file: string) => {
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(regenerate).catch((error: unknown) => out(`postforge: internal error: ${error instanceof Error ? error.message : String(error)} (still watching)`))), SETTLE_MS);
  };

  const rewatch = () => {
    watchers.forEach((w) => w.close());
    const files = watched();
    // A v3 collection is a folder: any change inside it is a change of that input.
    const trees = [...files].filter(isFolder).flatMap((tree) => {
      try {
        const w = watchFolder(tree, { recursive: true }, () => changedInput(tree));
        w.on('error', (error) => out(`postforge: stopped watching ${rel(tree)}: ${error.message}`));
        return [w];
      } catch (error) {
        out(`postforge: cannot watch ${rel(tree)}: ${(error as Error).message}`);
        return [];
      }
    });
    const folders = new Set([...files].map((f) => path.dirname(f)));
    watchers = [...folders].flatMap((folder) => {
      try {
        const w = watchFolder(folder, (_event, name) => {
          const file = name === null ? null : path.join(folder, name.toString());
          if (file !== null && files.has(file)) changedInput(file);
        });
        w.on('error', (error) => out(`postforge: stopped watching ${rel(folder)}: ${error.message}`));
        return [w];
      } catch (error) {
        out(`postforge: cannot watch ${rel(folder)}: ${(error as Error).message}`);
        return [];
      }
    });
    watchers.push(...trees);
  };

  const regenerate = async () => {
    if (stopped) return;
    const changed = [...pending];
    pending.clear();
    if (changed.some((f) => configFiles.includes(f))) {
      const next = await options.reload();
      if (typeof next === 'string') {
        out(`✗ config: ${terminalText(next)} (still watching; the previous config stays in force)`);
        return;
      }
      jobs = next;
      rewatch();
    }
    const affected = changed.some((f) => configFiles.includes(f)) ? jobs : jobs.filter((job) => inputsOf(job).some((f) => changed.includes(f)));
    for (const job of affected) {
      const result = await run(job, { check: false, formatCache: options.formatCache, ...(options.store ? { store: options.store } : {}) });
      for (const d of result.diagnostics.all.filter((d) => options.verbose || d.severity !== 'info')) out(formatDiagnostic({ ...d, file: rel(d.file) }));
      if (result.diagnostics.hasErrors()) {
        out(`✗ ${rel(job.input)}: not regenerated (still watching)`);
        continue;
      }
      const written = result.write?.written.length ?? 0;
      const drift = result.drift;
      if (!drift || !drift.endpoints.length) {
        out(`↻ ${rel(job.out)}: no API changes; ${written} file(s) written`);
        continue;
      }
      const c = driftCounts(drift);
      out(`↻ ${rel(job.out)}: ${c.added} added, ${c.removed} removed, ${c.changed} changed (${c.breaking} breaking); ${written} file(s) written`);
      endpointLines(drift).forEach((line) => out(line));
    }
  };

  rewatch();
  out(`watching ${watched().size} file(s) for changes; Ctrl-C to stop`);
  const stop =
    options.stop ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
    });
  await stop;
  stopped = true;
  if (timer) clearTimeout(timer);
  watchers.forEach((w) => w.close());
  // A run under way finishes: its write is one transaction, never cut in half.
  await running;
  out('stopped watching');
  return 0;
}
