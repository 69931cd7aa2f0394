// One postforge run, as a user runs it (the CLI's main, with its persistent cache), in this fresh
// process; prints one JSON line for bench.ts.
//   node --import tsx bench/run-once.ts <collection.json> <outDir> <cacheDir|--no-cache> [--check]
// Kept apart from bench.ts so every measured run starts cold: no module cache, no JIT warm-up and
// no in-memory format cache carried over from an earlier run.
import { resourceUsage } from 'node:process';

const [input, out, cache, flag] = process.argv.slice(2);
if (!input || !out || !cache)
  throw new Error('usage: run-once.ts <collection.json> <outDir> <cacheDir|--no-cache> [--check]');

const start = performance.now();
// Module loading (tsx transpiling generator/, loading ts-morph, prettier, TypeScript) is part of what a user waits for.
const { main } = await import('../generator/cli.js');
const importMs = performance.now() - start;
const lines: string[] = [];
const argv = [
  'generate',
  input,
  '--out',
  out,
  '--name',
  'bench-sdk',
  ...(cache === '--no-cache' ? ['--no-cache'] : ['--cache-dir', cache]),
  '--verbose',
  ...(flag ? [flag] : []),
];
const code = await main(argv, (line) => lines.push(line));
const totalMs = performance.now() - start;

const summary = lines.find((l) => /\d+ endpoints,/.test(l)) ?? '';
const stageLine = lines.find((l) => /^\s+\w+ [\d.]+ ms( · |$)/.test(l)) ?? '';
const stages = Object.fromEntries([...stageLine.matchAll(/(\w+) ([\d.]+) ms/g)].map((m) => [m[1], Number(m[2])]));
const count = (re: RegExp) => Number(re.exec(summary)?.[1] ?? NaN);
console.log(
  JSON.stringify({
    code,
    importMs,
    totalMs,
    stages,
    endpoints: count(/(\d+) endpoints/),
    written: count(/(\d+) files written/),
    unchanged: count(/(\d+) unchanged/),
    errors: lines.filter((l) => l.startsWith('error')).slice(0, 3),
    maxRssMB: resourceUsage().maxRSS / 1024,
  }),
);
