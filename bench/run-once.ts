// One pipeline run in this (fresh) process; prints one JSON line for bench.ts.
//   node --import tsx bench/run-once.ts <collection.json> <outDir> [--check]
// Kept separate from bench.ts so every measured run starts cold: no module cache, no JIT
// warm-up and no prettier format cache carried over from an earlier run.
import { resourceUsage } from 'node:process';

const [input, out, flag] = process.argv.slice(2);
if (!input || !out) throw new Error('usage: run-once.ts <collection.json> <outDir> [--check]');

// Module loading (tsx transpiling generator/, loading ts-morph and prettier) is part of what
// a user waits for, so time it apart from the stages.
const importStart = performance.now();
const { run } = await import('../generator/pipeline.js');
const { resolveCollection } = await import('../generator/config.js');
const importMs = performance.now() - importStart;

// Stages are synchronous, so a timer cannot sample RSS during them; maxRSS (kernel
// high-water mark, KB on Linux) is the reliable peak. The sampler only adds the heap peak.
let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const sampler = setInterval(sample, 20);

const job = resolveCollection({ input, out, name: 'bench-sdk' }, process.cwd());
const start = performance.now();
const result = await run(job, { check: flag === '--check', formatCache: new Map() });
const totalMs = performance.now() - start;
sample();
clearInterval(sampler);

const bytes = result.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
console.log(
  JSON.stringify({
    importMs,
    totalMs,
    stages: Object.fromEntries(result.timings),
    endpoints: result.counts.endpoints,
    files: result.files.length,
    bytes,
    written: result.write?.written.length ?? null,
    unchanged: result.write?.unchanged.length ?? null,
    drift: result.check ? result.check.changed.length + result.check.stale.length : null,
    // Names, so an unexpected rewrite or drift can be traced to a file (first few only).
    changedFiles: (result.write?.written ?? [...(result.check?.changed ?? []), ...(result.check?.stale ?? [])]).slice(0, 3),
    errors: result.diagnostics.all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`),
    maxRssMB: resourceUsage().maxRSS / 1024,
    peakHeapMB: peakHeap / 2 ** 20,
  }),
);
