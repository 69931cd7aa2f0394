// printJson must print exactly what prettier's `json` parser prints, or `prettier --check` fails
// over the output: checked on random values built to sit on every rule's edge (widths around the
// print width, wide and zero-width characters, number arrays, arrays of arrays), and on every JSON
// file of the committed packages, each compared with what prettier prints for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { jsonStyle, printJson, type JsonStyle } from '../../generator/format/json-text.js';
import { PRETTIER_OPTIONS } from '../../generator/format/prettier-config.js';
import { PROJECT_ROOT } from '../../generator/paths.js';

/** JSON text with each object written expanded or on one line, as `layout` picks (prettier keeps the choice). */
function serialize(value: unknown, layout: () => boolean, indent = ''): string {
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v, layout, indent)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (!layout())
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v, layout, indent)}`).join(',')}}`;
  const inner = `${indent}  `;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, layout, inner)}`).join(',\n')}\n${indent}}`;
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('a', '用', '😀', 'e\u0301', '\u0301', '\t', '"', '\\', '\u2028', '👩‍👩‍👧', '\ud800'),
    maxLength: 30,
  }),
  fc.integer({ min: 0, max: 130 }).map((n) => 'x'.repeat(n)),
);
const num = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e21, 1.5e-7, -0, 0.1, 2 ** 53 + 2),
);
const { json } = fc.letrec<{ json: unknown; leaf: unknown; arr: unknown; obj: unknown }>((tie) => ({
  leaf: fc.oneof(text, num, fc.boolean(), fc.constant(null)),
  arr: fc.oneof(
    fc.array(tie('json'), { maxLength: 5 }),
    fc.array(num, { maxLength: 40 }),
    fc.array(fc.array(tie('leaf'), { maxLength: 3 }), { maxLength: 4 }),
  ),
  obj: fc.dictionary(text, tie('json'), { maxKeys: 4 }),
  json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('arr'), tie('obj')),
}));
const style = fc.record({
  printWidth: fc.constantFrom(20, 40, 80, 120),
  tabWidth: fc.constantFrom(2, 4),
  bracketSpacing: fc.boolean(),
});

describe('format: JSON printed as prettier prints it', () => {
  it('matches prettier on random values and styles', async () => {
    await fc.assert(
      fc.asyncProperty(
        json,
        style,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        async (value, s, layouts) => {
          let i = 0;
          const text = serialize(value, () => layouts[i++ % layouts.length]!);
          expect(printJson(text, s)).toBe(await prettier.format(text, { parser: 'json', ...s }));
        },
      ),
      { numRuns: 1500, seed: 20261203 },
    );
  }, 120_000);

  it('prints every JSON file of the committed packages as prettier does', async () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = path.join(dir, f);
        return statSync(p).isDirectory()
          ? f === 'dist'
            ? []
            : walk(p)
          : p.endsWith('.json') && !p.endsWith('package.json')
            ? [p]
            : [];
      });
    const files = walk(path.join(PROJECT_ROOT, 'generated'));
    expect(files.length).toBeGreaterThan(10);
    const own = jsonStyle(PRETTIER_OPTIONS)!;
    for (const file of files) {
      // The committed files were printed by printJson itself: prettier, not the file, is the oracle.
      const committed = readFileSync(file, 'utf8');
      expect(printJson(committed, own), file).toBe(
        await prettier.format(committed, { ...PRETTIER_OPTIONS, parser: 'json' }),
      );
    }
  }, 60_000);

  it('leaves to prettier the texts and styles it cannot print', () => {
    const own = jsonStyle(PRETTIER_OPTIONS)!;
    for (const text of [
      '{"a":1,}',
      '// c\n{}',
      '[1 2]',
      "{'a':1}",
      '"\\x"',
      'NaN',
      '[1]x',
      '['.repeat(600) + ']'.repeat(600),
    ])
      expect(printJson(text, own), text).toBeUndefined();
    expect(jsonStyle({ printWidth: 100 })).toEqual({ printWidth: 100, tabWidth: 2, bracketSpacing: true });
    expect(jsonStyle({})).toEqual({ printWidth: 80, tabWidth: 2, bracketSpacing: true });
    expect(jsonStyle({ useTabs: true })).toBeNull();
    expect(jsonStyle({ endOfLine: 'crlf' })).toBeNull();
    expect(jsonStyle({ objectWrap: 'collapse' } as prettier.Options)).toBeNull();
    expect(jsonStyle({ plugins: ['prettier-plugin-x'] })).toBeNull();
  });
});
