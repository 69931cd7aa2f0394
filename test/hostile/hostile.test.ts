// The hostile corpus, end to end: each collection is generated into its own folder under .tmp/,
// then every package that generates is type-checked (one compiler program for all), imported (one
// child process) and tested by its own fixture tests (one child vitest), and every output file is
// searched for canaries as code and for the secrets its input planted.
import { existsSync } from 'node:fs';
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
  type ImportOutcome,
  type OutputFileText,
  type PackageTestOutcome,
} from '../helpers/output-checks.js';
import { CASES, type HostileCase } from './corpus.js';
import { KNOWN_FAILING, knownFailure, type Check } from './known-failing.js';

interface Generated {
  case: HostileCase;
  out: string;
  result: RunResult | null;
  thrown: string | null;
  outside: string[];
  files: OutputFileText[];
  generated: boolean;
}

const ms = 1000;
let root: string;
const runs = new Map<string, Generated>();

/** Runs `work` once, on first use: the expensive checks are shared by every case that needs them. */
function once<T>(work: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: work() }).v;
}
const packageDirs = () => [...runs.values()].filter((r) => r.generated).map((r) => r.out);
const compiled = once(() => typeErrors(packageDirs()));
const imported = once((): ImportOutcome[] => importPackages(packageDirs(), path.join(root, 'import')));
const tested = once((): PackageTestOutcome => runPackageTests(root, packageDirs()));

beforeAll(async () => {
  root = repoTempDir('hostile-');
  const formatCache: FormatCache = new Map();
  for (const [index, testCase] of CASES.entries()) {
    const text = testCase.input instanceof Uint8Array || typeof testCase.input === 'string' ? testCase.input : JSON.stringify(testCase.input, null, 2);
    const { out, result, thrown, outside } = await generateWatched(root, path.join(root, `case-${index}`), 'input.postman_collection.json', text, `hostile-${index}`, formatCache);
    const generated = result !== null && !result.diagnostics.hasErrors() && existsSync(out);
    runs.set(testCase.name, { case: testCase, out, result, thrown, outside, files: filesUnder(out), generated });
  }
}, 300 * ms);
afterAll(() => removeDir(root));

it('known-failing.ts names only cases and checks that exist', () => {
  const names = new Set(CASES.map((c) => c.name));
  expect(KNOWN_FAILING.filter((k) => !names.has(k.case)).map((k) => k.case)).toEqual([]);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});

describe.each(CASES.map((c) => [c.name, c] as const))('hostile: %s', (name, testCase) => {
  /** One check of this case: skipped, with its reason in the title, when known-failing.ts lists it. */
  const check = (what: Check, title: string, body: (g: Generated) => void, timeout = 10 * ms) => {
    // Checks of the package are moot while the case is known not to generate one.
    const downstream = !['outcome', 'diagnostics', 'nothing outside'].includes(what);
    const known = knownFailure(name, what) ?? (downstream ? knownFailure(name, 'outcome') : undefined);
    if (known) it.skip(`${title} [known failing: ${known.reason}]`, () => undefined);
    else it(title, () => body(runs.get(name)!), timeout);
  };
  const needsPackage = (g: Generated) => {
    expect(g.generated, 'the case did not generate a package').toBe(true);
  };

  check('outcome', testCase.expect.generates ? 'generates a package' : 'is refused, and nothing is written', (g) => {
    expect(g.thrown, 'the pipeline threw').toBeNull();
    const errors = g.result!.diagnostics.all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
    if (testCase.expect.generates) {
      expect(errors).toEqual([]);
      expect(g.files.map((f) => f.path)).toEqual(expect.arrayContaining(['package.json', 'src/index.ts', 'test/cases.ts']));
    } else {
      expect(errors.length).toBeGreaterThan(0);
      expect(g.files).toEqual([]);
    }
  });

  check('diagnostics', `reports ${Array.isArray(testCase.expect.codes) ? testCase.expect.codes.join(', ') || 'no required code' : testCase.expect.codes}, each with a catalogued code and a file`, (g) => {
    expect(g.thrown, 'the pipeline threw').toBeNull();
    const all = g.result!.diagnostics.all;
    expect(diagnosticProblems(all)).toEqual([]);
    const { codes } = testCase.expect;
    if (codes === 'any-warning') expect(all.filter((d) => d.severity === 'warning').map((d) => d.code).length, 'at least one warning').toBeGreaterThan(0);
    else if (codes === 'any-error') expect(all.filter((d) => d.severity === 'error').length, 'at least one error').toBeGreaterThan(0);
    else expect(all.map((d) => d.code)).toEqual(expect.arrayContaining([...codes]));
  });

  check('nothing outside', 'writes nothing outside its output folder', (g) => {
    expect(g.outside).toEqual([]);
  });

  if (!testCase.expect.generates) return;

  check('no canary as code', 'output parses, and no canary from the input is code', (g) => {
    needsPackage(g);
    expect(syntaxProblems(g.files)).toEqual([]);
    expect(jsonProblems(g.files)).toEqual([]);
    expect(canaryProblems(g.files)).toEqual([]);
  });

  check('no planted secret', `no planted secret in any output file${testCase.secrets ? ` (${testCase.secrets.length} planted)` : ''}`, (g) => {
    needsPackage(g);
    expect(secretProblems(g.files, testCase.secrets ?? [])).toEqual([]);
  });

  check(
    'type-checks',
    "type-checks under the package's strict tsconfig",
    (g) => {
      needsPackage(g);
      const prefix = path.relative(REPO_TMP, g.out) + path.sep;
      expect(compiled().filter((e) => e.startsWith(prefix))).toEqual([]);
    },
    240 * ms,
  );

  check(
    'no canary on import',
    'importing its modules runs no canary',
    (g) => {
      needsPackage(g);
      const outcome = imported().find((o) => o.dir === g.out)!;
      expect(outcome).toMatchObject({ error: null, pwned: false, marker: false });
    },
    240 * ms,
  );

  check(
    'own tests',
    'its own fixture tests pass, and run no canary',
    (g) => {
      needsPackage(g);
      const outcome = tested();
      expect(outcome.error).toBeNull();
      expect(outcome.failures.get(g.out)).toEqual([]);
      expect(outcome.passed.get(g.out)).toBeGreaterThan(0);
      expect(existsSync(path.join(root, CANARY_MARKER)), 'a canary ran during the tests').toBe(false);
    },
    300 * ms,
  );
});
