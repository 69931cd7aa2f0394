// Generated packages on disk, for tests that compile or run them. They live under the repo's
// git-ignored .tmp/ so that their imports (vitest, @types/node) resolve to the repo's node_modules.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { resolveCollection } from '../../generator/config.js';
import type { FormatCache } from '../../generator/format/format.js';
import { run, type RunResult } from '../../generator/pipeline.js';

export const REPO_TMP = path.join(PROJECT_ROOT, '.tmp');

/** A fresh folder under .tmp/; the caller removes it (see `removeDir`). */
export function repoTempDir(prefix: string): string {
  mkdirSync(REPO_TMP, { recursive: true });
  return mkdtempSync(path.join(REPO_TMP, prefix));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** The compiler's lib files, parsed once per test file: they never change, and parsing lib.dom takes a second. */

/** Writes `collection` as `<root>/<name>.postman_collection.json` and generates `<root>/<name>/` from it. */
export async function generatePackage(root: string, name: string, collection: unknown, formatCache: FormatCache = new Map()): Promise<RunResult> {
  const input = path.join(root, `${name}.postman_collection.json`);
  writeFileSync(input, JSON.stringify(collection, null, 2));
  return run(resolveCollection({ input, out: path.join(root, name), name }, root), { check: false, formatCache });
}

export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Type-checks packages with the settings every generated package uses; returns `file(line): message` per error. */
export function typeErrors(packageDirs: readonly string[]): string[] {
  const config = ts.readConfigFile(path.join(PROJECT_ROOT, 'templates', 'package', 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, PROJECT_ROOT);
  const files = packageDirs.flatMap((dir) => [...tsFilesUnder(path.join(dir, 'src')), ...tsFilesUnder(path.join(dir, 'test'))]);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${path.relative(REPO_TMP, d.file.fileName)}(${d.file.getLineAndCharacterOfPosition(d.start).line + 1})` : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
