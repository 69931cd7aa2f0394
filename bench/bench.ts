// `npm run bench [-- --large] [-- --runs N]`: the whole pipeline on synthetic collections of
// 100 and 1000 requests (5000 with --large). Every run is a fresh child process (run-once.ts),
// so later runs are not flattered by warm module caches, JIT or prettier's cache. Prints tables
// only; writes nothing into the repo; never asserts timings and always exits 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAKE_COLLECTION = '/work/shared/bench/make-collection.mjs';
const SEED = '20240601'; // fixed, so every machine benchmarks the same collections
const BUDGET_MS = 9.5 * 60_000; // keep the default run under ~10 minutes on 2 cores
const STAGES = ['load', 'normalize', 'infer', 'plan', 'emit', 'render', 'format', 'write', 'check'];
// Measured elsewhere on a 1,000-request collection; printed beside our numbers for scale.
const REFERENCES = [
  { what: 'naive generator, writes everything', ms: 300, ours: 'total' },
  { what: 'ts-morph from structures', ms: 2300, ours: 'emit' },
  { what: 'prettier over the same output', ms: 6300, ours: 'format' },
] as const;

interface Sample {
  importMs: number;
  totalMs: number;
  wallMs: number; // spawn to exit, as seen from here: includes node + tsx startup
  stages: Record<string, number>;
  endpoints: number;
  files: number;
  bytes: number;
  written: number | null;
  unchanged: number | null;
  drift: number | null;
  changedFiles: string[];
  errors: string[];
  maxRssMB: number;
  peakHeapMB: number;
}

const { values: args } = parseArgs({ options: { large: { type: 'boolean', default: false }, runs: { type: 'string' } } });
const sizes = [
  { n: 100, runs: 5 },
  { n: 1000, runs: 3 },
  ...(args.large ? [{ n: 5000, runs: 1 }] : []),
].map((s) => ({ ...s, runs: args.runs ? Math.max(1, Number(args.runs)) : s.runs }));

const started = Date.now();
const left = () => BUDGET_MS - (Date.now() - started);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'postforge-bench-'));
const notes: string[] = [];
const medians = new Map<number, Record<string, number>>();

/** One pipeline run in a fresh node process; null (with a note) if it failed or ran out of time. */
function runOnce(collection: string, out: string, label: string, check = false): Sample | null {
  const begin = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run-once.ts', collection, out, ...(check ? ['--check'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
    timeout: Math.max(left(), 30_000), // never let one run hang the benchmark
  });
  const wallMs = performance.now() - begin;
  const line = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !line?.startsWith('{')) {
    const why = child.error?.message ?? child.signal ?? `exit ${child.status}`;
    notes.push(`${label}: failed after ${(wallMs / 1000).toFixed(1)} s (${why}) ${child.stderr?.trim().split('\n').slice(-3).join(' | ') ?? ''}`);
    return null;
  }
  const sample = { ...(JSON.parse(line) as Omit<Sample, 'wallMs'>), wallMs };
  if (sample.errors.length) notes.push(`${label}: pipeline reported errors: ${sample.errors.slice(0, 3).join('; ')}`);
  return sample;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const row = (cells: string[], widths = [34, 10, 10, 10, 8]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' ');

function report(n: number, collectionBytes: number, cold: Sample[], rerun: Sample | null, check: Sample | null): void {
  console.log(`\n== ${n} requests (${mb(collectionBytes)} MB collection, ${cold.length} cold run(s), fresh output folder each) ==`);
  console.log(row(['', 'median', 'min', 'max', 'share']));
  const m: Record<string, number> = {};
  const line = (label: string, xs: number[], total?: number) => {
    m[label] = median(xs);
    console.log(row([label, ms(m[label]), ms(Math.min(...xs)), ms(Math.max(...xs)), total ? `${((100 * m[label]) / total).toFixed(1)}%` : '']));
  };
  const total = median(cold.map((s) => s.totalMs));
  for (const stage of STAGES.filter((st) => cold.some((s) => st in s.stages))) line(stage, cold.map((s) => s.stages[stage] ?? 0), total);
  line('total (pipeline)', cold.map((s) => s.totalMs));
  line('module import (tsx, ts-morph, ...)', cold.map((s) => s.importMs));
  line('process wall (spawn to exit)', cold.map((s) => s.wallMs));
  const rss = cold.map((s) => s.maxRssMB);
  const heap = cold.map((s) => s.peakHeapMB);
  console.log(row(['peak RSS (maxRSS), MB', median(rss).toFixed(0), Math.min(...rss).toFixed(0), Math.max(...rss).toFixed(0)]));
  console.log(row(['peak heap used (sampled), MB', median(heap).toFixed(0), Math.min(...heap).toFixed(0), Math.max(...heap).toFixed(0)]));
  const first = cold[0]!;
  console.log(
    `files ${first.files}, ${mb(first.bytes)} MB written (${(first.bytes / collectionBytes).toFixed(2)}x the collection); ` +
      `${(total / first.endpoints).toFixed(1)} ms per request (${first.endpoints} endpoints)`,
  );
  if (rerun) {
    console.log(
      `second run, same folder:  total ${ms(rerun.totalMs)}, write ${ms(rerun.stages['write'] ?? 0)}; ` +
        `${rerun.written} written, ${rerun.unchanged} unchanged${rerun.written ? `  <- expected 0 written: ${rerun.changedFiles.join(', ')}` : ''}`,
    );
  }
  if (check) console.log(`--check, same folder:     total ${ms(check.totalMs)}, check ${ms(check.stages['check'] ?? 0)}; ${check.drift} file(s) differ${check.drift ? `  <- expected 0: ${check.changedFiles.join(', ')}` : ''}`);
  medians.set(n, m);
}

try {
  for (const { n, runs } of sizes) {
    const dir = mkdtempSync(path.join(tmp, `${n}-`)); // removed after this size: 5000's outputs are large
    const collection = path.join(dir, `collection-${n}.json`);
    const made = spawnSync(process.execPath, [MAKE_COLLECTION, String(n), collection, SEED], { encoding: 'utf8' });
    if (made.status !== 0) {
      notes.push(`${n}: make-collection failed: ${made.stderr.trim()}`);
      continue;
    }
    const cold: Sample[] = [];
    let out = '';
    for (let i = 1; i <= runs; i++) {
      // Skip a run we can predict will not fit the budget, and say so rather than hang.
      const last = cold.at(-1)?.wallMs ?? 0;
      if (cold.length > 0 && last * 3 > left()) {
        notes.push(`${n}: stopped after ${cold.length} of ${runs} cold runs to stay within the ~10 minute budget (one run takes ${ms(last)})`);
        break;
      }
      out = path.join(dir, `out-${i}`);
      const s = runOnce(collection, out, `${n} requests, run ${i}`);
      if (s) cold.push(s);
    }
    if (cold.length === 0) continue; // the notes say why
    // Right after the last cold run, into its folder: nothing changed, so nothing should be written.
    const rerun = runOnce(collection, out, `${n} requests, second run`);
    const check = runOnce(collection, out, `${n} requests, --check`, true);
    report(n, statSync(collection).size, cold, rerun, check);
    rmSync(dir, { recursive: true, force: true });
  }

  const small = medians.get(100);
  const big = medians.get(1000);
  if (small && big) {
    console.log('\n== scaling: time(1000) / time(100)  (10.0x = linear) ==');
    for (const key of Object.keys(big).filter((k) => k in small)) {
      console.log(row([key, `${(big[key]! / small[key]!).toFixed(1)}x`, ms(small[key]!), ms(big[key]!)], [34, 8, 10, 10]));
    }
  }
  if (big) {
    console.log('\n== references, 1,000 requests (measured elsewhere) vs ours (median) ==');
    for (const r of REFERENCES) {
      const ours = r.ours === 'total' ? big['total (pipeline)']! : big[r.ours]!;
      console.log(row([r.what, ms(r.ms), `${r.ours} ${ms(ours)}`, `${(ours / r.ms).toFixed(1)}x`], [36, 8, 16, 7]));
    }
  }
} catch (error) {
  notes.push(`benchmark error: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Bundle sizes of the generated packages (esbuild), in a fresh process like the pipeline runs.
const size = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/bundle-size.ts')], { cwd: ROOT, encoding: 'utf8' });
if (size.status === 0) process.stdout.write(size.stdout);
else notes.push(`bundle size failed: ${size.stderr.trim().split('\n').at(-1)}`);

console.log(`\n${os.cpus().length} CPU(s), node ${process.version}; benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const note of notes) console.log(`note: ${note}`);
process.exitCode = 0;
