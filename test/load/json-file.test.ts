import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../generator/config.js';
import { createDiagnostics } from '../../generator/diagnostics.js';
import { firstInvalidUtf8, readJsonFile } from '../../generator/load/json-file.js';
import { scanJson } from '../../generator/load/json-scan.js';
import { tempDir } from '../helpers/collection.js';

function read(bytes: Uint8Array | string, maxFileBytes = DEFAULT_LIMITS.maxFileBytes) {
  const file = path.join(tempDir(), 'c.json');
  writeFileSync(file, bytes);
  const diagnostics = createDiagnostics();
  const value = readJsonFile(file, { maxFileBytes }, diagnostics);
  return { value, diagnostics: diagnostics.all.map((d) => ({ code: d.code, message: d.message, pointer: d.pointer })) };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('readJsonFile: every way a file can fail to be JSON is said precisely', () => {
  type Case = [string, { given: Uint8Array | string; maxFileBytes?: number; want: { value?: unknown; code?: string; message?: RegExp; pointers?: string[] } }];
  const cases: Case[] = [
    ['plain JSON', { given: '{"a":1}', want: { value: { a: 1 } } }],
    ['a UTF-8 byte-order mark is skipped', { given: bytes([0xef, 0xbb, 0xbf], '{"a":"é"}'), want: { value: { a: 'é' } } }],
    ['UTF-16 LE with its byte-order mark is read', { given: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]), want: { value: { a: 1 } } }],
    ['an empty file', { given: '', want: { code: 'PF002', message: /the file is empty/ } }],
    ['only whitespace', { given: ' \n\t', want: { code: 'PF002', message: /only whitespace/ } }],
    ['invalid UTF-8: the offset of the bad byte', { given: bytes('{"a":"', [0xc3, 0x28], '"}'), want: { code: 'PF009', message: /byte 6 \(0xc3\)/ } }],
    ['a lone continuation byte', { given: bytes('{}', [0x80]), want: { code: 'PF009', message: /byte 2 \(0x80\)/ } }],
    ['an encoded surrogate (not UTF-8)', { given: bytes('{"a":"', [0xed, 0xa0, 0x80], '"}'), want: { code: 'PF009', message: /byte 6 \(0xed\)/ } }],
    ['not JSON: line and column', { given: '{\n  "a": 1,\n  x\n}', want: { code: 'PF002', message: /^line 3, column 3: / } }],
    ['a bad value: line and column, no quoted text', { given: '{"info": {"name": "a",\n  "schema": x}}', want: { code: 'PF002', message: /^line 2, column 13: Unexpected token 'x'$/ } }],
    ['truncated JSON: where it ends', { given: '{"a": [1, 2', want: { code: 'PF002', message: /^line 1, column 12: the JSON ends too early/ } }],
    ['a file over maxFileBytes is not read', { given: '{"a":1}', maxFileBytes: 3, want: { code: 'PF008', message: /limits\.maxFileBytes/ } }],
    ['duplicate keys: a warning at each repeated key, the last wins', { given: '{"info":{"name":"a","name":"b"},"item":[{"x":1,"x":2,"\\u0078":3}]}', want: { value: { info: { name: 'b' }, item: [{ x: 3 }] }, code: 'PF010', pointers: ['/info/name', '/item/0/x', '/item/0/x'] } }],
    ['the same key in sibling objects is no duplicate', { given: '[{"a":1},{"a":2}]', want: { value: [{ a: 1 }, { a: 2 }] } }],
  ];
  it.each(cases)('%s', (_, { given, maxFileBytes, want }) => {
    const { value, diagnostics } = read(given, maxFileBytes);
    if ('value' in want) expect(value).toEqual(want.value);
    else expect(value).toBeUndefined();
    if (!want.code) return expect(diagnostics).toEqual([]);
    expect(diagnostics.every((d) => d.code === want.code)).toBe(true);
    if (want.message) expect(diagnostics[0]!.message).toMatch(want.message);
    if (want.pointers) expect(diagnostics.map((d) => d.pointer)).toEqual(want.pointers);
  });

  it('says how many more duplicates there are after the first twenty', () => {
    const keys = Array.from({ length: 25 }, () => '"k":1').join(',');
    const { diagnostics } = read(`{${keys}}`);
    expect(diagnostics).toHaveLength(21);
    expect(diagnostics[20]!.message).toMatch(/^4 more keys/);
  });
});

describe('scanJson', () => {
  it('agrees with JSON.parse on what is JSON', () => {
    const texts = ['1', '"a"', '[]', '{}', '[1,[2,{"a":[null,true,false,-1.5e3]}]]', ' {"a" : "\\n\\u00e9"} ', '[1,]', '{"a":1,}', '01', '"\t"', '[1] 2', '{"a"}', 'tru', '"\\x"', '-', '1.', ''];
    for (const text of texts) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect([text, scanJson(text).error === null]).toEqual([text, parses]);
    }
  });

  it('reads 200,000 levels of nesting without a stack', () => {
    const text = '{"a":'.repeat(100_000) + '[1,{"k":1,"k":2}]' + '}'.repeat(100_000);
    const { duplicates, error } = scanJson(text);
    expect(error).toBeNull();
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.endsWith('/a/a/1/k')).toBe(true);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', utf8('aé€😀'), 10],
    ['an overlong encoding of "/"', new Uint8Array([0x41, 0xc0, 0xaf]), 1],
    ['a truncated 3-byte sequence', new Uint8Array([0xe2, 0x82]), 0],
    ['beyond U+10FFFF', new Uint8Array([0x20, 0xf4, 0x90, 0x80, 0x80]), 1],
  ])('%s', (_, given, want) => {
    expect(firstInvalidUtf8(given)).toBe(want);
  });
});
