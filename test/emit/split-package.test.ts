// A large package (more than 150 endpoints) keeps its types and its saved examples in one file per
// top-level folder, joined by src/types.ts and src/mocks/examples.ts; it type-checks, its mocks serve
// every saved example from those files, and its own tests pass.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { collection, example, folder, item } from '../helpers/collection.js';
import { readMockExamples } from '../helpers/mock-examples.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const FOLDERS = ['Alpha Things', 'Beta', 'Gamma'];
const PER_FOLDER = 51;
const JSON_HEADER = [{ key: 'Content-Type', value: 'application/json' }];

function request(f: number, i: number) {
  return { method: 'GET', url: `https://api.test/f${f}/r${i}` };
}

describe('a package split by folder', () => {
  let root: string;
  let dir: string;
  beforeAll(async () => {
    root = repoTempDir('split-');
    dir = path.join(root, 'split');
    const folders = FOLDERS.map((name, f) =>
      folder(
        name,
        Array.from({ length: PER_FOLDER }, (_, i) =>
          item(
            `Get ${f} ${i}`,
            request(f, i),
            i % 2
              ? []
              : [
                  example({
                    name: `ok ${f} ${i}`,
                    code: 200,
                    originalRequest: request(f, i),
                    header: JSON_HEADER,
                    body: `{"f":${f},"i":${i},"name":"${name}"}`,
                  }),
                ],
          ),
        ),
      ),
    );
    const result = await generatePackage(
      root,
      'split',
      collection([...folders, item('Ping', { method: 'GET', url: 'https://api.test/ping' })]),
    );
    expect(result.diagnostics.all.filter((d) => d.severity === 'error')).toEqual([]);
  }, 120_000);
  afterAll(() => removeDir(root));

  it('has one types file and one examples file per top-level folder, and one for the requests at the root', () => {
    for (const file of ['alpha-things', 'beta', 'gamma', '_requests']) {
      expect(existsSync(path.join(dir, 'src/types', `${file}.ts`)), file).toBe(true);
      expect(existsSync(path.join(dir, 'src/mocks/examples', `${file}.ts`)), file).toBe(true);
    }
    // A folder's examples are data alone: they import no module's values, only the example type.
    const beta = readFileSync(path.join(dir, 'src/mocks/examples/beta.ts'), 'utf8');
    expect([...beta.matchAll(/^import .*$/gm)].map((m) => m[0])).toEqual([
      "import type { SavedExample } from '../saved-example.js';",
    ]);
  });

  it('splits the endpoints and the client the same way: a folder file imports its own folder only', () => {
    for (const file of ['alpha-things', 'beta', 'gamma', '_requests']) {
      for (const part of ['endpoints', 'client'])
        expect(existsSync(path.join(dir, `src/${part}/${file}.ts`)), `${part}/${file}`).toBe(true);
    }
    const imports = (file: string) =>
      [...readFileSync(path.join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports('src/client/beta.ts')).toEqual(['../runtime/index.js', '../endpoints/beta.js', '../types/beta.js']);
    expect(imports('src/endpoints/beta.ts')).toEqual(['../runtime/index.js', '../types/beta.js']);
    // client.ts joins the folders' parts (the root's request through RootClient) and names no endpoint itself.
    const client = readFileSync(path.join(dir, 'src/client.ts'), 'utf8');
    expect(imports('src/client.ts').filter((m) => m!.startsWith('./client/'))).toEqual([
      './client/alpha-things.js',
      './client/beta.js',
      './client/gamma.js',
      './client/_requests.js',
    ]);
    expect(client).toMatch(/readonly beta: BetaClient;/);
    expect(client).toMatch(/\} & RootClient;/);
    expect(client).not.toMatch(/get10/);
  });

  it('examples.ts joins every saved example, each once, in collection order', () => {
    const examples = readMockExamples(dir);
    const keys = Object.keys(examples);
    expect(keys).toHaveLength(FOLDERS.length * PER_FOLDER + 1);
    const saved = Object.values(examples).flat();
    expect(saved).toHaveLength(FOLDERS.length * Math.ceil(PER_FOLDER / 2));
    expect(saved.map((e) => JSON.parse(e.body) as { f: number; i: number })).toEqual(
      FOLDERS.flatMap((name, f) =>
        Array.from({ length: PER_FOLDER }, (_, i) => i)
          .filter((i) => i % 2 === 0)
          .map((i) => ({ f, i, name })),
      ),
    );
  });

  it('type-checks, and its own tests pass: the mocks serve every example from the folder files', () => {
    expect(typeErrors([dir])).toEqual([]);
    const output = execFileSync('npx', ['vitest', 'run', '--root', dir, '--reporter=dot'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).replace(/\u001b\[[0-9;]*m/g, '');
    // Per saved example: a fixture over the stub and over HTTP, then the mocks serving it twice (node:http and MSW).
    const passed = Number(/Tests\s+(\d+) passed/.exec(output)?.[1]);
    expect(passed).toBeGreaterThanOrEqual(4 * FOLDERS.length * Math.ceil(PER_FOLDER / 2));
    expect(output).not.toMatch(/failed/);
  }, 240_000);
});
