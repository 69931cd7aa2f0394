// Which files a source's build key follows: its import closure, and everything when it cannot tell.
import { describe, expect, it } from 'vitest';
import { closureKeys, ownKeys } from '../../generator/build/file-keys.js';

const ROOT = '/p';
function keys(files: Record<string, string>) {
  const inMemory = new Map(Object.entries(files).map(([f, text]) => [`${ROOT}/${f}`, text]));
  const sources = [...inMemory.keys()].filter((f) => f.startsWith(`${ROOT}/src/`));
  const short = (m: Map<string, string>) => Object.fromEntries([...m].map(([f, k]) => [f.slice(ROOT.length + 1), k]));
  return { closure: short(closureKeys(sources, inMemory, ROOT)), own: short(ownKeys(sources, inMemory, ROOT)) };
}

const BASE = {
  'package.json': '{"type":"module"}',
  'src/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
  'src/b.ts': "export { c as b } from './c.js';\n",
  'src/c.ts': 'export const c = 1;\n',
  'src/d.ts': 'export const d = 2;\n',
};

describe('closureKeys and ownKeys', () => {
  it('a change reaches the files that import it, directly or not, and no other', () => {
    const before = keys(BASE);
    const after = keys({ ...BASE, 'src/c.ts': 'export const c = 2;\n' });
    expect(['a', 'b', 'c', 'd'].map((f) => before.closure[`src/${f}.ts`] !== after.closure[`src/${f}.ts`])).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(['a', 'b', 'c', 'd'].map((f) => before.own[`src/${f}.ts`] !== after.own[`src/${f}.ts`])).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  it('package.json and the tsconfig files are in every key', () => {
    const before = keys(BASE);
    const after = keys({ ...BASE, 'package.json': '{"type":"commonjs"}' });
    for (const f of Object.keys(before.closure))
      expect([after.closure[f] === before.closure[f], after.own[f] === before.own[f]]).toEqual([false, false]);
  });

  it.each([
    ['a script (no import or export)', 'const g = 1;\n'],
    ['a global declaration', 'export {};\ndeclare global {\n  var g: number;\n}\n'],
    ['an import of something that is not a source here', "export * from '../outside.js';\n"],
  ])('%s makes every file depend on every other', (_name, text) => {
    const before = keys({ ...BASE, 'src/e.ts': text });
    const after = keys({ ...BASE, 'src/e.ts': text + '\n' });
    for (const f of ['a', 'b', 'c', 'd']) expect(after.closure[`src/${f}.ts`]).not.toBe(before.closure[`src/${f}.ts`]);
  });
});
