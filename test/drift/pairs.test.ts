// Collection pairs (test/drift/pairs/): `before` is generated, then `compatible` and `breaking` are
// compared with it through the real CLI, as CI runs it: the classification, the item paths, the
// Markdown report and the exit codes of --check, --fail-on and plain generate.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT, main } from '../../generator/cli.js';
import { API_SUMMARY_FILE } from '../../generator/emit/api-summary.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { tempDir } from '../helpers/collection.js';

const PAIRS = path.join(PROJECT_ROOT, 'test', 'drift', 'pairs');
const pair = (name: string) => path.join(PAIRS, `${name}.postman_collection.json`);

async function cli(argv: string[], cwd: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line), cwd, { env: {} });
  return { code, lines };
}
const generate = (cwd: string, name: string, ...flags: string[]) => cli(['generate', pair(name), '--out', 'out', '--name', 'users', ...flags], cwd);
/** The drift lines: endpoints (`+ - ~`) and their changes, without the file list. */
const driftLines = (lines: string[]) => lines.filter((l) => /^ {2}[+~-] |^ {6}(breaking|compatible) /.test(l)).map((l) => l.trim().replace(/ +/g, ' '));

/** The `before` package, generated once; each test works on a copy. */
let base: string;
beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'postforge-drift-'));
  const { code } = await generate(base, 'before');
  expect(code).toBe(EXIT.ok);
  return () => rmSync(base, { recursive: true, force: true });
}, 120_000);
function copy(): string {
  const cwd = tempDir('postforge-drift-');
  cpSync(path.join(base, 'out'), path.join(cwd, 'out'), { recursive: true });
  return cwd;
}

describe('drift report over collection pairs', () => {
  it('compatible changes: classified, with item paths; exit 3 by default under --check, 0 with --fail-on breaking', async () => {
    const cwd = copy();
    const check = await generate(cwd, 'compatible', '--check', '--report', 'report.md');
    expect(check.code).toBe(EXIT.drift);
    expect(driftLines(check.lines)).toEqual([
      '~ changed getUser GET /users/{id} (Users / Get User)',
      'compatible response 200.createdAt: field added: string',
      '~ changed listUsers GET /users (Users / List Users)',
      'compatible params.query.limit: optional field added: query value',
      '~ changed createUser POST /users (Users / Create User)',
      'compatible status 409: newly returned',
      '+ added updateUser PATCH /users/{id} (Users / Update User)',
    ]);
    const report = readFileSync(path.join(cwd, 'report.md'), 'utf8');
    expect(report).toContain('No breaking changes.');
    expect(report).toContain('| `out` | 1 | 0 | 3 | 0 | 4 |');
    expect(report).toContain('- + added `updateUser` `PATCH /users/{id}` (Users / Update User)');
    expect((await generate(cwd, 'compatible', '--check', '--fail-on', 'breaking')).code).toBe(EXIT.ok);
  }, 120_000);

  it('breaking changes: removed endpoint, removed field, dropped status, required field added; --fail-on breaking exits 3, none exits 0', async () => {
    const cwd = copy();
    const check = await generate(cwd, 'breaking', '--check', '--fail-on', 'breaking', '--report', 'report.md');
    expect(check.code).toBe(EXIT.drift);
    expect(driftLines(check.lines)).toEqual([
      '~ changed getUser GET /users/{id} (Users / Get User) [breaking]',
      'breaking response 200.email: required field removed',
      'breaking status 404: no longer returned',
      '~ changed createUser POST /users (Users / Create User) [breaking]',
      'breaking params.body.role: required field added: "ADMIN" | string',
      '- removed deleteUser DELETE /users/{id} (Users / Delete User) [breaking]',
    ]);
    const report = readFileSync(path.join(cwd, 'report.md'), 'utf8');
    expect(report).toContain('**4 breaking change(s).**');
    expect(report).toContain('  - **breaking** `status 404`: no longer returned');
    expect((await generate(cwd, 'breaking', '--check', '--fail-on', 'none')).code).toBe(EXIT.ok);
  }, 120_000);

  it('plain generate writes, reports, and exits 3 under --fail-on breaking; the next --check is clean', async () => {
    const cwd = copy();
    const written = await generate(cwd, 'breaking', '--fail-on', 'breaking');
    expect(written.code).toBe(EXIT.drift);
    expect(driftLines(written.lines)).toContain('- removed deleteUser DELETE /users/{id} (Users / Delete User) [breaking]');
    const again = await generate(cwd, 'breaking', '--check');
    expect(again.code).toBe(EXIT.ok);
    expect(again.lines).toContain('  drift out: no API changes');
  }, 120_000);

  it('a package without a summary (an older postforge) says so instead of failing', async () => {
    const cwd = copy();
    rmSync(path.join(cwd, 'out', API_SUMMARY_FILE));
    const { code, lines } = await generate(cwd, 'breaking', '--check', '--fail-on', 'breaking', '--report', 'report.md');
    expect(code).toBe(EXIT.ok);
    expect(lines).toContain('  drift out: no previous API summary to compare with (a new package, or one an older postforge wrote)');
    expect(readFileSync(path.join(cwd, 'report.md'), 'utf8')).toContain('| `out` | no previous summary | | | | |');
  }, 120_000);

  it('a summary that is not one postforge wrote is a warning (PF170), not a crash', async () => {
    const cwd = copy();
    writeFileSync(path.join(cwd, 'out', API_SUMMARY_FILE), '{"version":1,"endpoints":[{"key":1}]}');
    const { code, lines } = await generate(cwd, 'before', '--check');
    expect(code).toBe(EXIT.drift); // the summary file itself differs
    expect(lines.join('\n')).toMatch(/PF170.*postforge\.api\.json cannot be read \(endpoints\[0\]\.key is not text\)/);
  }, 120_000);
});
