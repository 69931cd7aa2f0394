// `npm run bench [-- --sizes 1000,5000:1] [-- --runs N]` (`N:k`: k runs at that size): postforge beside the usual route on the
// same synthetic collection (../shared/bench/make-collection.mjs, fixed seed), in one run, every
// measurement a fresh process:
//   cold         postforge generate into a new folder with an empty cache
//   unchanged    the same again into that folder, with the cache the cold run left (nothing to write)
//   one changed  one saved example given a new field (a new one each run), same folder and cache
//   floor        parse and write the same kinds of declarations by string concatenation (bench/floor.ts)
//   anchor       postman-to-openapi, then @hey-api/openapi-ts (types, SDK, fetch client; no formatter),
//                from bench/anchor/ (its own lockfile; installed here on first use)
//   tsc          tsc --noEmit over the generated package's src/
// Medians of --runs (default 3), peak RSS, ratios. Prints a Markdown table; never asserts, exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ANCHOR = path.join(ROOT, 'bench', 'anchor');
const MAKE_COLLECTION = path.resolve(ROOT, '..', 'shared', 'bench', 'make-collection.mjs');
const SEED = '20240601';

const { values: args } = parseArgs({
  options: { sizes: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
});
const runs = Math.max(1, Number(args.runs));
const sizes = args.sizes!.split(',').map((s) => ({ n: Number(s.split(':')[0]), runs: Math.max(1, Number(s.split(':')[1] ?? runs)) }));
// Under the repository, so that tsc finds @types/node in its node_modules.
const tmp = path.join(ROOT, '.tmp', `bench-${process.pid}`);
const notes: string[] = [];

interface Sample {
  totalMs: number;
  maxRssMB: number;
  written?: number;
  errors?: string[];
  stages?: Record<string, number>;
}

function child(label: string, command: string, argv: string[], cwd = ROOT): Sample | null {
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, timeout: 30 * 60_000 });
  const line = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) {
    notes.push(
      `${label}: failed (${r.error?.message ?? r.signal ?? `exit ${r.status}`}) ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`,
    );
    return null;
  }
  const sample = JSON.parse(line) as Sample;
  if (sample.errors?.length) notes.push(`${label}: ${sample.errors.join('; ')}`);
  return sample;
}

const postforge = (label: string, collection: string, out: string, cache: string) =>
  child(label, process.execPath, ['--import', 'tsx', 'bench/run-once.ts', collection, out, cache]);

/** Wall time of a command that prints nothing useful (tsc), with /usr/bin/time's peak RSS where it exists. */
function timed(label: string, command: string, argv: string[]): Sample | null {
  const withTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = spawnSync(withTime ? '/usr/bin/time' : command, withTime ? ['-f', '%M', command, ...argv] : argv, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const totalMs = performance.now() - start;
  if (r.status !== 0)
    notes.push(`${label}: exit ${r.status}: ${(r.stdout + r.stderr).trim().split('\n').slice(0, 3).join(' | ')}`);
  const kb = withTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { totalMs, maxRssMB: kb / 1024 };
}

/**
 * The collection with one saved example's body given a field named after `version`: each run changes
 * one request's response type and data in a way no earlier run did, as a real edit would (a value
 * that alternated would find the formatted and built files of the run before last in the cache).
 */
function withOneChange(collection: string, version: number): string {
  const data = JSON.parse(readFileSync(collection, 'utf8')) as { item: Array<{ item?: unknown[] }> };
  const first = (data.item[0]!.item ?? [data.item[0]]) as Array<{ response?: Array<{ body?: string }> }>;
  const response = first[0]!.response![0]!;
  const body = JSON.parse(response.body!) as Record<string, unknown>;
  body[`benchEdit${version}`] = version;
  response.body = JSON.stringify(body);
  const file = collection.replace(/\.json$/, `-edit${version}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

function ensureAnchor(): boolean {
  if (existsSync(path.join(ANCHOR, 'node_modules', '@hey-api', 'openapi-ts'))) return true;
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: ANCHOR, encoding: 'utf8' });
  if (r.status !== 0) notes.push(`anchor: npm ci in bench/anchor failed: ${r.stderr.trim().split('\n').pop()}`);
  return r.status === 0;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const sec = (ms: number) => (Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const mib = (xs: number[]) => (xs.length ? `${Math.round(Math.max(...xs))} MiB` : 'n/a');
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? 'n/a' : `${(a / b).toFixed(2)}`);

const rows: string[] = [];
const stageRows: string[] = [];
try {
  mkdirSync(tmp, { recursive: true });
  const anchorReady = ensureAnchor();
  for (const { n, runs } of sizes) {
    const dir = path.join(tmp, String(n));
    mkdirSync(dir, { recursive: true });
    const collection = path.join(dir, `collection-${n}.json`);
    const made = spawnSync(process.execPath, [MAKE_COLLECTION, String(n), collection, SEED], { encoding: 'utf8' });
    if (made.status !== 0) {
      notes.push(`${n}: make-collection failed: ${made.stderr.trim()}`);
      continue;
    }
    const cold: Sample[] = [],
      unchanged: Sample[] = [],
      changed: Sample[] = [],
      floor: Sample[] = [],
      anchor: Sample[] = [];
    const out = path.join(dir, 'out');
    const cache = path.join(dir, 'cache');
    // Interleaved, so that a noisy stretch of the machine hits every column alike.
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      const c = postforge(`${n} cold ${i + 1}`, collection, out, cache);
      if (c) cold.push(c);
      const u = postforge(`${n} unchanged ${i + 1}`, collection, out, cache);
      if (u) unchanged.push(u);
      if (u && u.written !== 0) notes.push(`${n} unchanged ${i + 1}: wrote ${u.written} file(s)`);
      const o = postforge(`${n} one changed ${i + 1}`, withOneChange(collection, i), out, cache);
      if (o) changed.push(o);
      const f = child(`${n} floor ${i + 1}`, process.execPath, [
        '--import',
        'tsx',
        'bench/floor.ts',
        collection,
        path.join(dir, `floor-${i}`),
      ]);
      if (f) floor.push(f);
      if (anchorReady) {
        const a = child(`${n} anchor ${i + 1}`, process.execPath, [
          path.join(ANCHOR, 'run.mjs'),
          collection,
          path.join(dir, `anchor-${i}`),
        ]);
        if (a) anchor.push(a);
      }
      rmSync(path.join(dir, `floor-${i}`), { recursive: true, force: true });
      rmSync(path.join(dir, `anchor-${i}`), { recursive: true, force: true });
    }
    // The last one-changed run left the package in `out`: type-check what an app would compile.
    const tsc = timed(`${n} tsc`, path.join(ROOT, 'node_modules', '.bin', 'tsc'), [
      '--noEmit',
      '-p',
      path.join(out, 'tsconfig.build.json'),
    ]);
    const m = (xs: Sample[]) => median(xs.map((s) => s.totalMs));
    const [mc, mu, mo, mf, ma] = [m(cold), m(unchanged), m(changed), m(floor), m(anchor)];
    rows.push(
      `| ${n} (${runs}) | ${sec(mc)} | ${sec(mu)} | ${sec(mo)} | ${sec(mf)} | ${sec(ma)} | ${ratio(mc, ma)} | ${ratio(mu, mc)} | ${ratio(mo, mc)} | ${mib(cold.map((s) => s.maxRssMB))} | ${mib(anchor.map((s) => s.maxRssMB))} | ${sec(tsc?.totalMs ?? NaN)} |`,
    );
    const stages = Object.keys(cold[0]?.stages ?? {});
    stageRows.push(
      `| ${n} | ${stages.map((s) => `${s} ${sec(median(cold.map((c) => c.stages?.[s] ?? 0)))}`).join(' · ')} |`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(
  `\npostforge vs postman-to-openapi -> @hey-api/openapi-ts: medians of ${runs} run(s), ${os.cpus().length} CPU(s), node ${process.version}\n`,
);
console.log(
  '| requests | cold | unchanged | one changed | floor | anchor | cold / anchor | unchanged / cold | one changed / cold | peak RSS | anchor peak RSS | tsc --noEmit |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('\nCold run by stage (medians):\n');
console.log('| requests | stages |\n| ---: | --- |');
for (const row of stageRows) console.log(row);
for (const note of notes) console.log(`\nnote: ${note}`);
process.exitCode = 0;
