// The output passes `prettier --check`: generated/ under the repository's style, and a package
// generated into another project under that project's own prettier config. Checked in process the
// way the CLI checks: every file prettier infers a parser for, less what .prettierignore lists,
// each against the options prettier resolves for that file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { resolveCollection } from '../../generator/config.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { resolvePrettierOptions } from '../../generator/format/prettier-config.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { run } from '../../generator/pipeline.js';
import { tempDir } from '../helpers/collection.js';

/** Files under `dir` that `prettier --check` run in `cwd` would find unformatted. */
async function unformatted(dir: string, cwd: string): Promise<string[]> {
  const ignorePath = path.join(cwd, '.prettierignore');
  const bad: string[] = [];
  let checked = 0;
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, rel);
    if (rel.split(path.sep).includes('node_modules')) continue;
    const info = await prettier.getFileInfo(file, { ignorePath });
    if (info.ignored || !info.inferredParser) continue;
    const options = (await prettier.resolveConfig(file, { editorconfig: true })) ?? {};
    checked++;
    if (!(await prettier.check(readFileSync(file, 'utf8'), { ...options, filepath: file }))) bad.push(path.relative(cwd, file));
  }
  expect(checked).toBeGreaterThan(20);
  return bad;
}

describe('prettier --check over the output', () => {
  it('passes over generated/', { timeout: 120_000 }, async () => {
    expect(await unformatted(path.join(PROJECT_ROOT, 'generated'), PROJECT_ROOT)).toEqual([]);
  });

  // Tabs leave everything to prettier; the second style is one data-text.ts prints data in itself.
  it.each([
    { useTabs: true, semi: false, singleQuote: false, printWidth: 90 },
    { tabWidth: 4, printWidth: 100, trailingComma: 'none', bracketSpacing: false },
  ])("an --out inside another project follows that project's prettier config (%o)", { timeout: 120_000 }, async (style) => {
    const project = tempDir('postforge-project-');
    writeFileSync(path.join(project, '.prettierrc.json'), JSON.stringify(style));
    // dist/ is the compiler's output, ignored as built output is (this repository does the same).
    writeFileSync(path.join(project, '.prettierignore'), '**/dist/\n');
    const out = path.join(project, 'packages', 'bigin');
    expect((await resolvePrettierOptions(out)).options).toEqual(style);

    const input = path.join(PROJECT_ROOT, 'collections', 'zoho-bigin.postman_collection.json');
    const result = await run(resolveCollection({ input, out, name: 'zoho-bigin' }, project), { check: false, formatCache: new Map() });
    expect(result.diagnostics.hasErrors()).toBe(false);
    expect(await unformatted(out, project)).toEqual([]);
    // Really in that style, templates included, not ours.
    const runtime = readFileSync(path.join(out, 'src', 'runtime', 'index.ts'), 'utf8');
    expect(runtime).toMatch(style.useTabs ? /^\t/m : /^ {4}\S/m);
    expect(await prettier.check(runtime, { ...PRETTIER_OPTIONS, parser: 'typescript' })).toBe(false);
  });

  it('falls back to the repository\'s .prettierrc.json where the folder has no config', async () => {
    expect(await resolvePrettierOptions(path.join(tempDir(), 'out'))).toEqual({ options: PRETTIER_OPTIONS, file: null });
  });
});
