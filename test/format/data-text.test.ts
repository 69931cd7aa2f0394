// data-text.ts must print exactly what prettier prints, or `prettier --check` fails over the output:
// JSON as the `json` parser prints it, and the data literals of TypeScript files (ts-data.ts) as the
// `typescript` parser does. Checked on random values built to sit on every rule's edge (widths
// around the print width, wide and zero-width characters, quotes, keys around the "short key"
// width, number arrays, arrays of arrays), and on every file of the committed packages, each
// compared with what prettier prints for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { literal, propertyKey } from '../../generator/emit/code-text.js';
import { dataStyle, printJson, type DataStyle } from '../../generator/format/data-text.js';
import { dataSkeleton } from '../../generator/format/ts-data.js';
import { emit } from '../../generator/emit/emit.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { plan } from '../../generator/plan/plan.js';
import { normalized } from '../helpers/pipeline.js';
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
const jsonOf = (s: Pick<DataStyle, 'printWidth' | 'tabWidth' | 'bracketSpacing'>) => dataStyle(s, 'json')!;

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
          expect(printJson(text, jsonOf(s))).toBe(await prettier.format(text, { parser: 'json', ...s }));
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
    const own = dataStyle(PRETTIER_OPTIONS, 'json')!;
    for (const file of files) {
      // The committed files were printed by printJson itself: prettier, not the file, is the oracle.
      const committed = readFileSync(file, 'utf8');
      expect(printJson(committed, own), file).toBe(
        await prettier.format(committed, { ...PRETTIER_OPTIONS, parser: 'json' }),
      );
    }
  }, 60_000);

  it('leaves to prettier the texts and styles it cannot print', () => {
    const own = dataStyle(PRETTIER_OPTIONS, 'json')!;
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
    expect(dataStyle({ printWidth: 100 }, 'json')).toMatchObject({ printWidth: 100, tabWidth: 2, bracketSpacing: true });
    expect(dataStyle({}, 'ts')).toEqual({
      printWidth: 80,
      tabWidth: 2,
      bracketSpacing: true,
      dialect: 'ts',
      singleQuote: false,
      trailingComma: true,
    });
    expect(dataStyle({ trailingComma: 'none', singleQuote: true }, 'ts')).toMatchObject({ singleQuote: true, trailingComma: false });
    expect(dataStyle({ useTabs: true }, 'json')).toBeNull();
    expect(dataStyle({ endOfLine: 'crlf' }, 'ts')).toBeNull();
    expect(dataStyle({ objectWrap: 'collapse' } as prettier.Options, 'json')).toBeNull();
    expect(dataStyle({ plugins: ['prettier-plugin-x'] }, 'ts')).toBeNull();
    expect(dataStyle({ quoteProps: 'consistent' }, 'ts')).toBeNull();
    expect(dataStyle({ quoteProps: 'consistent' }, 'json')).not.toBeNull();
  });
});

/** TypeScript source as emit writes data: keys by propertyKey, values by literal(), objects expanded as `layout` picks. */
function serializeTs(value: unknown, layout: () => boolean, trailing: () => boolean, indent = '', expand = false): string {
  const comma = () => (trailing() ? ',' : '');
  if (Array.isArray(value))
    return value.length === 0 ? '[]' : `[${value.map((v) => serializeTs(v, layout, trailing, indent)).join(', ')}${comma()}]`;
  if (value === null || typeof value !== 'object') return literal(value);
  const entries = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${serializeTs(v, layout, trailing, `${indent}  `)}`);
  if (entries.length === 0) return '{}';
  if (!expand && !layout()) return `{ ${entries.join(', ')}${comma()} }`;
  return `{\n${entries.map((e) => `${indent}  ${e}`).join(',\n')}${comma()}\n${indent}}`;
}

const key = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom('a', 'ab', 'abc', 'abcd', 'abcde', 'abcdefgh', 'x-y', 'Content-Type', '$k', '_', 'k1', '1', 'a b'),
  },
  { weight: 4, arbitrary: fc.constantFrom("it's", '"q"', 'X-Api-Version', 'a\\b') },
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', '-', ' ', '1', '$', '_', '"', "'"), maxLength: 6 }) },
  // Keys prettier might print otherwise are left to it: these make a literal fall back.
  { weight: 1, arbitrary: fc.constantFrom('名前', 'na\u200bme', '__proto__', '\u0007') },
);
const { tsValue } = fc.letrec<{ tsValue: unknown; leaf: unknown; arr: unknown; obj: unknown }>((tie) => ({
  leaf: fc.oneof(text, text.map((t) => `${t}'"${t}`), num, fc.boolean(), fc.constant(null)),
  arr: fc.oneof(
    fc.array(tie('tsValue'), { maxLength: 5 }),
    fc.array(num, { maxLength: 40 }),
    fc.array(fc.array(tie('leaf'), { maxLength: 3 }), { maxLength: 4 }),
  ),
  obj: fc.dictionary(key, tie('tsValue'), { maxKeys: 4 }),
  tsValue: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('arr'), tie('obj')),
}));
const tsStyle = fc.record({
  printWidth: fc.constantFrom(20, 40, 80, 120),
  tabWidth: fc.constantFrom(2, 4),
  bracketSpacing: fc.boolean(),
  singleQuote: fc.boolean(),
  trailingComma: fc.constantFrom('all', 'es5', 'none'),
  quoteProps: fc.constantFrom('as-needed', 'preserve'),
}) as fc.Arbitrary<prettier.Options>;

/** A module shaped like emit's data files: a header, an annotated top-level literal, and code after it. */
const tsModule = (data: string) =>
  `// Generated.\nimport type { Thing } from './thing.js';\n/** The data. */\nexport const data: Readonly<Record<string, Thing>> = ${data};\n\nexport const count = Object.keys(data).length;\n`;

describe('format: data literals in TypeScript printed as prettier prints them', () => {
  it('matches prettier on random literals and styles', async () => {
    let printed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(key, tsValue, { minKeys: 1, maxKeys: 5 }),
        tsStyle,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        async (value, options, layouts) => {
          let i = 0;
          const pick = () => layouts[i++ % layouts.length]!;
          // The literal itself is always expanded: only such literals are printed without prettier.
          const source = tsModule(serializeTs(value, pick, pick, '', true));
          const style = { ...options, parser: 'typescript' };
          const expected = await prettier.format(source, style);
          const skeleton = dataSkeleton(source, dataStyle(options, 'ts')!, 0);
          if (skeleton === undefined) return;
          const filled = skeleton.fill(await prettier.format(skeleton.text, style));
          expect(filled).toBeDefined();
          expect(filled).toBe(expected);
          printed++;
        },
      ),
      { numRuns: 1500, seed: 20261207 },
    );
    // Most literals are plain data; the rest (keys prettier would unquote, `__proto__`) went to prettier.
    expect(printed).toBeGreaterThan(500);
  }, 180_000);

  it('prints the data of every TypeScript file of the committed packages as prettier does', async () => {
    const own = dataStyle(PRETTIER_OPTIONS, 'ts')!;
    const style = { ...PRETTIER_OPTIONS, parser: 'typescript' };
    const collections = readdirSync(path.join(PROJECT_ROOT, 'collections')).filter((f) => f.endsWith('.json'));
    expect(collections.length).toBeGreaterThan(1);
    let printed = 0;
    for (const name of collections) {
      // The files as emit hands them to the format stage: the committed ones are already formatted.
      const { api } = normalized(path.join(PROJECT_ROOT, 'collections', name));
      for (const file of emit(api, plan(api, 'test-api'), inferEndpoints(api))) {
        const skeleton = file.parser === 'typescript' ? dataSkeleton(file.content, own) : undefined;
        if (skeleton === undefined) continue;
        expect(skeleton.fill(await prettier.format(skeleton.text, style)), `${name}: ${file.path}`).toBe(
          await prettier.format(file.content, style),
        );
        printed++;
      }
    }
    // Each package's saved examples at least.
    expect(printed).toBeGreaterThanOrEqual(collections.length);
  }, 120_000);

  it('leaves to prettier the literals it cannot print', () => {
    const own = dataStyle(PRETTIER_OPTIONS, 'ts')!;
    for (const data of [
      '{\n  a: 1, // why\n}',
      '{\n  a: b,\n}',
      '{\n  "a": 1,\n}',
      "{\n  a: 'single',\n}",
      '{\n  a: `tpl`,\n}',
      '{\n  ...rest,\n}',
      '{ a: 1 }',
      '{\n  a: undefined,\n}',
    ])
      expect(dataSkeleton(tsModule(data), own, 0), data).toBeUndefined();
    expect(dataSkeleton(tsModule('{\n  a: 1,\n}'), own, 0)).toBeDefined();
    expect(dataSkeleton(tsModule('{\n  a: 1,\n}'), own)).toBeUndefined();
  });
});
