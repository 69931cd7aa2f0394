// Config `names` beside derived names, through the whole pipeline: unusable names are PF007, names
// that would collide through their types or files are resolved and reported (PF140).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCollection } from '../../generator/config.js';
import { run } from '../../generator/pipeline.js';
import { pathToFileURL } from 'node:url';
import { runFixture, type FixtureDriver, type FixtureFile } from '../../templates/test/harness.js';
import { collection, item, writeCollection } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const items = [
  item('Get User', { url: 'https://api.test/users/1' }, [], { id: 'a' }),
  item('Other', { url: 'https://api.test/other' }, [], { id: 'b' }),
  item('Third', { url: 'https://api.test/third' }, [], { id: 'c' }),
];

describe('pipeline: config names', () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'postforge-names-'));
    input = writeCollection(items, {}, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const generate = (names: Record<string, string>) =>
    run(resolveCollection({ input, out: path.join(dir, 'out'), name: 'api', names }, dir), { check: true, formatCache: new Map() });

  type Case = [string, { names: Record<string, string>; message: RegExp }];
  const unusable: Case[] = [
    ['a name TypeScript does not read as an identifier', { names: { b: 'areaM²' }, message: /"areaM²".*not a usable function name/ }],
    ['a reserved word', { names: { b: 'class' }, message: /"class".*not a usable/ }],
    ['`then` (the package namespace would be a thenable)', { names: { b: 'then' }, message: /"then".*not a usable/ }],
    ['an invisible character', { names: { b: 'get\u200bUser' }, message: /not a usable/ }],
    ['two names that differ only in case', { names: { a: 'getUser', b: 'GetUser' }, message: /given to two items/ }],
  ];
  it.each(unusable)('PF007: %s', async (_, { names, message }) => {
    const result = await generate(names);
    const pf007 = result.diagnostics.all.filter((d) => d.code === 'PF007');
    expect(pf007.map((d) => d.message)).toEqual([expect.stringMatching(message)]);
    expect(result.files).toEqual([]);
  });

  it('`get_user` beside a derived `getUser`: two interfaces, two fixture files, and PF140 says which gave way', async () => {
    const result = await generate({ b: 'get_user' });
    expect(result.diagnostics.hasErrors()).toBe(false);
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['test/fixtures/get-user.json', 'test/fixtures/get-user-2.json']));
    const types = result.files.find((f) => f.path === 'src/types.ts')!.content;
    expect(types.match(/export interface \w+Params\b/g)).toEqual(['export interface GetUserParams', 'export interface Get_userParams', 'export interface ThirdParams']);
    const pf140 = result.diagnostics.all.filter((d) => d.code === 'PF140');
    expect(pf140.map((d) => [d.severity, d.itemPath.join(' / '), d.message])).toEqual([['info', 'Get User', expect.stringContaining('get-user-2.json')]]);
  });

  it('a config name that is another request\'s type name: that request\'s types take a suffix, as a family', async () => {
    const result = await generate({ b: 'GetUserParams' });
    expect(result.diagnostics.hasErrors()).toBe(false);
    const types = result.files.find((f) => f.path === 'src/types.ts')!.content;
    expect(types).toContain('export interface GetUser2Params');
    expect(types).toContain('export type GetUser2Result');
    expect(types).toContain('export interface GetUserParamsParams');
    expect(result.diagnostics.all.filter((d) => d.code === 'PF140').map((d) => d.message)).toEqual([expect.stringContaining('GetUser2Params')]);
  });
});

describe('pipeline: a package whose config names collide through their types and files', () => {
  let root: string;
  afterAll(() => removeDir(root));

  it('type-checks and its fixture tests pass', async () => {
    root = repoTempDir('config-names-');
    // generatePackage writes the collection; a second run with the config names regenerates it.
    const first = await generatePackage(root, 'api', collection(items));
    expect(first.diagnostics.hasErrors()).toBe(false);
    const input = first.job.input;
    const job = resolveCollection({ input, out: first.job.out, name: 'api', names: { b: 'get_user', c: 'GetUserParams' } }, root);
    const result = await run(job, { check: false, formatCache: new Map() });
    expect(result.diagnostics.hasErrors()).toBe(false);
    expect(typeErrors([job.out])).toEqual([]);
    const { cases } = (await import(pathToFileURL(path.join(job.out, 'test', 'cases.ts')).href)) as {
      cases: ReadonlyArray<{ file: FixtureFile; driver: FixtureDriver<unknown> }>;
    };
    expect(cases.map((c) => c.file.operation)).toEqual(['getUser', 'get_user', 'GetUserParams']);
    for (const { file, driver } of cases) for (const fx of file.fixtures) await runFixture(fx, driver);
  }, 120_000);
});
