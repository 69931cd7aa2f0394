// Property, full check on a sample: random collections generated through the whole pipeline
// (prettier included) and written to disk; each package that generates must type-check, import
// without running a canary, pass its own fixture tests, and the run must write nothing outside its
// output folder. FUZZ_FULL_RUNS collections (4 in `npm test`). A failing collection is kept in
// .tmp/fuzz-failures/ to reproduce with `npm run postforge -- generate <file> --out <dir>`.
import fc from 'fast-check';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../generator/pipeline.js';
import type { FormatCache } from '../../generator/format/format.js';
import { REPO_TMP, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';
import {
  CANARY_MARKER,
  canaryProblems,
  diagnosticProblems,
  filesUnder,
  generateWatched,
  importPackages,
  jsonProblems,
  runPackageTests,
  secretProblems,
  syntaxProblems,
} from '../helpers/output-checks.js';
import { KNOWN_FAILING_PROPERTIES, propertyClasses } from '../hostile/known-failing.js';
import { arbitraries, PLANTED_SECRETS } from './arbitraries.js';
import { FUZZ } from './fuzz-config.js';

interface Sampled {
  index: number;
  input: string;
  out: string;
  result: RunResult | null;
  thrown: string | null;
  outside: string[];
}

const samples = fc.sample(arbitraries(propertyClasses('full')).collection, { seed: FUZZ.seed, numRuns: FUZZ.fullRuns });
let root: string;
const runs: Sampled[] = [];

beforeAll(async () => {
  root = repoTempDir('fuzz-full-');
  const formatCache: FormatCache = new Map();
  for (const [index, doc] of samples.entries()) {
    const watched = await generateWatched(root, path.join(root, `run-${index}`), 'fuzz.postman_collection.json', JSON.stringify(doc, null, 2), `fuzz-${index}`, formatCache);
    runs.push({ index, ...watched });
  }
}, 600_000);
afterAll(() => removeDir(root));

const generated = () => runs.filter((r) => r.result && !r.result.diagnostics.hasErrors() && existsSync(r.out));

/** Asserts no run has problems; each failing run is kept and named by seed and index. */
function expectNone(problemsOf: (r: Sampled) => string[], among: readonly Sampled[] = runs): void {
  const failing = among.map((r) => ({ r, problems: problemsOf(r) })).filter((f) => f.problems.length > 0);
  expect(Object.fromEntries(failing.map(({ r, problems }) => [keep(r), problems]))).toEqual({});
}

/** Keeps a failing collection for reproduction, and names it in the failure message. */
function keep(r: Sampled): string {
  const dir = path.join(REPO_TMP, 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `seed-${FUZZ.seed}-run-${r.index}.postman_collection.json`);
  writeFileSync(file, JSON.stringify(samples[r.index], null, 2));
  return `seed ${FUZZ.seed}, run ${r.index} of ${FUZZ.fullRuns} (kept as ${path.relative(process.cwd(), file)})`;
}

describe(`property: sampled collections, full check (${FUZZ.fullRuns} runs, seed ${FUZZ.seed})`, () => {
  it('the pipeline never throws, diagnostics are catalogued, nothing is written outside the output folder', () => {
    expect(runs.length).toBe(FUZZ.fullRuns);
    expectNone((r) => [...(r.thrown ? [`threw ${r.thrown}`] : []), ...diagnosticProblems(r.result?.diagnostics.all ?? []), ...r.outside]);
  });

  it('every output parses, holds no canary as code and no planted secret', () => {
    expectNone((r) => {
      const files = filesUnder(r.out);
      return [...syntaxProblems(files), ...jsonProblems(files), ...canaryProblems(files), ...(KNOWN_FAILING_PROPERTIES.secrets ? [] : secretProblems(files, PLANTED_SECRETS))];
    }, generated());
  }, 60_000);

  it("every package type-checks under its strict tsconfig", () => {
    const errors = typeErrors(generated().map((r) => r.out));
    expectNone((r) => errors.filter((e) => e.startsWith(path.relative(REPO_TMP, r.out) + path.sep)), generated());
  }, 300_000);

  it('importing each package runs no canary', () => {
    const outcomes = importPackages(generated().map((r) => r.out), path.join(root, 'import'));
    expectNone((r) => {
      const outcome = outcomes.find((o) => o.dir === r.out)!;
      return [...(outcome.error ? [`import threw: ${outcome.error}`] : []), ...(outcome.pwned ? ['globalThis.PWNED_CANARY set'] : []), ...(outcome.marker ? [`${CANARY_MARKER} written`] : [])];
    }, generated());
  }, 300_000);

  it('every package passes its own fixture tests', () => {
    const dirs = generated().map((r) => r.out);
    if (dirs.length === 0) return;
    const outcome = runPackageTests(root, dirs);
    expect(outcome.error).toBeNull();
    expectNone((r) => outcome.failures.get(r.out)!, generated());
    expect(existsSync(path.join(root, CANARY_MARKER)), 'a canary ran during the tests').toBe(false);
  }, 600_000);
});
