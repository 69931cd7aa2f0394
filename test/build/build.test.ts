// The build stage and the type check over small in-memory packages: both builds, shared
// declarations, determinism, and compiler errors as problems (file, line, column, TS code), never as
// a throw.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, startBuild } from '../../generator/build/build.js';
import { checkPackage } from '../../generator/build/checker.js';
import { jobsOffThread } from '../../generator/build/thread.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import { TEMPLATES_DIR } from '../../generator/paths.js';
import { openCache, type CacheStore } from '../../generator/cache/store.js';
import { tempDir } from '../helpers/collection.js';

const template = (file: string): OutputFile => ({
  path: file,
  content: readFileSync(path.join(TEMPLATES_DIR, 'package', file), 'utf8'),
  parser: null,
});

function pkg(src: Record<string, string>): OutputFile[] {
  return [
    { path: 'package.json', content: JSON.stringify({ name: 'tiny', type: 'module' }), parser: null },
    template('tsconfig.json'),
    template('tsconfig.build.json'),
    template('tsconfig.cjs.json'),
    ...Object.entries(src).map(([file, content]): OutputFile => ({ path: file, content, parser: null })),
    // Tests are never built.
    { path: 'test/a.test.ts', content: 'export const t: number = 1;\n', parser: null },
  ];
}

const TINY = {
  'src/index.ts': "export { greet } from './greet.js';\nexport type { Greeting } from './types.js';\n",
  'src/greet.ts':
    "import type { Greeting } from './types.js';\n\nexport function greet(name: string): Greeting {\n  return { text: `hello ${name}` };\n}\n",
  'src/types.ts': 'export interface Greeting {\n  text: string;\n}\n',
};

describe('build', () => {
  it('emits an ESM and a CommonJS build of src/ only, with the same declarations in both', () => {
    const { files, problems } = build(pkg(TINY));
    expect(problems).toEqual([]);
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    expect([...byPath.keys()]).toEqual([
      'dist/cjs/greet.d.ts',
      'dist/cjs/greet.js',
      'dist/cjs/index.d.ts',
      'dist/cjs/index.js',
      'dist/cjs/package.json',
      'dist/cjs/types.d.ts',
      'dist/cjs/types.js',
      'dist/esm/greet.d.ts',
      'dist/esm/greet.js',
      'dist/esm/index.d.ts',
      'dist/esm/index.js',
      'dist/esm/types.d.ts',
      'dist/esm/types.js',
    ]);
    expect(byPath.get('dist/esm/index.js')).toContain("export { greet } from './greet.js';");
    expect(byPath.get('dist/cjs/index.js')).toContain('require("./greet.js")');
    expect(byPath.get('dist/cjs/package.json')).toBe('{"type":"commonjs"}\n');
    expect(byPath.get('dist/esm/greet.d.ts')).toContain('export declare function greet(name: string): Greeting;');
    expect(byPath.get('dist/cjs/greet.d.ts')).toBe(byPath.get('dist/esm/greet.d.ts'));
  });

  it('the built modules run: ESM and CommonJS give the same result', async () => {
    const { files } = build(pkg(TINY));
    const text = (p: string) => files.find((f) => f.path === p)!.content;
    // CommonJS: evaluate the module with a require that serves the other built files.
    const load = (file: string): Record<string, unknown> => {
      const module = { exports: {} as Record<string, unknown> };
      new Function('exports', 'require', 'module', text(`dist/cjs/${file}`))(
        module.exports,
        (s: string) => load(s.replace('./', '')),
        module,
      );
      return module.exports;
    };
    expect((load('index.js')['greet'] as (n: string) => unknown)('cjs')).toEqual({ text: 'hello cjs' });
    const esm = text('dist/esm/greet.js');
    const mod = (await import(`data:text/javascript,${encodeURIComponent(esm)}`)) as { greet: (n: string) => unknown };
    expect(mod.greet('esm')).toEqual({ text: 'hello esm' });
  });

  it('is deterministic: the same sources give byte-identical files, with or without a persistent cache', () => {
    const store = openCache(tempDir('postforge-build-cache-'), 'salt');
    expect(build(pkg(TINY))).toEqual(build(pkg(TINY)));
    expect(build(pkg(TINY), store)).toEqual(build(pkg(TINY)));
    expect(build(pkg(TINY), store)).toEqual(build(pkg(TINY)));
  });

  it('builds the same files in the compiler thread', async () => {
    const store = openCache(tempDir('postforge-build-cache-'), 'salt');
    const inThread = () => {
      const builder = startBuild(store);
      pkg(TINY).forEach((f) => builder.add(f));
      return builder.done();
    };
    expect(await inThread()).toEqual(build(pkg(TINY)));
    expect(await inThread()).toEqual(build(pkg(TINY)));
    expect(jobsOffThread()).toBe(true);
  });

  it('emits without type-checking: an export whose type its own text does not give is a problem (isolated declarations)', () => {
    const inferred = { ...TINY, 'src/greet.ts': 'export const greet = (name: string) => ({ text: name });\n' };
    const { files, problems } = build(pkg(inferred));
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/greet.ts',
      message: expect.stringMatching(/^src\/greet\.ts:1:\d+: TS90\d\d: .*--isolatedDeclarations/),
    });
  });

  describe('the type check', () => {
    it('passes a package that type-checks, in the worker thread', async () => {
      expect(await checkPackage(pkg(TINY))).toEqual([]);
      expect(jobsOffThread()).toBe(true);
    });

    it('a type error is a problem naming the file, line, column and TS code', async () => {
      const broken = {
        ...TINY,
        'src/greet.ts':
          "import type { Greeting } from './types.js';\n\nexport function greet(name: string): Greeting {\n  return { text: name.length };\n}\n",
      };
      expect(await checkPackage(pkg(broken))).toEqual([
        {
          file: 'src/greet.ts',
          message: "src/greet.ts:4:12: TS2322: Type 'number' is not assignable to type 'string'.",
        },
      ]);
    });

    it('a syntax error, a missing import and a missed isolated declaration are problems too', async () => {
      const problems = await checkPackage(
        pkg({
          'src/index.ts':
            "export const a: number = ;\nexport { b } from './missing.js';\nexport const c = [1].map((n) => n);\n",
        }),
      );
      expect(problems.map((p) => p.message.replace(/:\d+:\d+:/, ':').replace(/(TS9010): .*/, '$1'))).toEqual([
        'src/index.ts: TS1109: Expression expected.',
        "src/index.ts: TS2307: Cannot find module './missing.js' or its corresponding type declarations.",
        'src/index.ts: TS9010',
      ]);
    });

    it('more than ten problems are ten, the last one counting the rest', async () => {
      const many = Array.from({ length: 14 }, (_, i) => `export const n${i}: number = '${i}';\n`).join('');
      const problems = await checkPackage(pkg({ 'src/index.ts': many }));
      expect(problems).toHaveLength(10);
      expect(problems[9]!.message).toMatch(/\(and 4 more\)$/);
    });
  });

  it('a package without its build config is a problem, not a throw', async () => {
    const files = pkg(TINY).filter((f) => f.path !== 'tsconfig.build.json');
    const missing = { file: 'tsconfig.build.json', message: 'tsconfig.build.json is missing from the package' };
    expect(build(files).problems).toEqual([missing]);
    expect(await checkPackage(files)).toEqual([missing]);
  });

  describe('with a persistent cache', () => {
    /** A store in a fresh folder that records which kinds and sources were looked up, and which hit. */
    function recording() {
      const store = openCache(tempDir('postforge-build-cache-'), 'salt');
      const looked: string[] = [];
      return {
        looked,
        store: {
          get: (kind: string, key: string) => {
            const value = store.get(kind, key);
            looked.push(`${kind} ${value === undefined ? 'miss' : 'hit'}`);
            return value;
          },
          set: (kind: string, key: string, value: string) => store.set(kind, key, value),
        } satisfies CacheStore,
      };
    }
    const count = (looked: string[], entry: string) => looked.filter((l) => l === entry).length;
    const changed = { ...TINY, 'src/types.ts': 'export interface Greeting {\n  text: string;\n  at?: number;\n}\n' };

    it('the build emits again only the files whose own text changed, to the bytes of a build with no cache', () => {
      const { store, looked } = recording();
      expect(build(pkg(TINY), store)).toEqual(build(pkg(TINY)));
      expect(count(looked, 'build-esm miss')).toBe(3);
      looked.length = 0;
      const rebuilt = build(pkg(changed), store);
      expect(rebuilt).toEqual(build(pkg(changed)));
      expect(rebuilt.files.find((f) => f.path === 'dist/esm/types.d.ts')!.content).toContain('at?: number;');
      expect([
        count(looked, 'build-esm miss'),
        count(looked, 'build-esm hit'),
        count(looked, 'build-cjs miss'),
        count(looked, 'build-cjs hit'),
      ]).toEqual([1, 2, 1, 2]);
    });

    it('the check runs again for the files that reach a changed one, and only for them', async () => {
      const { store, looked } = recording();
      expect(await checkPackage(pkg(TINY), store)).toEqual([]);
      expect(count(looked, 'check miss')).toBe(3);
      looked.length = 0;
      expect(await checkPackage(pkg(TINY), store)).toEqual([]);
      expect(count(looked, 'check hit')).toBe(3);
      looked.length = 0;
      // types.ts changed: it, greet.ts and index.ts (which reach it) are checked again.
      expect(await checkPackage(pkg(changed), store)).toEqual([]);
      expect(count(looked, 'check miss')).toBe(3);
      looked.length = 0;
      // A file nothing imports changed: only it is checked.
      const leaf = { ...changed, 'src/extra.ts': 'export const extra = 1;\n' };
      expect(await checkPackage(pkg(leaf), store)).toEqual([]);
      expect([count(looked, 'check miss'), count(looked, 'check hit')]).toEqual([1, 3]);
    });

    it('a change that breaks a file importing it is reported, though that file itself is unchanged and passed before', async () => {
      const { store } = recording();
      expect(await checkPackage(pkg(TINY), store)).toEqual([]);
      const narrowed = { ...TINY, 'src/types.ts': 'export interface Greeting {\n  text: number;\n}\n' };
      const problem = {
        file: 'src/greet.ts',
        message: "src/greet.ts:4:12: TS2322: Type 'string' is not assignable to type 'number'.",
      };
      expect(await checkPackage(pkg(narrowed), store)).toEqual([problem]);
      // A failed check stores nothing: the error is reported again.
      expect(await checkPackage(pkg(narrowed), store)).toEqual([problem]);
    });
  });
});
