// The properties every generated package must have, whatever the collection held: shared by the
// hostile corpus (test/hostile) and the property tests (test/property). Each check returns the
// problems it found (empty: the property holds), so a test can print them all at once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { CODES } from '../../generator/diagnostics.js';
import { resolveCollection } from '../../generator/config.js';
import type { FormatCache } from '../../generator/format/format.js';
import { run, type RunResult } from '../../generator/pipeline.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import ts from 'typescript';
import { syntaxErrors } from './typescript.js';

/**
 * Canaries: hostile text in the inputs carries these payloads. If one ever runs, it sets
 * `globalThis.PWNED_CANARY` or writes a `PWNED_CANARY.marker` file in the working folder. If one
 * ever becomes code, its syntax appears in a tree (see `canaryProblems`): naming may legitimately
 * turn the text into identifiers (`globalThisPwnedCanary1`), never into these expressions.
 */
export const CANARY_MARKER = 'PWNED_CANARY.marker';
export const CANARY_PAYLOADS = [
  'globalThis.PWNED_CANARY = 1',
  `process.getBuiltinModule('fs').writeFileSync('${CANARY_MARKER}', '')`,
  "eval('globalThis.PWNED_CANARY = 1')",
] as const;
/** `object.name` accesses and bare calls that only a payload written as code would produce. */
const CANARY_ACCESSES = new Set(['globalThis.PWNED_CANARY', 'process.getBuiltinModule']);
const CANARY_CALLS = new Set(['eval']);

/** Ways out of a string, a template, a comment, a regex or a line, each around a payload. */
export const BREAKOUTS: ReadonlyArray<(payload: string) => string> = [
  (p) => `"; ${p}; "`,
  (p) => `'; ${p}; '`,
  (p) => `\`; ${p}; \``,
  (p) => `\${${p}}`,
  (p) => `*/ ${p}; /*`,
  (p) => `\n${p};\n//`,
  (p) => `\u2028${p};\u2029//`,
  (p) => `\\"; ${p}; //`,
  (p) => `</script><script>${p}</script>`,
  (p) => `'); ${p}; ('`,
  (p) => `}; ${p}; {`,
  (p) => `\r\n${p} // \u0000 \u202e`,
];

export interface OutputFileText {
  path: string;
  content: string;
}

/** Every file under `dir` (relative `/` paths), with its text; node_modules left out. */
export function filesUnder(dir: string): OutputFileText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !path.relative(dir, e.parentPath).split(path.sep).includes('node_modules'))
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(dir, full).split(path.sep).join('/'), content: readFileSync(full, 'utf8') };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/** One pipeline run as the hostile and property tests watch it: what it returned or threw, and what changed outside `out`. */
export interface WatchedRun {
  result: RunResult | null;
  /** What the pipeline threw, if it threw: it must never. */
  thrown: string | null;
  /** Files created, changed or removed under `root` but outside `out`. */
  outside: string[];
}

/**
 * Writes `input` as `<dir>/<file>` and generates it into `<dir>/a/b/out` (two deep, so `../..` from
 * the output folder still lands in the watched `root`).
 */
export async function generateWatched(root: string, dir: string, file: string, input: string | Uint8Array, name: string, formatCache: FormatCache): Promise<WatchedRun & { out: string; input: string }> {
  const out = path.join(dir, 'a', 'b', 'out');
  mkdirSync(dir, { recursive: true });
  const inputFile = path.join(dir, file);
  writeFileSync(inputFile, input);
  const before = snapshotTree(root);
  let result: RunResult | null = null;
  let thrown: string | null = null;
  try {
    result = await run(resolveCollection({ input: inputFile, out, name }, dir), { check: false, formatCache });
  } catch (error) {
    thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return { out, input: inputFile, result, thrown, outside: changesOutside(before, snapshotTree(root), [path.relative(root, out)]) };
}

/** Files (relative paths, with size and mtime) under `dir`: compare two snapshots to see what a run touched. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const stat = statSync(full, { throwIfNoEntry: false });
    // A folder's mtime changes whenever an entry is added inside it: only its existence counts.
    out.set(path.relative(dir, full), !stat ? 'gone' : entry.isDirectory() ? 'dir' : `${stat.size}:${stat.mtimeMs}`);
  }
  return out;
}

/**
 * Entries created, changed or removed between two snapshots of one folder, except those under
 * `allowed` (relative to it) and the folders that lead to them.
 */
export function changesOutside(before: Map<string, string>, after: Map<string, string>, allowed: readonly string[]): string[] {
  const inside = (p: string) => allowed.some((a) => p === a || p.startsWith(a + path.sep) || a.startsWith(p + path.sep));
  const changed = [...after].filter(([p, v]) => before.get(p) !== v && !inside(p)).map(([p]) => `written: ${p}`);
  const removed = [...before.keys()].filter((p) => !after.has(p) && !inside(p)).map((p) => `removed: ${p}`);
  return [...changed, ...removed];
}

/** TypeScript files that do not parse (syntax and strict-mode binder errors). */
export function syntaxProblems(files: readonly OutputFileText[]): string[] {
  const ts = Object.fromEntries(files.filter((f) => f.path.endsWith('.ts')).map((f) => ['/' + f.path, f.content]));
  return syntaxErrors(ts).map((e) => `${e.file}(${e.line}): ${e.message}`);
}

/** Words a module (strict mode) cannot declare, though the parser accepts them as names. */
const STRICT_RESERVED = new Set(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'eval', 'arguments', 'await']);

/**
 * The cheap form of `syntaxProblems` and `canaryProblems` together, for many runs: the parser's
 * own diagnostics and strict-mode reserved declaration names, without building a program.
 */
export function parseAndCanaryProblems(files: readonly OutputFileText[]): string[] {
  const out: string[] = [];
  for (const f of files.filter((file) => file.path.endsWith('.ts'))) {
    const source = ts.createSourceFile('/' + f.path, f.content, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    // parseDiagnostics is internal but stable; a program would cost ~100 ms per run.
    for (const d of (source as unknown as { parseDiagnostics: ts.DiagnosticWithLocation[] }).parseDiagnostics) {
      out.push(`${f.path}(${source.getLineAndCharacterOfPosition(d.start).line + 1}): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
    const visit = (node: ts.Node): void => {
      const name = (node as { name?: ts.Node }).name;
      if (ts.isDeclarationStatement(node) || ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isImportSpecifier(node)) {
        if (name && ts.isIdentifier(name) && STRICT_RESERVED.has(name.text)) out.push(`${f.path}: declares reserved word ${name.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    out.push(...canaryIn(source).map((c) => `${f.path}: ${c}`));
  }
  return out;
}

/** JSON files that do not parse. */
export function jsonProblems(files: readonly OutputFileText[]): string[] {
  return files.flatMap((f) => {
    if (!f.path.endsWith('.json')) return [];
    try {
      JSON.parse(f.content);
      return [];
    } catch (error) {
      return [`${f.path}: ${(error as Error).message}`];
    }
  });
}

/** A canary payload in the syntax tree of a TypeScript file (not in a string or comment): input text became code. */
export function canaryProblems(files: readonly OutputFileText[]): string[] {
  return files.filter((f) => f.path.endsWith('.ts')).flatMap((f) => canaryCode(f.content, '/' + f.path).map((c) => `${f.path}: ${c}`));
}

function canaryCode(code: string, fileName: string): string[] {
  return canaryIn(ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true));
}

function canaryIn(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && CANARY_ACCESSES.has(`${node.expression.text}.${node.name.text}`)) found.push(`${node.expression.text}.${node.name.text}`);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && CANARY_CALLS.has(node.expression.text)) found.push(`${node.expression.text}(...)`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * A planted secret in any output file, as written or in any escaped form the emitters use
 * (JSON / JS string escapes, URL encoding). The value itself is never printed: only where it is.
 */
export function secretProblems(files: readonly OutputFileText[], secrets: readonly string[]): string[] {
  const forms = (s: string) => [...new Set([s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s), Buffer.from(s).toString('base64')])].filter((f) => f.length >= 8);
  return secrets.flatMap((secret, index) =>
    files.filter((f) => forms(secret).some((form) => f.content.includes(form))).map((f) => `${f.path}: planted secret #${index} (${secret.slice(0, 6)}…)`),
  );
}

/** Diagnostics must be catalogued codes with a file; errors are the only reason not to generate. */
export function diagnosticProblems(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.flatMap((d) => {
    const out: string[] = [];
    if (!(d.code in CODES)) out.push(`${d.code}: not in the catalogue`);
    if (!d.file) out.push(`${d.code} ${d.message}: no file`);
    if (typeof d.pointer !== 'string') out.push(`${d.code} ${d.message}: no pointer`);
    if (CODES[d.code] && CODES[d.code].severity !== d.severity) out.push(`${d.code}: severity ${d.severity}, catalogue ${CODES[d.code].severity}`);
    return out;
  });
}

export interface ImportOutcome {
  dir: string;
  /** The import threw (message), or null. */
  error: string | null;
  pwned: boolean;
  marker: boolean;
}

/**
 * Imports every `src/**.ts` module of each package in one child node process (through tsx), in a
 * fresh working folder per package, and reports whether a canary ran.
 */
export function importPackages(dirs: readonly string[], workDir: string): ImportOutcome[] {
  mkdirSync(workDir, { recursive: true });
  const script = path.join(workDir, 'import-packages.mjs');
  writeFileSync(
    script,
    `import { mkdirSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const out = [];
for (const [index, dir] of JSON.parse(process.argv[2]).entries()) {
  const cwd = path.join(${JSON.stringify(workDir)}, 'import-cwd-' + index);
  mkdirSync(cwd, { recursive: true });
  process.chdir(cwd);
  delete globalThis.PWNED_CANARY;
  let error = null;
  try {
    const src = path.join(dir, 'src');
    for (const f of readdirSync(src, { recursive: true })) if (String(f).endsWith('.ts')) await import(pathToFileURL(path.join(src, String(f))).href);
  } catch (e) { error = String(e && e.message || e); }
  out.push({ dir, error, pwned: globalThis.PWNED_CANARY !== undefined, marker: existsSync(${JSON.stringify(CANARY_MARKER)}) });
}
console.log(JSON.stringify(out));
`,
  );
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', script, JSON.stringify(dirs)], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ImportOutcome[];
}

export interface PackageTestOutcome {
  /** Failed test titles with their first message line, per package folder. */
  failures: Map<string, string[]>;
  /** Passed test count per package folder. */
  passed: Map<string, number>;
  /** vitest could not run or report at all. */
  error: string | null;
}

/**
 * Runs the generated packages' own vitest tests in one child vitest process rooted at `root`
 * (every package folder under it), and attributes results to the package folders in `dirs`.
 */
export function runPackageTests(root: string, dirs: readonly string[]): PackageTestOutcome {
  const report = path.join(root, 'vitest-report.json');
  // Without a config of its own, vitest would find the repo's (which includes only test/ and generated/).
  const config = path.join(root, 'vitest.packages.config.mjs');
  writeFileSync(config, "export default { test: { include: ['**/test/**/*.test.ts'], exclude: ['**/node_modules/**'] } };\n");
  const outcome: PackageTestOutcome = { failures: new Map(dirs.map((d) => [d, []])), passed: new Map(dirs.map((d) => [d, 0])), error: null };
  try {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', root, '--config', config, '--reporter=json', `--outputFile=${report}`, ...dirs.map((d) => path.relative(root, d) + '/')], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 << 20,
    });
  } catch (error) {
    if (!existsSync(report)) {
      const e = error as { stdout?: string; stderr?: string; message?: string };
      outcome.error = `${e.message ?? ''}\n${e.stderr ?? ''}`.slice(0, 4000);
      return outcome;
    }
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as { testResults: Array<{ name: string; message?: string; status: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }> };
  for (const file of json.testResults) {
    const dir = dirs.find((d) => file.name.startsWith(d + path.sep));
    if (!dir) continue;
    if (file.assertionResults.length === 0 && file.status !== 'passed') outcome.failures.get(dir)!.push(`${path.relative(dir, file.name)}: ${(file.message ?? 'failed to run').split('\n')[0]}`);
    for (const test of file.assertionResults) {
      if (test.status === 'passed') outcome.passed.set(dir, outcome.passed.get(dir)! + 1);
      else if (test.status === 'failed') outcome.failures.get(dir)!.push(`${test.fullName}: ${(test.failureMessages[0] ?? '').split('\n')[0]}`);
    }
  }
  return outcome;
}
