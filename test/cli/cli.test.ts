import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../generator/cli.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { collection, item, tempDir, writeTemp } from '../helpers/collection.js';

/** Runs the CLI in `cwd`, collecting what it prints. */
async function cli(argv: string[], cwd: string): Promise<{ code: number; output: string; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line), cwd);
  return { code, output: lines.join('\n'), lines };
}

/** Every file under `dir` with its bytes, for byte-identity checks. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

/** A temp copy of the Zoho CRM collection and its EU environment. */
function zohoCopy(): { cwd: string; args: string[]; collectionFile: string } {
  const cwd = tempDir('postforge-cli-');
  const collectionFile = path.join(cwd, 'crm.postman_collection.json');
  copyFileSync(path.join(PROJECT_ROOT, 'collections', 'zoho-crm.postman_collection.json'), collectionFile);
  copyFileSync(path.join(PROJECT_ROOT, 'collections', 'environments', 'zoho-eu.postman_environment.json'), path.join(cwd, 'eu.json'));
  return { cwd, collectionFile, args: ['generate', 'crm.postman_collection.json', '--env', 'eu.json', '--out', 'out'] };
}

describe('cli: usage errors exit 2', () => {
  type Case = [string, { given: string[]; want: RegExp }];
  const cases: Case[] = [
    ['no command', { given: [], want: /missing command/ }],
    ['an unknown command', { given: ['build'], want: /unknown command "build"/ }],
    ['an unknown option', { given: ['generate', '--frobnicate'], want: /frobnicate/ }],
    ['two collections', { given: ['generate', 'a.json', 'b.json'], want: /Usage:/ }],
    ['--out without a collection', { given: ['generate', '--out', 'x'], want: /need a <collection\.json>/ }],
  ];
  it.each(cases)('%s', async (_, { given, want }) => {
    const cwd = tempDir();
    const { code, output } = await cli(given, cwd);
    expect(code).toBe(EXIT.usage);
    expect(output).toMatch(want);
    expect(output).toContain('Usage:');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, output } = await cli(['--help'], tempDir());
    expect(code).toBe(EXIT.ok);
    expect(output).toMatch(/^Usage:/);
  });

  it('a config file without collections is a usage error', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'postforge.config.json'), '{ "collection": [] }');
    const { code, output } = await cli(['generate'], cwd);
    expect(code).toBe(EXIT.usage);
    expect(output).toMatch(/postforge\.config\.json must export default \{ collections/);
  });

  it('a package name that is not an npm name (and would leave generated/) is a usage error', async () => {
    const cwd = tempDir();
    const { code, output } = await cli(['generate', 'x.postman_collection.json', '--name', '../../escaped'], cwd);
    expect(code).toBe(EXIT.usage);
    expect(output).toMatch(/"\.\.\/\.\.\/escaped" is not a valid npm package name/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('no config and no collections/ folder is a usage error', async () => {
    const { code, output } = await cli(['generate'], tempDir());
    expect(code).toBe(EXIT.usage);
    expect(output).toMatch(/no collections to generate/);
  });
});

describe('cli: input errors exit 1 and write nothing', () => {
  type Case = [string, { given: unknown; want: RegExp }];
  const cases: Case[] = [
    ['a JSON array', { given: [{ info: {} }], want: /^error PF003 broken\.postman_collection\.json: the file is not a JSON object/m }],
    ['`item` is not an array: said, then no requests', { given: { info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: {} }, want: /^warning PF015 broken\.postman_collection\.json #\/item: `item` is an object, not a list; it is read as an empty list\n(?:.*\n)+error PF004 /m }],
    ['invalid JSON', { given: '{ "info": ', want: /^error PF002 broken\.postman_collection\.json: / }],
    ['no requests', { given: collection([]), want: /^error PF004 broken\.postman_collection\.json #\/item: the collection has no requests/m }],
  ];
  it.each(cases)('%s', async (_, { given, want }) => {
    const cwd = tempDir();
    writeTemp(given, 'broken.postman_collection.json', cwd);
    const { code, output } = await cli(['generate', 'broken.postman_collection.json', '--out', 'out'], cwd);
    expect(code).toBe(EXIT.inputErrors);
    expect(output).toMatch(want);
    expect(output).toMatch(/help: /);
    expect(output).toMatch(/✗ broken\.postman_collection\.json: 1 error\(s\), nothing written to out/);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('a missing collection file', async () => {
    const cwd = tempDir();
    const { code, output } = await cli(['generate', 'nope.json', '--out', 'out'], cwd);
    expect(code).toBe(EXIT.inputErrors);
    expect(output).toMatch(/^error PF001 nope\.json: cannot read .*ENOENT/m);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('a bad environment', async () => {
    const cwd = tempDir();
    writeTemp(collection([item('A', { url: 'https://x.test/a' })]), 'c.json', cwd);
    writeTemp({ name: 'E' }, 'env.json', cwd);
    const { code, output } = await cli(['generate', 'c.json', '--env', 'env.json', '--out', 'out'], cwd);
    expect(code).toBe(EXIT.inputErrors);
    expect(output).toMatch(/^error PF005 env\.json #\/values: /m);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });
});

describe('cli: generate and --check on a copy of the Zoho CRM collection', () => {
  it('generates, is up to date, detects drift, and regenerates only what changed', async () => {
    const { cwd, args, collectionFile } = zohoCopy();
    const out = path.join(cwd, 'out');

    const first = await cli(args, cwd);
    expect(first.code).toBe(EXIT.ok);
    expect(first.output).toMatch(/^✓ out: 4 endpoints, 36 examples, 36 tests; \d+ files written, 0 unchanged, 0 removed; \d+ warning\(s\); \d+ ms$/m);
    expect(first.output).toMatch(/^warning PF101 crm\.postman_collection\.json V2 \/ Records API \/ Update Records \/ Leads #\/item\/0\/item\/0\/item\/0\/item\/0\/response\/2\/originalRequest\/body\/raw: /m);
    const written = Number(/(\d+) files written/.exec(first.output)![1]);
    const generated = snapshot(out);
    expect(generated.size).toBe(written);
    expect(JSON.parse(generated.get('package.json')!.toString()).name).toBe('crm');
    expect(generated.get(path.join('src', 'client.ts'))!.toString()).toContain("eu: 'https://www.zohoapis.eu'");

    const check = await cli([...args, '--check'], cwd);
    expect(check.code).toBe(EXIT.ok);
    expect(check.output).toMatch(new RegExp(`^✓ out: up to date \\(${written} files, \\d+ ms\\)$`, 'm'));

    // Determinism: generating again writes nothing, and every byte is the same.
    const again = await cli(args, cwd);
    expect(again.code).toBe(EXIT.ok);
    expect(again.output).toMatch(new RegExp(`0 files written, ${written} unchanged, 0 removed`));
    expect(snapshot(out)).toEqual(generated);

    // Edit one saved response body in the collection copy: --check reports drift and writes nothing.
    const doc = JSON.parse(readFileSync(collectionFile, 'utf8')) as { item: Array<{ item: Array<{ item: Array<{ item: Array<{ response: Array<{ body: string }> }> }> }> }> };
    const response = doc.item[0]!.item[0]!.item[0]!.item[0]!.response[0]!;
    const body = JSON.parse(response.body) as { data: Array<{ message: string }> };
    body.data[0]!.message = 'record updated (edited)';
    response.body = JSON.stringify(body);
    writeFileSync(collectionFile, JSON.stringify(doc));
    const drift = await cli([...args, '--check'], cwd);
    expect(drift.code).toBe(EXIT.drift);
    expect(drift.lines).toContain(`  changed  out/test/fixtures/update-records-leads.json`);
    expect(drift.output).toMatch(/^✗ out: \d+ file\(s\) differ from the generator's output/m);
    expect(snapshot(out)).toEqual(generated);

    // Regenerating writes the changed files only; a stale file is removed.
    writeFileSync(path.join(out, 'src', 'leftover.ts'), 'export {};\n');
    const stale = await cli([...args, '--check'], cwd);
    expect(stale.code).toBe(EXIT.drift);
    expect(stale.lines).toContain('  stale    out/src/leftover.ts');
    const regenerated = await cli(args, cwd);
    expect(regenerated.code).toBe(EXIT.ok);
    expect(regenerated.output).toMatch(/ 1 removed;/);
    const after = snapshot(out);
    const changed = [...after.keys()].filter((f) => !generated.get(f)?.equals(after.get(f)!));
    expect(changed).toContain(path.join('test', 'fixtures', 'update-records-leads.json'));
    expect(changed.every((f) => f.startsWith('test') || f === 'README.md' || f.startsWith('src') || f.startsWith('dist'))).toBe(true);
    expect(after.has(path.join('src', 'leftover.ts'))).toBe(false);
    expect((await cli([...args, '--check'], cwd)).code).toBe(EXIT.ok);
    // Seven runs, each building dist/ (about 1-2 s of TypeScript per run, more on a loaded machine).
  }, 90_000);

  it('--name names the package', async () => {
    const cwd = tempDir();
    writeTemp(collection([item('Ping', { url: 'https://api.test/ping' })]), 'c.json', cwd);
    const { code } = await cli(['generate', 'c.json', '--out', 'pkg', '--name', '@acme/ping-client'], cwd);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(path.join(cwd, 'pkg', 'package.json'), 'utf8')).name).toBe('@acme/ping-client');
  });

  it('without arguments, generates every collections/*.postman_collection.json into generated/<name>/', async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'collections'));
    writeTemp(collection([item('Ping', { url: 'https://api.test/ping' })]), 'my-api.postman_collection.json', path.join(cwd, 'collections'));
    const { code, output } = await cli(['generate'], cwd);
    expect(code).toBe(EXIT.ok);
    expect(output).toMatch(/^✓ generated\/my-api: 1 endpoints/m);
    expect(existsSync(path.join(cwd, 'generated', 'my-api', 'src', 'client.ts'))).toBe(true);
  });
});
