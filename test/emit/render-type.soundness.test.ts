// Soundness: every sample must be assignable to the type rendered from the shape inferred from it,
// checked by the real TypeScript compiler (strict, exactOptionalPropertyTypes, excess property checks).

import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { inferShape } from '../../generator/infer/infer.js';
import { renderType, type RenderTypeOptions } from '../../generator/emit/render-type.js';
import { markExactNumbers } from '../../generator/infer/sample.js';
import type { JsonValue } from '../../generator/model/types.js';
import { parseJson } from '../../templates/runtime/json.js';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
};

/** Type-checks in-memory files (plus the default lib from disk); returns `file: message` per diagnostic. */
function typeCheck(files: ReadonlyMap<string, string>): string[] {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files.get(fileName);
    return text === undefined
      ? getSourceFile.call(host, fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  host.fileExists = (fileName) => files.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => files.get(fileName) ?? readFile.call(host, fileName);
  const program = ts.createProgram([...files.keys()], COMPILER_OPTIONS, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** One module per group: `type T = <rendered>;` and one `const` per sample. */
function soundnessFiles(groups: ReadonlyArray<readonly JsonValue[]>, options: RenderTypeOptions = {}): Map<string, string> {
  return textFiles(groups.map((samples) => samples.map((sample) => JSON.stringify(sample))), options);
}

/** The same from JSON texts: inferred as the generator reads them, checked as the runtime delivers them. */
function textFiles(groups: ReadonlyArray<readonly string[]>, options: RenderTypeOptions = {}, prefix = 'group'): Map<string, string> {
  return new Map(
    groups.map((texts, index) => {
      const type = renderType(inferShape(texts.map((text) => markExactNumbers(parseJson(text) as JsonValue, text))), options);
      const values = texts.map((text, i) => `const sample${i}: T = ${JSON.stringify(parseJson(text))};`);
      return [`/virtual/${prefix}${index}.ts`, [`type T = ${type};`, ...values, 'export {};'].join('\n')];
    }),
  );
}

/** mulberry32: a tiny seeded generator, so the random samples are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Disjoint key families, so some positions get unions of object types and others merge.
const KEY_FAMILIES = [
  ['id', 'name', 'created', 'owner'],
  ['code', 'message', 'details', 'status'],
  ['data', 'info'],
  ['Content-Type', '1abc', '', '$approval_state', 'default'],
];
const STRINGS = ['', 'x', '2024-01-01', '2024-01-01T00:00:00Z', 'a@b.io', 'https://x.io', '*/', 'quote"back\\slash'];

function randomJson(random: () => number, depth: number): JsonValue {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (depth <= 0 || roll < 0.35) return pick<JsonValue>([null, true, false, 0, -1.5, 42, ...STRINGS]);
  if (roll < 0.55) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth - 1));
  const family = pick(KEY_FAMILIES);
  const value: { [key: string]: JsonValue } = {};
  for (const key of family) if (random() < 0.7) value[key] = randomJson(random, depth - 1);
  return value;
}

// Each test builds a compiler program with the standard library: seconds, more on a loaded machine.
describe('rendered types accept every sample they were inferred from', { timeout: 60_000 }, () => {
  it('fails on a sample that does not fit (the harness works)', () => {
    const files = new Map([
      ['/virtual/wrong-type.ts', 'type T = { a: number };\nconst x: T = {"a": "s"};\nexport {};'],
      ['/virtual/excess-key.ts', 'type T = { a: number };\nconst x: T = {"a": 1, "b": 2};\nexport {};'],
    ]);
    expect(typeCheck(files)).toHaveLength(2);
  });

  it('for hand-picked and seeded random samples', () => {
    const handPicked: JsonValue[][] = [
      [null],
      [[], []],
      [[], [1, 'a', null, { a: 1 }, [true]]],
      [{ a: 1, b: 'x' }, { a: null }, {}],
      [{ 'Content-Type': 'x', '1abc': 1, $approval_state: 'y', '': null, default: true, 'a"b\\c\n*/': 2 }],
      [{ items: [{ id: 1 }, { id: 2, tags: ['a'] }, { code: 'E' }] }],
      [
        { data: [{ code: 'INVALID_DATA', details: { api_name: 'Last_Name' }, message: 'invalid data', status: 'error' }] },
        { code: 'INVALID_MODULE', details: { resource_path_index: 0 }, message: 'invalid module', status: 'error' },
      ],
      [{ at: '2024-01-01T00:00:00+05:30' }, { at: null }, { at: 3 }],
      [Array.from({ length: 30 }, (_, i) => ({ [`k${i}`]: i }))],
    ];
    const random = seededRandom(20240229);
    const randomGroups = Array.from({ length: 60 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, () => randomJson(random, 4)),
    );
    expect(typeCheck(soundnessFiles([...handPicked, ...randomGroups]))).toEqual([]);
  });

  it('as request bodies too (literal unions and int64 positions differ there)', () => {
    const random = seededRandom(20240301);
    const groups = Array.from({ length: 30 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => randomJson(random, 4)));
    expect(typeCheck(soundnessFiles(groups, { usage: 'request' }))).toEqual([]);
  });

  it('for numbers beyond a double, as parseJson delivers them', () => {
    const groups = [
      ['{"id":12345678901234567891}', '{"id":1}', '{"id":null}'],
      ['[9007199254740992, 9007199254740991, "x", 0.12345678901234567891]'],
      ['{"status":"SUCCESS","code":-12345678901234567891,"ids":[12345678901234567891,2]}', '{"status":"error","code":"E"}'],
    ];
    const files = new Map([...textFiles(groups), ...textFiles(groups, { usage: 'request' }, 'request')]);
    expect(typeCheck(files)).toEqual([]);
  });
});
