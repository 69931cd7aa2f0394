// Proves the generated fixture tests can fail: a copy of generated/zoho-crm with one deliberate
// bug (a path segment, a header, a response mis-read) must fail exactly the fixtures that exercise
// it, while an unmutated copy passes them all.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { removeDir, repoTempDir } from '../helpers/package.js';

type CasesModule = typeof import('../../generated/zoho-crm/test/cases.js');
type HarnessModule = typeof import('../../generated/zoho-crm/test/harness.js');
type Fixture = import('../../generated/zoho-crm/test/harness.js').Fixture;

const SOURCE = path.join(PROJECT_ROOT, 'generated', 'zoho-crm');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

interface Mutation {
  file: string;
  from: string;
  to: string;
  /** Code added at the end of the file, after the replacement. */
  append?: string;
}

/** Copies the package's src/ and test/ into `dir`, applies `mutation` (which must match exactly once). */
function copyPackage(dir: string, mutation: Mutation | null): void {
  for (const part of ['src', 'test', 'package.json']) cpSync(path.join(SOURCE, part), path.join(dir, part), { recursive: true });
  if (!mutation) return;
  const file = path.join(dir, mutation.file);
  const text = readFileSync(file, 'utf8');
  const count = text.split(mutation.from).length - 1;
  if (count !== 1) throw new Error(`mutation target ${JSON.stringify(mutation.from)} found ${count} times in ${mutation.file}: update this test to the generated code`);
  writeFileSync(file, text.replace(mutation.from, mutation.to) + (mutation.append ?? ''));
}

/** Runs every fixture of the copy through its own harness; returns `operation / status name` of each, by outcome. */
async function runCopy(dir: string): Promise<{ passed: string[]; failed: string[]; all: Array<{ id: string; operation: string; fx: Fixture }> }> {
  const { cases } = (await import(pathToFileURL(path.join(dir, 'test', 'cases.ts')).href)) as CasesModule;
  const { runFixture } = (await import(pathToFileURL(path.join(dir, 'test', 'harness.ts')).href)) as HarnessModule;
  const passed: string[] = [];
  const failed: string[] = [];
  const all: Array<{ id: string; operation: string; fx: Fixture }> = [];
  for (const { file, driver } of cases) {
    for (const [index, fx] of file.fixtures.entries()) {
      const id = `${file.operation} #${index} ${fx.response.status} ${fx.name}`;
      all.push({ id, operation: file.operation, fx });
      try {
        await runFixture(fx, driver);
        passed.push(id);
      } catch {
        failed.push(id);
      }
    }
  }
  return { passed, failed, all };
}

const mutations: Array<[string, { mutation: Mutation; fails: (fx: Fixture, operation: string) => boolean }]> = [
  [
    'a wrong path segment (Leads -> Lead) fails the request-mode fixtures of that endpoint',
    {
      mutation: { file: 'src/endpoints.ts', from: "'Leads', { param: 'recordId' }", to: "'Lead', { param: 'recordId' }" },
      fails: (fx, operation) => operation === 'updateRecordsLeads' && fx.mode === 'request',
    },
  ],
  [
    'a wrong fixed header (Content-Type text/plain) fails the request-mode fixtures that expect it',
    {
      mutation: { file: 'src/endpoints.ts', from: "'Content-Type': 'application/json'", to: "'Content-Type': 'text/plain'" },
      fails: (fx) => fx.mode === 'request' && fx.request.headers['content-type'] === 'application/json',
    },
  ],
  [
    'a response mis-read (one JSON key dropped) fails every fixture whose data is an object',
    {
      mutation: {
        // The real decoder is renamed and wrapped by one that drops the first key of a JSON object.
        file: 'src/runtime/decode.ts',
        from: 'export async function decodeBody(',
        to: 'async function decodeBodyAsWritten(',
        append: `
export async function decodeBody(response: Response): Promise<unknown> {
  const data = await decodeBodyAsWritten(response);
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) delete (data as Record<string, unknown>)[Object.keys(data)[0]!];
  return data;
}
`,
      },
      fails: (fx) => typeof fx.data === 'object' && fx.data !== null && !Array.isArray(fx.data) && Object.keys(fx.data).length > 0,
    },
  ],
  [
    'a status read off by one fails every fixture',
    {
      mutation: { file: 'src/runtime/client.ts', from: 'status: response.status', to: 'status: response.status + 1' },
      fails: () => true,
    },
  ],
];

describe('mutation: the generated fixture tests of zoho-crm can fail', () => {
  let root: string;
  beforeAll(() => {
    root = repoTempDir('mutation-');
  });
  afterAll(() => removeDir(root));

  it('an unmutated copy passes all 36 fixtures', async () => {
    const dir = path.join(root, 'baseline');
    copyPackage(dir, null);
    const { passed, failed } = await runCopy(dir);
    expect(failed).toEqual([]);
    expect(passed).toHaveLength(36);
  }, 10_000);

  it.each(mutations)('%s', async (name, { mutation, fails }) => {
    const dir = path.join(root, `m${mutations.findIndex(([n]) => n === name)}`);
    copyPackage(dir, mutation);
    const { failed, all } = await runCopy(dir);
    const expected = all.filter(({ fx, operation }) => fails(fx, operation)).map(({ id }) => id);
    expect(expected.length).toBeGreaterThan(0);
    expect(failed).toEqual(expected);
  }, 10_000);

  it('a response type that no longer accepts a saved body fails the type-level check (test/types.check.ts)', () => {
    const check = (dir: string) => {
      for (const file of ['tsconfig.json']) cpSync(path.join(SOURCE, file), path.join(dir, file));
      return spawnSync(process.execPath, [TSC, '--noEmit', '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    };
    const clean = path.join(root, 'types-clean');
    copyPackage(clean, null);
    expect(check(clean).status).toBe(0);
    const broken = path.join(root, 'types-broken');
    // The first response type's first `message: string` becomes `number`: every saved body of that status disagrees.
    const types = readFileSync(path.join(SOURCE, 'src', 'types.ts'), 'utf8');
    copyPackage(broken, { file: 'src/types.ts', from: types.slice(0, types.indexOf('message: string;') + 'message: string;'.length), to: types.slice(0, types.indexOf('message: string;')) + 'message: number;' });
    const result = check(broken);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/test\/types\.check\.ts\(\d+,\d+\): error TS2344/);
  }, 60_000);

  it('a saved request that the params type rejects fails the type-level check (test/types.check.ts)', () => {
    // The first saved update request's body field changes type (a string field holds a number).
    const broken = path.join(root, 'params-broken');
    copyPackage(broken, null);
    const fixtures = path.join(broken, 'test', 'fixtures', 'update-records-leads.json');
    writeFileSync(fixtures, readFileSync(fixtures, 'utf8').replace('"Last_Name": "Last_Name"', '"Last_Name": 5'));
    cpSync(path.join(SOURCE, 'tsconfig.json'), path.join(broken, 'tsconfig.json'));
    const result = spawnSync(process.execPath, [TSC, '--noEmit', '-p', path.join(broken, 'tsconfig.json')], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/test\/types\.check\.ts\(\d+,\d+\): error TS2344[^\n]*UpdateRecordsLeadsParams/);
  }, 60_000);
});
