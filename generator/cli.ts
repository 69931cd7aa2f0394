// argv -> config -> run(); the exit code comes from the diagnostics.
//   0 done (warnings allowed) · 1 input errors · 2 usage error · 3 drift (--check)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, resolveCollection, type ResolvedCollectionConfig } from './config.js';
import { formatDiagnostic } from './diagnostics.js';
import type { BuildCache } from './build/build.js';
import type { FormatCache } from './format/format.js';
import { run, type RunResult } from './pipeline.js';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, drift: 3 } as const;

const USAGE = `Usage:
  postforge generate [<collection.json> [--env <environment.json>]... [--out <dir>] [--name <package>]] [--check] [--verbose]

  Without <collection.json>, generates every collection listed in postforge.config.* (default: every
  collections/*.postman_collection.json into generated/<name>/).

  --check     generate in memory, compare with disk, list the files that differ; exit 3 on drift
  --verbose   print each stage's time and info diagnostics

Exit codes: 0 done (warnings allowed), 1 input errors, 2 usage error, 3 drift.`;

export async function main(argv: readonly string[], out: (line: string) => void = console.log, cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        env: { type: 'string', multiple: true },
        out: { type: 'string' },
        name: { type: 'string' },
        check: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    out(`postforge: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return EXIT.ok;
  }
  const [command, collection, ...extra] = positionals;
  if (command !== 'generate' || extra.length > 0 || (!collection && (values.env || values.out || values.name))) {
    out(`postforge: ${command === undefined ? 'missing command' : command !== 'generate' ? `unknown command "${command}"` : 'options --env, --out and --name need a <collection.json>'}\n\n${USAGE}`);
    return EXIT.usage;
  }

  let jobs: ResolvedCollectionConfig[];
  try {
    jobs = collection
      ? [resolveCollection({ input: collection, environments: values.env ?? [], ...(values.out ? { out: values.out } : {}), ...(values.name ? { name: values.name } : {}) }, cwd)]
      : (await loadConfig(cwd)).config.collections.map((c) => resolveCollection(c, cwd));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    out(`postforge: ${error.message}`);
    return EXIT.usage;
  }
  if (jobs.length === 0) {
    out('postforge: no collections to generate (none in collections/ and no postforge.config.*)');
    return EXIT.usage;
  }

  const formatCache: FormatCache = new Map();
  const buildCache: BuildCache = new Map();
  let code: number = EXIT.ok;
  for (const job of jobs) {
    const started = performance.now();
    const result = await run(job, { check: values.check, formatCache, buildCache });
    report(result, performance.now() - started, values.verbose, cwd, out);
    if (result.diagnostics.hasErrors()) code = EXIT.inputErrors;
    else if (result.check && (result.check.changed.length || result.check.stale.length) && code === EXIT.ok) code = EXIT.drift;
  }
  return code;
}

function report(result: RunResult, ms: number, verbose: boolean, cwd: string, out: (line: string) => void): void {
  const rel = (p: string) => path.relative(cwd, p) || '.';
  const shown = result.diagnostics.all.filter((d) => verbose || d.severity !== 'info');
  for (const d of shown) out(formatDiagnostic({ ...d, file: rel(d.file) }));
  const count = (severity: string) => result.diagnostics.all.filter((d) => d.severity === severity).length;
  const { endpoints, examples, tests } = result.counts;
  const target = rel(result.job.out);
  if (result.diagnostics.hasErrors()) {
    out(`✗ ${rel(result.job.input)}: ${count('error')} error(s), nothing written to ${target}`);
  } else if (result.check) {
    const drift = [...result.check.changed.map((f) => `  changed  ${target}/${f}`), ...result.check.stale.map((f) => `  stale    ${target}/${f}`)];
    drift.forEach((line) => out(line));
    out(`${drift.length ? '✗' : '✓'} ${target}: ${drift.length ? `${drift.length} file(s) differ from the generator's output` : 'up to date'} (${result.files.length} files, ${Math.round(ms)} ms)`);
  } else if (result.write) {
    const w = result.write;
    out(
      `✓ ${target}: ${endpoints} endpoints, ${examples} examples, ${tests} tests; ${w.written.length} files written, ${w.unchanged.length} unchanged, ${w.removed.length} removed; ${count('warning')} warning(s); ${Math.round(ms)} ms`,
    );
  }
  if (verbose) out('  ' + result.timings.map(([stage, t]) => `${stage} ${t.toFixed(1)} ms`).join(' · '));
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generator/cli.ts')) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`postforge: internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 70;
    },
  );
}
