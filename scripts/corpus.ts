// `npm run corpus`: every collection in ../shared/corpus through the whole pipeline, then the real
// compiler over each output, then each output's own tests. Prints one row per collection:
// requests, examples, tests, warnings by code, secrets replaced, soundness, precision, time, pass or fail.
//   npm run corpus [-- <name-filter>]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveCollection } from '../generator/config.js';
import { inferEndpoints } from '../generator/infer/endpoint-shapes.js';
import { load } from '../generator/load/load.js';
import { normalize } from '../generator/normalize/normalize.js';
import { PROJECT_ROOT } from '../generator/paths.js';
import { run } from '../generator/pipeline.js';
import { plan } from '../generator/plan/plan.js';
import { createDiagnostics } from '../generator/diagnostics.js';
import { precisionOf } from './corpus-precision.js';

const CORPUS = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');
// Inside the repository, so the outputs resolve typescript, vitest and @types/node from its node_modules.
const OUT = path.join(PROJECT_ROOT, '.tmp', 'corpus');
const filter = process.argv[2] ?? '';

interface Row {
  name: string;
  requests: number;
  examples: number;
  tests: string;
  warnings: string;
  /** Distinct secret values replaced by placeholders (PF120). */
  secrets: number;
  soundness: string;
  precision: string;
  seconds: string;
  result: string;
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
  rmSync(OUT, { recursive: true, force: true });
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.postman_collection.json') && f.includes(filter))
    .map((f) => f.replace('.postman_collection.json', ''))
    .sort();
  const rows: Row[] = [];
  const totals = { sound: 0, checked: 0, concrete: 0, leaves: 0 };
  for (const name of names) {
    const started = performance.now();
    const env = path.join(CORPUS, `${name}.postman_environment.json`);
    const job = resolveCollection({ input: path.join(CORPUS, `${name}.postman_collection.json`), environments: existsSync(env) ? [env] : [], out: path.join(OUT, name) }, PROJECT_ROOT);
    const result = await run(job, { check: false, formatCache: new Map() });
    const warnings = countBy(result.diagnostics.all.filter((d) => d.severity !== 'info').map((d) => d.code));
    const row: Row = { name, requests: result.counts.endpoints, examples: result.counts.examples, tests: '-', warnings, secrets: result.secrets, soundness: '-', precision: '-', seconds: '', result: 'FAIL' };
    if (result.diagnostics.hasErrors()) {
      row.warnings = result.diagnostics.all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`).join('; ');
    } else {
      const metrics = measure(job.input, job.environments, job.out);
      totals.sound += metrics.sound;
      totals.checked += metrics.checked;
      totals.concrete += metrics.concrete;
      totals.leaves += metrics.leaves;
      row.soundness = metrics.checked ? `${metrics.sound}/${metrics.checked}` : 'n/a';
      row.precision = metrics.leaves ? `${((100 * metrics.concrete) / metrics.leaves).toFixed(1)}%` : 'n/a';
      const typecheck = sh('npx', ['tsc', '--noEmit', '-p', path.join(job.out, 'tsconfig.json')]);
      const tests = sh('npx', ['vitest', 'run', '--root', job.out, '--reporter=dot']);
      const passed = /Tests\s+(?:\S+\s+)*?(\d+) passed/.exec(stripAnsi(tests.output))?.[1] ?? '0';
      const failed = /(\d+) failed/.exec(stripAnsi(tests.output))?.[1];
      row.tests = failed ? `${passed} passed, ${failed} failed` : `${passed} passed`;
      row.result = typecheck.ok && tests.ok && metrics.sound === metrics.checked ? 'pass' : `FAIL${typecheck.ok ? '' : ' (tsc)'}${tests.ok ? '' : ' (tests)'}`;
      if (!typecheck.ok) process.stderr.write(`\n--- tsc ${name}\n${typecheck.output.split('\n').slice(0, 15).join('\n')}\n`);
      if (!tests.ok) process.stderr.write(`\n--- vitest ${name}\n${stripAnsi(tests.output).split('\n').filter((l) => /FAIL|Error|expected/.test(l)).slice(0, 15).join('\n')}\n`);
    }
    row.seconds = ((performance.now() - started) / 1000).toFixed(1);
    rows.push(row);
    process.stdout.write(`${row.result === 'pass' ? '.' : 'F'}`);
  }
  process.stdout.write('\n\n');
  printTable(rows);
  const soundness = totals.checked ? ((100 * totals.sound) / totals.checked).toFixed(1) : 'n/a';
  const precision = totals.leaves ? ((100 * totals.concrete) / totals.leaves).toFixed(2) : 'n/a';
  console.log(`\n${rows.filter((r) => r.result === 'pass').length}/${rows.length} pass · soundness ${soundness}% (${totals.sound}/${totals.checked} example bodies accepted by their status type) · precision ${precision}% (${totals.concrete}/${totals.leaves} leaf positions typed concretely)`);
  if (rows.some((r) => r.result !== 'pass')) process.exitCode = 1;
}

/** Soundness: each example body, as a literal, assigned to its status's type by the real compiler. Precision: from the shapes. */
function measure(input: string, environments: string[], out: string): { sound: number; checked: number; concrete: number; leaves: number } {
  const diagnostics = createDiagnostics();
  const api = normalize(load({ file: input, environments }, diagnostics)!, diagnostics);
  const shapes = inferEndpoints(api);
  const planned = plan(api, 'corpus');
  const lines = ["import type * as T from './src/types.js';"];
  planned.endpoints.forEach((p) => {
    for (const example of p.endpoint.examples) {
      if (example.body.kind === 'json') lines.push(`export const e${lines.length}: T.${p.types.response(example.status)} = ${JSON.stringify(example.body.value)};`);
    }
  });
  writeFileSync(path.join(out, 'soundness.check.ts'), lines.join('\n') + '\n');
  writeFileSync(path.join(out, 'tsconfig.soundness.json'), JSON.stringify({ extends: './tsconfig.json', include: ['soundness.check.ts'] }));
  const checked = lines.length - 1;
  const tsc = checked ? sh('npx', ['tsc', '--noEmit', '-p', path.join(out, 'tsconfig.soundness.json')]) : { ok: true, output: '' };
  const badLines = new Set([...tsc.output.matchAll(/soundness\.check\.ts\((\d+),/g)].map((m) => m[1]));
  const { concrete, leaves } = precisionOf(shapes);
  return { sound: checked - badLines.size, checked, concrete, leaves };
}

function sh(command: string, args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function countBy(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code}×${n}`).join(' ') || '0';
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function printTable(rows: Row[]): void {
  const head: Array<keyof Row> = ['name', 'requests', 'examples', 'tests', 'warnings', 'secrets', 'soundness', 'precision', 'seconds', 'result'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${head.map((h) => String(row[h])).join(' | ')} |`);
}

await main();
