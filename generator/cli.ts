// argv -> config -> run(); the exit code comes from the diagnostics.
//   0 done (warnings allowed) · 1 input errors · 2 usage error · 3 drift (--check, or what --fail-on selects)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, resolveCollection, type ResolvedCollectionConfig } from './config.js';
import { formatDiagnostic } from './diagnostics.js';
import { toolFingerprint } from './cache/fingerprint.js';
import { openCache } from './cache/store.js';
import type { FormatCache } from './format/format.js';
import { isBreaking } from './drift/compare.js';
import { driftMarkdown, driftText, type PackageDrift } from './drift/report.js';
import { createProgress } from './progress.js';
import { run, type RunResult } from './pipeline.js';
import { watch } from './watch.js';

/** Outside generated/, where installs keep caches; relative to the working folder. */
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'postforge');
import { formatOf } from './emit/openapi/serialize.js';
import { runOpenApi } from './openapi.js';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, drift: 3 } as const;

const USAGE = `Usage:
  postforge generate [<collection> [--env <environment>]... [--out <dir>] [--name <package>]]
                     [--check] [--report <file.md>] [--fail-on breaking|any|none] [--watch] [--verbose]
                     [--cache-dir <dir> | --no-cache]
  postforge openapi <collection> [--env <environment>]... [-o <file.json|file.yaml>] [--verbose]

  <collection> is a collection JSON file (v2.0, v2.1) or a Postman Collection v3 folder (File System
  mode, Native Git: the folder with .resources/definition.yaml or *.request.yaml); <environment> is a
  JSON environment or a v3 *.environment.yaml. Without <collection>, generates every collection listed
  in postforge.config.* (default: every collections/*.postman_collection.json and every v3 folder in
  collections/ and postman/collections/, or those .postman/resources.yaml lists, into generated/<name>/).

  --check               generate in memory, compare with disk, list the files that differ; exit 3 on drift
  --report <file.md>    write the API drift report (endpoints added, removed, changed; breaking or not) as Markdown
  --fail-on <what>      which drift exits 3: breaking (API changes that break callers), any (any file under
                        --check, any API change otherwise), none. Default: any under --check, none otherwise
  --watch               regenerate whenever a collection, environment or config file changes; Ctrl-C stops
  --verbose             print each stage's time and info diagnostics
  --cache-dir <dir>     where formatted and built output is kept between runs (default node_modules/.cache/postforge)
  --no-cache            format and build everything afresh, keeping nothing
  -o <file>             openapi: the document to write (default openapi.json); .yaml or .yml writes YAML

Exit codes: 0 done (warnings allowed), 1 input errors, 2 usage error, 3 drift.`;

/** The options `postforge generate` accepts (the workflow test checks the flags it uses against them). */
export const GENERATE_OPTIONS = {
  env: { type: 'string', multiple: true },
  out: { type: 'string' },
  name: { type: 'string' },
  output: { type: 'string', short: 'o' },
  check: { type: 'boolean', default: false },
  report: { type: 'string' },
  'fail-on': { type: 'string' },
  watch: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type FailOn = 'breaking' | 'any' | 'none';
const FAIL_ON: readonly FailOn[] = ['breaking', 'any', 'none'];

export interface CliIo {
  /** Where progress goes (stderr); a line is drawn only when it is a terminal, CI is unset and --check is off. */
  progress?: { isTTY?: boolean; write(text: string): unknown };
  env?: Readonly<Record<string, string | undefined>>;
  /** Resolves when watching should stop (SIGINT by default). */
  stopWatching?: Promise<void>;
}

export async function main(argv: readonly string[], out: (line: string) => void = console.log, cwd = process.cwd(), io: CliIo = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: GENERATE_OPTIONS });
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
  if (command === 'openapi') return openApiCommand(collection, extra, values, out, cwd);
  if (command !== 'generate' || extra.length > 0 || (!collection && (values.env || values.out || values.name))) {
    out(`postforge: ${command === undefined ? 'missing command' : command !== 'generate' ? `unknown command "${command}"` : 'options --env, --out and --name need a <collection.json>'}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const failOn = values['fail-on'] ?? (values.check ? 'any' : 'none');
  if (!FAIL_ON.includes(failOn as FailOn) || (values.watch && values.check)) {
    out(`postforge: ${values.watch && values.check ? '--watch writes: it cannot be combined with --check' : `--fail-on takes ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`}\n\n${USAGE}`);
    return EXIT.usage;
  }

  const resolveJobs = async (fresh: boolean): Promise<ResolvedCollectionConfig[] | string> => {
    try {
      let configured: Awaited<ReturnType<typeof loadConfig>> | null = null;
      if (!collection) {
        configured = await loadConfig(cwd, { fresh });
        // What .postman/resources.yaml names that is gone: warned, the rest generated.
        for (const note of configured.notes ?? []) out(formatDiagnostic({ ...note, file: path.relative(cwd, note.file) || '.' }));
      }
      const jobs = collection
        ? [resolveCollection({ input: collection, environments: values.env ?? [], ...(values.out ? { out: values.out } : {}), ...(values.name ? { name: values.name } : {}) }, cwd)]
        : configured!.config.collections.map((c) => resolveCollection(c, cwd));
      return jobs.length ? jobs : 'no collections to generate (none in collections/ and no postforge.config.*)';
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.message;
    }
  };
  const jobs = await resolveJobs(false);
  if (typeof jobs === 'string') {
    out(`postforge: ${jobs}`);
    return EXIT.usage;
  }

  const formatCache: FormatCache = new Map();
  const env = io.env ?? process.env;
  const progress = createProgress(io.progress ?? process.stderr, { enabled: !values.check && !values.watch && !env['CI'], total: jobs.length, cwd });
  // A progress line on the terminal is cleared before any other line is printed.
  const print = (line: string) => {
    progress.clear();
    out(line);
  };
  const store = openCache(values['no-cache'] ? null : path.resolve(cwd, values['cache-dir'] ?? DEFAULT_CACHE_DIR), toolFingerprint());
  let code: number = EXIT.ok;
  const drifts: PackageDrift[] = [];
  for (const [index, job] of jobs.entries()) {
    const started = performance.now();
    const result = await run(job, { check: values.check, formatCache, store, onStage: (stage, endpoints) => progress.stage(index, job, stage, endpoints) });
    progress.done(result.counts.endpoints);
    report(result, performance.now() - started, values.verbose, cwd, print);
    const target = path.relative(cwd, job.out) || '.';
    if (result.drift && (result.drift.endpoints.length || values.check || values.report)) driftText({ target, drift: result.drift }).forEach((line) => print(line));
    if (result.drift) drifts.push({ target, drift: result.drift });
    if (result.diagnostics.hasErrors()) code = EXIT.inputErrors;
    else if (code === EXIT.ok && drifted(result, failOn as FailOn)) code = EXIT.drift;
  }
  progress.clear();
  if (values.report) {
    const file = path.resolve(cwd, values.report);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, driftMarkdown(drifts));
      out(`  report written to ${path.relative(cwd, file)}`);
    } catch (error) {
      out(`postforge: the report cannot be written to ${values.report}: ${(error as Error).message}`);
      if (code === EXIT.ok) code = EXIT.inputErrors;
    }
  }
  if (values.watch) {
    return watch({ jobs, reload: () => resolveJobs(true), collectionGiven: Boolean(collection), cwd, out, verbose: values.verbose, stop: io.stopWatching, formatCache, store });
  }
  return code;
}

/** Whether this run's drift is the kind `--fail-on` makes fail. */
function drifted(result: RunResult, failOn: FailOn): boolean {
  const api = result.drift?.endpoints ?? [];
  if (failOn === 'none') return false;
  if (failOn === 'breaking') return api.some(isBreaking);
  if (result.check) return result.check.changed.length > 0 || result.check.stale.length > 0;
  return api.length > 0;
}

async function openApiCommand(
  collection: string | undefined,
  extra: readonly string[],
  values: { env?: string[]; output?: string; name?: string; out?: string; verbose: boolean },
  out: (line: string) => void,
  cwd: string,
): Promise<number> {
  const file = path.resolve(cwd, values.output ?? 'openapi.json');
  const format = formatOf(file);
  if (!collection || extra.length > 0 || format === null) {
    out(`postforge: ${!collection ? 'openapi needs a <collection.json>' : format === null ? '-o must name a .json, .yaml or .yml file' : `unexpected argument "${extra[0]}"`}\n\n${USAGE}`);
    return EXIT.usage;
  }
  let job: ResolvedCollectionConfig;
  try {
    job = resolveCollection({ input: collection, environments: values.env ?? [], ...(values.out ? { out: values.out } : {}), ...(values.name ? { name: values.name } : {}) }, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    out(`postforge: ${error.message}`);
    return EXIT.usage;
  }
  const result = await runOpenApi(job, format, file);
  const rel = (p: string) => path.relative(cwd, p) || '.';
  for (const d of result.diagnostics.all.filter((d) => values.verbose || d.severity !== 'info')) out(formatDiagnostic({ ...d, file: rel(d.file) }));
  const warnings = result.diagnostics.all.filter((d) => d.severity === 'warning').length;
  if (!result.written) {
    out(`✗ ${rel(job.input)}: nothing written to ${rel(file)}`);
    return EXIT.inputErrors;
  }
  out(`✓ ${rel(file)}: OpenAPI 3.1, ${result.operations} operations; ${warnings} warning(s)`);
  return EXIT.ok;
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
  main(process.argv.slice(2), console.log, process.cwd()).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`postforge: internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 70;
    },
  );
}
