import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../templates/runtime/body.js';
import { decodeText } from '../../templates/runtime/decode.js';
import { losesDigits, parseJson, stringifyJson } from '../../templates/runtime/json.js';

type Case = [string, { given: string; want: unknown }];

describe('parseJson', () => {
  const cases: Case[] = [
    ['a big integer at the top level', { given: '12345678901234567891', want: '12345678901234567891' }],
    ['nested in objects', { given: '{"a":{"id":12345678901234567891,"n":1}}', want: { a: { id: '12345678901234567891', n: 1 } } }],
    ['in arrays, next to small ones', { given: '[1,98765432109876543210,2]', want: [1, '98765432109876543210', 2] }],
    ['negative', { given: '{"id":-12345678901234567891}', want: { id: '-12345678901234567891' } }],
    ['MAX_SAFE_INTEGER stays a number', { given: '[9007199254740991,-9007199254740991]', want: [9007199254740991, -9007199254740991] }],
    ['2^53 and beyond become strings', { given: '[9007199254740992,-9007199254740993]', want: ['9007199254740992', '-9007199254740993'] }],
    ['exponent forms are left alone', { given: '[1e21,1.2345678901234567891e5,12345678901234567891E0]', want: [1e21, 123456.78901234567, 12345678901234567891e0] }],
    ['a decimal with more digits than a double holds', { given: '{"x":0.12345678901234567891}', want: { x: '0.12345678901234567891' } }],
    ['decimals a double holds stay numbers', { given: '[0.1,1.10,0.30000000000000004,-0.1,1234567890.123456]', want: [0.1, 1.1, 0.30000000000000004, -0.1, 1234567890.123456] }],
    ['exponents beyond the double range are kept as written', { given: '{"big":1e400,"neg":-2.5E+999,"tiny":1e-400,"ok":1e300}', want: { big: '1e400', neg: '-2.5E+999', tiny: '1e-400', ok: 1e300 } }],
    ['a zero with an exponent stays a number', { given: '[0e5,0.0E-400]', want: [0, 0] }],
    ['digits inside strings are untouched', { given: '{"id":"12345678901234567891"}', want: { id: '12345678901234567891' } }],
    ['escaped quotes do not end a string early', { given: '{"s":"a\\"12345678901234567891\\\\","n":12345678901234567891}', want: { s: 'a"12345678901234567891\\', n: '12345678901234567891' } }],
    ['keys that look like numbers are keys', { given: '{"12345678901234567891":1}', want: { '12345678901234567891': 1 } }],
    ['whitespace around literals', { given: '[ 12345678901234567891 ,\n 2 ]', want: ['12345678901234567891', 2] }],
    ['a string holding escaped control characters keeps them', { given: '["\\u0000x",12345678901234567891]', want: ['\u0000x', '12345678901234567891'] }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(parseJson(given)).toEqual(want);
  });

  it('a negative zero is read as 0, which JSON can write back', () => {
    const value = parseJson('{"a":-0,"b":[-0.0,-0e3],"c":"-0"}') as { a: number; b: number[]; c: string };
    expect(Object.is(value.a, 0)).toBe(true);
    expect(value.b.map((n) => Object.is(n, 0))).toEqual([true, true]);
    expect(value.c).toBe('-0');
    expect(parseJson(JSON.stringify(value))).toEqual(value);
  });

  it('is JSON.parse when nothing is lost', () => {
    const text = '{"a":[1,2.5,"x",null,true],"b":{"c":"2024-01-01"}}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('hands exact literals to the reviver it is given', () => {
    expect(parseJson('[12345678901234567891,1]', (literal) => ({ exact: literal }))).toEqual([{ exact: '12345678901234567891' }, 1]);
  });

  it('a string equal to the marker plus digits is not taken for a number', () => {
    // Every control character is escaped somewhere, so the marker falls back to U+0000.
    const controls = Array.from({ length: 32 }, (_, i) => `\\u${i.toString(16).padStart(4, '0')}`).join('');
    const text = `["${controls}","\\u000012345678901234567892",12345678901234567891]`;
    const value = parseJson(text) as unknown[];
    expect(value[1]).toBe('\u000012345678901234567892');
    expect(value[2]).toBe('12345678901234567891');
  });

  it('throws what JSON.parse throws, about the text as written', () => {
    const text = '{"id":12345678901234567891,}';
    expect(() => parseJson(text)).toThrow(SyntaxError);
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(() => parseJson(text)).toThrow(message);
  });

  it.each([
    ['a number as a key', '{12345678901234567891: 1}'],
    ['leading zeros', '[012345678901234567891]'],
    ['two values at the top level', '1 12345678901234567891'],
    ['a missing comma', '[1 12345678901234567891]'],
  ])('invalid JSON stays invalid: %s', (_, text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => parseJson(text)).toThrow(SyntaxError);
  });

  it('the runtime decodes responses with it', () => {
    expect(decodeText('{"id":12345678901234567891}', 'application/json')).toEqual({ id: '12345678901234567891' });
  });
});

describe('losesDigits', () => {
  const cases: Array<[string, boolean]> = [
    ['9007199254740991', false],
    ['9007199254740992', true],
    ['-9007199254740992', true],
    ['12345678901234567891', true],
    ['0.1', false],
    ['3.141592653589793', false],
    ['3.14159265358979323846', true],
    ['1e400', true],
    ['-1E+400', true],
    ['1e-400', true],
    ['1e308', false],
    ['0e-400', false],
    ['-0', true],
    ['-0.0', true],
    ['0', false],
  ];
  it.each(cases)('%s: %s', (literal, want) => {
    expect(losesDigits(literal)).toBe(want);
  });
});

describe('stringifyJson', () => {
  it('is JSON.stringify without bigints', () => {
    const value = { a: [1, 'x', null], b: { c: true } };
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });

  it('writes bigints as bare numbers with every digit', () => {
    expect(stringifyJson({ id: 12345678901234567891n, ids: [-1n, 2], s: '12345678901234567891' })).toBe(
      '{"id":12345678901234567891,"ids":[-1,2],"s":"12345678901234567891"}',
    );
  });

  it('leaves strings that look like its marker alone', () => {
    expect(stringifyJson({ s: '~bigint~1', n: 5n })).toBe('{"s":"~bigint~1","n":5}');
  });

  it('the runtime encodes JSON request bodies with it', () => {
    const body = { id: 12345678901234567891n, s: '12345678901234567891' };
    expect(encodeBody({ method: 'POST', path: [], body: 'json', auth: null }, body, new Headers())).toBe('{"id":12345678901234567891,"s":"12345678901234567891"}');
  });

  it('round-trips through parseJson', () => {
    expect(parseJson(stringifyJson({ id: 12345678901234567891n }))).toEqual({ id: '12345678901234567891' });
  });
});
