// The pipeline: load -> normalize -> infer -> plan -> emit -> render -> format -> build -> write, each
// stage timed. Stages report into one diagnostics collector; nothing is written if any errs. A run
// whose inputs and output folder are those a previous run left is replayed instead (cache/replay.ts).
import { readFileSync } from 'node:fs';
import type { Options as PrettierOptions } from 'prettier';
import path from 'node:path';
import { isBuildInput, startBuild } from './build/build.js';
import { checkPackage } from './build/checker.js';
import { warmCompiler } from './build/thread.js';
import { recordReplay, replay, replayKey } from './cache/replay.js';
import type { CacheStore } from './cache/store.js';
import type { ResolvedCollectionConfig } from './config.js';
import { createDiagnostics, type Diagnostics } from './diagnostics.js';
import { compareSummaries, type Drift } from './drift/compare.js';
import { readApiSummary } from './drift/read-summary.js';
import { API_SUMMARY_FILE, apiSummary, apiSummaryContent } from './emit/api-summary.js';
import { fenced } from './emit/call-example.js';
import { emitPackage, type OutputFile } from './emit/emit.js';
import { OPENAPI_FILE, openApiDocument, PACKAGE_VERSION } from './emit/openapi/document.js';
import { serialize } from './emit/openapi/serialize.js';
import { format, FormatError, type FormatCache } from './format/format.js';
import { optionsKey, resolvePrettierOptions } from './format/prettier-config.js';
import { inferEndpoints } from './infer/endpoint-shapes.js';
import { load } from './load/load.js';
import { normalize } from './normalize/normalize.js';
import { PROJECT_ROOT } from './paths.js';
import { fixtureCount } from './plan/fixture-tests.js';
import { plan } from './plan/plan.js';
import { NAMES_LOCK_FILE, readNamesLock } from './plan/names-lock.js';
import { isUsableFunctionName } from './plan/naming.js';
import type { ApiModel } from './model/types.js';
import { renderDocs } from './render/render.js';
import { scanForSecrets } from './write/secret-scan.js';
import { checkFiles, writeFiles, type CheckResult, type WriteResult } from './write/write.js';

export interface RunOptions {
  /** Compare with disk instead of writing. */
  check: boolean;
  /** Shared across the collections of one run, so identical files are formatted once. */
  formatCache: FormatCache;
  /** Called as each stage starts (the CLI's progress line); `endpoints` once normalize has counted them. */
  onStage?: (stage: string, endpoints: number | null) => void;
  /** Formatted and built output kept across runs (cache/store.ts); none when left out. */
  store?: CacheStore;
}

export interface RunResult {
  job: ResolvedCollectionConfig;
  diagnostics: Diagnostics;
  timings: Array<[stage: string, ms: number]>;
  counts: { endpoints: number; examples: number; tests: number };
  /** Distinct secret values normalize replaced by placeholders (PF120). */
  secrets: number;
  files: OutputFile[];
  write: WriteResult | null;
  check: CheckResult | null;
  /** The API compared with the previous generation's summary (generator/drift/); null when the run stopped early. */
  drift: Drift | null;
}

export async function run(job: ResolvedCollectionConfig, options: RunOptions): Promise<RunResult> {
  const diagnostics = createDiagnostics();
  const timings: RunResult['timings'] = [];
  const result: RunResult = {
    job,
    diagnostics,
    timings,
    counts: { endpoints: 0, examples: 0, tests: 0 },
    secrets: 0,
    files: [],
    write: null,
    check: null,
    drift: null,
  };
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    options.onStage?.(name, result.counts.endpoints || null);
    try {
      return await work();
    } finally {
      timings.push([name, performance.now() - start]);
    }
  };

  const prettier = (await resolvePrettierOptions(job.out)).options;
  // Nothing changed since a run that left this folder as it is: that run's outcome, without its work (cache/replay.ts).
  const key = options.store ? replayKey(job, optionsKey(prettier)) : null;
  const replayed = key === null ? null : await stage('replay', () => replay(options.store!, key, job.out, diagnostics));
  if (replayed) {
    Object.assign(result, { files: replayed.files, counts: replayed.counts, secrets: replayed.secrets });
    // The folder's API summary is one of the files just matched: the API is the one on disk.
    result.drift = { compared: true, endpoints: [] };
    if (options.check) result.check = { changed: [], stale: [] };
    else result.write = { written: [], unchanged: replayed.files.map((f) => f.path), removed: [] };
    return result;
  }
  const done = await generate(job, options, result, stage, prettier);
  const clean = done.check ? done.check.changed.length + done.check.stale.length === 0 : done.write !== null;
  if (key !== null && clean && !diagnostics.hasErrors())
    recordReplay(options.store!, key, done.files, {
      counts: done.counts,
      secrets: done.secrets,
      diagnostics: diagnostics.all,
    });
  return done;
}

type Stage = <T>(name: string, work: () => T | Promise<T>) => Promise<T>;

async function generate(
  job: ResolvedCollectionConfig,
  options: RunOptions,
  result: RunResult,
  stage: Stage,
  prettier: PrettierOptions,
): Promise<RunResult> {
  const { diagnostics } = result;
  warmCompiler();
  const loaded = await stage('load', () =>
    load({ file: job.input, environments: job.environments, limits: job.limits }, diagnostics),
  );
  if (!loaded) return result;
  // Reports about the collection's items: for a v3 folder, moved to the file each item came from.
  const located = loaded.located(diagnostics);
  const replaced: string[] = [];
  const api = await stage('normalize', () => normalize(loaded, located, replaced));
  if (diagnostics.hasErrors()) return result;
  result.counts.endpoints = api.endpoints.length;
  const shapes = await stage('infer', () => inferEndpoints(api, { partialBodies: job.partialBodies }));
  const overrides = checkNameOverrides(api, job, located);
  if (diagnostics.hasErrors()) return result;
  const previous = readNamesLock(job.out);
  if (previous.problem)
    diagnostics.report('PF113', `${NAMES_LOCK_FILE} cannot be read (${previous.problem}); names are derived afresh`, {
      file: job.out,
    });
  const planned = await stage('plan', () =>
    plan(api, job.name, overrides, previous.lock, { foldFolders: job.foldFolders }),
  );
  for (const r of planned.renamed)
    located.report(
      'PF140',
      `${r.what}: ${r.wanted} is taken by another request's name; this request gets ${r.got}`,
      r.endpoint.source,
    );
  const { files: code, examples: calls } = await stage('emit', () => emitPackage(api, planned, shapes));
  const summary = apiSummary(planned, shapes);
  code.push({ path: API_SUMMARY_FILE, content: apiSummaryContent(summary), parser: null });
  // The README shows each endpoint's call and curl command: code text, so emit made it; render only places it.
  const usage = calls.map(({ ts, curl }) => ({ ts: fenced('ts', ts), curl: fenced('sh', curl) }));
  const docs = await stage('render', () =>
    renderDocs({
      api,
      plan: planned,
      shapes,
      collectionFile: path.basename(job.input),
      versions: toolVersions(),
      usage,
    }),
  );
  const all: OutputFile[] = [
    ...code,
    { path: 'README.md', content: docs.readme, parser: 'markdown' },
    { path: 'package.json', content: docs.packageJson, parser: 'json' },
  ];
  if (job.openapi) {
    const document = await stage('openapi', () =>
      openApiDocument(
        { api, plan: planned, shapes, infer: { partialBodies: job.partialBodies }, version: PACKAGE_VERSION },
        located,
      ),
    );
    all.push({ path: OPENAPI_FILE, content: serialize(document, 'json'), parser: null });
  }
  // The compiler thread (build/thread.ts) type-checks the package while this one formats it, and
  // compiles each source as soon as it is formatted: the build's inputs are formatted first, its
  // config files before its sources.
  const checking = checkPackage(all, options.store);
  // Settled at once if a stage below returns early: a job nobody awaits never rejects unhandled.
  checking.catch(() => undefined);
  const builder = startBuild(options.store);
  const rank = (f: OutputFile) => (!isBuildInput(f) ? 2 : f.path.startsWith('src/') ? 1 : 0);
  const order = new Map(all.map((f, i) => [f.path, i]));
  try {
    const formatted = await stage('format', () =>
      format(
        [...all].sort((a, b) => rank(a) - rank(b) || order.get(a.path)! - order.get(b.path)!),
        options.formatCache,
        { prettier, store: options.store, onFile: (f) => builder.add(f) },
      ),
    );
    // In emit's order again, as a single pass would have left them.
    result.files = formatted.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    diagnostics.report('PF901', error.message, { file: job.input });
    return result;
  }
  const built = await stage('build', () => builder.done());
  const checked = await stage('typecheck', () => checking);
  // A problem both report (a missing tsconfig file) is reported once.
  const problems = [...new Map([...checked, ...built.problems].map((p) => [p.message, p])).values()];
  for (const problem of problems)
    diagnostics.report('PF160', `the package does not build: ${problem.message}`, {
      file: path.join(job.out, problem.file),
    });
  if (problems.length) {
    result.files = [];
    return result;
  }
  result.files = [...result.files, ...built.files];
  const examples = api.endpoints.reduce((n, e) => n + e.examples.length, 0);
  result.counts = { endpoints: api.endpoints.length, examples, tests: fixtureCount(api) };
  result.secrets = api.redacted?.values ?? 0;
  // Before writing: a secret that got past the redactor fails the run, and nothing is written.
  const hits = await stage('scan', () =>
    scanForSecrets(result.files, { replaced, testJwtKeys: testJwtKeys(api, planned.schemeKeys) }),
  );
  for (const hit of hits)
    diagnostics.report('PF121', `a secret would be written: ${hit.file} holds a ${hit.pattern}`, {
      file: path.join(job.out, hit.file),
    });
  if (hits.length) {
    result.files = [];
    return result;
  }
  // Read before the write replaces it: the drift is against what is on disk now.
  result.drift = await stage('drift', () => {
    const previous = readApiSummary(job.out);
    if (previous.problem)
      diagnostics.report(
        'PF170',
        `${API_SUMMARY_FILE} cannot be read (${previous.problem}); no drift report for this package`,
        { file: path.join(job.out, API_SUMMARY_FILE) },
      );
    return compareSummaries(previous.summary, summary);
  });
  if (options.check) result.check = await stage('check', () => checkFiles(job.out, result.files, diagnostics));
  else result.write = await stage('write', () => writeFiles(job.out, result.files, diagnostics));
  return result;
}

/** Config names must be valid, unique, and name items that exist: a typo should not pass silently. */
function checkNameOverrides(
  api: ApiModel,
  job: ResolvedCollectionConfig,
  diagnostics: Diagnostics,
): Record<string, string> {
  const ids = new Set(api.endpoints.map((e) => e.id));
  const seen = new Set<string>();
  for (const [id, name] of Object.entries(job.names)) {
    const where = { file: job.input, pointer: '' };
    if (!ids.has(id)) diagnostics.report('PF007', `names: no item has the id "${id}"`, where);
    else if (!isUsableFunctionName(name))
      diagnostics.report('PF007', `names: ${JSON.stringify(name)} (for ${id}) is not a usable function name`, where);
    // Ignoring case: two functions that differ only in case would share a fixture file name.
    else if (seen.has(name.toLowerCase()))
      diagnostics.report('PF007', `names: "${name}" is given to two items (names are compared ignoring case)`, where);
    seen.add(name.toLowerCase());
  }
  return job.names;
}

/** The keys the generated tests sign JWTs with (see emit/auth-expectations.ts `testCredential`): their JWTs are ours. */
function testJwtKeys(api: ApiModel, schemeKeys: ReadonlyMap<string, string>): string[] {
  return api.authSchemes.flatMap((s) => (s.kind === 'jwt' ? [`test-${schemeKeys.get(s.key)}-secret`] : []));
}

/** The generated package's dev dependencies match the versions postforge itself is tested with. */
function toolVersions(): { typescript: string; vitest: string; typesNode: string; msw: string } {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  // typescript, @types/node and msw are dependencies of postforge itself: the build stage compiles with them.
  return {
    typescript: pkg.dependencies['typescript']!,
    vitest: pkg.devDependencies['vitest']!,
    typesNode: pkg.dependencies['@types/node']!,
    msw: pkg.dependencies['msw']!,
  };
}
